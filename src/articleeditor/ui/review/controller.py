"""Wires the review workflow into the main window: suggest mode, comments, the review panel
and its dock, the preview's review view, compare with published, and review copies."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QFileDialog, QInputDialog, QMenu

from articleeditor.core import critic
from articleeditor.core.article import Article
from articleeditor.core.errors import ArticleEditorError
from articleeditor.core.mdext.critic import VIEWS
from articleeditor.core.render import RenderOptions
from articleeditor.core.suggest import comment_edit
from articleeditor.ui import settings as keys
from articleeditor.ui.messages import describe
from articleeditor.ui.preview.preview_view import WORLD, call
from articleeditor.ui.review.compare_dialog import CompareDialog
from articleeditor.ui.review.review_copy import ReviewCopyExporter
from articleeditor.ui.review.review_panel import ReviewPanel
from articleeditor.ui.review.suggest_mode import SuggestMode
from articleeditor.ui.review.textpos import apply_edit, select_span, selection

if TYPE_CHECKING:
    from articleeditor.ui.actions import ReviewActions
    from articleeditor.ui.editor.markdown_editor import MarkdownEditor
    from articleeditor.ui.preview.preview_view import PreviewView
    from articleeditor.ui.window_services import WindowServices

# Parsing marks is fast, but not on every keystroke of a fast typist.
PANEL_DELAY_MS = 150
REVIEW_COPY_FILTER = "PDF (*.pdf);;HTML (*.html *.htm)"


class ReviewController(QObject):
    """The review workflow of the current article."""

    def __init__(
        self,
        services: WindowServices,
        actions: ReviewActions,
        editor: MarkdownEditor,
        preview: PreviewView,
        menu: QMenu,
        beside: QDockWidget,
    ) -> None:
        super().__init__(services)
        self.services = services
        self.editor = editor
        self.preview = preview
        self.actions = a = actions
        self.compare_dialog: CompareDialog | None = None
        self.last_export: str | None = None

        self.suggest = SuggestMode(editor)
        self.suggest.refused.connect(lambda message: services.show_status(message, 5000))
        a.suggest_changes.toggled.connect(self._set_suggesting)

        self.panel = ReviewPanel(a)
        self.dock = services.add_dock(
            self.tr("Review"), "review-dock", self.panel, Qt.DockWidgetArea.RightDockWidgetArea
        )
        # A tab beside References: the list needs height more than it needs its own column.
        services.tabify_docks(beside, self.dock)
        self.dock.hide()
        self.panel.mark_activated.connect(self.go_to_mark)

        self.view = str(keys.settings().value(keys.REVIEW_VIEW, "changes"))
        if self.view not in VIEWS:
            self.view = "changes"
        for name, action in self._view_actions().items():
            action.setChecked(name == self.view)
            action.triggered.connect(lambda _checked=False, n=name: self.set_view(n))

        a.add_comment.triggered.connect(self.add_comment)
        a.accept_mark.triggered.connect(lambda: self.resolve_current(accept=True))
        a.reject_mark.triggered.connect(lambda: self.resolve_current(accept=False))
        a.accept_all.triggered.connect(lambda: self.resolve_all(accept=True))
        a.reject_all.triggered.connect(lambda: self.resolve_all(accept=False))
        a.compare_published.triggered.connect(self._choose_and_compare)
        a.export_review_copy.triggered.connect(self._choose_and_export)
        a.reviewer_name.triggered.connect(lambda: self.reviewer_name(ask=True))

        self.exporter = ReviewCopyExporter(self)
        self.exporter.finished.connect(self._on_exported)
        self.exporter.failed.connect(
            lambda message: services.report_error(self.tr("Review copy not saved"), message)
        )

        self.panel_timer = QTimer(self, singleShot=True, interval=PANEL_DELAY_MS)
        self.panel_timer.timeout.connect(self.refresh_panel)
        editor.text_edited.connect(self.panel_timer.start)
        services.article_loaded.connect(self._on_article_loaded)
        services.session_changed.connect(self._on_session_changed)
        self._fill_menu(menu)

    # ----- menus and views ----------------------------------------------------------------

    def _view_actions(self) -> dict:
        a = self.actions
        return {"changes": a.view_changes, "final": a.view_final, "original": a.view_original}

    def _fill_menu(self, menu: QMenu) -> None:
        a = self.actions
        menu.addActions([a.suggest_changes, a.add_comment])
        menu.addSeparator()
        menu.addActions([a.accept_mark, a.reject_mark, a.accept_all, a.reject_all])
        menu.addSeparator()
        menu.addActions([a.view_changes, a.view_final, a.view_original])
        menu.addAction(self.dock.toggleViewAction())
        menu.addSeparator()
        menu.addActions([a.compare_published, a.reviewer_name])

    def render_options(self, options: RenderOptions) -> RenderOptions:
        """``options`` with the preview's review view."""
        return replace(options, review_view=self.view)

    def set_view(self, view: str) -> None:
        """Show the preview in ``view`` ("changes", "final" or "original")."""
        if view not in VIEWS:
            raise ValueError(view)
        self.view = view
        self._view_actions()[view].setChecked(True)
        keys.settings().setValue(keys.REVIEW_VIEW, view)
        self.services.session.request_render()

    def _set_suggesting(self, on: bool) -> None:
        self.suggest.set_enabled(on)
        self.services.session.review.suggesting = on
        if on:
            self.show_panel()
            self.services.show_status(
                self.tr("Suggest mode: your typing and deleting are recorded as suggestions."),
                5000,
            )

    def _on_session_changed(self, session) -> None:
        # Suggest mode belongs to an article: another article shows its own.
        if self.actions.suggest_changes.isChecked() != session.review.suggesting:
            self.actions.suggest_changes.setChecked(session.review.suggesting)
        self.refresh_panel()

    def _on_article_loaded(self, _path: str) -> None:
        self.refresh_panel()
        if self.panel.marks:
            self.show_panel()

    # ----- the panel ------------------------------------------------------------------------

    def show_panel(self) -> None:
        """Show the review dock and bring its tab to the front."""
        self.dock.show()
        self.dock.raise_()

    def refresh_panel(self) -> None:
        """Re-read the marks from the editor's text."""
        self.panel_timer.stop()
        # The preview's text mirror: no toPlainText() copy of a long article per typing pause.
        self.panel.show_marks(critic.parse_marks(self.editor.text()))

    def go_to_mark(self, index: int) -> None:
        """Select mark ``index`` in the editor and scroll the preview to it."""
        if not 0 <= index < len(self.panel.marks):
            return
        mark = self.panel.marks[index]
        select_span(self.editor, mark.start, mark.end)
        body_line = self.services.session.front_matter.body_line
        in_body = [m for m in self.panel.marks if m.line >= body_line]
        if self.view == "changes" and mark in in_body:
            self.preview.page().runJavaScript(call("scrollToMark", in_body.index(mark)), WORLD)

    def resolve_current(self, accept: bool) -> None:
        """Accept or reject the mark selected in the panel (one undo step)."""
        self.refresh_panel()  # the panel may lag the last keystrokes by a moment
        mark = self.panel.current_mark()
        if mark is None:
            return
        text = self.editor.text()
        try:
            new = critic.accept(text, mark) if accept else critic.reject(text, mark)
        except critic.StaleMarkError as error:
            self.services.show_status(describe(error), 5000)
            return
        self.editor.apply_text(new)
        self.refresh_panel()

    def resolve_all(self, accept: bool) -> None:
        """Accept or reject every suggestion and remove every comment (one undo step)."""
        text = self.editor.text()
        resolve = critic.accept_all if accept else critic.reject_all
        self.editor.apply_text(resolve(text))
        self.refresh_panel()

    # ----- comments -------------------------------------------------------------------------

    def reviewer_name(self, ask: bool = False) -> str:
        """The name that signs comments; asks once when none is set (or when ``ask``)."""
        name = str(keys.settings().value(keys.REVIEWER_NAME, "") or "")
        if name and not ask:
            return name
        answer, ok = QInputDialog.getText(
            self.services.dialog_parent(),
            self.tr("Reviewer Name"),
            self.tr("Your name as it appears on your comments (one word, e.g. dana):"),
            text=name,
        )
        if ok:
            name = re.sub(r"[\s:@]+", "_", answer.strip()).strip("_")
            keys.settings().setValue(keys.REVIEWER_NAME, name)
        return name

    def add_comment(self) -> None:
        """Comment on the selection (or at the cursor); the cursor lands in the comment."""
        name = self.reviewer_name()
        text, anchor, pos = selection(self.editor)
        edit = comment_edit(text, anchor, pos, name, date.today().isoformat())
        if edit is None:
            self.services.show_status(
                self.tr("A comment cannot cross a suggestion or another comment."), 5000
            )
            return
        apply_edit(self.editor, text, edit)
        self.show_panel()
        self.editor.setFocus()

    # ----- compare with published -----------------------------------------------------------

    def _choose_and_compare(self) -> None:
        session = self.services.session
        start = session.site_root or (session.path.parent if session.path else None)
        path, _ = QFileDialog.getOpenFileName(
            self.services.dialog_parent(),
            self.tr("Compare with Published File"),
            str(start or Path.home()),
            self.tr("Markdown and HTML (*.md *.markdown *.html *.htm);;All files (*)"),
        )
        if path:
            self.compare_with(Path(path))

    def compare_with(self, published_path: Path) -> CompareDialog | None:
        """Open the compare dialog for the article against ``published_path``."""
        session = self.services.session
        try:
            published = Article.load(published_path, allow_large=True).text
        except ArticleEditorError as error:
            self.services.report_error(self.tr("Cannot compare"), describe(error))
            return None
        name = str(session.path) if session.path else self.tr("Untitled")
        if self.compare_dialog is not None:
            self.compare_dialog.close()
            self.compare_dialog.deleteLater()
        self.compare_dialog = CompareDialog(
            published, session.text(), published_path, name, self.services.dialog_parent()
        )
        self.compare_dialog.show()
        return self.compare_dialog

    # ----- review copies --------------------------------------------------------------------

    def _choose_and_export(self) -> None:
        article = self.services.session.path
        start = article.with_suffix(".review.pdf") if article else Path.home() / "review.pdf"
        path, chosen = QFileDialog.getSaveFileName(
            self.services.dialog_parent(),
            self.tr("Export Review Copy"),
            str(start),
            REVIEW_COPY_FILTER,
        )
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() not in (".pdf", ".html", ".htm"):
            target = target.with_suffix(".pdf" if chosen.startswith("PDF") else ".html")
        self.export_review_copy(target)

    def export_review_copy(self, target: Path) -> None:
        """Write the article as a review copy (changes and comments visible) to ``target``."""
        session = self.services.session
        base = session.path.parent if session.path else None
        self.services.show_status(self.tr("Exporting review copy…"))
        allowed = [f for f in [base, *session.site_folders] if f is not None]
        self.exporter.export(session.text(), session.render_options, target, base, allowed)

    def _on_exported(self, path: str) -> None:
        self.last_export = path
        self.services.show_status(self.tr("Review copy saved to {0}").format(path), 5000)
