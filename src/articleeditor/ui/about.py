"""The About dialog: version from the one place it is defined, and the bundled licences."""

from __future__ import annotations

import platform
from dataclasses import dataclass
from pathlib import Path

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QFontDatabase, QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from articleeditor import APP_NAME, __version__
from articleeditor.resources import resource_path, resources_dir


@dataclass(frozen=True)
class LicenceNotice:
    """One bundled component's licence: the title shown in the list and the file's text."""

    title: str
    path: Path

    def text(self) -> str:
        return self.path.read_text(encoding="utf-8")


def _title(path: Path) -> str:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                return line.strip()
    return path.stem


def licence_notices() -> list[LicenceNotice]:
    """Every notice in resources/licenses/ (ours and Qt's first), then the LICENSE files that other
    resource folders carry for the data they ship (e.g. the CSL styles)."""
    folder = resource_path("licenses")
    first = [folder / "ArticleEditor.txt", folder / "Qt-PySide6.txt"]
    bundled = sorted(
        (p for p in folder.glob("*.txt") if p not in first), key=lambda p: _title(p).casefold()
    )
    data = sorted(
        p for p in resources_dir().glob("*/LICENSE*") if p.is_file() and p.parent != folder
    )
    return [LicenceNotice(_title(p), p) for p in [*first, *bundled, *data] if p.is_file()]


class AboutDialog(QDialog):
    """Name, version, runtime versions, and a list of licences with the selected one's text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about")
        self.setWindowTitle(self.tr("About {0}").format(APP_NAME))
        self.resize(900, 600)

        icon = QLabel()
        icon.setPixmap(QIcon(str(resource_path("icons", "articleeditor.svg"))).pixmap(64, 64))
        heading = QLabel(
            f"<h2>{APP_NAME} {__version__}</h2>"
            + self.tr("Write, preview and publish science-news articles to static sites.")
            + "<br>"
            + self.tr("Python {0} · Qt {1} · PySide6 {2}").format(
                platform.python_version(), qVersion(), PySide6.__version__
            )
        )
        heading.setObjectName("about-heading")
        heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        header = QHBoxLayout()
        header.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(heading, 1)

        intro = QLabel(
            self.tr(
                "{0} includes the components below. Qt and PySide6 are used under the "
                "GNU LGPL v3 as separate, replaceable libraries."
            ).format(APP_NAME)
        )
        intro.setWordWrap(True)
        self.components = QListWidget()
        self.components.setObjectName("licence-list")
        self.licence_text = QPlainTextEdit()
        self.licence_text.setObjectName("licence-text")
        self.licence_text.setReadOnly(True)
        # Licence texts come wrapped at 70-80 columns; rewrapping them ruins their layout.
        self.licence_text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.licence_text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        for notice in licence_notices():
            item = QListWidgetItem(notice.title)
            item.setData(Qt.ItemDataRole.UserRole, notice)
            self.components.addItem(item)
        self.components.currentItemChanged.connect(self._show_notice)
        splitter = QSplitter()
        splitter.addWidget(self.components)
        splitter.addWidget(self.licence_text)
        splitter.setSizes([300, 600])

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        if self.components.count():
            self.components.setCurrentRow(0)

    def _show_notice(self, item: QListWidgetItem | None) -> None:
        notice = item.data(Qt.ItemDataRole.UserRole) if item else None
        self.licence_text.setPlainText(notice.text() if notice else "")


def show_about(parent: QWidget) -> None:
    """Show the About dialog, modal over ``parent``."""
    dialog = AboutDialog(parent)
    dialog.exec()
    dialog.deleteLater()
