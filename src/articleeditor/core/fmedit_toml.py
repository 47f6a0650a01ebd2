"""Line-level edits of TOML front matter (keys before the first table)."""

from __future__ import annotations

import json
import math
import re
import tomllib
from datetime import date, time
from typing import Any

from articleeditor.core.fmedit_common import (
    DELETE,
    SPACE,
    indent_of,
    join_lines,
    same_value,
    split_lines,
    split_value,
    unsafe_edit,
)

_TOML_KEY = re.compile(
    r"""[ \t]*((?:[A-Za-z0-9_-]+|"(?:[^"\\]|\\.)*"|'[^']*')"""
    r"""(?:[ \t]*\.[ \t]*(?:[A-Za-z0-9_-]+|"(?:[^"\\]|\\.)*"|'[^']*'))*)[ \t]*=[ \t]*"""
)
_TOML_HEADER = re.compile(r"[ \t]*\[")


def _toml_reads(text: str, value: Any) -> bool:
    try:
        return same_value(tomllib.loads("k = " + text).get("k"), value)
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
            indent = indent_of(second) or "  "
            return "[\n" + "".join(f"{indent}{item},\n" for item in items) + "]"
        pad = " " if old.startswith("[ ") else ""
        return "[" + pad + ", ".join(items) + pad + "]" if items else "[]"
    if isinstance(value, dict):
        pairs = [f"{_toml_key(str(k))} = {_toml_value(v)}" for k, v in value.items()]
        return "{ " + ", ".join(pairs) + " }" if pairs else "{}"
    raise TypeError(f"cannot store a {type(value).__name__} in TOML")


def _toml_entries(lines: list[str]) -> tuple[list[tuple[Any, int, int, int]], int]:
    """Top-level (key, first line, end line, value column) entries and the first header line."""
    entries: list[tuple[Any, int, int, int]] = []
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


def patch_toml(content: str, key: str, value: Any) -> str:
    lines = split_lines(content)
    entries, header = _toml_entries(lines)
    found = [e for e in entries if e[0] == key]
    if not found:
        if value is DELETE:
            raise unsafe_edit(key, "it is not a simple top-level key")
        at = header
        if header < len(lines):
            # New keys go above the first [table] and the comments that introduce it.
            while at > 0 and lines[at - 1].lstrip(SPACE)[:1] in ("", "#"):
                at -= 1
        line = f"{_toml_key(key)} = {_toml_value(value)}"
        return join_lines([*lines[:at], line, *lines[at:]])
    _, start, end, column = found[0]
    if value is DELETE:
        return join_lines(lines[:start] + lines[end:])
    head = lines[start][:column]
    old = "\n".join([lines[start][column:], *lines[start + 1 : end]])
    comment = ""
    if end == start + 1:
        _, old, comment = split_value(old)
    new = _toml_value(value, old)
    if not _toml_reads(new, value) and isinstance(value, str):
        new = _toml_string(value, "")
    return join_lines([*lines[:start], *(head + new + comment).split("\n"), *lines[end:]])
