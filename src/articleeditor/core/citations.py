"""Pandoc citation syntax: ``[@key]``, ``[see @a, p. 3; @b]``, ``[-@key]``, ``@key``, ``@{odd}``.

Citations inside code spans and code blocks are ignored, and so is the ``@`` of an
e-mail address (a bare citation must not follow a letter or digit).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

# A key starts with a letter, digit or underscore; inner punctuation must be followed by
# a word character, so "see @smith." cites "smith" (pandoc's rule).
_KEY = r"(?:\{(?P<keyb>[^{}]+)\}|(?P<key>\w(?:\w|[:.#$%&\-+?<>~/](?=\w))*))"
_ITEM = re.compile(
    r"^(?P<prefix>.*?)(?<![\w@])(?P<minus>-?)@" + _KEY + r"(?P<suffix>.*)$",
    re.S,
)
_BRACKET = re.compile(r"\[(?P<body>[^\[\]]*@[^\[\]]*)\](?!\[|\([^()\s]*(?:\s+\"[^\"]*\")?\))")
# link destinations, autolinks and bare URLs may hold an "@" that is no citation
_LINKISH = re.compile(r"\]\([^)\s]*\)|<[^<>\s]*@[^<>\s]*>|\bhttps?://\S+")
_BARE = re.compile(r"(?<![\w@\[\\/])(?P<minus>-?)@" + _KEY)
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_CODE_SPAN = re.compile(r"(?<!`)(`+)(?!`).*?(?<!`)\1(?!`)", re.S)


@dataclass(frozen=True)
class CiteItem:
    """One cited work: ``key`` plus prefix/locator text; ``suppress_author`` for ``-@key``."""

    key: str
    prefix: str = ""
    locator: str = ""
    suppress_author: bool = False


@dataclass(frozen=True)
class CitationGroup:
    """A citation in the text: ``[start, end)`` offsets in the source and its items."""

    start: int
    end: int
    items: tuple[CiteItem, ...]
    bracketed: bool

    @property
    def keys(self) -> list[str]:
        """The cited keys in the order written."""
        return [item.key for item in self.items]


def code_mask(text: str) -> str:
    """``text`` with every character inside code blocks and code spans replaced by a space.

    Offsets are unchanged, so matches found in the mask apply to the original.
    """
    chars = list(text)
    offset, fence, prev_blank, in_indented = 0, "", True, False
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        opened = _FENCE.match(line)
        indented = (line.startswith("    ") or line.startswith("\t")) and bool(stripped)
        if fence:
            if stripped.startswith(fence) and set(stripped) <= set(fence[0]):
                fence = ""
            _blank(chars, offset, len(line))
        elif opened:
            fence = opened.group(1)
            _blank(chars, offset, len(line))
        elif indented and (prev_blank or in_indented):
            in_indented = True
            _blank(chars, offset, len(line))
        else:
            in_indented = in_indented and not stripped
        prev_blank = not stripped
        offset += len(line)
    masked = "".join(chars)
    for match in _CODE_SPAN.finditer(masked):
        _blank(chars, match.start(), match.end() - match.start())
    return "".join(chars)


def _blank(chars: list[str], start: int, length: int) -> None:
    for i in range(start, start + length):
        if chars[i] != "\n":
            chars[i] = " "


def parse_cluster(body: str) -> tuple[CiteItem, ...] | None:
    """Parse the inside of ``[...]``; None when it is not a citation (pandoc's rule)."""
    items = []
    for part in body.split(";"):
        match = _ITEM.match(part.strip())
        if not match:
            return None
        key = match.group("keyb") or match.group("key")
        suffix = match.group("suffix").strip()
        if suffix.startswith(","):
            suffix = suffix[1:].strip()
        items.append(
            CiteItem(
                key=key,
                prefix=match.group("prefix").strip(),
                locator=suffix,
                suppress_author=bool(match.group("minus")),
            )
        )
    return tuple(items)


def parse_citations(text: str) -> list[CitationGroup]:
    """Every citation in a Markdown body, in document order."""
    masked = code_mask(text) if ("`" in text or "~~~" in text or "    " in text) else text
    if "@" not in masked:
        return []
    masked = _LINKISH.sub(lambda m: m.group(0)[:2] + " " * (len(m.group(0)) - 2), masked)
    groups: list[CitationGroup] = []
    taken: list[tuple[int, int]] = []
    for match in _BRACKET.finditer(masked):
        items = parse_cluster(match.group("body"))
        at_line_start = match.start() == 0 or masked[match.start() - 1] == "\n"
        if items and not (at_line_start and masked.startswith(":", match.end())):
            groups.append(CitationGroup(match.start(), match.end(), items, True))
            taken.append((match.start(), match.end()))
    for match in _BARE.finditer(masked):
        if any(s <= match.start() < e for s, e in taken):
            continue
        key = match.group("keyb") or match.group("key")
        item = CiteItem(key=key, suppress_author=bool(match.group("minus")))
        groups.append(CitationGroup(match.start(), match.end(), (item,), False))
    groups.sort(key=lambda g: g.start)
    return groups


def _line_starts(text: str) -> list[int]:
    starts = [0]
    starts.extend(m.end() for m in re.finditer("\n", text))
    return starts


def find_undefined_citations(
    markdown_body: str, references: Iterable[dict[str, Any]]
) -> list[tuple[str, int]]:
    """``(key, line)`` for each cited key with no reference (line is 1-based, in the body)."""
    known = {str(ref.get("id")) for ref in references}
    starts = _line_starts(markdown_body)
    out = []
    for group in parse_citations(markdown_body):
        line = _line_of(starts, group.start)
        out.extend((k, line) for k in group.keys if k not in known)
    return out


def _line_of(starts: list[int], offset: int) -> int:
    from bisect import bisect_right

    return bisect_right(starts, offset)


@dataclass(frozen=True)
class CitedWork:
    """A work cited in an article, for the References panel: its number (1-based) and label."""

    key: str
    number: int
    label: str
    defined: bool


def number_citations(
    body: str, references: Iterable[dict[str, Any]], style: str = "numeric"
) -> list[CitedWork]:
    """Cited works in first-citation order with their numbers and bibliography labels.

    For numeric styles the label is the number as printed (``[1]``, ``1.``); for
    author-date styles numbers follow the alphabetical bibliography and the label is empty.
    """
    from articleeditor.core.citeproc import format_bibliography, style_info

    refs = list(references)
    known = {str(ref.get("id")) for ref in refs}
    order = list(dict.fromkeys(k for g in parse_citations(body) for k in g.keys))
    defined = [k for k in order if k in known]
    entries = format_bibliography(refs, defined, style) if defined else []
    position = {e.key: (i + 1, e.label) for i, e in enumerate(entries)}
    works = [CitedWork(k, *position[k], True) for k in defined if k in position]
    if not style_info(style).numeric:
        works.sort(key=lambda w: w.number)
    undefined = [CitedWork(k, 0, "", False) for k in order if k not in known]
    return works + undefined
