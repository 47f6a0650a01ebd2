"""What the front matter editors share: the block kinds, safe YAML loading, value comparison
and the line helpers that keep every untouched byte in place."""

from __future__ import annotations

import math
from datetime import date, datetime, time
from enum import Enum
from typing import Any

import yaml

from articleeditor.core.errors import FrontMatterError

# Safe loading only: tags such as !!python/object become errors and never run code.
SAFE_LOADER: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# Passed as the value to delete a key.
DELETE = object()


class FrontMatterKind(Enum):
    """Which syntax the front matter block uses."""

    NONE = "none"
    YAML = "yaml"
    TOML = "toml"
    JSON = "json"


def unsafe_edit(key: str, why: str) -> FrontMatterError:
    """The error for an edit that would change more than the one key."""
    return FrontMatterError(
        1, 1, f"'{key}' can't be edited safely ({why}); please edit the front matter by hand"
    )


def stored_value(kind: FrontMatterKind, value: Any) -> Any:
    """What reading ``value`` back gives: JSON has no dates, so they come back as ISO strings."""
    if kind is FrontMatterKind.JSON:
        if isinstance(value, (date, time)):
            return value.isoformat()
        if isinstance(value, list):
            return [stored_value(kind, v) for v in value]
        if isinstance(value, dict):
            return {k: stored_value(kind, v) for k, v in value.items()}
    return value


def same_value(a: Any, b: Any) -> bool:
    """Equality that tells True from 1, 1 from 1.0, dates from datetimes and time zones apart."""
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(same_value(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(same_value(x, y) for x, y in zip(a, b, strict=True))
    if type(a) is not type(b):
        return False
    if isinstance(a, float) and math.isnan(a):
        return math.isnan(b)
    if isinstance(a, (datetime, time)):
        return bool(a == b and a.utcoffset() == b.utcoffset())
    return bool(a == b)


def split_lines(content: str) -> list[str]:
    # Split on "\n" only: str.splitlines() would also split on U+2028 and form feeds.
    return content.split("\n")[:-1] if content else []


def join_lines(lines: list[str]) -> str:
    return "".join(line + "\n" for line in lines)


def comment_start(s: str) -> int:
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
SPACE = " \t"


def split_value(rest: str) -> tuple[str, str, str]:
    """Split the text after 'key:' into (separator, value, trailing comment with its spaces)."""
    hash_at = comment_start(rest)
    raw = rest if hash_at < 0 else rest[:hash_at]
    value = raw.strip(SPACE)
    sep = raw[: len(raw) - len(raw.lstrip(SPACE))] if value else ""
    comment = "" if hash_at < 0 else rest[len(raw.rstrip(SPACE)) :]
    return sep, value, comment


def indent_of(line: str) -> str:
    return line[: len(line) - len(line.lstrip(SPACE))]
