"""The one Markdown -> HTML pipeline: the preview, ``articleeditor render`` and Publish call it.

Raw HTML in the Markdown is passed through the allow-list of ``core.sanitize``, so a
``<script>``, an event handler or a ``javascript:`` URL never reaches a page.
"""

from __future__ import annotations

import bisect
import html
import json
import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from enum import Enum
from itertools import accumulate
from pathlib import Path
from typing import Any, cast

import markdown
from markdown.extensions.abbr import AbbrTreeprocessor

from articleeditor.core.article import Metadata
from articleeditor.core.bibstore import BibliographyStore
from articleeditor.core.blocks import LineKind, scan
from articleeditor.core.citations import ReadingOrder, read_body
from articleeditor.core.citeproc import (
    DEFAULT_STYLE,
    BrokenStyleFile,
    FormattedEntry,
    UnknownStyle,
    bibliography_stored,
    check_style,
    style_info,
)
from articleeditor.core.docscan import (
    DocumentScan,
    DocumentScanner,
    SectionScan,
    definitions_source,
)
from articleeditor.core.frontcache import FrontMatterCache
from articleeditor.core.frontmatter import body_offset, parse
from articleeditor.core.markdown_guard import bounded_convert
from articleeditor.core.mdext.citations import CitationExtension, label_scope, numbered_works
from articleeditor.core.mdext.critic import CriticExtension
from articleeditor.core.mdext.document import ArticleDefinitions
from articleeditor.core.mdext.footnotes import FootnotePart, ReadingOrderFootnotes
from articleeditor.core.mdext.source_lines import SourceLineExtension
from articleeditor.core.references import load_bibliography, usable_items
from articleeditor.core.sanitize import block_remote_images, sanitize
from articleeditor.core.site import SiteConfig

DEFAULT_EXTENSIONS: tuple[str, ...] = (
    "tables",
    "fenced_code",
    "codehilite",
    "footnotes",
    "attr_list",
    "def_list",
    "abbr",
    "toc",
    "sane_lists",
)
DEFAULT_EXTENSION_CONFIGS: dict[str, dict[str, Any]] = {
    # CSS classes instead of inline styles: the preview's stylesheet colours the code.
    "codehilite": {"guess_lang": False, "css_class": "codehilite"},
    "toc": {"permalink": False},
}

# A top-level block as the source-line extension marks it: the unit the preview diffs. The
# footnote list and the bibliography, which have no source line, are blocks of their own.
_BLOCK_START_RE = re.compile(
    r'^(?:<[a-zA-Z][a-zA-Z0-9]*\s[^>]*?data-line="|<div class="footnote">'
    r'|<section class="references")',
    re.MULTILINE,
)


@dataclass(frozen=True)
class RenderOptions:
    """How a site wants its Markdown rendered; the preview and Publish use the same options."""

    extensions: tuple[Any, ...] = DEFAULT_EXTENSIONS
    extension_configs: dict[str, dict[str, Any]] = field(
        default_factory=lambda: dict(DEFAULT_EXTENSION_CONFIGS)
    )
    citation_style: str = DEFAULT_STYLE
    references_heading: str = "References"
    # The site's shared bibliography; an article's own ``references`` take precedence.
    shared_references: tuple[dict[str, Any], ...] = ()
    # CriticMarkup: "final" (what Publish shows), "changes" (the review preview) or "original".
    review_view: str = "final"
    # The site's own stylesheet, shown over the default one in the preview and export.
    css: Path | None = None
    # Off: remote <img> become a placeholder naming the URL, so rendering sends no request.
    remote_images: bool = False
    # Off only when a site publishes with ``[publish] raw_html = "keep"`` (core.sanitize).
    sanitize_html: bool = True
    # The preview's choice alone: a citation style that cannot be used (unknown, or its CSL
    # file damaged) gives way to one that can, and ``RenderedArticle.style_problem`` says so.
    # Off, such a style raises (the site's) or is left to ``check`` (the article's): ``render``
    # and Publish never put out an article in another style than the one asked for.
    style_fallback: bool = False

    @classmethod
    def for_site(cls, site: SiteConfig | None) -> RenderOptions:
        """The options a site's configuration asks for (defaults when there is no site)."""
        if site is None:
            return cls()
        configs = dict(DEFAULT_EXTENSION_CONFIGS)
        configs.update(site.markdown_extension_configs)
        shared: tuple[dict[str, Any], ...] = ()
        if site.bibliography is not None:
            shared = tuple(load_bibliography(site.bibliography))
        return cls(
            extensions=DEFAULT_EXTENSIONS
            + tuple(e for e in site.markdown_extensions if e not in DEFAULT_EXTENSIONS),
            extension_configs=configs,
            citation_style=site.citation_style,
            references_heading=site.references_heading,
            shared_references=shared,
            css=site.css,
        )


