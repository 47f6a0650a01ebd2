"""BibTeX and BibLaTeX to CSL items: bibtexparser v2 reads the file, pylatexenc the LaTeX.

Every field CSL has a place for is kept (editors, edition, school and institution as the
publisher, type as the genre, urldate as accessed, language, a PMID or PMCID in ``note``).
A braced name (``{World Health Organization}``) is a literal name.
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from bibtexparser.entrypoint import parse_string
from bibtexparser.middlewares.names import (
    InvalidNameError,
    parse_single_name_into_parts,
    split_multiple_persons_names,
)
from bibtexparser.model import Block, Entry
from pylatexenc.latex2text import LatexNodes2Text, get_default_latex_context_db

from articleeditor.core.bibtex_failures import failed_block_problem, name_problem
from articleeditor.core.findings import Finding

logger = logging.getLogger(__name__)
# bibtexparser logs each broken entry; we report those ourselves, with their line. Its
# records still reach the application's handlers, but not Python's last-resort stderr.
logging.getLogger("bibtexparser").addHandler(logging.NullHandler())

TYPES = {
    "article": "article-journal",
    "book": "book",
    "mvbook": "book",
    "booklet": "pamphlet",
    "inbook": "chapter",
    "incollection": "chapter",
    "collection": "book",
    "inproceedings": "paper-conference",
    "conference": "paper-conference",
    "proceedings": "book",
    "phdthesis": "thesis",
    "mastersthesis": "thesis",
    "thesis": "thesis",
    "techreport": "report",
    "report": "report",
    "manual": "report",
    "misc": "article",
    "online": "webpage",
    "electronic": "webpage",
    "www": "webpage",
    "unpublished": "manuscript",
    "dataset": "dataset",
    "software": "software",
    "patent": "patent",
}
_GENRES = {"phdthesis": "PhD thesis", "mastersthesis": "Master's thesis"}
FIELDS = {
    "title": "title",
    "journal": "container-title",
    "journaltitle": "container-title",
    "booktitle": "container-title",
    "series": "collection-title",
    "volume": "volume",
    "number": "issue",
    "pages": "page",
    "chapter": "chapter-number",
    "edition": "edition",
    "publisher": "publisher",
    "school": "publisher",
    "institution": "publisher",
    "organization": "publisher",
    "address": "publisher-place",
    "location": "publisher-place",
    "type": "genre",
    "doi": "DOI",
    "url": "URL",
    "isbn": "ISBN",
    "issn": "ISSN",
    "pmid": "PMID",
    "pmcid": "PMCID",
    "abstract": "abstract",
    "note": "note",
    "language": "language",
    "langid": "language",
    "version": "version",
    "shorttitle": "title-short",
}
_VERBATIM = {"url", "doi", "isbn", "issn", "pmid", "pmcid"}
_NAME_FIELDS = {"author": "author", "editor": "editor", "translator": "translator"}
_PMID = re.compile(r"\bPMID:?\s*(\d{1,9})\b", re.I)
_PMCID = re.compile(r"\b(PMC\d+)\b")
_EMPHASIS = re.compile(r"\\(?:textit|emph|textsl)\s*\{([^{}]*)\}|\{\\(?:it|em|sl)\s+([^{}]*)\}")
_BOLD = re.compile(r"\\textbf\s*\{([^{}]*)\}|\{\\bf\s+([^{}]*)\}")
_ACCENTS = {"'": "\u0301", "`": "\u0300", "^": "\u0302", '"': "\u0308", "~": "\u0303",
            "c": "\u0327", "v": "\u030c", "=": "\u0304", "u": "\u0306", ".": "\u0307",
            "H": "\u030b", "r": "\u030a"}  # fmt: skip
_SIMPLE_ACCENT = re.compile(r"\{?\\([`'^\"~=.])\s*\{?\s*(\\?[A-Za-z])\s*\}?\}?")
_LETTER_ACCENT = re.compile(r"\{?\\([cvuHr])\s*(?:\{\s*(\\?[A-Za-z])\s*\}|\s([A-Za-z]))\}?")
_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
_LATEX = LatexNodes2Text(math_mode="text", strict_latex_spaces=True)
# pylatexenc's own table of argument-less macros (\beta, \dh, \ss, \textendash …): applied
# by one regular expression, as the full LaTeX walker costs about a millisecond a field.
_SYMBOLS = {
    spec.macroname: spec.simplify_repl
    for spec in get_default_latex_context_db().iter_macro_specs()
    if isinstance(spec.simplify_repl, str) and "%" not in spec.simplify_repl
}
_SYMBOL = re.compile(r"\\([A-Za-z]+)(?![A-Za-z])\s*(?:\{\})?")
_MATH = re.compile(r"\$([^$]*)\$")


class BibtexEntryError(ValueError):
    """An entry bibtexparser could not read; ``line`` is 1-based, ``message`` a Finding (or
    bibtexparser's own words for a failure it describes in a way we do not know)."""

    def __init__(self, line: int, message: str) -> None:
        self.line, self.message = line, message
        super().__init__(f"{line}: {message}")


def parse(text: str) -> tuple[list[dict[str, Any]], list[BibtexEntryError]]:
    """CSL items (not yet normalised) of the readable entries, and one error per broken one."""
    library = parse_string(text)
    items: list[dict[str, Any]] = []
    errors: list[BibtexEntryError] = []
    for entry in library.entries:
        try:
            items.append(_to_csl(entry))
        except InvalidNameError as error:
            errors.append(BibtexEntryError(_line(entry), name_problem(entry.key, error)))
            continue
        errors += _unread_text(entry)
    for block in library.failed_blocks:
        errors.append(BibtexEntryError(_line(block), failed_block_problem(block)))
    return items, errors


_FIELD_START = re.compile(r"^[ \t]*([A-Za-z][\w:.-]*)[ \t]+(?=[^\s=])", re.M)


def _line(block: Block) -> int:
    # bibtexparser types start_line as optional (blocks built by hand); parsed ones have it.
    return (block.start_line or 0) + 1


def _unread_text(entry: Entry) -> list[BibtexEntryError]:
    # bibtexparser skips "year 2020" (no "=") without a word: say so rather than lose it.
    # Only lines at the entry's own level count; a value's text never starts a line there.
    raw = str(getattr(entry, "raw", "") or "")
    if not _FIELD_START.search(raw):  # the usual entry: no line to look at closely
        return []
    problems: list[BibtexEntryError] = []
    depth, quoted = 0, False
    for offset, char in enumerate(raw):
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
        elif char == '"' and depth == 1 and raw[offset - 1] != "\\":
            quoted = not quoted
        elif char == "\n" and depth == 1 and not quoted:
            line_start = offset + 1
            if match := _FIELD_START.match(raw, line_start):
                line = _line(entry) + raw.count("\n", 0, line_start)
                field = repr(match.group(1))
                problem = Finding("bibtex-field-without-equals", {"key": entry.key, "field": field})
                problems.append(BibtexEntryError(line, problem))
    return problems


def parse_file(path: Path) -> list[dict[str, Any]]:
    """Items of a ``.bib`` file; the first broken entry raises with its line."""
    items, errors = parse(path.read_text(encoding="utf-8-sig"))
    if errors:
        raise errors[0]
    return items


def _to_csl(entry: Entry) -> dict[str, Any]:
    kind = entry.entry_type.lower()
    fields = {name.lower(): str(field.value) for name, field in entry.fields_dict.items()}
    item: dict[str, Any] = {"id": entry.key, "type": TYPES.get(kind, "article")}
    for name, variable in _NAME_FIELDS.items():
        if fields.get(name):
            item[variable] = [_name(n) for n in split_multiple_persons_names(fields[name])]
    for name, variable in FIELDS.items():
        value = fields.get(name)
        if value and variable not in item:
            item[variable] = value.strip("{} ") if name in _VERBATIM else latex_to_text(value)
    if kind in _GENRES and "genre" not in item:
        item["genre"] = _GENRES[kind]
    if kind == "misc" and fields.get("eprinttype", "").lower() == "arxiv":
        item["number"] = "arXiv:" + fields.get("eprint", "")
    if fields.get("eprinttype", "").lower() == "pubmed" and fields.get("eprint"):
        item.setdefault("PMID", fields["eprint"])
    note = fields.get("note", "")
    if (pmid := _PMID.search(note)) and "PMID" not in item:
        item["PMID"] = pmid.group(1)
    if (pmcid := _PMCID.search(note)) and "PMCID" not in item:
        item["PMCID"] = pmcid.group(1)
    issued = _issued(fields)
    if issued:
        item["issued"] = issued
    if fields.get("urldate"):
        item["accessed"] = _date(fields["urldate"])
    return item


def _name(raw: str) -> dict[str, str]:
    stripped = raw.strip()
    if stripped.startswith("{") and stripped.endswith("}") and _balanced(stripped[1:-1]):
        return {"literal": latex_to_text(stripped)}
    parts = parse_single_name_into_parts(stripped)
    name = {}
    if parts.last:
        name["family"] = latex_to_text(" ".join(parts.last))
    if parts.first:
        name["given"] = latex_to_text(" ".join(parts.first))
    if parts.von:
        name["non-dropping-particle"] = latex_to_text(" ".join(parts.von))
    if parts.jr:
        name["suffix"] = latex_to_text(" ".join(parts.jr))
    return name or {"literal": latex_to_text(stripped)}


def _balanced(text: str) -> bool:
    depth = 0
    for char in text:
        depth += {"{": 1, "}": -1}.get(char, 0)
        if depth < 0:
            return False
    return depth == 0


def _issued(fields: dict[str, str]) -> dict[str, Any] | None:
    if fields.get("date"):
        return _date(fields["date"])
    year = re.sub(r"\D", "", fields.get("year", ""))[:4]
    if not year:
        return None
    parts = [int(year)]
    month = _month(fields.get("month", ""))
    if month:
        parts.append(month)
        day = re.sub(r"\D", "", fields.get("day", ""))
        if day:
            parts.append(int(day))
    return {"date-parts": [parts]}


def _date(text: str) -> dict[str, Any]:
    match = re.fullmatch(r"\s*(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?\s*", text)
    if not match:
        return {"literal": latex_to_text(text)}
    return {"date-parts": [[int(p) for p in match.groups() if p]]}


def _month(text: str) -> int | None:
    text = text.strip().strip("{}").lower()
    if text.isdigit():
        return int(text) if 1 <= int(text) <= 12 else None
    return _MONTHS.index(text[:3]) + 1 if text[:3] in _MONTHS else None


@lru_cache(maxsize=4096)
def latex_to_text(value: str) -> str:
    """A field's LaTeX as Unicode; ``\\textit{x}`` becomes Markdown ``*x*`` (read as italics).

    Accents and ``--`` are decoded here; anything else with a backslash or ``$`` goes
    through pylatexenc (slower, so only when needed).
    """
    value = _EMPHASIS.sub(lambda m: "*" + (m.group(1) or m.group(2)) + "*", value)
    value = _BOLD.sub(lambda m: "**" + (m.group(1) or m.group(2)) + "**", value)
    value = _SIMPLE_ACCENT.sub(_accent, value)
    value = _LETTER_ACCENT.sub(_accent, value)
    value = _SYMBOL.sub(lambda m: _SYMBOLS.get(m.group(1), m.group(0)), value)
    value = _MATH.sub(lambda m: m.group(1) if "\\" not in m.group(1) else m.group(0), value)
    if "\\" in value or "$" in value:
        try:
            value = _LATEX.latex_to_text(value)
        except Exception as error:  # pylatexenc raises plain exceptions on odd input
            logger.warning("LaTeX left as written in %r: %s", value, error)
    value = value.replace("---", "—").replace("--", "–").replace("~", "\u00a0")
    return " ".join(value.replace("{", "").replace("}", "").split())


def _accent(match: re.Match[str]) -> str:
    import unicodedata

    letter = (match.group(2) or match.group(3) or "").lstrip("\\")
    letter = {"i": "i", "j": "j"}.get(letter, letter)
    return unicodedata.normalize("NFC", letter + _ACCENTS[match.group(1)])
