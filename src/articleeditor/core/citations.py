"""Pandoc citation syntax: ``[@key]``, ``[see @a, p. 3; @b]``, ``[-@key]``, ``@key``, ``@{odd}``.

Citations inside code spans and code blocks are ignored, and so is the ``@`` of an
e-mail address (a bare citation must not follow a letter or digit).
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from articleeditor.core.blocks import CODE_KINDS, scan_body
from articleeditor.core.sections import split_sections

# A key starts with a letter, digit or underscore; inner punctuation must be followed by
# a word character, so "see @smith." cites "smith" (pandoc's rule).
_KEY = r"(?:\{(?P<keyb>[^{}]+)\}|(?P<key>\w(?:\w|[:.#$%&\-+?<>~/](?=\w))*))"
_ITEM = re.compile(
    r"^(?P<prefix>.*?)(?<![\w@])(?P<minus>-?)@" + _KEY + r"(?P<suffix>.*)$",
    re.S,
)
_BRACKET_CHAR = re.compile(r"[\[\]]")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
# What after "[…]" makes it a link's text, not a citation: "[…]" or "(destination "title")".
_LINK_AFTER = re.compile(r"\[|\([^()\s]*(?:\s+\"[^\"]*\")?\)")
# link destinations, autolinks and bare URLs may hold an "@" that is no citation
# (three patterns, not one alternation: each starts with a literal, which re finds fast)
_LINKISH = (
    re.compile(r"\]\([^)\s]*\)"),
    re.compile(r"<[^<>\s]*@[^<>\s]*>"),
    re.compile(r"https?://\S+"),  # at a word's start: see _hide_links
)
# A bare "@key": the "@" must not follow a word character, "@", "[", "\\" or "/" (a "-" before
# it suppresses the author and must not follow one either). Found from each "@": a pattern
# that starts with a look-behind is tried at every position, five times slower.
_BARE_KEY = re.compile(_KEY)
# pandoc's locator of a narrative citation: "@key [p. 33]" (spaces and one line break before the
# bracket). A bracket holding "@" or ";" is not one (pandoc reads "[see @b]" after a key as
# more cited works, which we do not: see docs/citations.md); nor is a link's "[text](...)",
# "[text][label]" or a footnote marker.
BARE_LOCATOR = re.compile(r"[ \t]*\n?[ \t]*\[(?!\^)(?P<locator>[^\[\]@;]*)\](?![\[(])")
_NOT_BEFORE_BARE = re.compile(r"[\w@\[\\/]")
_WORD = re.compile(r"\w")
_CODE_SPAN = re.compile(r"(?<!`)(`+)(?!`).*?(?<!`)\1(?!`)", re.S)
# A footnote definition's first line, and a footnote marker in the text.
_NOTE_DEF = re.compile(r"^ {0,3}\[\^([^\]\n]+)\]:", re.M)
_NOTE_MARK = re.compile(r"\[\^([^\]\n]+)\](?!:)")


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

    Offsets are unchanged, so matches found in the mask apply to the original. Code blocks
    are those the preview renders as code (``core.blocks``): an indented line continuing a
    list item or a footnote is text.
    """
    if "`" not in text and "~~~" not in text and "    " not in text and "\t" not in text:
        return text
    blocks = scan_body(text)
    if any(kind in CODE_KINDS for kind in blocks.kinds):
        lines = text.split("\n")  # as the scanner cut them
        kinds = blocks.kinds
        for index, line in enumerate(lines):
            if kinds[index] in CODE_KINDS:
                lines[index] = " " * len(line)
        masked = "\n".join(lines)
    else:
        masked = text
    if "`" not in masked:
        return masked
    return _CODE_SPAN.sub(lambda match: _blanked(match.group(0)), masked)


def _blanked(part: str) -> str:
    """``part`` as spaces, its line breaks kept (so offsets and line numbers stay)."""
    if "\n" not in part:
        return " " * len(part)
    return "\n".join(" " * len(piece) for piece in part.split("\n"))


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


