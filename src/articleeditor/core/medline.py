"""PubMed/MEDLINE records (``.nbib``: ``PMID- …``, continuation lines indented) to CSL items.

The format is a plain tag list; no maintained library reads it into CSL, so this module
does. Kept: personal authors (FAU, with "Jr" as a suffix) and the group author (CN) in
their order, editors (FED), the full publication date (DP), PMID, PMCID, DOI, ISSN,
language and place of publication.
"""

from __future__ import annotations

import re
from typing import Any

_MONTH_NAMES = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
_MONTHS = {month: number for number, month in enumerate(_MONTH_NAMES, 1)}
_SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "2nd", "3rd"}
_LANGUAGES = {"eng": "en", "fre": "fr", "ger": "de", "spa": "es", "ita": "it", "jpn": "ja",
              "chi": "zh", "por": "pt", "rus": "ru", "dut": "nl", "kor": "ko"}  # fmt: skip
_TAG = re.compile(r"^([A-Z]{1,4})\s*- (.*)$")


def records(text: str) -> list[list[tuple[str, str]]]:
    """Each record as its (tag, value) pairs in order, continuation lines joined."""
    out: list[list[tuple[str, str]]] = []
    for raw in text.splitlines():
        if raw.startswith("      ") and out and out[-1]:
            tag, value = out[-1][-1]
            out[-1][-1] = (tag, value + " " + raw.strip())
            continue
        match = _TAG.match(raw)
        if not match:
            continue
        tag, value = match.group(1), match.group(2).strip()
        if tag == "PMID" or not out:
            out.append([])
        out[-1].append((tag, value))
    return [r for r in out if any(tag == "PMID" for tag, _ in r)]


def parse(text: str) -> list[dict[str, Any]]:
    """CSL items (not yet normalised, no ids) of every record in ``text``."""
    return [_to_csl(record) for record in records(text)]


def name(text: str) -> dict[str, str]:
    """``Family, Given [Jr]`` (MEDLINE FAU) as a CSL name."""
    family, _, given = (p.strip() for p in text.partition(","))
    out = {"family": family}
    words = given.split()
    if words and words[-1].lower() in _SUFFIXES:
        out["suffix"] = words.pop()
    if words:
        out["given"] = " ".join(words)
    return out


def date(text: str) -> dict[str, Any] | None:
    """``2018 Feb 1`` or ``2018 Feb-Mar`` as a CSL date (year, month, day as known)."""
    match = re.match(r"(\d{4})(?:\s+([A-Za-z]{3})[A-Za-z]*(?:-[A-Za-z]+)?(?:\s+(\d{1,2}))?)?", text)
    if not match:
        return None
    parts = [int(match.group(1))]
    month = _MONTHS.get((match.group(2) or "").lower())
    if month:
        parts.append(month)
        if match.group(3):
            parts.append(int(match.group(3)))
    return {"date-parts": [parts]}


def _to_csl(record: list[tuple[str, str]]) -> dict[str, Any]:
    first: dict[str, str] = {}
    for tag, value in record:
        first.setdefault(tag, value)
    item: dict[str, Any] = {"type": "article-journal", "PMID": first["PMID"]}
    if "TI" in first:
        item["title"] = first["TI"].rstrip(".")
    has_full = any(tag == "FAU" for tag, _ in record)
    authors, editors = [], []
    for tag, value in record:  # FAU and CN interleave in the order PubMed lists authors
        if tag == ("FAU" if has_full else "AU"):
            authors.append(name(value) if has_full else _short_name(value))
        elif tag == "CN":
            authors.append({"literal": value.rstrip(".")})
        elif tag == "FED":
            editors.append(name(value))
    if authors:
        item["author"] = authors
    if editors:
        item["editor"] = editors
    simple = {"JT": "container-title", "TA": "container-title-short", "VI": "volume",
              "IP": "issue", "PG": "page", "AB": "abstract", "PL": "publisher-place"}  # fmt: skip
    for tag, field in simple.items():
        if tag in first:
            item[field] = first[tag]
    for tag, value in record:
        if tag in ("AID", "LID") and value.endswith("[doi]"):
            item.setdefault("DOI", value[: -len("[doi]")].strip())
        elif tag == "PMC":
            item.setdefault("PMCID", value)
        elif tag == "IS" and "ISSN" not in item:
            item["ISSN"] = value.split()[0]
        elif tag == "LA":
            item.setdefault("language", _LANGUAGES.get(value.lower(), value))
    issued = date(first.get("DP", ""))
    if issued:
        item["issued"] = issued
    return item


def _short_name(text: str) -> dict[str, str]:
    # AU is "Smith JA": family, then initials
    family, _, initials = text.rpartition(" ")
    return {"family": family, "given": initials} if family else {"literal": text}
