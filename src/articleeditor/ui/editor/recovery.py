"""Keeps the recovery journal of the open article up to date and offers to restore it.

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

from articleeditor.core.article import Article
from articleeditor.core.recovery import JournalEntry, RecoveryJournal, describe_changes, key_for
from articleeditor.ui.workers import LatestOnlyRunner

if TYPE_CHECKING:
    from articleeditor.ui.main_window import MainWindow

# How often unsaved text is journaled while it changes: a crash loses at most this much typing
# plus one write (a few milliseconds; the promise is under one second).
JOURNAL_DELAY_MS = 500


class RecoveryKeeper(QObject):
    """Journals the window's article and offers journals left by an earlier session."""

    def __init__(self, window: MainWindow, folder: Path) -> None:
        super().__init__(window)
        self.window = window
        self.journal = RecoveryJournal(folder)
        self._session = uuid.uuid4().hex
        self._article: Article | None = None
        self._key = ""
        self._offer: JournalEntry | None = None
        self._runner = LatestOnlyRunner(self)
        self._runner.failed.connect(self._on_write_failed)
        # A removal makes every write queued before it void: the worker checks the epoch under
        # the lock, so a write that starts late can never bring a removed journal back.
        self._lock = threading.Lock()
        self._epoch = 0
        self._timer = QTimer(self, singleShot=True, interval=JOURNAL_DELAY_MS)
        self._timer.timeout.connect(self.write_now)
        document = window.editor.document()
        window.editor.text_edited.connect(self._on_text_changed)
        document.modificationChanged.connect(self._on_modification_changed)
        self._track(window.article)
        QTimer.singleShot(0, self, self.offer_other_sessions)

    # ----- following the window's article ---------------------------------------------------

    def _track(self, article: Article) -> None:
        self._article = article
        self._key = key_for(article.path, self._session)
        self._offer = None
        entry = self.journal.entry(self._key) if article.path is not None else None
        if entry is not None and entry.text != article.text:
            self._offer_restore(entry)

    def _switched(self) -> bool:
        """Notice a new article in the window: the old one was saved or discarded."""
        if self.window.article is self._article:
            return False
        if self._offer is None:  # an undecided offer survives until the writer decides
            self._forget(self._key)
        self._track(self.window.article)
        return True

    def _on_text_changed(self) -> None:
        if self._switched():
            return
        # Not restarted on each keystroke: a writer typing for minutes is journaled every half
        # second, not only when they pause.
        if (
            self.window.editor.document().isModified()
            and self._offer is None
            and not self._timer.isActive()
        ):
            self._timer.start()

    def _on_modification_changed(self, modified: bool) -> None:
        if self._switched() or modified:
            return
        # Saved (perhaps under a new name) or undone back to the saved text.
        self._forget(self._key)
        self._key = key_for(self.window.article.path, self._session)
        self._forget(self._key)

    def _forget(self, key: str) -> None:
        self._timer.stop()
        with self._lock:
            self._epoch += 1
            try:
                self.journal.remove(key)
            except OSError as error:
                self._on_write_failed(error)

    # ----- writing --------------------------------------------------------------------------

    def write_now(self) -> None:
        """Journal the editor's text now (in the worker), if it has unsaved edits."""
        if self._switched() or not self.window.editor.document().isModified():
            return
        journal, key, path = self.journal, self._key, self.window.article.path
        text = self.window.editor.text()
        epoch = self._epoch

        def work() -> None:
            with self._lock:
                if epoch == self._epoch:
                    journal.write(key, path, text)

        self._runner.submit(work)

    def _on_write_failed(self, error: object) -> None:
        self.window.statusBar().showMessage(
            self.tr("Recovery journal not written: {0}").format(error), 10_000
        )

    def wait(self) -> None:
        """Block until a journal write is done."""
        self._runner.wait()

    def window_closing(self) -> None:
        """The window closes after the writer saved or discarded: no journal is needed."""
        if self._offer is None:
            self._forget(self._key)

    # ----- restoring ------------------------------------------------------------------------

    def _offer_restore(self, entry: JournalEntry) -> None:
        self._offer = entry
        when = datetime.fromtimestamp(entry.saved_at).strftime("%Y-%m-%d %H:%M")
        name = entry.path.name if entry.path else self.tr("an untitled article")
        banner = self.window.banner
        banner.show_message(
            "warning",
            self.tr(
                "Unsaved changes to {0} from {1} were recovered: the app did not close "
                "normally. Restore them?"
            ).format(name, when),
            [
                (self.tr("Restore"), self.restore),
                (self.tr("Show Differences"), self.show_differences),
                (self.tr("Discard"), self.discard),
            ],
        )

    def offered(self) -> JournalEntry | None:
        """The journal entry currently offered for restoring."""
        return self._offer

    def restore(self) -> None:
        """Put the recovered text into the editor as an unsaved, undoable edit."""
        entry = self._offer
        if entry is None:
            return
        self._offer = None
        self.window.banner.clear("warning")
        if entry.path is None and self.window.article.path is not None:
            if not self.window.new_article():
                return
            self._switched()
        self.window.editor.apply_text(entry.text)
        if entry.key != self._key:
            self.journal.remove(entry.key)
        self.write_now()

    def discard(self) -> None:
        """Delete the offered journal entry."""
        entry = self._offer
        self._offer = None
        self.window.banner.clear("warning")
        if entry is not None:
            self.journal.remove(entry.key)

    def show_differences(self) -> None:
        """Show how the recovered text differs from the saved one; the banner stays."""
        entry = self._offer
        if entry is None:
            return
        dialog = self.differences_dialog(entry)
        dialog.exec()
        if self._offer is not None:
            self._offer_restore(self._offer)  # the button hid the banner; keep the choice open

    def differences_dialog(self, entry: JournalEntry) -> QDialog:
        """A dialog with the unified diff from the saved article to the recovered text."""
        dialog = QDialog(self.window)
        dialog.setWindowTitle(self.tr("Recovered Changes"))
        view = QPlainTextEdit(dialog, objectName="recovery-diff")
        view.setReadOnly(True)
        view.setPlainText(
            describe_changes(self.window.editor.text(), entry.text)
            or self.tr("The recovered text is the same as the saved one.")
        )
        view.setFont(self.window.editor.font())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(view)
        layout.addWidget(buttons)
        dialog.resize(700, 500)
        return dialog

    def offer_other_sessions(self) -> None:
        """At start-up: offer journals of untitled articles and of files not open now."""
        if self._offer is not None or self.window.editor.document().isModified():
            return
        for entry in self.journal.entries():
            if entry.key == self._key:
                continue
            if entry.path is None:
                self._offer_restore(entry)
                return
            if entry.path.is_file() and entry.path != self.window.article.path:
                self._offer_other_file(entry)
                return

    def _offer_other_file(self, entry: JournalEntry) -> None:
        assert entry.path is not None
        path = entry.path
        self.window.banner.show_message(
            "warning",
            self.tr("{0} has unsaved changes from a session that did not close normally.")
            .format(path.name),
            [
                (self.tr("Open It"), lambda: self.window.open_path(path)),
                (self.tr("Discard"), lambda: self._discard_other(entry)),
            ],
        )

    def _discard_other(self, entry: JournalEntry) -> None:
        self.journal.remove(entry.key)
        self.window.banner.clear("warning")

