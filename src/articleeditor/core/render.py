"""The one Markdown -> HTML pipeline: the preview, ``articleeditor render`` and Publish call it.

Raw HTML in the Markdown is passed through an allow-list sanitiser (nh3), so a
``<script>``, an event handler or a ``javascript:`` URL never reaches a page.
"""

from __future__ import annotations

import bisect
import html
import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

import markdown
import nh3

from articleeditor.core.article import Metadata
from articleeditor.core.citeproc import UnknownStyle, style_info
from articleeditor.core.frontmatter import parse
from articleeditor.core.mdext.citations import CitationExtension
from articleeditor.core.mdext.critic import CriticExtension
from articleeditor.core.mdext.source_lines import SourceLineExtension
from articleeditor.core.references import load_bibliography, usable_items
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

_GLOBAL_ATTRIBUTES = {"class", "id", "title", "lang", "dir", "data-line", "data-cites", "role"}
_EXTRA_TAGS = {"section", "sup", "sub", "input"}
_ALLOWED_ATTRIBUTES: dict[str, set[str]] = {
    tag: set(attrs) for tag, attrs in nh3.ALLOWED_ATTRIBUTES.items()
}
_ALLOWED_ATTRIBUTES["*"] = _GLOBAL_ATTRIBUTES
_ALLOWED_ATTRIBUTES.setdefault("img", set()).update({"title", "loading"})
_ALLOWED_ATTRIBUTES["input"] = {"type", "checked", "disabled"}
_URL_SCHEMES = {"http", "https", "mailto", "file", "data"}
_FORM_INPUT_RE = re.compile(r'<input\b(?![^>]*\stype="checkbox")[^>]*>')
_IMG_RE = re.compile(r"<img\b[^>]*>")
_SRC_RE = re.compile(r'\ssrc="([^"]*)"')
_REMOTE_RE = re.compile(r"^\s*(?:https?:)?//", re.IGNORECASE)
# A top-level block as the source-line extension marks it: the unit the preview diffs.
_BLOCK_START_RE = re.compile(r'^<[a-zA-Z][a-zA-Z0-9]*\s[^>]*?data-line="', re.MULTILINE)


@dataclass(frozen=True)
class RenderOptions:
    """How a site wants its Markdown rendered; the preview and Publish use the same options."""

    extensions: tuple[Any, ...] = DEFAULT_EXTENSIONS
    extension_configs: dict[str, dict[str, Any]] = field(
        default_factory=lambda: dict(DEFAULT_EXTENSION_CONFIGS)
    )
    citation_style: str = "numeric"
    references_heading: str = "References"
    # The site's shared bibliography; an article's own ``references`` take precedence.
    shared_references: tuple[dict[str, Any], ...] = ()
    # CriticMarkup: "final" (what Publish shows), "changes" (the review preview) or "original".
    review_view: str = "final"
    # The site's own stylesheet, shown over the default one in the preview and export.
    css: Path | None = None
    # Off: remote <img> become a placeholder naming the URL, so rendering sends no request.
    remote_images: bool = False

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


@dataclass(frozen=True)
class RenderedArticle:
    """The parts of a rendered article: a header as the site shows it and the body."""

    header_html: str
    body_html: str
    title: str
    # ``body_html`` cut into top-level blocks (see :func:`split_blocks`); the preview diffs them.
    blocks: tuple[str, ...] = ()

    @property
    def html(self) -> str:
        """Header and body as one HTML fragment (what goes inside ``<article>``)."""
        return f"{self.header_html}\n{self.body_html}"


def sanitize(fragment: str) -> str:
    """Remove scripts, event handlers, iframes, forms and dangerous URLs from HTML."""
    clean = nh3.clean(
        fragment,
        tags=set(nh3.ALLOWED_TAGS) | _EXTRA_TAGS,
        attributes=_ALLOWED_ATTRIBUTES,
        url_schemes=_URL_SCHEMES,
        link_rel="noopener noreferrer",
    )
    # <input> is allowed for task-list checkboxes only; any other field is a form part.
    return _FORM_INPUT_RE.sub("", clean)


def block_remote_images(fragment: str) -> str:
    """Replace each ``<img>`` whose source is on the network by a placeholder naming it."""

    def replace(match: re.Match[str]) -> str:
        tag = match.group(0)
        src = _SRC_RE.search(tag)
        if src is None or not _REMOTE_RE.match(html.unescape(src.group(1))):
            return tag
        url = src.group(1)  # still escaped, as sanitised
        return (
            f'<span class="remote-image" title="{url}">'
            f"Remote image not loaded: <code>{url}</code></span>"
        )

    return _IMG_RE.sub(replace, fragment)


_SOURCE_LINE_ATTRIBUTE_RE = re.compile(r' data-line="\d+"')


def without_source_lines(fragment: str) -> str:
    """``fragment`` without the source-line anchors (they serve the editor's scroll sync, not
    a site's readers)."""
    return _SOURCE_LINE_ATTRIBUTE_RE.sub("", fragment)


