"""The References panel: the article's works as they will be printed, how often each is cited,
and the reference checks; cite, add, edit, import, remove and jump to uses from here."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from articleeditor.core.refcheck import ERROR, ReferenceProblem, ReferenceRow
from articleeditor.core.reflabel import reference_label
from articleeditor.ui.dialogs.reference_dialog import ReferenceDialog
from articleeditor.ui.findings import word

_KEY_ROLE = Qt.ItemDataRole.UserRole
_PROBLEM_COLOURS = {ERROR: QColor("#c62828"), "warning": QColor("#a15c00")}


class ReferencesPanel(QWidget):
    """Lists ``references``; emits the whole new list when the writer changes it."""

    references_edited = Signal(list)
    cite_requested = Signal(str)  # insert [@key] at the cursor
    use_requested = Signal(str)  # move the editor to the next citation of key
    problem_activated = Signal(int)  # body line of a problem

    def __init__(self, import_action: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("references-panel")
        self.filter = QLineEdit(objectName="reference-filter")
        self.filter.setPlaceholderText(self.tr("Search references…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._apply_filter)
        self.tree = QTreeWidget(objectName="reference-list")
        self.tree.setHeaderLabels(
            [self.tr("No."), self.tr("Key"), self.tr("Cited"), self.tr("Reference")]
        )
        self.tree.setRootIsDecorated(False)
        self.tree.setWordWrap(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.tree.itemDoubleClicked.connect(lambda *_: self._edit_selected())
        for column, width in ((0, 42), (1, 110), (2, 46)):
            self.tree.setColumnWidth(column, width)
        self.problems = QListWidget(objectName="reference-problems")
        self.problems.setMaximumHeight(90)
        self.problems.itemActivated.connect(self._problem_activated)
        self.problems.itemClicked.connect(self._problem_activated)
        self.problems.hide()

        self.cite_action = self._action(
            self.tr("Cite"),
            "reference-cite",
            self._cite_selected,
            self.tr("Insert a citation of the selected reference"),
        )
        self.add_action = self._action(self.tr("Add…"), "reference-add", self._add)
        self.edit_action = self._action(self.tr("Edit…"), "reference-edit", self._edit_selected)
        self.use_action = self._action(
            self.tr("Next Use"),
            "reference-next-use",
            self._next_use,
            self.tr("Go to the next citation"),
        )
        self.remove_action = self._action(
            self.tr("Remove"), "reference-remove", self._remove_selected
        )
        # Two short rows: one row of five buttons made the panel column 350 px wide.
        layout = QVBoxLayout(self)
        for actions in (
            (self.cite_action, self.add_action, self.edit_action),
            (import_action, self.remove_action),
        ):
            row = QHBoxLayout()
            for action in actions:
                button = QToolButton(self)
                button.setDefaultAction(action)
                row.addWidget(button)
            row.addStretch(1)
            layout.addLayout(row)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.problems)
        self.tree.itemSelectionChanged.connect(self._update_actions)
        self._items: list[dict[str, Any]] = []
        self._rows: list[ReferenceRow] = []
        self._problems: list[ReferenceProblem] = []
        self._update_actions()

    def _action(self, text: str, name: str, slot, tip: str | None = None) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.triggered.connect(slot)
        if tip:
            action.setToolTip(tip)
        self.addAction(action)
        return action

    # ----- state from the window --------------------------------------------------------

    def items(self) -> list[dict[str, Any]]:
        """The references as shown."""
        return [dict(item) for item in self._items]

    def show_references(self, items: list[dict[str, Any]], editable: bool) -> None:
        """Show ``items`` (titles until the formatted view arrives)."""
        self.setEnabled(editable)
        if items == self._items:
            return
        self._items = [dict(item) for item in items]
        self._rows = [
            ReferenceRow(str(i.get("id", "")), "", reference_label(i), 0) for i in self._items
        ]
        self._fill()

    def show_view(self, rows: list[ReferenceRow], problems: list[ReferenceProblem]) -> None:
        """Show the references as printed, their use counts and the checks' findings."""
        if rows != self._rows:
            self._rows = rows
            self._fill()
        if problems == self._problems:
            return  # typing in the body usually changes neither: leave the widgets alone
        self._problems = list(problems)
        self.problems.clear()
        for problem in problems:
            item = QListWidgetItem(word(problem.message))
            item.setForeground(_PROBLEM_COLOURS.get(problem.severity, QColor("#555")))
            item.setData(_KEY_ROLE, problem.line)
            self.problems.addItem(item)
        self.problems.setVisible(bool(problems))

    def _fill(self) -> None:
        selected = set(self.selected_keys())
        self.tree.clear()
        for row in self._rows:
            entry = QTreeWidgetItem([row.label, row.key, str(row.count), row.text])
            entry.setData(0, _KEY_ROLE, row.key)
            entry.setToolTip(3, row.text)
            if row.count == 0:
                entry.setForeground(2, QColor("#a15c00"))
            self.tree.addTopLevelItem(entry)
            entry.setSelected(row.key in selected)
        self._apply_filter(self.filter.text())

    def _apply_filter(self, text: str) -> None:
        needle = text.casefold().strip()
        for index in range(self.tree.topLevelItemCount()):
            entry = self.tree.topLevelItem(index)
            haystack = f"{entry.text(1)} {entry.text(3)}".casefold()
            entry.setHidden(bool(needle) and needle not in haystack)

    def selected_keys(self) -> list[str]:
        """Keys of the selected references, in list order."""
        return [e.data(0, _KEY_ROLE) for e in self.tree.selectedItems()]

    def select_key(self, key: str) -> None:
        """Select the reference with ``key``."""
        for index in range(self.tree.topLevelItemCount()):
            entry = self.tree.topLevelItem(index)
            entry.setSelected(entry.data(0, _KEY_ROLE) == key)

    def _update_actions(self) -> None:
        keys = self.selected_keys()
        self.cite_action.setEnabled(bool(keys))
        self.edit_action.setEnabled(len(keys) == 1)
        self.use_action.setEnabled(len(keys) == 1)
        self.remove_action.setEnabled(bool(keys))

    # ----- intents --------------------------------------------------------------------------

    def add_references(self, new_items: list[dict[str, Any]]) -> None:
        """Append CSL items (an item with an existing id replaces it)."""
        new_ids = {item.get("id") for item in new_items}
        kept = [i for i in self._items if i.get("id") not in new_ids]
        self.references_edited.emit([*kept, *new_items])

    def _cite_selected(self) -> None:
        for key in self.selected_keys():
            self.cite_requested.emit(key)

    def _next_use(self) -> None:
        keys = self.selected_keys()
        if keys:
            self.use_requested.emit(keys[0])

    def _add(self) -> None:
        dialog = ReferenceDialog({str(i.get("id")) for i in self._items}, parent=self)
        if dialog.exec():
            self.add_references([dialog.item()])

    def _edit_selected(self) -> None:
        keys = self.selected_keys()
        if len(keys) != 1:
            return
        original = next(i for i in self._items if i.get("id") == keys[0])
        taken = {str(i.get("id")) for i in self._items} - {keys[0]}
        dialog = ReferenceDialog(taken, original, self)
        if dialog.exec():
            edited = dialog.item()
            self.references_edited.emit(
                [edited if i.get("id") == keys[0] else i for i in self._items]
            )

    def _remove_selected(self) -> None:
        doomed = set(self.selected_keys())
        cited = [r.key for r in self._rows if r.key in doomed and r.count]
        if cited:
            answer = QMessageBox.question(
                self,
                self.tr("Remove cited references?"),
                self.tr(
                    "{0} still cited in the text; those citations will show as errors. "
                    "Remove anyway?"
                ).format(", ".join(cited)),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.references_edited.emit([i for i in self._items if i.get("id") not in doomed])

    def _context_menu(self, position) -> None:
        menu = QMenu(self)
        menu.addActions([self.cite_action, self.use_action, self.edit_action])
        menu.addSeparator()
        menu.addAction(self.remove_action)
        menu.exec(self.tree.viewport().mapToGlobal(position))

    def _problem_activated(self, item: QListWidgetItem) -> None:
        line = item.data(_KEY_ROLE)
        if line:
            self.problem_activated.emit(int(line))
