"""A dialog to enter one journal reference by hand, producing a CSL item."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

_ID_PATTERN = re.compile(r"^[\w][\w:.#$%&\-+?<>~/]*$")


def authors_from_text(text: str) -> list[dict[str, str]]:
    """``"Shi, Dehua; Llovet, Josep M."`` -> CSL names; a name without a comma is literal."""
    names = []
    for part in (p.strip() for p in text.split(";")):
        if not part:
            continue
        if "," in part:
            family, given = (s.strip() for s in part.split(",", 1))
            names.append({"family": family, "given": given} if given else {"family": family})
        else:
            names.append({"literal": part})
    return names


class ReferenceDialog(QDialog):
    """Fields of a journal article; OK only when the id is new and valid and a title is given."""

    def __init__(self, taken_ids: set[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add Reference"))
        self._taken = taken_ids
        self.key = QLineEdit(objectName="ref-id")
        self.key.setPlaceholderText(self.tr("e.g. shi2020 (cite it as [@shi2020])"))
        self.title = QLineEdit(objectName="ref-title")
        self.authors = QLineEdit(objectName="ref-authors")
        self.authors.setPlaceholderText(self.tr("Family, Given; Family, Given"))
        self.journal = QLineEdit(objectName="ref-journal")
        self.year = QLineEdit(objectName="ref-year")
        self.volume = QLineEdit(objectName="ref-volume")
        self.issue = QLineEdit(objectName="ref-issue")
        self.pages = QLineEdit(objectName="ref-pages")
        self.doi = QLineEdit(objectName="ref-doi")
        self.url = QLineEdit(objectName="ref-url")
        self.problem = QLabel(objectName="ref-problem")
        self.problem.setStyleSheet("color: #c62828")
        form = QFormLayout(self)
        for label, widget in (
            (self.tr("Citation &key"), self.key),
            (self.tr("&Title"), self.title),
            (self.tr("&Authors"), self.authors),
            (self.tr("&Journal"), self.journal),
            (self.tr("&Year"), self.year),
            (self.tr("&Volume"), self.volume),
            (self.tr("&Issue"), self.issue),
            (self.tr("&Pages"), self.pages),
            (self.tr("&DOI"), self.doi),
            (self.tr("&URL"), self.url),
        ):
            form.addRow(label, widget)
            widget.textChanged.connect(self._validate)
        form.addRow(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self._validate()

    def _validate(self) -> None:
        key = self.key.text().strip()
        problem = ""
        if not key:
            problem = self.tr("A citation key is required.")
        elif not _ID_PATTERN.match(key):
            problem = self.tr("The key may hold letters, digits and :.#$%&-+?<>~/ only.")
        elif key in self._taken:
            problem = self.tr("This article already has a reference with that key.")
        elif not self.title.text().strip():
            problem = self.tr("A title is required.")
        elif self.year.text().strip() and not self.year.text().strip().isdigit():
            problem = self.tr("The year must be a number.")
        self.problem.setText(problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def item(self) -> dict[str, Any]:
        """The CSL item for what was entered (empty fields left out)."""
        item: dict[str, Any] = {"id": self.key.text().strip(), "type": "article-journal"}
        item["title"] = self.title.text().strip()
        authors = authors_from_text(self.authors.text())
        if authors:
            item["author"] = authors
        for field, widget in (
            ("container-title", self.journal),
            ("volume", self.volume),
            ("issue", self.issue),
            ("page", self.pages),
            ("DOI", self.doi),
            ("URL", self.url),
        ):
            if widget.text().strip():
                item[field] = widget.text().strip()
        if self.year.text().strip():
            item["issued"] = {"date-parts": [[int(self.year.text().strip())]]}
        return item
