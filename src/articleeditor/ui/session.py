"""One open article: its file, its text (a document with its own undo history), its front
matter, the site it belongs to and how that site renders, its preview and review state, and
where the writer left the cursor. The window holds several and shows one; features follow the
current one through :class:`articleeditor.ui.window_services.WindowServices`."""

from __future__ import annotations

import copy
import logging
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from articleeditor.core.article import Article
from articleeditor.core.errors import ArticleEditorError
from articleeditor.core.frontmatter import FrontMatter, body_offset, parse
from articleeditor.core.render import RenderedArticle, RenderOptions
from articleeditor.core.site import SiteConfig, find_site_root, load_site
from articleeditor.ui.banner import Banner
from articleeditor.ui.editor.markdown_editor import EditorDocument

log = logging.getLogger(__name__)

# Coalesces a burst of key events; renders never queue up (at most one in flight, and the
# newest text is taken only when the worker is free), so this can stay short.
RENDER_DELAY_MS = 15


@dataclass
class ViewState:
    """Where the writer was in an article that is not shown now."""

    cursor: int = 0  # anchor and position, in Qt's units
    anchor: int = 0
    editor_scroll: int = 0  # the editor's scroll bar value
    top_line: float | None = None  # the source line at the editor's top (fractional)


@dataclass
class ReviewState:
    """The review workflow's per-article state."""

    suggesting: bool = False


class ArticleSession(QObject):
    """One open article and everything that belongs to it rather than to the window."""

    text_edited = Signal()  # the writer (or a command) changed the text
    path_changed = Signal(object)  # Path | None: saved under another name, or renamed
    modified_changed = Signal(bool)
    front_matter_changed = Signal(object)  # FrontMatter: the panels must show it
    loaded = Signal()  # the whole text came from the file (opened or reloaded)
    render_requested = Signal()  # the preview should follow the text (after a short pause)
    rendered = Signal(object)  # RenderedArticle of this article's text

    def __init__(
        self, article: Article, document: EditorDocument, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.article = article
        self.editor_document = document
        self.front_matter: FrontMatter = parse("")
        self.head: str | None = None  # the front matter block's text the panels show
        self.site_root: Path | None = None  # the site the article's settings come from
        self.site_config: SiteConfig | None = None
        self.render_options = RenderOptions()
        self.site_folders: list[Path] = []  # files the preview may load besides the article's
        self.last_render: RenderedArticle | None = None
        self.render_again = False
        self.view = ViewState()
        self.review = ReviewState()
        self.changed_on_disk = False  # noticed while another article was shown
        # A publish is saving the file from a worker: a change the watcher sees meanwhile is
        # looked at when it is done, against the bytes it wrote, not taken for another program's.
        self.saving_elsewhere = False
        # The article's own messages (front matter errors, recovery, changes on disk), shown
        # above the editor while the article is.
        self.banner_holder = QWidget()
        self.banner_holder.setObjectName("banner-holder")
        holder_layout = QVBoxLayout(self.banner_holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        self.banner = Banner(self.banner_holder)
        holder_layout.addWidget(self.banner)
        self.render_timer = QTimer(self, singleShot=True, interval=RENDER_DELAY_MS)
        self.render_timer.timeout.connect(self.render_requested)
        document.document.modificationChanged.connect(self.modified_changed)

    # ----- what the article is --------------------------------------------------------------

    @property
    def path(self) -> Path | None:
        """The article's file, or None while it is untitled."""
        return self.article.path

    @property
    def document(self):
        """The article's QTextDocument (its undo history and modified flag)."""
        return self.editor_document.document

    def text(self) -> str:
        """The article's exact text as edited (the editor's mirror of it)."""
        return self.editor_document.mirror.text()

    def is_modified(self) -> bool:
        """True when the text has changes not saved to the file."""
        return self.document.isModified()

    def display_name(self, untitled: str) -> str:
        """The file's name, or ``untitled`` for an article never saved."""
        return self.article.path.name if self.article.path else untitled

    def is_untouched(self) -> bool:
        """An empty untitled article nobody typed in: a new tab may take its place."""
        return self.article.path is None and not self.is_modified() and not self.text()

    def holds(self, path: Path) -> bool:
        """True when this session's article is the file ``path``."""
        return self.article.path is not None and _same_file(self.article.path, path)

    # ----- changes --------------------------------------------------------------------------

    def set_path(self, path: Path) -> None:
        """The article's file is now ``path`` (saved as, or renamed)."""
        if self.article.path == path:
            return
        # A new object: whoever kept the old one (a publish plan) keeps its old name.
        self.article = copy.copy(self.article)
        self.article.path = path
        self.path_changed.emit(path)

    def replace_article(self, article: Article) -> None:
        """The file was read again; its text is put in the document by the editor."""
        path_before = self.article.path
        self.article = article
        self.changed_on_disk = False
        if article.path != path_before:
            self.path_changed.emit(article.path)

    def saved_elsewhere(self, article: Article) -> None:
        """``article``, a copy of this one, was saved (by a publish): the next save is checked
        against the bytes it wrote. Its ``text``, like ours, is a scratch copy of the editor's."""
        if article.path == self.article.path:
            self.article = article

    def request_render(self) -> None:
        """Render the preview after the short pause that coalesces typing."""
        self.render_timer.start()

    def parse_front_matter(self) -> bool:
        """Parse the front matter of the current text; True when the panels must show it
        again (typing in the body leaves them alone)."""
        text = self.text()
        shown = self.front_matter
        end = shown.span[1]
        if shown.error is None and end and body_offset(text) == end and text[:end] == self.head:
            self.front_matter = replace(shown, body=text[end:])
            return False
        self.front_matter = parse(text)
        self.head = text[: self.front_matter.span[1]]
        self.front_matter_changed.emit(self.front_matter)
        return True

    def load_site_options(self, opened_site: Path | None) -> ArticleEditorError | None:
        """Render as the article's site asks (extensions, citation style, bibliography);
        ``opened_site`` is the site folder the window shows. Returns why the site's settings
        were ignored, if they were."""
        root = opened_site
        path = self.article.path
        if path is not None and (root is None or not path.resolve().is_relative_to(root)):
            root = find_site_root(path.resolve())
        self.site_root = root
        try:
            self.site_config = load_site(root) if root else None
            self.render_options = RenderOptions.for_site(self.site_config)
            self.site_folders = [root.resolve()] if root else []
        except ArticleEditorError as error:
            log.info("site settings of %s ignored: %s", root, error)
            self.site_config = None
            self.render_options = RenderOptions()
            return error
        return None


def _same_file(first: Path, second: Path) -> bool:
    if first == second:
        return True
    try:
        return first.resolve() == second.resolve()
    except (OSError, RuntimeError) as error:  # a name too long; a symlink loop (3.11)
        log.debug("cannot compare %s and %s: %s", first, second, error)
        return False
