"""Lossless front matter: parse YAML, TOML or JSON blocks; patch one key, leave the rest alone."""

from __future__ import annotations

import json
import re
import tomllib
from dataclasses import dataclass, field
from datetime import date, time
from typing import Any, NamedTuple

import yaml

from articleeditor.core.errors import FrontMatterError
from articleeditor.core.fmedit_common import (
    DELETE,
    FrontMatterKind,
    same_value,
    stored_value,
    unsafe_edit,
)
from articleeditor.core.fmedit_json import patch_json
from articleeditor.core.fmedit_toml import patch_toml
from articleeditor.core.fmedit_yaml import patch_yaml, yaml_entry
from articleeditor.core.frontmatter_limits import (
    MAX_DEPTH,
    MAX_LINE_CHARS,
    FrontMatterLimit,
    LimitedSafeLoader,
    json_object_end,
    long_line_at,
    long_number_at,
    max_int_digits,
    too_deep_at,
)

__all__ = ["FrontMatter", "FrontMatterKind", "delete_field", "parse", "set_field"]


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
        except (ValueError, RecursionError):
            # Too deep or holding a too-long number: find its end by brackets, so the body
            # stays the body; _load then says what is wrong, and where.
            closing = json_object_end(text)
            if closing is None:
                return _Block(FrontMatterKind.JSON, 0, len(text), len(text), False)
            obj_end = closing
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
    long_line = long_line_at(content)
    if long_line is not None:
        line, length = long_line
        raise FrontMatterError(
            first_line + line - 1,
            1,
            f"a front matter line of {length:,} characters is longer than {MAX_LINE_CHARS:,}",
        )
    if kind is FrontMatterKind.YAML:
        return _load_yaml(content, first_line)
    deep = too_deep_at(content, outer=1 if kind is FrontMatterKind.TOML else 0)
    if deep is not None:
        raise FrontMatterError(
            first_line + deep - 1, 1, f"nested more than {MAX_DEPTH} levels deep"
        )
    try:
        if kind is FrontMatterKind.TOML:
            return _load_toml(content, first_line)
        return _load_json(content)
    except (ValueError, RecursionError) as error:
        # What a decode error is not: a number too long for Python, or nesting past the stack.
        number = long_number_at(content)
        if number is not None:
            line, column = number
            raise FrontMatterError(
                first_line + line - 1,
                column,
                f"a number longer than {max_int_digits()} digits; quote it to keep it as text",
            ) from None
        raise FrontMatterError(first_line, 1, f"cannot be read: {error}") from None


def _load_toml(content: str, first_line: int) -> dict[Any, Any]:
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


def _load_json(content: str) -> dict[Any, Any]:
    try:
        data = json.loads(content)
    except json.JSONDecodeError as error:
        raise FrontMatterError(error.lineno, error.colno, error.msg) from error
    if not isinstance(data, dict):
        raise FrontMatterError(1, 1, "JSON front matter must be an object")
    return data


def _load_yaml(content: str, first_line: int) -> dict[Any, Any]:
    try:
        data = yaml.load(content, Loader=LimitedSafeLoader)
    except FrontMatterLimit as error:
        where = error.mark
        raise FrontMatterError(first_line + where.line, where.column + 1, error.reason) from None
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
    except (ValueError, TypeError, OverflowError) as error:
        # Explicit tags on the wrong text (``!!float abc``, ``!!binary`` junk) reach the
        # constructors unchecked; still one positioned error, never a traceback.
        raise FrontMatterError(first_line, 1, f"a value cannot be read: {error}") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        what = type(data).__name__
        raise FrontMatterError(
            first_line, 1, f"front matter must be 'key: value' lines, not a {what}"
        )
    return data


# ---------------------------------------------------------------- editing


def set_field(text: str, key: str, value: Any) -> str:
    """Return ``text`` with one front matter key set; only that key's lines change."""
    if value is None:
        return delete_field(text, key)
    return _patch(text, key, _normalise(value))


def delete_field(text: str, key: str) -> str:
    """Return ``text`` without ``key`` in its front matter; unchanged if the key is absent."""
    return _patch(text, key, DELETE)


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
    if value is DELETE and key not in fm.data:
        return text
    if fm.kind is FrontMatterKind.NONE:
        return "---\n" + "".join(line + "\n" for line in yaml_entry(key, value)) + "---\n" + text
    block = _locate(text)
    assert block is not None  # parse() found one
    content = text[block.content_start : block.content_end]
    patcher = {
        FrontMatterKind.YAML: patch_yaml,
        FrontMatterKind.TOML: patch_toml,
        FrontMatterKind.JSON: patch_json,
    }[fm.kind]
    new_content = patcher(content, key, value)
    new_text = text[: block.content_start] + new_content + text[block.content_end :]
    _verify(new_text, fm, key, value)
    return new_text


def _verify(new_text: str, old: FrontMatter, key: str, value: Any) -> None:
    """Re-parse the patched text: the key must hold the new value and nothing else may change."""
    new = parse(new_text)
    if new.error is not None:
        raise unsafe_edit(key, f"the result would not parse: {new.error.message}")
    expected = dict(old.data)
    if value is DELETE:
        expected.pop(key, None)
    else:
        expected[key] = stored_value(old.kind, value)
    if key in new.data and value is not DELETE and not same_value(new.data[key], expected[key]):
        raise unsafe_edit(key, "the new value would not read back unchanged")
    if not same_value(new.data, expected):
        raise unsafe_edit(key, "other keys share its value, e.g. through a YAML anchor")
