"""The worker processes: results come back, only the newest is delivered, the text crosses
the pipe as deltas, errors are reported, and a crashed worker is replaced."""

from __future__ import annotations

import functools
import os
import pickle
import signal
import time

import pytest

from articleeditor.core.blockpatch import PatchedBody
from articleeditor.core.render import RenderOptions, render_article
from articleeditor.core.textstats import count
from articleeditor.ui.worker_jobs import render_preview
from articleeditor.ui.worker_process import Unchanged
from articleeditor.ui.workers import WorkerProcess


@pytest.fixture
def worker(qtbot):
    process = WorkerProcess()
    yield process
    process.close()


def answers(channel) -> list:
    """The results ``channel`` delivers, as they come."""
    results: list = []
    channel.done.connect(results.append)
    return results


def sent_jobs(worker: WorkerProcess) -> list:
    """The jobs written to the process from now on, as (function, args, delta)."""
    sent: list = []
    real_send = worker._writer.send
    worker._writer.send = lambda job: (sent.append(job), real_send(job))[1]
    return sent


def test_a_channel_delivers_only_the_newest_result(worker):
    channel = worker.channel()
    results = answers(channel)
    for n in range(5):
        channel.submit(render_article, f"---\ntitle: T{n}\n---\nbody\n")
    assert channel.wait(20_000)
    assert [r.title for r in results][-1] == "T4"
    assert "T1" not in [r.title for r in results]  # superseded before it started


def test_jobs_on_the_text_receive_it_whole_after_edits_sent_as_deltas(worker):
    channel = worker.channel()
    results = answers(channel)
    text = "---\ntitle: T\n---\n" + "word " * 50_000
    channel.submit_on_text(count, text)
    assert channel.wait(20_000)
    assert results[-1] == count(text)
    sent = sent_jobs(worker)
    edited = text[:100] + "extra words here " + text[100:]
    channel.submit_on_text(count, edited)
    assert channel.wait(20_000)
    assert results[-1] == count(edited)
    assert sent[-1][2].replacement == "extra words here "  # not the 250 KB text


def test_render_patches_rebuild_the_whole_article(worker):
    body = PatchedBody()
    channel = worker.channel(fold=body.apply)
    results = answers(channel)
    paragraphs = [f"Paragraph {n} of the article.\n" for n in range(200)]
    options = RenderOptions()
    text = "# Title\n\n" + "\n".join(paragraphs)
    for edit in range(3):
        channel.submit_on_text(render_preview, text, options, body.blocks is None)
        assert channel.wait(20_000)
        assert results[-1].body_html == render_article(text, options).body_html
        text = text.replace(f"Paragraph {edit * 50}", f"Changed {edit * 50}")


def test_arguments_equal_to_last_time_do_not_cross_the_pipe_again(worker):
    body = PatchedBody()
    channel = worker.channel(fold=body.apply)
    results = answers(channel)
    shared = tuple(
        {"id": f"key{n}", "type": "book", "title": f"Book {n}", "issued": {"date-parts": [[2020]]}}
        for n in range(500)
    )
    sent = sent_jobs(worker)
    text = "---\ntitle: T\n---\nA book [@key7].\n"
    for _ in range(2):
        options = RenderOptions(shared_references=tuple(dict(item) for item in shared))
        channel.submit_on_text(render_preview, text, options, body.blocks is None)
        assert channel.wait(20_000)
        assert results[-1].body_html == render_article(text, options).body_html
        text = text.replace("A book", "One book")
    assert not isinstance(sent[0][1][0], Unchanged)
    assert isinstance(sent[1][1][0], Unchanged)  # equal options: sent once
    assert "Book 7" in results[-1].body_html and "One book" in results[-1].body_html


