"""Tags and categories across the site, wired into the main window: the site index, the
Categories panel, the Tag browser dock and the management dialog."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDockWidget

from articleeditor.core import fields
from articleeditor.core.article import Metadata
from articleeditor.core.errors import ArticleEditorError
from articleeditor.core.index import CATEGORIES, TAGS
from articleeditor.core.site import SiteConfig, find_site_root, load_site
from articleeditor.core.tags import max_categories
from articleeditor.ui.dialogs.tag_management import TagManagementDialog
from articleeditor.ui.panels.tag_browser import TagBrowser
from articleeditor.ui.panels.tags_panel import TermsPanel
from articleeditor.ui.site_index import SiteIndexService

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from articleeditor.ui.panels.tags_panel import TagsPanel
    from articleeditor.ui.window_services import WindowServices


class TagsFeature(QObject):
    """Owns the site index service and the tag docks of one main window."""

    def __init__(
        self,
        services: WindowServices,
        tags_panel: TagsPanel,
        tags_dock: QDockWidget,
        manage_action: QAction,
    ) -> None:
        super().__init__(services)
        self.services = services
        self.tags_panel = tags_panel
        self.manage_action = manage_action
        self.site: SiteConfig | None = None
        self.service = SiteIndexService(self)
        self.categories_panel = TermsPanel(CATEGORIES)
        self.browser = TagBrowser()
        self.categories_dock = services.add_dock(
            self.tr("Categories"),
            "categories-dock",
            self.categories_panel,
            Qt.DockWidgetArea.RightDockWidgetArea,
        )
        self.browser_dock = services.add_dock(
            self.tr("Tag Browser"),
            "tag-browser-dock",
            self.browser,
            Qt.DockWidgetArea.LeftDockWidgetArea,
        )
        self.docks = (self.categories_dock, self.browser_dock)
        # Categories share a tab with Tags: the right column stays short enough for laptops.
        services.tabify_docks(tags_dock, self.categories_dock)
        tags_dock.raise_()
        self.dialog: TagManagementDialog | None = None

        self.service.changed.connect(self._on_index_changed)
        self.categories_panel.terms_edited.connect(self._set_categories)
        self.browser.article_chosen.connect(services.open_path)
        manage_action.triggered.connect(self.manage)
        manage_action.setEnabled(False)
        tags_panel.set_vocabulary({}, "keep")

    # ----- following the open site -----------------------------------------------------------

    def site_changed(self, root: Path | None) -> None:
        """The current article or the open site changed: index the site it belongs to."""
        article = self.services.session.path
        if root is None and article is not None:
            root = find_site_root(article.resolve())
        try:
            self.site = load_site(root) if root is not None else None
        except ArticleEditorError:
            self.site = None  # the window already shows why the site settings were ignored
        content = self.site.content_dir if self.site is not None else None
        if content is not None and not content.is_dir():
            content = self.site.root
        self.service.set_root(content)
        self._on_index_changed()

    def _on_index_changed(self) -> None:
        index = self.service.index
        style = self.site.tag_style if self.site is not None else "keep"
        limit = max_categories(self.site.generator) if self.site is not None else None
        tags = index.counts(TAGS) if index is not None else {}
        categories = index.counts(CATEGORIES) if index is not None else {}
        self.tags_panel.set_vocabulary(tags, style)
        self.categories_panel.set_vocabulary(categories, style, limit)
        generator = self.site.generator if self.site is not None else None
        self.tags_panel.set_generator(generator)
        self.categories_panel.set_generator(generator)
        self.browser.set_index(index, scanning=self.service.root is not None)
        self.manage_action.setEnabled(index is not None)

    def show_front_matter(self, meta: Metadata, data: dict[Any, Any], editable: bool) -> None:
        """Show the article's categories (called whenever the text is re-parsed)."""
        self.categories_panel.show_terms(meta.categories, editable)

    def _set_categories(self, terms: list[str]) -> None:
        data = self.services.session.front_matter.data
        key, value = fields.get_field(data, fields.CATEGORIES)
        single = self.site is not None and max_categories(self.site.generator) == 1
        if single and (key is None or isinstance(value, str)):
            # Pelican reads one "category: Name" string.
            self.services.set_field(key or "category", terms[0] if terms else None)
            return
        self.services.set_field(fields.CATEGORIES, terms or None)

    def file_saved(self, path: Path) -> None:
        """Reflect a save at once (the folder watcher would also notice)."""
        self.service.file_saved(path)

    # ----- site-wide management ---------------------------------------------------------------

    def manage(self) -> TagManagementDialog:
        """Show the management dialog (one per window, not modal: the editor stays usable)."""
        if self.dialog is None:
            self.dialog = TagManagementDialog(
                self.service, self._guard, self.services.dialog_parent()
            )
            self.dialog.files_changed.connect(self._reload_if_open)
        self.dialog.show()
        self.dialog.raise_()
        return self.dialog

    def _guard(self, paths: list[Path]) -> str | None:
        for article in self._modified_files():
            if any(p.resolve() == article.resolve() for p in paths):
                return self.tr(
                    "{0} is open with unsaved changes. Save or close it first; nothing was changed."
                ).format(article.name)
        return None

    def _modified_files(self) -> list[Path]:
        return [s.path for s in self.services.sessions() if s.path and s.is_modified()]

    def _reload_if_open(self, paths: list[Path]) -> None:
        for session in self.services.sessions():
            article = session.path
            if (
                article is not None
                and not session.is_modified()
                and any(p.resolve() == article.resolve() for p in paths)
            ):
                self.services.reload_from_disk(session)

    def shutdown(self) -> None:
        """Wait for background indexing before the window goes away."""
        self.service.shutdown()
