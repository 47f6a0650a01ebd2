"""Markdown formatting commands on the editor: the Qt side of ``core.markdown_edit``.

Each command reads the lines it acts on, asks core for the new text and applies it as one
undoable edit. Qt positions count UTF-16 units (and the display breaks of a line shown in
pieces) and Python strings count code points: positions cross that boundary through the
editor's text mirror, or :func:`utf16_len` within a text just inserted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QTextCursor

from articleeditor.core import markdown_edit as md
from articleeditor.core.blocks import fence_opening
from articleeditor.ui.editor.highlighter import in_fenced_code
from articleeditor.ui.editor.text_mirror import for_qt

if TYPE_CHECKING:
    from articleeditor.ui.editor.markdown_editor import MarkdownEditor

# How far above the cursor an unclosed fence counts as one being written.
_OPEN_FENCE_REACH = 100


def utf16_len(text: str) -> int:
    """Length of ``text`` in UTF-16 code units, the unit of Qt text positions."""
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


def python_index(text: str, units: int) -> int:
    """The code-point index in ``text`` at ``units`` UTF-16 units."""
    count = 0
    for index, ch in enumerate(text):
        if count >= units:
            return index
        count += 2 if ord(ch) > 0xFFFF else 1
    return len(text)


class LineRange:
    """The whole lines a cursor's selection touches, as one Python string (exactly as the
    writer's text holds them; a line shown in pieces is taken whole)."""

    def __init__(self, editor: MarkdownEditor, cursor: QTextCursor | None = None) -> None:
        self.editor = editor
        mirror = editor.text_mirror
        cursor = cursor or editor.textCursor()
        doc = editor.document()
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        first = doc.findBlock(start)
        last = doc.findBlock(end)
        # A selection ending at the start of a line does not include that line.
        if end > start and last.position() == end and last != first:
            last = last.previous()
        self.first_line = mirror.line_of(first)
        self.last_line = mirror.line_of(last)
        after = mirror.first_block_of_line(self.last_line + 1)
        self.start = mirror.first_block_of_line(self.first_line).position()
        self.end = after.position() - 1 if after.isValid() else doc.characterCount() - 1
        self.text = mirror.text_between(self.start, self.end)
        self._base = mirror.index_at(self.start)
        self.sel_start = mirror.index_at(start) - self._base
        self.sel_end = mirror.index_at(end) - self._base

    def replace(
        self, new_text: str, anchor: int | None = None, position: int | None = None
    ) -> None:
        """Replace the lines with ``new_text`` in one undo step; select ``anchor``..``position``
        (code-point offsets in ``new_text``; by default the whole new text)."""
        mirror = self.editor.text_mirror
        cursor = QTextCursor(self.editor.document())
        cursor.beginEditBlock()
        cursor.setPosition(self.start)
        cursor.setPosition(self.end, QTextCursor.MoveMode.KeepAnchor)
        # Qt reports the change when the edit block ends: expected until then.
        with mirror.expecting(new_text, split=True) as shown:
            cursor.insertText(for_qt(shown))  # a line may start with U+FEFF
            cursor.endEditBlock()
        anchor = 0 if anchor is None else anchor
        position = len(new_text) if position is None else position
        cursor.setPosition(mirror.position_of(self._base + anchor))
        cursor.setPosition(
            mirror.position_of(self._base + position), QTextCursor.MoveMode.KeepAnchor
        )
        self.editor.setTextCursor(cursor)