def _hide_links(masked: str) -> str:
    """``masked`` with link destinations, e-mail autolinks and URLs blanked (past their first
    two characters): an "@" in them is no citation."""

    def blank(match: re.Match[str]) -> str:
        start = match.start()
        if match.group(0).startswith("http") and start and _WORD.match(masked, start - 1):
            return match.group(0)  # "xhttp://": not a URL's start
        return match.group(0)[:2] + " " * (len(match.group(0)) - 2)

    for linkish in _LINKISH:
        masked = linkish.sub(blank, masked)
    return masked


def _bare_citations(masked: str) -> Iterator[tuple[int, int, str, bool, str]]:
    """(start, end, key, author suppressed, locator) of each ``@key`` outside brackets'
    rules; ``end`` is past the locator's bracket when there is one (``@key [p. 33]``)."""
    at, last_end = masked.find("@"), -1
    while at >= 0:
        # Right after a citation is a boundary, whatever its last character ("@a@b" cites
        # twice in pandoc, as in the Markdown extension, which sees a placeholder there).
        start, minus = at, False
        if (
            at
            and masked[at - 1] == "-"
            and (at - 1 == last_end or not (at > 1 and _NOT_BEFORE_BARE.match(masked, at - 2)))
        ):
            start, minus = at - 1, True
        elif at and at != last_end and _NOT_BEFORE_BARE.match(masked, at - 1):
            at = masked.find("@", at + 1)
            continue
        match = _BARE_KEY.match(masked, at + 1)
        if match:
            end, locator = match.end(), ""
            bracket = BARE_LOCATOR.match(masked, end)
            if bracket:
                end, locator = bracket.end(), " ".join(bracket.group("locator").split())
            last_end = end
            yield start, end, match.group("keyb") or match.group("key"), minus, locator
        at = masked.find("@", at + 1)


def parse_citations(text: str) -> list[CitationGroup]:
    """Every citation in a Markdown body, in document order."""
    return _parse_masked(code_mask(text))


def _parse_masked(masked: str) -> list[CitationGroup]:
    if "@" not in masked:
        return []
    masked = _hide_links(masked)
    groups: list[CitationGroup] = []
    taken: list[tuple[int, int]] = []
    for start, end in _citation_brackets(masked):
        items = parse_cluster(masked[start + 1 : end - 1])
        at_line_start = start == 0 or masked[start - 1] == "\n"
        if items and not (at_line_start and masked.startswith(":", end)):
            groups.append(CitationGroup(start, end, items, True))
            taken.append((start, end))
    taken_starts = [start for start, _end in taken]
    for start, end, key, minus, locator in _bare_citations(masked):
        index = bisect_right(taken_starts, start) - 1
        if index >= 0 and start < taken[index][1]:
            continue
        item = CiteItem(key=key, locator=locator, suppress_author=minus)
        groups.append(CitationGroup(start, end, (item,), False))
    groups.sort(key=lambda g: g.start)
    return groups


def _citation_brackets(masked: str) -> Iterator[tuple[int, int]]:
    """``[start, end)`` of each "[…]" that may be a citation: it holds an "@" and no bracket,
    stays within one paragraph (a blank line ends it) and is not a link's text.

    A scan from bracket to bracket, in linear time: a regular expression with a run on each
    side of the "@" took n² steps on "[" followed by many "@" (18 s for 120 KB).
    """
    opened = -1
    for bracket in _BRACKET_CHAR.finditer(masked):
        if bracket.group() == "[":
            opened = bracket.start()
            continue
        if opened < 0:
            continue
        start, end, opened = opened, bracket.end(), -1
        body = masked[start + 1 : end - 1]
        if "@" in body and not _BLANK_LINE.search(body) and not _LINK_AFTER.match(masked, end):
            yield start, end


@dataclass(frozen=True)
class FootnoteDefinition:
    """A footnote's definition in the source: ``[start, end)`` covers its continuation lines."""

    label: str
    start: int
    end: int


