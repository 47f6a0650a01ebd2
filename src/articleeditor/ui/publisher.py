"""File → Publish…: pick the site, plan and write off the GUI thread, show the result.

The site folder is found from the article's location or remembered per article; otherwise
the writer is asked once. Writing happens in a worker; the draft then records where and when
it was published through ordinary, undoable front matter edits and is saved.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog

from articleeditor.core.article import Article
from articleeditor.core.errors import ArticleEditorError
from articleeditor.core.publish import (
    PublishPlan,
    check_plan,
    plan_publish,
    publication_fields,
    write_plan,
)
from articleeditor.core.site import find_site_root, load_site
from articleeditor.ui import settings as keys
from articleeditor.ui.dialogs.publish_dialog import PublishDialog
from articleeditor.ui.workers import LatestOnlyRunner

if TYPE_CHECKING:
    from articleeditor.ui.main_window import MainWindow

def remembered_site(article: Path) -> Path | None:
    """The site folder the writer chose for ``article`` before, if it still exists."""
    try:
        sites = json.loads(str(keys.settings().value(keys.PUBLISH_SITES, "{}")))
    except json.JSONDecodeError:
        return None
    folder = sites.get(str(article.resolve())) if isinstance(sites, dict) else None
    return Path(folder) if folder and Path(folder).is_dir() else None


def remember_site(article: Path, site: Path) -> None:
    """Publish ``article`` to ``site`` next time without asking."""
    store = keys.settings()
    try:
        sites = json.loads(str(store.value(keys.PUBLISH_SITES, "{}")))
    except json.JSONDecodeError:
        sites = {}
    if not isinstance(sites, dict):
        sites = {}
    sites[str(article.resolve())] = str(site.resolve())
    store.setValue(keys.PUBLISH_SITES, json.dumps(sites))


class Publisher(QObject):
    """Runs one publish at a time for the main window."""

    published = Signal(str)  # the published article file

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: PublishDialog | None = None
        self.plan: PublishPlan | None = None
        self.site_root: Path | None = None
        self.plan_runner = LatestOnlyRunner(self)
        self.plan_runner.done.connect(self._on_planned)
        self.plan_runner.failed.connect(self._on_failed)
        self.write_runner = LatestOnlyRunner(self)
        self.write_runner.done.connect(self._on_written)
        self.write_runner.failed.connect(self._on_failed)

    def start(self) -> None:
        """Save the article if needed, find its site, then show the plan."""
        window = self.window
        if (window.article.path is None or window.editor.document().isModified()) and (
            not window.save()
        ):
            return
        path = window.article.path
        assert path is not None
        root = remembered_site(path) or find_site_root(path.resolve())
        if root is None:
            root = self._ask_site(path.parent)
            if root is None:
                return
        self._show_dialog()
        self._plan(root)

    def change_site(self) -> None:
        """Let the writer pick another site folder for this article."""
        root = self._ask_site(self.site_root or Path.home())
        if root is not None:
            self._plan(root)

    def wait(self, msecs: int = 10_000) -> bool:
        """Block until no publish work is running (for shutdown and tests)."""
        return self.plan_runner.wait(msecs) and self.write_runner.wait(msecs)

    # ----- steps ---------------------------------------------------------------------------

    def _ask_site(self, start: Path) -> Path | None:
        folder = QFileDialog.getExistingDirectory(
            self.window, self.tr("Choose the Site to Publish To"), str(start)
        )
        return Path(folder) if folder else None

    def _show_dialog(self) -> None:
        if self.dialog is None:
            self.dialog = PublishDialog(self.window)
            self.dialog.publish_requested.connect(self._publish)
            self.dialog.change_site_requested.connect(self.change_site)
        self.dialog.open()

    def _plan(self, root: Path) -> None:
        assert self.dialog is not None and self.window.article.path is not None
        self.site_root = root
        remember_site(self.window.article.path, root)
        self.dialog.show_planning(root)
        article = Article(self.window.editor.text(), path=self.window.article.path)
        self.plan_runner.submit(lambda: plan_publish(article, load_site(root)))

    def _on_planned(self, plan: PublishPlan) -> None:
        self.plan = plan
        if self.dialog is not None:
            self.dialog.show_plan(plan)

    def _publish(self, overwrite: bool) -> None:
        plan = self.plan
        if plan is None or self.dialog is None:
            return
        try:
            check_plan(plan, overwrite=overwrite)
        except ArticleEditorError as error:
            self.dialog.show_failed(str(error))
            return
        self.dialog.show_busy()
        self.write_runner.submit(lambda: write_plan(plan))

    def _on_written(self, _result: object) -> None:
        plan, self.plan = self.plan, None
        assert plan is not None and plan.article_file is not None
        window = self.window
        for key, value in publication_fields(plan, datetime.now().astimezone()).items():
            window.set_field(key, value)
        if not window.save():
            # The draft was checked just before writing; this is a change since. The next
            # publish still recognises these files as this article's (core.publish.first_id).
            message = self.tr(
                "Published to {0}, but the draft could not record it. Save the draft "
                "somewhere writable; publishing again replaces the same files."
            ).format(plan.article_file)
            if self.dialog is not None:
                self.dialog.show_failed(message)
            return
        if self.dialog is not None:
            self.dialog.show_published(plan.article_file)
        window.statusBar().showMessage(
            self.tr("Published to {0}").format(plan.article_file), 5000
        )
        self.published.emit(str(plan.article_file))

    def _on_failed(self, error: object) -> None:
        if isinstance(error, ArticleEditorError):
            message = str(error)
        else:
            message = self.tr("Publishing failed: {0}").format(error)
        if self.dialog is not None:
            self.dialog.show_failed(message)
        else:
            self.window.report_error(self.tr("Not published"), message)
