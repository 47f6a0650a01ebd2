"""The one way slow work leaves the GUI thread: a job runs in a worker, its result comes back
by signal, and a newer request supersedes an older one that has not started."""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import signal
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QSocketNotifier, QThreadPool, QTimer, Signal

from articleeditor.core.textdelta import TextDelta
from articleeditor.ui.pipe_writer import PipeWriter
from articleeditor.ui.worker_process import (
    JobFailure,
    OutOfStep,
    OverCpuLimit,
    Unchanged,
    job_name,
    serve,
)

logger = logging.getLogger(__name__)


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
        except Exception as error:  # logged here, reported on the GUI thread
            logger.error("a background job failed", exc_info=error)
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


_UNCHANGED = Unchanged()

# A job using more CPU time than this is abandoned: its process is killed and replaced.
# Rendering a 1 MB article for the first time takes about 2 s here; hostile text could take
# minutes. The worker counts its own CPU time where POSIX timers allow (elsewhere the clock
# counts), so a machine busy with other programs does not stop a render that would end.
JOB_TIME_LIMIT_S = 5.0
# A longer text is allowed proportionally more: one more limit per this many characters.
CHARS_PER_LIMIT = 500_000
CPU_LIMITED = hasattr(signal, "setitimer")
# Counting CPU time, the clock is only the backstop, for a job stuck where no signal reaches
# it (a long call into C) or a process given almost no CPU at all.
CLOCK_SLACK = 4.0 if CPU_LIMITED else 1.0
# The first job of a new process also waits for it to start and import its modules.
START_ALLOWANCE_S = 15.0


def describe_exit(code: int | None) -> str:
    """A process's exit code as the log says it (negative: the POSIX signal that ended it)."""
    if code is None:
        return "no exit code"
    if code < 0:
        try:
            return f"exit code {code}, {signal.Signals(-code).name}"
        except ValueError:
            return f"exit code {code}, signal {-code}"
    return f"exit code {code} ({code:#x})" if code > 255 else f"exit code {code}"


