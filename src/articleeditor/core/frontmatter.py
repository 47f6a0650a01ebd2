"""Lossless front matter: parse YAML, TOML or JSON blocks; patch one key, leave the rest alone."""

from __future__ import annotations

import json
import math
import re
import tomllib
from dataclasses import dataclass, field
from datetime import date, datetime, time
from enum import Enum
from typing import Any, NamedTuple

import yaml

from articleeditor.core.errors import FrontMatterError

# Safe loading only: tags such as !!python/object become errors and never run code.
_Loader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class FrontMatterKind(Enum):
    """Which syntax the front matter block uses."""

    NONE = "none"
    YAML = "yaml"
    TOML = "toml"
    JSON = "json"


@dataclass
class FrontMatter:
    """A parsed front matter block; ``span`` is the block's char range including delimiters."""

    kind: FrontMatterKind
    data: dict[Any, Any]
    body: str
    body_line: int
    error: FrontMatterError | None = None
    span: tuple[int, int] = field(default=(0, 0))


class _Block(NamedTuple):
    kind: FrontMatterKind
    content_start: int
    content_end: int
    end: int  # just after the closing delimiter's newline
    closed: bool


_OPENERS = {
    FrontMatterKind.YAML: (
        re.compile(r"---[ \t]*(?:\n|$)"),
        re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.M),
    ),
    FrontMatterKind.TOML: (
        re.compile(r"\+\+\+[ \t]*(?:\n|$)"),
        re.compile(r"^\+\+\+[ \t]*$", re.M),
    ),
}
_FENCE = {FrontMatterKind.YAML: "---", FrontMatterKind.TOML: "+++"}
# Hugo's JSON front matter is an object at the very start; "{{<" shortcodes must not match.
_JSON_START = re.compile(r'\{\s*["}]')
_TOML_POS = re.compile(r"\s*\(at line (\d+), column (\d+)\)|\s*\(at end of document\)")


def _line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def _locate(text: str) -> _Block | None:
    """Find the front matter block at the start of ``text`` (None if there is none)."""
    for kind, (opener, closer) in _OPENERS.items():
        m = opener.match(text)
        if not m:
            continue
        start = m.end()
        if not m.group().endswith("\n"):
            return _Block(kind, start, start, start, False)
        close = closer.search(text, start)
        if close is None:
            return _Block(kind, start, len(text), len(text), False)
        end = close.end() + (1 if text.startswith("\n", close.end()) else 0)
        return _Block(kind, start, close.start(), end, True)
    if _JSON_START.match(text):
        try:
            _, obj_end = json.JSONDecoder().raw_decode(text)
        except json.JSONDecodeError:
            return _Block(FrontMatterKind.JSON, 0, len(text), len(text), False)
        m = re.compile(r"[ \t]*\n?").match(text, obj_end)
        return _Block(FrontMatterKind.JSON, 0, obj_end, m.end() if m else obj_end, True)
    return None


def parse(text: str) -> FrontMatter:
    """Split ``text`` into front matter and body. Never raises: problems land in ``error``."""
    block = _locate(text)
    if block is None:
        return FrontMatter(FrontMatterKind.NONE, {}, text, 1, None, (0, 0))
    if not block.closed and block.kind is not FrontMatterKind.JSON:
        fence = _FENCE[block.kind]
        error = FrontMatterError(1, 1, f"front matter starts on line 1 but has no closing {fence}")
        return FrontMatter(block.kind, {}, text, 1, error, (0, 0))
    content = text[block.content_start : block.content_end]
    first_line = _line_of(text, block.content_start)
    try:
        data = _load(block.kind, content, first_line)
    except FrontMatterError as error:
        if not block.closed:
            return FrontMatter(block.kind, {}, text, 1, error, (0, 0))
        return FrontMatter(
            block.kind, {}, text[block.end :], _line_of(text, block.end), error, (0, block.end)
        )
    body_line = _line_of(text, block.end)
    return FrontMatter(block.kind, data, text[block.end :], body_line, None, (0, block.end))


