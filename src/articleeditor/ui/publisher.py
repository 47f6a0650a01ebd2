"""File → Publish… and File → Unpublish…: pick the site, plan and write off the GUI thread,
show the result (and commit it when the site is a git repository and the writer asks).

The site folder is found from the article's location or remembered per article; otherwise
the writer is asked once. The draft's text recording where and when it was published is
worked out on the GUI thread; the worker writes the site and saves exactly that text as one
change (core.publish.write_with_draft), so a draft that cannot be saved leaves the site as it
was. Then the editor shows the record as ordinary, undoable front matter edits.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog

from articleeditor.core.article import Article
from articleeditor.core.errors import ArticleEditorError
from articleeditor.core.frontmatter import parse
from articleeditor.core.publish import (
    PublishPlan,
    apply_fields,
    check_plan,
    fields_to_change,
    plan_publish,
    publication_fields,
    write_with_draft,
)
from articleeditor.core.site import find_site_root, load_site
from articleeditor.core.sitegit import GitError, commit_paths, repository_root
from articleeditor.core.unpublish import plan_unpublish, unpublished_fields
from articleeditor.ui import settings as keys
from articleeditor.ui.dialogs.publish_dialog import PublishDialog
from articleeditor.ui.messages import describe
from articleeditor.ui.workers import LatestOnlyRunner

if TYPE_CHECKING:
    from articleeditor.ui.session import ArticleSession
    from articleeditor.ui.window_services import WindowServices


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
    """Runs one publish at a time, for the article current when it started."""

    published = Signal(str)  # the published article file
    unpublished = Signal(str)  # the site folder the article was removed from

    def __init__(self, services: WindowServices) -> None:
        super().__init__(services)
        self.services = services
        self.session: ArticleSession | None = None  # the article being published
        self.dialog: PublishDialog | None = None
        self.plan: PublishPlan | None = None
        self.site_root: Path | None = None
        self.action = "publish"  # or "unpublish": what the dialog is doing
        self.commit_error: str | None = None
        self.record: Mapping[str, str | None] = {}  # the draft's front matter keys it sets
        self.plan_runner = LatestOnlyRunner(self)
        self.plan_runner.done.connect(self._on_planned)
        self.plan_runner.failed.connect(self._on_failed)
        self.write_runner = LatestOnlyRunner(self)
        self.write_runner.done.connect(self._on_written)
        self.write_runner.failed.connect(self._on_failed)

    def start(self) -> None:
        """Save the article if needed, find its site, then show the plan."""
        self._start("publish")

    def start_unpublish(self) -> None:
        """Find the article's site and show which of its files an unpublish removes."""
        self._start("unpublish")

    def _start(self, action: str) -> None:
        self.action = action
        session = self.session = self.services.session
        if (session.path is None or session.is_modified()) and not self.services.save(session):
            return
        path = session.path
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
            self.services.dialog_parent(), self.tr("Choose the Site to Publish To"), str(start)
        )
        return Path(folder) if folder else None

    def _show_dialog(self) -> None:
        if self.dialog is None:
            self.dialog = PublishDialog(self.services.dialog_parent())
            self.dialog.publish_requested.connect(self._publish)
            self.dialog.change_site_requested.connect(self.change_site)
        self.dialog.set_action(self.action)
        self.dialog.open()

    def _plan(self, root: Path) -> None:
        session = self.session
        assert self.dialog is not None and session is not None and session.path is not None
        self.site_root = root
        remember_site(session.path, root)
        self.dialog.show_planning(root)
        article = Article(session.text(), path=session.path)
        make_plan = plan_unpublish if self.action == "unpublish" else plan_publish

        def planned() -> tuple[PublishPlan, bool]:
            return make_plan(article, load_site(root)), repository_root(root) is not None

        self.plan_runner.submit(planned)

    def _on_planned(self, result: tuple[PublishPlan, bool]) -> None:
        plan, in_git = result
        self.plan = plan
        if self.dialog is not None:
            self.dialog.show_plan(plan, can_commit=in_git)

    def _publish(self, overwrite: bool, commit: bool = False) -> None:
        plan, session = self.plan, self.session
        if plan is None or self.dialog is None or session is None:
            return
        try:
            check_plan(plan, overwrite=overwrite)
        except ArticleEditorError as error:
            self.dialog.show_failed(describe(error))
            return
        if plan.action == "unpublish":
            self.record = unpublished_fields()
        else:
            self.record = publication_fields(plan, datetime.now().astimezone())
        # A copy of the session's article: the same file and the fingerprint of what was last
        # read or saved, so the worker's save refuses a draft another program changed since.
        recorded = copy.copy(session.article)
        recorded.text = session.text()
        # None: the draft already records this, only the site may change.
        draft = recorded if apply_fields(recorded, self.record) else None
        self.dialog.show_busy()
        title = session.article.metadata.title or plan.slug
        session.saving_elsewhere = draft is not None
        self.write_runner.submit(lambda: self._write(plan, draft, commit, title))

    def _write(
        self, plan: PublishPlan, draft: Article | None, commit: bool, title: str
    ) -> Article | None:
        """In the worker: write the plan and save ``draft`` as one change, then commit
        exactly the site's files if asked. Returns the saved draft."""
        self.commit_error = None
        if plan.up_to_date and draft is None and not commit:
            return None
        write_with_draft(plan, draft, check_unchanged=True)
        if not commit:
            return draft
        paths = [f.target for f in plan.changed_files] + list(plan.removes)
        verb = "Unpublish" if plan.action == "unpublish" else "Publish"
        try:
            commit_paths(plan.site.root, paths, f"{verb} '{title}'")
        except GitError as error:  # the files are written; only the commit is missing
            self.commit_error = describe(error)
        return draft

    def _on_written(self, draft: Article | None) -> None:
        plan, self.plan = self.plan, None
        assert plan is not None
        self._show_record(draft)
        if plan.action == "unpublish":
            if self.dialog is not None:
                self.dialog.show_unpublished(plan.site.root, len(plan.removes), self.commit_error)
            self.services.show_status(self.tr("Unpublished from {0}").format(plan.site.root), 5000)
            self.unpublished.emit(str(plan.site.root))
            return
        assert plan.article_file is not None
        if self.dialog is not None:
            self.dialog.show_published(plan.article_file, plan.up_to_date, self.commit_error)
        self.services.show_status(self.tr("Published to {0}").format(plan.article_file), 5000)
        self.published.emit(str(plan.article_file))

    def _show_record(self, draft: Article | None) -> None:
        """The draft saved with the publish: the editor shows its record as edits the writer
        can see and undo, and the tab is unmodified unless the writer typed meanwhile."""
        session = self.session
        assert session is not None
        session.saving_elsewhere = False
        if session not in self.services.sessions():
            return  # closed meanwhile; its file holds the record
        if session is not self.services.session:
            self.services.activate(session)
        written = draft.text if draft is not None else None  # set_field below edits its text
        if draft is not None:
            session.saved_elsewhere(draft)
        for key, value in fields_to_change(parse(session.text()).data, self.record).items():
            self.services.set_field(key, value)
        if session.text() == written:
            session.document.setModified(False)  # the file holds exactly the editor's text
        self.services.notice_changes_on_disk(session)

    def _on_failed(self, error: object) -> None:
        session = self.session
        if session is not None and session.saving_elsewhere:
            session.saving_elsewhere = False  # the draft is as it was
            self.services.notice_changes_on_disk(session)
        if isinstance(error, ArticleEditorError):
            message = describe(error)
        else:
            message = self.tr("Publishing failed: {0}").format(describe(error))
        if self.dialog is not None:
            self.dialog.show_failed(message)
        else:
            self.services.report_error(self.tr("Not published"), message)
