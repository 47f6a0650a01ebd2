"""One citation order, read from the source in reading order, agrees with pandoc's numbering."""

from __future__ import annotations

import pytest

from articleeditor.core.article import Metadata
from articleeditor.core.citations import citation_order, number_citations
from articleeditor.core.frontmatter import parse
from articleeditor.core.refcheck import reference_rows
from articleeditor.core.render import SegmentCache, render_article
from tests.core.citation_cases import CASES, article, numbering, numbers_by_key, pandoc_numbers


@pytest.mark.parametrize("case", sorted(CASES))
def test_preview_numbers_citations_as_pandoc_does(case):
    text = article(case)
    expected_entries, expected_labels = pandoc_numbers(text)
    assert expected_entries, "pandoc cited nothing: the case is broken"
    entries, labels = numbering(render_article(text).body_html)
    assert entries == expected_entries
    assert labels == expected_labels


@pytest.mark.parametrize("case", sorted(CASES))
def test_section_render_and_panel_rows_give_the_same_numbers(case):
    text = article(case)
    expected = numbers_by_key(pandoc_numbers(text)[1])
    assert expected
    front = parse(text)
    references = Metadata.from_front_matter(front.data).references
    rows = reference_rows(front.body, references)
    panel = {row.key: int(row.label.strip("[].")) for row in rows if row.label}
    assert {key: panel[key] for key in expected} == expected
    cached = render_article(text, cache=SegmentCache())
    assert cached == render_article(text)


def test_the_issue_article_reads_in_order():
    body = CASES["paragraphs-and-list"]
    assert citation_order(body) == ["a", "b", "c", "d"]
    works = number_citations(body, [{"id": k, "type": "book", "title": k} for k in "dcba"])
    assert [(w.key, w.number) for w in works] == [("a", 1), ("b", 2), ("c", 3), ("d", 4)]


def test_a_note_cites_where_its_marker_stands_and_unused_notes_come_last():
    body = (
        "One[^n] and [@b].\n\n[^unused]: Never referred to [@z].\n\n"
        "[^n]: Note [@a] with a nested note[^m].\n\n[^m]: Inner [@c].\n\nLast [@d].\n"
    )
    assert citation_order(body) == ["a", "c", "b", "d", "z"]


def test_code_urls_and_mail_are_not_citations_but_list_continuations_are():
    body = (
        "Mail me@example.org, see https://x.org/@user and `[@span]`.\n\n"
        "    [@indented_code]\n\n"
        "- item\n\n    continued [@inlist]\n\n"
        "~~~\n[@fenced]\n~~~\n"
    )
    assert citation_order(body) == ["inlist"]
