"""The review workflow in the real window: suggest mode, comments, the review panel, the
preview's review views, compare with published, and review copies."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWebEngineCore import QWebEngineScript

from articleeditor.ui import settings as keys
from tests.ui.conftest import preview_text, settle_preview

FRONT = "---\ntitle: Review test\n---\n\n"
PLAIN = FRONT + "Cases rose in early 2025 at twelve sites.\n"
REVIEWED = FRONT + (
    "Cases rose {++sharply ++}in {--early --}2025 at {~~twelve~>14~~} sites.\n\n"
    "The {==hazard ratio==}{>>@dana 2026-11-20: check this number<<} was 0.8.\n"
)
ACCEPTED = FRONT + "Cases rose sharply in 2025 at 14 sites.\n\nThe hazard ratio was 0.8.\n"
REJECTED = FRONT + "Cases rose in early 2025 at twelve sites.\n\nThe hazard ratio was 0.8.\n"


def open_text(qtbot, window, tmp_path, text: str):
    path = tmp_path / "article.md"
    path.write_text(text, encoding="utf-8")
    with qtbot.waitSignal(window.preview_updated, timeout=20_000):
        assert window.open_path(path)
    qtbot.waitUntil(
        lambda: "Review test" in preview_text(qtbot, window, "article-header"), timeout=10_000
    )
    return path


def put_cursor(window, index: int, anchor: int | None = None) -> None:
    cursor = window.editor.textCursor()
    cursor.setPosition(index if anchor is None else anchor)
    if anchor is not None:
        cursor.setPosition(index, QTextCursor.MoveMode.KeepAnchor)
    window.editor.setTextCursor(cursor)


def page_value(qtbot, window, expression: str):
    """The value of a JavaScript expression in the preview page."""
    result: list = []
    window.preview.page().runJavaScript(
        expression, QWebEngineScript.ScriptWorldId.ApplicationWorld, result.append
    )
    qtbot.waitUntil(lambda: bool(result), timeout=10_000)
    return result[0]


def dom_count(qtbot, window, selector: str) -> int:
    return page_value(qtbot, window, f"document.querySelectorAll('{selector}').length")


def test_suggest_mode_records_typing_and_deleting(qtbot, window, tmp_path):
    open_text(qtbot, window, tmp_path, PLAIN)
    window.review_actions.suggest_changes.trigger()
    assert window.review_actions.suggest_changes.isChecked()
    assert window.review.dock.isVisible()
    text = window.editor.text()
    put_cursor(window, text.index(" in early"))
    qtbot.keyClicks(window.editor, " sharply")
    text = window.editor.text()
    put_cursor(window, text.index("2025"))
    for _ in range(len("early ")):
        qtbot.keyClick(window.editor, Qt.Key.Key_Backspace)
    text = window.editor.text()
    put_cursor(window, text.index(" sites"))
    qtbot.keyClick(window.editor, Qt.Key.Key_Delete)
    text = window.editor.text()
    start = text.index("twelve")
    put_cursor(window, start + len("twelve"), anchor=start)
    qtbot.keyClicks(window.editor, "14")
    text = window.editor.text()
    put_cursor(window, len(text) - 1)
    qtbot.keyClick(window.editor, Qt.Key.Key_Return)
    qtbot.keyClicks(window.editor, "More.")
    assert window.editor.text() == FRONT + (
        "Cases rose{++ sharply++} in {--early --}2025 at {~~twelve~>14~~}{-- --}sites.{++\n"
        "More.++}\n"
    )
    # Leaving suggest mode: typing edits the text plainly again.
    window.review_actions.suggest_changes.trigger()
    window.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(window.editor, "plain")
    assert window.editor.text().endswith("More.++}\nplain")


def test_suggest_mode_leaves_front_matter_alone(qtbot, window, tmp_path):
    open_text(qtbot, window, tmp_path, PLAIN)
    messages = []
    window.review.suggest.refused.connect(messages.append)
    window.review_actions.suggest_changes.trigger()
    put_cursor(window, PLAIN.index("Review test"))
    qtbot.keyClicks(window.editor, "x")
    put_cursor(window, len(FRONT) - 2)  # the end of the closing --- line
    qtbot.keyClick(window.editor, Qt.Key.Key_Backspace)
    qtbot.keyClick(window.editor, Qt.Key.Key_Delete)
    assert window.editor.text() == PLAIN
    assert len(messages) == 3 and "Front matter" in messages[0]
    put_cursor(window, len(FRONT))  # the first character of the body
    qtbot.keyClick(window.editor, Qt.Key.Key_Backspace)
    assert window.editor.text() == FRONT[:-1] + "{--\n--}Cases" + PLAIN[len(FRONT) + 5 :]


def test_suggest_mode_keeps_ctrl_shortcuts(qtbot, window, tmp_path):
    open_text(qtbot, window, tmp_path, PLAIN)
    window.review_actions.suggest_changes.trigger()
    window.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(window.editor, "x")
    assert window.editor.text().endswith("{++x++}")
    window.actions.undo.trigger()
    assert window.editor.text() == PLAIN


def test_accept_all_and_reject_all_are_one_undo_step_each(qtbot, window, tmp_path):
    open_text(qtbot, window, tmp_path, REVIEWED)
    window.review_actions.accept_all.trigger()
    assert window.editor.text() == ACCEPTED
    assert window.review.panel.marks == []
    window.actions.undo.trigger()
    assert window.editor.text() == REVIEWED
    # The panel (and with it Reject All) follows the text a moment later, as for a writer.
    qtbot.waitUntil(lambda: window.review_actions.reject_all.isEnabled(), timeout=5_000)
    window.review_actions.reject_all.trigger()
    assert window.editor.text() == REJECTED
    window.actions.undo.trigger()
    assert window.editor.text() == REVIEWED


def test_review_panel_lists_marks_selects_and_resolves_one(qtbot, window, tmp_path):
    open_text(qtbot, window, tmp_path, REVIEWED)
    panel = window.review.panel
    assert window.review.dock.isVisible()  # an article with marks shows the panel
    rows = [panel.list.item(i).text() for i in range(panel.list.count())]
    assert len(rows) == 4
    assert rows[0].startswith("Insertion · line 5")
    assert "@dana" in rows[3] and "check this number" in rows[3]
    assert panel.summary.text() == "3 suggestions, 1 comments"
    item = panel.list.item(1)
    qtbot.mouseClick(
        panel.list.viewport(),
        Qt.MouseButton.LeftButton,
        pos=panel.list.visualItemRect(item).center(),
    )
    assert window.editor.textCursor().selectedText() == "{--early --}"
    window.review_actions.reject_mark.trigger()
    assert "in early 2025" in window.editor.text()
    assert len(panel.marks) == 3
    panel.list.setCurrentRow(0)
    window.review_actions.accept_mark.trigger()
    assert window.editor.text().startswith(FRONT + "Cases rose sharply in early 2025")


def test_panel_keeps_the_chosen_mark_while_the_text_changes(qtbot, window, tmp_path):
    open_text(qtbot, window, tmp_path, REVIEWED)
    panel = window.review.panel
    panel.list.setCurrentRow(1)  # the deletion "early "
    window.review_actions.suggest_changes.trigger()
    put_cursor(window, len(FRONT))
    qtbot.keyClicks(window.editor, "New. ")  # a new insertion before every other mark
    window.review.refresh_panel()
    assert panel.current_mark().old == "early "
    window.review_actions.accept_mark.trigger()
    assert "{--early --}" not in window.editor.text()
    assert window.editor.text().startswith(FRONT + "{++New. ++}Cases rose {++sharply ++}in 2025")


def test_choosing_a_mark_scrolls_the_preview_to_it(qtbot, window, tmp_path):
    filler = "".join(f"Paragraph {n} of plain text that fills the page.\n\n" for n in range(80))
    open_text(qtbot, window, tmp_path, FRONT + filler + "Last {++added++} words.\n")
    # Every render of the opening has reached the page: new content re-aligns the preview
    # with the editor, which would move it away from the mark chosen below.
    settle_preview(qtbot, window)
    assert page_value(qtbot, window, "window.scrollY") == 0
    window.review.panel.list.setCurrentRow(0)
    assert window.editor.textCursor().selectedText() == "{++added++}"
    qtbot.waitUntil(lambda: page_value(qtbot, window, "window.scrollY") > 1000, timeout=10_000)
    top = page_value(
        qtbot, window, "document.getElementById('critic-0').getBoundingClientRect().top"
    )
    assert 0 < top < window.preview.height()


def test_reviewer_name_is_asked_once(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    asked = []

    def answer(*_args, **_kwargs):
        asked.append(True)
        return "Dana Whitfield", True

    monkeypatch.setattr(QInputDialog, "getText", answer)
    open_text(qtbot, window, tmp_path, PLAIN)
    window.editor.moveCursor(QTextCursor.MoveOperation.End)
    window.review_actions.add_comment.trigger()
    window.review_actions.add_comment.trigger()
    assert len(asked) == 1
    assert window.editor.text().count("{>>@Dana_Whitfield ") == 2
    assert keys.settings().value(keys.REVIEWER_NAME) == "Dana_Whitfield"


def test_preview_review_views(qtbot, window, tmp_path):
    open_text(qtbot, window, tmp_path, REVIEWED)
    assert window.review_actions.view_changes.isChecked()
    assert dom_count(qtbot, window, "ins.critic") == 2
    assert dom_count(qtbot, window, "del.critic") == 2
    assert dom_count(qtbot, window, ".critic-comment") == 1
    with qtbot.waitSignal(window.preview_updated, timeout=10_000):
        window.review_actions.view_final.trigger()
    qtbot.waitUntil(
        lambda: "rose sharply in 2025 at 14 sites" in preview_text(qtbot, window), timeout=10_000
    )
    body = preview_text(qtbot, window)
    assert "early" not in body and "check this number" not in body
    with qtbot.waitSignal(window.preview_updated, timeout=10_000):
        window.review_actions.view_original.trigger()
    qtbot.waitUntil(
        lambda: "rose in early 2025 at twelve sites" in preview_text(qtbot, window), timeout=10_000
    )
    assert keys.settings().value(keys.REVIEW_VIEW) == "original"


def test_add_comment_on_selection(qtbot, window, tmp_path):
    keys.settings().setValue(keys.REVIEWER_NAME, "lee")
    open_text(qtbot, window, tmp_path, PLAIN)
    text = window.editor.text()
    start = text.index("twelve")
    put_cursor(window, start + len("twelve"), anchor=start)
    window.review_actions.add_comment.trigger()
    qtbot.keyClicks(window.editor, "source?")
    today = __import__("datetime").date.today().isoformat()
    assert f"at {{==twelve==}}{{>>@lee {today}: source?<<}} sites" in window.editor.text()
    qtbot.waitUntil(lambda: len(window.review.panel.marks) == 1, timeout=5_000)
    assert "@lee" in window.review.panel.list.item(0).text()


def test_compare_with_published_file(qtbot, window, tmp_path):
    open_text(qtbot, window, tmp_path, PLAIN)
    published = tmp_path / "published.md"
    published.write_text(PLAIN.replace("twelve", "eleven"), encoding="utf-8")
    dialog = window.review.compare_with(published)
    shown = dialog.view.toPlainText()
    assert "-Cases rose in early 2025 at eleven sites." in shown
    assert "+Cases rose in early 2025 at twelve sites." in shown
    assert "1 lines added, 1 lines removed" in dialog.summary.text()
    dialog.layout_choice.setCurrentIndex(1)
    assert "eleven" in dialog.view.toPlainText()
    dialog.close()


def test_compare_with_unreadable_file_says_why(qtbot, window, tmp_path, dialogs):
    open_text(qtbot, window, tmp_path, PLAIN)
    assert window.review.compare_with(tmp_path / "missing.md") is None
    assert dialogs.shown and "missing.md" in dialogs.shown[-1][1]


def test_export_review_copy_to_html_and_pdf(qtbot, window, tmp_path):
    open_text(qtbot, window, tmp_path, REVIEWED)
    html_path = tmp_path / "copy.html"
    window.review.export_review_copy(html_path)
    qtbot.waitUntil(lambda: window.review.last_export == str(html_path), timeout=20_000)
    page = html_path.read_text(encoding="utf-8")
    assert '<ins class="critic critic-ins" id="critic-0">sharply </ins>' in page
    assert "check this number" in page and "<title>Review test</title>" in page
    pdf_path = tmp_path / "copy.pdf"
    window.review.export_review_copy(pdf_path)
    qtbot.waitUntil(lambda: window.review.last_export == str(pdf_path), timeout=30_000)
    assert pdf_path.read_bytes().startswith(b"%PDF")
    assert not window.review.exporter.busy


# Qt 6 offers no QPointF constructor for QDragEnterEvent; the QPoint one is deprecated.
@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_suggest_mode_refuses_drops(qtbot, window, tmp_path):
    from PySide6.QtCore import QMimeData, QPoint, QPointF
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    open_text(qtbot, window, tmp_path, PLAIN)

    def drop() -> None:
        mime = QMimeData()
        mime.setText("dropped")
        args = (
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        viewport = window.editor.viewport()
        for event_type in (QDragEnterEvent, QDragMoveEvent, QDropEvent):
            # The position is a QPoint or a QPointF depending on the PySide6 release.
            try:
                event = event_type(QPointF(5, 5), *args)
            except TypeError:
                event = event_type(QPoint(5, 5), *args)
            QApplication.sendEvent(viewport, event)

    window.review_actions.suggest_changes.trigger()
    drop()
    assert window.editor.text() == PLAIN
    window.review_actions.suggest_changes.trigger()
    drop()  # the same drop edits the text when not suggesting
    assert "dropped" in window.editor.text()


def test_export_review_copy_to_a_missing_folder_says_why(qtbot, window, tmp_path, dialogs):
    open_text(qtbot, window, tmp_path, REVIEWED)
    window.review.export_review_copy(tmp_path / "gone" / "copy.html")
    qtbot.waitUntil(lambda: bool(dialogs.shown), timeout=20_000)
    title, message = dialogs.shown[-1]
    assert title == "Review copy not saved" and "the folder does not exist" in message
    assert window.review.last_export is None


def test_printed_review_copy_loads_no_file_outside_the_article(qtbot, window, tmp_path):
    private = tmp_path / "private"
    private.mkdir()
    (private / "photo.png").write_bytes(b"\x89PNG not really")
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "ok.png").write_bytes(b"\x89PNG not really")
    open_text(
        qtbot,
        window,
        tmp_path / "drafts",
        REVIEWED + "\n![p](../private/photo.png) ![ok](ok.png)\n",
    )
    pdf_path = tmp_path / "copy.pdf"
    window.review.export_review_copy(pdf_path)
    qtbot.waitUntil(lambda: window.review.last_export == str(pdf_path), timeout=30_000)
    guard = window.review.exporter.guard
    assert any(url.endswith("/private/photo.png") for url in guard.blocked)
    assert any(url.endswith("/drafts/ok.png") for url in guard.allowed)
