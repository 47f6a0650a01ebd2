"""CSL items: normalise front-matter references, load CSL-JSON/BibTeX, import RIS and PubMed."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import yaml

from articleeditor.core.errors import ArticleEditorError
from articleeditor.core.frontmatter_limits import MAX_DEPTH, load_yaml, too_deep_at
from articleeditor.core.textfile import read_user_text


class BibliographyError(ArticleEditorError):
    """A bibliography file or reference that cannot be read; ``line`` is 1-based or 0."""

    def __init__(self, path: Path | None, line: int, message: str) -> None:
        self.path, self.line, self.message = path, line, message
        where = f"{path or '<text>'}:{line}: " if line else f"{path or '<text>'}: "
        super().__init__(where + message)


_NAME_FIELDS = ("author", "editor", "translator", "container-author", "collection-editor")
_DOI = re.compile(r"(10\.\d{4,9}/\S+)", re.I)


def parse_doi(text: str) -> str | None:
    """The DOI in ``text`` ("doi:10.1/x", "https://doi.org/10.1/x", "10.1/x"), else None."""
    match = _DOI.search(text.strip())
    return match.group(1).rstrip(".,;)") if match else None


def parse_name(name: Any) -> dict[str, str]:
    """A CSL name from a dict or a "Family, Given" / "Given Family" string."""
    if isinstance(name, dict):
        return {str(k): str(v) for k, v in name.items() if v is not None}
    text = str(name).strip()
    if "," in text:
        family, given = (p.strip() for p in text.split(",", 1))
        return {"family": family, "given": given} if given else {"family": family}
    parts = text.split()
    if len(parts) < 2:
        return {"literal": text}
    return {"family": parts[-1], "given": " ".join(parts[:-1])}


def parse_date(value: Any) -> dict[str, Any]:
    """A CSL date from date-parts, a year, an ISO date string or free text (literal)."""
    if isinstance(value, dict):
        return value
    text = str(value).strip()
    match = re.fullmatch(r"(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?", text)
    if not match:
        return {"literal": text}
    return {"date-parts": [[int(p) for p in match.groups() if p]]}


def normalise_item(raw: dict[str, Any]) -> dict[str, Any]:
    """A clean CSL item: string id, names as dicts, dates as date-parts, numbers as text."""
    item: dict[str, Any] = {}
    for key, value in raw.items():
        if value is None:
            continue
        key = str(key)
        if key in _NAME_FIELDS:
            names = value if isinstance(value, list) else [value]
            item[key] = [parse_name(n) for n in names]
        elif key in ("issued", "accessed", "event-date", "original-date", "submitted"):
            item[key] = parse_date(value)
        elif key == "DOI" or key.lower() == "doi":
            item["DOI"] = parse_doi(str(value)) or str(value)
        elif isinstance(value, int | float) and not isinstance(value, bool):
            item[key] = str(value)
        else:
            item[key] = value
    if "id" in item:
        item["id"] = str(item["id"])
    item.setdefault("type", "article-journal")
    return item


# The item types of CSL 1.0.2; citeproc-py cannot format an item without one.
CSL_TYPES = frozenset({
    "article", "article-journal", "article-magazine", "article-newspaper", "bill", "book",
    "broadcast", "chapter", "classic", "collection", "dataset", "document", "entry",
    "entry-dictionary", "entry-encyclopedia", "event", "figure", "graphic", "hearing",
    "interview", "legal_case", "legislation", "manuscript", "map", "motion_picture",
    "musical_score", "pamphlet", "paper-conference", "patent", "performance", "periodical",
    "personal_communication", "post", "post-weblog", "regulation", "report", "review",
    "review-book", "software", "song", "speech", "standard", "thesis", "treaty", "webpage",
})
_DATE_FIELDS = ("issued", "accessed", "event-date", "original-date", "submitted",
                "available-date")


def _name_problem(value: Any) -> str:
    if not isinstance(value, list):
        return "must be a list of names such as {family: Smith, given: Jane}"
    for name in value:
        if not isinstance(name, dict):
            return "must be a list of names such as {family: Smith, given: Jane}"
        if not all(isinstance(part, str | int | float) for part in name.values()):
            return "has a name part that is not text"
    return ""


def _date_problem(value: Any) -> str:
    if not isinstance(value, dict):
        return "must be a date such as {date-parts: [[2020, 5, 1]]}"
    if "date-parts" not in value:
        return "" if any(isinstance(value.get(k), str) for k in ("literal", "raw")) else (
            "needs date-parts (or a literal text)")
    parts = value["date-parts"]
    if not isinstance(parts, list) or not parts or not all(_date_part_ok(p) for p in parts):
        return "date-parts must be a list of [year, month, day] lists of numbers"
    return ""


def _date_part_ok(part: Any) -> bool:
    def number(n: Any) -> bool:
        if isinstance(n, str):
            return n.strip().lstrip("-").isdigit()
        return isinstance(n, int) and not isinstance(n, bool)

    return isinstance(part, list) and 0 < len(part) <= 3 and all(number(n) for n in part)


def item_problems(item: Any) -> list[str]:
    """Why one CSL item cannot be formatted (empty when it can): an id that is text, a known
    type, names as lists of mappings, dates as date-parts, other fields as plain values."""
    if not isinstance(item, dict):
        return ["is not a mapping (id: ..., type: ..., title: ...)"]
    problems = []
    ref_id = item.get("id")
    if isinstance(ref_id, bool) or not isinstance(ref_id, str | int) or not str(ref_id).strip():
        problems.append("needs an id that is a word, such as smith2020")
    kind = item.get("type")
    if kind is None:
        problems.append("has no type (e.g. type: article-journal)")
    elif not isinstance(kind, str) or kind not in CSL_TYPES:
        problems.append(f"has an unknown type {kind!r} (e.g. article-journal, book, webpage)")
    for key, value in item.items():
        if key in ("id", "type") or value is None:
            continue
        if key in _NAME_FIELDS:
            why = _name_problem(value)
        elif key in _DATE_FIELDS:
            why = _date_problem(value)
        elif isinstance(value, list | dict):
            why = "must be text or a number"
        else:
            why = ""
        if why:
            problems.append(f"{key} {why}")
    return problems


def usable_items(items: list[Any]) -> list[dict[str, Any]]:
    """The items citeproc can format; the others are reported by ``check`` and left out."""
    return [item for item in items if not item_problems(item)]


def validate_items(items: list[Any]) -> list[str]:
    """Readable problems with front-matter references: missing or duplicate ids, bad shapes."""
    problems, seen = [], set()
    for index, item in enumerate(items, 1):
        if not isinstance(item, dict):
            problems.append(f"reference {index} is not a mapping")
            continue
        ref_id = item.get("id")
        if ref_id in (None, ""):
            problems.append(f"reference {index} has no id")
        elif str(ref_id) in seen:
            problems.append(f"duplicate reference id {ref_id!r}")
        else:
            seen.add(str(ref_id))
        if not item.get("title"):
            problems.append(f"reference {ref_id or index} has no title")
    return problems


def load_csl_text(text: str, path: Path | None = None, *, yaml_syntax: bool = False) -> Any:
    """CSL-JSON (or CSL-YAML) text as data, under the front matter's limits on depth, alias
    expansion and number length; BibliographyError names the line."""
    if yaml_syntax:
        try:
            return load_yaml(text)
        except yaml.MarkedYAMLError as error:
            mark = error.problem_mark or error.context_mark
            line = mark.line + 1 if mark else 0
            raise BibliographyError(path, line, error.problem or "invalid YAML") from None
        except (yaml.YAMLError, ValueError, TypeError) as error:
            raise BibliographyError(path, 0, f"cannot be read: {error}") from None
    deep = too_deep_at(text)
    if deep is not None:
        raise BibliographyError(path, deep, f"nested more than {MAX_DEPTH} levels deep")
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise BibliographyError(path, error.lineno, error.msg) from error
    except (ValueError, RecursionError) as error:  # a number too long for Python
        raise BibliographyError(path, 0, f"cannot be read: {error}") from None


def load_bibliography(path: Path) -> list[dict[str, Any]]:
    """Read a CSL-JSON, BibTeX, RIS or PubMed (.nbib) file into normalised CSL items."""
    text = read_user_text(path)  # regular files only, size-capped; BOM dropped
    suffix = path.suffix.lower()
    if suffix == ".json":
        data = load_csl_text(text, path)
        if not isinstance(data, list):
            raise BibliographyError(path, 1, "a CSL-JSON bibliography must be a list of items")
        return [normalise_item(i) for i in data if isinstance(i, dict)]
    if suffix == ".bib":
        return parse_bibtex(text, path)
    if suffix == ".ris":
        return parse_ris(text)
    if suffix in (".nbib", ".medline", ".txt"):
        return parse_nbib(text)
    raise BibliographyError(path, 0, f"unsupported bibliography format {suffix!r}")


# --- BibTeX --------------------------------------------------------------------------------

_BIB_TYPES = {
    "article": "article-journal",
    "book": "book",
    "inbook": "chapter",
    "incollection": "chapter",
    "inproceedings": "paper-conference",
    "conference": "paper-conference",
    "phdthesis": "thesis",
    "mastersthesis": "thesis",
    "techreport": "report",
    "misc": "article",
    "online": "webpage",
    "unpublished": "manuscript",
}
_BIB_FIELDS = {
    "title": "title",
    "journal": "container-title",
    "journaltitle": "container-title",
    "booktitle": "container-title",
    "volume": "volume",
    "number": "issue",
    "pages": "page",
    "publisher": "publisher",
    "address": "publisher-place",
    "doi": "DOI",
    "url": "URL",
    "isbn": "ISBN",
    "issn": "ISSN",
    "abstract": "abstract",
    "note": "note",
    "pmid": "PMID",
}
_ACCENTS = {"'": "\u0301", "`": "\u0300", "^": "\u0302", '"': "\u0308", "~": "\u0303",
            "c": "\u0327", "v": "\u030c", "=": "\u0304", "u": "\u0306", ".": "\u0307",
            "H": "\u030b", "r": "\u030a"}  # fmt: skip
_LETTERS = {"ss": "ß", "o": "ø", "O": "Ø", "ae": "æ", "AE": "Æ", "aa": "å", "AA": "Å",
            "l": "ł", "L": "Ł", "i": "ı"}  # fmt: skip


def latex_to_text(value: str) -> str:
    """Decode the common LaTeX accents and letters of BibTeX fields; drop braces."""
    import unicodedata

    def accent(match: re.Match[str]) -> str:
        mark, letter = match.group(1), match.group(2) or match.group(3)
        return unicodedata.normalize("NFC", letter + _ACCENTS[mark])

    value = re.sub(r"\\([`'^\"~=.])\s*\{?\s*(?:\\?([A-Za-z]))\}?()", accent, value)
    value = re.sub(r"\\([cvuHr])\s*\{\s*\\?([A-Za-z])\s*\}()", accent, value)
    value = re.sub(r"\\([cvuHr]) ([A-Za-z])()", accent, value)
    value = re.sub(
        r"\{?\\(ss|ae|AE|aa|AA|o|O|l|L|i)\b\s*\}?", lambda m: _LETTERS[m.group(1)], value
    )
    value = value.replace("\\&", "&").replace("\\%", "%").replace("--", "–").replace("~", " ")
    return " ".join(value.replace("{", "").replace("}", "").split())


def parse_bibtex(text: str, path: Path | None = None) -> list[dict[str, Any]]:
    """Parse BibTeX into CSL items; a broken entry raises BibliographyError naming its line."""
    items, strings, pos = [], {}, 0
    while (at := text.find("@", pos)) != -1:
        line = text.count("\n", 0, at) + 1
        match = re.compile(r"@\s*(\w+)\s*([{(])").match(text, at)
        if not match:
            pos = at + 1
            continue
        kind = match.group(1).lower()
        end = _matching_close(text, match.end() - 1)
        if end < 0:
            raise BibliographyError(path, line, f"@{kind} entry is not closed")
        body = text[match.end() : end]
        pos = end + 1
        if kind in ("comment", "preamble"):
            continue
        if kind == "string":
            strings.update(_bib_fields(body, strings, path, line))
            continue
        key, _, rest = body.partition(",")
        if not key.strip() or re.search(r"[\s=]", key.strip()):
            raise BibliographyError(path, line, f"@{kind} entry has no citation key")
        fields = _bib_fields(rest, strings, path, line)
        items.append(_bib_to_csl(kind, key.strip(), fields))
    return items


def _matching_close(text: str, open_at: int) -> int:
    close = "}" if text[open_at] == "{" else ")"
    depth, i, in_quote = 0, open_at, False
    while i < len(text):
        char = text[i]
        if char == "\\":
            i += 2
            continue
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
        elif char == '"' and depth == 1:
            in_quote = not in_quote
        if depth == 0 and char == close and not in_quote:
            return i
        if close == ")" and char == ")" and depth == 0:
            return i
        i += 1
    return -1


def _bib_fields(body: str, strings: dict, path: Path | None, line: int) -> dict[str, str]:
    fields, i = {}, 0
    while i < len(body):
        match = re.compile(r"\s*,?\s*([\w:.-]+)\s*=\s*").match(body, i)
        if not match:
            if body[i:].strip(" \t\r\n,"):
                i += len(body[i:]) - len(body[i:].lstrip(" \t\r\n,"))
                bad = line + body.count("\n", 0, i)
                snippet = body[i:].strip().splitlines()[0][:40]
                raise BibliographyError(path, bad, f"expected 'field = value' at {snippet!r}")
            break
        name, i = match.group(1).lower(), match.end()
        parts = []
        while True:
            value, i = _bib_value(body, i, strings, path, line + body.count("\n", 0, i))
            parts.append(value)
            plus = re.compile(r"\s*#\s*").match(body, i)
            if not plus:
                break
            i = plus.end()
        fields[name] = "".join(parts)
    return fields


def _bib_value(body: str, i: int, strings: dict, path: Path | None, line: int) -> tuple:
    if i >= len(body):
        raise BibliographyError(path, line, "field has no value")
    char = body[i]
    if char in '{"':
        depth, j = 0, i
        while j < len(body):
            c = body[j]
            if c == "{":
                depth += 1
            elif c == "}":
                depth -= 1
            if (char == "{" and depth == 0) or (char == '"' and c == '"' and j > i and depth == 0):
                return body[i + 1 : j], j + 1
            j += 1
        raise BibliographyError(path, line, "unbalanced braces or quotes in a field value")
    match = re.compile(r"[\w:.-]+").match(body, i)
    if not match:
        raise BibliographyError(path, line, f"unexpected {body[i]!r} in a field value")
    word = match.group(0)
    return (word if word.isdigit() else strings.get(word.lower(), word)), match.end()


def _bib_to_csl(kind: str, key: str, fields: dict[str, str]) -> dict[str, Any]:
    item: dict[str, Any] = {"id": key, "type": _BIB_TYPES.get(kind, "article")}
    for name, value in fields.items():
        if name in ("author", "editor"):
            item[name] = [_bib_name(n) for n in re.split(r"\s+and\s+", value.strip()) if n]
        elif name in _BIB_FIELDS:
            text = value if name in ("url", "doi") else latex_to_text(value)
            item[_BIB_FIELDS[name]] = text
    year = re.sub(r"\D", "", fields.get("year", ""))[:4]
    if fields.get("date"):
        item["issued"] = parse_date(fields["date"])
    elif year:
        parts = [int(year)]
        month = _month(fields.get("month", ""))
        if month:
            parts.append(month)
        item["issued"] = {"date-parts": [parts]}
    return normalise_item(item)


def _bib_name(name: str) -> dict[str, str]:
    if name.strip().startswith("{") and name.strip().endswith("}"):
        return {"literal": latex_to_text(name)}
    return parse_name(latex_to_text(name))


_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]


def _month(text: str) -> int | None:
    text = text.strip().lower()[:3]
    if text.isdigit():
        return int(text)
    return _MONTHS.index(text) + 1 if text in _MONTHS else None


# --- RIS and PubMed ------------------------------------------------------------------------

_RIS_TYPES = {"JOUR": "article-journal", "BOOK": "book", "CHAP": "chapter", "RPRT": "report",
              "CONF": "paper-conference", "THES": "thesis", "ELEC": "webpage"}  # fmt: skip


def parse_ris(text: str) -> list[dict[str, Any]]:
    """Import RIS records (``TY  - JOUR`` … ``ER  -``) as CSL items."""
    items, record = [], None
    for raw in text.splitlines():
        match = re.match(r"^([A-Z][A-Z0-9])  -\s?(.*)$", raw)
        if not match:
            continue
        tag, value = match.group(1), match.group(2).strip()
        if tag == "TY":
            record = {"type": _RIS_TYPES.get(value, "article"), "author": []}
        elif record is None:
            continue
        elif tag == "ER":
            items.append(_finish(record))
            record = None
        elif tag in ("AU", "A1"):
            record["author"].append(parse_name(value))
        elif tag in ("TI", "T1"):
            record["title"] = value
        elif tag in ("JO", "JF", "T2"):
            record.setdefault("container-title", value)
        elif tag in ("PY", "Y1", "DA"):
            year = re.match(r"(\d{4})(?:/(\d{2}))?", value)
            if year and "issued" not in record:
                record["issued"] = {"date-parts": [[int(p) for p in year.groups() if p]]}
        elif tag == "SP":
            record["page"] = value
        elif tag == "EP":
            record["page"] = f"{record.get('page', '')}-{value}"
        else:
            field = {"VL": "volume", "IS": "issue", "DO": "DOI", "UR": "URL", "PB": "publisher",
                     "AB": "abstract", "SN": "ISSN"}.get(tag)  # fmt: skip
            if field:
                record[field] = value
    return items


def parse_nbib(text: str) -> list[dict[str, Any]]:
    """Import PubMed/MEDLINE records (``PMID- …``, continuation lines indented) as CSL items."""
    items, record, last = [], None, None
    for raw in text.splitlines():
        if raw.startswith("      ") and record is not None and last:
            record[last][-1] += " " + raw.strip()
            continue
        match = re.match(r"^([A-Z]{1,4})\s*- (.*)$", raw)
        if not match:
            continue
        tag, value = match.group(1), match.group(2).strip()
        if tag == "PMID":
            if record:
                items.append(_medline_to_csl(record))
            record = {}
        if record is not None:
            record.setdefault(tag, []).append(value)
            last = tag
    if record:
        items.append(_medline_to_csl(record))
    return items


def _medline_to_csl(rec: dict[str, list[str]]) -> dict[str, Any]:
    item: dict[str, Any] = {"type": "article-journal", "PMID": rec["PMID"][0]}
    if "TI" in rec:
        item["title"] = rec["TI"][0].rstrip(".")
    authors = rec.get("FAU") or rec.get("AU") or []
    item["author"] = [parse_name(a) for a in authors]
    simple = {"JT": "container-title", "TA": "container-title-short", "VI": "volume",
              "IP": "issue", "PG": "page", "AB": "abstract"}  # fmt: skip
    for tag, field in simple.items():
        if tag in rec:
            item[field] = rec[tag][0]
    for aid in rec.get("AID", []) + rec.get("LID", []):
        if aid.endswith("[doi]"):
            item["DOI"] = aid[: -len("[doi]")].strip()
    year = re.match(r"(\d{4})", rec.get("DP", [""])[0])
    if year:
        item["issued"] = {"date-parts": [[int(year.group(1))]]}
    return _finish(item)


def _finish(record: dict[str, Any]) -> dict[str, Any]:
    """Give an imported record an id (firstauthorYEAR) and normalise it."""
    if not record.get("author"):
        record.pop("author", None)
    if "id" not in record:
        first = record.get("author", [{}])[0]
        name = first.get("family") or first.get("literal") or "ref"
        year = record.get("issued", {}).get("date-parts", [[""]])[0][0]
        record["id"] = re.sub(r"\W", "", name.lower()) + str(year)
    return normalise_item(record)
