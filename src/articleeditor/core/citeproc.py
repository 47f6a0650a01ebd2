"""CSL formatting through citeproc-py, corrected where it disagrees with pandoc's citeproc.

Styles offered (files in ``resources/csl``, see LICENSE-CSL.txt there):

- ``numeric`` (default): IEEE bibliography, citations as grouped numbers ``[1, 2]``, ``[1–3]``;
- ``vancouver``: NLM/Vancouver, Citing Medicine 2nd edition, brackets;
- ``ama``: AMA Manual of Style 11th edition (superscript numbers);
- ``apa``: APA 7th edition, author-date, alphabetical bibliography.

Each agrees with ``pandoc --citeproc`` (pandoc 2.17) on the entries' text; the test
``tests/e2e/test_citeproc_vs_pandoc.py`` checks it. Where citeproc-py falls short we fix
it here: localized date delimiters, suppression of a variable used as a substitute, CJK
names (family then given, no space), punctuation inside quotes, page ranges, collapsing
of numbers and bibliography sorting. Not supported: year-suffix disambiguation
(2020a/2020b) in author-date styles. Other styles were not offered because they were not
checked against pandoc.
"""

from __future__ import annotations

import html
import json
import re
import threading
import warnings
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from citeproc import (
    Citation,
    CitationItem,
    CitationStylesBibliography,
    CitationStylesStyle,
    formatter,
)
from citeproc.source.json import CiteProcJSON
from lxml import etree

from articleeditor.core import _citeproc_fixes
from articleeditor.core.errors import ArticleEditorError
from articleeditor.core.references import usable_items
from articleeditor.resources import resource_path

CSL_NS = "{http://purl.org/net/xbiblio/csl}"
# citeproc-py keeps the output formatter on the (cached, shared) style object
_ENGINE_LOCK = threading.RLock()


@dataclass(frozen=True)
class StyleInfo:
    """A citation style we offer: its CSL file and whether citations are numbers."""

    name: str
    file: str
    title: str
    numeric: bool


STYLES: dict[str, StyleInfo] = {
    "numeric": StyleInfo("numeric", "numeric.csl", "Numeric [1, 2] (IEEE entries)", True),
    "vancouver": StyleInfo("vancouver", "vancouver.csl", "Vancouver / NLM", True),
    "ama": StyleInfo("ama", "american-medical-association.csl", "AMA 11th edition", True),
    "apa": StyleInfo("apa", "apa.csl", "APA 7th edition (author-date)", False),
}
ALIASES = {"nlm": "vancouver", "american-medical-association": "ama", "ieee": "numeric"}


class UnknownStyle(ArticleEditorError):
    """The style named is not one we offer."""

    def __init__(self, name: str) -> None:
        self.name = name
        super().__init__(f"Unknown citation style {name!r}; offered: {', '.join(STYLES)}")


def style_info(name: str) -> StyleInfo:
    """Return the offered style called ``name`` (or an alias such as ``nlm``)."""
    key = ALIASES.get(name.lower(), name.lower())
    if key not in STYLES:
        raise UnknownStyle(name)
    return STYLES[key]


def style_path(name: str) -> Path:
    """Path of the CSL file of an offered style."""
    return resource_path("csl", style_info(name).file)


@dataclass(frozen=True)
class CitationLayout:
    """How a style writes an in-text citation: affixes, delimiter, superscript, collapsing."""

    prefix: str
    suffix: str
    delimiter: str
    superscript: bool
    collapse: bool


@dataclass(frozen=True)
class FormattedEntry:
    """One bibliography entry: ``label`` is the number column ("1.", "[1]") or empty."""

    key: str
    label: str
    html: str
    text: str


@cache
def _style(name: str) -> tuple[CitationStylesStyle, CitationLayout]:
    path = style_path(name)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        style = CitationStylesStyle(str(path), validate=False)
    layout = etree.parse(str(path)).getroot().find(f"{CSL_NS}citation")
    lay = layout.find(f"{CSL_NS}layout")
    return style, CitationLayout(
        prefix=lay.get("prefix", ""),
        suffix=lay.get("suffix", ""),
        delimiter=lay.get("delimiter", ""),
        superscript=lay.get("vertical-align") == "sup",
        collapse=layout.get("collapse") == "citation-number",
    )


def citation_layout(style: str) -> CitationLayout:
    """The in-text citation layout of an offered style."""
    return _style(style_info(style).name)[1]


def _signature(references: list[dict[str, Any]]) -> str:
    return json.dumps(references, sort_keys=True, default=str, ensure_ascii=False)


def format_bibliography(
    references: list[dict[str, Any]], cited_keys: list[str], style: str = "numeric"
) -> list[FormattedEntry]:
    """Format the entries of ``cited_keys`` (in first-citation order) in ``style``.

    Results are cached per (items, cited keys, style): retyping text that cites the same
    works does not run the CSL engine again.
    """
    info = style_info(style)
    return list(_format_cached(_signature(references), tuple(cited_keys), info.name))


@lru_cache(maxsize=32)
def _format_cached(signature: str, keys: tuple[str, ...], style: str) -> tuple:
    with _ENGINE_LOCK:
        return tuple(_Engine(json.loads(signature), keys, style).entries())


