"""A Python copy of the editor's text, kept up to date edit by edit.

``QPlainTextEdit.toPlainText()`` on a 1 MB document costs 6-20 ms of GUI-thread time; the
preview needs the text after nearly every keystroke, so it reads this copy instead, which
costs one string splice per edit.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QTextCursor, QTextDocument

_PARAGRAPH_SEPARATOR = "\u2029"


class TextMirror(QObject):
    """Follows ``document``'s ``contentsChange``; :meth:`text` equals ``toPlainText()``."""

    def __init__(self, document: QTextDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._text: str | None = None
        self.resyncs = 0  # how often the copy was rebuilt from the document (for tests)
        document.contentsChange.connect(self._on_change)

    def text(self) -> str:
        """The document's plain text ("\\n" line breaks)."""
        if self._text is None or len(self._text) != self.document.characterCount() - 1:
            # First use, or positions in UTF-16 units no longer match (astral characters).
            self._text = self.document.toPlainText()
            self.resyncs += 1
        return self._text

    def _on_change(self, position: int, removed: int, added: int) -> None:
        text = self._text
        if text is None:
            return
        if len(text) != self.document.characterCount() - 1 - added + removed:
            self._text = None  # out of step (or astral characters): rebuild on next read
            return
        cursor = QTextCursor(self.document)
        cursor.setPosition(position)
        cursor.setPosition(position + added, QTextCursor.MoveMode.KeepAnchor)
        inserted = cursor.selectedText().replace(_PARAGRAPH_SEPARATOR, "\n")
        if len(inserted) != added or any(ord(ch) > 0xFFFF for ch in inserted):
            self._text = None
            return
        self._text = text[:position] + inserted + text[position + removed :]
