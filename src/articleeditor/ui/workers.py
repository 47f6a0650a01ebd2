"""The one way slow work leaves the GUI thread: a job runs in a worker, its result comes back
by signal, and a newer request supersedes an older one that has not started."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _JobSignals(QObject):
    finished = Signal(int, object, object)  # generation, result, error


class _Job(QRunnable):
    def __init__(self, generation: int, work: Callable[[], Any], signals: _JobSignals) -> None:
        super().__init__()
        self._generation = generation
        self._work = work
        self._signals = signals

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as error:  # reported on the GUI thread, never swallowed
            self._signals.finished.emit(self._generation, None, error)
        else:
            self._signals.finished.emit(self._generation, result, None)


class LatestOnlyRunner(QObject):
    """Runs at most one job at a time; while one runs, only the newest request waits.

    ``done(result)`` fires for each finished job whose result is still wanted;
    ``failed(error)`` when a job raised.
    """

    done = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _JobSignals(self)
        self._signals.finished.connect(self._on_finished)
        self._generation = 0
        self._running = False
        self._pending: Callable[[], Any] | None = None

    @property
    def busy(self) -> bool:
        """True while a job runs or waits."""
        return self._running or self._pending is not None

    def submit(self, work: Callable[[], Any]) -> None:
        """Run ``work`` soon; replaces any request that has not started yet."""
        self._generation += 1
        if self._running:
            self._pending = work
            return
        self._start(work)

    def _start(self, work: Callable[[], Any]) -> None:
        self._running = True
        self._pool.start(_Job(self._generation, work, self._signals))

    def _on_finished(self, generation: int, result: object, error: object) -> None:
        self._running = False
        pending, self._pending = self._pending, None
        if pending is not None:
            self._start(pending)
        if error is not None:
            self.failed.emit(error)
        elif generation == self._generation:
            self.done.emit(result)

    def wait(self, msecs: int = 5000) -> bool:
        """Block until the worker is idle (for shutdown and tests)."""
        return self._pool.waitForDone(msecs)
