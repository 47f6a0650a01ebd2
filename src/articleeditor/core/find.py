"""Find and replace over plain text: literal or regular-expression search, case and whole-word
options, all matches counted, replace-all as one new text."""

from __future__ import annotations

import re
from dataclasses import dataclass


class BadPattern(ValueError):
    """The regular expression does not compile; ``message`` says why."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Query:
    """What to look for and how."""

    pattern: str
    regex: bool = False
    case_sensitive: bool = False
    whole_word: bool = False

    def compile(self) -> re.Pattern[str]:
        """The query as a compiled expression; raises :class:`BadPattern`."""
        source = self.pattern if self.regex else re.escape(self.pattern)
        if self.whole_word:
            source = rf"(?<!\w)(?:{source})(?!\w)"
        flags = re.MULTILINE | (0 if self.case_sensitive else re.IGNORECASE)
        try:
            return re.compile(source, flags)
        except re.error as error:
            raise BadPattern(str(error)) from error


def matches(text: str, query: Query) -> list[tuple[int, int]]:
    """(start, end) of every non-empty match, in order."""
    if not query.pattern:
        return []
    return [(m.start(), m.end()) for m in query.compile().finditer(text) if m.end() > m.start()]


def expand(match: re.Match[str], replacement: str, regex: bool) -> str:
    """The replacement for one match: ``\\1`` and ``\\g<name>`` expand in regex mode only."""
    return match.expand(replacement) if regex else replacement


def replace_all(text: str, query: Query, replacement: str) -> tuple[str, int]:
    """``text`` with every match replaced, and how many were."""
    if not query.pattern:
        return text, 0
    pattern = query.compile()
    count = 0

    def substitute(m: re.Match[str]) -> str:
        nonlocal count
        if m.end() == m.start():
            return m.group()
        count += 1
        return expand(m, replacement, query.regex)

    try:
        new = pattern.sub(substitute, text)
    except (re.error, IndexError) as error:
        raise BadPattern(str(error)) from error
    return new, count


def replacement_for(text: str, start: int, end: int, query: Query, replacement: str) -> str:
    """The replacement of the single match at ``start``..``end`` (groups expanded)."""
    m = query.compile().match(text, start)
    if m is None or m.end() != end:
        return replacement
    try:
        return expand(m, replacement, query.regex)
    except (re.error, IndexError) as error:
        raise BadPattern(str(error)) from error