class Formatter:
    """The Format menu's commands and the list-aware Enter and Tab keys for one editor."""

    def __init__(self, editor: MarkdownEditor) -> None:
        self.editor = editor

    # ----- inline ---------------------------------------------------------------------------

    def wrap(self, marker: str, closer: str | None = None) -> None:
        """Toggle ``marker`` around the selection (or insert a pair at the cursor)."""
        lines = LineRange(self.editor)
        edit = md.toggle_wrap(lines.text, lines.sel_start, lines.sel_end, marker, closer)
        lines.replace(edit.text, edit.anchor, edit.position)

    def bold(self) -> None:
        """Strong emphasis."""
        self.wrap("**")

    def italic(self) -> None:
        """Emphasis."""
        self.wrap("*")

    def strikethrough(self) -> None:
        """Struck-through text."""
        self.wrap("~~")

    def inline_code(self) -> None:
        """A code span."""
        self.wrap("`")

    def selected_text(self) -> str:
        """The selection as plain text (line breaks as "\\n")."""
        return self.editor.textCursor().selectedText().replace("\u2029", "\n")

    def insert_link(self, text: str, url: str, image: bool = False) -> None:
        """Replace the selection with a link (or image) to ``url``."""
        cursor = self.editor.textCursor()
        snippet = md.link(text, url, image)
        cursor.insertText(snippet)  # one undo step: insertText replaces the selection
        self.editor.setTextCursor(cursor)

    def wrap_link(self, url: str) -> None:
        """Make the selection a link to ``url``; an empty ``url`` leaves the cursor in "()"."""
        cursor = self.editor.textCursor()
        snippet = md.link(cursor.selectedText(), url)
        cursor.insertText(snippet)
        if not url:
            cursor.setPosition(cursor.position() - 1)
        self.editor.setTextCursor(cursor)

    def insert_text(self, text: str) -> None:
        """Insert ``text`` at the cursor as one undo step."""
        cursor = self.editor.textCursor()
        with self.editor.text_mirror.expecting(text):
            cursor.insertText(text)
        self.editor.setTextCursor(cursor)

    # ----- lines ----------------------------------------------------------------------------

    def heading(self, level: int) -> None:
        """Make the current line(s) headings of ``level``; the same level again removes it."""
        lines = LineRange(self.editor)
        new = "\n".join(md.set_heading(line, level) for line in lines.text.split("\n"))
        lines.replace(new, len(new) if lines.sel_start == lines.sel_end else 0, len(new))

    def prefix(self, kind: str) -> None:
        """Toggle a bullet list, numbered list or quote on the selected lines."""
        lines = LineRange(self.editor)
        new = md.toggle_prefix(lines.text, kind)
        if lines.sel_start == lines.sel_end and "\n" not in new:
            lines.replace(new, len(new), len(new))
        else:
            lines.replace(new)

    def bullet_list(self) -> None:
        """Toggle "- " on the selected lines."""
        self.prefix("bullet")

    def numbered_list(self) -> None:
        """Toggle "1. ", "2. "… on the selected lines."""
        self.prefix("number")

    def quote(self) -> None:
        """Toggle "> " on the selected lines."""
        self.prefix("quote")

    def code_block(self) -> None:
        """Fence the selected lines as code (an empty block at the cursor without a selection)."""
        cursor = self.editor.textCursor()
        if not cursor.hasSelection():
            edit = md.code_block("")
            block_text = cursor.block().text()
            lead = "" if not block_text.strip() else "\n"
            cursor.beginEditBlock()
            if lead:
                cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
            with self.editor.text_mirror.expecting(lead + edit.text):
                cursor.insertText(lead + edit.text)
                cursor.endEditBlock()
            cursor.setPosition(cursor.position() - utf16_len(edit.text[edit.position :]))
            self.editor.setTextCursor(cursor)
            return
        lines = LineRange(self.editor)
        edit = md.code_block(lines.text)
        lines.replace(edit.text, edit.anchor, edit.position)

    def table(self, rows: int = 2, columns: int = 3) -> None:
        """Insert an empty table on its own lines below the cursor's line."""
        cursor = self.editor.textCursor()
        cursor.clearSelection()
        text = md.table(rows, columns)
        before = "" if not cursor.block().text().strip() else "\n\n"
        cursor.beginEditBlock()
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
        with self.editor.text_mirror.expecting(before + text + "\n"):
            cursor.insertText(before + text + "\n")
            cursor.endEditBlock()
        # Select the first header cell so typing replaces it.
        first = cursor.position() - utf16_len(text + "\n") + 2
        cursor.setPosition(first)
        cursor.setPosition(first + len("Column 1"), QTextCursor.MoveMode.KeepAnchor)
        self.editor.setTextCursor(cursor)

    # ----- keys -----------------------------------------------------------------------------

    def handle_key(self, event: QKeyEvent) -> bool:
        """Enter continues lists; Tab and Shift+Tab indent list items. True if handled."""
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and mods == Qt.KeyboardModifier.NoModifier:
            return self.enter()
        if key == Qt.Key.Key_Tab and mods == Qt.KeyboardModifier.NoModifier:
            return self.indent(outdent=False)
        if key == Qt.Key.Key_Backtab:
            return self.indent(outdent=True)
        return False

    def enter(self) -> bool:
        """Continue the list or quote the cursor is in; False to let Enter work as usual."""
        cursor = self.editor.textCursor()
        if cursor.hasSelection() or self._in_code(cursor):
            return False
        lines = LineRange(self.editor)
        edit = md.continue_list(lines.text, lines.sel_start)
        if edit is None:
            return False
        lines.replace(edit.text, edit.anchor, edit.position)
        self.editor.ensureCursorVisible()
        return True

    def _in_code(self, cursor: QTextCursor) -> bool:
        """True inside a fenced code block (a "- " there is code, not a list item), or under
        a fence being written: until its closer is typed the preview (and the highlighter)
        show it as text, but what is typed under it is meant as code."""
        previous = cursor.block().previous()
        if previous.isValid() and in_fenced_code(previous.userState()):
            return True
        for _ in range(_OPEN_FENCE_REACH):
            if not previous.isValid():
                return False
            above = previous.previous()
            if in_fenced_code(previous.userState()) or (
                above.isValid() and in_fenced_code(above.userState())
            ):
                return False  # a closed fence (or its closer) above: no open one
            if fence_opening(previous.text()) is not None:
                return True  # a fence line that opened nothing: it has no closer yet
            previous = above
        return False

    def indent(self, outdent: bool) -> bool:
        """Shift list items (or every selected line) by one level; False for plain Tab."""
        if self._in_code(self.editor.textCursor()) and not self.editor.textCursor().hasSelection():
            return False
        lines = LineRange(self.editor)
        multi = lines.first_line != lines.last_line
        marker = md.list_marker(lines.text)
        if not multi and (marker is None or not marker.marker):
            return outdent and self._outdent_plain(lines)
        new = md.shift_lines(lines.text, outdent=outdent)
        if new == lines.text:
            return True
        if multi:
            lines.replace(new)
        else:
            # Keep the cursor on the same character of the item.
            shift = len(new) - len(lines.text)
            pos = max(lines.sel_start + shift, 0)
            lines.replace(new, pos, pos)
        return True

    def _outdent_plain(self, lines: LineRange) -> bool:
        new = md.outdent_line(lines.text, 4)
        if new != lines.text:
            shift = len(new) - len(lines.text)
            pos = max(lines.sel_start + shift, 0)
            lines.replace(new, pos, pos)
        return True