class JobTimedOut(Exception):
    """A job ran past the time limit and its process was replaced (the job is lost)."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"the job took longer than {seconds:g} s and was stopped")
        self.seconds = seconds


@dataclass
class _ProcessJob:
    generation: int
    function: Callable[..., Any]
    args: tuple[Any, ...]
    text: str | None  # given to ``function`` first, sent as a delta


class ProcessChannel(QObject):
    """One kind of job in a :class:`WorkerProcess`: while one runs, only the newest request
    waits. ``done(result)`` fires for each finished job whose result is still wanted;
    ``failed(error)`` when a job raised or the process died.

    ``fold`` sees every result in arrival order, wanted or not; a channel whose results are
    changes to the previous one (the preview's block patches) turns them into whole values.
    """

    done = Signal(object)
    failed = Signal(object)

    def __init__(self, worker: WorkerProcess, fold: Callable[[Any], Any] | None = None) -> None:
        super().__init__(worker)
        self.worker = worker
        self.fold = fold
        self._generation = 0
        self._pending: _ProcessJob | None = None
        self._discarded = False

    @property
    def busy(self) -> bool:
        """True while a job of this channel runs or waits."""
        return self._pending is not None or self.worker._running_channel() is self

    def submit(self, function: Callable[..., Any], *args: Any) -> None:
        """Run ``function(*args)`` in the process soon; replaces a request not yet started.

        ``function`` must be importable by name (module level) and ``args`` picklable.
        """
        self._queue(function, args, None)

    def submit_on_text(self, function: Callable[..., Any], text: str, *args: Any) -> None:
        """Like :meth:`submit`, calling ``function(text, *args)``; only the part of ``text``
        that differs from the last text sent to the process crosses the pipe."""
        self._queue(function, args, text)

    def _queue(self, function: Callable[..., Any], args: tuple[Any, ...], text: str | None) -> None:
        self._generation += 1
        self._pending = _ProcessJob(self._generation, function, args, text)
        self.worker._request(self)

    def discard(self) -> None:
        """Forget this channel without waiting for it: a job still waiting is dropped, and
        the one running (its result still folded, as the process's next answers may build on
        it) reports nothing. The channel is deleted once none of its jobs runs."""
        self._pending = None
        self._discarded = True
        self.blockSignals(True)
        if self.worker._running_channel() is not self:
            self.deleteLater()

    def _finish(self, generation: int, result: object, error: object) -> None:
        if self._discarded:
            self.deleteLater()
            return
        if error is not None:
            self.failed.emit(error)
        elif generation == self._generation:
            self.done.emit(result)

    def wait(self, msecs: int = 5000) -> bool:
        """Block until no job of this channel runs or waits (shutdown, tests)."""
        return self.worker.wait_for(lambda: not self.busy, msecs)


class WorkerProcess(QObject):
    """One persistent worker *process* running the jobs of several channels, one at a time.

    CPU-bound Python in a thread holds the GIL and stalls the GUI thread; in a process it
    cannot. The process keeps a copy of the editor's text, so a job on the text is sent as a
    small :class:`TextDelta`. Answers are read on the GUI thread when a socket notifier says
    they have arrived; a process that dies is replaced for the next job. A job that runs past
    ``time_limit`` seconds of CPU time (more on long texts) is abandoned the same way: its
    channel's ``failed`` gets :class:`JobTimedOut`, and the next job runs in a fresh process.
    """

    def __init__(
        self,
        parent: QObject | None = None,
        niceness: int = 0,
        time_limit: float = JOB_TIME_LIMIT_S,
        warm_up: Callable[[], Iterable[object]] | None = None,
    ) -> None:
        super().__init__(parent)
        self._niceness = niceness  # how far the process stands back (see run_behind_the_gui)
        self._warm_up = warm_up  # steps each new process runs while idle (see serve)
        self.time_limit = time_limit
        self._deadline: float | None = None  # time.monotonic() by which the job must answer
        self._fresh = True  # no job sent to this process yet: it may still be starting
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._check_deadline)
        self._closed = False
        self._waiting: list[ProcessChannel] = []  # channels with a pending job, oldest first
        self._in_flight: tuple[ProcessChannel, _ProcessJob] | None = None
        self._text: str | None = None  # what the process holds, once it has read our jobs
        self._sent_args: dict[Callable[..., Any], tuple[Any, ...]] = {}  # last, per function
        # spawn, never fork: a forked copy of a Qt process is unsafe.
        self._context = multiprocessing.get_context("spawn")
        self._process: BaseProcess | None = None
        self._connection: Connection | None = None
        self._writer: PipeWriter | None = None  # jobs go out through it (see pipe_writer)
        self._notifier: QSocketNotifier | None = None
        self._start_process()

    def channel(self, fold: Callable[[Any], Any] | None = None) -> ProcessChannel:
        """A new channel of jobs in this process (see :class:`ProcessChannel`)."""
        return ProcessChannel(self, fold)

    def _start_process(self) -> None:
        ours, theirs = self._context.Pipe()
        process = self._context.Process(
            target=serve, args=(theirs, self._niceness, self._warm_up), daemon=True
        )
        process.start()
        theirs.close()
        self._process, self._connection = process, ours
        self._writer = PipeWriter(ours)
        self._fresh = True
        self._text = None
        self._sent_args = {}
        self._notifier = QSocketNotifier(ours.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_readable)

    def _running_channel(self) -> ProcessChannel | None:
        return self._in_flight[0] if self._in_flight else None

    def _request(self, channel: ProcessChannel) -> None:
        if self._closed:
            channel._pending = None
            return
        if channel not in self._waiting:
            self._waiting.append(channel)
        self._send_next()

    def _send_next(self) -> None:
        while self._in_flight is None and self._waiting and not self._closed:
            channel = self._waiting.pop(0)
            job, channel._pending = channel._pending, None
            if job is None:
                continue
            delta = None if job.text is None else TextDelta.between(self._text, job.text)
            limit = self._limit_for(job)
            try:
                self._writer.send(
                    (job.function, self._compact(job), delta, limit if CPU_LIMITED else None)
                )
            except (OSError, EOFError):
                ended = self._replace_dead_process(f"before a {job_name(job.function)} job")
                channel.failed.emit(RuntimeError(f"the worker process stopped ({ended})"))
                continue
            except Exception as unpicklable:  # pickled before any byte is written
                logger.error(
                    "a %s job could not be sent to the worker process",
                    job_name(job.function),
                    exc_info=unpicklable,
                )
                channel.failed.emit(unpicklable)
                continue
            if job.text is not None:
                self._text = job.text
            self._sent_args[job.function] = job.args
            self._in_flight = (channel, job)
            self._start_clock(limit * CLOCK_SLACK)

    def _limit_for(self, job: _ProcessJob) -> float:
        """The seconds ``job`` may take: more for a long text, which takes longer to render."""
        size = len(job.text) if job.text is not None else 0
        return self.time_limit * max(1.0, size / CHARS_PER_LIMIT)

    def _start_clock(self, seconds: float) -> None:
        allowed = seconds + (START_ALLOWANCE_S if self._fresh else 0.0)
        self._fresh = False
        self._deadline = time.monotonic() + allowed
        self._timer.start(int(allowed * 1000) + 1)

    def _stop_clock(self) -> None:
        self._deadline = None
        self._timer.stop()

    def _check_deadline(self) -> None:
        if self._in_flight is None or self._deadline is None:
            return
        left = self._deadline - time.monotonic()
        if left > 0:
            self._timer.start(int(left * 1000) + 1)
            return
        if self._connection.poll(0):
            self._on_readable()  # the answer arrived just in time
            return
        channel, job = self._in_flight
        self._abandon(channel, job, "ran past its time")

    def _abandon(self, channel: ProcessChannel, job: _ProcessJob, why: str) -> None:
        """Replace the process running ``job`` and tell ``channel`` the job timed out."""
        limit = self._limit_for(job)
        logger.warning(
            "a %s job %s (%g s); its process is replaced", job_name(job.function), why, limit
        )
        self._restart()
        self._send_next()
        channel.failed.emit(JobTimedOut(limit))

    def _compact(self, job: _ProcessJob) -> tuple[Any, ...]:
        """``job.args`` with each argument equal to last time's replaced by a marker."""
        previous = self._sent_args.get(job.function)
        if previous is None or len(previous) != len(job.args):
            return job.args
        return tuple(
            _UNCHANGED if new is old or (type(new) is type(old) and new == old) else new
            for new, old in zip(job.args, previous, strict=True)
        )

    def _replace_dead_process(self, when: str) -> str:
        """Log that the process ended on its own (crash, kill) and start another; returns
        how it ended, for the user-facing message."""
        process = self._process
        self._restart()
        ended = describe_exit(process.exitcode)
        logger.error("the worker process (pid %s) stopped %s: %s", process.pid, when, ended)
        return ended

    def _restart(self) -> None:
        self._stop_clock()
        self._notifier.setEnabled(False)
        self._notifier.deleteLater()
        if self._process.is_alive():
            self._process.kill()
        self._process.join(1)
        # Killed first, so a write still under way fails at once and the writer ends before
        # its pipe is closed (a closed descriptor's number may be the next process's pipe).
        self._writer.stop()
        self._connection.close()
        self._in_flight = None
        if not self._closed:
            self._start_process()

    def _on_readable(self) -> None:
        if self._in_flight is None:
            self._on_idle_readable()
            return
        channel, job = self._in_flight
        self._stop_clock()
        failure: JobFailure | None = None
        try:
            result, error, failure = self._connection.recv()
        except (EOFError, OSError):
            ended = self._replace_dead_process(f"during a {job_name(job.function)} job")
            result, error = None, RuntimeError(f"the worker process stopped ({ended})")
        if isinstance(error, OverCpuLimit):
            self._abandon(channel, job, "used up its CPU time")
            return
        self._in_flight = None
        if isinstance(error, OutOfStep):
            # The process's copy is not ours (it never should be): send the job again, whole.
            self._text = None
            self._sent_args = {}
            if channel._pending is None:
                channel._pending = job
            if channel in self._waiting:
                self._waiting.remove(channel)
            self._waiting.insert(0, channel)
            self._send_next()
            return
        if failure is not None:
            # The user sees the short message; the log keeps the worker's traceback.
            logger.error(
                "a %s job failed in the worker process: %s: %s\n%s",
                job_name(job.function),
                failure.type_name,
                failure.message,
                failure.traceback.rstrip(),
            )
        if error is None and channel.fold is not None:
            try:
                result = channel.fold(result)
            except Exception as unfoldable:
                logger.error(
                    "the result of a %s job could not be used",
                    job_name(job.function),
                    exc_info=unfoldable,
                )
                result, error = None, unfoldable
        self._send_next()
        channel._finish(job.generation, result, error)

    def _on_idle_readable(self) -> None:
        # Nothing was asked, so this is the end of the pipe: the process died while idle
        # (left alone, the notifier would fire again and again). Replace it now.
        try:
            if not self._connection.poll(0):
                return  # a late notification for an answer already read
            self._connection.recv()
        except (EOFError, OSError):
            self._replace_dead_process("while idle")

    def wait_for(self, condition: Callable[[], bool], msecs: int = 5000) -> bool:
        """Handle answers as they come until ``condition()`` holds or ``msecs`` pass."""
        deadline = time.monotonic() + msecs / 1000
        while not condition() and not self._closed:
            left = deadline - time.monotonic()
            if self._in_flight is None:
                return condition()
            if left <= 0:
                return False
            job_left = left if self._deadline is None else self._deadline - time.monotonic()
            if not self._connection.poll(max(0.0, min(left, job_left))):
                if self._deadline is not None and time.monotonic() >= self._deadline:
                    self._check_deadline()  # abandoned: the condition may hold now
                continue
            self._on_readable()
        return True

    def close(self) -> None:
        """Stop the worker process; jobs still waiting are dropped."""
        if self._closed:
            return
        self._closed = True
        self._stop_clock()
        for channel in self._waiting:
            channel._pending = None
        self._waiting.clear()
        self._notifier.setEnabled(False)
        with contextlib.suppress(OSError):
            self._writer.send(None)
        self._process.join(2)
        if self._process.is_alive():
            self._process.kill()
            self._process.join(1)
        self._writer.stop()
        self._connection.close()
