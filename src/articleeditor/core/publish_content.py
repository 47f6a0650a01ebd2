"""What a publish writes: front matter in the generator's vocabulary and date format, the body
with citations rendered by the one render pipeline, and the local files the body links to."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, tzinfo
from pathlib import Path
from typing import Any
from urllib.parse import unquote
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml

from articleeditor.core import fields
from articleeditor.core.article import Metadata
from articleeditor.core.citations import code_mask, parse_citations
from articleeditor.core.containment import check_inside
from articleeditor.core.errors import LinkOutsideFolders
from articleeditor.core.frontmatter import parse
from articleeditor.core.publish_schema import apply_types
from articleeditor.core.published_references import citation_markdown, references_markdown
from articleeditor.core.site import Generator, PublishSettings
from articleeditor.core.slug import slugify

ID_KEY = "articleeditor_id"
PUBLISH_PATH_KEY = "publish_path"
PUBLISHED_AT_KEY = "published_at"
# Keys of the writer's draft that are about the draft, never copied into the published file.
DRAFT_ONLY_KEYS = frozenset({ID_KEY, PUBLISH_PATH_KEY, PUBLISHED_AT_KEY, fields.REFERENCES})

# ----- dates -----------------------------------------------------------------------------------


def site_timezone(name: str) -> tzinfo | None:
    """The zone for dates written without an offset; None means this computer's zone."""
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"publish.timezone '{name}' is not a known time zone") from None


def _aware(value: datetime, zone: tzinfo | None) -> datetime:
    if value.tzinfo is not None:
        return value
    return value.replace(tzinfo=zone) if zone is not None else value.astimezone()


def format_date(value: date | datetime, pattern: str, zone: tzinfo | None) -> str:
    """``value`` as the site writes dates: "rfc3339" or a strftime pattern."""
    if pattern == "rfc3339":
        if isinstance(value, datetime):
            return _aware(value, zone).isoformat(timespec="seconds")
        return value.isoformat()
    if not isinstance(value, datetime):
        value = datetime.combine(value, time())
    return _aware(value, zone).strftime(pattern)


# ----- linked files ----------------------------------------------------------------------------

_DESTINATION = r"(<[^>\n]+>|[^)\s]+)"
_IMAGE = re.compile(r"(!\[[^\[\]\n]*\]\()" + _DESTINATION)
# link text may hold one level of brackets: "[![alt](a.png)](b.pdf)"
_INLINE_LINK = re.compile(r"((?<!!)\[(?:[^\[\]\n]|!?\[[^\[\]\n]*\])*\]\()" + _DESTINATION)
_REF_DEF = re.compile(r"^( {0,3}\[[^\]\n]+\]:[ \t]*)(<[^>\n]+>|\S+)", re.M)
# ``<(?:img|source|a)\b[^>]*?\b(?:src|href)=["']([^"'\n]+)`` as one pattern reads each tag
# without a ">" to the end of the text (n² on ``<a `` runs); :func:`_html_sources` finds the
# same matches with its two halves.
_HTML_TAG = re.compile(r"<(?:img|source|a)\b", re.I)
_HTML_SOURCE_ATTRIBUTE = re.compile(r"\b(?:src|href)=[\"']([^\"'\n]+)", re.I)
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
_ARTICLE_SUFFIXES = {".md", ".markdown", ".mdown", ".txt", ".html", ".htm"}


@dataclass(frozen=True)
class LinkedFile:
    """A local file the body links to: where it is and the name it gets in the site."""

    reference: str  # as written in the Markdown
    source: Path
    name: str


def _local_target(reference: str) -> str | None:
    ref = reference[1:-1] if reference.startswith("<") else reference
    if not ref or ref.startswith(("#", "/", "{")) or _SCHEME.match(ref):
        return None
    return unquote(ref.split("#", 1)[0].split("?", 1)[0])