def split_blocks(body_html: str) -> list[str]:
    """Cut a rendered body into its top-level blocks (each starts at a ``data-line`` element).

    Joined again they give ``body_html`` back; anything before the first block (or after the
    last one, such as footnotes) stays with its neighbour.
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
    style = data.get(ARTICLE_STYLE_KEY)
    if isinstance(style, str) and style.strip():
        try:
            style_info(style.strip())
        except UnknownStyle:
            return options  # ``check`` reports it; the preview keeps the site's style
        return replace(options, citation_style=style.strip())
    return options


def _merged_references(
    own: list[dict[str, Any]], shared: tuple[dict[str, Any], ...]
) -> list[dict[str, Any]]:
    # As text: a hostile id (a list, a mapping) must not make the set unhashable.
    # Items citeproc cannot format are left out (their citations show as unresolved);
    # ``check`` names what is wrong with each.
    own_ids = {str(item.get("id")) for item in own}
    return usable_items([*own, *(item for item in shared if str(item.get("id")) not in own_ids)])


def render_markdown(
    body: str,
    options: RenderOptions | None = None,
    references: list[dict[str, Any]] | None = None,
) -> str:
    """Render a Markdown body (no front matter) to sanitised HTML, citations resolved."""
    options = options or RenderOptions()
    citations = CitationExtension(
        references=_merged_references(references or [], options.shared_references),
        style=options.citation_style,
        bibliography_heading=options.references_heading,
    )
    converter = markdown.Markdown(
        extensions=[
            *options.extensions,
            citations,
            CriticExtension(view=options.review_view),
            SourceLineExtension(),
        ],
        extension_configs=options.extension_configs,
        output_format="html",
    )
    clean = sanitize(converter.convert(body))
    return clean if options.remote_images else block_remote_images(clean)


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


# Constructs whose meaning reaches across the document (definitions, numbering, raw HTML that
# may span blank lines): an article using any of them is always rendered whole.
_GLOBAL_LINE_RE = re.compile(r"^(?: {0,3}\[[^\]\n]+\]:| {0,3}<|\*\[)", re.MULTILINE)
# Review marks may span sections, so they force a whole render too.
_GLOBAL_TEXT = ("@", "[^", "[TOC]", "{++", "{--", "{~~", "{>>", "{==")
# Where a section may start (a top-level ATX heading) and where fenced code opens, exactly as
# Python-Markdown's fenced_code sees fences: at the start of a line, closed by the same fence.
_SECTION_MARK_RE = re.compile(r"^(?:(`{3,}|~{3,})|#{1,6}(?:[ \t]|$))", re.MULTILINE)
_LINE_RE = re.compile(r'data-line="(\d+)"')
_ATX_HEAD_RE = re.compile(r"#{1,6}(?:[ \t]|$)", re.MULTILINE)
_HEADING_ID_RE = re.compile(r'<h[1-6][^>]*\sid="([^"]*)"')
_SEGMENT_CACHE_SIZE = 20_000
# With more sections than this to render, one whole render is faster (no per-section set-up);
# its blocks are then filed under their sections for the next edit.
_COLD_SECTIONS = 8


def _uses_global_constructs(body: str) -> bool:
    return any(mark in body for mark in _GLOBAL_TEXT) or bool(_GLOBAL_LINE_RE.search(body))


def _sections(body: str) -> list[tuple[int, str]]:
    """(first line index, text) of each part of ``body`` that starts at a top-level heading."""
    starts = [0]
    position = 0
    while True:
        match = _SECTION_MARK_RE.search(body, position)
        if match is None:
            break
        fence = match.group(1)
        if fence:
            closing = re.compile(f"^{re.escape(fence)}[ ]*$", re.MULTILINE)
            end = closing.search(body, body.find("\n", match.end()) + 1 or len(body))
            position = end.end() if end and body.find("\n", match.end()) >= 0 else match.end()
            continue
        start = match.start()
        before = body[max(0, start - 2) : start]
        # A heading right after a paragraph line stays with it (no blank line between).
        if start and (before == "\n\n" or body[: start - 1].rsplit("\n", 1)[-1].strip() == ""):
            starts.append(start)
        position = match.end() if match.end() > start else start + 1
    result = []
    line = 0
    previous = 0
    for a, b in zip(starts, [*starts[1:], len(body)], strict=True):
        line += body.count("\n", previous, a)
        previous = a
        result.append((line, body[a:b]))
    return result


class _Section:
    """A rendered section, kept cut at its ``data-line`` values so shifting them is cheap."""

    __slots__ = ("heading_ids", "pieces")

    def __init__(self, html_part: str, shift: int = 0) -> None:
        self.heading_ids = _HEADING_ID_RE.findall(html_part)
        # [(text before the number, the number)...] and the tail after the last number.
        self.pieces: list[tuple[str, int]] = []
        tail = 0
        for match in re.finditer(r'data-line="(\d+)"', html_part):
            self.pieces.append((html_part[tail : match.start(1)], int(match.group(1)) + shift))
            tail = match.end(1)
        self.pieces.append((html_part[tail:], -1))

    def blocks(self, offset: int) -> list[str]:
        """The section's blocks (as :func:`split_blocks` cuts them), lines moved by ``offset``."""
        html_part = "".join(
            text if number < 0 else f"{text}{number + offset}" for text, number in self.pieces
        )
        return split_blocks(html_part) if html_part else []


