"""The Tags panel: the article's tags in order; add (pasting "#a #b" adds several), remove,
reorder by dragging. Duplicates collapse."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from articleeditor.core.tagtext import merge_tags, split_tag_input


class TagsPanel(QWidget):
    """Edits the ``tags`` list; emits the whole new list on each change."""

    tags_edited = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tags-panel")
        self.list = QListWidget(objectName="tag-list")
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.model().rowsMoved.connect(self._emit_from_list)
        self.entry = QLineEdit(objectName="tag-entry")
        self.entry.setPlaceholderText(self.tr("Add tags: #LiverCancer #CARTcell"))
        self.entry.returnPressed.connect(self._add_from_entry)
        self.remove_button = QPushButton(self.tr("Remove"), objectName="tag-remove")
        self.remove_button.clicked.connect(self._remove_selected)
        self.remove_button.setEnabled(False)
        self.list.itemSelectionChanged.connect(
            lambda: self.remove_button.setEnabled(bool(self.list.selectedItems()))
        )

        row = QHBoxLayout()
        row.addWidget(self.entry, 1)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.list, 1)
        self._tags: list[str] = []

    def tags(self) -> list[str]:
        """The tags as shown."""
        return list(self._tags)

    def show_tags(self, tags: list[str], editable: bool) -> None:
        """Show ``tags`` unless they are what is already shown."""
        self.setEnabled(editable)
        if tags == self._tags:
            return
        self._tags = list(tags)
        self.list.clear()
        self.list.addItems(self._tags)

    def add_tags(self, text: str) -> None:
        """Add every tag in ``text`` ("#a #b", "a, b" or one tag)."""
        new = merge_tags(self._tags, split_tag_input(text))
        if new != self._tags:
            self.tags_edited.emit(new)

    def _add_from_entry(self) -> None:
        self.add_tags(self.entry.text())
        self.entry.clear()

    def _remove_selected(self) -> None:
        doomed = {item.text() for item in self.list.selectedItems()}
        self.tags_edited.emit([t for t in self._tags if t not in doomed])

    def _emit_from_list(self, *_args) -> None:
        order = [self.list.item(i).text() for i in range(self.list.count())]
        if order != self._tags:
            self._tags = order
            self.tags_edited.emit(order)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Delete and self.list.hasFocus():
            self._remove_selected()
            return
        super().keyPressEvent(event)
