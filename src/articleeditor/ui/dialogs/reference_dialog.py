"""A dialog to enter one journal reference by hand, producing a CSL item."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from articleeditor.core.references import date_parts

_ID_PATTERN = re.compile(r"^[\w][\w:.#$%&\-+?<>~/]*$")
# CSL item types writers of science news cite most; others are kept when editing.
CSL_TYPES = (
    "article-journal",
    "book",
    "chapter",
    "report",
    "paper-conference",
    "thesis",
    "webpage",
    "dataset",
    "article",
)
# Form fields that map one-to-one to CSL variables.
_SIMPLE_FIELDS = ("container-title", "volume", "issue", "page", "DOI", "PMID", "URL")


def authors_to_text(names: list[dict[str, str]] | None) -> str:
    """Inverse of :func:`authors_from_text`."""
    parts = []
    for name in names or []:
        if "literal" in name:
            parts.append(name["literal"])
        else:
            given = name.get("given", "")
            parts.append(f"{name.get('family', '')}, {given}" if given else name.get("family", ""))
    return "; ".join(parts)


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
    """Add or edit one reference; OK only when the key is new and valid and a title is given."""

    def __init__(
        self,
        taken_ids: set[str],
        item: dict[str, Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit Reference") if item else self.tr("Add Reference"))
        self._taken = taken_ids
        self._original = dict(item or {})
        self.kind = QComboBox(objectName="ref-type")
        self.kind.addItems(CSL_TYPES)
        self.kind.setEditable(True)
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
        self.pmid = QLineEdit(objectName="ref-pmid")
        self.url = QLineEdit(objectName="ref-url")
        self.problem = QLabel(objectName="ref-problem")
        self.problem.setStyleSheet("color: #c62828")
        form = QFormLayout(self)
        for label, widget in (
            (self.tr("Citation &key"), self.key),
            (self.tr("T&ype"), self.kind),
            (self.tr("&Title"), self.title),
            (self.tr("&Authors"), self.authors),
            (self.tr("&Journal"), self.journal),
            (self.tr("Y&ear"), self.year),
            (self.tr("&Volume"), self.volume),
            (self.tr("&Issue"), self.issue),
            (self.tr("&Pages"), self.pages),
            (self.tr("&DOI"), self.doi),
            (self.tr("P&MID"), self.pmid),
            (self.tr("&URL"), self.url),
        ):
            form.addRow(label, widget)
            if isinstance(widget, QLineEdit):
                widget.textChanged.connect(self._validate)
        form.addRow(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self._fill(self._original)
        self._validate()

    def _widgets(self) -> dict[str, QLineEdit]:
        return {
            "container-title": self.journal,
            "volume": self.volume,
            "issue": self.issue,
            "page": self.pages,
            "DOI": self.doi,
            "PMID": self.pmid,
            "URL": self.url,
        }

    def _fill(self, item: dict[str, Any]) -> None:
        if not item:
            return
        self.key.setText(str(item.get("id", "")))
        self.kind.setCurrentText(str(item.get("type", "article-journal")))
        self.title.setText(str(item.get("title", "")))
        self.authors.setText(authors_to_text(item.get("author")))
        parts = date_parts(item.get("issued"))
        self.year.setText(str(parts[0]) if parts else "")
        for name, widget in self._widgets().items():
            widget.setText(str(item.get(name, "")))

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
        """The CSL item for what was entered; fields the form does not show are kept."""
        item = dict(self._original)
        item["id"] = self.key.text().strip()
        item["type"] = self.kind.currentText().strip() or "article-journal"
        item["title"] = self.title.text().strip()
        item.pop("author", None)
        authors = authors_from_text(self.authors.text())
        if authors:
            item["author"] = authors
        for name, widget in self._widgets().items():
            item.pop(name, None)
            if widget.text().strip():
                item[name] = widget.text().strip()
        year = self.year.text().strip()
        old_parts = date_parts(self._original.get("issued"))
        if year and not (old_parts and str(old_parts[0]) == year):
            item["issued"] = [[int(year)]]  # date-parts written on their own, as imports do
        elif not year:
            item.pop("issued", None)
        # Key order as a writer expects it in the front matter: id and type first.
        return {"id": item.pop("id"), "type": item.pop("type"), **item}
