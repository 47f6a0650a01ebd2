"""The Publish dialog: the plan (files written and copied), its warnings and problems, and a
Publish button that is enabled only when the plan may be written."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from articleeditor.core.publish import PublishPlan

_ERROR_COLOUR = "#c62828"
_WARNING_COLOUR = "#9a6700"


class PublishDialog(QDialog):
    """Shows one publish from planning to result; the ``Publisher`` drives it."""

    publish_requested = Signal(bool)  # True: replace files of other articles
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
        self.messages = QListWidget(objectName="publish-messages")
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
        layout = QVBoxLayout(self)
        layout.addLayout(site_row)
        layout.addWidget(QLabel(self.tr("Files to write:")))
        layout.addWidget(self.files, 2)
        layout.addWidget(QLabel(self.tr("Checks:")))
        layout.addWidget(self.messages, 1)
        layout.addWidget(self.overwrite)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.buttons.rejected.connect(self.reject)
        self.publish_button.clicked.connect(
            lambda: self.publish_requested.emit(self.overwrite.isChecked())
        )
        self.change_site_button.clicked.connect(self.change_site_requested)
        self.overwrite.toggled.connect(self._update_button)
        self._plan: PublishPlan | None = None
        self._busy = False
        self.show_planning(None)

    # ----- states --------------------------------------------------------------------------

    def show_planning(self, site: Path | None) -> None:
        """Waiting for the plan of a publish into ``site``."""
        self._plan = None
        self._busy = True
        if site is not None:
            self.site_label.setText(self.tr("Site: {0}").format(site))
        self.files.clear()
        self.messages.clear()
        self.overwrite.hide()
        self.overwrite.setChecked(False)
        self.status.setText(self.tr("Checking the article and the site…"))
        self._update_button()

    def show_plan(self, plan: PublishPlan) -> None:
        """The files a publish writes and everything that stands in its way."""
        self._plan = plan
        self._busy = False
        self.site_label.setText(
            self.tr("Site: {0} ({1})").format(plan.site.root, plan.site.generator.value)
        )
        self.files.clear()
        conflicted = {conflict.path for conflict in plan.conflicts}
        for planned in plan.files:
            target = plan.relative(planned.target)
            if planned.target in conflicted:
                note = self.tr("replaces a file of another article")
            elif planned.replaces:
                note = self.tr("replaces the earlier publish")
            else:
                note = self.tr("new")
            text = f"{target}  ({note})"
            if planned.source is not None:
                text += "  " + self.tr("copied from {0}").format(planned.source)
            self.files.addItem(text)
        self.messages.clear()
        for problem in plan.problems:
            self._message(self.tr("Error: {0}").format(problem), _ERROR_COLOUR)
        for conflict in plan.conflicts:
            self._message(
                self.tr("Conflict: {0} belongs to {1}.").format(
                    plan.relative(conflict.path), conflict.owner
                ),
                _ERROR_COLOUR,
            )
        for warning in plan.warnings:
            self._message(self.tr("Warning: {0}").format(warning), _WARNING_COLOUR)
        if not (plan.problems or plan.conflicts or plan.warnings):
            self._message(self.tr("All checks passed."), "")
        self.overwrite.setVisible(bool(plan.conflicts) and not plan.problems)
        if plan.problems:
            self.status.setText(self.tr("Fix the errors above, then publish again."))
        else:
            self.status.setText(self.tr("Ready to publish {0}.").format(plan.slug))
        self._update_button()

    def show_busy(self) -> None:
        """The files are being written."""
        self._busy = True
        self.status.setText(self.tr("Publishing…"))
        self._update_button()

    def show_published(self, path: Path) -> None:
        """The publish is done."""
        self._busy = False
        self._plan = None
        self.status.setText(self.tr("Published to {0}").format(path))
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
            plan is not None and not self._busy and not plan.problems
            and (not plan.conflicts or self.overwrite.isChecked())
        )
        self.publish_button.setEnabled(ready)
        self.change_site_button.setEnabled(not self._busy)