def _html_sources(text: str) -> Iterator[tuple[int, int]]:
    """The spans of ``src``/``href`` values of ``<img``, ``<source`` and ``<a`` tags: what
    ``finditer`` of the one pattern gives, each search reused while it is still ahead."""
    position = 0
    close: int | None = None  # the first ">" at or after an earlier position
    attribute: re.Match[str] | None = None  # the first attribute at or after one
    exhausted = False  # no attribute after some earlier position: none further on either
    while (tag := _HTML_TAG.search(text, position)) is not None:
        inside = tag.end()
        if close is None or 0 <= close < inside:
            close = text.find(">", inside)
        if not exhausted and (attribute is None or attribute.start() < inside):
            attribute = _HTML_SOURCE_ATTRIBUTE.search(text, inside)
            exhausted = attribute is None
        if attribute is not None and (close < 0 or attribute.start() < close):
            yield attribute.span(1)
            position = attribute.end()
        else:
            position = tag.start() + 1


def _link_spans(body: str) -> list[tuple[int, int, str]]:
    """(start, end, reference) of every link destination outside code."""
    masked = code_mask(body)
    found = {}
    for pattern in (_IMAGE, _INLINE_LINK, _REF_DEF):
        for match in pattern.finditer(masked):
            start, end = match.span(2)
            found[start] = (start, end, body[start:end])
    for start, end in _html_sources(masked):
        found[start] = (start, end, body[start:end])
    spans: list[tuple[int, int, str]] = []
    for span in sorted(found.values()):
        if not spans or span[0] >= spans[-1][1]:
            spans.append(span)
    return spans


def _safe_name(path: Path) -> str:
    stem = slugify(path.stem) or "file"
    suffix = re.sub(r"[^A-Za-z0-9.]", "", path.suffix.lower())
    return stem + suffix


@dataclass
class LinkedFiles:
    """What the links of a body name: files to copy, names of no file, and files refused."""

    files: list[LinkedFile]
    missing: list[str]  # references that name no file (their links are kept as they are)
    outside: list[LinkOutsideFolders]  # files outside the allowed folders: never copied


def find_linked_files(
    body: str,
    base: Path | None,
    extra: tuple[str, ...] = (),
    allowed: tuple[Path, ...] = (),
) -> LinkedFiles:
    """The local files ``body`` (and ``extra`` references, e.g. a cover) link to.

    Only files inside ``allowed`` (default: ``base``), symbolic links followed, are returned
    to be copied; the others are listed as refused.
    """
    found: dict[Path, LinkedFile] = {}
    missing: list[str] = []
    outside: list[LinkOutsideFolders] = []
    folders = allowed or ((base,) if base is not None else ())
    names: set[str] = set()
    references = [ref for _, _, ref in _link_spans(body)] + list(extra)
    for reference in references:
        local = _local_target(reference)
        if local is None:
            continue
        if base is None:
            missing.append(reference)
            continue
        source = (base / local).resolve()
        if source.suffix.lower() in _ARTICLE_SUFFIXES:
            continue  # a link to another article or page, not a file to copy
        if not source.is_file():
            missing.append(reference)
            continue
        if source in found:
            continue
        try:
            check_inside(reference, source, folders)
        except LinkOutsideFolders as refused:
            outside.append(refused)
            continue
        name = _safe_name(source)
        stem, dot, suffix = name.partition(".")
        number = 2
        while name in names:
            name = f"{stem}-{number}{dot}{suffix}"
            number += 1
        names.add(name)
        found[source] = LinkedFile(reference, source, name)
    return LinkedFiles(list(found.values()), missing, outside)


def rewrite_links(body: str, base: Path | None, urls: dict[Path, str]) -> str:
    """``body`` with each link to a copied file pointing at its new ``url``."""
    if base is None or not urls:
        return body
    out, last = [], 0
    for start, end, reference in _link_spans(body):
        local = _local_target(reference)
        url = urls.get((base / local).resolve()) if local is not None else None
        if url is None:
            continue
        fragment = reference.split("#", 1)[1] if "#" in reference else ""
        new = url + (f"#{fragment}" if fragment else "")
        out.append(body[last:start])
        out.append(f"<{new}>" if reference.startswith("<") else new.replace(" ", "%20"))
        last = end
    out.append(body[last:])
    return "".join(out)


# ----- the body --------------------------------------------------------------------------------