def body_offset(text: str) -> int:
    """Where the body starts: just after a closed front matter block, else 0 (no parsing)."""
    block = _locate(text)
    return block.end if block is not None and block.closed else 0


def _load(kind: FrontMatterKind, content: str, first_line: int) -> dict[Any, Any]:
    """Load a block's content; raise FrontMatterError with whole-file positions."""
    if kind is FrontMatterKind.YAML:
        return _load_yaml(content, first_line)
    if kind is FrontMatterKind.TOML:
        try:
            return tomllib.loads(content)
        except tomllib.TOMLDecodeError as error:
            message = str(error)
            m = _TOML_POS.search(message)
            line, column = (int(m.group(1)), int(m.group(2))) if m and m.group(1) else (1, 1)
            if m and not m.group(1):
                line = content.count("\n") + 1
            text = _TOML_POS.sub("", message)
            raise FrontMatterError(line + first_line - 1, column, text) from error
    try:
        data = json.loads(content)
    except json.JSONDecodeError as error:
        raise FrontMatterError(error.lineno, error.colno, error.msg) from error
    return data


def _load_yaml(content: str, first_line: int) -> dict[Any, Any]:
    try:
        data = yaml.load(content, Loader=_Loader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line, column = (mark.line, mark.column) if mark else (0, 0)
        message = error.problem or "invalid YAML"
        if isinstance(error, yaml.constructor.ConstructorError) and "tag" in message:
            tag = message.split("tag", 1)[1].strip().replace("tag:yaml.org,2002:", "!!")
            message = f"the tag {tag} is not allowed: front matter holds plain data only"
        raise FrontMatterError(first_line + line, column + 1, message) from error
    except yaml.reader.ReaderError as error:
        before = content[: error.position]
        line, column = before.count("\n"), len(before) - before.rfind("\n")
        message = f"character {error.character!r} is not allowed in YAML"
        raise FrontMatterError(first_line + line, column, message) from error
    except yaml.YAMLError as error:
        raise FrontMatterError(first_line, 1, str(error)) from error
    if data is None:
        return {}
    if not isinstance(data, dict):
        what = type(data).__name__
        raise FrontMatterError(
            first_line, 1, f"front matter must be 'key: value' lines, not a {what}"
        )
    return data


# ---------------------------------------------------------------- editing

_DELETE = object()


def set_field(text: str, key: str, value: Any) -> str:
    """Return ``text`` with one front matter key set; only that key's lines change."""
    if value is None:
        return delete_field(text, key)
    return _patch(text, key, _normalise(value))


def delete_field(text: str, key: str) -> str:
    """Return ``text`` without ``key`` in its front matter; unchanged if the key is absent."""
    return _patch(text, key, _DELETE)


def _normalise(value: Any) -> Any:
    if isinstance(value, (list, tuple)):
        return [_normalise(v) for v in value]
    if isinstance(value, dict):
        return {k: _normalise(v) for k, v in value.items()}
    if value is None or isinstance(value, (str, bool, int, float, date, time)):
        return value
    raise TypeError(f"cannot store a {type(value).__name__} in front matter")


def _patch(text: str, key: str, value: Any) -> str:
    fm = parse(text)
    if fm.error is not None:
        raise fm.error
    if value is _DELETE and key not in fm.data:
        return text
    if fm.kind is FrontMatterKind.NONE:
        return "---\n" + "".join(line + "\n" for line in _yaml_entry(key, value)) + "---\n" + text
    block = _locate(text)
    assert block is not None  # parse() found one
    content = text[block.content_start : block.content_end]
    patcher = {
        FrontMatterKind.YAML: _patch_yaml,
        FrontMatterKind.TOML: _patch_toml,
        FrontMatterKind.JSON: _patch_json,
    }[fm.kind]
    new_content = patcher(content, key, value)
    new_text = text[: block.content_start] + new_content + text[block.content_end :]
    _verify(new_text, fm, key, value)
    return new_text


def _unsafe(key: str, why: str) -> FrontMatterError:
    return FrontMatterError(
        1, 1, f"'{key}' can't be edited safely ({why}); please edit the front matter by hand"
    )


def _stored(kind: FrontMatterKind, value: Any) -> Any:
    """What reading ``value`` back gives: JSON has no dates, so they come back as ISO strings."""
    if kind is FrontMatterKind.JSON:
        if isinstance(value, (date, time)):
            return value.isoformat()
        if isinstance(value, list):
            return [_stored(kind, v) for v in value]
        if isinstance(value, dict):
            return {k: _stored(kind, v) for k, v in value.items()}
    return value


def _same(a: Any, b: Any) -> bool:
    """Equality that tells True from 1, 1 from 1.0, dates from datetimes and time zones apart."""
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    if type(a) is not type(b):
        return False
    if isinstance(a, float) and math.isnan(a):
        return math.isnan(b)
    if isinstance(a, (datetime, time)):
        return a == b and a.utcoffset() == b.utcoffset()
    return bool(a == b)


def _verify(new_text: str, old: FrontMatter, key: str, value: Any) -> None:
    """Re-parse the patched text: the key must hold the new value and nothing else may change."""
    new = parse(new_text)
    if new.error is not None:
        raise _unsafe(key, f"the result would not parse: {new.error.message}")
    expected = dict(old.data)
    if value is _DELETE:
        expected.pop(key, None)
    else:
        expected[key] = _stored(old.kind, value)
    if key in new.data and value is not _DELETE and not _same(new.data[key], expected[key]):
        raise _unsafe(key, "the new value would not read back unchanged")
    if not _same(new.data, expected):
        raise _unsafe(key, "other keys share its value, e.g. through a YAML anchor")


# ---------------------------------------------------------------- shared line helpers


def _lines(content: str) -> list[str]:
    # Split on "\n" only: str.splitlines() would also split on U+2028 and form feeds.
    return content.split("\n")[:-1] if content else []


def _join(lines: list[str]) -> str:
    return "".join(line + "\n" for line in lines)


def _comment_start(s: str) -> int:
    """Index of the '#' that starts a trailing comment in a YAML/TOML value, or -1."""
    quote = ""
    last = ""  # last significant character outside quotes
    i = 0
    while i < len(s):
        c = s[i]
        if quote:
            if quote == '"' and c == "\\":
                i += 2
                continue
            if c == quote:
                if quote == "'" and s.startswith("'", i + 1):
                    i += 2
                    continue
                quote = ""
                last = c
        elif c == "#" and (i == 0 or s[i - 1] in " \t"):
            return i
        elif c in "\"'" and last in ("", "[", "{", ",", ":"):
            quote = c
        elif c not in " \t":
            last = c
        i += 1
    return -1


# YAML and TOML only count spaces and tabs as blanks; str.strip() would also eat U+00A0.
_SPACE = " \t"


def _split_value(rest: str) -> tuple[str, str, str]:
    """Split the text after 'key:' into (separator, value, trailing comment with its spaces)."""
    hash_at = _comment_start(rest)
    raw = rest if hash_at < 0 else rest[:hash_at]
    value = raw.strip(_SPACE)
    sep = raw[: len(raw) - len(raw.lstrip(_SPACE))] if value else ""
    comment = "" if hash_at < 0 else rest[len(raw.rstrip(_SPACE)) :]
    return sep, value, comment


def _indent(line: str) -> str:
    return line[: len(line) - len(line.lstrip(_SPACE))]


# ---------------------------------------------------------------- YAML

_BIG = 1 << 30  # emitter width: never fold a value we write


def _yaml_reads(snippet: str, value: Any) -> bool:
    try:
        data = yaml.load(snippet, Loader=_Loader)
    except yaml.YAMLError:
        return False
    return isinstance(data, dict) and "k" in data and _same(data["k"], value)


def _yaml_emit(value: Any) -> str:
    out = yaml.dump(value, Dumper=yaml.SafeDumper, allow_unicode=True, width=_BIG)
    return out.removesuffix("\n...\n").rstrip("\n")


_YAML_ESCAPES = {
    "\\": "\\\\",
    '"': '\\"',
    "\0": "\\0",
    "\a": "\\a",
    "\b": "\\b",
    "\t": "\\t",
    "\n": "\\n",
    "\v": "\\v",
    "\f": "\\f",
    "\r": "\\r",
    "\x1b": "\\e",
    "\x85": "\\N",
    "\u2028": "\\L",
    "\u2029": "\\P",
    "\ufeff": "\\uFEFF",
}
# Characters YAML allows unescaped (PyYAML's reader refuses the others).
_YAML_PRINTABLE = re.compile("[\x20-\x7e\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _yaml_double(text: str) -> str:
    """A double-quoted YAML string that leaves printable Unicode (emoji too) readable."""
    out = []
    for ch in text:
        if ch in _YAML_ESCAPES:
            out.append(_YAML_ESCAPES[ch])
        elif _YAML_PRINTABLE.match(ch):
            out.append(ch)
        elif ord(ch) <= 0xFF:
            out.append(f"\\x{ord(ch):02X}")
        else:
            out.append(f"\\u{ord(ch):04X}" if ord(ch) <= 0xFFFF else f"\\U{ord(ch):08X}")
    return '"' + "".join(out) + '"'


def _yaml_scalar(value: Any, styles: tuple[str, ...], flow: bool = False) -> str:
    """One-line YAML for a scalar, in the first of ``styles`` that reads back as ``value``."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (date, time)):
        candidates = [value.isoformat()]
    elif isinstance(value, (int, float)):
        candidates = [_yaml_emit(value)]
    else:
        text = str(value)
        options = {
            "plain": text,
            "single": "'" + text.replace("'", "''") + "'",
            "double": _yaml_double(text),
        }
        candidates = [options[s] for s in (*styles, "double") if "\n" not in options[s]]
    for candidate in candidates:
        snippet = f"k: [{candidate}]" if flow else f"k: {candidate}"
        if _yaml_reads(snippet, [value] if flow else value):
            return candidate
    return _yaml_double(str(value))


def _quote_style(token: str) -> str:
    return {'"': "double", "'": "single"}.get(token[:1], "plain")


class _YamlStyle(NamedTuple):
    kind: str  # plain, single, double, literal, folded, flow, block, other, new
    item_quote: str = "plain"
    indent: str = "  "


def _yaml_style(value_text: str, more: list[str]) -> _YamlStyle:
    """Describe how an existing value is written so the new one can look the same."""
    content = [m for m in more if m.strip(_SPACE) and not m.lstrip(_SPACE).startswith("#")]
    indent = _indent(content[0]) if content else "  "
    if value_text.startswith(("|", ">")):
        return _YamlStyle("literal" if value_text[0] == "|" else "folded", indent=indent or "  ")
    if value_text.startswith("["):
        return _YamlStyle("flow", _quote_style(value_text[1:].lstrip(_SPACE)))
    if not value_text and content and content[0].lstrip(_SPACE).startswith("-"):
        first_item = content[0].lstrip(_SPACE)[1:].lstrip(_SPACE)
        return _YamlStyle("block", _quote_style(first_item), indent)
    if not value_text or value_text[0] in "&*!{":
        return _YamlStyle("other")
    return _YamlStyle(_quote_style(value_text))


def _yaml_block_scalar(value: str, style: _YamlStyle) -> tuple[str, list[str]] | None:
    if not value or value[0] in " \t" or "\r" in value:
        return None
    body = value[:-1] if value.endswith("\n") else value
    chomp = "-" if not value.endswith("\n") else ("+" if body.endswith("\n") else "")
    lines = body.split("\n")
    # Folding is only predictable for one line; longer text becomes a literal block.
    header = ">" if style.kind == "folded" and len(lines) == 1 else "|"
    return header + chomp, [style.indent + line if line else "" for line in lines]


def _yaml_render(value: Any, style: _YamlStyle) -> tuple[str, list[str]]:
    """The new value as (text after 'key: ', following lines)."""
    if isinstance(value, str):
        if ("\n" in value and style.kind != "double") or style.kind in ("literal", "folded"):
            block = _yaml_block_scalar(value, style)
            if block and _yaml_reads("k: " + block[0] + "\n" + _join(block[1]), value):
                return block
        styles = (style.kind,) if style.kind in ("plain", "single", "double") else ("plain",)
        return _yaml_scalar(value, styles), []
    if isinstance(value, list) and all(not isinstance(v, (list, dict)) for v in value):
        if not value:
            return "[]", []
        quotes = (style.item_quote, "plain")
        if style.kind == "block" or (style.kind not in ("flow",) and len(value) > 8):
            items = [f"{style.indent}- {_yaml_scalar(v, quotes)}" for v in value]
            return "", items
        return "[" + ", ".join(_yaml_scalar(v, quotes, flow=True) for v in value) + "]", []
    if isinstance(value, (list, dict)):
        out = yaml.dump(
            {"k": value},
            Dumper=yaml.SafeDumper,
            allow_unicode=True,
            sort_keys=False,
            default_flow_style=False,
            width=_BIG,
        ).split("\n")[:-1]
        return out[0][2:].strip(_SPACE), out[1:]
    return _yaml_scalar(value, ("plain",)), []


def _yaml_key(key: str) -> str:
    return key if _plain_key_ok(key) else _yaml_double(key)


def _plain_key_ok(key: str) -> bool:
    try:
        data = yaml.load(f"{key}: 1", Loader=_Loader)
    except yaml.YAMLError:
        return False
    return isinstance(data, dict) and list(data) == [key]


def _yaml_entry(key: str, value: Any) -> list[str]:
    inline, more = _yaml_render(value, _YamlStyle("new"))
    head = _yaml_key(key) + ":" + (" " + inline if inline else "")
    return [head, *more]


def _yaml_key_pattern(key: str) -> re.Pattern[str]:
    names = [re.escape(key), "'" + re.escape(key.replace("'", "''")) + "'"]
    names.append(re.escape(_yaml_double(key)))
    return re.compile(rf"(?:{'|'.join(names)})[ \t]*:(?=[ \t]|$)")


def _yaml_continues(line: str) -> bool:
    return not line or line[0] in " \t#" or line == "-" or line.startswith("- ")


def _patch_yaml(content: str, key: str, value: Any) -> str:
    lines = _lines(content)
    pattern = _yaml_key_pattern(key)
    found = [i for i, line in enumerate(lines) if pattern.match(line)]
    if len(found) > 1:
        raise _unsafe(key, f"it appears {len(found)} times")
    if not found:
        if value is _DELETE:
            raise _unsafe(key, "its value comes from elsewhere, e.g. a '<<' merge")
        return _join(lines + _yaml_entry(key, value))
    start = found[0]
    end = start + 1
    while end < len(lines) and _yaml_continues(lines[end]):
        end += 1
    m = pattern.match(lines[start])
    assert m is not None
    sep, value_text, comment = _split_value(lines[start][m.end() :])
    keep_blank = value_text[:1] in "|>" and "+" in value_text.split("#")[0]
    while end > start + 1:
        last = lines[end - 1]
        blank = not last.strip(_SPACE) and not keep_blank
        is_comment = last.startswith("#") or (
            value_text[:1] not in "|>" and last.lstrip(_SPACE).startswith("#")
        )
        if not (blank or is_comment):
            break
        end -= 1
    if value is _DELETE:
        return _join(lines[:start] + lines[end:])
    style = _yaml_style(value_text, lines[start + 1 : end])
    inline, more = _yaml_render(value, style)
    head = lines[start][: m.end()]
    if inline:
        head += (sep or " ") + inline
    return _join([*lines[:start], head + comment, *more, *lines[end:]])


# ---------------------------------------------------------------- TOML

_TOML_KEY = re.compile(
    r"""[ \t]*((?:[A-Za-z0-9_-]+|"(?:[^"\\]|\\.)*"|'[^']*')"""
    r"""(?:[ \t]*\.[ \t]*(?:[A-Za-z0-9_-]+|"(?:[^"\\]|\\.)*"|'[^']*'))*)[ \t]*=[ \t]*"""
)
_TOML_HEADER = re.compile(r"[ \t]*\[")


def _toml_reads(text: str, value: Any) -> bool:
    try:
        return _same(tomllib.loads("k = " + text).get("k"), value)
    except tomllib.TOMLDecodeError:
        return False


def _toml_string(value: str, old: str) -> str:
    literal = old.startswith("'") and not old.startswith("'''")
    if literal and "'" not in value and not re.search(r"[\x00-\x08\x0a-\x1f\x7f]", value):
        return "'" + value + "'"
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')

    def escape(m: re.Match[str]) -> str:
        return {"\n": "\\n", "\t": "\\t", "\r": "\\r"}.get(m.group(), f"\\u{ord(m.group()):04x}")

    if old.startswith(('"""', "'''")) and "\n" in value:
        body = re.sub(r"[\x00-\x08\x0b-\x1f\x7f]", escape, escaped)
        return '"""\n' + body + '"""'
    return '"' + re.sub(r"[\x00-\x1f\x7f]", escape, escaped) + '"'


def _toml_key(key: str) -> str:
    return key if re.fullmatch(r"[A-Za-z0-9_-]+", key) else json.dumps(key)


def _toml_value(value: Any, old: str = "") -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return _toml_string(value, old)
    if isinstance(value, float):
        if math.isnan(value):
            return "nan"
        return repr(value) if math.isfinite(value) else ("inf" if value > 0 else "-inf")
    if isinstance(value, (int, date, time)):
        return str(value) if isinstance(value, int) else value.isoformat()
    if isinstance(value, list):
        items = [_toml_value(v) for v in value]
        if old.startswith("[") and "\n" in old:
            second = old.split("\n")[1]
            indent = _indent(second) or "  "
            return "[\n" + "".join(f"{indent}{item},\n" for item in items) + "]"
        pad = " " if old.startswith("[ ") else ""
        return "[" + pad + ", ".join(items) + pad + "]" if items else "[]"
    if isinstance(value, dict):
        pairs = [f"{_toml_key(str(k))} = {_toml_value(v)}" for k, v in value.items()]
        return "{ " + ", ".join(pairs) + " }" if pairs else "{}"
    raise TypeError(f"cannot store a {type(value).__name__} in TOML")


def _toml_entries(lines: list[str]) -> tuple[list[tuple[Any, int, int, int]], int]:
    """Top-level (key, first line, end line, value column) entries and the first header line."""
    entries = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if _TOML_HEADER.match(line):
            return entries, i
        m = _TOML_KEY.match(line)
        if not m:
            i += 1
            continue
        try:
            names = list(tomllib.loads(m.group(1) + " = 0"))
        except tomllib.TOMLDecodeError:
            names = []
        end = i + 1
        while end <= len(lines):
            if _toml_reads_any("\n".join([line[m.end() :], *lines[i + 1 : end]])):
                break
            end += 1
        dotted = "." in m.group(1).replace('"', "").replace("'", "") and len(names) == 1
        key = names[0] if len(names) == 1 and not dotted else None
        entries.append((key, i, min(end, len(lines)), m.end()))
        i = end
    return entries, len(lines)


def _toml_reads_any(text: str) -> bool:
    try:
        tomllib.loads("k = " + text)
    except tomllib.TOMLDecodeError:
        return False
    return True


def _patch_toml(content: str, key: str, value: Any) -> str:
    lines = _lines(content)
    entries, header = _toml_entries(lines)
    found = [e for e in entries if e[0] == key]
    if not found:
        if value is _DELETE:
            raise _unsafe(key, "it is not a simple top-level key")
        at = header
        if header < len(lines):
            # New keys go above the first [table] and the comments that introduce it.
            while at > 0 and lines[at - 1].lstrip(_SPACE)[:1] in ("", "#"):
                at -= 1
        line = f"{_toml_key(key)} = {_toml_value(value)}"
        return _join([*lines[:at], line, *lines[at:]])
    _, start, end, column = found[0]
    if value is _DELETE:
        return _join(lines[:start] + lines[end:])
    head = lines[start][:column]
    old = "\n".join([lines[start][column:], *lines[start + 1 : end]])
    comment = ""
    if end == start + 1:
        _, old, comment = _split_value(old)
    new = _toml_value(value, old)
    if not _toml_reads(new, value) and isinstance(value, str):
        new = _toml_string(value, "")
    return _join([*lines[:start], *(head + new + comment).split("\n"), *lines[end:]])


# ---------------------------------------------------------------- JSON

_WS = re.compile(r"\s*")


def _json_members(text: str) -> tuple[list[tuple[Any, int, int, int]], int]:
    """Top-level (key, key start, value start, value end) members and the closing brace index."""
    decoder = json.JSONDecoder()
    members = []
    pos = _WS.match(text, 1).end()  # type: ignore[union-attr]
    if text[pos] == "}":
        return members, pos
    while True:
        key, key_end = decoder.raw_decode(text, pos)
        colon = _WS.match(text, key_end).end()  # type: ignore[union-attr]
        value_start = _WS.match(text, colon + 1).end()  # type: ignore[union-attr]
        _, value_end = decoder.raw_decode(text, value_start)
        members.append((key, pos, value_start, value_end))
        pos = _WS.match(text, value_end).end()  # type: ignore[union-attr]
        if text[pos] != ",":
            return members, pos
        pos = _WS.match(text, pos + 1).end()  # type: ignore[union-attr]


def _json_value(value: Any, old: str, line_indent: str, unit: str) -> str:
    stored = _stored(FrontMatterKind.JSON, value)
    if "\n" in old or (not old and isinstance(value, (list, dict)) and unit and value):
        return json.dumps(stored, ensure_ascii=False, indent=unit).replace("\n", "\n" + line_indent)
    return json.dumps(stored, ensure_ascii=False)


def _patch_json(content: str, key: str, value: Any) -> str:
    members, close = _json_members(content)
    found = [m for m in members if m[0] == key]

    def indent_at(pos: int) -> str:
        line_start = content.rfind("\n", 0, pos) + 1
        before = content[line_start:pos]
        return before if not before.strip(_SPACE) else ""

    unit = indent_at(members[0][1]) if members else ""
    if found:
        index = members.index(found[0])
        _, key_start, value_start, value_end = found[0]
        if value is not _DELETE:
            old = content[value_start:value_end]
            new = _json_value(value, old, indent_at(key_start), unit)
            return content[:value_start] + new + content[value_end:]
        if index + 1 < len(members):
            return content[:key_start] + content[members[index + 1][1] :]
        if index > 0:
            return content[: members[index - 1][3]] + content[value_end:]
        return content[:key_start] + content[value_end:]
    if value is _DELETE:
        raise _unsafe(key, "it is not a top-level key")
    if not members:
        entry = f"{json.dumps(key, ensure_ascii=False)}: {_json_value(value, '', '  ', '  ')}"
        return "{\n  " + entry + "\n}" + content[close + 1 :]
    # Reuse the whitespace that separates the existing keys.
    if len(members) > 1:
        comma = content.rindex(",", 0, members[-1][1])
        gap = content[comma + 1 : members[-1][1]]
    else:
        gap = content[1 : members[0][1]]
    entry = f"{json.dumps(key, ensure_ascii=False)}: {_json_value(value, '', unit, unit)}"
    last_end = members[-1][3]
    return content[:last_end] + "," + gap + entry + content[last_end:]