class SegmentCache:
    """Rendered sections of articles, so an edit re-renders only the section it touches.

    An article is cut before each top-level ``#`` heading; a section's HTML depends only on
    its text when the article has no document-wide constructs (see ``_uses_global_constructs``),
    so sections are rendered alone and joined. The result is identical to a whole render (a
    test checks this); anything else is rendered whole.
    """

    def __init__(self, size: int = _SEGMENT_CACHE_SIZE) -> None:
        self.size = size
        self._sections: dict[tuple[str, str], _Section] = {}
        self._blocks: dict[tuple[str, str, int], list[str]] = {}
        self.hits = 0
        self.misses = 0

    def render_blocks(self, body: str, first_line: int, options: RenderOptions) -> list[str] | None:
        """The body's top-level blocks with file line numbers, or None to render it whole."""
        if options.extensions != DEFAULT_EXTENSIONS or _uses_global_constructs(body):
            return None
        key = repr(options)
        sections = _sections(body)
        missing = sum(1 for _start, segment in sections if (key, segment) not in self._sections)
        if missing > _COLD_SECTIONS:
            return self._render_whole(key, sections, body, first_line, options)
        blocks: list[str] = []
        seen_ids: set[str] = set()
        fresh_blocks: dict[tuple[str, str, int], list[str]] = {}
        for start, segment in sections:
            section = self._sections.get((key, segment))
            if section is None:
                self.misses += 1
                section = _Section(render_markdown(segment, options))
                if len(self._sections) >= self.size:
                    self._sections.clear()
                self._sections[(key, segment)] = section
            else:
                self.hits += 1
            for heading_id in section.heading_ids:
                if heading_id in seen_ids:
                    return None  # a whole render would number the repeated heading id
                seen_ids.add(heading_id)
            offset = first_line - 1 + start
            cached = self._blocks.get((key, segment, offset))
            if cached is None:
                cached = section.blocks(offset)
            fresh_blocks[(key, segment, offset)] = cached
            if cached:
                if blocks:
                    blocks[-1] += "\n"  # how Python-Markdown joins top-level elements
                blocks.extend(cached)
        self._blocks = fresh_blocks  # only what this version of the article uses
        return blocks

    def _render_whole(
        self,
        key: str,
        sections: list[tuple[int, str]],
        body: str,
        first_line: int,
        options: RenderOptions,
    ) -> list[str]:
        blocks = split_blocks(render_markdown("\n" * (first_line - 1) + body, options))
        # File each block under the section holding its line; a section rendered alone gives
        # exactly these blocks (joined by "\n"), which the equality test checks.
        firsts = [first_line + start for start, _segment in sections]
        groups: list[list[str]] = [[] for _ in sections]
        for block in blocks:
            match = _LINE_RE.search(block, 0, 200)
            line = int(match.group(1)) if match else first_line
            groups[max(bisect.bisect_right(firsts, line) - 1, 0)].append(block)
        if len(self._sections) + len(sections) >= self.size:
            self._sections.clear()
        last = len(sections) - 1
        for index, ((start, segment), group) in enumerate(zip(sections, groups, strict=True)):
            html_part = "".join(group)
            if index < last and html_part.endswith("\n"):
                html_part = html_part[:-1]
            self._sections[(key, segment)] = _Section(html_part, shift=-(first_line - 1 + start))
            self.misses += 1
        return blocks


def leading_part(text: str, size: int) -> str | None:
    """The article up to the first top-level heading after ``size`` characters, or None when
    the text is shorter or has no such heading (a quick first preview of a long article)."""
    if len(text) <= size:
        return None
    cut = text.find("\n\n#", size)
    while cut >= 0 and not _ATX_HEAD_RE.match(text, cut + 2):
        cut = text.find("\n\n#", cut + 2)
    return text[: cut + 1] if cut >= 0 else None


def render_article(
    text: str, options: RenderOptions | None = None, cache: SegmentCache | None = None
) -> RenderedArticle:
    """Render a whole article file's text: front matter becomes the header, never body text.

    With a ``cache`` (the preview's worker keeps one) unchanged sections are not rendered again.
    """
    front = parse(text)
    meta = Metadata.from_front_matter(front.data)
    options = options_for_article(options or RenderOptions(), front.data)
    blocks = None
    if cache is not None and not meta.references:
        blocks = cache.render_blocks(front.body, front.body_line, options)
    if blocks is None:
        body = front.body
        if front.body_line > 1:
            # Keep Markdown line numbers equal to file line numbers (scroll sync and errors).
            body = "\n" * (front.body_line - 1) + body
        blocks = split_blocks(render_markdown(body, options, meta.references))
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
    )
