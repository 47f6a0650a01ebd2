"""A citation style the preview cannot use, in the real window: the article is still shown,
its citations in a style that works, with a note naming the style; fixing it removes the
note. Exports refuse, as ``render`` and Publish do."""

from __future__ import annotations

from pathlib import Path

from articleeditor.core.render import RenderOptions
from articleeditor.ui.worker_jobs import reference_view
from tests.core.test_style_fallback import article as _article
from tests.ui.conftest import preview_text, settle_preview
from tests.ui.test_preview import js, open_and_wait


def _type_over(qtbot, window, old: str, new: str) -> None:
    """Select ``old`` in the editor and type ``new`` over it, as a writer would."""
    cursor = window.editor.document().find(old)
    assert not cursor.isNull(), old
    window.editor.setTextCursor(cursor)
    qtbot.keyClicks(window.editor, new)


def _title_top(qtbot, window) -> float:
    """Where the article's title starts in the preview's viewport, in CSS pixels."""
    return js(
        qtbot,
        window.preview.page(),
        "document.querySelector('h1').getBoundingClientRect().top + window.scrollY",
    )


def _wait_for_note(qtbot, window) -> str:
    qtbot.waitUntil(lambda: window.preview.note.isVisible(), timeout=20_000)
    return window.preview.note.text()


def test_an_unknown_style_in_the_front_matter_still_shows_the_article(qtbot, window, tmp_path):
    path = tmp_path / "article.md"
    path.write_text(_article("no-such-style"), encoding="utf-8")
    open_and_wait(qtbot, window, path)
    note = _wait_for_note(qtbot, window)
    assert window.preview.note_kind == "style"
    assert "no-such-style" in note and "numeric" in note, note
    # The note sits over the page: the page moves down by its height, so the title shows.
    height = window.preview.note.height()
    assert height > 0
    qtbot.waitUntil(lambda: _title_top(qtbot, window) >= height, timeout=10_000)
    shown = preview_text(qtbot, window)
    assert "Body text cites [1]." in shown, shown
    # The bibliography follows the body (a first render), in the default style too.
    qtbot.waitUntil(
        lambda: "M. Kim, “A study of liver cells,” Nature, 2020." in preview_text(qtbot, window),
        timeout=20_000,
    )
    _type_over(qtbot, window, "no-such-style", "apa")
    assert "citation-style: apa\n" in window.editor.text()
    qtbot.waitUntil(lambda: not window.preview.note.isVisible(), timeout=20_000)
    assert window.preview.note_kind == ""
    qtbot.waitUntil(lambda: _title_top(qtbot, window) < height, timeout=10_000)
    qtbot.waitUntil(lambda: "(Kim, 2020)" in preview_text(qtbot, window), timeout=20_000)


def test_a_missing_site_style_still_shows_the_article(qtbot, window, dialogs, site: Path):
    config = site / "articleeditor.toml"
    text = config.read_text(encoding="utf-8")
    assert 'style = "numeric"' in text
    config.write_text(text.replace('style = "numeric"', 'style = "no-such-style"'), "utf-8")
    path = site / "content" / "posts" / "style-test.md"
    path.write_text(_article(None), encoding="utf-8")
    open_and_wait(qtbot, window, path)
    note = _wait_for_note(qtbot, window)
    assert window.preview.note_kind == "style"
    assert "no-such-style" in note and "articleeditor.toml" in note and "numeric" in note, note
    assert "Body text cites [1]." in preview_text(qtbot, window)
    # The render did not fail: nothing for the status bar to report.
    assert "no-such-style" not in window.statusBar().currentMessage()
    # An export would go out in another style than the site's: refused, like Publish.
    exported = site / "exported.html"
    window.reviewer_tools.write_html(exported)
    assert not exported.exists()
    assert dialogs.shown and "no-such-style" in dialogs.shown[-1][1], dialogs.shown
    # The article names a style of its own: it no longer depends on the site's.
    cursor = window.editor.document().find("title: Styles")
    window.editor.setTextCursor(cursor)
    cursor.movePosition(cursor.MoveOperation.EndOfLine)
    window.editor.setTextCursor(cursor)
    qtbot.keyClicks(window.editor, "\rcitation-style: apa")
    assert "title: Styles\ncitation-style: apa\n" in window.editor.text()
    qtbot.waitUntil(lambda: not window.preview.note.isVisible(), timeout=20_000)
    qtbot.waitUntil(lambda: "(Kim, 2020)" in preview_text(qtbot, window), timeout=20_000)
    settle_preview(qtbot, window)
    window.reviewer_tools.write_html(exported)
    assert "Kim, M. (2020). A study of liver cells." in exported.read_text(encoding="utf-8")


def test_the_references_panel_lists_in_the_style_the_preview_uses():
    # The panel's job (no Qt: called as the analysis process calls it) formats the entries
    # in the preview's stand-in style rather than failing on the site's unknown one.
    options = RenderOptions(citation_style="no-such-style")
    result = reference_view(_article(None), options)
    assert result is not None
    rows, _problems = result
    assert [(row.key, row.label) for row in rows] == [("a", "[1]")]
    assert "M. Kim, “A study of liver cells,” Nature, 2020." in rows[0].text
