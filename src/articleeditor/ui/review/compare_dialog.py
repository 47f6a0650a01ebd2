"""Compare the article with a published file: a coloured source diff, unified or side by side."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from articleeditor.core.compare import diff_stats, side_by_side_html, unified_diff_html


class CompareDialog(QDialog):
    """Shows how ``current`` differs from ``published`` (the file at ``published_path``)."""

    def __init__(
        self,
        published: str,
        current: str,
        published_path: Path,
        current_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("compare-dialog")
        self.setWindowTitle(self.tr("Compare with Published — {0}").format(published_path.name))
        self.published = published
        self.current = current
        self.names = (str(published_path), current_name)
        stats = diff_stats(published, current)
        summary = (
            self.tr("The article is the same as {0}.").format(published_path)
            if stats.identical
            else self.tr("Compared with {0}: {1} lines added, {2} lines removed.").format(
                published_path, stats.added, stats.removed
            )
        )
        self.summary = QLabel(summary)
        self.summary.setWordWrap(True)
        self.layout_choice = QComboBox()
        self.layout_choice.setObjectName("compare-layout")
        self.layout_choice.addItem(self.tr("Unified"), "unified")
        self.layout_choice.addItem(self.tr("Side by side"), "side-by-side")
        self.layout_choice.currentIndexChanged.connect(self._show)
        self.view = QTextBrowser()
        self.view.setObjectName("compare-view")
        self.view.setOpenLinks(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(QLabel(self.tr("Layout:")))
        top.addWidget(self.layout_choice)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.resize(1000, 700)
        self._show()

    def _show(self) -> None:
        make = (
            side_by_side_html
            if self.layout_choice.currentData() == "side-by-side"
            else unified_diff_html
        )
        self.view.setHtml(make(self.published, self.current, *self.names))
