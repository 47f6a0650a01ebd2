"""The Tag browser: every tag (or category) of the site with its count; choosing one lists
its articles, choosing an article opens it. Files whose front matter cannot be read are
listed under their own heading."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from articleeditor.core.index import CATEGORIES, TAGS, ArticleEntry, SiteIndex
from articleeditor.core.tags import tag_key
from articleeditor.ui.findings import word

BROKEN = "broken"
PATH_ROLE = Qt.ItemDataRole.UserRole


class TagBrowser(QWidget):
    """Browse the site's index by tag or category."""

    article_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tag-browser")
        self.kind = QComboBox(objectName="browser-kind")
        self.kind.addItem(self.tr("Tags"), TAGS)
        self.kind.addItem(self.tr("Categories"), CATEGORIES)
        self.kind.addItem(self.tr("Files with errors"), BROKEN)
        self.kind.currentIndexChanged.connect(self.refresh)
        self.filter = QLineEdit(objectName="browser-filter")
        self.filter.setPlaceholderText(self.tr("Filter"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.refresh)
        self.terms = QListWidget(objectName="browser-terms")
        self.terms.currentItemChanged.connect(self._show_articles)
        self.articles = QListWidget(objectName="browser-articles")
        self.articles.itemActivated.connect(self._open)
        self.articles.itemDoubleClicked.connect(self._open)
        self.status = QLabel(objectName="browser-status")
        self.status.setWordWrap(True)  # long index messages must not widen the panel column
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.terms)
        split.addWidget(self.articles)
        layout = QVBoxLayout(self)
        layout.addWidget(self.kind)
        layout.addWidget(self.filter)
        layout.addWidget(split, 1)
        layout.addWidget(self.status)
        self.index: SiteIndex | None = None
        self.set_index(None)

    def set_index(self, index: SiteIndex | None, scanning: bool = False) -> None:
        """Show ``index`` (None: no site, or still scanning)."""
        self.index = index
        self.refresh()
        if index is None:
            self.status.setText(
                self.tr("Indexing the site…")
                if scanning
                else self.tr("Open a site folder to browse its tags.")
            )
        else:
            self.status.setText(self.tr("%n article(s) indexed", "", len(index)))

    def refresh(self) -> None:
        """Rebuild the term list, keeping the chosen term when it still exists."""
        current = self.terms.currentItem()
        keep = current.data(PATH_ROLE) if current is not None else None
        self.terms.blockSignals(True)
        self.terms.clear()
        kind = self.kind.currentData()
        if self.index is not None and kind == BROKEN:
            self.terms.hide()
            self.terms.blockSignals(False)
            self._fill_articles(self.index.broken())
            return
        self.terms.show()
        wanted = tag_key(self.filter.text())
        if self.index is not None:
            for term, count in self.index.counts(kind).items():
                if wanted and wanted not in tag_key(term):
                    continue
                item = QListWidgetItem(f"{term}  ({count})")
                item.setData(PATH_ROLE, term)
                self.terms.addItem(item)
                if term == keep:
                    self.terms.setCurrentItem(item)
        self.terms.blockSignals(False)
        self._show_articles(self.terms.currentItem())

    def choose(self, term: str) -> bool:
        """Select ``term`` (in any spelling) as if the writer clicked it."""
        key = tag_key(term)
        for row in range(self.terms.count()):
            item = self.terms.item(row)
            if tag_key(item.data(PATH_ROLE)) == key:
                self.terms.setCurrentItem(item)
                return True
        return False

    def shown_terms(self) -> list[str]:
        """The terms listed, in order."""
        return [self.terms.item(i).data(PATH_ROLE) for i in range(self.terms.count())]

    def shown_articles(self) -> list[str]:
        """Paths of the articles listed, in order."""
        return [self.articles.item(i).data(PATH_ROLE) for i in range(self.articles.count())]

    def _show_articles(self, item: QListWidgetItem | None, *_args) -> None:
        if self.index is None or item is None:
            self._fill_articles([])
            return
        self._fill_articles(self.index.articles_with(item.data(PATH_ROLE), self.kind.currentData()))

    def _fill_articles(self, entries: list[ArticleEntry]) -> None:
        self.articles.clear()
        for entry in entries:
            name = entry.title or Path(entry.path).name
            if entry.error:
                text = f"{Path(entry.path).name} — {word(entry.problem)}"
            else:
                date = entry.date[:10]
                draft = self.tr(" (draft)") if entry.draft else ""
                text = f"{name}{draft}" + (f" — {date}" if date else "")
            item = QListWidgetItem(text)
            item.setData(PATH_ROLE, entry.path)
            item.setToolTip(entry.path)
            self.articles.addItem(item)

    def _open(self, item: QListWidgetItem) -> None:
        self.article_chosen.emit(item.data(PATH_ROLE))
