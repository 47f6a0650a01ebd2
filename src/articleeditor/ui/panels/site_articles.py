"""The Site panel: the open site's articles as a sortable, filterable list with their date,
publish status and tag count, and New, Rename and Delete. The rows, their order and the filter
come from ``core.article_list``; this panel only shows them and forwards intent."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QStackedWidget,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from articleeditor.core.article_list import (
    ArticleRow,
    ArticleStatus,
    Column,
    filter_rows,
    sort_rows,
)
from articleeditor.ui.findings import word

PATH_ROLE = Qt.ItemDataRole.UserRole
# The status as a mark, so the list fits a narrow dock; the word is its tooltip and what a
# screen reader says. Colours read on light and dark palettes alike.
STATUS_MARKS = {
    ArticleStatus.DRAFT: ("○", QColor("#8a8a8a")),
    ArticleStatus.PUBLISHED: ("●", QColor("#2e9d4f")),
    ArticleStatus.CHANGED: ("◐", QColor("#d9822b")),
    ArticleStatus.UNREADABLE: ("✕", QColor("#d64545")),
}
_Index = QModelIndex | QPersistentModelIndex


class ArticleListModel(QAbstractTableModel):
    """The filtered, sorted rows; ``sort`` (from the header) and ``set_query`` re-order them."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.all_rows: list[ArticleRow] = []
        self.rows: list[ArticleRow] = []
        self.query = ""
        self.column = Column.TITLE
        self.descending = False

    # ----- contents ----------------------------------------------------------------------------

    def set_rows(self, rows: list[ArticleRow]) -> None:
        """Show ``rows`` (the whole site), keeping the current filter and order."""
        self.all_rows = list(rows)
        self._update()

    def set_query(self, query: str) -> None:
        """Show only the rows matching ``query``."""
        self.query = query
        self._update()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.column = Column(column)
        self.descending = order == Qt.SortOrder.DescendingOrder
        self._update()

    def _update(self) -> None:
        self.layoutAboutToBeChanged.emit()
        self.rows = sort_rows(filter_rows(self.all_rows, self.query), self.column, self.descending)
        self.layoutChanged.emit()

    def row_of(self, path: Path) -> int:
        """The row showing ``path``, or -1."""
        return next((i for i, r in enumerate(self.rows) if r.path == path), -1)

    # ----- QAbstractTableModel -----------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal:
            return None
        names = {
            Column.TITLE: self.tr("Title"),
            Column.DATE: self.tr("Date"),
            Column.STATUS: self.tr("Status"),
            Column.TAGS: self.tr("Tags"),
        }
        if role == Qt.ItemDataRole.DisplayRole:
            # The status column is as narrow as its mark; its name is in the tooltip.
            return "" if section == Column.STATUS else names[Column(section)]
        if role == Qt.ItemDataRole.ToolTipRole and section == Column.STATUS:
            return self.tr(
                "Status: {0} draft, {1} published, {2} changed since publish, {3} unreadable"
            ).format(*(m for m, _c in STATUS_MARKS.values()))
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return names[Column(section)]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        column = Column(index.column())
        if role == PATH_ROLE:
            return str(row.path)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if column is Column.STATUS and role == Qt.ItemDataRole.AccessibleTextRole:
            return self.status_text(row.status)
        if column is Column.STATUS and role == Qt.ItemDataRole.ForegroundRole:
            return STATUS_MARKS[row.status][1]
        if column is Column.STATUS and role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.TextAlignmentRole and column is Column.TAGS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def status_text(self, status: ArticleStatus) -> str:
        """The status as the list shows it."""
        return {
            ArticleStatus.DRAFT: self.tr("Draft"),
            ArticleStatus.PUBLISHED: self.tr("Published"),
            ArticleStatus.CHANGED: self.tr("Changed"),
            ArticleStatus.UNREADABLE: self.tr("Unreadable"),
        }[status]

    def _display(self, row: ArticleRow, column: Column) -> str:
        if column is Column.TITLE:
            return row.title
        if column is Column.DATE:
            return row.date[:10]  # the day; the tooltip has the time
        if column is Column.STATUS:
            return STATUS_MARKS[row.status][0]
        return str(row.tag_count)

    def _tooltip(self, row: ArticleRow, column: Column) -> str:
        if column is Column.DATE:
            return row.date
        if column is Column.TAGS:
            return ", ".join(row.tags)
        if column is Column.STATUS:
            when = row.published_at.strftime("%Y-%m-%d %H:%M") if row.published_at else ""
            detail = {
                ArticleStatus.DRAFT: self.tr("not published yet"),
                ArticleStatus.PUBLISHED: self.tr("published on {0}").format(when),
                ArticleStatus.CHANGED: self.tr("edited since it was published on {0}").format(when),
                ArticleStatus.UNREADABLE: word(row.error),
            }[row.status]
            return f"{self.status_text(row.status)}: {detail}"
        return f"{row.title}\n{row.path}"


