"""The Markdown source editor: a plain-text editor with a monospace font and soft wrap,
Markdown highlighting, list-aware Enter and Tab, and hooks for context menus and pasted data."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QEvent, QMimeData, QObject, QPoint, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QFont,
    QFontDatabase,
    QKeyEvent,
    QKeySequence,
    QTextCursor,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import QMenu, QPlainTextDocumentLayout, QPlainTextEdit, QWidget

from articleeditor.core.textdelta import TextDelta
from articleeditor.ui.editor.formatting import Formatter
from articleeditor.ui.editor.highlighter import MarkdownHighlighter
from articleeditor.ui.editor.text_mirror import TextMirror, for_qt

# A line this long fills more than a screen however wide the window.
_HUGE_LINE = re.compile("^[^\n]{100000}", re.MULTILINE)  # tried at line starts only

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


def utf16_offset(text: str, index: int) -> int:
    """Qt counts positions in UTF-16 code units; Python in code points (emoji differ)."""
    prefix = text[:index]
    return index + sum(1 for ch in prefix if ord(ch) > 0xFFFF)


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
        with self.text_mirror.expecting(known):
            if not self.isReadOnly() and self.formatter.handle_key(event):
                event.accept()
                return
            super().keyPressEvent(event)

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
        with self.text_mirror.expecting(source.text() if source.hasText() else ""):
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
        with self.text_mirror.expecting(text):
            super().setPlainText(for_qt(text))

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
        # A scroll bar that appears after the first layout narrows the page and lays out the
        # text again (a second or more for a megabyte line): such a text has it from the start.
        # Set while the old text still has its own wrapping: a change of width lays it out,
        # and in another wrapping a line of blanks would never finish.
        policy = Qt.ScrollBarPolicy
        huge_line = _HUGE_LINE.search(text) is not None
        self.setVerticalScrollBarPolicy(
            policy.ScrollBarAlwaysOn if huge_line else policy.ScrollBarAsNeeded
        )
        self._shape_text(not huge_line)
        self.highlighter.hold()  # styling 1 MB at once would freeze the window for seconds
        self.highlighter.guard_wrap_for(text)  # one layout, in the wrapping it will keep
        self.setPlainText(text)
        self.highlighter.style_progressively()
        self.document().setModified(False)
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def _shape_text(self, shaped: bool) -> None:
        """Let Qt shape text with the font's rules (ligatures, kerning), or only where a script
        needs them. Qt lays a whole line out again after each keystroke in it: in a line of
        megabytes, shaping Latin text was a third of that time, for no visible gain in a
        monospace font. Ordinary texts keep the default."""
        document = self.document()
        font = document.defaultFont()
        strategy = QFont.StyleStrategy
        wanted = strategy.PreferDefault if shaped else strategy.PreferNoShaping
        if font.styleStrategy() != wanted:
            font.setStyleStrategy(wanted)
            document.setDefaultFont(font)

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
        cursor.setPosition(utf16_offset(old_text, start))
        cursor.setPosition(utf16_offset(old_text, old_end), QTextCursor.MoveMode.KeepAnchor)
        with self.text_mirror.expecting(new_text[start:new_end]):
            cursor.insertText(for_qt(new_text[start:new_end]))
            cursor.endEditBlock()

    def go_to_line(self, line: int, column: int = 1) -> None:
        """Put the cursor on a 1-based line and column and show it."""
        block = self.document().findBlockByNumber(max(line - 1, 0))
        cursor = QTextCursor(block)
        cursor.movePosition(
            QTextCursor.MoveOperation.Right,
            QTextCursor.MoveMode.MoveAnchor,
            min(max(column - 1, 0), max(block.length() - 1, 0)),
        )
        self.setTextCursor(cursor)
        self.centerCursor()
        self.setFocus()
