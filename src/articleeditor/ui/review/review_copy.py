"""Review copies: the preview with changes and comments visible, saved as HTML or PDF."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineSettings

from articleeditor.core.page import page_html
from articleeditor.core.render import RenderOptions, render_article
from articleeditor.core.storage import atomic_write
from articleeditor.ui.preview.request_guard import RequestGuard
from articleeditor.ui.workers import LatestOnlyRunner


def review_copy_html(text: str, options: RenderOptions) -> str:
    """The standalone page of ``text`` in the "changes" view."""
    return page_html(render_article(text, replace(options, review_view="changes")))


class ReviewCopyExporter(QObject):
    """Renders and writes review copies off the GUI thread; a PDF is printed by a hidden page.

    ``finished(path)`` when the file is written, ``failed(message)`` when it is not.
    """

    finished = Signal(str)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = LatestOnlyRunner(self)
        self.runner.done.connect(self._on_done)
        self.runner.failed.connect(lambda error: self.failed.emit(str(error)))
        self._page: QWebEnginePage | None = None
        self._target: Path | None = None
        self._base: Path | None = None
        self._allowed: list[Path] = []
        self.guard: RequestGuard | None = None  # of the last printed copy

    @property
    def busy(self) -> bool:
        """True while an export renders, prints or writes."""
        return self.runner.busy or self._page is not None

    def export(
        self,
        text: str,
        options: RenderOptions,
        target: Path,
        base: Path | None,
        allowed: list[Path] | None = None,
    ) -> None:
        """Write the review copy of ``text`` to ``target`` (.pdf prints, anything else is HTML);
        relative images resolve against ``base``. A printed copy loads files only from
        ``allowed`` (default: ``base``), as the preview does, so nothing else ends up in it."""
        self._target, self._base = target, base
        self._allowed = allowed if allowed is not None else [f for f in [base] if f]
        if target.suffix.lower() == ".pdf":
            self.runner.submit(lambda: ("pdf", review_copy_html(text, options)))
        else:

            def write_html() -> tuple[str, str]:
                atomic_write(target, review_copy_html(text, options).encode("utf-8"))
                return "written", str(target)

            self.runner.submit(write_html)

    def _on_done(self, result: tuple[str, str]) -> None:
        kind, value = result
        if kind == "written":
            self.finished.emit(value)
        elif kind == "pdf":
            self._print(value)

    def _print(self, page: str) -> None:
        self._page = QWebEnginePage(self)
        # The preview's guard: no network, and files only from the article's folders.
        self.guard = RequestGuard(self._page)
        self.guard.set_allowed_folders(self._allowed)
        self._page.setUrlRequestInterceptor(self.guard)
        settings = self._page.settings()
        settings.setAttribute(QWebEngineSettings.WebAttribute.JavascriptEnabled, False)
        self._page.loadFinished.connect(self._on_loaded)
        base = QUrl.fromLocalFile(str(self._base) + "/") if self._base else QUrl("file:///")
        self._page.setHtml(page, base)

    def _on_loaded(self, ok: bool) -> None:
        if self._page is None:
            return
        if not ok:
            self._drop_page()
            self.failed.emit(self.tr("The review copy could not be laid out for printing."))
            return
        self._page.printToPdf(self._on_printed)

    def _on_printed(self, data) -> None:
        self._drop_page()
        pdf = bytes(data)
        target = self._target
        if not pdf or target is None:
            self.failed.emit(self.tr("Printing the review copy to PDF failed."))
            return

        def write_pdf() -> tuple[str, str]:
            atomic_write(target, pdf)
            return "written", str(target)

        self.runner.submit(write_pdf)

    def _drop_page(self) -> None:
        if self._page is not None:
            self._page.deleteLater()
            self._page = None
