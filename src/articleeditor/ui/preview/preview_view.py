"""The preview: one page loaded once; each update replaces only the top-level blocks that
changed, so there is no flicker and the scroll position stays.

Page JavaScript is off. Our own functions (resources/preview/preview.js) are injected once
into the isolated application world and called with JSON arguments; links open
in the system browser; every request goes through :class:`RequestGuard` (offline, and files
only from the article's and the site's folders).
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QPointF, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QPalette, QResizeEvent
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineScript, QWebEngineSettings
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QLabel, QWidget

from articleeditor.core.blockpatch import diff_blocks
from articleeditor.core.citeproc import STYLES, UnknownStyle
from articleeditor.core.markdown_guard import NESTING_FALLBACK_CLASS
from articleeditor.core.page import page_html
from articleeditor.core.render import RenderedArticle, StyleOrigin, StyleProblem, split_blocks
from articleeditor.resources import resource_path
from articleeditor.ui.messages import describe
from articleeditor.ui.preview.request_guard import RequestGuard
from articleeditor.ui.workers import JobTimedOut

WORLD = QWebEngineScript.ScriptWorldId.ApplicationWorld
WIDTHS = ("desktop", "tablet", "phone")

SCRIPT_NAME = "articleeditor-preview"


def call(function: str, *args: object) -> str:
    """A call of one of preview.js's functions with JSON arguments."""
    return f"__articleEditor.{function}({', '.join(json.dumps(arg) for arg in args)})"


def _preview_script() -> QWebEngineScript:
    script = QWebEngineScript()
    script.setName(SCRIPT_NAME)
    script.setSourceCode(resource_path("preview", "preview.js").read_text(encoding="utf-8"))
    script.setWorldId(WORLD)
    script.setInjectionPoint(QWebEngineScript.InjectionPoint.DocumentCreation)
    script.setRunsOnSubFrames(False)
    return script


def _folder_url(folder: Path | None) -> QUrl:
    """The URL relative links of an article in ``folder`` resolve against."""
    return QUrl.fromLocalFile(str(folder) + "/") if folder else QUrl("file:///")


