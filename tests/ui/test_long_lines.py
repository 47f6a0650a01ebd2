"""A line far too long to style, in the real window: its layout is kept (so the cursor blink
does not shape it again), the writer is told once why it has no colours, the scroll bar is
there from the start, and typing into it saves exactly. Stall figures are in
bench/bench_pathological.py."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtGui import QTextCursor

from articleeditor.ui.editor.highlighter import LONG_LINE


def _open(qtbot, window, path) -> None:
    QTimer.singleShot(0, lambda: window.open_path(path))
    qtbot.waitUntil(lambda: window.article.path == path, timeout=30_000)
    qtbot.waitUntil(lambda: not window.editor.highlighter.busy, timeout=30_000)


def test_a_long_line_keeps_its_layout_and_is_named_in_the_status_bar(qtbot, window, tmp_path):
    line = "word\u00a0" * 40_000  # 200,000 characters, no-break spaces kept
    path = tmp_path / "long.md"
    path.write_bytes(f"# Title\n\n{line}\n\nAfter.\n".encode())
    _open(qtbot, window, path)
    document = window.editor.document()
    long_block = document.findBlockByNumber(2)
    assert long_block.length() - 1 == len(line)
    assert long_block.layout().cacheEnabled()
    assert not document.findBlockByNumber(0).layout().cacheEnabled()  # short lines as before
    message = window.statusBar().currentMessage()
    assert QLocale().toString(len(line)) in message
    assert QLocale().toString(LONG_LINE) in message
    policy = window.editor.verticalScrollBarPolicy()
    assert policy == Qt.ScrollBarPolicy.ScrollBarAlwaysOn

    cursor = QTextCursor(long_block)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    window.editor.setTextCursor(cursor)
    qtbot.keyClicks(window.editor, "!")
    window.actions.save.trigger()
    assert path.read_bytes() == f"# Title\n\n{line}!\n\nAfter.\n".encode()


def test_ordinary_text_has_no_note_and_a_scroll_bar_as_needed(qtbot, window, tmp_path):
    long_path = tmp_path / "long.md"
    long_path.write_text("x" * 150_000 + "\n", encoding="utf-8")
    _open(qtbot, window, long_path)
    window.statusBar().clearMessage()
    path = tmp_path / "plain.md"
    path.write_text("# Title\n\nJust words.\n", encoding="utf-8")
    _open(qtbot, window, path)
    assert window.statusBar().currentMessage() == ""
    policy = window.editor.verticalScrollBarPolicy()
    assert policy == Qt.ScrollBarPolicy.ScrollBarAsNeeded
