"""The loop of a worker process. No Qt here: the spawned process imports only this module
(and what its jobs need), so it starts fast and holds no GUI state."""

from __future__ import annotations

import contextlib
import logging
import os
import traceback
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

from articleeditor.collector import freeze_startup_objects
from articleeditor.core.textdelta import TextDelta, TextOutOfStep
from articleeditor.core.time_limit import TimeLimitExceeded, time_limit

logger = logging.getLogger(__name__)

_NO_LIMIT = contextlib.nullcontext()


class Unchanged:
    """Stands for the argument in the same place of the last job for the same function
    (render options with a site's whole bibliography need not cross the pipe each time)."""


class OutOfStep(Exception):
    """The process's copy of the text, or of a function's last arguments, is not the one the
    job was made against (it never should be); the GUI side sends the job again, whole."""


class OverCpuLimit(Exception):
    """The job used more CPU time than it was allowed and was stopped part-way; the GUI side
    replaces the process, whose caches it may have left half-updated."""

    def __init__(self, seconds: float) -> None:
        super().__init__(seconds)
        self.seconds = seconds


@dataclass(frozen=True)
class JobFailure:
    """How a job failed, as text that always crosses the pipe: the exception's type and
    message and the traceback formatted in the worker process, for the GUI side's log."""

    type_name: str
    message: str
    traceback: str

    @classmethod
    def of(cls, error: BaseException) -> JobFailure:
        """Describe ``error``, just caught in this process."""
        return cls(type(error).__name__, str(error), "".join(traceback.format_exception(error)))


class _Held:
    """What a worker process keeps between jobs: the editor's text and, per function, the
    arguments of its last job."""

    def __init__(self) -> None:
        self.text: str | None = None
        self.args: dict[object, tuple] = {}

    def run(self, function: Callable[..., Any], args: tuple, delta: TextDelta | None) -> Any:
        if any(isinstance(arg, Unchanged) for arg in args):
            previous = self.args.get(function)
            if previous is None or len(previous) != len(args):
                raise OutOfStep("an unchanged argument this process never received")
            args = tuple(
                old if isinstance(new, Unchanged) else new
                for new, old in zip(args, previous, strict=True)
            )
        self.args[function] = args
        if delta is not None:
            try:
                self.text = delta.apply(self.text)
            except TextOutOfStep as error:
                self.text = None
                raise OutOfStep(str(error)) from error
            args = (self.text, *args)
        return function(*args)


def serve(
    connection: Connection,
    niceness: int = 0,
    warm_up: Callable[[], Iterable[object]] | None = None,
) -> None:
    """Run each job the process is sent and send back ``(result, error, failure)``.

    A job is ``(function, args, delta, cpu_limit)``: with a delta, the process's copy of the
    editor's text is brought up to date and passed to ``function`` first; a job that uses
    more than ``cpu_limit`` seconds of CPU time (where POSIX timers allow) fails with
    :class:`OverCpuLimit`. When it raises, ``error``
    is the exception (for the GUI side to word) and ``failure`` its :class:`JobFailure`.
    ``warm_up`` gives steps that set up what the first real job would otherwise pay for
    (imports, parsed styles, compiled patterns); they run while no job waits, so a job waits
    at most for the step under way.
    """
    run_behind_the_gui(niceness)
    held = _Held()
    steps = iter(warm_up()) if warm_up is not None else None
    if steps is None:
        freeze_startup_objects()
    while True:
        if steps is not None and not connection.poll(0):
            steps = _warm_up_step(steps)
            continue
        try:
            job = connection.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        function, args, delta, cpu_limit = job
        try:
            with time_limit(cpu_limit, job_name(function), cpu=True) if cpu_limit else _NO_LIMIT:
                result = held.run(function, args, delta)
        except TimeLimitExceeded as over:
            connection.send((None, OverCpuLimit(cpu_limit), JobFailure.of(over)))
        except Exception as error:  # sent back, logged and reported on the GUI thread
            failure = JobFailure.of(error)
            try:
                connection.send((None, error, failure))
            except Exception:  # the error itself would not pickle; its description does
                stand_in = RuntimeError(f"{failure.type_name}: {failure.message}")
                connection.send((None, stand_in, failure))
        else:
            try:
                connection.send((result, None, None))
            except Exception as unpicklable:  # pickled before any byte is written
                failure = JobFailure.of(unpicklable)
                stand_in = RuntimeError(f"result not sendable: {unpicklable}")
                connection.send((None, stand_in, failure))


def job_name(function: Callable[..., Any]) -> str:
    """A job's function as the log names it."""
    return getattr(function, "__qualname__", None) or repr(function)


def _warm_up_step(steps: Iterator[object]) -> Iterator[object] | None:
    """Run one warm-up step; None when there are no more (or one failed: the jobs still run,
    and the first sets up what it needs)."""
    try:
        next(steps)
    except StopIteration:
        freeze_startup_objects()  # what the warm-up set up serves every later job
        return None
    except Exception:
        logger.exception("warming up the worker process failed")
        return None
    return steps


def run_behind_the_gui(niceness: int) -> None:
    """Keep this process from taking a core from the GUI thread: sending a job wakes the
    process, and a normal process woken up may be switched to at once; ``niceness`` lowers
    its share of the CPU further."""
    with contextlib.suppress(AttributeError, OSError):  # Linux: no wake-up preemption
        os.sched_setscheduler(0, os.SCHED_BATCH, os.sched_param(0))
    if niceness:
        with contextlib.suppress(AttributeError, OSError):  # POSIX
            os.nice(niceness)
