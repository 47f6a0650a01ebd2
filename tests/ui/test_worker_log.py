"""A job that fails in the real worker process lands in the log file with the worker's
traceback, and a worker process that dies is logged with its exit code."""

from __future__ import annotations

import functools
import os
import signal
import sys
import time
from pathlib import Path

import pytest

from articleeditor.logfile import current_log_path, start_logging
from articleeditor.ui.workers import WorkerProcess


def job_that_raises(text: str) -> None:
    """Runs in the worker process: a frame of ours for the traceback to show."""
    raise LookupError(f"no entry for {text!r}, raised on purpose in the worker")


@pytest.fixture
def log_file(tmp_path: Path):
    before = current_log_path()
    path = start_logging(tmp_path)
    assert path is not None
    yield path
    if before is not None:
        start_logging(before.parent.parent)  # log_path() is <folder>/logs/<name>


@pytest.fixture
def worker(qtbot):
    process = WorkerProcess()
    yield process
    process.close()


def failures(channel) -> list:
    errors: list = []
    channel.failed.connect(errors.append)
    return errors


def test_a_job_that_raises_is_logged_with_the_workers_traceback(qtbot, worker, log_file):
    channel = worker.channel()
    errors = failures(channel)
    channel.submit_on_text(job_that_raises, "doi:10.1000/xyz")
    qtbot.waitUntil(lambda: bool(errors), timeout=20_000)

    # The window words the exception itself: the short message, no traceback in it.
    assert isinstance(errors[0], LookupError)
    assert str(errors[0]) == "no entry for 'doi:10.1000/xyz', raised on purpose in the worker"
    logged = log_file.read_text(encoding="utf-8")
    assert " ERROR " in logged
    assert "job_that_raises job failed in the worker process" in logged
    assert "Traceback (most recent call last):" in logged
    # Frames from the worker process: its job loop and the job's own line.
    assert "worker_process.py" in logged
    assert 'raise LookupError(f"no entry for {text!r}' in logged
    assert "LookupError: no entry for 'doi:10.1000/xyz'" in logged


def test_a_worker_process_that_exits_during_a_job_is_logged_with_its_exit_code(
    qtbot, worker, log_file
):
    channel = worker.channel()
    errors = failures(channel)
    dead = worker._process
    channel.submit(functools.partial(os._exit, 3))
    qtbot.waitUntil(lambda: bool(errors), timeout=20_000)

    assert str(errors[0]) == "the worker process stopped (exit code 3)"
    logged = log_file.read_text(encoding="utf-8")
    assert f"the worker process (pid {dead.pid}) stopped during a" in logged
    assert "exit code 3" in logged
    assert worker._process is not dead  # replaced for the next job


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_a_worker_process_killed_during_a_job_is_logged_with_the_signal(qtbot, worker, log_file):
    channel = worker.channel()
    errors = failures(channel)
    dead = worker._process
    channel.submit(functools.partial(time.sleep, 60))
    os.kill(dead.pid, signal.SIGKILL)
    qtbot.waitUntil(lambda: bool(errors), timeout=20_000)

    assert "SIGKILL" in str(errors[0])
    logged = log_file.read_text(encoding="utf-8")
    assert f"the worker process (pid {dead.pid}) stopped during a" in logged
    assert "exit code -9, SIGKILL" in logged