_CITATION_OPEN = re.compile(r'<span class="citation" data-cites="([^"]*)">')
_SPAN_TAG = re.compile(r"<(/?)span\b[^>]*>")
_REFERENCES = re.compile(r'<section class="references"[^>]*>.*?</section>', re.S)


class CitationPlacementError(ValueError):
    """The rendered citations do not line up with the ones found in the Markdown."""


def _citation_spans(rendered: str) -> list[tuple[str, str]]:
    """(cited keys, the whole ``<span class="citation">`` element) in document order."""
    spans = []
    for match in _CITATION_OPEN.finditer(rendered):
        depth = 1
        for tag in _SPAN_TAG.finditer(rendered, match.end()):
            depth += -1 if tag.group(1) else 1
            if depth == 0:
                spans.append((match.group(1), rendered[match.start() : tag.end()]))
                break
    return spans


def markdown_with_citations(
    body: str, rendered: str, *, plain: bool = False, heading_id: bool = True
) -> str:
    """The Markdown ``body`` with each citation replaced by its rendered label (inline HTML)
    and the References section appended, both exactly as ``rendered`` (the preview) has them.

    ``plain``: write both as Markdown instead, for a generator that drops raw HTML;
    ``heading_id``: the References heading carries ``{#references}`` (Goldmark reads it, cmark
    in jekyll-commonmark would print it).
    """
    groups = parse_citations(body)
    spans = _citation_spans(rendered)
    wanted = [" ".join(g.keys) for g in groups]
    if sorted(wanted) != sorted(keys for keys, _ in spans):
        raise CitationPlacementError(
            "the citations found in the text do not match the rendered ones; "
            'publish with publish.body = "html" instead'
        )
    # Usually in the same order; footnotes are rendered at the end, so match by cited keys.
    queues: dict[str, list[str]] = {}
    for keys, span in spans:
        queues.setdefault(keys, []).append(span)
    out, last = [], 0
    for group, keys in zip(groups, wanted, strict=True):
        out.append(body[last : group.start])
        span = queues[keys].pop(0)
        out.append(citation_markdown(span) if plain else span)
        last = group.end
    out.append(body[last:])
    text = "".join(out).rstrip("\n") + "\n"
    references = _REFERENCES.search(rendered)
    if references and plain:
        text += "\n" + references_markdown(references.group(0), heading_id=heading_id)
    elif references:
        # A blank line ends an HTML block in CommonMark (Hugo), so the section has none.
        block = "\n".join(line for line in references.group(0).splitlines() if line.strip())
        text += "\n" + block + "\n"
    return text


_LIQUID_MARKS = ("{{", "{%")


def liquid_safe(body: str) -> str:
    """``body`` as Jekyll shows it once Liquid has run: wrapped in ``{% raw %}``, with every
    ``{%`` of the article printed by Liquid itself (``{{ "{%" }}``) from outside the wrapper.

    Liquid ends a raw block at any token holding ``{%``, spaces and ``endraw`` (with any text
    before it, across lines), and Liquid 4 repeats the text before a ``{%`` in such a token;
    with no ``{%`` left inside, no article can end the wrapper or be mangled by it.
    """
    if not any(mark in body for mark in _LIQUID_MARKS):
        return body
    inner = body.rstrip("\n").replace("{%", '{% endraw %}{{ "{%" }}{% raw %}')
    return "{% raw %}\n" + inner + "\n{% endraw %}\n"


# ----- front matter ----------------------------------------------------------------------------


def _one_or_list(values: list[str]) -> str | list[str]:
    return values[0] if len(values) == 1 else values


