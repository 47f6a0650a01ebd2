"""The Publish dialog: the plan (files written, copied, replaced with their diff, and removed),
its warnings and problems in full, and a Publish (or Unpublish) button that is enabled only
when the plan may be written; "Publish and Commit" when the site is a git repository."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from articleeditor.core.publish import PublishPlan
from articleeditor.core.publish_report import changes
from articleeditor.ui.findings import word

_ERROR_COLOUR = "#c62828"
_WARNING_COLOUR = "#9a6700"


class PublishDialog(QDialog):
    """Shows one publish from planning to result; the ``Publisher`` drives it."""

    publish_requested = Signal(bool, bool)  # (replace files of other articles, commit)
    change_site_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("publish-dialog")
        self.setWindowTitle(self.tr("Publish Article"))
        self.resize(640, 420)
        self.site_label = QLabel(objectName="publish-site")
        self.site_label.setWordWrap(True)
        self.change_site_button = QPushButton(self.tr("Change &Site…"), objectName="change-site")
        site_row = QHBoxLayout()
        site_row.addWidget(self.site_label, 1)
        site_row.addWidget(self.change_site_button)
        self.files = QListWidget(objectName="publish-files")
        self.diff = QPlainTextEdit(objectName="publish-diff")
        self.diff.setReadOnly(True)
        self.diff.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.diff.hide()
        self.messages = QListWidget(objectName="publish-messages")
        # Every warning is read in full, with what to do about it: wrapped, never cut off.
        self.messages.setWordWrap(True)
        self.messages.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.messages.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.overwrite = QCheckBox(
            self.tr("Replace the files above that belong to other articles"),
            objectName="publish-overwrite",
        )
        self.status = QLabel(objectName="publish-status")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.publish_button = self.buttons.addButton(
            self.tr("&Publish"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.publish_button.setObjectName("publish-button")
        self.commit_button = self.buttons.addButton(
            self.tr("Publish and &Commit"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.commit_button.setObjectName("publish-commit-button")
        self.commit_button.hide()
        self._can_commit = False
        self._action = "publish"
        layout = QVBoxLayout(self)
        layout.addLayout(site_row)
        self.files_label = QLabel(self.tr("Files to write:"))
        layout.addWidget(self.files_label)
        layout.addWidget(self.files, 2)
        layout.addWidget(self.diff, 2)
        layout.addWidget(QLabel(self.tr("Checks:")))
        layout.addWidget(self.messages, 1)
        layout.addWidget(self.overwrite)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.buttons.rejected.connect(self.reject)
        self.publish_button.clicked.connect(
            lambda: self.publish_requested.emit(self.overwrite.isChecked(), False)
        )
        self.commit_button.clicked.connect(
            lambda: self.publish_requested.emit(self.overwrite.isChecked(), True)
        )
        self.change_site_button.clicked.connect(self.change_site_requested)
        self.overwrite.toggled.connect(self._update_button)
        self._plan: PublishPlan | None = None
        self._busy = False
        self.show_planning(None)

    # ----- states --------------------------------------------------------------------------

    def set_action(self, action: str) -> None:
        """Word the dialog for a "publish" or an "unpublish"."""
        self._action = action
        if action == "unpublish":
            self.setWindowTitle(self.tr("Unpublish Article"))
            self.publish_button.setText(self.tr("&Unpublish"))
            self.commit_button.setText(self.tr("Unpublish and &Commit"))
            self.files_label.setText(self.tr("Files to remove:"))
        else:
            self.setWindowTitle(self.tr("Publish Article"))
            self.publish_button.setText(self.tr("&Publish"))
            self.commit_button.setText(self.tr("Publish and &Commit"))
            self.files_label.setText(self.tr("Files to write:"))

    def show_planning(self, site: Path | None) -> None:
        """Waiting for the plan of a publish into ``site``."""
        self._plan = None
        self._busy = True
        if site is not None:
            self.site_label.setText(self.tr("Site: {0}").format(site))
        self.files.clear()
        self.diff.clear()
        self.diff.hide()
        self.messages.clear()
        self.overwrite.hide()
        self.overwrite.setChecked(False)
        self.status.setText(self.tr("Checking the article and the site…"))
        self._update_button()

    def show_plan(self, plan: PublishPlan, can_commit: bool = False) -> None:
        """The files a publish writes and everything that stands in its way."""
        self._plan = plan
        self._busy = False
        self._can_commit = can_commit
        self.site_label.setText(
            self.tr("Site: {0} ({1})").format(plan.site.root, plan.site.generator.value)
        )
        self.files.clear()
        conflicted = {conflict.path for conflict in plan.conflicts}
        for planned in plan.files:
            target = plan.relative(planned.target)
            if planned.target in conflicted:
                note = self.tr("replaces a file of another article")
            elif planned.unchanged:
                note = self.tr("unchanged")
            elif planned.replaces:
                note = self.tr("replaces the earlier publish")
            else:
                note = self.tr("new")
            text = f"{target}  ({note})"
            if planned.source is not None:
                text += "  " + self.tr("copied from {0}").format(planned.source)
            self.files.addItem(text)
        for removed in plan.removes:
            if plan.action == "unpublish":
                note = self.tr("removed")
            else:
                note = self.tr("removed: an earlier publish under another title or slug")
            self.files.addItem(f"{plan.relative(removed)}  ({note})")
        diffs = [c.diff for c in changes(plan) if c.diff]
        self.diff.setPlainText("\n".join(diffs))
        self.diff.setVisible(bool(diffs))
        self.messages.clear()
        for problem in plan.problems:
            self._message(self.tr("Error: {0}").format(word(problem)), _ERROR_COLOUR)
        for conflict in plan.conflicts:
            self._message(
                self.tr("Conflict: {0} belongs to {1}.").format(
                    plan.relative(conflict.path), conflict.owner
                ),
                _ERROR_COLOUR,
            )
        for warning in plan.warnings:
            self._message(self.tr("Warning: {0}").format(word(warning)), _WARNING_COLOUR)
        for moved in plan.moved_from if plan.action == "publish" else ():
            self._message(self.tr("The article moves from {0}.").format(plan.relative(moved)), "")
        for address in plan.redirects:
            self._message(self.tr("The old address {0} leads to the new one.").format(address), "")
        if not (plan.problems or plan.conflicts or plan.warnings):
            self._message(self.tr("All checks passed."), "")
        self.overwrite.setVisible(bool(plan.conflicts) and not plan.problems)
        if plan.problems:
            self.status.setText(self.tr("Fix the errors above, then try again."))
        elif plan.action == "unpublish":
            self.status.setText(
                self.tr("Ready to remove {0} file(s).").format(len(plan.removes))
                if plan.removes
                else self.tr("The article is not published in this site.")
            )
        elif plan.up_to_date:
            self.status.setText(self.tr("The site is up to date: nothing to write."))
        else:
            self.status.setText(self.tr("Ready to publish {0}.").format(plan.slug))
        self._update_button()

    def show_busy(self) -> None:
        """The files are being written."""
        self._busy = True
        self.status.setText(self.tr("Publishing…"))
        self._update_button()

    def show_published(
        self, path: Path, up_to_date: bool = False, commit_error: str | None = None
    ) -> None:
        """The publish is done (or there was nothing to write)."""
        self._busy = False
        self._plan = None
        if up_to_date:
            text = self.tr("The site is up to date: nothing was written.")
        else:
            text = self.tr("Published to {0}").format(path)
        self._done(text, commit_error)

    def show_unpublished(self, site: Path, removed: int, commit_error: str | None = None) -> None:
        """The unpublish is done."""
        self._busy = False
        self._plan = None
        self._done(self.tr("Removed {0} file(s) from {1}").format(removed, site), commit_error)

    def _done(self, text: str, commit_error: str | None) -> None:
        if commit_error:
            text += " " + self.tr("Not committed: {0}").format(commit_error)
            self._message(self.tr("Not committed: {0}").format(commit_error), _ERROR_COLOUR)
        self.status.setText(text)
        self._update_button()

    def show_failed(self, message: str) -> None:
        """Planning or writing failed; ``message`` says why."""
        self._busy = False
        self._message(message, _ERROR_COLOUR)
        self.status.setText(message)
        self._update_button()

    # ----- helpers -------------------------------------------------------------------------

    def _message(self, text: str, colour: str) -> None:
        item = QListWidgetItem(text)
        if colour:
            item.setForeground(QColor(colour))
        item.setToolTip(text)
        self.messages.addItem(item)

    def _update_button(self) -> None:
        plan = self._plan
        ready = (
            plan is not None
            and not self._busy
            and not plan.problems
            and (not plan.conflicts or self.overwrite.isChecked())
            and (plan.action == "publish" or bool(plan.removes))
        )
        self.publish_button.setEnabled(ready)
        self.commit_button.setVisible(self._can_commit)
        self.commit_button.setEnabled(ready and plan is not None and not plan.up_to_date)
        self.change_site_button.setEnabled(not self._busy)