class StyleOrigin(Enum):
    """Where the citation style a render could not use was named."""

    ARTICLE = "article"  # the article's front matter (``citation-style``)
    SITE = "site"  # the render options: the site's articleeditor.toml, or the default


@dataclass(frozen=True)
class StyleProblem:
    """A citation style the render could not use, why, and the style it used instead (only
    with ``RenderOptions.style_fallback``). The UI words it from these fields."""

    asked: str
    origin: StyleOrigin
    error: UnknownStyle | BrokenStyleFile
    used: str


@dataclass(frozen=True)
class RenderedArticle:
    """The parts of a rendered article: a header as the site shows it and the body."""

    header_html: str
    body_html: str
    title: str
    # ``body_html`` cut into top-level blocks (see :func:`split_blocks`); the preview diffs them.
    blocks: tuple[str, ...] = ()
    # False while the bibliography is still to be formatted (a first preview shows the body
    # first, see ``render_article``); everything shown is what the whole render shows.
    complete: bool = True
    # The citation style asked for could not be used and another stood in (the preview's
    # ``style_fallback``); None when the citations are in the style asked for.
    style_problem: StyleProblem | None = None

    @property
    def html(self) -> str:
        """Header and body as one HTML fragment (what goes inside ``<article>``)."""
        return f"{self.header_html}\n{self.body_html}"


_SOURCE_LINE_ATTRIBUTE_RE = re.compile(r' data-line="\d+"')


def without_source_lines(fragment: str) -> str:
    """``fragment`` without the source-line anchors (they serve the editor's scroll sync, not
    a site's readers)."""
    return _SOURCE_LINE_ATTRIBUTE_RE.sub("", fragment)


def split_blocks(body_html: str) -> list[str]:
    """Cut a rendered body into its top-level blocks (each starts at a ``data-line`` element,
    the footnote list or the bibliography).

    Joined again they give ``body_html`` back; anything before the first block stays with it.
    """
    if not body_html:
        return []
    starts = [m.start() for m in _BLOCK_START_RE.finditer(body_html)]
    if not starts or starts[0] != 0:
        starts.insert(0, 0)
    ends = [*starts[1:], len(body_html)]
    return [body_html[a:b] for a, b in zip(starts, ends, strict=True)]


ARTICLE_STYLE_KEY = "citation-style"  # front matter key that overrides the site's style


def options_for_article(options: RenderOptions, data: dict[str, Any]) -> RenderOptions:
    """The site's options with the article's own choices (its citation style) applied."""
    return styled_options(options, data)[0]


def styled_options(
    options: RenderOptions, data: dict[str, Any]
) -> tuple[RenderOptions, StyleProblem | None]:
    """The options with the article's citation style applied, and the style problem that
    ``options.style_fallback`` stepped round (None without the fallback or a problem).

    An unknown article style gives way to the site's in any case (``check`` and Publish report
    it). With the fallback, a style that cannot be used then gives way to the default one;
    without it, formatting in it raises.
    """
    fallback = options.style_fallback
    problem: tuple[str, StyleOrigin, UnknownStyle | BrokenStyleFile] | None = None
    style = data.get(ARTICLE_STYLE_KEY)
    if isinstance(style, str) and style.strip():
        name = style.strip()
        try:
            if fallback:
                check_style(name)
            else:  # a damaged CSL file is then found when formatting (and raises)
                style_info(name)
        except (UnknownStyle, BrokenStyleFile) as error:
            problem = (name, StyleOrigin.ARTICLE, error)
        else:
            options = replace(options, citation_style=name)
    if fallback:
        try:
            check_style(options.citation_style)
        except (UnknownStyle, BrokenStyleFile) as error:
            problem = problem or (options.citation_style, StyleOrigin.SITE, error)
            options = replace(options, citation_style=DEFAULT_STYLE)
    if problem is None or not fallback:
        return options, None
    return options, StyleProblem(*problem, used=options.citation_style)


