"""Source diffs for "Compare with Published"."""

from __future__ import annotations

from articleeditor.core.compare import diff_stats, side_by_side_html, unified_diff_html

OLD = "title\n\nCases rose in 2025.\nUnchanged <b>line</b>.\n"
NEW = "title\n\nCases rose sharply in 2025.\nUnchanged <b>line</b>.\nA new line.\n"


def test_stats_count_added_and_removed_lines():
    stats = diff_stats(OLD, NEW)
    assert (stats.added, stats.removed) == (2, 1)
    assert diff_stats(OLD, OLD).identical


def test_unified_diff_colours_lines_and_escapes_html():
    out = unified_diff_html(OLD, NEW, "published.md", "draft.md")
    assert '<span class="removed">-Cases rose in 2025.</span>' in out
    assert '<span class="added">+Cases rose sharply in 2025.</span>' in out
    assert '<span class="added">+A new line.</span>' in out
    assert "Unchanged &lt;b&gt;line&lt;/b&gt;." in out and "<b>line</b>" not in out
    assert '<span class="">--- published.md</span>' in out
    assert "(no differences)" in unified_diff_html(OLD, OLD, "a", "b")


def test_side_by_side_shows_both_versions():
    out = side_by_side_html(OLD, NEW, "published.md", "draft.md")
    assert "published.md" in out and "draft.md" in out
    assert "sharply" in out and "<b>line</b>" not in out
