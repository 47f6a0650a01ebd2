"""The pre-pass: what makes an article "global", read from its lines before any render.

Citations and their order, footnote definitions and the order notes are first referred to,
reference-link definitions and abbreviations are collected section by section (each
section's scan is kept by its text, so an edit rescans one section) and merged for the whole
body. The section renderer (``articleeditor.core.render``) gives each section the whole
article's view, so a section renders alone exactly as it does in the article; it checks each
section's scan against what the Markdown parser found there and renders the article whole
when they differ.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from articleeditor.core.citations import (
    CitationScan,
    ReadingOrder,
    code_mask,
    footnote_definitions,
    reading_order,
    scan_citations,
)
from articleeditor.core.sections import split_sections

# Python-Markdown's own patterns for a link definition and an abbreviation (blockprocessors.py
# and extensions/abbr.py), so the scan reads a definition as the parser will.
_LINK_DEFINITION = re.compile(
    r"^[ ]{0,3}\[([^\[\]]*)\]:[ ]*(?:\n[ ]*)?([^\s]+)[ ]*(?:\n[ ]*)?"
    r"((['\"])(.*)\4[ ]*|\((.*)\)[ ]*)?$",
    re.MULTILINE,
)
_ABBREVIATION = re.compile(r"^[*]\[(?P<abbr>[^\\]*?)\][ ]?:[ ]*\n?[ ]*(?P<title>.*)$", re.MULTILINE)
# Raw HTML may run over blank lines into the next section; a table of contents, review marks
# and the footnotes' place marker depend on the whole article: sections holding any of them
# send the article to a whole render.
_OPAQUE_LINE = re.compile(r"^ {0,3}<", re.MULTILINE)
_OPAQUE_TEXT = ("[TOC]", "{++", "{--", "{~~", "{>>", "{==", "///Footnotes Go Here///")
# An id given by hand ({#id}, {: #id}) is in use before toc numbers the headings of the
# whole article, wherever it stands.
_HAND_ID = re.compile(r"\{[:\s]*#")
_NOTE_HEADING = re.compile(r"^\s*#", re.MULTILINE)
_SCAN_CACHE_SIZE = 20_000


@dataclass(frozen=True)
class SectionScan:
    """What one section contributes to the article's global state."""

    citations: CitationScan
    links: tuple[tuple[str, tuple[str, str | None]], ...]  # (label, (url, title)) in order
    abbreviations: tuple[tuple[str, str], ...]  # (abbreviation, title) in order
    # Something the section renderer cannot reproduce: raw HTML, [TOC], review marks, an
    # abbreviation that deletes another, a footnote that defines or refers to more.
    opaque: bool


def _in_code(masked: str, text: str, offset: int) -> bool:
    return masked[offset] != text[offset]


def scan_section(text: str) -> SectionScan:
    """Scan one section's text (see :func:`articleeditor.core.sections.split_sections`)."""
    citations = scan_citations(text)
    opaque = any(mark in text for mark in _OPAQUE_TEXT) or bool(_OPAQUE_LINE.search(text))
    opaque = opaque or ("{" in text and bool(_HAND_ID.search(text)))
    links: list[tuple[str, tuple[str, str | None]]] = []
    abbreviations: list[tuple[str, str]] = []
    if "]:" in text:
        masked = code_mask(text)
        for match in _LINK_DEFINITION.finditer(text):
            label = match.group(1)
            if label.startswith("^") or _in_code(masked, text, match.start(1) - 1):
                continue
            url = match.group(2).lstrip("<").rstrip(">")
            links.append((label.strip().lower(), (url, match.group(5) or match.group(6))))
        for match in _ABBREVIATION.finditer(text):
            abbr, title = match.group("abbr").strip(), match.group("title").strip()
            if abbr and title and not _in_code(masked, text, match.start()):
                opaque = opaque or title in ("''", '""')
                abbreviations.append((abbr, title))
        for note in citations.notes:
            # A note holding definitions or notes of its own is parsed after the body (and
            # read unmasked: what looks like a fence inside a note may be none).
            inner = text[note.start : note.end]
            inner = inner[inner.index("]:") + 2 :]
            if "[^" in inner or "]:" in inner or _NOTE_HEADING.search(inner):
                opaque = True  # (a heading in a note is numbered in the note list, at the end)
    return SectionScan(citations, tuple(links), tuple(abbreviations), opaque)


def definitions_source(text: str) -> str:
    """The reference-link, abbreviation and footnote definitions of ``text`` (outside code),
    as written, each followed by a blank line: what a part of an article needs from the rest
    to render its links, abbreviations and note markers as the whole article would."""
    if "]:" not in text:
        return ""
    masked = code_mask(text)
    spans = [
        (match.start(), match.end())
        for pattern in (_LINK_DEFINITION, _ABBREVIATION)
        for match in pattern.finditer(text)
        if not _in_code(masked, text, match.start())
    ]
    spans += [(note.start, note.end) for note in footnote_definitions(masked)]
    return "".join(text[start:end].rstrip("\n") + "\n\n" for start, end in sorted(spans))


@dataclass(frozen=True)
class DocumentScan:
    """The whole article's global state, merged from its sections' scans."""

    sections: tuple[tuple[int, str], ...]  # (first line index, text), as split_sections cuts
    scans: tuple[SectionScan, ...]
    order: ReadingOrder
    links: dict[str, tuple[str, str | None]]
    abbreviations: dict[str, str]
    note_labels: frozenset[str]  # every footnote label defined
    note_counts: dict[str, int]  # markers of each defined label
    opaque: bool


class DocumentScanner:
    """Scans bodies, keeping each section's scan by its text (an edit rescans one section)."""

    def __init__(self, size: int = _SCAN_CACHE_SIZE) -> None:
        self.size = size
        self._scans: dict[str, SectionScan] = {}

    def section(self, text: str) -> SectionScan:
        """The scan of one section's text."""
        found = self._scans.get(text)
        if found is None:
            if len(self._scans) >= self.size:
                self._scans.clear()
            found = self._scans[text] = scan_section(text)
        return found

    def scan(self, body: str) -> DocumentScan:
        """The scan of a whole body."""
        sections = split_sections(body)
        scans = [self.section(text) for _line, text in sections]
        parts, offset = [], 0
        for (_line, text), scan in zip(sections, scans, strict=True):
            parts.append((offset, scan.citations))
            offset += len(text)
        links: dict[str, tuple[str, str | None]] = {}
        abbreviations: dict[str, str] = {}
        labels: set[str] = set()
        for scan in scans:
            links.update(scan.links)
            abbreviations.update(scan.abbreviations)
            labels.update(note.label for note in scan.citations.notes)
        counts: dict[str, int] = {}
        for scan in scans:
            for _offset, label in scan.citations.markers:
                if label in labels:
                    counts[label] = counts.get(label, 0) + 1
        return DocumentScan(
            sections=tuple(sections),
            scans=tuple(scans),
            order=reading_order(parts),
            links=links,
            abbreviations=abbreviations,
            note_labels=frozenset(labels),
            note_counts=counts,
            opaque=any(scan.opaque for scan in scans),
        )
