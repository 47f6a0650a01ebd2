"""What reviewers do with the preview: export it (PDF, standalone HTML), look at it at
tablet and phone widths, and choose per article whether remote images may load."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF, QObject, Signal
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtWidgets import QFileDialog

from articleeditor.core.errors import ArticleEditorError
from articleeditor.core.page import standalone_html
from articleeditor.core.storage import atomic_write
from articleeditor.ui.messages import describe

if TYPE_CHECKING:
    from articleeditor.ui.preview.preview_view import PreviewView
    from articleeditor.ui.window_services import WindowServices


class ReviewerTools(QObject):
    """Slots for the preview's export, width and remote-image actions of the current
    article."""

    exported = Signal(str)  # the path written

    def __init__(self, services: WindowServices, preview: PreviewView) -> None:
        super().__init__(services)
        self.services = services
        self.preview = preview
        self.window = services.dialog_parent()  # parent of the file dialogs

    def _target(self, title: str, suffix: str, name_filter: str) -> Path | None:
        article = self.services.session.path
        start = article.with_suffix(suffix) if article else Path.home() / f"article{suffix}"
        path, _ = QFileDialog.getSaveFileName(self.window, title, str(start), name_filter)
        return Path(path) if path else None

    def export_pdf(self) -> None:
        """Ask for a file name and print the preview, as shown, to PDF."""
        path = self._target(self.tr("Export Preview as PDF"), ".pdf", "PDF (*.pdf)")
        if path is not None:
            self.write_pdf(path)

    def _refused_style(self) -> bool:
        """True (and the writer told why) when the preview stands in for a citation style it
        cannot use: like ``render`` and Publish, an export never goes out in another style."""
        rendered = self.preview.rendered
        problem = rendered.style_problem if rendered is not None else None
        if problem is None:
            return False
        self.services.report_error(self.tr("Not exported"), describe(problem.error))
        return True

    def write_pdf(self, path: Path) -> None:
        """Print the preview page to ``path`` (A4, 15 mm margins); ``exported`` when written."""
        if self._refused_style():
            return
        layout = QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 15),
            QPageLayout.Unit.Millimeter,
        )

        def written(data) -> None:
            if not data or data.size() == 0:
                self.services.report_error(
                    self.tr("Export failed"), self.tr("The page could not be printed.")
                )
                return
            self._write(path, bytes(data))

        self.preview.page().printToPdf(written, layout)

    def export_html(self) -> None:
        """Ask for a file name and write the article as one self-contained HTML file."""
        path = self._target(self.tr("Export as Standalone HTML"), ".html", "HTML (*.html *.htm)")
        if path is not None:
            self.write_html(path)

    def write_html(self, path: Path) -> None:
        """Write the last rendered article with its stylesheet and local images embedded."""
        rendered = self.preview.rendered
        if rendered is None or self._refused_style():
            return
        session = self.services.session
        folder = session.path.parent if session.path else None
        # The folders the preview may load from: nothing else goes into the file.
        allowed = tuple(f for f in [folder, *session.site_folders] if f is not None)
        try:
            page = standalone_html(rendered, folder, session.render_options, allowed)
        except ArticleEditorError as error:
            self.services.report_error(self.tr("Not exported"), describe(error))
            return
        self._write(path, page.encode("utf-8"))

    def _write(self, path: Path, data: bytes) -> None:
        try:
            atomic_write(path, data)
        except ArticleEditorError as error:
            self.services.report_error(self.tr("Export failed"), describe(error))
            return
        self.services.show_status(self.tr("Exported {0}").format(path.name), 3000)
        self.exported.emit(str(path))