def test_a_worker_reports_errors_and_survives_a_crash(qtbot, worker):
    channel = worker.channel()
    results = answers(channel)
    errors: list = []
    channel.failed.connect(errors.append)
    channel.submit(functools.partial(int, "not a number"))
    qtbot.waitUntil(lambda: bool(errors), timeout=20_000)
    assert isinstance(errors[0], ValueError)
    channel.submit_on_text(count, "before the crash")
    assert channel.wait(20_000)
    os.kill(worker._process.pid, signal.SIGKILL)
    worker._process.join(5)
    channel.submit_on_text(count, "after the crash, three more words")
    qtbot.waitUntil(lambda: len(results) > 1 or len(errors) > 1, timeout=20_000)
    if len(results) == 1:  # the job met the dead process: it is restarted for the next one
        channel.submit_on_text(count, "after the crash, three more words")
        qtbot.waitUntil(lambda: len(results) > 1, timeout=20_000)
    assert results[-1].words == 6  # the new process got the whole text, not a delta


def test_a_worker_that_dies_while_idle_is_replaced_without_spinning(qtbot, worker):
    channel = worker.channel()
    results = answers(channel)
    dead = worker._process
    os.kill(dead.pid, signal.SIGKILL)
    dead.join(5)
    qtbot.waitUntil(lambda: worker._process is not dead, timeout=5_000)
    channel.submit_on_text(count, "one two three")
    assert channel.wait(20_000)
    assert results[-1].words == 3


def test_a_job_the_process_cannot_follow_is_sent_again_whole(worker):
    channel = worker.channel()
    results = answers(channel)
    channel.submit_on_text(count, "two words")
    assert channel.wait(20_000)
    worker._text = "a text the process never had"  # the two sides out of step
    sent = sent_jobs(worker)
    channel.submit_on_text(count, "now four words here")
    assert channel.wait(20_000)
    assert results[-1].words == 4
    assert sent[-1][2].old_length == -1  # the second attempt carried the whole text


def test_a_job_past_the_time_limit_is_abandoned_and_the_next_one_runs(qtbot, worker):
    import time

    from articleeditor.ui.workers import JobTimedOut

    channel = worker.channel()
    results = answers(channel)
    errors: list = []
    channel.failed.connect(errors.append)
    channel.submit_on_text(count, "the process has started")
    assert channel.wait(30_000)
    stuck = worker._process
    worker.time_limit = 0.5
    started = time.monotonic()
    channel.submit(time.sleep, 60)
    qtbot.waitUntil(lambda: bool(errors), timeout=20_000)  # the event loop's clock fired
    assert isinstance(errors[0], JobTimedOut) and errors[0].seconds == 0.5
    assert time.monotonic() - started < 20
    stuck.join(5)
    assert not stuck.is_alive() and worker._process is not stuck
    assert not channel.busy
    channel.submit_on_text(count, "one two three")
    assert channel.wait(30_000)
    assert results[-1].words == 3  # the fresh process got the whole text


def test_waiting_for_a_job_past_the_time_limit_abandons_it(worker):
    import time

    from articleeditor.ui.workers import JobTimedOut

    channel = worker.channel()
    errors: list = []
    channel.failed.connect(errors.append)
    channel.submit_on_text(count, "the process has started")
    assert channel.wait(30_000)
    worker.time_limit = 0.5
    channel.submit(time.sleep, 60)
    assert channel.wait(20_000)  # no event loop: wait() keeps the clock itself
    assert [type(e) for e in errors] == [JobTimedOut]


def busy_for(seconds: float) -> float:
    """Runs in the worker: ``seconds`` of the process's CPU time, spent computing."""
    started = time.process_time()
    while time.process_time() - started < seconds:
        pass
    return seconds


needs_cpu_clock = pytest.mark.skipif(
    not hasattr(signal, "setitimer"), reason="the worker counts CPU time with POSIX timers"
)


