"""Short one-line labels for CSL items, as the References panel lists them."""

from __future__ import annotations

from typing import Any

from articleeditor.core.references import date_parts


def _first_author(item: dict[str, Any]) -> str:
    authors = item.get("author") or []
    if isinstance(authors, dict):
        authors = [authors]
    if not authors:
        return ""
    first = authors[0]
    name = first.get("family") or first.get("literal") or "" if isinstance(first, dict) else first
    return f"{name} et al." if len(authors) > 1 else str(name)


def _year(item: dict[str, Any]) -> str:
    issued = item.get("issued")
    if date_parts(issued):
        return str(date_parts(issued)[0])
    if isinstance(issued, dict):
        parts = issued.get("date-parts") or [[]]
        if parts and parts[0]:
            return str(parts[0][0])
        return str(issued.get("literal", ""))[:4]
    return str(issued or "")[:4]


def reference_label(item: dict[str, Any]) -> str:
    """``[shi2020] Shi et al. (2020) Chimeric antigen receptor…``"""
    who = _first_author(item)
    year = _year(item)
    title = str(item.get("title", "")).strip()
    parts = [f"[{item.get('id', '?')}]"]
    if who:
        parts.append(who)
    if year:
        parts.append(f"({year})")
    if title:
        parts.append(title)
    return " ".join(parts)