def footnote_definitions(masked: str) -> list[FootnoteDefinition]:
    """The footnote definitions of a body (given with its code masked), in source order.

    A definition runs on over lazy lines and indented ones, and ends at a blank line followed
    by a line at the margin or at the next definition.
    """
    found: list[FootnoteDefinition] = []
    for match in _NOTE_DEF.finditer(masked):
        end = masked.find("\n", match.end())
        end = len(masked) if end < 0 else end + 1
        blank = False
        while end < len(masked):
            line_end = masked.find("\n", end)
            line_end = len(masked) if line_end < 0 else line_end + 1
            line = masked[end:line_end]
            if _NOTE_DEF.match(line):
                break
            if not line.strip():
                blank = True
            elif blank and not line.startswith(("    ", "\t")):
                break
            else:
                blank = False
            end = line_end
        found.append(FootnoteDefinition(match.group(1), match.start(), end))
    return found


@dataclass(frozen=True)
class CitationScan:
    """What numbering needs of one section: its citations, footnotes and note markers."""

    groups: tuple[CitationGroup, ...]
    notes: tuple[FootnoteDefinition, ...]
    markers: tuple[tuple[int, str], ...]  # (offset, label) of each note marker outside code


def scan_citations(text: str) -> CitationScan:
    """The citations, footnote definitions and note markers of one section of a body."""
    masked = code_mask(text)
    groups = tuple(_parse_masked(masked))
    if "[^" not in masked:
        return CitationScan(groups, (), ())
    markers = tuple((m.start(), m.group(1)) for m in _NOTE_MARK.finditer(masked))
    return CitationScan(groups, tuple(footnote_definitions(masked)), markers)


@dataclass(frozen=True)
class ReadingOrder:
    """An article's citations in reading order, and its footnotes in the order first read."""

    groups: tuple[CitationGroup, ...]
    keys: tuple[str, ...]  # each cited key once: the order works are numbered in
    notes: tuple[str, ...]  # labels of the defined footnotes referred to, by first marker


def reading_order(parts: list[tuple[int, CitationScan]]) -> ReadingOrder:
    """Read the sections (offset in the body, scan) of a body in pandoc's reading order.

    That is source order, except that a footnote's citations stand where the note's first
    marker is (a note never referred to comes last).
    """
    groups: list[CitationGroup] = []
    notes: list[FootnoteDefinition] = []
    markers: list[tuple[int, str]] = []
    for base, scan in parts:
        if base:  # (the constructor directly: dataclasses.replace is ten times slower)
            groups.extend(
                CitationGroup(g.start + base, g.end + base, g.items, g.bracketed)
                for g in scan.groups
            )
            notes.extend(
                FootnoteDefinition(n.label, n.start + base, n.end + base) for n in scan.notes
            )
            markers.extend((offset + base, label) for offset, label in scan.markers)
        else:
            groups.extend(scan.groups)
            notes.extend(scan.notes)
            markers.extend(scan.markers)
    if not notes:
        keys = dict.fromkeys(key for group in groups for key in group.keys)
        return ReadingOrder(tuple(groups), tuple(keys), ())
    starts = [note.start for note in notes]
    end_of_text = sys.maxsize  # after every offset: notes never referred to
    defined = {note.label for note in notes}

    def note_at(offset: int) -> FootnoteDefinition | None:
        index = bisect_right(starts, offset) - 1
        return notes[index] if index >= 0 and offset < notes[index].end else None

    first_marker: dict[str, int] = {}
    for offset, label in markers:
        holder = note_at(offset)
        if holder is None or holder.label != label:
            first_marker.setdefault(label, offset)

    def place(offset: int, depth: int = 0) -> tuple[int, ...]:
        note = note_at(offset)
        if note is None or depth > len(notes):  # the depth guard stops notes citing each other
            return (offset,)
        marker = first_marker.get(note.label)
        if marker is None:
            return (end_of_text, note.start, offset)
        return (*place(marker, depth + 1), offset)

    ordered = sorted(groups, key=lambda group: place(group.start))
    read_notes = sorted(
        (label for label in first_marker if label in defined),
        key=lambda label: place(first_marker[label]),
    )
    keys = dict.fromkeys(key for group in ordered for key in group.keys)
    return ReadingOrder(tuple(ordered), tuple(keys), tuple(read_notes))