@needs_cpu_clock
def test_a_job_past_its_cpu_time_is_stopped_by_the_workers_own_clock(
    qtbot, worker, caplog, monkeypatch
):
    from articleeditor.ui import workers
    from articleeditor.ui.workers import JobTimedOut

    # The clock's backstop far off, however busy the machine running the test.
    monkeypatch.setattr(workers, "CLOCK_SLACK", 60.0)

    channel = worker.channel()
    errors: list = []
    channel.failed.connect(errors.append)
    channel.submit_on_text(count, "the process has started")
    assert channel.wait(30_000)
    worker.time_limit = 0.5
    channel.submit(busy_for, 60)
    qtbot.waitUntil(lambda: bool(errors), timeout=30_000)
    assert isinstance(errors[0], JobTimedOut) and errors[0].seconds == 0.5
    # Stopped by its CPU time, in the worker, not by the clock's backstop in this process.
    assert "busy_for job used up its CPU time" in caplog.text
    worker.time_limit = 30.0
    results = answers(channel)
    channel.submit_on_text(count, "one two three")
    assert channel.wait(30_000)
    assert results[-1].words == 3  # a fresh process took over


@needs_cpu_clock
def test_a_job_slowed_by_a_busy_machine_is_not_abandoned(worker):
    # The process gets no CPU for 1.5 s in the middle of a job needing 0.2 s: on a machine
    # busy with other programs, a render takes longer by the clock but no more CPU time.
    channel = worker.channel()
    results = answers(channel)
    errors: list = []
    channel.failed.connect(errors.append)
    channel.submit_on_text(count, "the process has started")
    assert channel.wait(30_000)
    worker.time_limit = 1.0
    channel.submit(busy_for, 0.2)
    os.kill(worker._process.pid, signal.SIGSTOP)
    time.sleep(1.5)
    os.kill(worker._process.pid, signal.SIGCONT)
    assert channel.wait(30_000)
    assert errors == [] and results[-1] == 0.2


def test_a_long_text_is_allowed_more_time(worker):
    from articleeditor.ui.workers import CHARS_PER_LIMIT

    worker.time_limit = 2.0
    channel = worker.channel()
    sent = sent_jobs(worker)
    channel.submit_on_text(count, "x" * (3 * CHARS_PER_LIMIT))
    assert channel.wait(30_000)
    if hasattr(signal, "setitimer"):
        assert sent[-1][3] == 6.0  # three limits' worth of text: three limits of CPU time


def test_a_job_larger_than_the_pipe_is_sent_while_the_process_reads_nothing(worker):
    # A stopped process reads nothing; 4 MB fill its pipe 60 times over. Sending must not
    # wait for it (the GUI thread would stall), and the job must arrive whole.
    channel = worker.channel()
    results = answers(channel)
    channel.submit_on_text(count, "ready")
    assert channel.wait(20_000)
    os.kill(worker._process.pid, signal.SIGSTOP)
    try:
        text = "word " * 800_000
        started = time.monotonic()
        channel.submit_on_text(count, text)
        assert time.monotonic() - started < 0.5
    finally:
        os.kill(worker._process.pid, signal.SIGCONT)
    assert channel.wait(20_000)
    assert results[-1] == count(text)


def test_a_waiting_job_goes_before_the_warm_up(qtbot):
    # The warm-up (here: a step of 3 s after one of nothing) runs only while no job waits.
    process = WorkerProcess(warm_up=functools.partial(map, time.sleep, [0, 3.0]))
    try:
        channel = process.channel()
        results = answers(channel)
        started = time.monotonic()
        channel.submit_on_text(count, "a few words")
        assert channel.wait(20_000)
        assert results == [count("a few words")]
        assert time.monotonic() - started < 2.5
    finally:
        process.close()


def test_the_pipe_writer_sends_in_order_what_recv_reads(qtbot):
    import multiprocessing

    from articleeditor.ui.pipe_writer import PipeWriter

    ours, theirs = multiprocessing.Pipe()
    writer = PipeWriter(ours)
    big = "x" * 3_000_000  # far past the pipe's buffer, nothing reading yet
    started = time.monotonic()
    for n in range(3):
        writer.send((n, big))
    assert time.monotonic() - started < 0.5
    assert [theirs.recv() for _ in range(3)] == [(n, big) for n in range(3)]
    with pytest.raises((pickle.PicklingError, AttributeError)):
        writer.send(lambda: None)  # refused at once, by the caller's thread
    assert writer.stop()
    ours.close()
    theirs.close()
