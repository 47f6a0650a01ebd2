"""The References panel: the article's CSL items, with add and remove."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from articleeditor.core.reflabel import reference_label
from articleeditor.ui.dialogs.reference_dialog import ReferenceDialog


class ReferencesPanel(QWidget):
    """Lists ``references``; emits the whole new list when the writer adds or removes one."""

    references_edited = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("references-panel")
        self.list = QListWidget(objectName="reference-list")
        self.list.setWordWrap(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.add_button = QPushButton(self.tr("Add…"), objectName="reference-add")
        self.add_button.clicked.connect(self._add)
        self.remove_button = QPushButton(self.tr("Remove"), objectName="reference-remove")
        self.remove_button.clicked.connect(self._remove_selected)
        self.remove_button.setEnabled(False)
        self.list.itemSelectionChanged.connect(
            lambda: self.remove_button.setEnabled(bool(self.list.selectedItems()))
        )
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.list, 1)
        self._items: list[dict[str, Any]] = []

    def show_references(self, items: list[dict[str, Any]], editable: bool) -> None:
        """Show ``items`` unless they are already shown."""
        self.setEnabled(editable)
        if items == self._items:
            return
        self._items = [dict(item) for item in items]
        self.list.clear()
        for item in self._items:
            entry = QListWidgetItem(reference_label(item))
            entry.setData(Qt.ItemDataRole.UserRole, item.get("id"))
            entry.setToolTip(str(item.get("title", "")))
            self.list.addItem(entry)

    def add_reference(self, item: dict[str, Any]) -> None:
        """Append a CSL item (replacing one with the same id)."""
        kept = [i for i in self._items if i.get("id") != item.get("id")]
        self.references_edited.emit([*kept, item])

    def _add(self) -> None:
        dialog = ReferenceDialog({str(i.get("id")) for i in self._items}, self)
        if dialog.exec():
            self.add_reference(dialog.item())

    def _remove_selected(self) -> None:
        doomed = {e.data(Qt.ItemDataRole.UserRole) for e in self.list.selectedItems()}
        self.references_edited.emit([i for i in self._items if i.get("id") not in doomed])
