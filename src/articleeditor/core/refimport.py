"""Importing references from what writers paste or export: BibTeX/BibLaTeX, RIS, CSL-JSON,
CSL-YAML and PubMed/MEDLINE. Broken entries are reported with their line while the rest imports;
works already in the article (same DOI or PMID) are reported as duplicates, not added twice."""

from __future__ import annotations

import gc
import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from articleeditor.core.errors import FileReadError, FileTooLarge
from articleeditor.core.findings import Finding
from articleeditor.core.references import (
    BibliographyError,
    date_parts,
    load_csl_text,
    normalise_item,
    parse_nbib,
    parse_ris,
)
from articleeditor.core.refyaml import compact
from articleeditor.core.textfile import MAX_OPEN_BYTES, read_regular

FORMATS = ("bibtex", "ris", "nbib", "csl-json", "csl-yaml")
_SUFFIXES = {".bib": "bibtex", ".bibtex": "bibtex", ".ris": "ris", ".nbib": "nbib",
             ".json": "csl-json", ".yaml": "csl-yaml", ".yml": "csl-yaml"}  # fmt: skip
_ENTRY_START = re.compile(r"^[ \t]*@", re.M)
_STOP_WORDS = {"a", "an", "the", "of", "on", "in", "and", "for", "to", "with", "at", "by"}


@dataclass
class Duplicate:
    """An imported work that the article already has under ``existing_key``."""

    item: dict[str, Any]
    existing_key: str
    reason: str  # "DOI 10.1/x" or "PMID 123"


@dataclass
class ImportResult:
    """What an import found: new items (unique keys), duplicates and unreadable entries."""

    items: list[dict[str, Any]] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)
    problems: list[BibliographyError] = field(default_factory=list)


def detect_format(text: str, path: Path | None = None) -> str:
    """Guess the format from the file suffix, else from the text itself."""
    if path is not None and path.suffix.lower() in _SUFFIXES:
        return _SUFFIXES[path.suffix.lower()]
    stripped = text.lstrip("\ufeff \t\r\n")
    if stripped.startswith(("[", "{")):
        return "csl-json"
    if re.search(r"^TY  - ", text, re.M):
        return "ris"
    if re.search(r"^PMID\s*- ", text, re.M):
        return "nbib"
    if _ENTRY_START.search(text):
        return "bibtex"
    return "csl-yaml"


def _parse_bibtex_tolerant(
    text: str, path: Path | None
) -> tuple[list[dict[str, Any]], list[BibliographyError]]:
    """Every readable entry, and a problem with its line for each broken one."""
    from articleeditor.core import bibtex

    items, errors = bibtex.parse(text)
    problems = [BibliographyError(path, error.line, error.message) for error in errors]
    return [normalise_item(item) for item in items], problems


def _parse_csl(
    text: str, fmt: str, path: Path | None
) -> tuple[list[dict[str, Any]], list[BibliographyError]]:
    try:
        data = load_csl_text(text, path, yaml_syntax=fmt != "csl-json")
    except BibliographyError as error:
        return [], [error]
    if isinstance(data, dict):
        data = data.get("references", [data])
    if not isinstance(data, list):
        return [], [BibliographyError(path, 1, Finding("bibliography-not-list"))]
    items, problems = [], []
    for number, raw in enumerate(data, 1):
        if not isinstance(raw, dict):
            not_mapping = Finding("bibliography-item-not-mapping", {"number": number})
            problems.append(BibliographyError(path, 0, not_mapping))
            continue
        items.append(normalise_item(raw))
    return items, problems