def format_citations(
    references: list[dict[str, Any]],
    clusters: list[list[dict[str, Any]]],
    style: str = "apa",
) -> list[list[str]]:
    """Author-date text of each item of each cluster (without the layout's affixes).

    Each cluster is a list of ``{"key", "locator", "suppress_author"}`` dicts.
    """
    info = style_info(style)
    signature = _signature(references)
    return [
        [
            _cite_one(signature, info.name, c["key"], c.get("locator") or "",
                      bool(c.get("suppress_author")))
            for c in cluster
        ]
        for cluster in clusters
    ]  # fmt: skip


@lru_cache(maxsize=4)
def _cite_engine(signature: str, style: str) -> _Engine:
    references = usable_items(json.loads(signature))
    return _Engine(references, tuple(str(r["id"]) for r in references), style)


@lru_cache(maxsize=4096)
def _cite_one(signature: str, style: str, key: str, locator: str, suppress: bool) -> str:
    # cached per cited item: adding a citation while typing formats only that item
    with _ENGINE_LOCK:
        engine = _cite_engine(signature, style)
        return engine.cite_item({"key": key, "locator": locator, "suppress_author": suppress})


_LABEL = re.compile(r"^\s*(\[\d+\]|\d+\.?)\s*")
_URL = re.compile(r"(https?://[^\s<>\"]+[^\s<>\".,;:)\]])")
_DOI_TEXT = re.compile(r"(?<![/\w])(10\.\d{4,9}/[^\s<>\"]+[^\s<>\".,;:)\]])")


class _Engine:
    """One citeproc-py bibliography over the cited items, with our corrections."""

    def __init__(self, references: list[dict[str, Any]], keys: tuple[str, ...], style: str):
        self.style, self.layout = _style(style)
        self.numeric = STYLES[style].numeric
        # An item citeproc-py would crash on (no type, a list for an id...) is left out, so its
        # citations show as unresolved; ``check`` names what is wrong with it.
        self.by_key = {str(r["id"]): r for r in usable_items(references)}
        known = [k for k in keys if k in self.by_key]
        items = [_citeproc_fixes.prepare_item(self.by_key[k]) for k in known]
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            self.source = CiteProcJSON(items)
        self.html = CitationStylesBibliography(self.style, self.source, formatter.html)
        self.plain = CitationStylesBibliography(self.style, self.source, formatter.plain)
        for bib in (self.html, self.plain):
            for key in known:
                bib.register(Citation([CitationItem(key.lower())]))
            if not self.numeric:
                bib.sort()
        self.keys = [self._original(k) for k in self.plain.keys]

    def _original(self, lowered: str) -> str:
        # citeproc-py lower-cases ids; map back to the user's spelling
        for key in self.by_key:
            if key.lower() == lowered:
                return key
        return lowered

    def entries(self) -> list[FormattedEntry]:
        """Formatted entries in bibliography order."""
        out = []
        self.style.root.formatter = formatter.html  # the formatter lives on the shared style
        html_entries = self.html.bibliography()
        self.style.root.formatter = formatter.plain
        text_entries = self.plain.bibliography()
        for key, html_entry, text_entry in zip(self.keys, html_entries, text_entries, strict=True):
            text = _citeproc_fixes.fix_text(str(text_entry))
            markup = _citeproc_fixes.fix_text(str(html_entry))
            label = ""
            match = _LABEL.match(text) if self.numeric else None
            if match:
                label = match.group(1)
                text = text[match.end() :]
                markup = _LABEL.sub("", markup, count=1)
            out.append(FormattedEntry(key, label, _link(markup), " ".join(text.split())))
        return out

    def cite_item(self, cite: dict[str, Any]) -> str:
        """Author-date text of one cited item, e.g. ``Smith & Jones, 2020, p. 3``."""
        key = cite["key"]
        if key not in self.by_key:
            return ""
        bib = CitationStylesBibliography(self.style, self.source, formatter.html)
        item = CitationItem(key.lower())
        citation = Citation([item])
        bib.register(citation)
        self.style.root.formatter = formatter.html
        text = str(bib.cite(citation, lambda _item: None))
        text = _citeproc_fixes.fix_text(text)
        lay = self.layout
        if lay.prefix and text.startswith(html.escape(lay.prefix)):
            text = text[len(html.escape(lay.prefix)) :]
        if lay.suffix and text.endswith(html.escape(lay.suffix)):
            text = text[: -len(html.escape(lay.suffix))]
        if cite.get("suppress_author") and ", " in text:
            text = text.split(", ", 1)[1]
        if cite.get("locator"):
            text += ", " + html.escape(cite["locator"])
        return text


def _link(markup: str) -> str:
    """Turn URLs and bare DOIs in formatted HTML into links."""

    def url(match: re.Match[str]) -> str:
        href = html.unescape(match.group(1))
        return f'<a href="{html.escape(href)}">{match.group(1)}</a>'

    def doi(match: re.Match[str]) -> str:
        href = "https://doi.org/" + html.unescape(match.group(1))
        return f'<a href="{html.escape(href)}">{match.group(1)}</a>'

    parts = re.split(r"(<a\b.*?</a>)", markup)
    for i in range(0, len(parts), 2):
        linked = _URL.sub(url, parts[i])
        pieces = re.split(r"(<a\b.*?</a>)", linked)
        for j in range(0, len(pieces), 2):
            pieces[j] = _DOI_TEXT.sub(doi, pieces[j])
        parts[i] = "".join(pieces)
    return "".join(parts)
