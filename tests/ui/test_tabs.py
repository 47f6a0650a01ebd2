"""Several articles open at once, one tab each: opening, switching, closing, reordering, and
each tab's own undo history, cursor, recovery journal and preview."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMessageBox

from articleeditor.core.recovery import key_for
from tests.ui.conftest import preview_text

CART = "content/posts/car-t-cells-liver-cancer.md"
PLASTICS = "content/posts/microplastics-in-blood.md"


def open_and_wait(qtbot, window, path: Path) -> None:
    with qtbot.waitSignal(window.preview_updated, timeout=20_000):
        assert window.open_path(path)


def type_at_end(qtbot, window, text: str) -> None:
    window.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(window.editor, text)


def tab_texts(window) -> list[str]:
    return [window.tabs.tabText(i) for i in range(window.tabs.count())]


def open_two(qtbot, window, site: Path) -> tuple:
    open_and_wait(qtbot, window, site / CART)
    first = window.session
    open_and_wait(qtbot, window, site / PLASTICS)
    return first, window.session


def test_opening_adds_a_tab_and_opening_again_switches_to_it(qtbot, window, site):
    first, second = open_two(qtbot, window, site)
    # The empty untitled article of the new window made way for the first file.
    assert tab_texts(window) == ["car-t-cells-liver-cancer.md", "microplastics-in-blood.md"]
    assert window.tabs.currentIndex() == 1 and window.session is second
    assert window.open_path(site / CART)
    assert window.tabs.count() == 2
    assert window.session is first and window.tabs.currentIndex() == 0
    assert window.editor.text() == (site / CART).read_text(encoding="utf-8")
    assert window.article.path == site / CART


def test_each_tab_keeps_its_own_undo_history_and_cursor(qtbot, window, site):
    first, second = open_two(qtbot, window, site)
    cart = (site / CART).read_text(encoding="utf-8")
    plastics = (site / PLASTICS).read_text(encoding="utf-8")
    window.activate(first)
    type_at_end(qtbot, window, "Typed in the first.")
    cursor_in_first = window.editor.textCursor().position()
    window.activate(second)
    assert window.editor.text() == plastics
    assert not window.actions.undo.isEnabled()  # the second tab has nothing to undo
    type_at_end(qtbot, window, "B")
    window.actions.undo.trigger()
    assert window.editor.text() == plastics
    assert first.text() == cart + "Typed in the first."  # untouched by the undo in B
    window.activate(first)
    assert window.editor.text() == cart + "Typed in the first."
    assert window.editor.textCursor().position() == cursor_in_first
    window.actions.undo.trigger()
    assert window.editor.text() == cart


def test_unsaved_marker_follows_the_modified_state(qtbot, window, site):
    open_two(qtbot, window, site)
    type_at_end(qtbot, window, "x")
    assert tab_texts(window) == ["car-t-cells-liver-cancer.md", "microplastics-in-blood.md •"]
    window.actions.save.trigger()
    assert tab_texts(window)[1] == "microplastics-in-blood.md"
    assert (site / PLASTICS).read_text(encoding="utf-8").endswith("x")


def test_each_modified_tab_is_journaled_on_its_own(qtbot, window, site):
    first, second = open_two(qtbot, window, site)
    keeper = window.editor_features.recovery
    type_at_end(qtbot, window, "Edit of the second.")
    window.activate(first)
    type_at_end(qtbot, window, "Edit of the first.")
    for session in (first, second):
        keeper.journal_of(session).write_now()
    keeper.wait()
    qtbot.waitUntil(lambda: len(keeper.journal.entries()) == 2, timeout=5_000)
    cart = keeper.journal.entry(key_for(site / CART))
    plastics = keeper.journal.entry(key_for(site / PLASTICS))
    assert cart.text.endswith("Edit of the first.") and "Edit of the second." not in cart.text
    assert plastics.text.endswith("Edit of the second.") and "first" not in plastics.text[-30:]
    # Saving one removes only its own journal.
    window.actions.save.trigger()
    assert keeper.journal.entry(key_for(site / CART)) is None
    assert keeper.journal.entry(key_for(site / PLASTICS)) is not None


def test_closing_a_modified_tab_asks_and_can_be_cancelled(qtbot, window, dialogs, site):
    first, second = open_two(qtbot, window, site)
    saved = (site / PLASTICS).read_bytes()
    type_at_end(qtbot, window, "Unsaved.")
    dialogs.answer = QMessageBox.StandardButton.Cancel
    window.actions.close_article.trigger()
    assert dialogs.shown[-1] == (
        "Unsaved changes",
        "Save the changes to microplastics-in-blood.md?",
    )
    assert window.tabs.count() == 2 and window.session is second
    dialogs.answer = QMessageBox.StandardButton.Discard
    window.actions.close_article.trigger()
    assert window.tabs.count() == 1 and window.session is first
    assert (site / PLASTICS).read_bytes() == saved
    assert window.editor.text() == (site / CART).read_text(encoding="utf-8")


def test_ctrl_w_and_ctrl_tab_work_from_the_keyboard(qtbot, window, site):
    first, second = open_two(qtbot, window, site)
    window.activateWindow()
    window.editor.setFocus()
    qtbot.keyClick(window.editor, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert window.session is first
    assert window.editor.text() == (site / CART).read_text(encoding="utf-8")  # no tab typed
    qtbot.keyClick(
        window.editor,
        Qt.Key.Key_Backtab,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.session is second
    qtbot.keyClick(window.editor, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.count() == 1 and window.session is first
    qtbot.keyClick(window.editor, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    # The last tab closed leaves an empty untitled article, as Close Article always did.
    assert window.tabs.count() == 1 and window.article.path is None
    assert window.editor.text() == ""


def test_middle_click_closes_and_tabs_can_be_reordered(qtbot, window, site):
    first, second = open_two(qtbot, window, site)
    window.tabs.moveTab(1, 0)
    assert window.sessions() == [second, first]
    window.activate(second)
    window.actions.next_article.trigger()
    assert window.session is first
    centre = window.tabs.tabRect(0).center()
    qtbot.mouseClick(window.tabs, Qt.MouseButton.MiddleButton, pos=QPoint(centre))
    assert window.sessions() == [first]
    assert tab_texts(window) == ["car-t-cells-liver-cancer.md"]


def test_a_background_render_does_not_replace_the_preview(qtbot, window, site):
    first, _second = open_two(qtbot, window, site)
    qtbot.waitUntil(
        lambda: "Plastic particles" in preview_text(qtbot, window, "article-header"), timeout=10_000
    )
    with qtbot.waitSignal(first.rendered, timeout=20_000):
        first.request_render()  # the first article renders while the second is shown
    assert "CAR-T" in first.last_render.header_html
    qtbot.wait(100)
    assert "Plastic particles" in preview_text(qtbot, window, "article-header")
    assert "CAR-T" not in preview_text(qtbot, window, "article-header")
    # Switching back shows the first article's render at once, without rendering again.
    with qtbot.waitSignal(window.preview_updated, timeout=10_000):
        window.activate(first)
    assert "CAR-T" in preview_text(qtbot, window, "article-header")


def test_docks_show_the_current_tab(qtbot, window, site):
    first, second = open_two(qtbot, window, site)
    second_title = window.article_panel.title.text()
    window.activate(first)
    assert window.article_panel.title.text() == first.front_matter.data["title"]
    assert window.article_panel.title.text() != second_title
    window.activate(second)
    assert window.article_panel.title.text() == second_title


def test_new_article_opens_in_a_new_tab(qtbot, window, site):
    open_and_wait(qtbot, window, site / CART)
    window.actions.new.trigger()
    assert window.tabs.count() == 2
    assert window.article.path is None
    assert tab_texts(window)[1].startswith("Untitled")


def test_each_tab_keeps_its_scroll_in_editor_and_preview(qtbot, window, site):
    from articleeditor.ui.preview.scroll_sync import editor_top_line, scroll_editor_to_line

    long = site / "content/posts/long-read.md"
    paragraphs = "\n\n".join(
        f"Paragraph {n} of a long read, with enough words to fill a line." for n in range(1, 200)
    )
    long.write_text(f"---\ntitle: A long read\n---\n\n{paragraphs}\n", encoding="utf-8")
    open_and_wait(qtbot, window, long)
    scroll_editor_to_line(window.editor, 150)
    open_and_wait(qtbot, window, site / CART)
    assert editor_top_line(window.editor) < 2
    with qtbot.waitSignal(window.preview_updated, timeout=10_000):
        window.activate(window.services.session_for(long))
    assert abs(editor_top_line(window.editor) - 150) < 1
    # The preview follows the editor's top line once it shows the article again.
    tops: list[float] = []

    def preview_at_line_150() -> bool:
        window.preview.line_at_top(tops.append)
        return bool(tops) and abs(tops[-1] - 150) < 3

    qtbot.waitUntil(preview_at_line_150, timeout=10_000)