@contextmanager
def _cyclic_gc_paused() -> Iterator[None]:
    """Pause Python's cycle collector while a parser builds many small objects.

    Parsing allocates hundreds of thousands of acyclic objects; each allocation burst set
    off a collection that walked every object still alive, so 8,000 entries took 4.7 times
    as long as 2,000. Reference counting still frees everything meanwhile.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def parse_references_text(
    text: str, fmt: str | None = None, path: Path | None = None
) -> tuple[list[dict[str, Any]], list[BibliographyError]]:
    """Items and problems in ``text``; never raises for bad entries."""
    with _cyclic_gc_paused():
        return _parse_references_text(text, fmt, path)


def _parse_references_text(
    text: str, fmt: str | None, path: Path | None
) -> tuple[list[dict[str, Any]], list[BibliographyError]]:
    fmt = fmt or detect_format(text, path)
    if fmt == "bibtex":
        return _parse_bibtex_tolerant(text, path)
    if fmt in ("csl-json", "csl-yaml"):
        return _parse_csl(text, fmt, path)
    parser = parse_ris if fmt == "ris" else parse_nbib
    items = parser(text)
    for item in items:
        item.pop("id", None)  # these formats carry no citation key: ours are generated
    if not items:
        return [], [
            BibliographyError(path, 0, Finding("bibliography-no-records", {"format": fmt.upper()}))
        ]
    return items, []


def _ascii_word(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z0-9]", "", folded).lower()


def make_key(item: dict[str, Any], taken: set[str]) -> str:
    """``shi2020chimeric``: first author, year, first title word; unique ignoring case."""
    authors = item.get("author") or [{}]
    first = authors[0] if isinstance(authors[0], dict) else {"literal": str(authors[0])}
    name = _ascii_word(first.get("family") or first.get("literal", "").split(" ")[0]) or "ref"
    parts = date_parts(item.get("issued"))
    year = str(parts[0]) if parts else ""
    words = [_ascii_word(w) for w in str(item.get("title", "")).split()]
    word = next((w for w in words if w and w not in _STOP_WORDS), "")
    base = f"{name}{year}{word}"
    key, suffix = base, ord("a")
    while key.casefold() in taken:
        key = f"{base}{chr(suffix)}" if suffix <= ord("z") else f"{base}{suffix}"
        suffix += 1
    taken.add(key.casefold())
    return key


def _identities(item: dict[str, Any]) -> list[tuple[str, str]]:
    ids = []
    if item.get("DOI"):
        ids.append(("DOI", str(item["DOI"]).casefold()))
    if item.get("PMID"):
        ids.append(("PMID", str(item["PMID"]).strip()))
    return ids


def import_references(
    text: str,
    existing: list[dict[str, Any]],
    fmt: str | None = None,
    path: Path | None = None,
) -> ImportResult:
    """Parse ``text`` and prepare its items for adding to ``existing`` (which is not changed)."""
    with _cyclic_gc_paused():
        return _import_references(text, existing, fmt, path)


def _import_references(
    text: str, existing: list[dict[str, Any]], fmt: str | None, path: Path | None
) -> ImportResult:
    parsed, problems = parse_references_text(text, fmt, path)
    result = ImportResult(problems=problems)
    taken = {str(item.get("id", "")).casefold() for item in existing}
    known = {ident: str(item.get("id")) for item in existing for ident in _identities(item)}
    for item in parsed:
        match = next((ident for ident in _identities(item) if ident in known), None)
        if match is not None:
            result.duplicates.append(
                Duplicate(compact(item), known[match], f"{match[0]} {match[1]}")
            )
            continue
        key = str(item.get("id") or "")
        if not key or key.casefold() in taken:
            key = make_key(item, taken)
        else:
            taken.add(key.casefold())
        item = compact({**item, "id": key})
        result.items.append(item)
        for ident in _identities(item):
            known[ident] = key
    return result


def read_reference_file(path: Path) -> str:
    """The text of a reference file; BibliographyError when it cannot be read as text."""
    try:
        data, _ = read_regular(path, MAX_OPEN_BYTES)  # no FIFOs or devices, size-capped
    except FileReadError as error:
        raise BibliographyError(path, 0, error.message) from None
    except FileTooLarge as error:
        limit = error.limit // 1_000_000
        raise BibliographyError(
            path, 0, Finding("bibliography-too-large", {"limit": limit})
        ) from None
    try:
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            return data.decode("utf-16")
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise BibliographyError(path, 0, Finding("bibliography-not-utf8")) from None