def _merged_references(
    own: list[dict[str, Any]], shared: tuple[dict[str, Any], ...]
) -> list[dict[str, Any]]:
    # As text: a hostile id (a list, a mapping) must not make the set unhashable.
    # Items citeproc cannot format are left out (their citations show as unresolved);
    # ``check`` names what is wrong with each.
    own_ids = {str(item.get("id")) for item in own}
    return usable_items([*own, *(item for item in shared if str(item.get("id")) not in own_ids)])


class _Converter:
    """A configured Markdown converter, and the extensions a section render reads back.

    Citations and footnotes are numbered by ``reading`` (the pre-pass's order). A part of an
    article (``part`` given) also gets the article's definitions and leaves the bibliography
    and the footnote list to the part that carries them (``with_bibliography``,
    ``part.with_list``).
    """

    def __init__(
        self,
        options: RenderOptions,
        references: list[dict[str, Any]],
        reading: ReadingOrder,
        part: FootnotePart | None = None,
        definitions: ArticleDefinitions | None = None,
        with_bibliography: bool = True,
        works: tuple[list[FormattedEntry], dict[str, int]] | None = None,
    ) -> None:
        self.options = options
        self.citations = CitationExtension(
            references=references,
            style=options.citation_style,
            bibliography_heading=options.references_heading,
            order=reading.keys,
            with_bibliography=with_bibliography,
            works=works,
        )
        self.footnotes: ReadingOrderFootnotes | None = None
        self.definitions = definitions
        extensions: list[Any] = []
        for extension in options.extensions:
            if extension in _FOOTNOTE_NAMES:
                config = options.extension_configs.get(extension, {})
                self.footnotes = ReadingOrderFootnotes(order=reading.notes, part=part, **config)
                extension = self.footnotes
            extensions.append(extension)
        extensions += [
            self.citations,
            CriticExtension(view=options.review_view),
            SourceLineExtension(),
        ]
        if definitions is not None:
            extensions.append(definitions)
        self.md = markdown.Markdown(
            extensions=extensions,
            extension_configs=options.extension_configs,
            output_format="html",
        )

    def convert(self, text: str) -> str:
        """Sanitised HTML of ``text``."""
        self.md.reset()
        converted = bounded_convert(self.md, text)
        clean = sanitize(converted) if self.options.sanitize_html else converted
        return clean if self.options.remote_images else block_remote_images(clean)


_FOOTNOTE_NAMES = ("footnotes", "markdown.extensions.footnotes")


def render_markdown(
    body: str,
    options: RenderOptions | None = None,
    references: list[dict[str, Any]] | None = None,
    reading: ReadingOrder | None = None,
) -> str:
    """Render a Markdown body (no front matter) to sanitised HTML, citations resolved.

    Citations and footnotes are numbered in reading order (``reading``, read from ``body``
    when not given).
    """
    options = options or RenderOptions()
    merged = _merged_references(references or [], options.shared_references)
    return _Converter(options, merged, reading or read_body(body)).convert(body)


def _format_date(value: date | datetime | None) -> str:
    if value is None:
        return ""
    return value.strftime("%-d %B %Y") if hasattr(value, "strftime") else str(value)


def render_header(meta: Metadata) -> str:
    """The article header as a site shows it: title, date, authors, category and tags."""
    esc = html.escape
    parts = ['<header class="article-header">']
    if meta.categories:
        cats = " · ".join(esc(c) for c in meta.categories)
        parts.append(f'<p class="article-category">{cats}</p>')
    if meta.title:
        parts.append(f'<h1 class="article-title">{esc(meta.title)}</h1>')
    byline = []
    if meta.authors:
        byline.append(f'<span class="article-authors">{esc(", ".join(meta.authors))}</span>')
    if meta.date:
        iso = meta.date.isoformat()
        byline.append(f'<time datetime="{esc(iso)}">{esc(_format_date(meta.date))}</time>')
    if byline:
        parts.append(f'<p class="article-byline">{" · ".join(byline)}</p>')
    if meta.summary:
        parts.append(f'<p class="article-summary">{esc(meta.summary)}</p>')
    if meta.tags:
        chips = "".join(f'<li class="tag">#{esc(t)}</li>' for t in meta.tags)
        parts.append(f'<ul class="article-tags">{chips}</ul>')
    parts.append("</header>")
    return "\n".join(parts)


_LINE_RE = re.compile(r'data-line="(\d+)"')
_HEADING_ID_RE = re.compile(r'<h[1-6][^>]*\sid="([^"]*)"')
_SEGMENT_CACHE_SIZE = 20_000
# With more sections than this to render, one whole render is faster (no per-section set-up);
# its blocks are then filed under their sections for the next edit.
_COLD_SECTIONS = 8
# What the part carrying the footnote list and the bibliography converts: a link definition,
# which the parser consumes without output (and the article's definitions then replace).
_TAIL_SOURCE = "[articleeditor-article-end]: #\n"


