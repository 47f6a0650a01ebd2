"""Site-wide management of tags and categories: rename, merge or delete one across every
article. The dialog lists the affected files first; applying rewrites only their tags lines,
and the last change can be undone."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from articleeditor.core.bulk_tags import (
    AppliedChange,
    ChangePlan,
    TermChange,
    apply_plan,
    plan_change,
    undo_change,
)
from articleeditor.core.errors import ArticleEditorError
from articleeditor.core.index import CATEGORIES, TAGS
from articleeditor.ui.findings import word
from articleeditor.ui.messages import describe
from articleeditor.ui.site_index import SiteIndexService
from articleeditor.ui.workers import LatestOnlyRunner

RENAME, MERGE, DELETE = "rename", "merge", "delete"
TERM_ROLE = Qt.ItemDataRole.UserRole

# Returns why the files cannot be changed now (e.g. unsaved edits in the editor), or None.
Guard = Callable[[list[Path]], "str | None"]


class TagManagementDialog(QDialog):
    """Rename, merge or delete a tag or category in every article of the open site."""

    plan_ready = Signal()
    job_finished = Signal(bool)  # True when the apply or undo succeeded
    files_changed = Signal(list)  # paths written by an apply or an undo

    def __init__(
        self, service: SiteIndexService, guard: Guard | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("tag-management")
        self.setWindowTitle(self.tr("Manage Tags and Categories"))
        self.resize(640, 560)
        self.service = service
        self.guard = guard
        self.plan: ChangePlan | None = None
        self.applied: AppliedChange | None = None

        self.kind = QComboBox(objectName="manage-kind")
        self.kind.addItem(self.tr("Tags"), TAGS)
        self.kind.addItem(self.tr("Categories"), CATEGORIES)
        self.operation = QComboBox(objectName="manage-operation")
        self.operation.addItem(self.tr("Rename"), RENAME)
        self.operation.addItem(self.tr("Merge into one"), MERGE)
        self.operation.addItem(self.tr("Delete"), DELETE)
        self.terms = QListWidget(objectName="manage-terms")
        self.terms.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.target = QLineEdit(objectName="manage-target")
        self.target.setPlaceholderText(self.tr("New name"))
        self.files = QListWidget(objectName="manage-files")
        # Files the last apply or undo left alone because another program saved them meanwhile.
        self.skipped_label = QLabel(
            self.tr("Left as they were (changed on disk since they were read):")
        )
        self.skipped = QListWidget(objectName="manage-skipped")
        self.status = QLabel(objectName="manage-status")
        self.status.setWordWrap(True)
        self.apply_button = QPushButton(self.tr("&Apply"), objectName="manage-apply")
        self.undo_button = QPushButton(self.tr("&Undo Last Change"), objectName="manage-undo")
        self.apply_button.setEnabled(False)
        self.undo_button.setEnabled(False)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("&Operation"), self.operation)
        form.addRow(self.tr("&New name"), self.target)
        buttons = QHBoxLayout()
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Choose the tag(s) to change:")))
        layout.addWidget(self.terms, 1)
        layout.addWidget(QLabel(self.tr("Files that will change:")))
        layout.addWidget(self.files, 1)
        layout.addWidget(self.skipped_label)
        layout.addWidget(self.skipped)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

        self._planner = LatestOnlyRunner(self)
        self._planner.done.connect(self._on_planned)
        self._planner.failed.connect(lambda error: self.status.setText(describe(error)))
        self._writer = LatestOnlyRunner(self)
        self._writer.done.connect(self._on_written)
        self._writer.failed.connect(self._on_failed)

        self.notice = ""  # the last failure or skip, shown until the writer changes the choice
        self._show_skipped([])
        self.kind.currentIndexChanged.connect(self._fill_terms)
        self.operation.currentIndexChanged.connect(self._choice_changed)
        self.terms.itemSelectionChanged.connect(self._choice_changed)
        self.target.textChanged.connect(self._choice_changed)
        self.apply_button.clicked.connect(self.apply)
        self.undo_button.clicked.connect(self.undo)
        service.changed.connect(self._fill_terms)
        self._fill_terms()

    # ----- choosing -------------------------------------------------------------------------

    def _fill_terms(self) -> None:
        chosen = set(self.selected_terms())
        self.terms.blockSignals(True)
        self.terms.clear()
        index = self.service.index
        if index is not None:
            for term, count in index.counts(self.kind.currentData()).items():
                item = QListWidgetItem(f"{term}  ({count})")
                item.setData(TERM_ROLE, term)
                self.terms.addItem(item)
                item.setSelected(term in chosen)
        self.terms.blockSignals(False)
        self._replan()

    def select_terms(self, terms: list[str]) -> None:
        """Select ``terms`` in the list (as a writer's clicks would)."""
        for row in range(self.terms.count()):
            item = self.terms.item(row)
            item.setSelected(item.data(TERM_ROLE) in terms)

    def selected_terms(self) -> list[str]:
        """The chosen terms, in list order."""
        return [
            self.terms.item(r).data(TERM_ROLE)
            for r in range(self.terms.count())
            if self.terms.item(r).isSelected()
        ]

    def change(self) -> TermChange | None:
        """The change the dialog describes now, or None while it is incomplete."""
        terms = self.selected_terms()
        operation = self.operation.currentData()
        target = " ".join(self.target.text().split()) or None
        self.target.setEnabled(operation != DELETE)
        if not terms:
            return None
        if operation == DELETE:
            return TermChange(self.kind.currentData(), tuple(terms), None)
        if target is None or (operation == RENAME and len(terms) != 1):
            return None
        if operation == MERGE and len(terms) < 2:
            return None
        try:
            return TermChange(self.kind.currentData(), tuple(terms), target)
        except ValueError:
            return None

    def _choice_changed(self) -> None:
        self.notice = ""
        self._show_skipped([])
        self._replan()

    def _replan(self) -> None:
        self.plan = None
        self.apply_button.setEnabled(False)
        change = self.change()
        self.files.clear()
        if change is None or self.service.index is None:
            self.status.setText(self._with_notice(self._hint()))
            return
        index = self.service.index
        paths = sorted(
            {Path(e.path) for t in change.sources for e in index.articles_with(t, change.kind)}
        )
        self.status.setText(self.tr("Reading %n file(s)…", "", len(paths)))
        self._planner.submit(lambda: plan_change(paths, change))

    def _with_notice(self, text: str) -> str:
        return f"{self.notice}\n{text}" if self.notice else text

    def _hint(self) -> str:
        operation = self.operation.currentData()
        if operation == RENAME:
            return self.tr("Choose one tag and type its new name.")
        if operation == MERGE:
            return self.tr("Choose two or more tags and type the name to merge them into.")
        return self.tr("Choose the tags to delete from every article.")

    def _on_planned(self, plan: ChangePlan) -> None:
        if plan.change != self.change():
            return  # the writer changed the choice meanwhile; a newer plan is coming
        self.plan = plan
        root = self.service.root
        for edit in plan.edits:
            inside = root is not None and edit.path.is_relative_to(root)
            self.files.addItem(str(edit.path.relative_to(root) if inside else edit.path))
        for path, reason in plan.problems:
            text = self.tr("{0} — cannot be changed: {1}").format(path.name, word(reason))
            item = QListWidgetItem(text)
            item.setForeground(Qt.GlobalColor.darkRed)
            self.files.addItem(item)
        summary = self.tr("%n file(s) will change.", "", len(plan.edits))
        if plan.problems:
            summary += " " + self.tr("%n file(s) will be skipped.", "", len(plan.problems))
        self.status.setText(self._with_notice(summary))
        self.apply_button.setEnabled(bool(plan.edits))
        self.plan_ready.emit()

    # ----- writing --------------------------------------------------------------------------

    def _refused(self, paths: list[Path]) -> bool:
        reason = self.guard(paths) if self.guard is not None else None
        if reason:
            self.status.setText(reason)
            self.job_finished.emit(False)
            return True
        return False

    def apply(self) -> None:
        """Write the planned change (in a worker)."""
        plan = self.plan
        if plan is None or not plan.edits or self._refused([e.path for e in plan.edits]):
            return
        self.apply_button.setEnabled(False)
        self.undo_button.setEnabled(False)
        self.status.setText(self.tr("Writing %n file(s)…", "", len(plan.edits)))
        self._writer.submit(lambda: ("apply", apply_plan(plan)))

    def undo(self) -> None:
        """Put back the files of the last applied change (in a worker)."""
        applied = self.applied
        if applied is None or self._refused(applied.paths):
            return
        self.undo_button.setEnabled(False)
        self._writer.submit(lambda: ("undo", undo_change(applied)))

    def _on_written(self, result: tuple[str, AppliedChange]) -> None:
        what, written = result
        if what == "apply":
            self.applied = written
            self.undo_button.setEnabled(bool(written.edits))
            done = self.tr("Changed %n file(s).", "", len(written.edits))
        else:
            self.applied = None
            done = self.tr("Undone: %n file(s) restored.", "", len(written.edits))
        self.notice = ""
        if written.skipped:
            # Kept beside later plans: the writer should know which files did not change.
            self.notice = self.tr(
                "%n file(s) skipped because they changed on disk; they were left as they are.",
                "",
                len(written.skipped),
            )
            done += " " + self.notice
        self._show_skipped(written.skipped)
        self.status.setText(done)
        self.files_changed.emit(written.paths)
        for path in written.paths:
            self.service.file_saved(path)
        self.job_finished.emit(True)

    def _show_skipped(self, paths: list[Path]) -> None:
        self.skipped.clear()
        root = self.service.root
        for path in paths:
            inside = root is not None and path.is_relative_to(root)
            self.skipped.addItem(str(path.relative_to(root) if inside else path))
        self.skipped_label.setVisible(bool(paths))
        self.skipped.setVisible(bool(paths))

    def _on_failed(self, error: object) -> None:
        message = describe(error) if isinstance(error, ArticleEditorError) else repr(error)
        self.undo_button.setEnabled(self.applied is not None)
        self.notice = message
        self._replan()
        self.status.setText(message)
        QMessageBox.warning(self, self.tr("Tags not changed"), message)
        self.job_finished.emit(False)
