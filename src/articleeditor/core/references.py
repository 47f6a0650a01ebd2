"""CSL items: normalise front-matter references, load CSL-JSON/BibTeX, import RIS and PubMed."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import yaml

from articleeditor.core.errors import ArticleEditorError
from articleeditor.core.findings import Finding
from articleeditor.core.frontmatter_limits import MAX_DEPTH, load_yaml, too_deep_at
from articleeditor.core.textfile import read_user_text


class BibliographyError(ArticleEditorError):
    """A bibliography file or reference that cannot be read; ``line`` is 1-based or 0."""

    def __init__(self, path: Path | None, line: int, message: str) -> None:
        self.path, self.line, self.message = path, line, message
        where = f"{path or '<text>'}:{line}: " if line else f"{path or '<text>'}: "
        super().__init__(where + message)

    def finding(self) -> Finding:
        where = str(self.path or "<text>")
        if self.line:
            values = {"where": where, "line": self.line, "detail": self.message}
            return Finding("bibliography-line", values)
        return Finding("bibliography", {"where": where, "detail": self.message})


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
    if isinstance(value, list):  # [[2020, 5]]: date-parts written on their own
        return {"date-parts": value}
    text = str(value).strip()
    match = re.fullmatch(r"(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?", text)
    if not match:
        return {"literal": text}
    return {"date-parts": [[int(p) for p in match.groups() if p]]}


def date_parts(value: Any) -> list[Any]:
    """The first date's parts (``[2020, 5]``) of a CSL date in any form we write or read."""
    if isinstance(value, dict):
        value = value.get("date-parts")
    if isinstance(value, list) and value and isinstance(value[0], list):
        return list(value[0])
    return []


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
CSL_TYPES = frozenset(
    {
        "article",
        "article-journal",
        "article-magazine",
        "article-newspaper",
        "bill",
        "book",
        "broadcast",
        "chapter",
        "classic",
        "collection",
        "dataset",
        "document",
        "entry",
        "entry-dictionary",
        "entry-encyclopedia",
        "event",
        "figure",
        "graphic",
        "hearing",
        "interview",
        "legal_case",
        "legislation",
        "manuscript",
        "map",
        "motion_picture",
        "musical_score",
        "pamphlet",
        "paper-conference",
        "patent",
        "performance",
        "periodical",
        "personal_communication",
        "post",
        "post-weblog",
        "regulation",
        "report",
        "review",
        "review-book",
        "software",
        "song",
        "speech",
        "standard",
        "thesis",
        "treaty",
        "webpage",
    }
)
_DATE_FIELDS = ("issued", "accessed", "event-date", "original-date", "submitted", "available-date")


def _name_problem(value: Any) -> str:
    if not isinstance(value, list):
        return Finding("field-names")
    for name in value:
        if not isinstance(name, dict):
            return Finding("field-names")
        if not all(isinstance(part, str | int | float) for part in name.values()):
            return Finding("field-name-part")
    return ""


def _date_problem(value: Any) -> str:
    if isinstance(value, list):  # the compact form we write: [[2020, 5]]
        value = {"date-parts": value}
    elif isinstance(value, str | int) and not isinstance(value, bool):
        text = str(value).strip()
        return "" if text[:4].isdigit() else Finding("field-date-text")
    if not isinstance(value, dict):
        return Finding("field-date")
    if "date-parts" not in value:
        return (
            ""
            if any(isinstance(value.get(k), str) for k in ("literal", "raw"))
            else (Finding("field-date-parts-missing"))
        )
    parts = value["date-parts"]
    if not isinstance(parts, list) or not parts or not all(_date_part_ok(p) for p in parts):
        return Finding("field-date-parts")
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
        return [Finding("item-not-mapping")]
    problems: list[str] = []
    ref_id = item.get("id")
    if isinstance(ref_id, bool) or not isinstance(ref_id, str | int) or not str(ref_id).strip():
        problems.append(Finding("item-no-id"))
    kind = item.get("type")
    if kind is None:
        problems.append(Finding("item-no-type"))
    elif not isinstance(kind, str) or kind not in CSL_TYPES:
        problems.append(Finding("item-unknown-type", {"type": repr(kind)}))
    for key, value in item.items():
        if key in ("id", "type") or value is None:
            continue
        if key in _NAME_FIELDS:
            why = _name_problem(value)
        elif key in _DATE_FIELDS:
            why = _date_problem(value)
        elif isinstance(value, list | dict):
            why = Finding("field-plain")
        else:
            why = ""
        if why:
            problems.append(Finding("item-field", {"field": key, "problem": why}))
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
            detail = Finding("file-unreadable", {"detail": str(error)})
            raise BibliographyError(path, 0, detail) from None
    deep = too_deep_at(text)
    if deep is not None:
        too_deep = Finding("bibliography-too-deep", {"limit": MAX_DEPTH})
        raise BibliographyError(path, deep, too_deep)
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise BibliographyError(path, error.lineno, error.msg) from error
    except (ValueError, RecursionError) as error:  # a number too long for Python
        detail = Finding("file-unreadable", {"detail": str(error)})
        raise BibliographyError(path, 0, detail) from None


def load_bibliography(path: Path) -> list[dict[str, Any]]:
    """Read a CSL-JSON, BibTeX, RIS or PubMed (.nbib) file into normalised CSL items."""
    text = read_user_text(path)  # regular files only, size-capped; BOM dropped
    suffix = path.suffix.lower()
    if suffix == ".json":
        data = load_csl_text(text, path)
        if not isinstance(data, list):
            raise BibliographyError(path, 1, Finding("bibliography-json-not-list"))
        return [normalise_item(i) for i in data if isinstance(i, dict)]
    if suffix == ".bib":
        return parse_bibtex(text, path)
    if suffix == ".ris":
        return parse_ris(text)
    if suffix in (".nbib", ".medline", ".txt"):
        return parse_nbib(text)
    unsupported = Finding("bibliography-format", {"suffix": repr(suffix)})
    raise BibliographyError(path, 0, unsupported)


# --- BibTeX, RIS and PubMed: read by core.bibtex, core.ris and core.medline -----------------


def parse_bibtex(text: str, path: Path | None = None) -> list[dict[str, Any]]:
    """Parse BibTeX into CSL items; a broken entry raises BibliographyError naming its line."""
    from articleeditor.core import bibtex

    items, errors = bibtex.parse(text)
    if errors:
        raise BibliographyError(path, errors[0].line, errors[0].message)
    return [normalise_item(item) for item in items]


def parse_ris(text: str) -> list[dict[str, Any]]:
    """Import RIS records (``TY  - JOUR`` … ``ER  -``) as CSL items."""
    from articleeditor.core import ris

    return [_finish(item) for item in ris.parse(text)]


def parse_nbib(text: str) -> list[dict[str, Any]]:
    """Import PubMed/MEDLINE records (``PMID- …``) as CSL items."""
    from articleeditor.core import medline

    return [_finish(item) for item in medline.parse(text)]


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
