"""RIS records (``TY  - JOUR`` … ``ER  -``) to CSL items, read by rispy.

Kept: authors and editors (a name without a comma is an organisation, a literal name),
place (CY), accession number as PMID when the database is PubMed (AN), access date (Y2),
the full date (DA), edition, language, and an ISBN told apart from an ISSN (SN).
"""

from __future__ import annotations

import re
from typing import Any

import rispy

TYPES = {"JOUR": "article-journal", "JFULL": "article-journal", "EJOUR": "article-journal",
         "BOOK": "book", "EBOOK": "book", "EDBOOK": "book", "CHAP": "chapter",
         "ECHAP": "chapter", "RPRT": "report", "CONF": "paper-conference",
         "CPAPER": "paper-conference", "THES": "thesis", "ELEC": "webpage", "WEB": "webpage",
         "DATA": "dataset", "COMP": "software", "NEWS": "article-newspaper",
         "MGZN": "article-magazine", "PAT": "patent", "UNPB": "manuscript",
         "GEN": "article"}  # fmt: skip
_SIMPLE = {"volume": "volume", "number": "issue", "doi": "DOI", "publisher": "publisher",
           "abstract": "abstract", "place_published": "publisher-place", "edition": "edition",
           "language": "language", "type_of_work": "genre"}  # fmt: skip
_ISBN = re.compile(r"^(?:97[89])?\d{9}[\dX]$", re.I)


def parse(text: str) -> list[dict[str, Any]]:
    """CSL items (not yet normalised, no ids) of every record in ``text``."""
    return [_to_csl(record) for record in rispy.loads(text, skip_unknown_tags=False)]


def name(text: str) -> dict[str, str]:
    """``Family, Given[, Suffix]`` as a CSL name; no comma means an organisation."""
    parts = [p.strip() for p in text.split(",")]
    if len(parts) == 1:
        return {"literal": text.strip()}
    out = {"family": parts[0]}
    if parts[1]:
        out["given"] = parts[1]
    if len(parts) > 2 and parts[2]:
        out["suffix"] = parts[2]
    return out


def date(text: str) -> dict[str, Any] | None:
    """RIS ``YYYY/MM/DD/other`` (parts may be empty) as a CSL date."""
    match = re.match(r"\s*(\d{4})(?:[/-](\d{1,2})?(?:[/-](\d{1,2})?)?)?", text)
    if not match:
        return None
    parts = [int(match.group(1))]
    for group in (match.group(2), match.group(3)):
        if not group or not 0 < int(group) <= 31:
            break
        parts.append(int(group))
    return {"date-parts": [parts]}


def _to_csl(record: dict[str, Any]) -> dict[str, Any]:
    kind = str(record.get("type_of_reference", "GEN"))
    item: dict[str, Any] = {"type": TYPES.get(kind, "article")}
    unknown = record.get("unknown_tag") or {}
    authors = [*record.get("authors", []), *record.get("first_authors", [])]
    if authors:
        item["author"] = [name(a) for a in authors]
    editors = list(unknown.get("ED", []))
    if kind in ("CHAP", "BOOK", "EDBOOK"):  # A2 is the book's editor for these types
        editors += record.get("secondary_authors", [])
    if editors:
        item["editor"] = [name(e) for e in editors]
    title = record.get("title") or record.get("primary_title")
    if title:
        item["title"] = title
    container = (record.get("secondary_title") or record.get("journal_name")
                 or record.get("alternate_title3"))  # fmt: skip
    if container:
        item["container-title"] = container
    for field, variable in _SIMPLE.items():
        if record.get(field):
            item[variable] = str(record[field])
    start, end = record.get("start_page"), record.get("end_page")
    if start:
        item["page"] = f"{start}-{end}" if end else str(start)
    if record.get("urls"):
        item["URL"] = record["urls"][0]
    issued = (
        date(record.get("date", ""))
        or date(record.get("year", ""))
        or date(record.get("publication_year", ""))
    )
    if issued:
        if len(issued["date-parts"][0]) == 1 and record.get("date"):
            issued = date(record["date"]) or issued
        item["issued"] = issued
    accessed = date(record.get("access_date", ""))
    if accessed:
        item["accessed"] = accessed
    for number in (record.get("issn") or "").split():
        digits = number.replace("-", "")
        item["ISBN" if _ISBN.match(digits) else "ISSN"] = number
    accession = str(record.get("accession_number") or "")
    database = str(record.get("name_of_database") or "").lower()
    if accession.isdigit() and ("pubmed" in database or "medline" in database or not database):
        item["PMID"] = accession
    return item
