"""The Markdown source editor: a plain-text editor with a monospace font and soft wrap,
Markdown highlighting, list-aware Enter and Tab, and hooks for context menus and pasted data."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QMimeData, QObject, QPoint, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QFontDatabase,
    QKeyEvent,
    QKeySequence,
    QTextCursor,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import QMenu, QPlainTextDocumentLayout, QPlainTextEdit, QWidget

from articleeditor.core.display_lines import SPLIT_OVER
from articleeditor.core.textdelta import TextDelta
from articleeditor.ui.editor.formatting import Formatter
from articleeditor.ui.editor.highlighter import MarkdownHighlighter
from articleeditor.ui.editor.text_mirror import TextMirror, for_qt

# Adds entries to the context menu for a position in the document.
MenuProvider = Callable[[QMenu, QTextCursor], None]
# Inserts pasted or dropped data itself and returns True, or returns False to decline.
MimeHandler = Callable[[QMimeData], bool]


class EditorDocument:
    """One article's text as the editor holds it: the document (with its own undo history),
    its exact-text mirror and its highlighter. Several can exist; the editor shows one."""

    def __init__(
        self, document: QTextDocument, mirror: TextMirror, highlighter: MarkdownHighlighter
    ) -> None:
        self.document = document
        self.mirror = mirror
        self.highlighter = highlighter


class MarkdownEditor(QPlainTextEdit):
    """Source editor; programmatic edits go through :meth:`apply_text` as one undo step.

    ``text_edited`` fires when the text changed; ``textChanged`` also fires each time the
    highlighter restyles a line, which must not re-render or re-check anything.
    """

    text_edited = Signal()
    document_replaced = Signal()  # another article's document is shown (see show_document)
    long_line_found = Signal(int)  # the shown document has a line too long to style

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(max(font.pointSize(), 11))
        self.setFont(font)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setTabStopDistance(self.fontMetrics().horizontalAdvance(" ") * 4)
        self.setObjectName("editor")
        self.highlighter = MarkdownHighlighter(self.document(), self.palette())
        # toPlainText() on a 1 MB document costs 6-20 ms; the preview, the checks and the
        # recovery journal read the text after nearly every keystroke.
        self.text_mirror = TextMirror(self.document(), self)
        self.highlighter.document_text = self.text_mirror.text
        self.highlighter.lines = self.text_mirror
        self._forward_long_lines(self.highlighter)
        self._edited = False
        self.document().contentsChange.connect(self._note_edit)
        self.textChanged.connect(self._emit_text_edited)
        self.formatter = Formatter(self)
        self.menu_providers: list[MenuProvider] = []
        self.mime_handlers: list[MimeHandler] = []

    # ----- one document per article ----------------------------------------------------------

    def new_document(self, parent: QObject) -> EditorDocument:
        """An empty document laid out, styled and mirrored as this editor's own."""
        document = QTextDocument(parent)
        document.setDocumentLayout(QPlainTextDocumentLayout(document))
        document.setDefaultFont(self.document().defaultFont())
        document.setDefaultTextOption(self.document().defaultTextOption())
        highlighter = MarkdownHighlighter(document, self.palette())
        mirror = TextMirror(document, parent)
        highlighter.document_text = mirror.text
        highlighter.lines = mirror
        self._forward_long_lines(highlighter)
        return EditorDocument(document, mirror, highlighter)

    def _forward_long_lines(self, highlighter: MarkdownHighlighter) -> None:
        def forward(length: int) -> None:
            if self.highlighter is highlighter:  # not a background tab's
                self.long_line_found.emit(length)

        highlighter.long_line_found.connect(forward)

    def current_document(self) -> EditorDocument:
        """The document shown now, with its mirror and highlighter."""
        return EditorDocument(self.document(), self.text_mirror, self.highlighter)

    def show_document(self, shown: EditorDocument) -> None:
        """Show ``shown`` (its text, undo history and styling); the caller restores the
        cursor and scroll position, which belong to the view."""
        if shown.document is self.document():
            return
        self.document().contentsChange.disconnect(self._note_edit)
        self._edited = False
        self.setDocument(shown.document)
        self.text_mirror = shown.mirror
        self.highlighter = shown.highlighter
        shown.document.contentsChange.connect(self._note_edit)
        self.document_replaced.emit()

    # ----- events ----------------------------------------------------------------------------

    def _note_edit(self, _position: int, removed: int, added: int) -> None:
        if removed or added:
            self._edited = True

    def _emit_text_edited(self) -> None:
        if self._edited:
            self._edited = False
            self.text_edited.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Undo and redo go through undo() and redo(), so the text mirror knows what they are.
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undo()
            event.accept()
            return
        if event.matches(QKeySequence.StandardKey.Redo):
            self.redo()
            event.accept()
            return
        typed = event.text()
        # Typed text is known exactly: Enter is "\n", never a U+2029 that undo would restore.
        known = typed if typed.isprintable() or typed in ("\r", "\n", "\t") else ""
        if self.text_mirror.display_breaks and not self.isReadOnly():
            self._step_over_display_break(event)
        with self.text_mirror.expecting(known):
            if not self.isReadOnly() and self.formatter.handle_key(event):
                event.accept()
                return
            super().keyPressEvent(event)

    def _step_over_display_break(self, event: QKeyEvent) -> None:
        """Backspace and Left at the start of a line's part, Delete and Right at the end of
        one, act on the character beyond the display break, as in the line shown whole (the
        break's two sides are the same place in the text)."""
        cursor = self.textCursor()
        key = event.key()
        editing = key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete)
        if editing and cursor.hasSelection():
            return
        block = cursor.block()
        if key in (Qt.Key.Key_Backspace, Qt.Key.Key_Left) and cursor.atBlockStart():
            beyond = self.text_mirror.is_continuation(block)
            step = QTextCursor.MoveOperation.Left
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Right) and cursor.atBlockEnd():
            beyond = block.next().isValid() and self.text_mirror.is_continuation(block.next())
            step = QTextCursor.MoveOperation.Right
        else:
            return
        if beyond:
            extend = not editing and event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            mode = QTextCursor.MoveMode.KeepAnchor if extend else QTextCursor.MoveMode.MoveAnchor
            cursor.movePosition(step, mode)
            self.setTextCursor(cursor)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.highlighter.set_palette(self.palette())

    def context_menu_at(self, pos: QPoint) -> QMenu:
        """The context menu for viewport position ``pos``: providers' entries first."""
        menu = self.createStandardContextMenu(pos)
        for name, slot in (("edit-undo", self.undo), ("edit-redo", self.redo)):
            standard = menu.findChild(QAction, name)
            if standard is not None:
                standard.triggered.disconnect()
                standard.triggered.connect(slot)
        cursor = self.cursorForPosition(pos)
        first = menu.actions()[0] if menu.actions() else None
        extra = QMenu(self)
        for provider in self.menu_providers:
            provider(extra, cursor)
        if extra.actions():
            menu.insertActions(first, extra.actions())
            menu.insertSeparator(first)
        extra.setParent(menu)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.context_menu_at(event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasImage() or source.hasUrls() or super().canInsertFromMimeData(source)

    def createMimeDataFromSelection(self) -> QMimeData:
        # Qt copies the selection through toPlainText() (also when asked for it later, so
        # its data cannot be corrected): no-break spaces would paste back as spaces and U+2028
        # as new paragraphs. The clipboard gets the exact Markdown source instead.
        cursor = self.textCursor()
        mime = QMimeData()
        mime.setText(self.text_mirror.text_between(cursor.selectionStart(), cursor.selectionEnd()))
        return mime

    def insertFromMimeData(self, source: QMimeData) -> None:
        for handler in self.mime_handlers:
            if handler(source):
                return
        text = source.text() if source.hasText() else ""
        if len(text) > SPLIT_OVER and not self.isReadOnly():
            # It may hold a line long enough to be shown in pieces: inserted here, split.
            with self.text_mirror.expecting(text, split=True) as shown:
                self.textCursor().insertText(for_qt(shown))
            self.ensureCursorVisible()
            return
        with self.text_mirror.expecting(text):
            super().insertFromMimeData(source)

    def text(self) -> str:
        """The writer's text, exactly as loaded and typed (never ``toPlainText()``, which turns
        no-break spaces into spaces and U+2028/U+2029 into "\\n"). A copy kept edit by edit,
        so reading it costs nothing however long the article is."""
        return self.text_mirror.text()

    def setPlainText(self, text: str) -> None:
        """Replace the whole document; :meth:`text` then returns ``text`` unchanged (apart from
        "\\r\\n" and "\\r", which become "\\n" line breaks)."""
        self.text_mirror.forget_removals()  # setPlainText clears the undo history
        with self.text_mirror.expecting(text, split=True) as shown:
            super().setPlainText(for_qt(shown))

    def undo(self) -> None:
        """Undo the last edit (the text mirror restores exactly the characters it removed)."""
        with self.text_mirror.replaying("undo"):
            super().undo()

    def redo(self) -> None:
        """Redo the last undone edit."""
        with self.text_mirror.replaying("redo"):
            super().redo()

    def load_text(self, text: str) -> None:
        """Replace the whole document, clearing undo history and the modified flag."""
        self.highlighter.hold()  # styling 1 MB at once would freeze the window for seconds
        self.highlighter.guard_wrap_for(text)  # one layout, in the wrapping it will keep
        self.setPlainText(text)
        self.highlighter.style_progressively()
        self.document().setModified(False)
        self.moveCursor(QTextCursor.MoveOperation.Start)
        if self.text_mirror.display_breaks:
            self.long_line_found.emit(self.text_mirror.first_split_line_length())

    def apply_text(self, new_text: str) -> None:
        """Change the document to ``new_text`` by editing only the part that differs.

        One undo step, and the cursor and scroll position outside the edit stay put.
        """
        old_text = self.text()
        if old_text == new_text:
            return
        delta = TextDelta.between(old_text, new_text)
        start, old_end = delta.start, len(old_text) - delta.tail
        new_end = len(new_text) - delta.tail
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        cursor.setPosition(self.position_of(start))
        cursor.setPosition(self.position_of(old_end), QTextCursor.MoveMode.KeepAnchor)
        with self.text_mirror.expecting(new_text[start:new_end], split=True) as shown:
            cursor.insertText(for_qt(shown))
            cursor.endEditBlock()

    def position_of(self, index: int) -> int:
        """The document position of index ``index`` of :meth:`text`."""
        return self.text_mirror.position_of(index)

    def index_at(self, position: int) -> int:
        """The index in :meth:`text` of document position ``position``."""
        return self.text_mirror.index_at(position)

    def line_and_column(self, position: int) -> tuple[int, int]:
        """The 1-based line and column (in UTF-16 units) of document position ``position``."""
        return self.text_mirror.line_and_column(position)

    def go_to_line(self, line: int, column: int = 1) -> None:
        """Put the cursor on a 1-based line and column (in UTF-16 units) and show it."""
        mirror = self.text_mirror
        first = mirror.first_block_of_line(max(line - 1, 0))
        if not first.isValid():  # past the end: the last line
            first = mirror.first_block_of_line(mirror.line_of(self.document().lastBlock()))
        start = mirror.unit_at(first.position())
        unit = start + min(max(column - 1, 0), mirror.line_length_from(start))
        cursor = QTextCursor(self.document())
        cursor.setPosition(mirror.position_of_unit(unit))
        self.setTextCursor(cursor)
        self.centerCursor()
        self.setFocus()
