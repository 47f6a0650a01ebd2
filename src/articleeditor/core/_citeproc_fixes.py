"""Corrections to citeproc-py 0.11 where it departs from the CSL spec and pandoc's citeproc.

Applied once, on import, by ``citeproc.py``; each is small and named for what it fixes.
``PATCHED`` lists every citeproc-py attribute replaced here, so a test can check that each
still exists in the installed version (the version is pinned in pyproject.toml).
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from citeproc import model
from citeproc.source import Name as SourceName
from citeproc.string import String

# (class, attribute) of citeproc-py replaced below; checked by tests/core/test_references.py
PATCHED: tuple[tuple[type, str], ...] = (
    (model.Date, "render_single_date"),
    (model.Substitute, "add_to_repressed_list"),
    (model.Substitute, "render"),
    (model.Name, "process"),
    (model.Name, "initialize"),
    (model.FormatNumber, "_format_last_page"),
    (model.Names, "process"),
    (model.TextCased, "case"),
    (model.Group, "process"),
    (model.If, "_is_numeric"),
    (model.Sort, "sort"),
    (model.Key, "sort_keys"),
    (model.Text, "process"),
    (model.Text, "_variable"),
    (String, "capitalize_first"),
)

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def is_cjk_name(name: dict[str, Any] | SourceName) -> bool:
    """True when a personal name is written in CJK script (family name first, no space)."""
    family = name.get("family") or ""
    given = name.get("given") or ""
    return bool(family) and all(_CJK.search(p) for p in (family, given) if p)


def _locale_date_delimiter() -> None:
    # A localized date's own ``delimiter`` (e.g. NLM's "2020 May 3") was ignored.
    original = model.Date.render_single_date

    def render_single_date(
        self: Any, date: Any, show_parts: Any = None, context: Any = None
    ) -> Any:
        if context is not None and context is not self and self.is_locale_date():
            parts = self.parts(date, show_parts, context)
            if not parts:
                return None
            delimiter = context.get("delimiter", self.get("delimiter", ""))
            return model.join(parts, delimiter)
        return original(self, date, show_parts, context)

    model.Date.render_single_date = render_single_date


_RENDERED: list[list[str]] = []  # variables rendered inside the substitute being rendered


def _substitute_represses_what_it_rendered() -> None:
    # CSL: a variable used as a substitute is suppressed in the rest of the entry. citeproc-py
    # repressed only a substitute written as <text variable=…>: an item without authors
    # printed its title (AMA) or its editors (Vancouver, APA) twice. We record what the
    # substitute actually rendered, so a macro's unrendered variables (APA's volume, issue
    # and pages of a no-author article) are not suppressed with it.
    original_render = model.Substitute.render
    original_text = model.Text.process
    original_names = model.Names.process

    def render(self: Any, item: Any, context: Any = None, **kwargs: Any) -> Any:
        _RENDERED.append([])
        try:
            return original_render(self, item, context=context, **kwargs)
        finally:
            _RENDERED.pop()

    def add_to_repressed_list(self: Any, child: Any, context: Any) -> None:
        layout = context.get_layout()
        for variable in _RENDERED[-1] if _RENDERED else ():
            tag, name = variable.split(" ", 1)
            layout.repressed.setdefault(tag, []).append(name)

    def text_process(self: Any, item: Any, context: Any = None, **kwargs: Any) -> Any:
        text, language = original_text(self, item, context=context, **kwargs)
        if _RENDERED and text and "variable" in self.attrib:
            _RENDERED[-1].append(f"{self.tag} {self.get('variable')}")
        return text, language

    def names_process(self: Any, item: Any, context: Any = None, **kwargs: Any) -> Any:
        variables = (self.get("variable") or "").split()
        layout = (context if context is not None else self).get_layout()
        repressed = layout.repressed.get(self.tag, [])
        kept = [v for v in variables if v not in repressed]
        if variables and not kept:
            raise model.VariableError
        if kept != variables:
            self.set("variable", " ".join(kept))
        try:
            text = original_names(self, item, context=context, **kwargs)
        finally:
            if kept != variables:
                self.set("variable", " ".join(variables))
        if _RENDERED and text and kept:
            _RENDERED[-1].extend(f"{self.tag} {v}" for v in kept)
        return text

    model.Substitute.render = render
    model.Substitute.add_to_repressed_list = add_to_repressed_list
    model.Text.process = text_process
    model.Names.process = names_process


def _cjk_names() -> None:
    # pandoc writes a CJK name as family+given with no space and never initializes it;
    # where the style initializes, it keeps the initials' trailing mark ("王小明.").
    original = model.Name.process

    def process(
        self: Any,
        item: Any,
        variable: str,
        context: Any = None,
        sort_options: Any = None,
        **kwargs: Any,
    ) -> Any:
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

    def _format_last_page(self: Any, first: str, last: str) -> Any:
        if len(first) != len(last):
            return last
        return original(self, first, last)

    model.FormatNumber._format_last_page = _format_last_page


def _hyphenated_initials() -> None:
    # "Min-jun" initialized as "M.-. jun ." (or "M jun"): like pandoc, a lower-case part
    # after a hyphen is part of the first given name and gives no initial of its own.
    original = model.Name.initialize

    def initialize(self: Any, given: str, mark: str, context: Any) -> Any:
        return original(self, _LOWER_AFTER_HYPHEN.sub("", given), mark, context)

    model.Name.initialize = initialize


_LOWER_AFTER_HYPHEN = re.compile(r"-[^\W\d_A-Z][^\s-]*")


def _text_case_in_english_by_default() -> None:
    # A label (APA's "(Eds.)", "Trans.") is cased without a language, which citeproc-py
    # took for "not English" and so never title-cased. Title case also capitalizes each
    # part of a hyphenated word ("Sea-Level"), as pandoc does.
    original = model.TextCased.case

    def case(self: Any, text: Any, language: str | None = None) -> Any:
        text = original(self, text, language or "en")
        if self.get("text-case") == "title" and (language or "en") == "en" and "-" in str(text):
            text = _title_hyphen_parts(text)
        return text

    model.TextCased.case = case


def _title_hyphen_parts(text: Any) -> Any:
    def upper(match: re.Match[str]) -> str:
        word = match.group(1)
        if word in model.TextCased._stop_words:
            return match.group(0)
        return "-" + word[0].upper() + word[1:]

    if isinstance(text, String) or type(text) is str:
        return text.__class__(re.sub(r"-([a-z][a-z]*)", upper, str(text)))
    return text  # rich text (MixedString): left as it is


def _capitalize_first_keeps_mixed_case() -> None:
    # "arXiv" must not become "ArXiv": pandoc leaves a word with inner capitals alone.
    original = String.capitalize_first

    def capitalize_first(self: Any) -> Any:
        first = str(self).split(" ", 1)[0]
        if any(c.isupper() for c in first[1:]):
            return self
        return original(self)

    String.capitalize_first = capitalize_first


def _group_counts_variables_of_the_branch_taken() -> None:
    # A group is suppressed when every variable it calls is empty. citeproc-py counted a
    # cs:choose as "a variable rendered" when any of its branches calls one, even when the
    # branch taken printed only a term: APA printed "(Publication)" on every thesis.
    # Group.process is citeproc-py's own, with the choose's taken branch asked instead.
    def process(self: Any, item: Any, context: Any = None, **kwargs: Any) -> Any:
        output: list[Any] = []
        called = rendered = False
        delimiter = self.get("delimiter", "")
        for child in self.iterchildren():
            calls = child.calls_variable()
            if isinstance(child, model.Choose):
                calls = _branch_calls_variable(child, item, context)
            called = called or calls
            try:
                if isinstance(child, model.Choose):
                    text = child.render(item, context=context, delimiter=delimiter, **kwargs)
                else:
                    text = child.render(item, context=context, **kwargs)
            except model.VariableError:
                continue
            if text is not None:
                output.append(text)
                rendered = rendered or calls
        if output and (not called or rendered):
            return self.join(output)
        raise model.VariableError

    model.Group.process = process


def _branch_calls_variable(choose: Any, item: Any, context: Any) -> bool:
    for branch in choose.getchildren():
        if isinstance(branch, model.Else) or _condition_holds(branch, item, context):
            return bool(branch.calls_variable())
    return False


def _condition_holds(branch: Any, item: Any, context: Any) -> bool:
    results: list[bool] = []
    if "type" in branch.attrib:
        results += branch._type(item)
    if "variable" in branch.attrib:
        results += branch._variable(item)
    if "is-numeric" in branch.attrib:
        results += branch._is_numeric(item)
    if "is-uncertain-date" in branch.attrib:
        results += branch._is_uncertain_date(item)
    if "locator" in branch.attrib:
        results += branch._locator(item)
    if "position" in branch.attrib:
        results += branch._position(item, context)
    match = branch.get("match")
    if match == "any":
        return any(results)
    if match == "none":
        return not any(results)
    return all(results)


def _locator_is_numeric() -> None:
    # <if is-numeric="locator"> looked for "locator" among the item's fields, never the
    # citation's locator: APA wrote "(Doe, 2015, 3)" for "[@doe2015, chap. 3]".
    original = model.If._is_numeric

    def _is_numeric(self: Any, item: Any) -> Any:
        variables = self.get("is-numeric").split()
        if "locator" not in variables:
            return original(self, item)
        return [
            bool(item.has_locator and self.re_numeric.match(str(item.locator.identifier)))
            if variable == "locator"
            else original_one(self, item, variable)
            for variable in variables
        ]

    def original_one(self: Any, item: Any, variable: str) -> bool:
        name = variable.replace("-", "_")
        return name in item.reference and bool(self.re_numeric.match(str(item.reference[name])))

    model.If._is_numeric = _is_numeric


def _page_locators_as_page_ranges() -> None:
    # A page locator ("pp. 3980-3982") is a page range: the style's page-range-format and
    # its page-range-delimiter apply, as for the page variable (AMA keeps "-"); citeproc-py
    # always wrote an en dash.
    original = model.Text._variable

    def _variable(self: Any, item: Any, context: Any) -> Any:
        if (
            self.get("variable") == "locator"
            and item.has_locator
            and (item.locator.label == "page")
        ):
            return self._process(str(item.locator.identifier), "page")
        return original(self, item, context)

    model.Text._variable = _variable


def _one_item_needs_no_sort() -> None:
    # Sorting renders every sort key's macro for every item; a citation of one work (how
    # we render each cited item) has nothing to sort, and this was half the time of a cite.
    original = model.Sort.sort

    def sort(self: Any, items: Any, context: Any) -> Any:
        items = list(items)
        return items if len(items) < 2 else original(self, items, context)

    model.Sort.sort = sort


def collation_key(text: str) -> str:
    """A sort key that files accented letters with their base letter (Ó with O), any case."""
    decomposed = unicodedata.normalize("NFKD", text)
    base = "".join(c for c in decomposed if not unicodedata.combining(c))
    return base.casefold() + "\x00" + text


def _sort_by_collation() -> None:
    # citeproc-py compared sort keys by code point: "Ólafsdóttir" came after "Zhang".
    original = model.Key.sort_keys

    def sort_keys(self: Any, items: Any, context: Any) -> list[Any]:
        keys = original(self, items, context)
        return [collation_key(str(k)) if isinstance(k, str) else k for k in keys]

    model.Key.sort_keys = sort_keys


# Markers for emphasis written in a field as Markdown: private-use characters survive
# citeproc-py's escaping and casing, and become <i>…</i> (or nothing) afterwards.
ITALIC_OPEN, ITALIC_CLOSE = "\ue000", "\ue001"
_EMPHASIS = re.compile(r"(?<![\w*])([*_])(?=\S)(.+?)(?<=\S)\1(?![\w*])")
_APOSTROPHE = re.compile(r"(?<=\w)'(?=\w)")
_VERBATIM_FIELDS = {"id", "type", "URL", "DOI", "PMID", "PMCID", "ISBN", "ISSN", "language"}


def _markdown_inline(text: str) -> str:
    """pandoc reads a front-matter field as Markdown: emphasis and a typographic apostrophe."""
    text = _EMPHASIS.sub(lambda m: ITALIC_OPEN + m.group(2) + ITALIC_CLOSE, text)
    return _APOSTROPHE.sub("\u2019", text)


def prepare_item(item: dict[str, Any]) -> dict[str, Any]:
    """A copy of a normalised CSL item in the shape citeproc-py reads."""
    out = dict(item)
    for field, value in item.items():
        if isinstance(value, dict) and "date-parts" not in value and "literal" in value:
            out[field] = {"literal": str(value["literal"])}
        elif isinstance(value, list) and value and isinstance(value[0], list):
            out[field] = {"date-parts": value}  # a date written as [[2020, 5]]
        elif isinstance(value, int | float):
            out[field] = str(value)
        elif isinstance(value, str) and field not in _VERBATIM_FIELDS:
            out[field] = _markdown_inline(value)
        elif isinstance(value, list) and all(isinstance(n, dict) for n in value):
            out[field] = [  # names: "O'Brien" becomes "O’Brien", as pandoc reads it
                {k: _APOSTROPHE.sub("\u2019", v) if isinstance(v, str) else v for k, v in n.items()}
                for n in value
            ]
    return out


_QUOTE_PUNCT = re.compile(r"(”)([.,])")


def fix_text(text: str) -> str:
    """Post-process plain output: commas and periods inside closing quotes, no markers."""
    text = _QUOTE_PUNCT.sub(r"\2\1", text)
    text = text.replace(ITALIC_OPEN, "").replace(ITALIC_CLOSE, "")
    return unicodedata.normalize("NFC", text)


def fix_markup(markup: str) -> str:
    """Post-process HTML output: as ``fix_text``, with the emphasis markers as <i>…</i>."""
    markup = _QUOTE_PUNCT.sub(r"\2\1", markup)
    markup = markup.replace(ITALIC_OPEN, "<i>").replace(ITALIC_CLOSE, "</i>")
    return unicodedata.normalize("NFC", markup)


_locale_date_delimiter()
_substitute_represses_what_it_rendered()
_cjk_names()
_page_ranges()
_hyphenated_initials()
_text_case_in_english_by_default()
_capitalize_first_keeps_mixed_case()
_group_counts_variables_of_the_branch_taken()
_sort_by_collation()
_locator_is_numeric()
_one_item_needs_no_sort()
_page_locators_as_page_ranges()
