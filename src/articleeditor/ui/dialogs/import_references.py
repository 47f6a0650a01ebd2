"""Import references by pasting them or choosing a file (BibTeX, RIS, CSL-JSON/YAML, PubMed)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from articleeditor.core.errors import ArticleEditorError
from articleeditor.core.refimport import detect_format, read_reference_file
from articleeditor.ui.messages import describe

REFERENCE_FILTER = "References (*.bib *.bibtex *.ris *.nbib *.json *.yaml *.yml);;All files (*)"


class ImportReferencesDialog(QDialog):
    """Paste reference text or load a file; ``text`` and ``path`` hold the choice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import References"))
        self.resize(640, 420)
        self.path: Path | None = None
        intro = QLabel(
            self.tr(
                "Paste BibTeX, RIS, PubMed (.nbib) or CSL-JSON/YAML, or load an exported file. "
                "Works already in the article (same DOI or PMID) are not added twice."
            )
        )
        intro.setWordWrap(True)
        self.editor = QPlainTextEdit(objectName="import-text")
        self.editor.textChanged.connect(self._update_format)
        self.format_label = QLabel(objectName="import-format")
        file_button = QPushButton(self.tr("Load &File…"))
        file_button.clicked.connect(self._choose_file)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        self.buttons.addButton(file_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.format_label)
        layout.addWidget(self.buttons)
        self._update_format()

    @property
    def text(self) -> str:
        """The reference text to import."""
        return self.editor.toPlainText()

    def load_file(self, path: Path) -> None:
        """Show ``path``'s text (a message in the label when it cannot be read)."""
        try:
            text = read_reference_file(path)
        except ArticleEditorError as error:
            self.format_label.setText(describe(error))
            return
        self.path = path
        self.editor.setPlainText(text)

    def _choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import References"), "", REFERENCE_FILTER
        )
        if name:
            self.load_file(Path(name))

    def _update_format(self) -> None:
        has_text = bool(self.text.strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(has_text)
        if has_text:
            fmt = detect_format(self.text, self.path)
            self.format_label.setText(self.tr("Format: {0}").format(fmt))
        else:
            self.format_label.setText("")
