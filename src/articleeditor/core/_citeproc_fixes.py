"""Corrections to citeproc-py 0.11 where it departs from the CSL spec and pandoc's citeproc.

Applied once, on import, by ``citeproc.py``; each is small and named for what it fixes.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from citeproc import model
from citeproc.source import Name as SourceName

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def is_cjk_name(name: dict[str, Any] | SourceName) -> bool:
    """True when a personal name is written in CJK script (family name first, no space)."""
    family = name.get("family") or ""
    given = name.get("given") or ""
    return bool(family) and all(_CJK.search(p) for p in (family, given) if p)


def _locale_date_delimiter() -> None:
    # A localized date's own ``delimiter`` (e.g. NLM's "2020 May 3") was ignored.
    original = model.Date.render_single_date

    def render_single_date(self, date, show_parts=None, context=None):
        if context is not None and context is not self and self.is_locale_date():
            parts = self.parts(date, show_parts, context)
            if not parts:
                return None
            delimiter = context.get("delimiter", self.get("delimiter", ""))
            return model.join(parts, delimiter)
        return original(self, date, show_parts, context)

    model.Date.render_single_date = render_single_date


def _substitute_represses_macros() -> None:
    # CSL: a variable used as a substitute is suppressed in the rest of the entry; for a
    # substitute given as ``<text macro=...>`` citeproc-py repressed nothing (AMA printed
    # the title twice for an item without authors).
    original = model.Substitute.add_to_repressed_list

    def add_to_repressed_list(self, child, context):
        original(self, child, context)
        if child.get("macro") is None:
            return
        layout = context.get_layout()
        pending, seen = [child.get("macro")], set()
        while pending:
            name = pending.pop()
            if name in seen:
                continue
            seen.add(name)
            for element in child.get_macro(name).iter():
                if not isinstance(element.tag, str) or not element.tag.endswith("}text"):
                    continue
                if element.get("macro"):
                    pending.append(element.get("macro"))
                elif element.get("variable"):
                    layout.repressed.setdefault(element.tag, []).append(element.get("variable"))

    model.Substitute.add_to_repressed_list = add_to_repressed_list


def _cjk_names() -> None:
    # pandoc writes a CJK name as family+given with no space and never initializes it;
    # where the style initializes, it keeps the initials' trailing mark ("王小明.").
    original = model.Name.process

    def process(self, item, variable, context=None, sort_options=None, **kwargs):
        names = item.reference.get(variable, [])
        form = self.get_option("form", context, sort_options)
        if form != "long" or not any(is_cjk_name(n) for n in names):
            return original(self, item, variable, context, sort_options, **kwargs)
        mark = (self.get_option("initialize-with", context, sort_options) or "").strip()
        joined = []
        for name in names:
            if is_cjk_name(name):
                whole = name["family"] + (name.get("given") or "") + mark
                joined.append(SourceName(family=whole))
            else:
                joined.append(name)
        item.reference[variable] = joined
        try:
            return original(self, item, variable, context, sort_options, **kwargs)
        finally:
            item.reference[variable] = names

    model.Name.process = process


def _page_ranges() -> None:
    # "1-10" in a minimal style came out as "1–0": a shorter first page shares no digits.
    original = model.FormatNumber._format_last_page

    def _format_last_page(self, first, last):
        if len(first) != len(last):
            return last
        return original(self, first, last)

    model.FormatNumber._format_last_page = _format_last_page


def prepare_item(item: dict[str, Any]) -> dict[str, Any]:
    """A copy of a normalised CSL item in the shape citeproc-py reads."""
    out = dict(item)
    for field, value in item.items():
        if isinstance(value, dict) and "date-parts" not in value and "literal" in value:
            out[field] = {"literal": str(value["literal"])}
        elif isinstance(value, int | float):
            out[field] = str(value)
    return out


_QUOTE_PUNCT = re.compile(r"(”)([.,])")


def fix_text(text: str) -> str:
    """Post-process formatted output: commas and periods go inside closing quotes (en-US)."""
    text = _QUOTE_PUNCT.sub(r"\2\1", text)
    return unicodedata.normalize("NFC", text)


_locale_date_delimiter()
_substitute_represses_macros()
_cjk_names()
_page_ranges()
