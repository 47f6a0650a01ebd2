"""Edits of JSON front matter that keep key order, indentation and other members."""

from __future__ import annotations

import json
import re
from typing import Any

from articleeditor.core.fmedit_common import (
    DELETE,
    SPACE,
    FrontMatterKind,
    stored_value,
    unsafe_edit,
)

_WS = re.compile(r"\s*")


def _json_members(text: str) -> tuple[list[tuple[Any, int, int, int]], int]:
    """Top-level (key, key start, value start, value end) members and the closing brace index."""
    decoder = json.JSONDecoder()
    members: list[tuple[Any, int, int, int]] = []
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
    stored = stored_value(FrontMatterKind.JSON, value)
    if "\n" in old or (not old and isinstance(value, (list, dict)) and unit and value):
        return json.dumps(stored, ensure_ascii=False, indent=unit).replace("\n", "\n" + line_indent)
    return json.dumps(stored, ensure_ascii=False)


def patch_json(content: str, key: str, value: Any) -> str:
    members, close = _json_members(content)
    found = [m for m in members if m[0] == key]

    def indent_at(pos: int) -> str:
        line_start = content.rfind("\n", 0, pos) + 1
        before = content[line_start:pos]
        return before if not before.strip(SPACE) else ""

    unit = indent_at(members[0][1]) if members else ""
    if found:
        index = members.index(found[0])
        _, key_start, value_start, value_end = found[0]
        if value is not DELETE:
            old = content[value_start:value_end]
            new = _json_value(value, old, indent_at(key_start), unit)
            return content[:value_start] + new + content[value_end:]
        if index + 1 < len(members):
            return content[:key_start] + content[members[index + 1][1] :]
        if index > 0:
            return content[: members[index - 1][3]] + content[value_end:]
        return content[:key_start] + content[value_end:]
    if value is DELETE:
        raise unsafe_edit(key, "it is not a top-level key")
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
