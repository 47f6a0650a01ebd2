"""Completion of citation keys: typing ``[@`` in the editor offers the article's references."""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QCompleter

from articleeditor.ui.editor.markdown_editor import MarkdownEditor

# "[@" or "; @" (a second key in a group) followed by the key typed so far.
_TYPED_KEY = re.compile(r"(?:\[|;\s*)-?@([\w:.#$%&\-+?<>~/]*)$")
_LOOK_BACK = 1000  # characters before the cursor searched for a key being typed
_ACCEPT_KEYS = {Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab}


class CitationCompleter(QObject):
    """Shows a popup of citation keys while a key is being typed after ``[@``."""

    def __init__(self, editor: MarkdownEditor) -> None:
        super().__init__(editor)
        self.editor = editor
        self.model = QStringListModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setWidget(editor)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.activated.connect(self.insert_key)
        # Installed after QCompleter's own filter, so it sees the popup's keys first.
        self.completer.popup().installEventFilter(self)
        editor.text_edited.connect(self._update)

    def set_keys(self, keys: list[str]) -> None:
        """The keys offered (the article's and the site's references)."""
        if keys != self.model.stringList():
            self.model.setStringList(keys)

    def _typed_prefix(self) -> str | None:
        cursor = self.editor.textCursor()
        # Only the end of the line before the cursor: the line itself may be megabytes long,
        # and a key being typed is far shorter than this. The line's column, not the block's:
        # a line shown in parts has a block for each part.
        _line, column = self.editor.line_and_column(cursor.position())
        at_most = min(column - 1, _LOOK_BACK)
        before = self.editor.text_mirror.text_before(cursor.position(), at_most)
        match = _TYPED_KEY.search(before)
        return match.group(1) if match else None

    def _update(self) -> None:
        prefix = self._typed_prefix()
        if prefix is None or not self.model.stringList() or not self.editor.hasFocus():
            self.completer.popup().hide()
            return
        self.completer.setCompletionPrefix(prefix)
        if self.completer.completionCount() == 0:
            self.completer.popup().hide()
            return
        rect = self.editor.cursorRect()
        rect.setWidth(260)
        self.completer.complete(rect)
        # Return takes the first match without the writer having to arrow down to it.
        popup = self.completer.popup()
        popup.setCurrentIndex(self.completer.completionModel().index(0, 0))

    def insert_key(self, key: str) -> None:
        """Replace the typed part of the key with ``key``; close the bracket if it is open."""
        prefix = self._typed_prefix() or ""
        cursor = self.editor.textCursor()
        cursor.beginEditBlock()
        cursor.movePosition(
            QTextCursor.MoveOperation.Left, QTextCursor.MoveMode.KeepAnchor, len(prefix)
        )
        cursor.insertText(key)
        rest = cursor.block().text()[cursor.positionInBlock() :]
        if not rest.startswith("]"):
            cursor.insertText("]")
        cursor.endEditBlock()
        self.editor.setTextCursor(cursor)
        self.completer.popup().hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Return/Enter/Tab in the popup take the highlighted key instead of reaching the text.
        if event.type() == QEvent.Type.KeyPress and event.key() in _ACCEPT_KEYS:
            index = self.completer.popup().currentIndex()
            if index.isValid():
                self.insert_key(index.data())
                return True
        return False