def read_body(body: str) -> ReadingOrder:
    """:func:`reading_order` of a whole body (scanned section by section)."""
    return reading_order(
        [(0, scan_citations(body))]
        if "\n#" not in body
        else [(offset, scan_citations(text)) for offset, text in section_offsets(body)]
    )


def section_offsets(body: str) -> list[tuple[int, str]]:
    """(character offset, text) of each section of ``body`` (see :mod:`.sections`)."""
    out, offset = [], 0
    for _line, text in split_sections(body):
        out.append((offset, text))
        offset += len(text)
    return out


def citation_order(text: str) -> list[str]:
    """The cited keys of a Markdown body, each once, in the order they are first read.

    The one order of an article's citations: the preview, ``render``, Publish, the References
    panel and ``check`` all number by it.
    """
    return list(read_body(text).keys)


def _line_starts(text: str) -> list[int]:
    starts = [0]
    starts.extend(m.end() for m in re.finditer("\n", text))
    return starts


def find_undefined_citations(
    markdown_body: str,
    references: Iterable[dict[str, Any]],
    groups: Iterable[CitationGroup] | None = None,
) -> list[tuple[str, int]]:
    """``(key, line)`` for each cited key with no reference (line is 1-based, in the body).

    ``groups`` are the body's citations when the caller has them (in any order).
    """
    return list(iter_undefined_citations(markdown_body, references, groups))


def iter_undefined_citations(
    markdown_body: str,
    references: Iterable[dict[str, Any]],
    groups: Iterable[CitationGroup] | None = None,
) -> Iterator[tuple[str, int]]:
    """:func:`find_undefined_citations` one at a time, for a caller that keeps only some."""
    known = {str(ref.get("id")) for ref in references}
    found = (
        parse_citations(markdown_body)
        if groups is None
        else sorted(groups, key=lambda group: group.start)
    )
    starts: list[int] | None = None
    for group in found:
        missing = [k for k in group.keys if k not in known]
        if not missing:
            continue
        if starts is None:  # only a body with a missing key pays for its line starts
            starts = _line_starts(markdown_body)
        line = _line_of(starts, group.start)
        for key in missing:
            yield key, line


def _line_of(starts: list[int], offset: int) -> int:
    return bisect_right(starts, offset)


@dataclass(frozen=True)
class CitedWork:
    """A work cited in an article, for the References panel: its number (1-based) and label."""

    key: str
    number: int
    label: str
    defined: bool


def number_citations(
    body: str,
    references: Iterable[dict[str, Any]],
    style: str = "numeric",
    reading: ReadingOrder | None = None,
) -> list[CitedWork]:
    """Cited works in first-citation order with their numbers and bibliography labels.

    For numeric styles the label is the number as printed (``[1]``, ``1.``); for
    author-date styles numbers follow the alphabetical bibliography and the label is empty.
    ``reading`` is ``read_body(body)`` when the caller has it.
    """
    from articleeditor.core.citeproc import format_bibliography, style_info

    refs = list(references)
    known = {str(ref.get("id")) for ref in refs}
    order = list((reading or read_body(body)).keys)
    defined = [k for k in order if k in known]
    entries = format_bibliography(refs, defined, style) if defined else []
    position = {e.key: (i + 1, e.label) for i, e in enumerate(entries)}
    works = [CitedWork(k, *position[k], True) for k in defined if k in position]
    if not style_info(style).numeric:
        works.sort(key=lambda w: w.number)
    undefined = [CitedWork(k, 0, "", False) for k in order if k not in known]
    return works + undefined
