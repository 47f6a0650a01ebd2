"""The preview: one page loaded once; each update swaps only the header and body nodes,
so there is no flicker and the scroll position stays."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineScript, QWebEngineSettings
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QWidget

from articleeditor.core.page import page_html
from articleeditor.core.render import RenderedArticle

_UPDATE_JS = """
(function (header, body) {
  document.getElementById('article-header').innerHTML = header;
  document.getElementById('article-body').innerHTML = body;
  return true;
})(%s, %s)
"""


class _PreviewPage(QWebEnginePage):
    """Links open in the system browser; the preview itself never navigates away."""

    def acceptNavigationRequest(self, url: QUrl, nav_type, is_main_frame: bool) -> bool:
        if nav_type == QWebEnginePage.NavigationType.NavigationTypeLinkClicked:
            if url.scheme() in {"http", "https", "mailto"}:
                QDesktopServices.openUrl(url)
            return False
        return True


class PreviewView(QWebEngineView):
    """Shows a :class:`RenderedArticle`; emits ``updated`` once the DOM holds it."""

    updated = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preview")
        page = _PreviewPage(self)
        self.setPage(page)
        settings = page.settings()
        # Page scripts never run; our updates run in the isolated application world.
        attribute = QWebEngineSettings.WebAttribute
        settings.setAttribute(attribute.JavascriptEnabled, False)
        settings.setAttribute(attribute.LocalContentCanAccessRemoteUrls, False)
        self._loaded = False
        self._base: Path | None = None
        self._pending: RenderedArticle | None = None
        self.loadFinished.connect(self._on_load_finished)

    def set_base_folder(self, folder: Path | None) -> None:
        """Relative image paths resolve against ``folder``; reloads the page shell once."""
        if self._loaded and folder == self._base:
            return
        self._base = folder
        self._loaded = False
        self._pending = None  # it belonged to the previous article; a new render follows
        base = QUrl.fromLocalFile(str(folder) + "/") if folder else QUrl("file:///")
        self.setHtml(page_html(None), base)

    def show_article(self, rendered: RenderedArticle) -> None:
        """Swap the page's header and body for ``rendered``."""
        if not self._loaded:
            self._pending = rendered
            if self._base is None and not self.url().isValid():
                self.set_base_folder(None)
            return
        script = _UPDATE_JS % (json.dumps(rendered.header_html), json.dumps(rendered.body_html))
        self.page().runJavaScript(
            script, QWebEngineScript.ScriptWorldId.ApplicationWorld, self._on_applied
        )

    def _on_applied(self, _result: object) -> None:
        self.updated.emit()

    def _on_load_finished(self, ok: bool) -> None:
        self._loaded = ok
        if ok and self._pending is not None:
            pending, self._pending = self._pending, None
            self.show_article(pending)
