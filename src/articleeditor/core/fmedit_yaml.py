"""Line-level edits of YAML front matter: only the edited key's lines change."""

from __future__ import annotations

import re
from datetime import date, time
from typing import Any, NamedTuple

import yaml

from articleeditor.core.fmedit_common import (
    DELETE,
    SAFE_LOADER,
    SPACE,
    indent_of,
    join_lines,
    same_value,
    split_lines,
    split_value,
    unsafe_edit,
)
from articleeditor.core.refyaml import references_lines

_BIG = 1 << 30  # emitter width: never fold a value we write
REFERENCES = "references"  # CSL items: written by core.refyaml


def _yaml_reads(snippet: str, value: Any) -> bool:
    try:
        data = yaml.load(snippet, Loader=SAFE_LOADER)
    except yaml.YAMLError:
        return False
    return isinstance(data, dict) and "k" in data and same_value(data["k"], value)


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
    content = [m for m in more if m.strip(SPACE) and not m.lstrip(SPACE).startswith("#")]
    indent = indent_of(content[0]) if content else "  "
    if value_text.startswith(("|", ">")):
        return _YamlStyle("literal" if value_text[0] == "|" else "folded", indent=indent or "  ")
    if value_text.startswith("["):
        return _YamlStyle("flow", _quote_style(value_text[1:].lstrip(SPACE)))
    if not value_text and content and content[0].lstrip(SPACE).startswith("-"):
        first_item = content[0].lstrip(SPACE)[1:].lstrip(SPACE)
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
            if block and _yaml_reads("k: " + block[0] + "\n" + join_lines(block[1]), value):
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
        return out[0][2:].strip(SPACE), out[1:]
    return _yaml_scalar(value, ("plain",)), []


def _yaml_key(key: str) -> str:
    return key if _plain_key_ok(key) else _yaml_double(key)


def _plain_key_ok(key: str) -> bool:
    try:
        data = yaml.load(f"{key}: 1", Loader=SAFE_LOADER)
    except yaml.YAMLError:
        return False
    return isinstance(data, dict) and list(data) == [key]


def yaml_entry(key: str, value: Any) -> list[str]:
    if key == REFERENCES and isinstance(value, list) and value:
        return [_yaml_key(key) + ":", *references_lines([], value)]
    inline, more = _yaml_render(value, _YamlStyle("new"))
    head = _yaml_key(key) + ":" + (" " + inline if inline else "")
    return [head, *more]


def _yaml_key_pattern(key: str) -> re.Pattern[str]:
    names = [re.escape(key), "'" + re.escape(key.replace("'", "''")) + "'"]
    names.append(re.escape(_yaml_double(key)))
    return re.compile(rf"(?:{'|'.join(names)})[ \t]*:(?=[ \t]|$)")


def _yaml_continues(line: str) -> bool:
    return not line or line[0] in " \t#" or line == "-" or line.startswith("- ")


def patch_yaml(content: str, key: str, value: Any) -> str:
    lines = split_lines(content)
    pattern = _yaml_key_pattern(key)
    found = [i for i, line in enumerate(lines) if pattern.match(line)]
    if len(found) > 1:
        raise unsafe_edit(key, f"it appears {len(found)} times")
    if not found:
        if value is DELETE:
            raise unsafe_edit(key, "its value comes from elsewhere, e.g. a '<<' merge")
        return join_lines(lines + yaml_entry(key, value))
    start = found[0]
    end = start + 1
    while end < len(lines) and _yaml_continues(lines[end]):
        end += 1
    m = pattern.match(lines[start])
    assert m is not None
    sep, value_text, comment = split_value(lines[start][m.end() :])
    keep_blank = value_text[:1] in "|>" and "+" in value_text.split("#")[0]
    while end > start + 1:
        last = lines[end - 1]
        blank = not last.strip(SPACE) and not keep_blank
        is_comment = last.startswith("#") or (
            value_text[:1] not in ("|", ">") and last.lstrip(SPACE).startswith("#")
        )
        if not (blank or is_comment):
            break
        end -= 1
    if value is DELETE:
        return join_lines(lines[:start] + lines[end:])
    style = _yaml_style(value_text, lines[start + 1 : end])
    if key == REFERENCES and isinstance(value, list) and value and not value_text:
        # CSL items: compact, readable, and the unchanged ones kept as they were written
        more = references_lines(lines[start + 1 : end], value)
        return join_lines([*lines[:start], lines[start][: m.end()] + comment, *more, *lines[end:]])
    inline, more = _yaml_render(value, style)
    head = lines[start][: m.end()]
    if inline:
        head += (sep or " ") + inline
    return join_lines([*lines[:start], head + comment, *more, *lines[end:]])