class _Section:
    """A rendered section, kept cut at its ``data-line`` values so shifting them is cheap, with
    what its render found (checked against the pre-pass, gathered for the footnote list)."""

    __slots__ = ("agrees", "found_notes", "heading_ids", "notes", "pieces")

    def __init__(self, html_part: str, shift: int = 0) -> None:
        self.heading_ids = _HEADING_ID_RE.findall(html_part)
        # [(text before the number, the number)...] and the tail after the last number.
        self.pieces: list[tuple[str, int]] = []
        tail = 0
        for match in re.finditer(r'data-line="(\d+)"', html_part):
            self.pieces.append((html_part[tail : match.start(1)], int(match.group(1)) + shift))
            tail = match.end(1)
        self.pieces.append((html_part[tail:], -1))
        self.agrees = True  # the render found what the pre-pass read
        self.notes: dict[str, str] = {}  # footnote definitions: label -> text
        self.found_notes: dict[str, int] = {}  # footnote markers met: label -> count

    def blocks(self, offset: int) -> list[str]:
        """The section's blocks (as :func:`split_blocks` cuts them), lines moved by ``offset``."""
        html_part = "".join(
            text if number < 0 else f"{text}{number + offset}" for text, number in self.pieces
        )
        return split_blocks(html_part) if html_part else []


@dataclass
class _ArticleView:
    """What every section of one version of an article is rendered with (from the pre-pass)."""

    scan: DocumentScan
    references: list[dict[str, Any]]  # as the citation extension keeps them
    works: tuple[list[FormattedEntry], dict[str, int]]  # bibliography, work -> number
    note_numbers: dict[str, int]
    signature: tuple[int, int, int]  # the references, link definitions and abbreviations
    label_scope: int = 0  # what citation labels depend on beyond their works' numbers
    # The bibliography is left out for now (its works are numbered, not yet formatted).
    deferred: bool = False

    @property
    def numbers(self) -> dict[str, int]:
        """Each cited work's number (its place in the bibliography)."""
        return self.works[1]

    @property
    def is_local(self) -> bool:
        """True when nothing in the article reaches across sections."""
        scan = self.scan
        return not (scan.order.groups or scan.note_labels or scan.links or scan.abbreviations)

    def context(self, section: SectionScan) -> tuple[Any, ...]:
        """What a section's HTML depends on beyond its text: its citations' numbers, its
        notes' numbers and the article's definitions."""
        keys = dict.fromkeys(key for group in section.citations.groups for key in group.keys)
        cites = tuple((key, self.numbers.get(key, 0)) for key in keys)
        notes = tuple(
            (label, self.note_numbers.get(label, 0), label in self.scan.note_labels)
            for _offset, label in section.citations.markers
        )
        return (self.signature, self.label_scope, cites, notes)


_ID_COUNT_RE = re.compile(r"^(.*)_([0-9]+)$")  # toc's own: "features_2" is "features", 2


def _id_stems(heading_ids: list[str]) -> frozenset[str]:
    return frozenset(match.group(1) if (match := _ID_COUNT_RE.match(i)) else i for i in heading_ids)


class _TakenHeadingIds:
    """The heading ids of the sections read so far, by stem, each stem with a running
    signature (so a section's key costs as much as its own headings, not all before)."""

    def __init__(self) -> None:
        self._by_stem: dict[str, list[str]] = {}
        self._signature: dict[str, int] = {}

    def add(self, heading_ids: list[str]) -> None:
        """Take the ids of one more section."""
        for heading_id in heading_ids:
            match = _ID_COUNT_RE.match(heading_id)
            stem = match.group(1) if match else heading_id
            self._by_stem.setdefault(stem, []).append(heading_id)
            self._signature[stem] = hash((self._signature.get(stem, 0), heading_id))

    def signature(self, stems: frozenset[str]) -> tuple[tuple[str, int, int], ...]:
        """What of the taken ids matters to a section whose heading ids have ``stems``."""
        return tuple(
            (stem, len(self._by_stem[stem]), self._signature[stem])
            for stem in sorted(stems) if stem in self._by_stem
        )  # fmt: skip

    def ids(self, stems: frozenset[str] | None) -> frozenset[str]:
        """The taken ids with ``stems`` (all of them when the stems are not known yet)."""
        if stems is None:
            return frozenset(i for ids in self._by_stem.values() for i in ids)
        return frozenset(i for stem in stems for i in self._by_stem.get(stem, ()))


