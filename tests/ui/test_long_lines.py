"""A line far too long to style, in the real window: its layout is kept (so the cursor blink
does not shape it again), the writer is told once why it has no colours, the scroll bar is
there from the start, and typing into it saves exactly. Stall figures are in
bench/bench_pathological.py."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtGui import QFont, QTextCursor

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


def _place_cursor(window, position: int) -> None:
    cursor = window.editor.textCursor()
    cursor.setPosition(position)
    window.editor.setTextCursor(cursor)


def test_typing_in_and_beside_huge_lines_saves_exactly(qtbot, window, tmp_path):
    # A huge line of words, no-break spaces and emoji; a megabyte-shaped word beside ordinary
    # prose; "{" and a run of blanks; each line long enough for the editor's huge-line care.
    huge = "mot\u00a0" * 30_000 + "😀" * 10
    word = "a" * 120_000
    blanks = "{" + " " * 20_000
    before = f"# Title\n\n{huge}\n\nPlain prose, café.\n\n{word}\n\n{blanks}\n"
    path = tmp_path / "huge.md"
    path.write_bytes(before.encode())
    _open(qtbot, window, path)
    editor = window.editor
    document = editor.document()
    strategy = document.defaultFont().styleStrategy()
    assert strategy == QFont.StyleStrategy.PreferNoShaping

    huge_start = document.findBlockByNumber(2).position()
    _place_cursor(window, huge_start + 1000)  # inside the huge line (no emoji before it)
    qtbot.keyClicks(editor, "Ze")
    editor.moveCursor(QTextCursor.MoveOperation.EndOfBlock)  # after the emoji
    qtbot.keyClicks(editor, "!")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # a line break typed into it, then removed
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    prose = document.findBlockByNumber(4)
    _place_cursor(window, prose.position() + prose.length() - 1)
    qtbot.keyClicks(editor, " Fin")  # beside it
    word_block = document.findBlockByNumber(6)
    _place_cursor(window, word_block.position() + 60_000)
    qtbot.keyClick(editor, Qt.Key.Key_Space)  # the word broken in two, then undone
    editor.undo()
    _place_cursor(window, document.findBlockByNumber(8).position() + 1)
    qtbot.keyClicks(editor, "}")

    huge_after = huge[:1000] + "Ze" + huge[1000:] + "!"
    expected = f"# Title\n\n{huge_after}\n\nPlain prose, café. Fin\n\n{word}\n\n{{}}{blanks[1:]}\n"
    assert editor.text() == expected
    window.actions.save.trigger()
    assert path.read_bytes() == expected.encode()

    plain = tmp_path / "plain.md"
    plain.write_text("# Title\n\nJust words.\n", encoding="utf-8")
    _open(qtbot, window, plain)
    strategy = window.editor.document().defaultFont().styleStrategy()
    assert strategy == QFont.StyleStrategy.PreferDefault
