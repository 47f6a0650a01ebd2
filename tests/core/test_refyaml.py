"""CSL items in YAML front matter: compact, in a stable order, unchanged items left alone."""

from __future__ import annotations

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from articleeditor.core.frontmatter import parse, set_field
from articleeditor.core.refimport import import_references
from articleeditor.core.refyaml import compact, item_lines

ARTICLE = """\
---
title: Test
references:
- id: old1
  title: An older one   # kept as written
  type: book
  author:
    - family: Doe
      given: Jane
---

Body [@old1].
"""
RIS = (
    "TY  - JOUR\nAU  - Kim, Min-jun\nAU  - Park, Seo-yeon\nAU  - Lee, Ji-woo\n"
    "TI  - A study: of things\nJO  - Nature\nDA  - 2020/05/03\nVL  - 12\nSP  - 3\nEP  - 9\n"
    "DO  - 10.1/x\nER  - \n"
)


def test_new_item_is_compact_and_ordered():
    (item,) = import_references(RIS, []).items
    lines = item_lines(item)
    assert lines[:3] == ["- id: kim2020study", "  type: article-journal",
                         "  title: 'A study: of things'"]  # fmt: skip
    assert "  - {family: Kim, given: Min-jun}" in lines
    assert "  issued: [[2020, 5, 3]]" in lines
    assert len(lines) == 12  # one line per field and per author


def test_adding_references_keeps_existing_items_as_written():
    existing = parse(ARTICLE).data["references"]
    new = import_references(RIS, existing).items
    text = set_field(ARTICLE, "references", [*existing, *new])
    assert text.startswith(ARTICLE.split("---\n\nBody")[0])  # the old item's lines, comment too
    assert parse(text).data["references"] == [*existing, *new]
    assert text.count("\n") - ARTICLE.count("\n") == 12


def test_an_edited_item_is_rewritten_compactly():
    existing = parse(ARTICLE).data["references"]
    edited = [{**existing[0], "title": "A new title"}]
    text = set_field(ARTICLE, "references", edited)
    rewritten = (
        "- id: old1\n  type: book\n  title: A new title\n  author:\n"
        "  - {family: Doe, given: Jane}\n"
    )
    assert rewritten in text


_text = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=30)
_name = st.fixed_dictionaries({"family": _text}, optional={"given": _text, "suffix": _text})


@settings(max_examples=150, deadline=None)
@given(
    title=_text,
    authors=st.lists(_name, max_size=4),
    parts=st.lists(st.integers(1, 2100), min_size=1, max_size=3),
    extra=st.dictionaries(st.sampled_from(["volume", "note", "URL", "x-custom"]), _text),
)
def test_any_item_reads_back_unchanged(title, authors, parts, extra):
    item = compact({"id": "k", "type": "book", "title": title, "issued": {"date-parts": [parts]},
                    **({"author": authors} if authors else {}), **extra})  # fmt: skip
    assert yaml.safe_load("\n".join(item_lines(item))) == [item]