class SegmentCache:
    """Rendered sections of articles, so an edit re-renders only the section it touches.

    An article is cut before each top-level ``#`` heading (:func:`split_sections`). A pre-pass
    (:class:`DocumentScanner`) reads what reaches across sections (citations and their order,
    footnotes, link definitions, abbreviations); each section is rendered alone with that view
    of the whole article, and the footnote list and the bibliography once for the article, so
    the result is identical to a whole render (a property test checks this). Articles the
    pre-pass cannot vouch for (raw HTML, a table of contents, review marks, or a section the
    parser read differently) are rendered whole.
    """

    def __init__(
        self, size: int = _SEGMENT_CACHE_SIZE, store: BibliographyStore | None = None
    ) -> None:
        self.size = size
        # Formatted bibliographies kept on disk between runs (None: in memory only).
        self.store = store
        self.deferred = False  # the last render left the bibliography out
        self.scanner = DocumentScanner()
        self.front_matter = FrontMatterCache()
        self._references_memo: tuple[Any, Any, list[dict[str, Any]], int] | None = None
        self._works_memo: tuple[tuple[Any, ...], Any] | None = None
        self._converter: tuple[tuple[Any, ...], _Converter] | None = None
        self._sections: dict[tuple[Any, ...], _Section] = {}
        self._blocks: dict[tuple[Any, ...], list[str]] = {}
        self._tail: tuple[tuple[Any, ...], str] | None = None
        # Section (with its context) -> the stems of its heading ids (see _TakenHeadingIds).
        self._heading_bases: dict[tuple[Any, ...], frozenset[str]] = {}
        self.hits = 0
        self.misses = 0
        self.tail_renders = 0
        # The last body's reading order, for a whole render of the same body.
        self.last_reading: tuple[str, ReadingOrder] | None = None

    def render_blocks(
        self,
        body: str,
        first_line: int,
        options: RenderOptions,
        references: list[dict[str, Any]] | None = None,
        defer_bibliography: bool = False,
    ) -> list[str] | None:
        """The body's top-level blocks with file line numbers, or None to render it whole.

        With ``defer_bibliography``, a numeric style's bibliography that is neither in memory
        nor in the store is left out (``deferred`` says so): the body's labels need only the
        works' numbers, and the CSL engine is most of a first render's time.
        """
        self.deferred = False
        if options.extensions != DEFAULT_EXTENSIONS or options.extension_configs.get("footnotes"):
            return None
        scan = self.scanner.scan(body)
        self.last_reading = (body, scan.order)
        if scan.opaque:
            return None
        merged = _merged_references(references or [], options.shared_references)
        view = self._view(scan, references or [], options, defer_bibliography)
        self.deferred = view.deferred
        key = repr(options)
        sections = scan.sections
        local = view.is_local and not merged
        keys = [
            (key, segment) if local else (key, segment, view.context(section_scan))
            for (_start, segment), section_scan in zip(sections, scan.scans, strict=True)
        ]
        if sum(1 for base_key in keys if base_key not in self._heading_bases) > _COLD_SECTIONS:
            return self._render_whole(keys, body, first_line, options, view)
        blocks: list[str] = []
        seen_ids: set[str] = set()
        fresh_blocks: dict[tuple[Any, ...], list[str]] = {}
        rendered: list[_Section] = []
        converter: _Converter | None = None
        taken = _TakenHeadingIds()
        for (start, segment), section_scan, base_key in zip(
            sections, scan.scans, keys, strict=True
        ):
            # A section's heading ids depend on the ids of the headings before it that share
            # their stem (toc numbers repeats on: "features", "features_1"...).
            bases = self._heading_bases.get(base_key)
            cache_key = (*base_key, taken.signature(bases)) if bases is not None else None
            section = self._sections.get(cache_key) if cache_key is not None else None
            if section is None:
                self.misses += 1
                if converter is None:
                    converter = self._part_converter(key, options, view)
                assert converter.definitions is not None
                converter.definitions.heading_ids = taken.ids(bases)
                section = self._render_section(converter, segment, section_scan, view)
                bases = self._heading_bases[base_key] = _id_stems(section.heading_ids)
                cache_key = (*base_key, taken.signature(bases))
                if len(self._sections) >= self.size:
                    self._sections.clear()
                self._sections[cache_key] = section
            else:
                self.hits += 1
            taken.add(section.heading_ids)
            if not section.agrees:
                return None
            rendered.append(section)
            for heading_id in section.heading_ids:
                if heading_id in seen_ids:
                    return None  # a whole render would number the repeated heading id
                seen_ids.add(heading_id)
            offset = first_line - 1 + start
            assert cache_key is not None  # the section was found under it or stored under it
            block_key = (*cache_key, offset)
            cached = self._blocks.get(block_key)
            if cached is None:
                cached = section.blocks(offset)
            fresh_blocks[block_key] = cached
            if cached:
                if blocks:
                    blocks[-1] += "\n"  # how Python-Markdown joins top-level elements
                blocks.extend(cached)
        self._blocks = fresh_blocks  # only what this version of the article uses
        tail = self._article_end(options, view, rendered)
        if tail is None:
            return None
        if tail:
            if blocks:
                blocks[-1] += "\n"
            blocks.extend(split_blocks(tail))
        return blocks

    def _view(
        self,
        scan: DocumentScan,
        references: list[dict[str, Any]],
        options: RenderOptions,
        defer_bibliography: bool = False,
    ) -> _ArticleView:
        # The front matter cache hands the same references list while the front matter is
        # unchanged: normalise and sign it once, number the works once per citation order.
        memo = self._references_memo
        if memo is None or memo[0] is not references or memo[1] is not options.shared_references:
            merged = _merged_references(references, options.shared_references)
            refs = [dict(r, id=str(r["id"])) for r in merged if isinstance(r, dict) and "id" in r]
            signature = hash(json.dumps(refs, sort_keys=True, default=str))
            memo = self._references_memo = (references, options.shared_references, refs, signature)
        refs, signature = memo[2], memo[3]
        known = {r["id"] for r in refs}
        order = tuple(k for k in scan.order.keys if k in known)
        works_key = (signature, order, options.citation_style)
        deferred = False
        if self._works_memo is None or self._works_memo[0] != works_key:
            if defer_bibliography and self._may_defer(refs, order, options.citation_style):
                deferred = True
            else:
                works = numbered_works(refs, list(order), options.citation_style, store=self.store)
                self._works_memo = (works_key, works)
        if deferred:
            view_works: tuple[Any, Any] = (
                [],
                {key: number for number, key in enumerate(order, start=1)},
            )
        else:
            assert self._works_memo is not None  # set just above when missing or stale
            view_works = self._works_memo[1]
        note_numbers = {label: n for n, label in enumerate(scan.order.notes, start=1)}
        signatures = (
            signature,
            hash(tuple(scan.links.items())),
            hash(tuple(scan.abbreviations.items())),
        )
        return _ArticleView(
            scan, refs, view_works, note_numbers, signatures,
            label_scope(order, options.citation_style), deferred,
        )  # fmt: skip

    def _may_defer(self, refs: list[dict[str, Any]], order: tuple[str, ...], style: str) -> bool:
        """Whether the bibliography of ``order`` can wait: a numeric style (its labels are the
        works' numbers, known without the CSL engine) whose entries are not stored."""
        if not order or not style_info(style).numeric:
            return False
        return self.store is None or not bibliography_stored(refs, order, style, self.store)

    def _part_converter(self, key: str, options: RenderOptions, view: _ArticleView) -> _Converter:
        """The converter of this version's sections (the last one, if the view is the same)."""
        scan = view.scan
        converter_key = (key, view.signature, scan.order.keys, scan.order.notes, scan.note_labels)
        if self._converter is not None and self._converter[0] == converter_key:
            return self._converter[1]
        converter = _Converter(
            options,
            view.references,
            scan.order,
            part=FootnotePart(labels=scan.note_labels),
            definitions=ArticleDefinitions(scan.links, scan.abbreviations),
            with_bibliography=False,
            works=view.works,
        )
        self._converter = (converter_key, converter)
        return converter

    @staticmethod
    def _render_section(
        converter: _Converter, segment: str, scan: SectionScan, view: _ArticleView
    ) -> _Section:
        section = _Section(converter.convert(segment))
        citations, footnotes, definitions = (
            converter.citations,
            converter.footnotes,
            converter.definitions,
        )
        scanned_keys = {key for group in scan.citations.groups for key in group.keys}
        agrees = not citations.unscanned and citations.cited_keys() <= scanned_keys
        if definitions is not None:
            agrees = agrees and definitions.parsed_links == dict(scan.links)
            agrees = agrees and definitions.parsed_abbreviations == dict(scan.abbreviations)
        if footnotes is not None:
            section.notes = dict(footnotes.parsed)
            section.found_notes = footnotes.found_counts()
            expected: dict[str, int] = {}
            for _offset, label in scan.citations.markers:
                if label in view.scan.note_labels:
                    expected[label] = expected.get(label, 0) + 1
            agrees = agrees and section.found_notes == expected
            agrees = agrees and set(section.notes) == {n.label for n in scan.citations.notes}
        section.agrees = agrees
        return section

    @staticmethod
    def _article_end_key(
        options: RenderOptions, view: _ArticleView, sections: list[_Section]
    ) -> tuple[Any, ...] | None:
        """What the footnote list and the bibliography depend on (the footnotes' texts and
        counts last), or None when the sections' footnotes cannot be put together as a whole
        render would."""
        definitions: dict[str, str] = {}
        counts: dict[str, int] = {}
        for section in sections:
            definitions.update(section.notes)
            for label, count in section.found_notes.items():
                if label in counts:
                    return None  # markers in two sections: their back-link ids interleave
                counts[label] = count
        scan = view.scan
        return (
            repr(options), view.signature, view.deferred, scan.order.keys, scan.order.notes,
            tuple(definitions.items()), tuple(sorted(counts.items())),
        )  # fmt: skip

    def _article_end(
        self, options: RenderOptions, view: _ArticleView, sections: list[_Section]
    ) -> str | None:
        """The footnote list and the bibliography ("" for none), or None (see
        :meth:`_article_end_key`)."""
        tail_key = self._article_end_key(options, view, sections)
        if tail_key is None:
            return None
        if not tail_key[-2] and not view.numbers:
            return ""
        if self._tail is not None and self._tail[0] == tail_key:
            return self._tail[1]
        definitions, counts = dict(tail_key[-2]), dict(tail_key[-1])
        scan = view.scan
        converter = _Converter(
            options,
            view.references,
            scan.order,
            part=FootnotePart(scan.note_labels, True, definitions, counts),
            definitions=ArticleDefinitions(scan.links, scan.abbreviations),
            works=view.works,
        )
        tail = converter.convert(_TAIL_SOURCE)
        self.tail_renders += 1
        self._tail = (tail_key, tail)
        return tail

    def _render_whole(
        self,
        keys: list[tuple[Any, ...]],
        body: str,
        first_line: int,
        options: RenderOptions,
        view: _ArticleView,
    ) -> list[str]:
        """Render the article whole (faster than many sections from cold) and file each
        block under the section holding its line, when the parser read the article as the
        pre-pass did; a section rendered alone gives exactly these blocks (joined by "\n"),
        which the equality test checks."""
        scan = view.scan
        # Deferred: the numbers without the bibliography (a works-less converter formats it).
        works = view.works if view.deferred else None
        converter = _Converter(options, view.references, scan.order, works=works)
        blocks = split_blocks(converter.convert("\n" * (first_line - 1) + body))
        if not self._read_as_scanned(converter, view):
            return blocks
        sections = scan.sections
        firsts = [first_line + start for start, _segment in sections]
        groups: list[list[str]] = [[] for _ in sections]
        tail: list[str] = []  # the footnote list and the bibliography
        for block in blocks:
            if block.startswith(('<div class="footnote">', '<section class="references"')):
                tail.append(block)
                continue
            match = _LINE_RE.search(block, 0, 200)
            line = int(match.group(1)) if match else first_line
            groups[max(bisect.bisect_right(firsts, line) - 1, 0)].append(block)
        if len(self._sections) + len(sections) >= self.size:
            self._sections.clear()
        notes = converter.footnotes.footnotes if converter.footnotes is not None else {}
        filed: list[_Section] = []
        taken = _TakenHeadingIds()
        last = len(sections) - 1
        for index, ((start, _segment), section_scan, group, base_key) in enumerate(
            zip(sections, scan.scans, groups, keys, strict=True)
        ):
            html_part = "".join(group)
            if (index < last or tail) and html_part.endswith("\n"):
                html_part = html_part[:-1]
            section = _Section(html_part, shift=-(first_line - 1 + start))
            defined = [note.label for note in section_scan.citations.notes]
            section.notes = {label: notes[label] for label in defined if label in notes}
            for _offset, label in section_scan.citations.markers:
                if label in scan.note_labels:
                    section.found_notes[label] = section.found_notes.get(label, 0) + 1
            bases = self._heading_bases[base_key] = _id_stems(section.heading_ids)
            self._sections[(*base_key, taken.signature(bases))] = section
            taken.add(section.heading_ids)
            filed.append(section)
            self.misses += 1
        tail_key = self._article_end_key(options, view, filed)
        if tail_key is not None:
            self._tail = (tail_key, "".join(tail))
        return blocks

    @staticmethod
    def _read_as_scanned(converter: _Converter, view: _ArticleView) -> bool:
        """Whether a whole render met what the pre-pass read, so that its blocks can stand
        for the sections' own renders."""
        scan = view.scan
        citations, footnotes, md = converter.citations, converter.footnotes, converter.md
        if citations.unscanned or not citations.cited_keys() <= set(scan.order.keys):
            return False
        if dict(md.references) != scan.links:
            return False
        if "abbr" in md.treeprocessors and (
            cast(AbbrTreeprocessor, md.treeprocessors["abbr"]).abbrs != scan.abbreviations
        ):
            return False
        labels = [note.label for s in scan.scans for note in s.citations.notes]
        if len(labels) != len(set(labels)):
            return False  # a label defined twice: which text wins is the parser's business
        if footnotes is not None:
            if set(footnotes.footnotes) != scan.note_labels:
                return False
            if footnotes.found_counts() != scan.note_counts:
                return False
        return True


