"""The article's outline: its headings (ATX "# Title" and setext underlines) with line numbers,
skipping front matter and fenced code."""

from __future__ import annotations

import re
from dataclasses import dataclass

from articleeditor.core.frontmatter import parse

_ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_LIST_OR_QUOTE = re.compile(r"^ {0,3}(?:[-*+>]|\d+[.)])(?:\s|$)")


@dataclass(frozen=True)
class Heading:
    """One heading; ``line`` is 0-based in the whole text (front matter included)."""

    level: int
    title: str
    line: int


def headings(text: str) -> list[Heading]:
    """Every heading in the body of ``text``, in order."""
    front = parse(text)
    first = text.count("\n", 0, front.span[1])
    lines = text.split("\n")
    result: list[Heading] = []
    fence = ""
    previous = ""
    for number in range(first, len(lines)):
        line = lines[number]
        if fence:
            if line.lstrip().startswith(fence):
                fence = ""
            previous = ""
            continue
        m = _FENCE.match(line)
        if m:
            fence = m.group(1)
            previous = ""
            continue
        m = _ATX.match(line)
        if m:
            result.append(Heading(len(m.group(1)), (m.group(2) or "").strip(), number))
            previous = ""
            continue
        m = _SETEXT.match(line)
        if (
            m
            and previous.strip()
            and not _LIST_OR_QUOTE.match(previous)
            and not line.startswith("    ")
        ):
            level = 1 if m.group(1)[0] == "=" else 2
            result.append(Heading(level, previous.strip(), number - 1))
            previous = ""
            continue
        previous = line
    return result
