"""The front matter opens folded to one line; the prose starts at the top."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from articleeditor.ui.editor.folding import front_matter_line_count
from tests.ui.test_main_window import ARTICLE, open_and_wait


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        ("---\ntitle: A\ntags: [x]\n---\nBody\n", 4),
        ("---\ntitle: A\n---", 3),
        ("+++\ntitle = 'A'\n+++\n\nBody", 3),
        ('{"title": "A",\n "tags": []}\nBody', 2),
        ("---\ntitle: A\nnever closed\n", 0),
        ("No front matter\n---\n", 0),
        ("", 0),
    ],
)
def test_front_matter_lines(text, lines):
    assert front_matter_line_count(text) == lines


def _hidden(window) -> list[int]:
    document = window.editor.document()
    return [
        n for n in range(document.blockCount()) if not document.findBlockByNumber(n).isVisible()
    ]


def _front_matter_lines(window) -> int:
    return front_matter_line_count(window.editor.text())


def test_an_article_opens_folded_and_saves_unchanged(qtbot, window, site):
    path = site / ARTICLE
    before = path.read_bytes()
    open_and_wait(qtbot, window, path)
    count = _front_matter_lines(window)
    assert count > 20
    assert _hidden(window) == list(range(1, count))
    button = window.editor_features.fold.button
    assert button.isVisible() and str(count) in button.text()
    # The first body line is near the top of the editor.
    body_block = window.editor.document().findBlockByNumber(count)
    top = (
        window.editor.blockBoundingGeometry(body_block)
        .translated(window.editor.contentOffset())
        .top()
    )
    assert top < 3 * window.editor.fontMetrics().lineSpacing()
    window.actions.save.trigger()
    assert path.read_bytes() == before


def test_typing_and_panel_edits_keep_it_folded(qtbot, window, site):
    open_and_wait(qtbot, window, site / ARTICLE)
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(window.editor, " More.")
    title = window.article_panel.title
    title.selectAll()
    qtbot.keyClicks(title, "A new title")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    assert "A new title" in window.editor.text()
    assert _hidden(window) == list(range(1, _front_matter_lines(window)))


def test_the_cursor_entering_the_front_matter_unfolds_it(qtbot, window, site):
    open_and_wait(qtbot, window, site / ARTICLE)
    action = window.editor_features.actions.fold_front_matter
    window.editor.go_to_line(3)
    assert _hidden(window) == []
    assert not action.isChecked()
    # Only this article: the next one opens folded again.
    window.open_path(site / "content/posts/microplastics-in-blood.md")
    qtbot.waitUntil(lambda: _hidden(window) != [], timeout=10_000)
    assert action.isChecked()


def test_the_button_and_the_setting(qtbot, window, site):
    open_and_wait(qtbot, window, site / ARTICLE)
    window.editor_features.fold.button.click()
    assert _hidden(window) == []
    action = window.editor_features.actions.fold_front_matter
    action.setChecked(True)
    assert _hidden(window)
    action.setChecked(False)  # the writer turns folding off: it stays off
    assert _hidden(window) == []
    window.open_path(site / "content/posts/microplastics-in-blood.md")
    qtbot.wait(50)
    assert _hidden(window) == []
