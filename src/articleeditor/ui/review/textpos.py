"""Python string indices <-> Qt document positions (Qt counts UTF-16 code units)."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from articleeditor.core.suggest import Edit


def to_qt(text: str, index: int) -> int:
    """The Qt position of ``text[index]``."""
    if text.isascii():
        return index
    return len(text[:index].encode("utf-16-le")) // 2


def from_qt(text: str, position: int) -> int:
    """The Python index of Qt position ``position`` in ``text``."""
    if text.isascii():
        return position
    return len(text.encode("utf-16-le")[: 2 * position].decode("utf-16-le", errors="ignore"))


def selection(editor: QPlainTextEdit) -> tuple[str, int, int]:
    """The editor's text with its cursor's anchor and position as Python indices."""
    text = editor.toPlainText()
    cursor = editor.textCursor()
    return text, from_qt(text, cursor.anchor()), from_qt(text, cursor.position())


def apply_edit(editor: QPlainTextEdit, text: str, edit: Edit) -> None:
    """Make ``edit`` (computed on ``text``) as one undo step and place the cursor after it."""
    cursor = QTextCursor(editor.document())
    cursor.beginEditBlock()
    cursor.setPosition(to_qt(text, edit.start))
    cursor.setPosition(to_qt(text, edit.end), QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText(edit.replacement)
    cursor.endEditBlock()
    cursor.setPosition(to_qt(edit.apply(text), edit.cursor))
    editor.setTextCursor(cursor)
    editor.ensureCursorVisible()


def select_span(editor: QPlainTextEdit, text: str, start: int, end: int) -> None:
    """Select ``text[start:end]`` in the editor and scroll it into view."""
    cursor = QTextCursor(editor.document())
    cursor.setPosition(to_qt(text, start))
    cursor.setPosition(to_qt(text, end), QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    editor.ensureCursorVisible()
