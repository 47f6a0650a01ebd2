"""The Site panel wired to the open site: rows from the site index (publish records read in a
worker), and New, Rename and Delete carried out with the window's article kept in step."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QFile, QObject
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox

from articleeditor.core.article_list import (
    ArticleRow,
    create_article,
    rename_article,
    rows_for,
)
from articleeditor.core.article_template import slug_rules
from articleeditor.core.errors import ArticleEditorError
from articleeditor.core.index import ArticleEntry
from articleeditor.core.publish_record import PublishRecord, read_publish_record
from articleeditor.ui.messages import describe
from articleeditor.ui.panels.site_articles import SiteArticlesPanel
from articleeditor.ui.workers import LatestOnlyRunner

if TYPE_CHECKING:
    from articleeditor.ui.tags_feature import TagsFeature
    from articleeditor.ui.window_services import WindowServices

log = logging.getLogger(__name__)

# path -> (size, mtime_ns, record): a record is read again only when its file changed.
_RecordCache = dict[str, tuple[int, int, PublishRecord]]


def _build_rows(
    root: Path, entries: list[ArticleEntry], cache: _RecordCache
) -> tuple[Path, list[ArticleRow], _RecordCache]:
    """Runs in a worker: the publish record of every entry (cached ones reused), then the rows."""
    fresh: _RecordCache = {}
    for entry in entries:
        known = cache.get(entry.path)
        if known is not None and known[:2] == (entry.size, entry.mtime_ns):
            fresh[entry.path] = known
        else:
            fresh[entry.path] = (entry.size, entry.mtime_ns, read_publish_record(Path(entry.path)))
    records = {path: known[2] for path, known in fresh.items()}
    return root, rows_for(entries, records), fresh


class SiteArticlesFeature(QObject):
    """Keeps the Site panel showing the site the window's tags and index follow."""

    def __init__(
        self, services: WindowServices, panel: SiteArticlesPanel, tags: TagsFeature
    ) -> None:
        super().__init__(services)
        self.services = services
        self.panel = panel
        self.tags = tags
        self.service = tags.service
        self._cache: _RecordCache = {}
        self._runner = LatestOnlyRunner(self)
        self._runner.done.connect(self._on_rows)
        self._runner.failed.connect(services.show_worker_error)
        self.service.changed.connect(self.refresh)
        panel.article_activated.connect(services.open_path)
        services.article_loaded.connect(self._select_open_article)
        services.session_changed.connect(self._select_open_article)
        panel.new_requested.connect(self.new_article)
        panel.rename_requested.connect(lambda path: self.rename(Path(path)))
        panel.delete_requested.connect(lambda path: self.delete(Path(path)))
        self.refresh()

    # ----- showing -----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Show the index as it is now (the rows are built in a worker)."""
        root, index = self.service.root, self.service.index
        if root is None:
            self._cache.clear()
            self.panel.show_no_site()
            return
        if index is None:
            self.panel.show_scanning()
            return
        entries, cache = list(index.entries.values()), dict(self._cache)
        self._runner.submit(lambda: _build_rows(root, entries, cache))

    def _on_rows(self, result: tuple[Path, list[ArticleRow], _RecordCache]) -> None:
        root, rows, cache = result
        if root != self.service.root:
            return  # rows of a site that is no longer open
        self._cache = cache
        self.panel.show_rows(rows)  # keeps the writer's selection
        if self.panel.current_path() is None:
            self._select_open_article()

    def _select_open_article(self, *_args: object) -> None:
        path = self.services.session.path
        if path is not None:
            self.panel.select(path.resolve())

    @property
    def busy(self) -> bool:
        """True while rows are being built (for tests)."""
        return self._runner.busy

    def shutdown(self) -> None:
        """Wait for the worker before the window goes away."""
        self._runner.wait()

    # ----- New, Rename, Delete -----------------------------------------------------------------

    def new_article(self) -> Path | None:
        """Ask for a title, write ``<slug>.md`` in the content folder and open it."""
        folder = self.service.root
        if folder is None:
            return None
        title, ok = QInputDialog.getText(
            self.services.dialog_parent(),
            self.tr("New Article"),
            self.tr("Title of the new article:"),
        )
        if not ok or not title.strip():
            return None
        try:
            path = create_article(folder, title.strip(), self.tags.site)
        except ArticleEditorError as error:
            self.services.report_error(self.tr("Article not created"), describe(error))
            return None
        self.service.file_saved(path)
        self.services.open_path(path)
        self.services.show_status(self.tr("Created {0}").format(path.name), 5000)
        return path

    def rename(self, path: Path) -> Path | None:
        """Ask for a new slug and rename the file; the open article follows."""
        slug, ok = QInputDialog.getText(
            self.services.dialog_parent(),
            self.tr("Rename Article"),
            self.tr("New file name (a slug, without .md):"),
            QLineEdit.EchoMode.Normal,
            path.stem,
        )
        if not ok:
            return None
        try:
            target = rename_article(path, slug, slug_rules(self.tags.site))
        except ArticleEditorError as error:
            self.services.report_error(self.tr("Article not renamed"), describe(error))
            return None
        session = self.services.session_for(path)
        if session is not None:
            self.services.follow_rename(session, target)
        self.service.file_saved(target)
        self.services.show_status(
            self.tr("Renamed {0} to {1}").format(path.name, target.name), 5000
        )
        return target

    def delete(self, path: Path) -> bool:
        """Move the article to the system trash after asking; True when it was moved."""
        session = self.services.session_for(path)
        if session is not None and session.is_modified():
            self.services.report_error(
                self.tr("Article not deleted"),
                self.tr(
                    "{0} is open with unsaved changes. Save or close it first; nothing was deleted."
                ).format(path.name),
            )
            return False
        answer = QMessageBox.question(
            self.services.dialog_parent(),
            self.tr("Delete Article"),
            self.tr("Move {0} to the trash?").format(path.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        result = QFile.moveToTrash(str(path))
        # PySide6 gives a bool, or (bool, path in trash) in some versions.
        moved = bool(result[0] if isinstance(result, tuple) else result)
        if not moved:
            log.warning("could not move %s to the trash", path)
            self.services.report_error(
                self.tr("Article not deleted"),
                self.tr(
                    "{0} could not be moved to the trash; this system may have no trash. "
                    "Nothing was deleted."
                ).format(path.name),
            )
            return False
        if session is not None:
            self.services.close_session(session)
        self.service.file_saved(path)
        self.services.show_status(self.tr("Moved {0} to the trash").format(path.name), 5000)
        return True
