"""CSL formatting through citeproc-py, corrected where it disagrees with pandoc's citeproc.

Styles offered (files in ``resources/csl``, see LICENSE-CSL.txt there):

- ``numeric`` (default): IEEE bibliography, citations as grouped numbers ``[1, 2]``, ``[1–3]``;
- ``vancouver``: NLM/Vancouver, Citing Medicine 2nd edition, brackets;
- ``ama``: AMA Manual of Style 11th edition (superscript numbers);
- ``apa``: APA 7th edition, author-date, alphabetical bibliography.

Each agrees with ``pandoc --citeproc`` (pandoc 3) on every entry and in-text label of a
66-work corpus, except the differences listed in docs/citations.md; the test
``tests/e2e/test_citeproc_vs_pandoc.py`` checks it. Where citeproc-py falls short we fix it
in ``_citeproc_fixes``; what CSL leaves to the processor is done here: locators read as
pandoc reads them, year suffixes (2020a, 2020b), given-name disambiguation ("M. Kim",
"S. Kim"), narrative citations ("Nakamura & Sato (2021)") and whole citations with
prefixes, collapsing and sorting (``format_cluster``). Other styles were not offered
because they were not checked against pandoc.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
import threading
import warnings
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import citeproc as citeproc_package
from citeproc import (
    Citation,
    CitationItem,
    CitationStylesBibliography,
    CitationStylesStyle,
    formatter,
)
from citeproc.source import Locator
from citeproc.source.json import CiteProcJSON

from articleeditor import __version__ as articleeditor_version
from articleeditor.core import _citeproc_fixes
from articleeditor.core.bibstore import BibliographyStore
from articleeditor.core.errors import ArticleEditorError
from articleeditor.core.findings import Finding
from articleeditor.core.references import date_parts, usable_items
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
# What citations are formatted in when nothing names a style (and what the preview uses
# instead of a style it cannot use).
DEFAULT_STYLE = "numeric"


class UnknownStyle(ArticleEditorError):
    """The style named is not one we offer."""

    def __init__(self, name: str) -> None:
        self.name = name
        super().__init__(f"Unknown citation style {name!r}; offered: {', '.join(STYLES)}")

    def finding(self) -> Finding:
        return Finding("style-unknown", {"name": repr(self.name), "offered": ", ".join(STYLES)})


class BrokenStyleFile(ArticleEditorError):
    """A bundled CSL file lacks an element every CSL style has (a damaged installation)."""

    def __init__(self, path: Path, element: str) -> None:
        self.path = path
        self.element = element
        super().__init__(f"{path}: the CSL style has no <{element}> element")

    def finding(self) -> Finding:
        return Finding("style-broken-file", {"path": self.path, "element": self.element})


def style_info(name: str) -> StyleInfo:
    """Return the offered style called ``name`` (or an alias such as ``nlm``)."""
    key = ALIASES.get(name.lower(), name.lower())
    if key not in STYLES:
        raise UnknownStyle(name)
    return STYLES[key]


def style_path(name: str) -> Path:
    """Path of the CSL file of an offered style."""
    return resource_path("csl", style_info(name).file)


def check_style(name: str) -> StyleInfo:
    """The offered style called ``name``, its CSL file read: raises :class:`UnknownStyle` or
    :class:`BrokenStyleFile` when formatting in it would (the file is read once a process)."""
    info = style_info(name)
    _style(info.name)
    return info


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


def _child(path: Path, parent: ElementTree.Element, tag: str) -> ElementTree.Element:
    found = parent.find(f"{CSL_NS}{tag}")
    if found is None:
        raise BrokenStyleFile(path, tag)
    return found


def _citation_element(path: Path) -> ElementTree.Element:
    # Our own bundled CSL files (resources/csl): the standard library's parser is enough,
    # citeproc-py parses the same files with lxml for the formatting itself.
    return _child(path, ElementTree.parse(path).getroot(), "citation")


@cache
def _style(name: str) -> tuple[CitationStylesStyle, CitationLayout]:
    path = style_path(name)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        style = CitationStylesStyle(str(path), validate=False)
    layout = _citation_element(path)
    lay = _child(path, layout, "layout")
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


def signature_of(references: list[dict[str, Any]]) -> str:
    """The references as one string: the key of the formatting caches."""
    return json.dumps(references, sort_keys=True, default=str, ensure_ascii=False)


_signature = signature_of


def format_bibliography(
    references: list[dict[str, Any]],
    cited_keys: list[str],
    style: str = "numeric",
    signature: str | None = None,
    store: BibliographyStore | None = None,
) -> list[FormattedEntry]:
    """Format the entries of ``cited_keys`` (in first-citation order) in ``style``.

    Results are cached per (items, cited keys, style): retyping text that cites the same
    works does not run the CSL engine again. ``signature`` is ``signature_of(references)``
    when the caller has it. With a ``store``, a bibliography formatted in an earlier run is
    read back from disk, and a newly formatted one is saved there.
    """
    info = style_info(style)
    signature = signature if signature is not None else _signature(references)
    keys = tuple(cited_keys)
    stored = _from_store.get((signature, keys, info.name))
    if stored is not None:
        return list(stored)
    if store is not None and bibliography_stored(references, keys, info.name, store, signature):
        return list(_from_store[signature, keys, info.name])
    entries = _format_cached(signature, keys, info.name)
    if store is not None:  # not stored (just looked): keep it for the next run
        rows = [[e.key, e.label, e.html, e.text] for e in entries]
        store.save(_store_digest(references, keys, info.name), rows)
    return list(entries)


# Bibliographies read back from a store, consulted before the engine (a few, newest last).
_from_store: dict[tuple[str, tuple[str, ...], str], tuple[FormattedEntry, ...]] = {}
_FROM_STORE_SIZE = 8


def bibliography_stored(
    references: list[dict[str, Any]],
    cited_keys: tuple[str, ...] | list[str],
    style: str,
    store: BibliographyStore,
    signature: str | None = None,
) -> bool:
    """Whether the bibliography :func:`format_bibliography` would give is ready without the
    CSL engine: read back from ``store`` (and then kept in memory for the next call)."""
    name = style_info(style).name
    signature = signature if signature is not None else _signature(references)
    keys = tuple(cited_keys)
    if (signature, keys, name) in _from_store:
        return True
    rows = store.load(_store_digest(references, keys, name))
    if rows is None or any(len(row) != 4 for row in rows):
        return False
    if sorted(row[0] for row in rows) != _known_cited(references, keys):
        return False  # not what this engine would list: format afresh
    if len(_from_store) >= _FROM_STORE_SIZE:
        del _from_store[next(iter(_from_store))]
    _from_store[signature, keys, name] = tuple(FormattedEntry(*row) for row in rows)
    return True


def _known_cited(references: list[dict[str, Any]], keys: tuple[str, ...]) -> list[str]:
    known = {str(r["id"]) for r in usable_items(references)}
    return sorted(k for k in dict.fromkeys(keys) if k in known)


def _store_digest(references: list[dict[str, Any]], keys: tuple[str, ...], style: str) -> str:
    """What a stored bibliography is filed under: the cited items' data in citation order
    and everything else their formatting depends on (see core.bibstore)."""
    by_key = {str(r["id"]): r for r in usable_items(references)}
    cited = [[key, by_key.get(key)] for key in keys]
    return BibliographyStore.digest(["bibliography", style, _formatting_identity(style), cited])


@cache
def _formatting_identity(style: str) -> list[str]:
    """The style file, the locale file it is formatted with, the engine's version and our
    formatting code, each as a digest (a change to any of them makes new store digests)."""
    path = style_path(style)
    root = ElementTree.parse(path).getroot()
    locale = root.get("default-locale") or "en-US"
    locale_file = Path(citeproc_package.LOCALES_PATH) / f"locales-{locale}.xml"
    sources = [Path(__file__), Path(_citeproc_fixes.__file__)]
    return [
        _file_digest(path), locale, _file_digest(locale_file),
        getattr(citeproc_package, "__version__", ""), articleeditor_version,
        *(_file_digest(source) for source in sources),
    ]  # fmt: skip


def _file_digest(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:  # a frozen bundle without sources: the version stands for them
        return ""


@lru_cache(maxsize=32)
def _format_cached(signature: str, keys: tuple[str, ...], style: str) -> tuple[FormattedEntry, ...]:
    with _ENGINE_LOCK:  # the same engine then formats the citations of these works
        return tuple(_cite_engine(signature, style, keys).entries())


def format_citations(
    references: list[dict[str, Any]],
    clusters: list[list[dict[str, Any]]],
    style: str = "apa",
) -> list[list[str]]:
    """Author-date text of each item of each cluster (without the layout's affixes).

    Each cluster is a list of ``{"key", "locator", "suppress_author"}`` dicts. Year
    suffixes and given names are disambiguated among the works these clusters cite.
    """
    info = style_info(style)
    signature = _signature(references)
    cited = tuple(dict.fromkeys(str(c["key"]) for cluster in clusters for c in cluster))
    return [
        [
            _cite_one(signature, info.name, cited, c["key"], c.get("locator") or "",
                      bool(c.get("suppress_author")))
            for c in cluster
        ]
        for cluster in clusters
    ]  # fmt: skip


@lru_cache(maxsize=4)
def _cite_engine(signature: str, style: str, cited: tuple[str, ...] | None = None) -> _Engine:
    references = usable_items(json.loads(signature))
    keys = cited if cited is not None else tuple(str(r["id"]) for r in references if "id" in r)
    return _Engine(references, keys, style)


@lru_cache(maxsize=4096)
def _cite_one(
    signature: str, style: str, cited: tuple[str, ...], key: str, locator: str, suppress: bool
) -> str:
    # cached per cited item: adding a citation while typing formats only that item
    with _ENGINE_LOCK:
        engine = _cite_engine(signature, style, cited)
        return engine.cite_item({"key": key, "locator": locator, "suppress_author": suppress})


_LABEL = re.compile(r"^\s*(\[\d+\]|\d+\.?)\s*")
_URL = re.compile(r"(https?://[^\s<>\"]+[^\s<>\".,;:)\]])")
_DOI_TEXT = re.compile(r"(?<![/\w])(10\.\d{4,9}/[^\s<>\"]+[^\s<>\".,;:)\]])")
_NO_AUTHOR = "\ue0ff"  # a stand-in author: what follows it is the citation without author


class _Engine:
    """One citeproc-py bibliography over the cited items, with our corrections."""

    def __init__(self, references: list[dict[str, Any]], keys: tuple[str, ...], style: str):
        self.style, self.layout = _style(style)
        self.options = _citation_options(style)
        self.numeric = STYLES[style].numeric
        # An item citeproc-py would crash on (no type, a list for an id...) is left out, so its
        # citations show as unresolved; ``check`` names what is wrong with it.
        self.by_key = {str(r["id"]): r for r in usable_items(references)}
        known = [k for k in keys if k in self.by_key]
        if not self.numeric:  # equal sort keys keep this order: by title, as pandoc's
            known.sort(key=lambda k: _citeproc_fixes.collation_key(_title(self.by_key[k])))
        self.known = known
        self.prepared = {k: _citeproc_fixes.prepare_item(self.by_key[k]) for k in known}
        self._build()
        if self.options.year_suffix:
            # set on the items already read, so the sorted bibliography need not be rebuilt
            for key, suffix in self._year_suffixes().items():
                self.prepared[key]["year-suffix"] = suffix
                self.source[key.lower()]["year_suffix"] = suffix

    def _build(self) -> None:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            self.source = CiteProcJSON([self.prepared[k] for k in self.known])
        self.html = CitationStylesBibliography(self.style, self.source, formatter.html)
        for key in self.known:
            self.html.register(Citation([CitationItem(key.lower())]))
        if not self.numeric:
            self.html.sort()
        self.keys = [self._original(k) for k in self.html.keys]
        self._parts: dict[tuple[str, str], CiteParts] = {}

    def _year_suffixes(self) -> dict[str, str]:
        # CSL disambiguate-add-year-suffix: works whose citations read the same get a, b, …
        # in bibliography order (pandoc's order too).
        groups: dict[str, list[str]] = {}
        for key in self._suffix_candidates():
            groups.setdefault(self._render_cite(key, None), []).append(key)
        out = {}
        for keys in groups.values():
            if len(keys) > 1:
                out.update({k: _letters(i) for i, k in enumerate(keys)})
        return out

    def _suffix_candidates(self) -> list[str]:
        # only works sharing a first author's family name and a year can cite alike
        # (rendering every citation to find out was most of an APA bibliography's time)
        rough: dict[tuple[str, str], list[str]] = {}
        for key in self.keys:
            item = self.prepared[key]
            names = item.get("author") or item.get("editor") or []
            first = names[0] if names and isinstance(names[0], dict) else {}
            who = str(first.get("family") or first.get("literal") or item.get("title") or "")
            when = date_parts(item.get("issued"))[:1]
            rough.setdefault((who.casefold(), str(when)), []).append(key)
        return [k for keys in rough.values() if len(keys) > 1 for k in keys]

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
        for key, html_entry in zip(self.keys, html_entries, strict=True):
            # the plain text is the HTML's text: one formatting pass, not two
            text = _citeproc_fixes.fix_text(html.unescape(re.sub(r"<[^>]*>", "", str(html_entry))))
            markup = _citeproc_fixes.fix_markup(str(html_entry))
            label = ""
            match = _LABEL.match(text) if self.numeric else None
            if match:
                label = match.group(1)
                text = text[match.end() :]
                markup = _LABEL.sub("", markup, count=1)
            out.append(FormattedEntry(key, label, _link(markup), " ".join(text.split())))
        return out

    def _render_cite(
        self, key: str, locator: Locator | None, item: dict[str, Any] | None = None
    ) -> str:
        """The HTML of one item's citation, without the layout's affixes."""
        source = self.source
        if item is not None:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                source = CiteProcJSON([item])
        bib = CitationStylesBibliography(self.style, source, formatter.html)
        extra = {"locator": locator} if locator is not None else {}
        citation = Citation([CitationItem(key.lower(), **extra)])
        bib.register(citation)
        self.style.root.formatter = formatter.html
        text = _citeproc_fixes.fix_markup(str(bib.cite(citation, lambda _item: None)))
        lay = self.layout
        if lay.prefix and text.startswith(html.escape(lay.prefix)):
            text = text[len(html.escape(lay.prefix)) :]
        if lay.suffix and text.endswith(html.escape(lay.suffix)):
            text = text[: -len(html.escape(lay.suffix))]
        return text

    def cite_parts(self, key: str, locator_text: str) -> CiteParts:
        """One cited item as (author part, rest): ``("Smith & Jones", "2020, p. 3")``."""
        if (key, locator_text) not in self._parts:
            self._parts[key, locator_text] = self._cite_parts(key, locator_text)
        return self._parts[key, locator_text]

    def _cite_parts(self, key: str, locator_text: str) -> CiteParts:
        locator, tail = _locator_and_tail(locator_text)
        item = self._citation_item(key)
        full = self._render_cite(key, locator, item)
        stand_in = dict(item, author=[{"literal": _NO_AUTHOR}])
        for variable in ("editor", "translator", "collection-editor", "container-author"):
            stand_in.pop(variable, None)
        without = self._render_cite(key, locator, stand_in)
        if _NO_AUTHOR in without:
            rest = without.split(_NO_AUTHOR, 1)[1].lstrip(", ")
            author = full[: len(full) - len(rest)].rstrip(", ") if full.endswith(rest) else ""
        else:
            author, rest = "", full
        if tail:
            rest = rest + html.escape(tail) if rest else html.escape(tail.lstrip(", "))
            full = full + html.escape(tail)
        return CiteParts(author, rest, full)

    def _citation_item(self, key: str) -> dict[str, Any]:
        item = dict(self.prepared[key])
        initials = self.options.add_givenname and self._given_initials().get(key)
        if initials:  # CSL primary-name disambiguation: "M. Kim" and "S. Kim" told apart
            first, *others = item["author"]
            item["author"] = [{"literal": f"{initials} {first['family']}"}, *others]
        return item

    @cache  # noqa: B019 - one engine per (items, style), kept by an lru_cache
    def _given_initials(self) -> dict[str, str]:
        # a first author's family name shared by different people in the cited works
        firsts = {}
        for key, item in self.prepared.items():
            authors = item.get("author") or []
            if authors and isinstance(authors[0], dict) and authors[0].get("family"):
                firsts[key] = authors[0]
        people: dict[str, set[str]] = {}
        for name in firsts.values():
            people.setdefault(name["family"], set()).add(name.get("given", ""))
        return {
            key: _initials(name.get("given", ""))
            for key, name in firsts.items()
            if len(people[name["family"]]) > 1 and name.get("given")
        }

    def cite_item(self, cite: dict[str, Any]) -> str:
        """Author-date text of one cited item, e.g. ``Smith & Jones, 2020, p. 3``."""
        key = cite["key"]
        if key not in self.by_key:
            return ""
        parts = self.cite_parts(key, cite.get("locator") or "")
        return parts.rest if cite.get("suppress_author") else parts.full


@dataclass(frozen=True)
class CiteParts:
    """An author-date citation of one item split where pandoc splits it for ``@key``."""

    author: str
    rest: str
    full: str


@dataclass(frozen=True)
class _CitationOptions:
    year_suffix: bool
    add_givenname: bool
    collapse_year: bool


@cache
def _citation_options(style: str) -> _CitationOptions:
    citation = _citation_element(style_path(style))
    rule = citation.get("givenname-disambiguation-rule", "by-cite")
    return _CitationOptions(
        year_suffix=citation.get("disambiguate-add-year-suffix") == "true",
        add_givenname=citation.get("disambiguate-add-givenname") == "true"
        and rule.startswith("primary-name"),
        collapse_year=citation.get("collapse", "") in ("year", "year-suffix"),
    )


def _title(item: dict[str, Any]) -> str:
    return str(item.get("title") or "")


def _letters(index: int) -> str:
    # a, b, …, z, aa, ab, … as CSL's year suffixes
    out = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        out = chr(ord("a") + rest) + out
    return out


def _initials(given: str) -> str:
    words = re.sub(r"-[^\W\d_A-Z][^\s-]*", "", given).replace(".", " ").split()
    return " ".join(w[0] + "." for w in words if w[0].isupper()) or given


# pandoc's locator labels (its English locale's terms and their abbreviations; pandoc 3.9
# does not read "ch.", "pg." or "pgs.": they stay text)
_LOCATOR_TERMS = {
    "book": ("bk.", "bks.", "book", "books"),
    "chapter": ("chap.", "chaps.", "chapter", "chapters"),
    "column": ("col.", "cols.", "column", "columns"),
    "figure": ("fig.", "figs.", "figure", "figures"),
    "folio": ("fol.", "fols.", "folio", "folios"),
    "issue": ("no.", "nos.", "issue"),
    "line": ("l.", "ll.", "line", "lines"),
    "note": ("n.", "nn.", "note", "notes"),
    "opus": ("op.", "opp.", "opus", "opera"),
    "page": ("p.", "pp.", "page", "pages"),
    "paragraph": ("para.", "paras.", "paragraph", "paragraphs", "¶", "¶¶"),
    "part": ("pt.", "pts.", "part", "parts"),
    "section": ("sec.", "secs.", "section", "sections", "§", "§§"),
    "verse": ("v.", "vv.", "verse", "verses"),
    "volume": ("vol.", "vols.", "volume", "volumes"),
}
_LABEL_OF = {word: label for label, words in _LOCATOR_TERMS.items() for word in words}
_LOCATOR_VALUE = re.compile(r"[\w.:–—-]*\d[\w.:–—-]*(?:\s*[,&]\s*[\w.:–—-]*\d[\w.:–—-]*)*")


def parse_locator(text: str) -> tuple[Locator | None, str]:
    """pandoc's reading of a citation's text after the key: (locator, suffix).

    ``p. 33`` and a bare ``33`` are pages, ``chap. 3`` a chapter, ``fig. 2`` a figure;
    whatever does not start with a locator is a suffix, printed as written.
    """
    text = text.strip()
    if not text:
        return None, ""
    label = "page"
    match = re.match(r"(\S+)\s*", text)
    word = match.group(1).lower() if match else ""
    if match is not None and word in _LABEL_OF:
        label, rest = _LABEL_OF[word], text[match.end() :]
    else:
        rest = text
    value = _LOCATOR_VALUE.match(rest)
    if not value or (rest is text and not rest[:1].isdigit()):
        return None, text
    suffix = rest[value.end() :].strip().lstrip(",").strip()
    return Locator(label, value.group(0).rstrip(".")), suffix


def _locator_and_tail(text: str) -> tuple[Locator | None, str]:
    """The locator of a citation's text after the key, and what pandoc writes after the cited
    item: the rest as written after a locator ("p. 3 and more" ends " and more"), or the whole
    text after a comma when there is no locator (", see text")."""
    locator, suffix = parse_locator(text)
    if not suffix:
        return locator, ""
    if locator is None:
        return None, ", " + suffix
    # the suffix ends the text; keep the separator written before it (" and", ", and")
    text = text.rstrip()
    start = end = len(text) - len(suffix)
    while start and text[start - 1] in " \t,":
        start -= 1
    return locator, (", " if "," in text[start:end] else " ") + suffix


def format_cluster(
    references: list[dict[str, Any]],
    items: list[Any],
    style: str,
    numbers: dict[str, int],
    in_text: bool = False,
    cited: list[str] | None = None,
) -> str:
    """The HTML of one citation (``[see @a, p. 3; @b]`` or a bare ``@a``) as pandoc writes it.

    ``items`` have ``key``, ``prefix``, ``locator`` and ``suppress_author`` (see
    ``core.citations.CiteItem``); unknown keys are left out. ``numbers`` gives each work's
    number for numeric styles; ``cited`` every work the document cites (year suffixes and
    given names are told apart among them; default: every reference). Each item links to
    ``#ref-KEY``.
    """
    return ClusterFormatter(references, style, numbers, cited).format(items, in_text)


class ClusterFormatter:
    """:func:`format_cluster` for the many citations of one document: the references are
    signed once, not once per citation."""

    def __init__(
        self,
        references: list[dict[str, Any]],
        style: str,
        numbers: dict[str, int],
        cited: list[str] | tuple[str, ...] | None = None,
        signature: str | None = None,
    ) -> None:
        self.style = style_info(style).name
        self.numeric = STYLES[self.style].numeric
        self.numbers = numbers
        self.signature = signature if signature is not None else _signature(references)
        self.known = {str(r["id"]) for r in references if isinstance(r, dict) and "id" in r}
        self.scope = (
            tuple(k for k in dict.fromkeys(cited) if k in self.known) if cited is not None else None
        )

    def format(self, items: list[Any], in_text: bool = False) -> str:
        """The HTML of one citation of ``items`` ("" when none of them is a known work)."""
        present = tuple(i for i in items if i.key in self.known)
        if not present:
            return ""
        if self.numeric:  # the label depends on its works' numbers, not on the cited set
            numbers = tuple(self.numbers.get(i.key, 0) for i in present)
            return _cluster_html(self.signature, self.style, present, numbers, False, None)
        return _cluster_html(self.signature, self.style, present, (), in_text, self.scope)


@lru_cache(maxsize=8192)
def _cluster_html(
    signature: str,
    style: str,
    items: tuple[Any, ...],
    numbers: tuple[int, ...],
    in_text: bool,
    scope: tuple[str, ...] | None,
) -> str:
    # Cached: a re-render after a keystroke writes the same citations again (200 citations
    # took 13 ms of each render of a 44 KB article uncached).
    if numbers:
        by_key = {item.key: n for item, n in zip(items, numbers, strict=True)}
        return _numeric_cluster(signature, style, list(items), by_key)
    return _author_date_cluster(signature, style, list(items), in_text, scope)


def _a(key: str, text: str) -> str:
    return f'<a href="#ref-{html.escape(key, quote=True)}">{text}</a>'


def _numeric_cluster(signature: str, style: str, items: list[Any], numbers: dict[str, int]) -> str:
    lay = citation_layout(style)
    if not any(i.prefix for i in items):  # pandoc keeps the written order when prefixed
        items = sorted(items, key=lambda i: numbers.get(i.key, 0))
    parts: list[tuple[Any, str]] = []
    for item in items:
        number = numbers.get(item.key, 0)
        rest = ""
        if item.locator:
            rest = _numeric_locator(signature, style, item.key, item.locator)
        label = _a(item.key, str(number)) + rest
        parts.append((item, html.escape(item.prefix) + " " + label if item.prefix else label))
    out: list[str] = []
    run: list[tuple[Any, str]] = []

    def flush() -> None:
        if lay.collapse and len(run) >= 3:
            out.append(run[0][1] + "–" + run[-1][1])
        else:
            out.extend(label for _, label in run)
        run.clear()

    for item, label in parts:
        plain = not item.locator and not item.prefix
        if run and plain and numbers.get(item.key) == numbers.get(run[-1][0].key, 0) + 1:
            run.append((item, label))
            continue
        flush()
        if plain:
            run.append((item, label))
        else:
            out.append(label)
    flush()
    text = html.escape(lay.prefix) + lay.delimiter.join(out) + html.escape(lay.suffix)
    return f"<sup>{text}</sup>" if lay.superscript else text


@lru_cache(maxsize=4096)
def _numeric_locator(signature: str, style: str, key: str, locator: str) -> str:
    """What a numeric style writes after a work's number for ``locator`` (", 33", "(p33)", or
    nothing); cached, as the engine is slow and a locator is re-rendered on every edit."""
    found, tail = _locator_and_tail(locator)
    with _ENGINE_LOCK:
        text = _cite_engine(signature, style)._render_cite(key, found)
    return re.sub(r"^\d+", "", re.sub(r"</?sup>", "", text)) + html.escape(tail)


def _author_date_cluster(
    signature: str, style: str, items: list[Any], in_text: bool, cited: tuple[str, ...] | None
) -> str:
    lay = citation_layout(style)
    with _ENGINE_LOCK:
        engine = _cite_engine(signature, style, cited)
        parts = [engine.cite_parts(i.key, i.locator) for i in items]
        plain_parts = [engine.cite_parts(i.key, "") for i in items]
        order = {k: n for n, k in enumerate(engine.keys)}
    pairs = list(zip(items, parts, strict=True))
    if not any(i.prefix for i in items):
        # the citation's sort: by author and year; works that then tie (2020a, 2020b)
        # keep the written order, as in pandoc
        tied = [_YEAR_SUFFIX.sub(r"\1", p.full) for p in plain_parts]
        first: dict[str, int] = {}
        for text, item in zip(tied, items, strict=True):
            first[text] = min(first.get(text, len(order)), order.get(item.key, 0))
        ranks = [first[t] for t in tied]
        pairs = [p for _, p in sorted(zip(ranks, pairs, strict=True), key=lambda r: r[0])]
    if in_text and len(pairs) == 1:
        item, part = pairs[0]
        if part.author and not item.suppress_author:
            return f"{_a(item.key, part.author)} ({part.rest})"
    texts: list[str] = []
    previous_author = None
    for item, part in pairs:
        text = part.rest if item.suppress_author else part.full
        options = _citation_options(style)
        same = options.collapse_year and part.author and part.author == previous_author
        if same and not item.prefix and texts:
            texts[-1] += ", " + _a(item.key, part.rest)
            continue
        previous_author = part.author
        linked = _a(item.key, text)
        texts.append(f"{html.escape(item.prefix)} {linked}" if item.prefix else linked)
    return html.escape(lay.prefix) + lay.delimiter.join(texts) + html.escape(lay.suffix)


_YEAR_SUFFIX = re.compile(r"(\d{4})[a-z]+\b")


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
