"""Review marks in the one render pipeline: changes, final and original views."""

from __future__ import annotations

import pytest

from articleeditor.core.render import RenderOptions, render_article, render_markdown

TEXT = (
    "Cases rose {++*sharply* ++}in {--early --}2025 at {~~twelve~>14~~} sites "
    "[@smith2020].\n\n"
    "The {==hazard ratio==}{>>@dana 2026-11-20: check <b>this</b> number<<} was 0.8.\n"
)
REFS = [{"id": "smith2020", "type": "book", "title": "T", "issued": {"date-parts": [[2020]]}}]


def render(view: str) -> str:
    return render_markdown(TEXT, RenderOptions(review_view=view), REFS)


def test_changes_view_shows_insertions_deletions_and_margin_notes():
    out = render("changes")
    assert '<ins class="critic critic-ins" id="critic-0"><em>sharply</em> </ins>' in out
    assert '<del class="critic critic-del" id="critic-1">early </del>' in out
    assert '<del class="critic critic-del critic-sub" id="critic-2">twelve</del>' in out
    assert '<ins class="critic critic-ins critic-sub">14</ins>' in out
    assert '<mark class="critic critic-mark" id="critic-3">hazard ratio</mark>' in out
    assert '<span class="critic-author">@dana</span>' in out
    assert "check &lt;b&gt;this&lt;/b&gt; number" in out  # a note is text, never HTML
    assert 'href="#ref-smith2020"' in out  # other syntax still works around marks


def test_final_and_original_views_resolve_every_mark():
    final = render("final")
    assert "<em>sharply</em> in 2025 at 14 sites" in final
    assert "critic" not in final and "dana" not in final
    original = render("original")
    assert "rose in early 2025 at twelve sites" in original
    assert "critic" not in original and "dana" not in original


def test_default_options_publish_the_final_text():
    assert "critic" not in render_article("---\ntitle: t\n---\n" + TEXT).body_html


def test_marks_inside_code_blocks_are_marked_too():
    out = render_markdown("```\n{++x++}\n```\n", RenderOptions(review_view="changes"))
    assert "<ins" in out and "{++" not in out


def test_unknown_view_is_an_error():
    with pytest.raises(ValueError, match="unknown review view"):
        render_markdown("x", RenderOptions(review_view="sideways"))