def leading_part(text: str, size: int) -> str | None:
    """The article up to the first top-level heading after ``size`` characters of its body, or
    None when the body is shorter or has no such heading (a quick first preview of a long
    article). Front matter does not count: a science feature's references are not shown.

    The definitions of reference links, abbreviations and footnotes from the part left out
    follow it, so that "[^1]" or "[text][label]" in the first screen is not shown as written."""
    body = body_offset(text)
    if len(text) - body <= size:
        return None
    # A heading after a blank line, never one inside code (the cut would split a fence).
    blocks = scan(text)
    kinds = blocks.kinds
    line_ends = list(accumulate(map(len, blocks.lines)))
    for number in blocks.heading_lines:
        if number and kinds[number] is LineKind.HEADING and kinds[number - 1] is LineKind.BLANK:
            start = line_ends[number - 1] + number  # the heading line's first character
            if start - 2 >= body + size:
                definitions = definitions_source(text[start - 1 :])
                return text[: start - 1] + ("\n" + definitions if definitions else "")
    return None


def render_article(
    text: str,
    options: RenderOptions | None = None,
    cache: SegmentCache | None = None,
    defer_bibliography: bool = False,
) -> RenderedArticle:
    """Render a whole article file's text: front matter becomes the header, never body text.

    With a ``cache`` (the preview's worker keeps one) unchanged sections are not rendered again.
    With ``defer_bibliography`` too, a bibliography that would need the CSL engine may be left
    out (``complete`` is then False): the next render with the same cache adds it, and equals a
    whole render. A citation style that cannot be used raises, unless ``options.style_fallback``
    (the preview) lets another stand in: ``style_problem`` then says which and why.
    """
    if cache is not None:
        front = cache.front_matter.parse(text)
        meta = cache.front_matter.metadata(front)
    else:
        front = parse(text)
        meta = Metadata.from_front_matter(front.data)
    options, style_problem = styled_options(options or RenderOptions(), front.data)
    blocks = None
    reading = None
    complete = True
    if cache is not None:
        blocks = cache.render_blocks(
            front.body, front.body_line, options, meta.references, defer_bibliography
        )
        # A whole render (None) formats the bibliography in any case.
        complete = blocks is None or not cache.deferred
        if cache.last_reading is not None and cache.last_reading[0] == front.body:
            reading = cache.last_reading[1]
    if blocks is None:
        body = front.body
        if front.body_line > 1:
            # Keep Markdown line numbers equal to file line numbers (scroll sync and errors).
            body = "\n" * (front.body_line - 1) + body
        blocks = split_blocks(render_markdown(body, options, meta.references, reading))
    # One newline between top-level blocks, however the parts were made (HTML ignores it).
    blocks = [block.rstrip("\n") + "\n" for block in blocks]
    if blocks:
        blocks[-1] = blocks[-1][:-1]
    body_html = "".join(blocks)
    return RenderedArticle(
        header_html=render_header(meta),
        body_html=body_html,
        title=meta.title,
        blocks=tuple(blocks),
        complete=complete,
        style_problem=style_problem,
    )
