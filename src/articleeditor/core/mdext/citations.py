"""Python-Markdown extension: pandoc citations become linked labels plus a References section.

``markdown.Markdown(extensions=[CitationExtension(references=items, style="vancouver")])``;
after ``convert``, ``md.citation_order`` lists the cited works (see ``number_citations``).

Works are numbered in reading order as :func:`citation_order` reads it from the source, not
in the order Python-Markdown happens to meet the citations (it meets list items, tables and
footnotes after the paragraphs, and bare ``@key`` after the bracketed citations beside it).
A renderer that works section by section passes the whole article's ``order`` instead and
leaves the bibliography out (see ``articleeditor.core.render``).
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as etree
from collections.abc import Sequence
from typing import Any

from markdown import Extension, Markdown
from markdown.inlinepatterns import InlineProcessor
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor

from articleeditor.core.bibstore import BibliographyStore
from articleeditor.core.citations import (
    CitationGroup,
    CitedWork,
    CiteItem,
    citation_order,
    parse_cluster,
)
from articleeditor.core.citeproc import (
    ClusterFormatter,
    FormattedEntry,
    citation_layout,
    format_bibliography,
    signature_of,
    style_info,
)

_KEY = r"(?:\{[^{}]+\}|\w(?:\w|[:.#$%&\-+?<>~/](?=\w))*)"
# "[^\[\]@]*@": the first "@" ends the first part, so a long "[@@@…" is read once, not n² times.
BRACKET_RE = r"\[(?P<body>[^\[\]@]*@[^\[\]]*)\](?!\[|\([^()\s]*(?:\s+\"[^\"]*\")?\))"
# A bare "@key", then (pandoc's syntax for a narrative citation's locator) maybe "[p. 33]":
# see core.citations.BARE_LOCATOR, which the source scan uses.
BARE_RE = (
    r"(?<![\w@\[\\/])(?P<minus>-?)@(?P<key>" + _KEY + ")"
    r"(?:[ \t]*\n?[ \t]*\[(?!\^)(?P<locator>[^\[\]@;]*)\](?![\[(]))?"
)


class _CitationState:
    """Citations met during one conversion, in document order."""

    def __init__(self) -> None:
        self.groups: list[tuple[etree.Element, CitationGroup]] = []
        self.source_order: list[str] = []


class _SourceOrderPreprocessor(Preprocessor):
    """Reads the citation order from the source before any extension changes the lines."""

    def __init__(self, md: Markdown, state: _CitationState) -> None:
        super().__init__(md)
        self.state = state

    def run(self, lines: list[str]) -> list[str]:
        self.state.source_order = citation_order("\n".join(lines))
        return lines


class _BracketCitationProcessor(InlineProcessor):
    def __init__(
        self, pattern: str, state: _CitationState, bracketed: bool, superscript: bool = False
    ) -> None:
        super().__init__(pattern)
        self.state = state
        self.bracketed = bracketed
        # pandoc writes a superscript citation against the word before it ("claim¹")
        self.superscript = superscript

    # types-Markdown gives InlineProcessor.handleMatch a signature other than Pattern's (it
    # ignores the override itself), so every InlineProcessor subclass repeats that ignore.
    def handleMatch(  # type: ignore[override]
        self, m: re.Match[str], data: str
    ) -> tuple[etree.Element | None, int | None, int | None]:
        if self.bracketed:
            items = parse_cluster(m.group("body"))
            if not items:
                return None, None, None
        else:
            key = m.group("key")
            key = key[1:-1] if key.startswith("{") else key
            locator = " ".join((m.group("locator") or "").split())
            items = (CiteItem(key, locator=locator, suppress_author=bool(m.group("minus"))),)
        el = etree.Element("span", {"class": "citation"})
        el.set("data-cites", " ".join(i.key for i in items))
        self.state.groups.append((el, CitationGroup(m.start(0), m.end(0), items, self.bracketed)))
        start = m.start(0)
        if self.superscript and start and data[start - 1] in " \t\n":
            start = _glued_start(data, start)
        return el, start, m.end(0)


def _glued_start(data: str, start: int) -> int:
    """Where a superscript citation starting at ``start`` begins once the spaces and the one
    line break before it are taken away, as pandoc takes them (a hard line break stays)."""
    begin = start
    while begin and data[begin - 1] in " \t":
        begin -= 1
    if begin and data[begin - 1] == "\n":
        before = data[: begin - 1]
        if before.endswith(("  ", "\\")):  # a hard line break
            return start
        begin -= 1
        while begin and data[begin - 1] in " \t":
            begin -= 1
    return begin if begin else start  # (nothing to glue to at the start of the text)


class _CitationTreeprocessor(Treeprocessor):
    def __init__(self, md: Markdown, ext: CitationExtension) -> None:
        super().__init__(md)
        self.ext = ext

    def run(self, root: etree.Element) -> None:
        ext, state = self.ext, self.ext.state
        known = ext.known_keys
        source = ext.order if ext.order is not None else state.source_order
        order = [k for k in dict.fromkeys(source) if k in known]
        # A citation the source scan did not see (say, in a construct it misreads) is numbered
        # after the others rather than dropped; a section renderer takes this as a reason to
        # render the article whole.
        listed = set(order)
        ext.unscanned = [
            k
            for k in dict.fromkeys(k for _, g in state.groups for k in g.keys)
            if k in known and k not in listed
        ]
        order += ext.unscanned
        if ext.works is not None and not ext.unscanned:
            entries, numbers = ext.works
        else:
            entries, numbers = numbered_works(ext.references, order, ext.style, ext.signature())
        numeric = style_info(ext.style).numeric
        clusters = ClusterFormatter(
            ext.references, ext.style, numbers, cited=order, signature=ext.signature()
        )
        for el, group in state.groups:
            parts = []
            label = clusters.format(list(group.items), in_text=not group.bracketed)
            if label:
                parts.append(label)
            parts += [
                f'<span class="citation-error">[@{html.escape(i.key)}?]</span>'
                for i in group.items
                if i.key not in known
            ]
            el.text = self.md.htmlStash.store(" ".join(parts))
        self.md.citation_order = [  # type: ignore[attr-defined]
            CitedWork(e.key, numbers[e.key], e.label, True) for e in entries
        ]
        if numeric:
            self.md.citation_order.sort(key=lambda w: w.number)  # type: ignore[attr-defined]
        if entries and ext.with_bibliography:
            root.append(self._section(entries, numbers, numeric))

    def _section(
        self, entries: list[FormattedEntry], numbers: dict[str, int], numeric: bool
    ) -> etree.Element:
        section = etree.Element("section", {"class": "references", "id": "references"})
        if self.ext.heading:
            heading = etree.SubElement(section, "h2")
            heading.text = self.ext.heading
        if numeric:
            entries = sorted(entries, key=lambda e: numbers[e.key])
        body = []
        for entry in entries:
            ref_id = html.escape("ref-" + entry.key, quote=True)
            if entry.label:
                label = html.escape(_relabel(entry.label, numbers[entry.key]))
                inner = (
                    f'<div class="csl-left-margin">{label}</div>'
                    f'<div class="csl-right-inline">{entry.html}</div>'
                )
            else:
                inner = entry.html
            body.append(f'<div class="csl-entry" id="{ref_id}">{inner}</div>')
        div = etree.SubElement(section, "div", {"class": "csl-bib-body"})
        div.text = self.md.htmlStash.store("\n".join(body))
        return section


def numbered_works(
    references: list[dict[str, Any]],
    order: list[str],
    style: str,
    signature: str | None = None,
    store: BibliographyStore | None = None,
) -> tuple[list[FormattedEntry], dict[str, int]]:
    """The bibliography of the cited ``order`` (known keys only) and each work's number: by
    first citation in numeric styles, by place in the bibliography otherwise (``store``: see
    ``format_bibliography``)."""
    entries = format_bibliography(references, order, style, signature, store) if order else []
    if style_info(style).numeric:  # numbered by first citation, whatever the engine says
        return entries, {k: i + 1 for i, k in enumerate(order)}
    return entries, {e.key: i + 1 for i, e in enumerate(entries)}


def label_scope(order: Sequence[str], style: str) -> int:
    """What an in-text label depends on beyond its own works and their numbers: nothing in a
    numeric style; in an author-date style the set of cited works, among which year suffixes
    (2020a) and given names ("M. Kim") are told apart. A section cache keys on it."""
    if style_info(style).numeric:
        return 0
    return hash(tuple(sorted(order)))


def _relabel(label: str, number: int) -> str:
    return re.sub(r"\d+", str(number), label, count=1)


class CitationExtension(Extension):
    """Replace pandoc citations with linked labels and append the References section."""

    def __init__(
        self,
        references: list[dict[str, Any]] | None = None,
        style: str = "numeric",
        bibliography_heading: str = "References",
        order: Sequence[str] | None = None,
        with_bibliography: bool = True,
        works: tuple[list[FormattedEntry], dict[str, int]] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        # numbered_works(references, order, style), when the caller has it already.
        self.works = works
        # The whole article's citation order, when only a part of it is converted.
        self.order = None if order is None else list(order)
        self.with_bibliography = with_bibliography
        self.unscanned: list[str] = []
        self.references = [
            dict(r, id=str(r["id"])) for r in references or [] if isinstance(r, dict) and "id" in r
        ]
        self.known_keys = {r["id"] for r in self.references}
        self._signature: str | None = None
        self.style = style_info(style).name
        self.heading = bibliography_heading
        self.state = _CitationState()

    def extendMarkdown(self, md: Markdown) -> None:
        """Register the inline patterns (above links) and the tree processor."""
        md.registerExtension(self)
        self.md = md
        md.citation_order = []  # type: ignore[attr-defined]
        superscript = citation_layout(self.style).superscript
        md.inlinePatterns.register(
            _BracketCitationProcessor(BRACKET_RE, self.state, True, superscript), "citation", 175
        )
        md.inlinePatterns.register(
            _BracketCitationProcessor(BARE_RE, self.state, False, superscript),
            "citation_bare",
            174,
        )
        md.treeprocessors.register(_CitationTreeprocessor(md, self), "citations", 5)
        if self.order is None:
            md.preprocessors.register(
                _SourceOrderPreprocessor(md, self.state), "citation_order", 100
            )

    def signature(self) -> str:
        """The references' signature, the key of the CSL engine's caches (made once)."""
        if self._signature is None:
            self._signature = signature_of(self.references)
        return self._signature

    def cited_keys(self) -> set[str]:
        """The keys the last conversion rendered a citation of."""
        return {key for _el, group in self.state.groups for key in group.keys}

    def reset(self) -> None:
        """Forget the citations of the previous document."""
        self.state.groups.clear()
        self.state.source_order = []
        self.unscanned = []
        if hasattr(self, "md"):
            self.md.citation_order = []  # type: ignore[attr-defined]
