"""Writing jobs to a worker process's pipe without making the GUI thread wait.

A pipe holds 64 KB; a job carrying a 1 MB text (the first job on a text, or one sent again
whole) fills it many times over, and each time the GUI thread would wait for the process to
read, which a busy or deprioritised process does late (31-35 ms stalls while typing in an
870 KB document under load). Here the GUI thread only pickles the job (so an unpicklable one
still fails at once, at the caller) and a thread of the writer's own writes the bytes, in order.
No Qt: the thread touches nothing but the pipe.
"""

from __future__ import annotations

import logging
import queue
import threading
from multiprocessing.connection import Connection
from multiprocessing.reduction import ForkingPickler

logger = logging.getLogger(__name__)

_STOP = object()


class PipeWriter:
    """Sends objects over ``connection`` from a thread of its own, in the order given; what a
    ``Connection.recv`` on the other end reads is the same as after ``Connection.send``."""

    def __init__(self, connection: Connection) -> None:
        self._connection = connection
        self._queue: queue.SimpleQueue[object] = queue.SimpleQueue()
        self._failed: OSError | None = None
        self._thread = threading.Thread(target=self._run, name="worker-pipe-writer", daemon=True)
        self._thread.start()

    def send(self, obj: object) -> None:
        """Queue ``obj`` for the pipe; pickling errors raise here, and OSError once writing
        has failed (the process is gone)."""
        if self._failed is not None:
            raise self._failed
        self._queue.put(bytes(ForkingPickler.dumps(obj)))

    def _run(self) -> None:
        while (data := self._queue.get()) is not _STOP:
            try:
                self._connection.send_bytes(data)  # type: ignore[arg-type]
            except OSError as error:  # the process died: its reader sees the pipe close
                logger.info("the worker process stopped reading its pipe: %s", error)
                self._failed = error
                return

    def stop(self, timeout: float = 1.0) -> bool:
        """Write what is queued, then end the thread; False if it is still writing after
        ``timeout`` seconds (a process that reads nothing: kill it first)."""
        self._queue.put(_STOP)
        self._thread.join(timeout)
        return not self._thread.is_alive()
