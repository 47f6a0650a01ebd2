"""Scroll sync both ways: the editor's top line is shown at the top of the preview, and
scrolling the preview moves the editor to the block shown there."""

from __future__ import annotations

import time

from PySide6.QtCore import QObject

from articleeditor.ui.editor.markdown_editor import MarkdownEditor
from articleeditor.ui.preview.preview_view import PreviewView

# After one side leads a scroll, the other side's echo of it is ignored for this long.
ECHO_SECONDS = 0.35


def editor_top_line(editor: MarkdownEditor) -> float:
    """The 1-based source line at the top of the editor, with the part scrolled past."""
    block = editor.firstVisibleBlock()
    geometry = editor.blockBoundingGeometry(block).translated(editor.contentOffset())
    fraction = -geometry.top() / geometry.height() if geometry.height() > 0 else 0.0
    line = editor.text_mirror.line_of(block)
    return line + 1 + min(max(fraction, 0.0), 0.999)


def scroll_editor_to_line(editor: MarkdownEditor, line: float) -> None:
    """Scroll the editor so that 1-based ``line`` (fractional) is at its top."""
    mirror = editor.text_mirror
    block = mirror.first_block_of_line(max(int(line), 1) - 1)
    if not block.isValid():
        block = editor.document().lastBlock()
    part = int((line - int(line)) * max(block.lineCount(), 1))
    editor.verticalScrollBar().setValue(block.firstLineNumber() + part)


class ScrollSync(QObject):
    """Keeps ``editor`` and ``preview`` showing the same part of the article."""

    def __init__(self, editor: MarkdownEditor, preview: PreviewView, parent: QObject) -> None:
        super().__init__(parent)
        self.editor = editor
        self.preview = preview
        self.enabled = True
        self._leader: str | None = None
        self._until = 0.0
        editor.verticalScrollBar().valueChanged.connect(self._editor_scrolled)
        preview.user_scrolled.connect(self._preview_scrolled)
        preview.updated.connect(self._content_changed)

    def _lead(self, side: str) -> None:
        self._leader = side
        self._until = time.monotonic() + ECHO_SECONDS

    def _is_echo(self, side: str) -> bool:
        return self._leader not in (None, side) and time.monotonic() < self._until

    def _editor_scrolled(self) -> None:
        if not self.enabled or self._is_echo("editor"):
            return
        self._lead("editor")
        self.preview.scroll_to_line(editor_top_line(self.editor))

    def _preview_scrolled(self) -> None:
        if not self.enabled or self._is_echo("preview"):
            return
        self._lead("preview")
        self.preview.line_at_top(self._follow_preview)

    def _follow_preview(self, line: float) -> None:
        if self._leader != "preview":
            return
        self._lead("preview")
        scroll_editor_to_line(self.editor, line)

    def _content_changed(self) -> None:
        # New content moves blocks in the preview: the editor, where the writer types, leads.
        if self.enabled:
            self._lead("editor")
            self.preview.scroll_to_line(editor_top_line(self.editor))
