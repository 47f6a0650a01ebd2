"""Words, characters and reading time of the article's body, in the status bar."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from articleeditor.core.textstats import TextStats, count
from articleeditor.ui.editor.markdown_editor import MarkdownEditor
from articleeditor.ui.workers import WorkerProcess

# Counting a long article takes milliseconds; no need to recount on every keystroke.
COUNT_DELAY_MS = 300


class StatsLabel(QLabel):
    """Recounts in a worker process shortly after the text changes."""

    def __init__(
        self, editor: MarkdownEditor, worker: WorkerProcess, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("text-stats")
        self.editor = editor
        self.stats = TextStats(0, 0, 0, 0)
        self._runner = worker.channel()
        self._runner.done.connect(self.show_stats)
        self._timer = QTimer(self, singleShot=True, interval=COUNT_DELAY_MS)
        self._timer.timeout.connect(self.recount)
        editor.text_edited.connect(self._timer.start)

    def recount(self) -> None:
        """Count the current text in the worker process."""
        self._runner.submit_on_text(count, self.editor.text())

    def wait(self) -> None:
        """Block until a count in progress is done."""
        self._runner.wait()

    def show_stats(self, stats: TextStats) -> None:
        """Show ``stats``."""
        self.stats = stats
        self.setText(
            self.tr("Words: {0} · Characters: {1} · Reading time: {2} min").format(
                # Digit grouping of the interface's locale: 1,300 / 1.300 / 1 300.
                QLocale().toString(stats.words),
                QLocale().toString(stats.characters),
                stats.reading_minutes,
            )
        )
        self.setToolTip(
            self.tr("Body only, front matter excluded. CJK characters count as one word each.")
        )