class SiteArticlesPanel(QWidget):
    """The site's articles; says so when no site is open."""

    article_activated = Signal(str)
    new_requested = Signal()
    rename_requested = Signal(str)
    delete_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("site-articles")
        self.model = ArticleListModel(self)
        self.filter = QLineEdit(objectName="article-filter")
        self.filter.setPlaceholderText(self.tr("Filter by title or tag"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.model.set_query)
        self.filter.returnPressed.connect(self._open_first)
        self.view = QTreeView(objectName="article-list")
        self.view.setModel(self.model)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(Column.TITLE, Qt.SortOrder.AscendingOrder)
        self._size_columns()
        self.view.activated.connect(self._on_activated)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._show_menu)

        self.new_action = self._action(self.tr("&New…"), "site-new", self.new_requested.emit)
        self.rename_action = self._action(
            self.tr("&Rename…"),
            "site-rename",
            self._emit_for_current(self.rename_requested),
            QKeySequence(Qt.Key.Key_F2),
        )
        self.delete_action = self._action(
            self.tr("&Delete…"),
            "site-delete",
            self._emit_for_current(self.delete_requested),
            QKeySequence(QKeySequence.StandardKey.Delete),
        )
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for action in (self.new_action, self.rename_action, self.delete_action):
            button = QToolButton(objectName=f"{action.objectName()}-button")
            button.setDefaultAction(action)
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.message = QLabel(objectName="site-articles-message")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setMargin(12)
        list_page = QWidget()
        list_layout = QVBoxLayout(list_page)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self.filter)
        list_layout.addWidget(self.view, 1)
        list_layout.addLayout(buttons)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.message)
        self.pages.addWidget(list_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self.view.selectionModel().currentRowChanged.connect(self._update_actions)
        self.show_no_site()

    def _size_columns(self) -> None:
        # The panel is often a narrow dock: the date, status and count get just their width
        # (the writer may widen them) and the title takes the rest.
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        metrics = self.view.fontMetrics()
        pad = metrics.horizontalAdvance("00")  # the cell's margins
        statuses = [mark for mark, _colour in STATUS_MARKS.values()]
        samples = {Column.DATE: ["0000-00-00"], Column.STATUS: statuses, Column.TAGS: ["00"]}
        for column, texts in samples.items():
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            width = max(metrics.horizontalAdvance(t) for t in [*texts, title]) + pad
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)

    def _action(self, text: str, name: str, slot, shortcut: QKeySequence | None = None) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(shortcut)
            # Only while the list has the focus: F2 and Delete mean other things elsewhere.
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.view.addAction(action)
        action.triggered.connect(slot)
        return action

    def _emit_for_current(self, signal):
        def emit() -> None:
            path = self.current_path()
            if path is not None:
                signal.emit(str(path))

        return emit

    # ----- what is shown -----------------------------------------------------------------------

    def show_no_site(self) -> None:
        """No site is open: say so, and how to open one."""
        self.model.set_rows([])
        self.message.setText(
            self.tr(
                "No site is open.\n\nOpen a site folder (File → Open Site Folder) to see its "
                "articles here."
            )
        )
        self.pages.setCurrentWidget(self.message)
        self.new_action.setEnabled(False)
        self._update_actions()

    def show_scanning(self) -> None:
        """The site's index is being built."""
        self.message.setText(self.tr("Reading the site's articles…"))
        self.pages.setCurrentWidget(self.message)

    def show_rows(self, rows: list[ArticleRow]) -> None:
        """Show the site's articles, keeping the current one selected."""
        current = self.current_path()
        self.model.set_rows(rows)
        self.pages.setCurrentWidget(self.pages.widget(1))
        self.new_action.setEnabled(True)
        if current is not None:
            self.select(current)
        self._update_actions()

    def shown_titles(self) -> list[str]:
        """The titles in the order shown (for tests and accessibility checks)."""
        return [row.title for row in self.model.rows]

    def current_path(self) -> Path | None:
        """The selected article's file, or None."""
        index = self.view.currentIndex()
        if not index.isValid() or index.row() >= len(self.model.rows):
            return None
        return self.model.rows[index.row()].path

    def select(self, path: Path) -> bool:
        """Make ``path`` the current row; False when it is not shown."""
        row = self.model.row_of(Path(path))
        if row < 0:
            return False
        self.view.setCurrentIndex(self.model.index(row, Column.TITLE))
        self.view.scrollTo(self.model.index(row, Column.TITLE))
        return True

    def _update_actions(self, *_args: object) -> None:
        has_current = self.current_path() is not None
        self.rename_action.setEnabled(has_current)
        self.delete_action.setEnabled(has_current)

    # ----- intent ------------------------------------------------------------------------------

    def _on_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.article_activated.emit(str(self.model.rows[index.row()].path))

    def _open_first(self) -> None:
        # Enter in the filter opens the only (or first) article it leaves.
        if self.model.rows:
            self.select(self.model.rows[0].path)
            self.article_activated.emit(str(self.model.rows[0].path))

    def _show_menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        menu.addActions([self.new_action, self.rename_action, self.delete_action])
        menu.exec(self.view.viewport().mapToGlobal(position))
