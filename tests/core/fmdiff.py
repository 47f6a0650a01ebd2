"""The byte-level rule every front matter edit must keep, checked independently of the editors.

After ``set_field(old, key, value)`` the new text must be the old text with exactly the lines of
``key``'s entry replaced (a new key: lines inserted; a deleted key: lines removed), and those
lines, read on their own, must hold ``key`` and nothing else. Comments, blank lines and every
other key stay byte for byte. The entry's lines are found with the parsers' own positions
(PyYAML's pure-Python parser events, tomllib, json), never with the code under test; JSON is
checked character by character, since one line may hold the whole object.
"""

from __future__ import annotations

import json
import math
import re
import tomllib
from datetime import date, datetime, time
from typing import Any

import yaml

from articleeditor.core.fmedit_common import SAFE_LOADER
from articleeditor.core.frontmatter import FrontMatterKind, parse

DELETED = object()  # the ``value`` of a deletion


def same(a: Any, b: Any) -> bool:
    """Equality that tells True from 1, dates from datetimes and time zones apart."""
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
    if type(a) is not type(b):
        return False
    if isinstance(a, float) and math.isnan(a):
        return math.isnan(b)
    if isinstance(a, (datetime, time)):
        return a == b and a.utcoffset() == b.utcoffset()
    return bool(a == b)


def stored(kind: FrontMatterKind, value: Any) -> Any:
    """What reading ``value`` back gives: JSON keeps dates as ISO strings."""
    if kind is FrontMatterKind.JSON:
        if isinstance(value, (date, time)):
            return value.isoformat()
        if isinstance(value, list):
            return [stored(kind, v) for v in value]
        if isinstance(value, dict):
            return {k: stored(kind, v) for k, v in value.items()}
    return value


# ----- where an entry's lines are -------------------------------------------------------------


def _content_range(text: str) -> tuple[int, int]:
    """Character range of a YAML/TOML block's content (between the fences)."""
    fm = parse(text)
    start = text.index("\n") + 1
    closing = text.rfind("\n", 0, fm.span[1] - 1) + 1
    return start, max(start, closing)


