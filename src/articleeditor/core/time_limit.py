"""A time limit for work done in the calling process (``articleeditor render``).

The window renders in a worker process it can replace (``ui/workers.py``); a command-line
render runs in the process itself, so it is stopped by an alarm signal instead. The
known n² paths are linear now (``core/markdown_guard.py``, ``core/critic.py``); the limit
holds for the ones not yet found.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from articleeditor.core.errors import ArticleEditorError
from articleeditor.core.findings import Finding

# Rendering a 1 MB article takes a second or two; hostile text could take hours.
RENDER_TIME_LIMIT_S = 60.0
# How often the alarm is raised again after the limit, until the block has ended.
REPEAT_S = 0.05
# The work a limit names when it stops it (``what``), worded by the window too.
RENDERING = Finding("task-rendering")


class TimeLimitExceeded(ArticleEditorError):
    """``what`` ran past ``seconds`` and was stopped; ``what`` names the work, as a Finding
    (``task-…``) where the window may show it."""

    def __init__(self, what: str, seconds: float) -> None:
        self.what = what
        self.seconds = seconds
        super().__init__(f"{what} took longer than {seconds:g} s and was stopped")


@contextmanager
def time_limit(seconds: float, what: str, *, cpu: bool = False) -> Iterator[None]:
    """Raise :class:`TimeLimitExceeded` in the block once ``seconds`` have passed.

    ``cpu``: seconds of this process's CPU time (user and system), not of the clock, so that
    a machine busy with other programs does not stop work that would end in time.
    Needs ``setitimer`` and the main thread (POSIX); elsewhere the block runs unlimited.
    """
    main_thread = threading.current_thread() is threading.main_thread()
    if not hasattr(signal, "setitimer") or not main_thread:
        yield
        return

    ended = False

    def expire(_signum: int, _frame: object) -> None:
        if not ended:
            raise TimeLimitExceeded(what, seconds)

    timer, signum = (
        (signal.ITIMER_PROF, signal.SIGPROF) if cpu else (signal.ITIMER_REAL, signal.SIGALRM)
    )
    previous = signal.signal(signum, expire)
    # The alarm repeats: one that lands while Python runs a finaliser (``__del__``, a weakref
    # callback) raises there, where the exception is only reported and then dropped.
    signal.setitimer(timer, seconds, REPEAT_S)
    try:
        yield
    finally:
        ended = True
        signal.setitimer(timer, 0)
        signal.signal(signum, previous)
