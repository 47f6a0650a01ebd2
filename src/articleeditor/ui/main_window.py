"""The main window: editor and preview side by side, docks for the article's metadata, tags,
references and the site's files. Each open article is an :class:`ArticleSession`; the editor
and the preview show the current one. The window wires the parts together and hands features
a :class:`WindowServices`, never itself."""

from __future__ import annotations

from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QFileSystemWatcher, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QIcon, QTextCursor
from PySide6.QtWidgets import (
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
from articleeditor.core.frontmatter import FrontMatter
from articleeditor.core.page import page_css
from articleeditor.core.render import (
    RenderedArticle,
    RenderOptions,
    leading_part,
)
from articleeditor.core.storage import is_read_only
from articleeditor.resources import resource_path
from articleeditor.ui import settings as keys
from articleeditor.ui.about import show_about
from articleeditor.ui.accessibility import PaneCycler, name_widgets
from articleeditor.ui.actions import Actions, ReviewActions
from articleeditor.ui.article_tabs import ArticleTabs, tab_title
from articleeditor.ui.crash_report import open_log_folder
from articleeditor.ui.dock_layout import FocusMode, arrange_default_docks
from articleeditor.ui.editor.features import EditorFeatures
from articleeditor.ui.editor.markdown_editor import MarkdownEditor
from articleeditor.ui.language import LanguageMenu
from articleeditor.ui.messages import describe
from articleeditor.ui.panels.article_panel import ArticlePanel
from articleeditor.ui.panels.references_panel import ReferencesPanel
from articleeditor.ui.panels.site_articles import SiteArticlesPanel
from articleeditor.ui.panels.tags_panel import TagsPanel
from articleeditor.ui.preview.preview_view import PreviewView
from articleeditor.ui.preview.reviewer_tools import ReviewerTools
from articleeditor.ui.preview.scroll_sync import (
    ScrollSync,
    editor_top_line,
    scroll_editor_to_line,
)
from articleeditor.ui.publisher import Publisher
from articleeditor.ui.references_feature import ReferencesFeature
from articleeditor.ui.review.controller import ReviewController
from articleeditor.ui.session import ArticleSession
from articleeditor.ui.site_articles_feature import SiteArticlesFeature
from articleeditor.ui.tags_feature import TagsFeature
from articleeditor.ui.window_services import WindowServices
from articleeditor.ui.workday import save_workday
from articleeditor.ui.worker_jobs import render_preview, warm_up_render
from articleeditor.ui.workers import ProcessChannel, WorkerProcess

MARKDOWN_FILTER = "Markdown (*.md *.markdown *.mdown *.txt);;All files (*)"
# Articles whose body is longer than this open with a preview of their beginning (a few
# screens) while the rest renders.
QUICK_PREVIEW_CHARS = 20_000


class MainWindow(QMainWindow):
    """Open articles in an editor with a live preview and metadata docks."""

    preview_updated = Signal()
    article_loaded = Signal(str)
    render_failed = Signal(object)  # the shown article's render failed (the error)

    def __init__(self) -> None:
        super().__init__()
        # Processes, not threads: rendering or checking a long article would hold the GIL and
        # stall typing. Rendering has its own, so checks never delay the preview. Every open
        # article renders through the same process. Started before anything else: spawning
        # it and its imports (0.5-2 s on a busy machine) then overlap the building of the
        # widgets, rather than delay the first preview of an article opened at once.
        self.render_worker = WorkerProcess(self, warm_up=warm_up_render)
        self.setObjectName("main-window")
        self.setWindowIcon(QIcon(str(resource_path("icons", "articleeditor.svg"))))
        self.site_root: Path | None = None  # the site folder the Site dock shows
        self._sessions: list[ArticleSession] = []
        self._current: ArticleSession | None = None
        self.services = WindowServices(self, self)
        self.services.article_loaded.connect(self.article_loaded)

        self.editor = MarkdownEditor()
        self.preview = PreviewView()
        editor_box = QWidget()
        self._editor_column = QVBoxLayout(editor_box)
        self._editor_column.setContentsMargins(0, 0, 0, 0)
        self._editor_column.setSpacing(0)
        self._editor_column.addWidget(self.editor, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("editor-preview-splitter")
        self.splitter.addWidget(editor_box)
        self.splitter.addWidget(self.preview)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.tabs = ArticleTabs()
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.tabs)
        column.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

        self.article_panel = ArticlePanel()
        self.tags_panel = TagsPanel()
        self.actions = Actions.create(self)
        self.references_panel = ReferencesPanel(self.actions.import_references)
        self.site_articles = SiteArticlesPanel()
        add_dock = self.services.add_dock
        self.article_dock = add_dock(self.tr("Article"), "article-dock", self.article_panel)
        self.tags_dock = add_dock(self.tr("Tags"), "tags-dock", self.tags_panel)
        self.references_dock = add_dock(
            self.tr("References"), "references-dock", self.references_panel
        )
        self.files_dock = add_dock(
            self.tr("Site"), "files-dock", self.site_articles, Qt.DockWidgetArea.LeftDockWidgetArea
        )
        self.files_dock.hide()

        self.analysis_worker = WorkerProcess(self, niceness=10)  # nothing waits on it
        # The blocks the render process sent last, whichever article they were for: its
        # patches are relative to them.
        self.rendered_body = PatchedBody()

        self.review_actions = ReviewActions.create(self)
        self.tags_feature = TagsFeature(
            self.services, self.tags_panel, self.tags_dock, self.actions.manage_tags
        )
        self.site_feature = SiteArticlesFeature(
            self.services, self.site_articles, self.tags_feature
        )
        self.reviewer_tools = ReviewerTools(self.services, self.preview)
        self.scroll_sync = ScrollSync(self.editor, self.preview, self)
        self._build_menus()
        self._connect()

        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._on_file_changed_on_disk)
        self.references_feature = ReferencesFeature(
            self.services,
            self.editor,
            self.references_panel,
            self.analysis_worker,
            self.actions.import_references,
        )
        # Before the layout is restored: it adds a dock.
        self.review = ReviewController(
            self.services,
            self.review_actions,
            self.editor,
            self.preview,
            self.review_menu,
            self.references_dock,
        )
        self.editor_features = EditorFeatures(
            self.services,
            self.editor,
            self.preview,
            self.analysis_worker,
            self.edit_menu,
            self.view_menu,
        )
        arrange_default_docks(
            self,
            upper=[
                self.article_dock,
                self.tags_dock,
                self.tags_feature.categories_dock,
                self.review.dock,
            ],
            lower=[
                self.references_dock,
                self.editor_features.outline_dock,
                self.files_dock,
                self.tags_feature.browser_dock,
            ],
            hidden=[self.review.dock, self.files_dock],
        )
        self.focus_mode = FocusMode(self, self.editor, self.preview)
        self.actions.focus_mode.toggled.connect(self.focus_mode.set_active)
        self.pane_cycler = PaneCycler(self, self.editor, self.preview)

        self.resize(QSize(1400, 900))
        self._restore_layout()
        self._open_session(Article.new())
        name_widgets(self)

    # ----- construction -------------------------------------------------------------------

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
        edit_menu = self.edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addActions([a.undo, a.redo])
        edit_menu.addSeparator()
        edit_menu.addAction(a.import_references)
        edit_menu.addAction(a.manage_tags)
        view_menu = self.view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addAction(a.toggle_preview)
        view_menu.addAction(a.focus_mode)
        width_menu = view_menu.addMenu(self.tr("Preview &Width"))
        width_menu.addActions([a.width_desktop, a.width_tablet, a.width_phone])
        view_menu.addAction(a.load_remote_images)
        view_menu.addMenu(LanguageMenu(self))
        view_menu.addSeparator()
        view_menu.addActions([a.next_article, a.previous_article])
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
        a.next_article.triggered.connect(lambda: self._step(1))
        a.previous_article.triggered.connect(lambda: self._step(-1))
        self.tabs.currentChanged.connect(self._on_tab_chosen)
        self.tabs.tabMoved.connect(self._on_tab_moved)
        self.tabs.close_requested.connect(lambda index: self.close_session(self._sessions[index]))
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
        self.publisher = Publisher(self.services)
        a.publish.triggered.connect(self.publisher.start)
        a.unpublish.triggered.connect(self.publisher.start_unpublish)
        self.editor.text_edited.connect(self._on_text_edited)
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

    # ----- the open articles ----------------------------------------------------------------

    @property
    def session(self) -> ArticleSession:
        """The article shown now."""
        assert self._current is not None
        return self._current

    def current_session(self) -> ArticleSession:
        """The article shown now (for :class:`WindowServices`)."""
        return self.session

    def sessions(self) -> list[ArticleSession]:
        """Every open article, in the order shown."""
        return list(self._sessions)

    # The current article's state, as features and tests read it.
    @property
    def article(self) -> Article:
        return self.session.article

    @property
    def banner(self):
        return self.session.banner

    @property
    def front_matter(self) -> FrontMatter:
        return self.session.front_matter

    @property
    def site_config(self):
        return self.session.site_config

    @property
    def render_options(self) -> RenderOptions:
        return self.session.render_options

    @property
    def site_folders(self) -> list[Path]:
        return self.session.site_folders

    @property
    def render_timer(self) -> QTimer:
        return self.session.render_timer

    @property
    def render_runner(self) -> ProcessChannel:
        return self.session.render_runner

    def _new_session(self, article: Article) -> ArticleSession:
        shown = self.editor.new_document(self)
        session = ArticleSession(article, shown, self)
        # Owned by the session, so closing the tab frees the text and its undo history.
        shown.document.setParent(session)
        shown.mirror.setParent(session)
        session.render_runner = self.render_worker.channel(fold=self.rendered_body.apply)
        session.render_runner.done.connect(partial(self._on_rendered, session))
        session.render_runner.failed.connect(partial(self._on_render_failed, session))
        session.render_requested.connect(partial(self._refresh, session))
        session.modified_changed.connect(partial(self._on_modified_changed, session))
        session.path_changed.connect(partial(self._set_tab_title, session))
        session.banner_holder.hide()
        self._editor_column.insertWidget(0, session.banner_holder)
        return session

    def _open_session(self, article: Article) -> ArticleSession:
        """Show ``article`` in a new session, its text loaded and its site's settings read."""
        session = self._new_session(article)
        self._sessions.append(session)
        self.tabs.blockSignals(True)
        self.tabs.addTab("")
        self.tabs.blockSignals(False)
        self._set_tab_title(session)
        self.activate(session, show=False)
        self._load_site_options(session)  # the render's options; needs no text in the editor
        # The text is known from the file: the render process works on it while this thread
        # fills the editor, which takes as long as the render itself on a long article.
        self._submit_render(session, article.text, new_article=True)
        self.preview.clear_article()
        self.editor.load_text(article.text)
        if article.path is not None:
            self._watch(article.path)
        self.services.session_opened.emit(session)
        self._show_article(session, render=False)
        return session

    def activate(self, session: ArticleSession, show: bool = True) -> None:
        """Show ``session``'s article: its text, cursor, scroll, panels and preview."""
        previous = self._current
        if previous is session:
            return
        if previous is not None:
            self._remember_view(previous)
            previous.banner_holder.hide()
        self._current = session
        self.tabs.blockSignals(True)
        self.tabs.setCurrentIndex(self._sessions.index(session))
        self.tabs.blockSignals(False)
        self.editor.show_document(session.editor_document)
        self._restore_view(session)
        session.banner_holder.show()
        document = session.document
        self.actions.undo.setEnabled(document.isUndoAvailable())
        self.actions.redo.setEnabled(document.isRedoAvailable())
        remote = self.actions.load_remote_images
        remote.blockSignals(True)
        remote.setChecked(session.render_options.remote_images)
        remote.blockSignals(False)
        if show:
            self._show_session(session)
        self.services.session_changed.emit(session)

    def _remember_view(self, session: ArticleSession) -> None:
        cursor = self.editor.textCursor()
        session.view.cursor, session.view.anchor = cursor.position(), cursor.anchor()
        session.view.editor_scroll = self.editor.verticalScrollBar().value()
        session.view.top_line = editor_top_line(self.editor)

    def _restore_view(self, session: ArticleSession) -> None:
        length = session.document.characterCount() - 1
        cursor = QTextCursor(session.document)
        cursor.setPosition(min(session.view.anchor, length))
        cursor.setPosition(min(session.view.cursor, length), QTextCursor.MoveMode.KeepAnchor)
        self.editor.setTextCursor(cursor)
        if session.view.top_line is not None:
            # By source line, not scroll bar value: the window's width may have changed how
            # many lines the paragraphs wrap into since.
            scroll_editor_to_line(self.editor, session.view.top_line)
        else:
            self.editor.verticalScrollBar().setValue(session.view.editor_scroll)

    def _show_session(self, session: ArticleSession) -> None:
        """Another open article is shown: its title, panels and last preview, at once."""
        self._set_title(session)
        self.tags_feature.site_changed(session.site_root)
        self._set_preview_folder(session)
        session.head = None  # show the panels afresh
        self._update_panels(session)
        options = self.review.render_options(session.render_options)
        self.references_feature.refresh(session.text(), session.front_matter, options)
        if session.last_render is not None:
            self.preview.show_article(session.last_render)
        else:
            self._refresh(session, new_article=True)
        if session.changed_on_disk:
            self._on_file_changed_on_disk(str(session.path))

    def _on_text_edited(self) -> None:
        session = self.session
        session.text_edited.emit()
        session.request_render()

    def _on_modified_changed(self, session: ArticleSession, modified: bool) -> None:
        self._set_tab_title(session)
        if session is self._current:
            self.setWindowModified(modified)

    def _set_tab_title(self, session: ArticleSession, *_args: object) -> None:
        if session not in self._sessions:
            return
        index = self._sessions.index(session)
        name = session.display_name(self.tr("Untitled"))
        self.tabs.setTabText(index, tab_title(name, session.is_modified()))
        self.tabs.setTabToolTip(index, str(session.path) if session.path else name)

    def _on_tab_chosen(self, index: int) -> None:
        if 0 <= index < len(self._sessions):
            self.activate(self._sessions[index])

    def _on_tab_moved(self, origin: int, target: int) -> None:
        self._sessions.insert(target, self._sessions.pop(origin))

    def _step(self, offset: int) -> None:
        """Show the article ``offset`` tabs away (wrapping around)."""
        index = self._sessions.index(self.session)
        self.activate(self._sessions[(index + offset) % len(self._sessions)])

    def _close_session(self, session: ArticleSession) -> None:
        """Forget ``session`` (the caller asked to save); another is shown, or a new one."""
        index = self._sessions.index(session)
        session.render_timer.stop()
        self._sessions.remove(session)
        self.tabs.blockSignals(True)
        self.tabs.removeTab(index)
        self.tabs.blockSignals(False)
        if session is self._current:
            if not self._sessions:
                self._open_session(Article.new())
            else:
                self.activate(self._sessions[min(index, len(self._sessions) - 1)])
        self.services.session_closed.emit(session)
        if session.path is not None and not any(s.holds(session.path) for s in self._sessions):
            self.watcher.removePath(str(session.path))
        # Not waited for: closing the empty article an opened one replaces would otherwise
        # hold the GUI thread until the render process, maybe still starting, answers it.
        session.render_runner.discard()
        self._editor_column.removeWidget(session.banner_holder)
        session.banner_holder.deleteLater()
        session.deleteLater()

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
        already = self.services.session_for(path)
        if already is not None:
            self.activate(already)
            if not already.is_modified() and already.article.changed_on_disk():
                self.reload_from_disk(already)  # opening it again reads what is on disk now
            self.services.article_loaded.emit(str(path))
            return True
        article = self._load(path)
        if article is None:
            return False
        self._open_in_tab(article)
        keys.remember_file(str(path.resolve()))
        self.services.article_loaded.emit(str(path))
        return True

    def _load(self, path: Path) -> Article | None:
        try:
            return Article.load(path)
        except FileTooLarge as error:
            answer = QMessageBox.question(
                self,
                self.tr("Open a large file?"),
                self.tr("{0}\n\nLarge files can make editing slow. Open it anyway?").format(
                    describe(error)
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return None
            try:
                return Article.load(path, allow_large=True)
            except ArticleEditorError as again:
                self.report_error(self.tr("Cannot open file"), describe(again))
                return None
        except ArticleEditorError as error:
            self.report_error(self.tr("Cannot open file"), describe(error))
            return None

    def _open_in_tab(self, article: Article) -> ArticleSession:
        """Show ``article`` in a new tab; an empty untitled one nobody typed in makes way."""
        previous = self._current
        session = self._open_session(article)
        if previous is not None and previous.is_untouched():
            self._close_session(previous)
        return session

    def open_site(self, folder: Path, open_article: bool = True) -> bool:
        """List ``folder``'s articles in the Site dock and (unless not ``open_article``) open
        the most recent one."""
        self.site_root = folder.resolve()
        self.files_dock.show()
        self.files_dock.raise_()  # shares a tab with other panels: show the site's articles
        self.tags_feature.site_changed(self.site_root)
        if not open_article:
            return True
        recent = [
            Path(p)
            for p in keys.recent_files()
            if Path(p).is_file() and Path(p).resolve().is_relative_to(self.site_root)
        ]
        candidates = recent or sorted(self.site_root.rglob("*.md"))
        return self.open_path(candidates[0]) if candidates else True

    def follow_rename(self, session: ArticleSession, path: Path) -> None:
        """``session``'s file was renamed to ``path`` (from the Site panel): follow it."""
        old = session.path
        session.set_path(path)
        if old is not None:
            self.watcher.removePath(str(old))
        self._watch(path)
        keys.remember_file(str(path.resolve()))
        if session is self._current:
            self._show_article(session)

    def _choose_and_open(self) -> None:
        path = self.session.path
        start = str(path.parent) if path else str(self.site_root or "")
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
        """Start an unsaved article (in a new tab) from the site's template (or ours), cursor
        in the body."""
        site = self.session.site_config
        self._open_in_tab(Article(new_article_text(site)))
        self.editor.moveCursor(QTextCursor.MoveOperation.End)
        self.editor.setFocus()
        return True

    def close_article(self) -> bool:
        """Close the current article's tab (asking to save); the last one leaves an empty
        article."""
        return self.close_session(self.session)

    def close_session(self, session: ArticleSession) -> bool:
        """Close ``session``'s tab (asking to save); False if the writer cancelled."""
        if not self.maybe_save(session):
            return False
        self._close_session(session)
        return True

    def _load_site_options(self, session: ArticleSession) -> None:
        """Render as the article's site asks (extensions, citation style, bibliography)."""
        error = session.load_site_options(self.site_root)
        if error is not None:
            session.banner.show_message(
                "warning", self.tr("Site settings ignored: {0}").format(describe(error))
            )
        if session is self._current:
            self.tags_feature.site_changed(session.site_root)

    def _set_title(self, session: ArticleSession) -> None:
        name = session.display_name(self.tr("Untitled"))
        self.setWindowTitle(self.tr("{0}[*] — {1}").format(name, APP_NAME))
        self.setWindowModified(session.is_modified())

    def _set_preview_folder(self, session: ArticleSession) -> None:
        folder = session.path.parent if session.path else None
        self.preview.set_base_folder(
            folder,
            css=page_css(session.render_options),
            remote_images=session.render_options.remote_images,
            allowed_folders=session.site_folders,
        )

    def _show_article(self, session: ArticleSession | None = None, render: bool = True) -> None:
        """Show ``session``'s title, panels and preview folder, and render it afresh (unless
        not ``render``: its first render is under way)."""
        session = session or self.session
        self._set_title(session)
        self._set_preview_folder(session)
        self._refresh(session, new_article=True, submit=render)

    def _set_remote_images(self, allowed: bool) -> None:
        session = self.session
        if allowed == session.render_options.remote_images:
            return
        session.render_options = replace(session.render_options, remote_images=allowed)
        self._show_article(session)

    # ----- saving ---------------------------------------------------------------------------

    def save(self) -> bool:
        """Save the current article; asks for a name if it has none. False if not saved."""
        return self.save_session(self.session)

    def save_session(self, session: ArticleSession) -> bool:
        """Save ``session``'s article (shown first, so that dialogs are about what is seen)."""
        if session is not self._current:
            self.activate(session)
        if session.path is None:
            return self.save_as()
        return self._write(session.path)

    def save_as(self) -> bool:
        """Save under a name the writer picks."""
        start = str(self.session.path or self.site_root or Path.home())
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save Article As"), start, MARKDOWN_FILTER
        )
        return bool(path) and self._write(Path(path))

    def _write(self, path: Path) -> bool:
        session = self.session
        article = session.article
        article.text = session.text()
        old_path = article.path
        same_file = old_path is not None and path == old_path
        check_unchanged = False
        if same_file and article.changed_on_disk():
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
            article.save(path, check_unchanged=check_unchanged)
        except ArticleEditorError as error:
            self.report_error(self.tr("Not saved"), describe(error))
            return False
        session.document.setModified(False)
        session.changed_on_disk = False
        keys.remember_file(str(path.resolve()))
        self.tags_feature.file_saved(path)
        if not same_file:
            if old_path is not None:
                self.watcher.removePath(str(old_path))
            self._watch(path)
            session.path_changed.emit(path)
            self._show_article(session)
        session.banner.clear("warning")
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

    def _watch(self, path: Path) -> None:
        if str(path) not in self.watcher.files():
            self.watcher.addPath(str(path))

    def maybe_save(self, session: ArticleSession | None = None) -> bool:
        """Ask about unsaved changes; True when it is fine to discard the article's text."""
        session = session or self.session
        if not session.is_modified():
            return True
        if session is not self._current:
            self.activate(session)
        name = session.display_name(self.tr("Untitled"))
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
            return self.save_session(session)
        return answer == QMessageBox.StandardButton.Discard

    def closeEvent(self, event: QCloseEvent) -> None:
        if not all(self.maybe_save(s) for s in self.sessions()):
            event.ignore()
            return
        self.editor_features.recovery.window_closing()
        self.editor_features.wait()
        self._save_layout()
        save_workday(self)
        for session in self._sessions:
            session.render_timer.stop()
        self.publisher.wait()
        self.tags_feature.shutdown()
        self.site_feature.shutdown()
        self.stop_workers()
        event.accept()

    def stop_workers(self) -> None:
        """Let the render and analysis processes finish their jobs, then stop them."""
        for session in self._sessions:
            session.render_runner.wait()
        self.editor_features.wait()
        self.references_feature.shutdown()
        self.render_worker.close()
        self.analysis_worker.close()

    # ----- changes made outside the app -----------------------------------------------------

    def _on_file_changed_on_disk(self, path_text: str) -> None:
        path = Path(path_text)
        if path.exists() and str(path) not in self.watcher.files():
            self.watcher.addPath(str(path))  # an atomic replace drops the watch
        for session in self.sessions():
            if session.path != path or session.saving_elsewhere:
                continue  # a publish saving it looks when it is done (notice_changes_on_disk)
            if session.article.changed_on_disk():
                self._session_changed_on_disk(session, path)

    def notice_changes_on_disk(self, session: ArticleSession) -> None:
        """Tell the writer if another program changed ``session``'s file."""
        path = session.path
        if session in self._sessions and path is not None and session.article.changed_on_disk():
            self._session_changed_on_disk(session, path)

    def _session_changed_on_disk(self, session: ArticleSession, path: Path) -> None:
        if session is not self._current:
            session.changed_on_disk = True  # dealt with when the writer shows it
            return
        session.changed_on_disk = False
        banner = session.banner
        if not path.exists():
            banner.show_message(
                "warning",
                self.tr("{0} was deleted or moved on disk. Save to write it again.").format(
                    path.name
                ),
            )
            return
        if not session.is_modified():
            self.reload_from_disk(session)
            banner.show_message(
                "info", self.tr("{0} changed on disk and was reloaded.").format(path.name)
            )
            return
        banner.show_message(
            "warning",
            self.tr("{0} changed on disk. You have unsaved edits.").format(path.name),
            [
                (self.tr("Reload and discard my edits"), lambda: self.reload_from_disk(session)),
                (self.tr("Keep my version"), lambda: banner.clear("warning")),
            ],
        )

    def reload_from_disk(self, session: ArticleSession | None = None) -> None:
        """Read the article's file again, keeping the cursor where it was."""
        session = session or self.session
        if session is not self._current:
            self.activate(session)
        assert session.path is not None
        try:
            article = Article.load(session.path, allow_large=True)
        except ArticleEditorError as error:
            self.report_error(self.tr("Cannot reload file"), describe(error))
            return
        cursor_position = self.editor.textCursor().position()
        session.replace_article(article)
        self.editor.load_text(article.text)
        cursor = self.editor.textCursor()
        cursor.setPosition(min(cursor_position, session.document.characterCount() - 1))
        self.editor.setTextCursor(cursor)
        session.banner.clear()
        session.loaded.emit()
        self._refresh(session, new_article=True)

    # ----- front matter fields --------------------------------------------------------------

    def set_field(self, name: str, value: Any) -> None:
        """Write one front matter field of the current article as a single undoable edit."""
        session = self.session
        article = session.article
        article.text = session.text()
        try:
            article.set_field(name, value)
        except FrontMatterError as error:
            self.report_error(self.tr("Cannot change {0}").format(name), describe(error))
            return
        self.editor.apply_text(article.text)
        # Panels must show the new state at once: the next edit builds on it.
        self._update_panels(session)

    # ----- live refresh ---------------------------------------------------------------------

    def _update_panels(self, session: ArticleSession) -> str:
        """Parse the front matter and show it in the panels; returns the text parsed."""
        if session.parse_front_matter() and session is self._current:
            self._show_front_matter(session)
        return session.text()

    def _refresh(
        self,
        session: ArticleSession | None = None,
        new_article: bool = False,
        submit: bool = True,
    ) -> None:
        """Show the front matter in the panels and render the text (not if not ``submit``)."""
        session = session or self.session
        if session not in self._sessions:
            return  # closed meanwhile
        runner = session.render_runner
        if submit and runner.busy and not new_article:
            session.render_again = True  # taken when the running render is done
            return
        if new_article:
            session.head = None  # show the panels afresh, whatever the text
        text = self._update_panels(session)
        if session is self._current:
            options = self.review.render_options(session.render_options)
            self.references_feature.refresh(text, session.front_matter, options)
        if submit:
            self._submit_render(session, text, new_article)

    def _submit_render(self, session: ArticleSession, text: str, new_article: bool) -> None:
        """Send ``text`` to the render process (a new article's beginning first if long)."""
        session.render_again = False
        options = self.review.render_options(session.render_options)
        head = leading_part(text, QUICK_PREVIEW_CHARS) if new_article else None
        if head is not None:
            # A long article: show its beginning first; the whole follows at once.
            text, session.render_again = head, True
        whole = self.rendered_body.blocks is None
        session.render_runner.submit_on_text(render_preview, text, options, whole, new_article)

    def _show_front_matter(self, session: ArticleSession) -> None:
        front = session.front_matter
        meta = Metadata.from_front_matter(front.data)
        editable = front.error is None
        if front.error is not None:
            error = front.error
            session.banner.show_message(
                "error",
                self.tr("Front matter error on line {0}, column {1}: {2}").format(
                    error.line, error.column, error.message
                ),
                [
                    (
                        self.tr("Go to line {0}").format(error.line),
                        lambda: self.editor.go_to_line(error.line, error.column),
                    )
                ],
            )
        else:
            session.banner.clear("error")
        self.article_panel.show_metadata(meta, front.data, editable)
        self.article_panel.show_derived_slug(
            derived_slug(meta.title, meta.slug, session.site_config)
        )
        self.tags_panel.show_tags(meta.tags, editable)
        self.tags_feature.show_front_matter(meta, front.data, editable)
        self.references_feature.show_references(meta.references, editable)

    def _on_rendered(self, session: ArticleSession, rendered: RenderedArticle) -> None:
        session.last_render = rendered
        if session is self._current:
            self.preview.show_article(rendered)
        session.rendered.emit(rendered)
        session.render_again |= not rendered.complete  # the References follow the body
        if session.render_again:
            # Next turn of the event loop: keystrokes and painting go first.
            QTimer.singleShot(0, self, partial(self._refresh, session))

    def show_worker_error(self, error: object) -> None:
        """A background job failed: say so in the status bar (the text is unaffected)."""
        self.services.show_worker_error(error)

    def _on_render_failed(self, session: ArticleSession, error: object) -> None:
        if session is self._current:
            self.show_worker_error(error)
            self.preview.show_render_failure(error)
            self.render_failed.emit(error)
        if session.render_again:
            QTimer.singleShot(0, self, partial(self._refresh, session))

    # ----- reporting ------------------------------------------------------------------------

    def report_error(self, title: str, message: str) -> None:
        """Tell the writer what went wrong (a dialog; tests read the last message)."""
        self.last_error = message
        QMessageBox.warning(self, title, message)
