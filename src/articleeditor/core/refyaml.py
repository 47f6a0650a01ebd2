"""CSL items written into YAML front matter compactly, in a stable order a writer can read.

A new or edited item is written with ``id`` first, then ``type``, ``title``, the names
(one ``{family: …, given: …}`` per line) and so on, dates as ``[[2020, 5]]``. An item the
edit did not change keeps its lines exactly as they were, so nothing is reordered behind
the writer's back.
"""

from __future__ import annotations

import logging
import re
from typing import Any

import yaml

logger = logging.getLogger(__name__)

KEY_ORDER = (
    "id", "type", "title", "author", "editor", "translator", "container-author",
    "collection-editor", "container-title", "collection-title", "issued", "volume", "issue",
    "page", "chapter-number", "edition", "genre", "publisher", "publisher-place", "number",
    "version", "DOI", "PMID", "PMCID", "ISBN", "ISSN", "URL", "accessed", "language",
)  # fmt: skip
NAME_FIELDS = {"author", "editor", "translator", "container-author", "collection-editor",
               "composer", "director", "interviewer", "recipient", "reviewed-author"}  # fmt: skip
DATE_FIELDS = {"issued", "accessed", "event-date", "original-date", "submitted"}
_BIG = 1 << 30
_ITEM_START = re.compile(r"^(?P<indent>[ \t]*)- ")


def _flow(value: Any) -> str:
    return (
        yaml.safe_dump(
            value, default_flow_style=True, allow_unicode=True, width=_BIG, sort_keys=False
        )
        .removesuffix("\n...\n")
        .rstrip("\n")
    )


def _compact_date(value: Any) -> Any:
    # {date-parts: [[2020, 5]]} alone becomes [[2020, 5]]; pandoc reads both, and so do we
    if isinstance(value, dict) and set(value) == {"date-parts"}:
        return value["date-parts"]
    return value


def compact(item: dict[str, Any]) -> dict[str, Any]:
    """A new item as we write it: keys in ``KEY_ORDER``, plain dates as ``[[2020, 5]]``."""
    return {k: _compact_date(v) if k in DATE_FIELDS else v for k, v in ordered(item).items()}


def ordered(item: dict[str, Any]) -> dict[str, Any]:
    """``item`` with its keys in ``KEY_ORDER``, the others after them alphabetically."""
    rank = {key: n for n, key in enumerate(KEY_ORDER)}
    return {k: item[k] for k in sorted(item, key=lambda k: (rank.get(k, len(rank)), k))}


def item_lines(item: dict[str, Any], indent: str = "") -> list[str]:
    """The YAML lines of one list entry (``- id: …``) for ``item``."""
    lines: list[str] = []
    for key, value in ordered(item).items():
        head = f"{_flow({key: None})[1:-1].removesuffix(': null').removesuffix(':')}:"
        if key in NAME_FIELDS and isinstance(value, list) and value:
            lines.append(head)
            lines.extend(f"- {_flow(name)}" for name in value)
        elif isinstance(value, list | dict):
            lines.append(f"{head} {_flow(value)}")
        else:
            block = yaml.safe_dump(
                {key: value}, allow_unicode=True, width=_BIG, sort_keys=False
            ).rstrip("\n")
            lines.extend(block.split("\n"))
    out = [f"{indent}- {lines[0]}"] + [f"{indent}  {line}" for line in lines[1:]]
    if _reads_back(out, indent) != item:
        logger.warning("compact YAML did not read back for %r; writing it plainly", item.get("id"))
        plain = yaml.safe_dump([item], allow_unicode=True, width=_BIG, sort_keys=False)
        return [f"{indent}{line}" for line in plain.rstrip("\n").split("\n")]
    return out


def _reads_back(lines: list[str], indent: str) -> Any:
    text = "\n".join(line[len(indent) :] for line in lines)
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError:
        return None
    if not isinstance(data, list) or len(data) != 1:
        return None
    return data[0]


def split_items(lines: list[str]) -> tuple[str, list[list[str]]]:
    """The indent of the list's entries and each entry's lines (comments go with the next)."""
    item_starts = [
        (i, match.group("indent"))
        for i, line in enumerate(lines)
        if (match := _ITEM_START.match(line))
    ]
    if not item_starts:
        return "", []
    indent = item_starts[0][1]
    starts = [i for i, item_indent in item_starts if item_indent == indent]
    bounds = [*starts[1:], len(lines)]
    return indent, [lines[s:e] for s, e in zip(starts, bounds, strict=True)]


def references_lines(old_lines: list[str], items: list[Any]) -> list[str]:
    """The lines after ``references:`` for ``items``; unchanged items keep ``old_lines``' text."""
    indent, chunks = split_items(old_lines)
    kept: dict[str, list[list[str]]] = {}
    for chunk in chunks:
        value = _reads_back(chunk, indent)
        if isinstance(value, dict):
            kept.setdefault(_signature(value), []).append(chunk)
    out: list[str] = []
    for item in items:
        same = kept.get(_signature(item))
        if same:
            out.extend(same.pop(0))
        elif isinstance(item, dict):
            out.extend(item_lines(item, indent))
        else:
            out.extend(f"{indent}{line}" for line in _flow([item]).split("\n"))
    return out


def _signature(item: Any) -> str:
    import json

    return json.dumps(item, sort_keys=True, default=str, ensure_ascii=False)
