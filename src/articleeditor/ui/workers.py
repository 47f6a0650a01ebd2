"""The one way slow work leaves the GUI thread: a job runs in a worker, its result comes back
by signal, and a newer request supersedes an older one that has not started."""

from __future__ import annotations

import contextlib
import multiprocessing
import time
from collections.abc import Callable
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QSocketNotifier, QThreadPool, Signal

from articleeditor.ui.worker_process import serve


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


class LatestOnlyProcessRunner(QObject):
    """Like :class:`LatestOnlyRunner`, but jobs run in one persistent worker *process*.

    CPU-bound Python (Markdown rendering) in a thread holds the GIL and stalls the GUI thread;
    in a process it cannot. Jobs must pickle (a module-level function, or a
    ``functools.partial`` of one with picklable arguments). At most one job is in flight;
    while it runs only the newest request waits. The answer is read on the GUI thread when
    a socket notifier says it has arrived, so no Python thread is involved.
    """

    done = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._generation = 0
        self._running: int | None = None  # generation of the job in flight
        self._pending: tuple[int, Callable[[], Any]] | None = None
        self._closed = False
        # spawn, never fork: a forked copy of a Qt process is unsafe.
        self._context = multiprocessing.get_context("spawn")
        self._process: BaseProcess | None = None
        self._connection: Connection | None = None
        self._notifier: QSocketNotifier | None = None
        self._start_process()

    def _start_process(self) -> None:
        ours, theirs = self._context.Pipe()
        process = self._context.Process(target=serve, args=(theirs,), daemon=True)
        process.start()
        theirs.close()
        self._process, self._connection = process, ours
        self._notifier = QSocketNotifier(ours.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_readable)

    @property
    def busy(self) -> bool:
        """True while a job runs or waits."""
        return self._running is not None or self._pending is not None

    def submit(self, work: Callable[[], Any]) -> None:
        """Run ``work`` in the worker process soon; replaces any request not yet started."""
        if self._closed:
            return
        self._generation += 1
        self._pending = (self._generation, work)
        if self._running is None:
            self._send_pending()

    def _send_pending(self) -> None:
        generation, work = self._pending
        self._pending = None
        try:
            self._connection.send(work)
        except (OSError, EOFError) as lost:
            self._restart(lost)
            self.failed.emit(RuntimeError(f"the render process stopped ({lost})"))
            return
        except Exception as unpicklable:  # e.g. a job that cannot be pickled
            self.failed.emit(unpicklable)
            return
        self._running = generation

    def _restart(self, reason: object) -> None:
        self._notifier.setEnabled(False)
        self._notifier.deleteLater()
        self._connection.close()
        if self._process.is_alive():
            self._process.kill()
        self._process.join(1)
        self._running = None
        if not self._closed:
            self._start_process()

    def _on_readable(self) -> None:
        generation = self._running
        try:
            result, error = self._connection.recv()
        except (EOFError, OSError) as lost:
            self._restart(lost)
            result, error = None, RuntimeError(f"the render process stopped ({lost})")
        self._running = None
        if self._pending is not None:
            self._send_pending()
        if error is not None:
            self.failed.emit(error)
        elif generation == self._generation:
            self.done.emit(result)

    def wait(self, msecs: int = 5000) -> bool:
        """Block until no job runs or waits, handling answers as they come (shutdown, tests)."""
        deadline = time.monotonic() + msecs / 1000
        while self.busy and not self._closed:
            left = deadline - time.monotonic()
            if left <= 0 or not self._connection.poll(left):
                return False
            self._on_readable()
        return True

    def close(self) -> None:
        """Stop the worker process."""
        if self._closed:
            return
        self._closed = True
        self._pending = None
        self._notifier.setEnabled(False)
        with contextlib.suppress(OSError):
            self._connection.send(None)
        self._process.join(2)
        if self._process.is_alive():
            self._process.kill()
            self._process.join(1)
        self._connection.close()
