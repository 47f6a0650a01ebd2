"""The main window: editor and preview side by side, docks for the article's metadata, tags,
references and the site's files. It wires the parts together and keeps little logic of its own."""

from __future__ import annotations

import copy
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QFileSystemWatcher, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QIcon, QTextCursor
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from articleeditor import APP_NAME
from articleeditor.core.article import Article, Metadata
from articleeditor.core.article_template import derived_slug, new_article_text
from articleeditor.core.blockpatch import PatchedBody
from articleeditor.core.errors import ArticleEditorError, FileTooLarge, FrontMatterError
from articleeditor.core.frontmatter import FrontMatter, body_offset, parse
from articleeditor.core.page import page_css
from articleeditor.core.render import (
    RenderedArticle,
    RenderOptions,
    leading_part,
)
from articleeditor.core.site import SiteConfig, find_site_root, load_site
from articleeditor.core.storage import is_read_only
from articleeditor.resources import resource_path
from articleeditor.ui import settings as keys
from articleeditor.ui.about import show_about
from articleeditor.ui.accessibility import PaneCycler, name_widgets
from articleeditor.ui.actions import Actions, ReviewActions
from articleeditor.ui.banner import Banner
from articleeditor.ui.crash_report import open_log_folder
from articleeditor.ui.dock_layout import FocusMode, arrange_default_docks
from articleeditor.ui.editor.features import EditorFeatures
from articleeditor.ui.editor.markdown_editor import MarkdownEditor
from articleeditor.ui.panels.article_panel import ArticlePanel
from articleeditor.ui.panels.references_panel import ReferencesPanel
from articleeditor.ui.panels.site_articles import SiteArticlesPanel
from articleeditor.ui.panels.tags_panel import TagsPanel
from articleeditor.ui.preview.preview_view import PreviewView
from articleeditor.ui.preview.reviewer_tools import ReviewerTools
from articleeditor.ui.preview.scroll_sync import ScrollSync
from articleeditor.ui.publisher import Publisher
from articleeditor.ui.references_feature import ReferencesFeature
from articleeditor.ui.review.controller import ReviewController
from articleeditor.ui.site_articles_feature import SiteArticlesFeature
from articleeditor.ui.tags_feature import TagsFeature
from articleeditor.ui.workday import save_workday
from articleeditor.ui.worker_jobs import render_preview, warm_up_render
from articleeditor.ui.workers import WorkerProcess

MARKDOWN_FILTER = "Markdown (*.md *.markdown *.mdown *.txt);;All files (*)"
# Coalesces a burst of key events; renders never queue up (at most one in flight, and the
# newest text is taken only when the worker is free), so this can stay short.
RENDER_DELAY_MS = 15
# Articles whose body is longer than this open with a preview of their beginning (a few
# screens) while the rest renders.
QUICK_PREVIEW_CHARS = 20_000