class _PreviewPage(QWebEnginePage):
    """Links open in the system browser; the preview itself never navigates away."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.opened_links: list[str] = []
        # What the page's <base> says when it was moved to another article's folder without
        # a reload; links such as "#fn1" then resolve against it, not the page's own URL.
        self.article_base: QUrl | None = None

    def acceptNavigationRequest(self, url: QUrl, nav_type, is_main_frame: bool) -> bool:
        if nav_type == QWebEnginePage.NavigationType.NavigationTypeLinkClicked:
            here = self.url().toString().split("#", 1)[0]
            target = url.toString().split("#", 1)[0]
            if url.hasFragment() and target == here:
                return True  # a footnote or heading on this page
            base = self.article_base
            if url.hasFragment() and base is not None and target == base.toString():
                # The same place, but loading it would replace the page: scroll instead.
                self.runJavaScript(call("scrollToAnchor", url.fragment()), WORLD)
                return False
            if url.scheme() in {"http", "https", "mailto"}:
                self.opened_links.append(url.toString())
                QDesktopServices.openUrl(url)
            return False
        # Only the shell we load ourselves (setHtml makes a data: URL) may be shown.
        return nav_type == QWebEnginePage.NavigationType.NavigationTypeTyped or url.scheme() in {
            "data",
            "about",
        }


class PreviewView(QWebEngineView):
    """Shows a :class:`RenderedArticle`; emits ``updated`` once the DOM holds it."""

    updated = Signal()
    line_activated = Signal(int)  # a block was double-clicked: its source line
    user_scrolled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preview")
        page = _PreviewPage(self)
        self.setPage(page)
        self.guard = RequestGuard(self)
        page.setUrlRequestInterceptor(self.guard)
        page.scripts().insert(_preview_script())  # once; Chromium runs it on every load
        settings = page.settings()
        # Page scripts never run; our updates run in the isolated application world.
        attribute = QWebEngineSettings.WebAttribute
        settings.setAttribute(attribute.JavascriptEnabled, False)
        settings.setAttribute(attribute.LocalContentCanAccessRemoteUrls, False)
        settings.setAttribute(attribute.LocalContentCanAccessFileUrls, True)
        self._loaded = False
        self._base: Path | None = None
        self._css: str | None = None
        self._remote_images = False
        self._pending: RenderedArticle | None = None
        self._shown_blocks: list[str] | None = None
        self._shown_header: str | None = None
        self.rendered: RenderedArticle | None = None
        self.width_name = "desktop"
        self._filtered: set[int] = set()
        # Why the preview does not show the text as it is (a strip over the page's top).
        self.note = QLabel(self)
        self.note.setObjectName("preview-note")
        self.note.setWordWrap(True)
        # A reason may quote markup ("no <citation> element"): never read as rich text.
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setStyleSheet(
            "#preview-note { background: #fff4e5; color: #7a4a00;"
            " border-bottom: 1px solid #f3d19e; padding: 6px 10px; }"
        )
        self.note.hide()
        self.note_kind = ""
        self._top_inset = 0  # pixels the page leaves free above the article for the note
        self.loadFinished.connect(self._on_load_finished)
        page.scrollPositionChanged.connect(self._on_scroll_position)

    # ----- the note over the page -----------------------------------------------------------

    def show_render_failure(self, error: object) -> None:
        """A render was given up: the page keeps the last one, and the note says why."""
        if isinstance(error, JobTimedOut):
            self._show_note(
                "behind",
                self.tr(
                    "The preview is behind: rendering this text took longer than {0} s and "
                    "was stopped. It will be rendered again after your next edit."
                ).format(f"{error.seconds:g}"),
            )

    def _style_note(self, problem: StyleProblem) -> str:
        """Which citation style could not be used, why, and which one the preview used."""
        if isinstance(problem.error, UnknownStyle):
            reason = self.tr("it is not one of the styles offered: {0}").format(", ".join(STYLES))
        else:
            reason = describe(problem.error)
        if problem.origin is StyleOrigin.ARTICLE:
            text = self.tr(
                "The front matter names the citation style “{0}”, which cannot be used ({1}). "
                "The preview formats the citations in the “{2}” style instead; the article "
                "cannot be published or exported until the style is fixed."
            )
        else:
            text = self.tr(
                "The site's articleeditor.toml names the citation style “{0}”, which cannot be "
                "used ({1}). The preview formats the citations in the “{2}” style instead; the "
                "site's articles cannot be rendered, published or exported until the style is "
                "fixed."
            )
        return text.format(problem.asked, reason, problem.used)

    def _show_note(self, kind: str, text: str) -> None:
        self.note_kind = kind
        self.note.setText(text)
        self._place_note()
        self.note.show()
        self.note.raise_()  # over the page's own widget, which Qt may create later

    def _hide_note(self) -> None:
        self.note_kind = ""
        self.note.hide()
        self._set_top_inset()

    def _place_note(self) -> None:
        self.note.setFixedWidth(self.width())
        self.note.adjustSize()
        self.note.move(0, 0)
        self._set_top_inset()

    def _set_top_inset(self) -> None:
        """Move the page down by the note's height while it shows, so that it never hides the
        article's first lines (the title, a heading the writer scrolled to)."""
        inset = self.note.height() if self.note_kind else 0
        if self._loaded and inset != self._top_inset:
            self._top_inset = inset
            self.page().runJavaScript(call("setTopInset", inset), WORLD)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_note()

    # ----- page shell -----------------------------------------------------------------------

    def set_base_folder(
        self,
        folder: Path | None,
        css: str | None = None,
        remote_images: bool = False,
        allowed_folders: list[Path] | None = None,
    ) -> None:
        """Relative image paths resolve against ``folder``. Another folder moves the page's
        <base> and empties it; the shell is loaded again only for another stylesheet or
        remote-image setting (its content security policy). Either way the previous
        article's page is never shown again as this one's.

        ``css`` is the stylesheet (default: the built-in one); files may load only from
        ``folder`` and ``allowed_folders``; ``remote_images`` lets images come from http(s).
        """
        roots = [f for f in [folder, *(allowed_folders or [])] if f is not None]
        self.guard.set_allowed_folders(roots)
        self.guard.set_remote_images(remote_images)
        # A page with a file: base is "local content"; Chromium keeps it off the network
        # unless this is on. The guard still lets only images through.
        self.page().settings().setAttribute(
            QWebEngineSettings.WebAttribute.LocalContentCanAccessRemoteUrls, remote_images
        )
        same = (folder, css, remote_images) == (self._base, self._css, self._remote_images)
        if self._loaded and same:
            return
        base = _folder_url(folder)
        if not same:
            # What is shown, pending or kept belongs to the previous article: it must never
            # come back as this one's (a new render follows).
            self._forget_article()
        self._shown_blocks = None
        if self._loaded and (css, remote_images) == (self._css, self._remote_images):
            # Only the folder changes: point the page's <base> at it rather than load the
            # shell again (100-450 ms, and the old article's page meanwhile).
            self._base = folder
            self.page().article_base = base
            self.page().runJavaScript(call("moveTo", base.toString()), WORLD)
            return
        if self._loaded:
            self.page().runJavaScript(call("moveTo", None), WORLD)  # empty until reloaded
        self._base, self._css, self._remote_images = folder, css, remote_images
        self._loaded = False
        self.page().article_base = None
        self.setHtml(page_html(None, css, remote_images=remote_images), base)

    def clear_article(self) -> None:
        """Another article (maybe in the same folder) is being opened: empty the page now,
        so that the previous one is never seen as it while its first render is made."""
        self._forget_article()
        if self._loaded:
            self._shown_blocks = None
            self.page().runJavaScript(call("moveTo", None), WORLD)

    def _forget_article(self) -> None:
        self._pending = None
        self.rendered = None
        self._shown_header = None

    def show_article(self, rendered: RenderedArticle) -> None:
        """Show ``rendered``, replacing only the blocks that differ from what is shown."""
        self.rendered = rendered
        notes: list[tuple[str, str]] = []  # (kind, text): the first one's kind is the note's
        if rendered.style_problem is not None:
            notes.append(("style", self._style_note(rendered.style_problem)))
        if f'class="{NESTING_FALLBACK_CLASS}"' in rendered.body_html:
            notes.append(
                (
                    "unformatted",
                    self.tr(
                        "Part of this text nests lists or quotes too deeply to be formatted; "
                        "the preview shows that part as written."
                    ),
                )
            )
        if notes:
            self._show_note(notes[0][0], "\n".join(text for _kind, text in notes))
        else:
            self._hide_note()
        if not self._loaded:
            self._pending = rendered
            if self._base is None and not self.url().isValid():
                self.set_base_folder(None)
            return
        blocks = list(rendered.blocks) if rendered.blocks else split_blocks(rendered.body_html)
        header = None if rendered.header_html == self._shown_header else rendered.header_html
        old = self._shown_blocks
        if old is None:
            start, count, fresh, reset = 0, 0, blocks, True
        else:
            start, end_old, end_new = diff_blocks(old, blocks)
            count, fresh, reset = end_old - start, blocks[start:end_new], False
        self._shown_blocks = blocks
        self._shown_header = rendered.header_html
        self.last_patch = (start, count, len(fresh))
        script = call("update", header, start, count, fresh, reset)
        self.page().runJavaScript(script, WORLD, self._on_applied)

    def _on_applied(self, _result: object) -> None:
        self.updated.emit()

    def _on_load_finished(self, ok: bool) -> None:
        self._loaded = ok
        if not ok:
            return
        self._shown_blocks = None
        self._shown_header = None
        self._install_click_filter()
        self.set_width(self.width_name)
        self._apply_theme()
        self._top_inset = 0  # a new page: its own style starts without one
        self._set_top_inset()
        pending, self._pending = self._pending, None
        if pending is None:
            pending = self.rendered
        if pending is not None:
            self.show_article(pending)

    # ----- reviewers' tools -----------------------------------------------------------------

    def set_width(self, name: str) -> None:
        """Show the article as on a desktop, tablet or phone screen."""
        if name not in WIDTHS:
            raise ValueError(f"unknown preview width {name!r}")
        self.width_name = name
        if self._loaded:
            self.page().runJavaScript(call("setWidth", name), WORLD)

    def theme(self) -> str:
        """ "dark" when the window's palette is dark, else "light"."""
        return (
            "dark"
            if self.palette().color(QPalette.ColorRole.Window).lightness() < 128
            else ("light")
        )

    def _apply_theme(self) -> None:
        if self._loaded:
            self.page().runJavaScript(call("setTheme", self.theme()), WORLD)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_theme()
        super().changeEvent(event)

    # ----- scroll sync ----------------------------------------------------------------------

    def scroll_to_line(self, line: float) -> None:
        """Scroll so that source ``line`` (fractional) is at the top of the view."""
        if self._loaded:
            self.page().runJavaScript(call("scrollToLine", float(line)), WORLD)

    def line_at_top(self, callback) -> None:
        """Call ``callback(line)`` with the source line shown at the top of the view."""
        self.page().runJavaScript(
            call("lineAtTop"), WORLD, lambda value: callback(float(value or 1))
        )

    def _on_scroll_position(self, _position: QPointF) -> None:
        self.user_scrolled.emit()

    def _install_click_filter(self) -> None:
        proxy = self.focusProxy()
        if proxy is not None and id(proxy) not in self._filtered:
            self._filtered.add(id(proxy))
            proxy.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonDblClick:
            self.activate_point(event.position())
        return super().eventFilter(watched, event)

    def activate_point(self, point: QPointF) -> None:
        """Emit ``line_activated`` with the source line of the block at ``point``."""
        zoom = self.zoomFactor() or 1.0
        script = call("lineAtPoint", point.x() / zoom, point.y() / zoom)

        def done(value: object) -> None:
            if isinstance(value, int | float) and value > 0:
                self.line_activated.emit(int(value))

        self.page().runJavaScript(script, WORLD, done)
