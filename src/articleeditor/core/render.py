"""The one Markdown -> HTML pipeline: the preview, ``articleeditor render`` and Publish call it.

Raw HTML in the Markdown is passed through an allow-list sanitiser (nh3), so a
``<script>``, an event handler or a ``javascript:`` URL never reaches a page.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import markdown
import nh3

from articleeditor.core.article import Metadata
from articleeditor.core.frontmatter import parse
from articleeditor.core.mdext.citations import CitationExtension
from articleeditor.core.mdext.source_lines import SourceLineExtension
from articleeditor.core.references import load_bibliography
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


def split_blocks(body_html: str) -> list[str]:
    """Cut a rendered body into its top-level blocks (each starts at a ``data-line`` element).

    Joined again they give ``body_html`` back; anything before the first block (or after the
    last one, such as footnotes) stays with its neighbour.
    """
    starts = [m.start() for m in _BLOCK_START_RE.finditer(body_html)]
    if not starts or starts[0] != 0:
        starts.insert(0, 0)
    ends = [*starts[1:], len(body_html)]
    return [body_html[a:b] for a, b in zip(starts, ends, strict=True)]


def _merged_references(
    own: list[dict[str, Any]], shared: tuple[dict[str, Any], ...]
) -> list[dict[str, Any]]:
    own_ids = {item.get("id") for item in own}
    return [*own, *(item for item in shared if item.get("id") not in own_ids)]


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
        extensions=[*options.extensions, citations, SourceLineExtension()],
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


def render_article(text: str, options: RenderOptions | None = None) -> RenderedArticle:
    """Render a whole article file's text: front matter becomes the header, never body text."""
    front = parse(text)
    meta = Metadata.from_front_matter(front.data)
    body = front.body
    if front.body_line > 1:
        # Keep Markdown line numbers equal to file line numbers (for scroll sync and errors).
        body = "\n" * (front.body_line - 1) + body
    body_html = render_markdown(body, options, meta.references)
    return RenderedArticle(
        header_html=render_header(meta),
        body_html=body_html,
        title=meta.title,
        blocks=tuple(split_blocks(body_html)),
    )