def _yaml_value_end(events: list[Any], p: int, content: str) -> tuple[int, int]:
    """Index after the node starting at ``events[p]``, and its last character's index + 1."""
    event = events[p]
    if isinstance(event, yaml.AliasEvent):
        return p + 1, event.end_mark.index
    if isinstance(event, yaml.ScalarEvent):
        end = event.end_mark.index
        if event.style in ("|", ">"):
            header = content[event.start_mark.index :].split("\n", 1)[0]
            if "+" not in header:  # trailing blank lines belong to the value only with "+"
                end = len(content[:end].rstrip(" \t\n"))
        elif event.value == "" and event.start_mark.index == end:
            end = -1  # "key:" with nothing after it: the key's line alone
        return p + 1, end
    flow = bool(event.flow_style)
    p += 1
    last = -1
    while not isinstance(events[p], (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
        p, end = _yaml_value_end(events, p, content)
        last = max(last, end)
    if flow:  # "]" and "}" are tokens with exact positions; block ends are not
        last = events[p].end_mark.index
    return p + 1, last


def _yaml_entry(text: str, key: str) -> tuple[int, int] | None:
    start, stop = _content_range(text)
    content = text[start:stop]
    # The app's loader (libyaml where PyYAML has it): it reads tabs inside plain scalars, which
    # the pure-Python scanner refuses, so the expected lines come from the same reading.
    events = list(yaml.parse(content, Loader=SAFE_LOADER))
    starts = [i for i, e in enumerate(events) if isinstance(e, yaml.MappingStartEvent)]
    if not starts:
        return None  # an empty block
    p = starts[0] + 1
    while not isinstance(events[p], yaml.MappingEndEvent):
        key_event = events[p]
        key_start = key_event.start_mark.index
        p, end = _yaml_value_end(events, p + 1, content)
        if isinstance(key_event, yaml.ScalarEvent) and key_event.value == key:
            end = max(end, key_event.end_mark.index)
            first = text.count("\n", 0, start + key_start)
            last = text.count("\n", 0, start + end - 1)
            return first, last + 1
    return None


def _toml_entry(text: str, key: str) -> tuple[int, int] | None:
    start, stop = _content_range(text)
    first_line = text.count("\n", 0, start)
    lines = text[start:stop].split("\n")
    names = "|".join([re.escape(key), re.escape(json.dumps(key)), re.escape(f"'{key}'")])
    head = re.compile(rf"[ \t]*(?:{names})[ \t]*=")
    for a, line in enumerate(lines):
        if re.match(r"[ \t]*\[", line):
            return None  # keys below the first table are not top-level
        if head.match(line):
            for b in range(a + 1, len(lines) + 1):
                try:
                    if key in tomllib.loads("\n".join(lines[a:b])):
                        return first_line + a, first_line + b
                except tomllib.TOMLDecodeError:
                    continue
    return None


def _json_members(text: str) -> list[tuple[str, int, int, int]]:
    """Top-level (key, key start, value start, value end) of a JSON front matter object."""
    decoder = json.JSONDecoder()
    members = []
    pos = re.compile(r"\s*").match(text, 1).end()  # type: ignore[union-attr]
    while text[pos] == '"':
        name, after = decoder.raw_decode(text, pos)
        value_start = re.compile(r"\s*:\s*").match(text, after).end()  # type: ignore[union-attr]
        _, value_end = decoder.raw_decode(text, value_start)
        members.append((name, pos, value_start, value_end))
        pos = re.compile(r"\s*,?\s*").match(text, value_end).end()  # type: ignore[union-attr]
    return members


# ----- the rule -------------------------------------------------------------------------------


def _load_alone(kind: FrontMatterKind, lines: list[str]) -> Any:
    text = "".join(line + "\n" for line in lines)
    if kind is FrontMatterKind.TOML:
        return tomllib.loads(text)
    return yaml.load(text, Loader=SAFE_LOADER)


def assert_only_key_changed(old: str, new: str, key: str, value: Any) -> None:
    """Assert ``new`` is ``old`` with only ``key``'s entry replaced by one holding ``value``."""
    kind = parse(old).kind
    if kind is FrontMatterKind.JSON:
        _assert_json(old, new, key, value)
        return
    if kind is FrontMatterKind.NONE:
        assert value is not DELETED
        assert new.endswith("---\n" + old) and new.startswith("---\n"), new
        inserted = new[4 : len(new) - len(old) - 4].split("\n")[:-1]
        assert same(_load_alone(FrontMatterKind.YAML, inserted), {key: value}), inserted
        return
    old_lines, new_lines = old.split("\n"), new.split("\n")
    entry = (_yaml_entry if kind is FrontMatterKind.YAML else _toml_entry)(old, key)
    if entry is None:
        # A new key: lines inserted inside the block, nothing else touched.
        assert value is not DELETED
        pairs = enumerate(zip(old_lines, new_lines, strict=False))
        a = next((i for i, (x, y) in pairs if x != y), len(old_lines))
        b = a
        closing = old.count("\n", 0, _content_range(old)[1])
        assert 0 < a <= closing, (a, closing)
    else:
        a, b = entry
    kept = len(old_lines) - b
    assert len(new_lines) >= a + kept, "lines outside the entry were removed"
    assert new_lines[:a] == old_lines[:a], "a line before the entry changed"
    assert new_lines[len(new_lines) - kept :] == old_lines[b:], "a line after the entry changed"
    replaced = new_lines[a : len(new_lines) - kept]
    if value is DELETED:
        assert replaced == [], replaced
    else:
        alone = _load_alone(kind, replaced)
        assert same(alone, {key: value}), (replaced, alone)


def _assert_json(old: str, new: str, key: str, value: Any) -> None:
    members = _json_members(old)
    found = [m for m in members if m[0] == key]
    if found:
        _, key_start, value_start, value_end = found[0]
        if value is DELETED:
            # The member goes with the separator after it (up to the next key), or, for the
            # last member, with the separator before it; the object's layout stays.
            index = members.index(found[0])
            if index + 1 < len(members):
                assert new == old[:key_start] + old[members[index + 1][1] :], new
            elif index > 0:
                assert new == old[: members[index - 1][3]] + old[value_end:], new
            else:
                assert new == old[:key_start] + old[value_end:], new
            return
        tail = len(old) - value_end
        assert new[:value_start] == old[:value_start], "bytes before the value changed"
        assert new[len(new) - tail :] == old[value_end:], "bytes after the value changed"
        assert same(
            json.loads(new[value_start : len(new) - tail]), stored(FrontMatterKind.JSON, value)
        )
        return
    assert value is not DELETED and members
    last_end = members[-1][3]
    tail = len(old) - last_end
    assert new[:last_end] == old[:last_end] and new[len(new) - tail :] == old[last_end:]
    inserted = new[last_end : len(new) - tail]
    assert inserted.startswith(","), inserted
    assert same(json.loads("{" + inserted[1:] + "}"), {key: stored(FrontMatterKind.JSON, value)})
