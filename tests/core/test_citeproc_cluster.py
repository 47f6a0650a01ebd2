"""Whole citations as pandoc writes them: locators, narrative @key, year suffixes, given names."""

from __future__ import annotations

import re
from html import unescape

import pytest

from articleeditor.core.citations import CiteItem
from articleeditor.core.citeproc import format_bibliography, format_cluster, parse_locator

REFS = [
    {"id": "a", "type": "article-journal", "title": "Soil", "container-title": "J",
     "author": [{"family": "Smith", "given": "John"}], "issued": [[2020, 2]]},
    {"id": "b", "type": "article-journal", "title": "Permafrost", "container-title": "J",
     "author": [{"family": "Smith", "given": "John"}], "issued": {"date-parts": [[2020, 8]]}},
    {"id": "k1", "type": "article-journal", "title": "X", "issued": [[2019]],
     "author": [{"family": "Kim", "given": "Min-jun"}, {"family": "Park", "given": "Seo"}]},
    {"id": "k2", "type": "article-journal", "title": "Y", "issued": [[2018]],
     "author": [{"family": "Kim", "given": "Soo-hyun"}]},
    {"id": "anon", "type": "article-journal", "title": "Editorial", "issued": [[2019]],
     "container-title": "Nature Medicine", "volume": "25", "issue": "12", "page": "1789"},
]  # fmt: skip


def text(html: str) -> str:
    return unescape(re.sub(r"<[^>]+>", "", html))


@pytest.mark.parametrize(
    ("written", "label", "value", "suffix"),
    [("p. 33", "page", "33", ""), ("33", "page", "33", ""), ("chap. 3", "chapter", "3", ""),
     ("pp. 3980-3982", "page", "3980-3982", ""), ("fig. 2, inset", "figure", "2", "inset")],
)  # fmt: skip
def test_locators_read_as_pandoc_reads_them(written, label, value, suffix):
    locator, rest = parse_locator(written)
    assert (locator.label, locator.identifier, rest) == (label, value, suffix)


def test_text_without_a_locator_is_a_suffix():
    assert parse_locator("and elsewhere") == (None, "and elsewhere")


def cite(*items: CiteItem, in_text: bool = False, cited=None) -> str:
    return text(format_cluster(REFS, list(items), "apa", {}, in_text, cited))


def test_narrative_citation_puts_the_year_in_parentheses():
    assert cite(CiteItem("k1", locator="p. 33"), in_text=True) == "M. Kim & Park (2019, p. 33)"


def test_year_suffixes_only_among_the_works_cited():
    assert cite(CiteItem("a"), CiteItem("b"), cited=["a", "b"]) == "(Smith, 2020b, 2020a)"
    assert cite(CiteItem("a"), cited=["a"]) == "(Smith, 2020)"
    entries = {e.key: e.text for e in format_bibliography(REFS, ["a", "b"], "apa")}
    assert "(2020a). Permafrost" in entries["b"] and "(2020b). Soil" in entries["a"]


def test_suppressed_author_of_a_work_without_one_leaves_the_year():
    assert cite(CiteItem("anon", suppress_author=True)) == "(2019)"


def test_prefixed_items_keep_the_written_order():
    assert cite(CiteItem("k1", prefix="see"), CiteItem("k2")) == (
        "(see M. Kim & Park, 2019; S. Kim, 2018)"
    )


def test_numeric_locator_follows_the_style():
    item = CiteItem("a", locator="p. 33")
    assert text(format_cluster(REFS, [item], "numeric", {"a": 4})) == "[4, 33]"
    assert text(format_cluster(REFS, [item], "ama", {"a": 4})) == "4(p33)"
