"""Lines too long to lay out at each keystroke are shown in pieces (core/display_lines): the
editor's text never holds the display breaks, whatever the writer does with the real editor —
typing at and across them, Backspace and Delete beside them, selections over them, paste of
long lines, Enter, copy, cut, undo and redo of all of it."""

from __future__ import annotations

import itertools

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QApplication

from articleeditor.core.display_lines import PIECE, SPLIT_OVER
from articleeditor.ui.editor.markdown_editor import MarkdownEditor
from articleeditor.ui.editor.text_mirror import BLOCK_SEPARATOR, as_document_shows, to_units

WORDS_LINE = "mot\u00a0" * 2500 + "😀 " * 50 + "word " * 3000  # 25,100 characters
BASE = (
    "# Title\n\nShort line\u2028with a separator.\n\n"
    + WORDS_LINE
    + "\n\nMiddle\u00a0!\n\n"
    + "x" * 20_000
    + "\n\nEnd.\n"
)
PASTES = ["abc", "two\nlines", "\u00a0nbsp\u2029para", "z" * (SPLIT_OVER + 500) + "\nq"]


def _type(editor: MarkdownEditor, text: str) -> None:
    """Key presses typing ``text`` (QTest's keyClicks knows only ASCII)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch)
            QApplication.sendEvent(editor, event)


def _check_document(editor: MarkdownEditor) -> None:
    """The document shows exactly the editor's text plus its display breaks."""
    shown = to_units(editor.document().toRawText())
    breaks = editor.text_mirror.display_positions
    assert all(shown[p] == BLOCK_SEPARATOR for p in breaks)
    kept = "".join(shown[a + 1 : b] for a, b in itertools.pairwise((-1, *breaks, len(shown))))
    assert kept == as_document_shows(to_units(editor.text()))


def _place(editor: MarkdownEditor, position: int, anchor: int | None = None) -> None:
    cursor = editor.textCursor()
    cursor.setPosition(position if anchor is None else anchor)
    if anchor is not None:
        cursor.setPosition(position, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)


@st.composite
def _ops(draw):
    kind = draw(
        st.sampled_from(
            [
                "type",
                "type_after_break",
                "left_from_break",
                "right_to_break",
                "backspace_after_break",
                "delete_before_break",
                "backspace",
                "select_type",
                "paste",
                "enter",
                "cut",
            ]
        )
    )
    return kind, draw(st.floats(0, 1)), draw(st.floats(0, 1)), draw(st.sampled_from(PASTES))


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(ops=st.lists(_ops(), min_size=1, max_size=10))
def test_edits_around_display_breaks_keep_the_text_exact(qtbot, ops):
    editor = MarkdownEditor()
    qtbot.addWidget(editor)
    editor.resize(800, 600)
    editor.load_text(BASE)
    mirror = editor.text_mirror
    assert mirror.display_breaks > 0
    assert editor.text() == BASE
    _check_document(editor)
    model = BASE
    for kind, where, other, paste in ops:
        breaks = mirror.display_positions
        index = int(where * len(model))  # a code point: never inside an emoji
        if kind in (
            "type_after_break",
            "left_from_break",
            "right_to_break",
            "backspace_after_break",
            "delete_before_break",
        ):
            if not breaks:
                continue
            position = breaks[int(where * len(breaks)) % len(breaks)]
            index = editor.index_at(position)
            if kind in ("left_from_break", "right_to_break"):
                # One arrow press crosses the break and a character, as in the whole line.
                left = kind == "left_from_break"
                _place(editor, position + 1 if left else position)
                qtbot.keyClick(editor, Qt.Key.Key_Left if left else Qt.Key.Key_Right)
                assert editor.index_at(editor.textCursor().position()) == index + (
                    -1 if left else 1
                )
                _type(editor, "Z")
                at = index - 1 if left else index + 1
                model = model[:at] + "Z" + model[at:]
            elif kind == "delete_before_break":
                _place(editor, position)  # the end of a piece
                qtbot.keyClick(editor, Qt.Key.Key_Delete)
                model = model[:index] + model[index + 1 :]
            else:
                _place(editor, position + 1)  # the start of the next piece
                if kind == "type_after_break":
                    _type(editor, "Ab")
                    model = model[:index] + "Ab" + model[index:]
                else:
                    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
                    model = model[: index - 1] + model[index:]
        elif kind == "type":
            _place(editor, editor.position_of(index))
            _type(editor, "é\u00a0")
            model = model[:index] + "é\u00a0" + model[index:]
        elif kind == "backspace" and index > 0:
            _place(editor, editor.position_of(index))
            qtbot.keyClick(editor, Qt.Key.Key_Backspace)
            model = model[: index - 1] + model[index:]
        elif kind in ("select_type", "cut", "paste"):
            end = min(index + int(other * 30_000), len(model))
            if kind == "cut" and end == index:
                continue  # nothing selected: nothing to cut
            _place(editor, editor.position_of(end), editor.position_of(index))
            if kind == "cut":
                editor.cut()
                assert QApplication.clipboard().text() == model[index:end]
                model = model[:index] + model[end:]
            elif kind == "paste":
                QApplication.clipboard().setText(paste)
                editor.paste()
                model = model[:index] + paste + model[end:]
            else:
                _type(editor, "Q")
                model = model[:index] + "Q" + model[end:]
        elif kind == "enter":
            _place(editor, editor.position_of(index))
            qtbot.keyClick(editor, Qt.Key.Key_Return)
            model = model[:index] + "\n" + model[index:]
        assert editor.text() == model, kind
        _check_document(editor)
    # Everything undone gives the text loaded; everything redone, the text edited.
    while editor.document().isUndoAvailable():
        editor.undo()
        _check_document(editor)
    assert editor.text() == BASE
    while editor.document().isRedoAvailable():
        editor.redo()
        _check_document(editor)
    assert editor.text() == model


