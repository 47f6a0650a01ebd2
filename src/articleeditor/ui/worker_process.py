"""The loop of a worker process. No Qt here: the spawned process imports only this module
(and what its jobs need), so it starts fast and holds no GUI state."""

from __future__ import annotations

import contextlib
import os
from multiprocessing.connection import Connection

from articleeditor.core.textdelta import TextOutOfStep


def serve(connection: Connection) -> None:
    """Run each job the process is sent and send back ``(result, error)``.

    A job is ``(function, args, delta)``: with a delta, the process's copy of the editor's
    text is brought up to date and passed to ``function`` first.
    """
    run_behind_the_gui()
    text: str | None = None
    while True:
        try:
            job = connection.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        function, args, delta = job
        try:
            if delta is not None:
                try:
                    text = delta.apply(text)
                except TextOutOfStep:
                    text = None
                    raise
                args = (text, *args)
            result = function(*args)
        except Exception as error:  # sent back and reported on the GUI thread
            try:
                connection.send((None, error))
            except Exception:  # the error itself would not pickle
                connection.send((None, RuntimeError(f"{type(error).__name__}: {error}")))
        else:
            try:
                connection.send((result, None))
            except Exception as unpicklable:  # pickled before any byte is written
                connection.send((None, RuntimeError(f"result not sendable: {unpicklable}")))


def run_behind_the_gui() -> None:
    """Lower this process's priority. Sending a job wakes the process; at equal priority
    the kernel may switch to it at once and leave the GUI thread waiting for a core."""
    with contextlib.suppress(AttributeError, OSError):  # Linux: no wake-up preemption
        os.sched_setscheduler(0, os.SCHED_BATCH, os.sched_param(0))
    with contextlib.suppress(AttributeError, OSError):  # POSIX
        os.nice(5)