class MainWindow(QMainWindow):
    """One article at a time, in an editor with a live preview and metadata docks."""

    preview_updated = Signal()
    article_loaded = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("main-window")
        self.setWindowIcon(QIcon(str(resource_path("icons", "articleeditor.svg"))))
        self.article = Article.new()
        self.site_root: Path | None = None
        self.site_config: SiteConfig | None = None  # the article's site, as last loaded
        self.front_matter: FrontMatter = parse("")
        self._head: str | None = None  # the front matter block's text the panels show
        self.render_options = RenderOptions()
        self.site_folders: list[Path] = []  # files the preview may load besides the article's

        self.editor = MarkdownEditor()
        self.preview = PreviewView()
        self.banner = Banner()
        editor_box = QWidget()
        box = QVBoxLayout(editor_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addWidget(self.banner)
        box.addWidget(self.editor, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("editor-preview-splitter")
        self.splitter.addWidget(editor_box)
        self.splitter.addWidget(self.preview)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.setCentralWidget(self.splitter)

        self.article_panel = ArticlePanel()
        self.tags_panel = TagsPanel()
        self.actions = Actions.create(self)
        self.references_panel = ReferencesPanel(self.actions.import_references)
        self.site_articles = SiteArticlesPanel()
        self.article_dock = self._dock(self.tr("Article"), "article-dock", self.article_panel)
        self.tags_dock = self._dock(self.tr("Tags"), "tags-dock", self.tags_panel)
        self.references_dock = self._dock(
            self.tr("References"), "references-dock", self.references_panel
        )
        self.files_dock = self._dock(
            self.tr("Site"), "files-dock", self.site_articles, Qt.DockWidgetArea.LeftDockWidgetArea
        )
        self.files_dock.hide()

        self.review_actions = ReviewActions.create(self)
        self.tags_feature = TagsFeature(self)
        self.site_feature = SiteArticlesFeature(self, self.site_articles)
        self.reviewer_tools = ReviewerTools(self)
        self.scroll_sync = ScrollSync(self.editor, self.preview, self)
        self._render_again = False
        self._build_menus()
        self._connect()

        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._on_file_changed_on_disk)
        # Processes, not threads: rendering or checking a long article would hold the GIL and
        # stall typing. Rendering has its own, so checks never delay the preview.
        self.render_worker = WorkerProcess(self, warm_up=warm_up_render)
        self.analysis_worker = WorkerProcess(self, niceness=10)  # nothing waits on it
        self.rendered_body = PatchedBody()
        self.render_runner = self.render_worker.channel(fold=self.rendered_body.apply)
        self.render_runner.done.connect(self._on_rendered)
        self.render_runner.failed.connect(self._on_render_failed)
        self.render_runner.failed.connect(self.preview.show_render_failure)
        self.references_feature = ReferencesFeature(self)
        self.render_timer = QTimer(self, singleShot=True, interval=RENDER_DELAY_MS)
        self.render_timer.timeout.connect(self._refresh)
        self.review = ReviewController(self)  # before the layout is restored: it adds a dock
        self.editor_features = EditorFeatures(self)
        arrange_default_docks(
            self,
            upper=[self.article_dock, self.tags_dock, self.tags_feature.categories_dock,
                   self.review.dock],
            lower=[self.references_dock, self.editor_features.outline_dock, self.files_dock,
                   self.tags_feature.browser_dock],
            hidden=[self.review.dock, self.files_dock],
        )
        self.focus_mode = FocusMode(self, self.editor, self.preview)
        self.actions.focus_mode.toggled.connect(self.focus_mode.set_active)
        self.pane_cycler = PaneCycler(self, self.editor, self.preview)
        name_widgets(self)

        self.resize(QSize(1400, 900))
        self._restore_layout()
        self._show_article()

    # ----- construction -------------------------------------------------------------------

    def _dock(
        self,
        title: str,
        name: str,
        widget: QWidget,
        area: Qt.DockWidgetArea = Qt.DockWidgetArea.RightDockWidgetArea,
    ) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _build_menus(self) -> None:
        a = self.actions
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addActions([a.new, a.open, a.open_site])
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.setObjectName("recent-menu")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addSeparator()
        file_menu.addActions([a.save, a.save_as])
        file_menu.addSeparator()
        file_menu.addActions([a.publish, a.unpublish])
        file_menu.addAction(self.review_actions.export_review_copy)
        file_menu.addActions([a.export_pdf, a.export_html])
        file_menu.addSeparator()
        file_menu.addActions([a.close_article, a.quit])
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addActions([a.undo, a.redo])
        edit_menu.addSeparator()
        edit_menu.addAction(a.import_references)
        edit_menu.addAction(a.manage_tags)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addAction(a.toggle_preview)
        view_menu.addAction(a.focus_mode)
        width_menu = view_menu.addMenu(self.tr("Preview &Width"))
        width_menu.addActions([a.width_desktop, a.width_tablet, a.width_phone])
        view_menu.addAction(a.load_remote_images)
        view_menu.addSeparator()
        for dock in (self.article_dock, self.tags_dock, self.references_dock, self.files_dock):
            view_menu.addAction(dock.toggleViewAction())
        self.review_menu = self.menuBar().addMenu(self.tr("&Review"))  # filled by ui.review
        for dock in self.tags_feature.docks:
            view_menu.addAction(dock.toggleViewAction())
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(a.open_log_folder)
        help_menu.addAction(a.about)
        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("main-toolbar")
        toolbar.addActions([a.new, a.open, a.save])

    def _connect(self) -> None:
        a = self.actions
        a.new.triggered.connect(self.new_article)
        a.open.triggered.connect(self._choose_and_open)
        a.open_site.triggered.connect(self._choose_and_open_site)
        a.save.triggered.connect(self.save)
        a.save_as.triggered.connect(self.save_as)
        a.close_article.triggered.connect(self.close_article)
        a.quit.triggered.connect(self.close)
        a.undo.triggered.connect(self.editor.undo)
        a.redo.triggered.connect(self.editor.redo)
        self.editor.undoAvailable.connect(a.undo.setEnabled)
        self.editor.redoAvailable.connect(a.redo.setEnabled)
        a.undo.setEnabled(False)
        a.redo.setEnabled(False)
        a.toggle_preview.toggled.connect(self.preview.setVisible)
        a.about.triggered.connect(lambda: show_about(self))
        a.open_log_folder.triggered.connect(open_log_folder)
        self.publisher = Publisher(self)
        a.publish.triggered.connect(self.publisher.start)
        a.unpublish.triggered.connect(self.publisher.start_unpublish)
        self.editor.text_edited.connect(self._schedule_refresh)
        self.editor.document().modificationChanged.connect(self.setWindowModified)
        self.article_panel.field_edited.connect(self.set_field)
        self.article_panel.message.connect(lambda text: self.statusBar().showMessage(text, 10000))
        self.tags_panel.tags_edited.connect(lambda tags: self.set_field("tags", tags or None))
        self.references_panel.references_edited.connect(
            lambda items: self.set_field("references", items or None)
        )
        self.preview.updated.connect(self.preview_updated)
        self.preview.line_activated.connect(self.editor.go_to_line)
        a.export_pdf.triggered.connect(self.reviewer_tools.export_pdf)
        a.export_html.triggered.connect(self.reviewer_tools.export_html)
        for action in (a.width_desktop, a.width_tablet, a.width_phone):
            action.triggered.connect(lambda _c=False, w=action: self.preview.set_width(w.data()))
        a.load_remote_images.toggled.connect(self._set_remote_images)

    # ----- state persistence --------------------------------------------------------------

    def _restore_layout(self) -> None:
        store = keys.settings()
        geometry = store.value(keys.GEOMETRY)
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = store.value(keys.WINDOW_STATE)
        if state is not None:
            self.restoreState(state)
        splitter = store.value(keys.SPLITTER)
        if splitter is None or not self.splitter.restoreState(splitter):
            half = self.width() // 2
            self.splitter.setSizes([half, half])

    def _save_layout(self) -> None:
        store = keys.settings()
        store.setValue(keys.GEOMETRY, self.saveGeometry())
        store.setValue(keys.WINDOW_STATE, self.saveState())
        store.setValue(keys.SPLITTER, self.splitter.saveState())

    # ----- opening --------------------------------------------------------------------------

    def open_path(self, path: str | Path) -> bool:
        """Open an article file, or a site folder (showing its files); False if refused."""
        path = Path(path).expanduser()
        try:
            is_folder = path.is_dir()
        except OSError as error:  # a name too long: Path.is_dir() raises rather than say False
            self.report_error(self.tr("Cannot open file"), f"{path}: {error.strerror or error}")
            return False
        if is_folder:
            return self.open_site(path)
        if not self.maybe_save():
            return False
        try:
            article = Article.load(path)
        except FileTooLarge as error:
            answer = QMessageBox.question(
                self,
                self.tr("Open a large file?"),
                self.tr("{0}\n\nLarge files can make editing slow. Open it anyway?").format(error),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
            try:
                article = Article.load(path, allow_large=True)
            except ArticleEditorError as again:
                self.report_error(self.tr("Cannot open file"), str(again))
                return False
        except ArticleEditorError as error:
            self.report_error(self.tr("Cannot open file"), str(error))
            return False
        self._set_article(article)
        keys.remember_file(str(path.resolve()))
        self.article_loaded.emit(str(path))
        return True

    def open_site(self, folder: Path) -> bool:
        """List ``folder``'s articles in the Site dock and open the most recent one."""
        self.site_root = folder.resolve()
        self.files_dock.show()
        self.files_dock.raise_()  # shares a tab with other panels: show the site's articles
        self.tags_feature.site_changed(self.site_root)
        recent = [
            Path(p) for p in keys.recent_files() if Path(p).is_file()
            and Path(p).resolve().is_relative_to(self.site_root)
        ]
        candidates = recent or sorted(self.site_root.rglob("*.md"))
        return self.open_path(candidates[0]) if candidates else True

    def article_renamed(self, path: Path) -> None:
        """The open article's file was renamed to ``path`` (from the Site panel): follow it."""
        # A new object, so the recovery journal notices the switch and journals the new name.
        self.article = copy.copy(self.article)
        self.article.path = path
        self._set_watch(path)
        keys.remember_file(str(path.resolve()))
        self._show_article()

    def _choose_and_open(self) -> None:
        start = str(self.article.path.parent) if self.article.path else str(self.site_root or "")
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open Article"), start, MARKDOWN_FILTER)
        if path:
            self.open_path(path)

    def _choose_and_open_site(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Open Site Folder"))
        if folder:
            self.open_site(Path(folder))

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for path in keys.recent_files():
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda _checked=False, p=path: self.open_path(p))
        self.recent_menu.setEnabled(bool(keys.recent_files()))

    def new_article(self) -> bool:
        """Start an unsaved article from the site's template (or ours), cursor in the body."""
        if not self.maybe_save():
            return False
        site = self.site_config
        self._set_article(Article(new_article_text(site)))
        self.editor.moveCursor(QTextCursor.MoveOperation.End)
        self.editor.setFocus()
        return True

    def close_article(self) -> bool:
        """Close the article (asking to save) and leave an empty one."""
        if not self.maybe_save():
            return False
        self._set_article(Article.new())
        return True

    def _set_article(self, article: Article) -> None:
        if self.watcher.files():
            self.watcher.removePaths(self.watcher.files())
        self.article = article
        self.banner.clear()
        self.editor.load_text(article.text)
        if article.path is not None:
            self.watcher.addPath(str(article.path))
        self.actions.load_remote_images.setChecked(False)  # a per-article choice
        self._load_site_options()
        self._show_article()

    def _load_site_options(self) -> None:
        """Render as the article's site asks (extensions, citation style, bibliography)."""
        root = self.site_root
        if self.article.path is not None and (
            root is None or not self.article.path.resolve().is_relative_to(root)
        ):
            root = find_site_root(self.article.path.resolve())
        try:
            self.site_config = load_site(root) if root else None
            self.render_options = RenderOptions.for_site(self.site_config)
            self.site_folders = [root.resolve()] if root else []
        except ArticleEditorError as error:
            self.site_config = None
            self.render_options = RenderOptions()
            self.banner.show_message(
                "warning", self.tr("Site settings ignored: {0}").format(error)
            )
        self.tags_feature.site_changed(root)

    def _show_article(self) -> None:
        name = self.article.path.name if self.article.path else self.tr("Untitled")
        self.setWindowTitle(f"{name}[*] — {APP_NAME}")
        self.setWindowModified(self.editor.document().isModified())
        folder = self.article.path.parent if self.article.path else None
        self.preview.set_base_folder(
            folder,
            css=page_css(self.render_options),
            remote_images=self.render_options.remote_images,
            allowed_folders=self.site_folders,
        )
        self._refresh(new_article=True)

    def _set_remote_images(self, allowed: bool) -> None:
        if allowed == self.render_options.remote_images:
            return
        self.render_options = replace(self.render_options, remote_images=allowed)
        self._show_article()

    # ----- saving ---------------------------------------------------------------------------

    def save(self) -> bool:
        """Save to the article's file; asks for a name if it has none. False if not saved."""
        if self.article.path is None:
            return self.save_as()
        return self._write(self.article.path)

    def save_as(self) -> bool:
        """Save under a name the writer picks."""
        start = str(self.article.path or self.site_root or Path.home())
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save Article As"), start,
                                              MARKDOWN_FILTER)
        return bool(path) and self._write(Path(path))

    def _write(self, path: Path) -> bool:
        self.article.text = self.editor.text()
        same_file = self.article.path is not None and path == self.article.path
        check_unchanged = False
        if same_file and self.article.changed_on_disk():
            answer = QMessageBox.warning(
                self,
                self.tr("File changed on disk"),
                self.tr(
                    "{0} was changed by another program since you opened it.\n\n"
                    "Overwrite it with your version?"
                ).format(path),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Save:
                return False
        elif same_file:
            check_unchanged = True  # and again just before the file is replaced
        if is_read_only(path) and not self._overwrite_read_only(path):
            return False
        try:
            self.article.save(path, check_unchanged=check_unchanged)
        except ArticleEditorError as error:
            self.report_error(self.tr("Not saved"), str(error))
            return False
        self.editor.document().setModified(False)
        keys.remember_file(str(path.resolve()))
        self.tags_feature.file_saved(path)
        if not same_file:
            self._set_watch(path)
            self._show_article()
        self.banner.clear("warning")
        self.statusBar().showMessage(self.tr("Saved {0}").format(path.name), 3000)
        return True

    def _overwrite_read_only(self, path: Path) -> bool:
        """Ask before replacing a file marked read-only; True to replace it."""
        answer = QMessageBox.question(
            self,
            self.tr("File is read-only"),
            self.tr("{0} is marked read-only.\n\nReplace it with your version anyway?").format(
                path
            ),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Save

    def _set_watch(self, path: Path) -> None:
        if self.watcher.files():
            self.watcher.removePaths(self.watcher.files())
        self.watcher.addPath(str(path))

    def maybe_save(self) -> bool:
        """Ask about unsaved changes; True when it is fine to discard the current text."""
        if not self.editor.document().isModified():
            return True
        name = self.article.path.name if self.article.path else self.tr("Untitled")
        answer = QMessageBox.warning(
            self,
            self.tr("Unsaved changes"),
            self.tr("Save the changes to {0}?").format(name),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.maybe_save():
            event.ignore()
            return
        self.editor_features.recovery.window_closing()
        self.editor_features.wait()
        self._save_layout()
        save_workday(self)
        self.render_timer.stop()
        self.publisher.wait()
        self.tags_feature.shutdown()
        self.site_feature.shutdown()
        self.stop_workers()
        event.accept()

    def stop_workers(self) -> None:
        """Let the render and analysis processes finish their jobs, then stop them."""
        self.render_runner.wait()
        self.editor_features.wait()
        self.references_feature.shutdown()
        self.render_worker.close()
        self.analysis_worker.close()

    # ----- changes made outside the app -----------------------------------------------------

    def _on_file_changed_on_disk(self, path_text: str) -> None:
        path = Path(path_text)
        if path.exists() and str(path) not in self.watcher.files():
            self.watcher.addPath(str(path))  # an atomic replace drops the watch
        if self.article.path != path or not self.article.changed_on_disk():
            return
        if not path.exists():
            self.banner.show_message(
                "warning",
                self.tr("{0} was deleted or moved on disk. Save to write it again.").format(
                    path.name
                ),
            )
            return
        if not self.editor.document().isModified():
            self._reload_from_disk()
            self.banner.show_message(
                "info", self.tr("{0} changed on disk and was reloaded.").format(path.name)
            )
            return
        self.banner.show_message(
            "warning",
            self.tr("{0} changed on disk. You have unsaved edits.").format(path.name),
            [
                (self.tr("Reload and discard my edits"), self._reload_from_disk),
                (self.tr("Keep my version"), lambda: self.banner.clear("warning")),
            ],
        )

    def _reload_from_disk(self) -> None:
        try:
            article = Article.load(self.article.path, allow_large=True)
        except ArticleEditorError as error:
            self.report_error(self.tr("Cannot reload file"), str(error))
            return
        cursor_position = self.editor.textCursor().position()
        self.article = article
        self.editor.load_text(article.text)
        cursor = self.editor.textCursor()
        cursor.setPosition(min(cursor_position, len(article.text)))
        self.editor.setTextCursor(cursor)
        self.banner.clear()
        self._refresh(new_article=True)

    # ----- front matter fields --------------------------------------------------------------

    def set_field(self, name: str, value: Any) -> None:
        """Write one front matter field into the text as a single undoable edit."""
        self.article.text = self.editor.text()
        try:
            self.article.set_field(name, value)
        except FrontMatterError as error:
            self.report_error(self.tr("Cannot change {0}").format(name), str(error))
            return
        self.editor.apply_text(self.article.text)
        # Panels must show the new state at once: the next edit builds on it.
        self._update_panels()

    # ----- live refresh ---------------------------------------------------------------------

    def _schedule_refresh(self) -> None:
        self.render_timer.start()

    def _update_panels(self) -> str:
        """Parse the front matter and show it in the panels; returns the text parsed."""
        text = self.editor.text()
        shown = self.front_matter
        end = shown.span[1]
        if shown.error is None and end and body_offset(text) == end and text[:end] == self._head:
            # Typing in the body: the front matter (and so the panels) did not change.
            self.front_matter = replace(shown, body=text[end:])
            return text
        self.front_matter = parse(text)
        self._head = text[: self.front_matter.span[1]]
        self._show_front_matter(self.front_matter)
        return text

    def _refresh(self, new_article: bool = False) -> None:
        if self.render_runner.busy and not new_article:
            self._render_again = True  # taken when the running render is done
            return
        self._render_again = False
        if new_article:
            self._head = None  # show the panels afresh, whatever the text
        text = self._update_panels()
        options = self.review.render_options(self.render_options)
        self.references_feature.refresh(text, self.front_matter, options)
        head = leading_part(text, QUICK_PREVIEW_CHARS) if new_article else None
        if head is not None:
            # A long article: show its beginning first; the whole follows at once.
            text, self._render_again = head, True
        whole = self.rendered_body.blocks is None
        self.render_runner.submit_on_text(render_preview, text, options, whole, new_article)

    def _show_front_matter(self, front: FrontMatter) -> None:
        meta = Metadata.from_front_matter(front.data)
        editable = front.error is None
        if front.error is not None:
            error = front.error
            self.banner.show_message(
                "error",
                self.tr("Front matter error on line {0}, column {1}: {2}").format(
                    error.line, error.column, error.message
                ),
                [(self.tr("Go to line {0}").format(error.line),
                  lambda: self.editor.go_to_line(error.line, error.column))],
            )
        else:
            self.banner.clear("error")
        self.article_panel.show_metadata(meta, front.data, editable)
        self.article_panel.show_derived_slug(derived_slug(meta.title, meta.slug,
                                                          self.site_config))
        self.tags_panel.show_tags(meta.tags, editable)
        self.tags_feature.show_front_matter(meta, front.data, editable)
        self.references_feature.show_references(meta.references, editable)

    def _on_rendered(self, rendered: RenderedArticle) -> None:
        self.preview.show_article(rendered)
        self._render_again |= not rendered.complete  # the References follow the body
        if self._render_again:
            # Next turn of the event loop: keystrokes and painting go first.
            QTimer.singleShot(0, self, self._refresh)

    def show_worker_error(self, error: object) -> None:
        """A background job failed: say so in the status bar (the text is unaffected)."""
        self.statusBar().showMessage(self.tr("Background task failed: {0}").format(error), 5000)

    def _on_render_failed(self, error: object) -> None:
        self.show_worker_error(error)
        if self._render_again:
            QTimer.singleShot(0, self, self._refresh)

    # ----- reporting ------------------------------------------------------------------------

    def report_error(self, title: str, message: str) -> None:
        """Tell the writer what went wrong (a dialog; tests read the last message)."""
        self.last_error = message
        QMessageBox.warning(self, title, message)