def test_a_long_line_is_shown_in_pieces_of_at_most_piece(qtbot):
    editor = MarkdownEditor()
    qtbot.addWidget(editor)
    editor.load_text(BASE)
    document = editor.document()
    lines = {}
    block = document.firstBlock()
    while block.isValid():
        lines.setdefault(editor.text_mirror.line_of(block), []).append(block.text())
        block = block.next()
    assert len(lines) == BASE.count("\n") + 1
    assert "".join(lines[4]) == WORDS_LINE
    assert len(lines[4]) > 1 and all(len(piece) <= PIECE for piece in lines[4])
    assert len(lines[8]) > 1  # the unbreakable line too
    assert [len(v) for k, v in lines.items() if k not in (4, 8)] == [1] * (len(lines) - 2)


def test_find_formatting_and_go_to_line_see_the_line_whole(qtbot):
    from articleeditor.ui.dialogs.find_replace import FindReplaceDialog

    editor = MarkdownEditor()
    qtbot.addWidget(editor)
    editor.load_text(BASE)
    mirror = editor.text_mirror
    last_piece_start = mirror.display_positions[3] + 1  # a part of WORDS_LINE, mid-line

    # Find: a match inside the long line, beyond several display breaks, is selected exactly.
    finder = FindReplaceDialog(editor)
    qtbot.addWidget(finder)
    finder.find_field.setText("😀 word")
    assert finder.find_next()
    cursor = editor.textCursor()
    assert mirror.text_between(cursor.selectionStart(), cursor.selectionEnd()) == "😀 word"
    assert editor.index_at(cursor.selectionStart()) == BASE.index("😀 word")
    # Replace all across the display breaks changes the text and nothing else.
    finder.find_field.setText("mot")
    finder.replace_field.setText("MOT")
    assert finder.replace_all() == 2500
    assert editor.text() == BASE.replace("mot", "MOT")
    editor.undo()
    assert editor.text() == BASE

    # A heading made from a part of the long line goes at the start of the line.
    _place(editor, last_piece_start + 5)
    editor.formatter.heading(2)
    assert editor.text() == BASE.replace(WORDS_LINE, "## " + WORDS_LINE)
    editor.undo()
    assert editor.text() == BASE

    # Lines and columns count the text's lines, not the parts.
    editor.go_to_line(7, 3)  # "Middle..."
    assert editor.line_and_column(editor.textCursor().position()) == (7, 3)
    assert (
        mirror.text_between(editor.textCursor().position(), editor.textCursor().position() + 4)
        == "ddle"
    )
    line, column = editor.line_and_column(last_piece_start)
    before = BASE[BASE.index(WORDS_LINE) : editor.index_at(last_piece_start)]
    assert line == 5 and column == len(to_units(before)) + 1  # columns count UTF-16 units