def published_fields(
    meta: Metadata,
    settings: PublishSettings,
    generator: Generator,
    *,
    slug: str,
    article_id: str,
    cover_url: str | None,
    zone: tzinfo | None,
) -> dict[str, Any]:
    """The published front matter, keyed by the generator's field names, in a stable order."""
    values: dict[str, Any] = {}
    if generator is Generator.JEKYLL and settings.layout:
        values["layout"] = settings.layout
    values[fields.TITLE] = meta.title
    if meta.date is not None:
        values[fields.DATE] = format_date(meta.date, settings.date_format, zone)
    if meta.updated is not None:
        values[fields.UPDATED] = format_date(meta.updated, settings.date_format, zone)
    if meta.draft:
        values[fields.DRAFT] = True
    elif generator is Generator.HUGO:
        values[fields.DRAFT] = False
    authors = meta.authors or ([settings.default_author] if settings.default_author else [])
    if authors:
        values[fields.AUTHORS] = authors
    if meta.summary:
        values[fields.SUMMARY] = meta.summary
    if meta.categories:
        values[fields.CATEGORIES] = meta.categories
    if meta.tags:
        values[fields.TAGS] = meta.tags
    values[fields.SLUG] = slug
    if cover_url:
        values[fields.COVER] = cover_url
    if meta.language:
        values[fields.LANGUAGE] = meta.language
    out: dict[str, Any] = {}
    for canonical, value in values.items():
        key = settings.field_name(canonical)
        if key:
            out[key] = value
    for key, value in meta.extra.items():
        if isinstance(key, str) and key not in DRAFT_ONLY_KEYS and key not in out:
            out[key] = value
    out[settings.field_names.get("id", ID_KEY) or ID_KEY] = article_id
    return out


def _shape(values: dict[str, Any], settings: PublishSettings, generator: Generator) -> None:
    """Generator-specific value shapes: one author as a string, a draft as Jekyll's flag."""
    authors_key = settings.field_name(fields.AUTHORS)
    if generator in (Generator.HUGO, Generator.JEKYLL) and authors_key in values:
        values[authors_key] = _one_or_list(values[authors_key])
    draft_key = settings.field_name(fields.DRAFT)
    if generator is Generator.JEKYLL and values.pop(draft_key, False):
        values["published"] = False


def yaml_document(
    values: dict[str, Any],
    body: str,
    settings: PublishSettings,
    generator: Generator,
    types: dict[str, str] | None = None,
) -> str:
    """A Markdown file with YAML front matter (Hugo, Jekyll, Astro and plain all read it).

    ``types`` (key -> "string" | "list", from the site's schema) wins over the usual shapes.
    """
    values = dict(values)
    _shape(values, settings, generator)
    if types:
        apply_types(values, types)
    head = yaml.safe_dump(values, sort_keys=False, allow_unicode=True, width=10_000)
    return f"---\n{head}---\n\n{body.lstrip(chr(10))}"


def _pelican_value(key: str, value: Any) -> str:
    if isinstance(value, bool):
        return "draft" if value else "published"
    if isinstance(value, list):
        items = [str(v) for v in value]
        if key.lower() == "category":
            return items[0] if items else ""
        sep = "; " if any("," in v for v in items) else ", "
        return sep.join(items)
    return " ".join(str(value).split())


def pelican_document(values: dict[str, Any], body: str) -> str:
    """A Markdown file in Pelican's metadata form (``Title: ...`` lines, then a blank line)."""
    lines = []
    for key, value in values.items():
        if isinstance(value, dict) or value is None:
            continue  # Pelican metadata is one line of text per key
        text = _pelican_value(key, value)
        if text:
            key_text = key if key[:1].isupper() else key[:1].upper() + key[1:]
            lines.append(f"{key_text}: {text}")
    return "\n".join(lines) + "\n\n" + body.lstrip("\n")


def read_owner(path: Path, settings: PublishSettings) -> tuple[str | None, str]:
    """(the ``articleeditor_id`` of a published file, its title) for conflict messages."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None, ""
    front = parse(text)
    data: dict[Any, Any] = front.data
    if not data:  # Pelican's "Key: value" metadata
        data = {}
        for line in text.splitlines():
            if not line.strip():
                break
            key, sep, value = line.partition(":")
            if not sep:
                break
            data[key.strip().lower()] = value.strip()
    id_key = settings.field_names.get("id", ID_KEY) or ID_KEY
    owner = data.get(id_key, data.get(id_key.lower(), data.get(ID_KEY)))
    title = data.get(settings.field_name(fields.TITLE), data.get("title", ""))
    return (str(owner) if owner else None), str(title or "")
