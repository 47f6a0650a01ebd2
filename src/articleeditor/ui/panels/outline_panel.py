"""The outline dock: the article's headings as a tree; clicking one moves the editor there."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from articleeditor.core.outline import Heading

LINE_ROLE = Qt.ItemDataRole.UserRole


class OutlinePanel(QWidget):
    """Shows headings nested by level; ``heading_activated(line)`` with a 0-based line."""

    heading_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outline-panel")
        self.tree = QTreeWidget(objectName="outline-tree")
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)
        self.tree.itemActivated.connect(self._activated)
        self.tree.itemClicked.connect(self._activated)
        self._shown: list[Heading] = []

    def show_headings(self, headings: list[Heading]) -> None:
        """Rebuild the tree (skipped when the headings did not change, to keep the selection)."""
        if headings == self._shown:
            return
        self._shown = list(headings)
        self.tree.clear()
        parents: list[tuple[int, QTreeWidgetItem | None]] = [(0, None)]
        for heading in headings:
            while len(parents) > 1 and parents[-1][0] >= heading.level:
                parents.pop()
            parent = parents[-1][1]
            item = QTreeWidgetItem([heading.title or "#" * heading.level])
            item.setData(0, LINE_ROLE, heading.line)
            item.setToolTip(0, self.tr("Line {0}").format(heading.line + 1))
            if parent is None:
                self.tree.addTopLevelItem(item)
            else:
                parent.addChild(item)
            parents.append((heading.level, item))
        self.tree.expandAll()

    def items(self) -> list[QTreeWidgetItem]:
        """Every heading item in document order."""
        found: list[QTreeWidgetItem] = []

        def walk(item: QTreeWidgetItem) -> None:
            found.append(item)
            for i in range(item.childCount()):
                walk(item.child(i))

        for i in range(self.tree.topLevelItemCount()):
            walk(self.tree.topLevelItem(i))
        return found

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        self.heading_activated.emit(int(item.data(0, LINE_ROLE)))
