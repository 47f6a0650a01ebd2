"""Indices into the editor's text <-> document positions, for review edits.

The editor's text mirror does the counting: Qt counts UTF-16 units, and a line shown in pieces
has display breaks that are not in the text.
"""

from __future__ import annotations

from PySide6.QtGui import QTextCursor

from articleeditor.core.suggest import Edit
from articleeditor.ui.editor.markdown_editor import MarkdownEditor


def selection(editor: MarkdownEditor) -> tuple[str, int, int]:
    """The editor's text with its cursor's anchor and position as Python indices."""
    cursor = editor.textCursor()
    return editor.text(), editor.index_at(cursor.anchor()), editor.index_at(cursor.position())


def apply_edit(editor: MarkdownEditor, text: str, edit: Edit) -> None:
    """Make ``edit`` (computed on ``text``, the editor's text) as one undo step and place the
    cursor after it."""
    cursor = QTextCursor(editor.document())
    cursor.beginEditBlock()
    cursor.setPosition(editor.position_of(edit.start))
    cursor.setPosition(editor.position_of(edit.end), QTextCursor.MoveMode.KeepAnchor)
    with editor.text_mirror.expecting(edit.replacement):  # reported as the block ends
        cursor.insertText(edit.replacement)
        cursor.endEditBlock()
    cursor.setPosition(editor.position_of(edit.cursor))
    editor.setTextCursor(cursor)
    editor.ensureCursorVisible()


def select_span(editor: MarkdownEditor, start: int, end: int) -> None:
    """Select ``editor.text()[start:end]`` and scroll it into view."""
    cursor = QTextCursor(editor.document())
    cursor.setPosition(editor.position_of(start))
    cursor.setPosition(editor.position_of(end), QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    editor.ensureCursorVisible()
