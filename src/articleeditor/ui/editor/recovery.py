"""Keeps the recovery journal of each open article up to date and offers to restore it.

While the article has unsaved edits, its text is journaled at most half a second after each
edit (in a worker, so a large article never stalls typing). Saving, or closing without saving,
removes the journal. Opening an article that has a journal — left by a crash — shows a
banner with Restore, Show Differences and Discard.
"""

from __future__ import annotations

import threading
import uuid
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit, QVBoxLayout

from articleeditor.core.recovery import JournalEntry, RecoveryJournal, describe_changes, key_for
from articleeditor.ui.workers import LatestOnlyRunner

if TYPE_CHECKING:
    from articleeditor.ui.editor.markdown_editor import MarkdownEditor
    from articleeditor.ui.session import ArticleSession
    from articleeditor.ui.window_services import WindowServices

# How often unsaved text is journaled while it changes: a crash loses at most this much typing
# plus one write (a few milliseconds; the promise is under one second).
JOURNAL_DELAY_MS = 500


class ArticleJournal(QObject):
    """The journal of one open article: written while it has unsaved edits, removed when it is
    saved or discarded; an entry left by a crash is offered on the article's banner."""

    def __init__(self, keeper: RecoveryKeeper, session: ArticleSession) -> None:
        super().__init__(session)
        self.keeper = keeper
        self.session = session
        self.key = key_for(session.path, keeper.run_id)
        self.offer: JournalEntry | None = None
        self._replaced_key: str | None = None  # the journal under the article's former name
        self._runner = LatestOnlyRunner(self)
        self._runner.failed.connect(keeper.write_failed)
        # A removal makes every write queued before it void: the worker checks the epoch under
        # the lock, so a write that starts late can never bring a removed journal back.
        self._lock = threading.Lock()
        self._epoch = 0
        self.timer = QTimer(self, singleShot=True, interval=JOURNAL_DELAY_MS)
        self.timer.timeout.connect(self.write_now)
        session.text_edited.connect(self._on_text_changed)
        session.modified_changed.connect(self._on_modification_changed)
        session.path_changed.connect(self._on_path_changed)

    def left_by_a_crash(self) -> JournalEntry | None:
        """This file's journal from a run that did not close normally, if its text differs."""
        entry = self.keeper.journal.entry(self.key) if self.session.path is not None else None
        return entry if entry is not None and entry.text != self.session.article.text else None

    def _on_text_changed(self) -> None:
        # Not restarted on each keystroke: a writer typing for minutes is journaled every half
        # second, not only when they pause.
        if self.session.is_modified() and self.offer is None and not self.timer.isActive():
            self.timer.start()

    def _on_modification_changed(self, modified: bool) -> None:
        if not modified:  # saved, or undone back to the saved text
            self.forget()

    def _on_path_changed(self, path: object) -> None:
        # Saved under another name, or renamed. Unsaved edits stay journaled under the old
        # name until the next write puts them under the new one; else the old journal goes.
        old = self.key
        self.key = key_for(self.session.path, self.keeper.run_id)
        if self.offer is not None or old == self.key:
            return
        if self.session.is_modified():
            self._replaced_key = old
            self.timer.start()
        else:
            self._remove(old)

    def forget(self) -> None:
        """Remove this article's journal (and void writes queued before)."""
        self.timer.stop()
        replaced, self._replaced_key = self._replaced_key, None
        for key in (self.key, replaced):
            if key is not None:
                self._remove(key)

    def _remove(self, key: str) -> None:
        with self._lock:
            self._epoch += 1
            try:
                self.keeper.journal.remove(key)
            except OSError as error:
                self.keeper.write_failed(error)

    def write_now(self) -> None:
        """Journal the article's text now (in a worker), if it has unsaved edits."""
        if not self.session.is_modified():
            return
        journal, key, path = self.keeper.journal, self.key, self.session.path
        text = self.session.text()
        epoch = self._epoch
        replaced, self._replaced_key = self._replaced_key, None

        def work() -> None:
            with self._lock:
                if epoch == self._epoch:
                    journal.write(key, path, text)
                    if replaced is not None:
                        journal.remove(replaced)

        self._runner.submit(work)

    def wait(self) -> None:
        """Block until a journal write is done."""
        self._runner.wait()


