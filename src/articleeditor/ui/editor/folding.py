"""The front matter folded to its first line, so the article's prose starts at the top.

Imported references make the front matter long (two items were 66 lines), and the panels
already edit every field of it. Folding hides the lines after the opening fence; a button on
that line says how many are hidden and opens them, as does moving the cursor into them.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QRect, Signal
from PySide6.QtWidgets import QToolButton

from articleeditor.core.frontmatter import body_offset
from articleeditor.ui.editor.markdown_editor import MarkdownEditor

# The front matter is found in the text's beginning only: a block longer than this is not
# front matter anyone edits by hand, and looking further would cost time on every keystroke.
_SEARCH_CHARS = 200_000

log = logging.getLogger(__name__)


def front_matter_line_count(text: str) -> int:
    """Lines of the closed front matter block at the start of ``text`` (0 if none)."""
    offset = body_offset(text[:_SEARCH_CHARS])
    if offset == 0:
        return 0
    lines = text.count("\n", 0, offset)
    return lines if text[offset - 1 : offset] == "\n" else lines + 1


class FrontMatterFold(QObject):
    """Folds ``editor``'s front matter; ``folded_changed`` says when it opens or closes."""

    folded_changed = Signal(bool)

    def __init__(self, editor: MarkdownEditor, folded: bool = True) -> None:
        super().__init__(editor)
        self.editor = editor
        self.preference = folded  # how each article opens: the writer's setting
        self.folded = folded  # how this article is shown now
        self.hidden_lines = 0  # blocks 1..hidden_lines are hidden
        self.button = QToolButton(editor.viewport())
        self.button.setObjectName("front-matter-fold")
        self.button.setAutoRaise(True)
        self.button.setAccessibleName(self.tr("Show the front matter"))
        self.button.clicked.connect(lambda: self.set_folded(False))
        self.button.hide()
        self._document = editor.document()
        self._document.contentsChange.connect(self._on_contents_change)
        document_replaced = getattr(editor, "document_replaced", None)
        if document_replaced is not None:
            document_replaced.connect(self._follow_document)
        editor.text_edited.connect(self.refresh)
        editor.cursorPositionChanged.connect(self._reveal_cursor)
        # Asked for each line the highlighter restyles (300 of them while an article opens),
        # so the button is only placed again when what it shows or where it sits changed.
        editor.updateRequest.connect(lambda *_: self._place_button())
        self._placed: tuple[int, float, float] | None = None  # lines, top, height

    def set_preference(self, folded: bool) -> None:
        """Fold or unfold now and for every article opened next."""
        self.preference = folded
        self.set_folded(folded)

    def _on_contents_change(self, position: int, _removed: int, added: int) -> None:
        # The whole text replaced: another article was opened, so the writer's setting holds.
        if position == 0 and added >= self.editor.document().characterCount() - 1:
            self.hidden_lines = 0  # every block of a new text is visible
            if self.folded != self.preference:
                self.folded = self.preference
                self.folded_changed.emit(self.folded)

    def _follow_document(self) -> None:
        """Another article's document is shown: its blocks say how it is folded."""
        try:
            self._document.contentsChange.disconnect(self._on_contents_change)
        except RuntimeError:
            log.debug("the editor's first document is gone (setDocument deleted it)")
        self._document = self.editor.document()
        self._document.contentsChange.connect(self._on_contents_change)
        block = self._document.firstBlock().next()
        hidden = 0
        while block.isValid() and not block.isVisible():
            hidden += 1
            block = block.next()
        self.hidden_lines = hidden
        folded = bool(hidden) or (
            self.preference and front_matter_line_count(self.editor.text()) <= 2
        )
        if folded != self.folded:
            self.folded = folded
            self.folded_changed.emit(folded)
        self._place_button()

    def set_folded(self, folded: bool) -> None:
        """Fold or unfold the front matter of the article shown."""
        if folded == self.folded:
            return
        self.folded = folded
        self.refresh()
        self.folded_changed.emit(folded)

    def refresh(self) -> None:
        """Hide or show the front matter's lines after the text changed."""
        text = self.editor.text()
        count = front_matter_line_count(text)
        hide = self._blocks_of_lines(count - 1) if self.folded and count > 2 else 0
        if hide == self.hidden_lines:
            self._place_button()
            return
        document = self.editor.document()
        last = max(hide, self.hidden_lines)
        block = document.firstBlock().next()
        number = 1
        while block.isValid() and number <= last:
            block.setVisible(number > hide)
            block = block.next()
            number += 1
        self.hidden_lines = hide
        end = document.findBlockByNumber(last + 1)
        stop = end.position() if end.isValid() else document.characterCount()
        document.markContentsDirty(0, stop)
        self.editor.viewport().update()
        self._place_button()

    def _blocks_of_lines(self, lines: int) -> int:
        """How many blocks show the ``lines`` lines after the first (a line shown in pieces
        has a block for each piece)."""
        after = self.editor.text_mirror.first_block_of_line(lines + 1)
        blocks = after.blockNumber() if after.isValid() else self.editor.document().blockCount()
        return blocks - 1

    def _reveal_cursor(self) -> None:
        if self.hidden_lines and not self.editor.textCursor().block().isVisible():
            self.set_folded(False)

    def _place_button(self) -> None:
        if not self.hidden_lines:
            self._placed = None
            self.button.hide()
            return
        first = self.editor.document().firstBlock()
        box = self.editor.blockBoundingGeometry(first).translated(self.editor.contentOffset())
        placed = (self.hidden_lines, box.top(), box.height())
        if placed == self._placed:
            return
        self._placed = placed
        last = self.editor.document().findBlockByNumber(self.hidden_lines)
        lines = self.editor.text_mirror.line_of(last) + 1
        self.button.setText(self.tr("▸ front matter, {count} lines: show").format(count=lines))
        size = self.button.sizeHint()
        left = self.editor.fontMetrics().horizontalAdvance("---   ")
        self.button.setGeometry(
            QRect(left, int(box.top()), size.width(), max(int(box.height()), size.height()))
        )
        self.button.setVisible(box.bottom() > 0)
