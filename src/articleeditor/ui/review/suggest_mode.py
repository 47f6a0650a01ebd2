"""Suggest mode: an event filter on the editor that turns typing and deleting into
CriticMarkup suggestions (the rules live in ``core.suggest``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication, QInputMethodEvent, QKeyEvent, QKeySequence

from articleeditor.core import suggest
from articleeditor.core.frontmatter import body_offset
from articleeditor.ui.editor.markdown_editor import MarkdownEditor
from articleeditor.ui.review.textpos import apply_edit, selection

_DROP_EVENTS = (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop)
_SHORTCUT_MODIFIERS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.MetaModifier


class SuggestMode(QObject):
    """While enabled, keystrokes in ``editor`` become suggestions; ``refused`` explains a
    keystroke that could not be recorded (a selection across existing marks)."""

    refused = Signal(str)

    def __init__(self, editor: MarkdownEditor) -> None:
        super().__init__(editor)
        self.editor = editor
        self.viewport = editor.viewport()
        self.enabled = False

    def set_enabled(self, on: bool) -> None:
        """Start or stop recording suggestions."""
        if on == self.enabled:
            return
        self.enabled = on
        # Drops land on the viewport; they would insert text unrecorded (paste is recorded).
        for widget in (self.editor, self.viewport):
            if on:
                widget.installEventFilter(self)
            else:
                widget.removeEventFilter(self)

    def type_text(self, typed: str) -> None:
        """Record ``typed`` as if the reviewer typed it at the cursor."""
        text, anchor, pos = selection(self.editor)
        if self._in_front_matter(text, min(anchor, pos)):
            return
        self._apply(text, suggest.type_text(text, anchor, pos, typed), anchor != pos)

    def delete(self, forward: bool) -> None:
        """Record Delete (``forward``) or Backspace at the cursor or over the selection."""
        text, anchor, pos = selection(self.editor)
        first = min(anchor, pos) if anchor != pos or forward else pos - 1
        if first >= 0 and self._in_front_matter(text, first):
            return
        step = suggest.delete_forward if forward else suggest.delete_backward
        self._apply(text, step(text, anchor, pos), anchor != pos)

    def _in_front_matter(self, text: str, index: int) -> bool:
        """Front matter cannot hold suggestions (they would break its YAML); say so."""
        if index >= body_offset(text):
            return False
        self.refused.emit(
            self.tr(
                "Front matter takes no suggestions: change fields in the Article panel, "
                "or leave suggest mode to edit it."
            )
        )
        return True

    def _apply(self, text: str, edit: suggest.Edit | None, had_selection: bool) -> None:
        if edit is None:
            if had_selection:
                self.refused.emit(
                    self.tr(
                        "A suggestion cannot cross another suggestion or comment; "
                        "select plain text or resolve the mark first."
                    )
                )
            return
        apply_edit(self.editor, text, edit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Look at the event type before the widgets: they may be in their destructors.
        kind = event.type()
        if kind in _DROP_EVENTS:
            return watched is self.viewport
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.InputMethod):
            return False
        if watched is not self.editor or self.editor.isReadOnly():
            return False
        if kind == QEvent.Type.KeyPress:
            return self._key(event)  # type: ignore[arg-type]
        if kind == QEvent.Type.InputMethod:
            commit = event.commitString()  # type: ignore[attr-defined]
            if commit:
                self.type_text(commit)
                # Let the editor clear its pre-edit text, without the commit.
                QCoreApplication.sendEvent(self.editor, QInputMethodEvent())
                return True
        return False

    def _key(self, event: QKeyEvent) -> bool:
        if event.matches(QKeySequence.StandardKey.Paste):
            pasted = QGuiApplication.clipboard().text()
            if pasted:
                self.type_text(pasted.replace("\r\n", "\n"))
            return True
        if event.matches(QKeySequence.StandardKey.Cut):
            if self.editor.textCursor().hasSelection():
                self.editor.copy()
                self.delete(forward=True)
            return True
        key = event.key()
        if key == Qt.Key.Key_Backspace:
            self.delete(forward=False)
            return True
        if key == Qt.Key.Key_Delete:
            self.delete(forward=True)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.type_text("\n")
            return True
        typed = event.text()
        modifiers = event.modifiers()
        # Ctrl+Alt is AltGr on Windows: it types characters, it is not a shortcut.
        shortcut = bool(modifiers & _SHORTCUT_MODIFIERS) and not (
            modifiers & Qt.KeyboardModifier.AltModifier
        )
        if typed and not shortcut and (typed.isprintable() or typed == "\t"):
            self.type_text(typed)
            return True
        return False
