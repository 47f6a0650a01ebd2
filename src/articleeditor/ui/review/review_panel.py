"""The review panel: every suggestion and comment in order, with accept and reject buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from articleeditor.core.critic import Mark, MarkKind, mark_authors
from articleeditor.ui.actions import ReviewActions

_EXCERPT = 80
# The preview's colours (article.css), so a row and its mark look alike.
_KIND_COLOURS = {
    MarkKind.INSERTION: "#1b7f3b",
    MarkKind.DELETION: "#b3261e",
    MarkKind.SUBSTITUTION: "#b3621e",
    MarkKind.HIGHLIGHT: "#e0c020",
    MarkKind.COMMENT: "#8a5a00",
}


def _kind_icon(kind: MarkKind) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(_KIND_COLOURS[kind]))
    return QIcon(pixmap)


def _excerpt(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= _EXCERPT else flat[: _EXCERPT - 1] + "…"


def _same_mark(previous: Mark | None, marks: list[Mark]) -> int:
    """The row of ``previous`` among ``marks`` (edits elsewhere move it), or -1 if it is gone."""
    if previous is None:
        return -1
    key = (previous.kind, previous.old, previous.new, previous.comment)
    rows = [i for i, m in enumerate(marks) if (m.kind, m.old, m.new, m.comment) == key]
    return min(rows, key=lambda i: abs(marks[i].start - previous.start), default=-1)


class ReviewPanel(QWidget):
    """Lists the article's marks; ``mark_activated(index)`` when the reviewer picks one."""

    mark_activated = Signal(int)

    def __init__(self, actions: ReviewActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("review-panel")
        self.marks: list[Mark] = []
        self.summary = QLabel()
        self.summary.setObjectName("review-summary")
        self.summary.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("review-list")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(2)
        self.list.currentRowChanged.connect(self._on_row_changed)
        self.list.itemClicked.connect(lambda item: self.mark_activated.emit(self.list.row(item)))
        one = QHBoxLayout()
        for action in (actions.accept_mark, actions.reject_mark):
            one.addWidget(self._button(action))
        one.addStretch(1)
        every = QHBoxLayout()
        for action in (actions.accept_all, actions.reject_all):
            every.addWidget(self._button(action))
        every.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addLayout(one)
        layout.addLayout(every)
        self._actions = actions
        self.show_marks([])

    def _button(self, action) -> QToolButton:
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        return button

    def _kind_name(self, kind: MarkKind) -> str:
        return {
            MarkKind.INSERTION: self.tr("Insertion"),
            MarkKind.DELETION: self.tr("Deletion"),
            MarkKind.SUBSTITUTION: self.tr("Replacement"),
            MarkKind.HIGHLIGHT: self.tr("Highlight"),
            MarkKind.COMMENT: self.tr("Comment"),
        }[kind]

    def _describe(self, mark: Mark, author: str) -> str:
        head = self._kind_name(mark.kind) + " · " + self.tr("line {0}").format(mark.line)
        if author:
            head += f" · @{author}"
        if mark.date:
            head += f" · {mark.date}"
        if mark.kind is MarkKind.SUBSTITUTION:
            body = f"“{_excerpt(mark.old)}” → “{_excerpt(mark.new)}”"
        elif mark.kind is MarkKind.COMMENT:
            body = _excerpt(mark.comment) or self.tr("(empty comment)")
            if mark.old:
                body = f"“{_excerpt(mark.old)}”: {body}"
        else:
            body = f"“{_excerpt(mark.old or mark.new)}”"
        return f"{head}\n{body}"

    def show_marks(self, marks: list[Mark]) -> None:
        """List ``marks``; the selected mark stays selected if it is still there."""
        previous = self.current_mark()
        self.marks = marks
        authors = mark_authors(marks)
        self.list.blockSignals(True)
        self.list.clear()
        for index, mark in enumerate(marks):
            item = QListWidgetItem(_kind_icon(mark.kind), self._describe(mark, authors[index]))
            item.setData(Qt.ItemDataRole.UserRole, mark.kind.value)
            self.list.addItem(item)
        self.list.setCurrentRow(_same_mark(previous, marks))
        self.list.blockSignals(False)
        suggestions = sum(1 for m in marks if m.is_suggestion)
        self.summary.setText(
            self.tr("{0} suggestions, {1} comments").format(suggestions, len(marks) - suggestions)
            if marks
            else self.tr("No suggestions or comments.")
        )
        self._update_actions()

    def current_mark(self) -> Mark | None:
        """The selected mark, or None."""
        row = self.list.currentRow()
        return self.marks[row] if 0 <= row < len(self.marks) else None

    def _on_row_changed(self, row: int) -> None:
        self._update_actions()
        if row >= 0:
            self.mark_activated.emit(row)

    def _update_actions(self) -> None:
        a = self._actions
        a.accept_mark.setEnabled(self.current_mark() is not None)
        a.reject_mark.setEnabled(self.current_mark() is not None)
        a.accept_all.setEnabled(bool(self.marks))
        a.reject_all.setEnabled(bool(self.marks))