class RecoveryKeeper(QObject):
    """Journals every open article and offers journals left by an earlier session."""

    def __init__(self, services: WindowServices, editor: MarkdownEditor, folder: Path) -> None:
        super().__init__(services)
        self.services = services
        self.editor = editor
        self.journal = RecoveryJournal(folder)
        self.run_id = uuid.uuid4().hex  # this run's untitled articles journal under it
        self._journals: dict[ArticleSession, ArticleJournal] = {}
        services.session_opened.connect(self.track)
        services.session_closed.connect(self._untrack)
        for session in services.sessions():
            self.track(session)
        QTimer.singleShot(0, self, self.offer_other_sessions)

    # ----- following the open articles ------------------------------------------------------

    def track(self, session: ArticleSession) -> ArticleJournal:
        """Journal ``session`` from now on (and offer its crash journal, if it has one)."""
        known = self._journals.get(session)
        if known is None:
            known = self._journals[session] = ArticleJournal(self, session)
            entry = known.left_by_a_crash()
            if entry is not None:
                self.offer_restore(session, entry)
        return known

    def _untrack(self, session: ArticleSession) -> None:
        journal = self._journals.pop(session, None)
        if journal is not None:
            journal.wait()
            if journal.offer is None:  # closed after the writer saved or discarded
                journal.forget()

    def journal_of(self, session: ArticleSession) -> ArticleJournal:
        """The journal keeper of ``session``."""
        return self.track(session)

    @property
    def _current(self) -> ArticleJournal:
        return self.track(self.services.session)

    @property
    def _timer(self) -> QTimer:
        """The current article's journal timer (tests shorten it)."""
        return self._current.timer

    @property
    def _key(self) -> str:
        return self._current.key

    # ----- writing --------------------------------------------------------------------------

    def write_now(self) -> None:
        """Journal the current article's text now, if it has unsaved edits."""
        self._current.write_now()

    def write_failed(self, error: object) -> None:
        """A journal could not be written or removed: tell the writer."""
        self.services.show_status(
            self.tr("Recovery journal not written: {0}").format(error), 10_000
        )

    def wait(self) -> None:
        """Block until every journal write is done."""
        for journal in list(self._journals.values()):
            journal.wait()

    def window_closing(self) -> None:
        """The window closes after the writer saved or discarded: no journal is needed."""
        for journal in list(self._journals.values()):
            if journal.offer is None:
                journal.forget()

    # ----- restoring ------------------------------------------------------------------------

    def offer_restore(self, session: ArticleSession, entry: JournalEntry) -> None:
        """Offer ``entry`` on ``session``'s banner: Restore, Show Differences or Discard."""
        self.track(session).offer = entry
        when = datetime.fromtimestamp(entry.saved_at).strftime("%Y-%m-%d %H:%M")
        name = entry.path.name if entry.path else self.tr("an untitled article")
        session.banner.show_message(
            "warning",
            self.tr(
                "Unsaved changes to {0} from {1} were recovered: the app did not close "
                "normally. Restore them?"
            ).format(name, when),
            [
                (self.tr("Restore"), lambda: self.restore(session)),
                (self.tr("Show Differences"), lambda: self.show_differences(session)),
                (self.tr("Discard"), lambda: self.discard(session)),
            ],
        )

    def offered(self) -> JournalEntry | None:
        """The journal entry offered for the current article."""
        return self._current.offer

    def restore(self, session: ArticleSession | None = None) -> None:
        """Put the recovered text into the editor as an unsaved, undoable edit."""
        session = session or self.services.session
        journal = self.track(session)
        entry = journal.offer
        if entry is None:
            return
        journal.offer = None
        session.banner.clear("warning")
        if session is not self.services.session:
            self.services.activate(session)
        if entry.path is None and session.path is not None:
            if not self.services.new_article():
                return
            session = self.services.session
            journal = self.track(session)
        self.editor.apply_text(entry.text)
        if entry.key != journal.key:
            self.journal.remove(entry.key)
        journal.write_now()

    def discard(self, session: ArticleSession | None = None) -> None:
        """Delete the journal entry offered for ``session`` (the current article)."""
        session = session or self.services.session
        journal = self.track(session)
        entry, journal.offer = journal.offer, None
        session.banner.clear("warning")
        if entry is not None:
            self.journal.remove(entry.key)

    def show_differences(self, session: ArticleSession | None = None) -> None:
        """Show how the recovered text differs from the saved one; the banner stays."""
        session = session or self.services.session
        entry = self.track(session).offer
        if entry is None:
            return
        dialog = self.differences_dialog(entry, session)
        dialog.exec()
        offer = self.track(session).offer
        if offer is not None:
            self.offer_restore(session, offer)  # the button hid the banner; keep the choice

    def differences_dialog(
        self, entry: JournalEntry, session: ArticleSession | None = None
    ) -> QDialog:
        """A dialog with the unified diff from the saved article to the recovered text."""
        session = session or self.services.session
        dialog = QDialog(self.services.dialog_parent())
        dialog.setWindowTitle(self.tr("Recovered Changes"))
        view = QPlainTextEdit(dialog, objectName="recovery-diff")
        view.setReadOnly(True)
        view.setPlainText(
            describe_changes(session.text(), entry.text)
            or self.tr("The recovered text is the same as the saved one.")
        )
        view.setFont(self.editor.font())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(view)
        layout.addWidget(buttons)
        dialog.resize(700, 500)
        return dialog

    def offer_other_sessions(self) -> None:
        """At start-up: offer journals of untitled articles and of files not open now."""
        session = self.services.session
        if self.track(session).offer is not None or session.is_modified():
            return
        keys = {j.key for j in self._journals.values()}
        for entry in self.journal.entries():
            if entry.key in keys:
                continue
            if entry.path is None:
                self.offer_restore(session, entry)
                return
            if entry.path.is_file() and self.services.session_for(entry.path) is None:
                self._offer_other_file(session, entry)
                return

    def _offer_other_file(self, session: ArticleSession, entry: JournalEntry) -> None:
        assert entry.path is not None
        path = entry.path
        session.banner.show_message(
            "warning",
            self.tr("{0} has unsaved changes from a session that did not close normally.").format(
                path.name
            ),
            [
                (self.tr("Open It"), lambda: self.services.open_path(path)),
                (self.tr("Discard"), lambda: self._discard_other(session, entry)),
            ],
        )

    def _discard_other(self, session: ArticleSession, entry: JournalEntry) -> None:
        self.journal.remove(entry.key)
        session.banner.clear("warning")
