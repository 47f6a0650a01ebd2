"""A channel of a worker process can be forgotten without waiting for its running job: the
GUI thread goes on, the channel reports nothing more, and the next channel's job still runs."""

from __future__ import annotations

import time

import pytest

from articleeditor.ui.workers import WorkerProcess


@pytest.fixture
def worker(qtbot):
    process = WorkerProcess()
    yield process
    process.close()


def test_a_discarded_channel_is_not_waited_for_and_reports_nothing(qtbot, worker):
    slow, next_one = worker.channel(), worker.channel()
    folded: list = []
    slow.fold = lambda result: (folded.append(result), result)[1]
    reported: list = []
    slow.done.connect(reported.append)
    slow.failed.connect(reported.append)
    slow.submit(time.sleep, 1.0)
    slow.submit(time.sleep, 1.0)  # waits behind the first: dropped by discard
    destroyed: list = []
    slow.destroyed.connect(lambda: destroyed.append(True))
    answers: list = []
    next_one.done.connect(answers.append)

    started = time.monotonic()
    slow.discard()
    assert time.monotonic() - started < 0.5  # did not wait for the running job
    next_one.submit(len, "four")
    qtbot.waitUntil(lambda: answers == [4], timeout=15_000)
    qtbot.waitUntil(lambda: bool(destroyed), timeout=5_000)
    assert reported == []
    assert folded == [None]  # the running job's answer was still read and folded, once


def test_an_idle_channel_is_deleted_at_once(qtbot, worker):
    idle = worker.channel()
    destroyed: list = []
    idle.destroyed.connect(lambda: destroyed.append(True))
    idle.discard()
    qtbot.waitUntil(lambda: bool(destroyed), timeout=5_000)
