"""Lines far too long to style, in the real window: a line too long to lay out at each
keystroke is shown in pieces and the writer is told why; a long line short of that keeps its
layout (so the cursor blink does not shape it again) and the writer is told once why it has no
colours; typing into either saves exactly. Stall figures are in bench/bench_pathological.py."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtGui import QTextCursor

from articleeditor.core.display_lines import PIECE
from articleeditor.ui.editor.highlighter import LONG_LINE


def _open(qtbot, window, path) -> None:
    QTimer.singleShot(0, lambda: window.open_path(path))
    qtbot.waitUntil(lambda: window.article.path == path, timeout=30_000)
    qtbot.waitUntil(lambda: not window.editor.highlighter.busy, timeout=30_000)


def test_a_long_line_is_shown_in_pieces_and_named_in_the_status_bar(qtbot, window, tmp_path):
    line = "word\u00a0" * 40_000  # 200,000 characters, no-break spaces kept
    path = tmp_path / "long.md"
    path.write_bytes(f"# Title\n\n{line}\n\nAfter.\n".encode())
    _open(qtbot, window, path)
    editor = window.editor
    document = editor.document()
    pieces = [
        block
        for block in _blocks(document)
        if editor.text_mirror.line_of(block) == 2 and block.length() > 1
    ]
    assert len(pieces) >= len(line) // PIECE
    assert "".join(block.text() for block in pieces) == line
    assert all(block.length() - 1 <= PIECE for block in pieces)
    message = window.statusBar().currentMessage()
    assert QLocale().toString(len(line)) in message
    assert QLocale().toString(PIECE) in message

    cursor = QTextCursor(pieces[-1])
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    editor.setTextCursor(cursor)
    qtbot.keyClicks(editor, "!")
    assert editor.line_and_column(editor.textCursor().position()) == (3, len(line) + 2)
    window.actions.save.trigger()
    assert path.read_bytes() == f"# Title\n\n{line}!\n\nAfter.\n".encode()


def test_a_long_line_short_of_pieces_keeps_its_layout_and_is_named(qtbot, window, tmp_path):
    line = "word\u00a0" * 2_000  # 10,000 characters: too long to style, shown whole
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


def _blocks(document):
    block = document.firstBlock()
    while block.isValid():
        yield block
        block = block.next()


def test_ordinary_text_has_no_note_and_no_pieces(qtbot, window, tmp_path):
    long_path = tmp_path / "long.md"
    long_path.write_text("x" * 150_000 + "\n", encoding="utf-8")
    _open(qtbot, window, long_path)
    window.statusBar().clearMessage()
    path = tmp_path / "plain.md"
    path.write_text("# Title\n\nJust words.\n", encoding="utf-8")
    _open(qtbot, window, path)
    assert window.statusBar().currentMessage() == ""
    assert window.editor.text_mirror.display_breaks == 0
    assert window.editor.document().blockCount() == 4


def _place_cursor(window, position: int) -> None:
    cursor = window.editor.textCursor()
    cursor.setPosition(position)
    window.editor.setTextCursor(cursor)


def test_typing_in_and_beside_huge_lines_saves_exactly(qtbot, window, tmp_path):
    # A huge line of words, no-break spaces and emoji; a megabyte-shaped word beside ordinary
    # prose; "{" and a run of blanks; each line long enough to be shown in pieces.
    huge = "mot\u00a0" * 30_000 + "😀" * 10
    word = "a" * 120_000
    blanks = "{" + " " * 20_000
    before = f"# Title\n\n{huge}\n\nPlain prose, café.\n\n{word}\n\n{blanks}\n"
    path = tmp_path / "huge.md"
    path.write_bytes(before.encode())
    _open(qtbot, window, path)
    editor = window.editor
    assert editor.text_mirror.display_breaks > (len(huge) + len(word) + len(blanks)) // PIECE - 3

    huge_start = before.index(huge)
    _place_cursor(window, editor.position_of(huge_start + 1000))  # inside the huge line
    qtbot.keyClicks(editor, "Ze")
    _place_cursor(window, editor.position_of(huge_start + 2 + len(huge)))  # after the emoji
    qtbot.keyClicks(editor, "!")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # a line break typed into it, then removed
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    text = editor.text()
    _place_cursor(window, editor.position_of(text.index("café.") + len("café.")))
    qtbot.keyClicks(editor, " Fin")  # beside it
    _place_cursor(window, editor.position_of(editor.text().index(word) + 60_000))
    qtbot.keyClick(editor, Qt.Key.Key_Space)  # the word broken in two, then undone
    editor.undo()
    _place_cursor(window, editor.position_of(editor.text().index(blanks) + 1))
    qtbot.keyClicks(editor, "}")

    huge_after = huge[:1000] + "Ze" + huge[1000:] + "!"
    expected = f"# Title\n\n{huge_after}\n\nPlain prose, café. Fin\n\n{word}\n\n{{}}{blanks[1:]}\n"
    assert editor.text() == expected
    window.actions.save.trigger()
    assert path.read_bytes() == expected.encode()
