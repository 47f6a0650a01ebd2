"""The Site panel: the Markdown files of the open site folder; activating one opens it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDir, QModelIndex, Signal
from PySide6.QtWidgets import QFileSystemModel, QTreeView, QVBoxLayout, QWidget

MARKDOWN_PATTERNS = ["*.md", "*.markdown", "*.mdown"]


class SiteFilesPanel(QWidget):
    """A tree of the site's folders and Markdown files."""

    file_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("site-files")
        self.model = QFileSystemModel(self)
        self.model.setNameFilters(MARKDOWN_PATTERNS)
        self.model.setNameFilterDisables(False)
        self.model.setFilter(QDir.Filter.AllDirs | QDir.Filter.Files | QDir.Filter.NoDotAndDotDot)
        self.tree = QTreeView(objectName="site-tree")
        self.tree.setModel(self.model)
        for column in range(1, self.model.columnCount()):
            self.tree.hideColumn(column)
        self.tree.setHeaderHidden(True)
        self.tree.activated.connect(self._on_activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)

    def set_root(self, folder: Path) -> None:
        """Show ``folder`` (scanned by Qt in the background)."""
        root = self.model.setRootPath(str(folder))
        self.tree.setRootIndex(root)

    def _on_activated(self, index: QModelIndex) -> None:
        if not self.model.isDir(index):
            self.file_activated.emit(self.model.filePath(index))
