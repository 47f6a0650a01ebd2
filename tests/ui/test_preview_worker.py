"""The preview's render worker process: results come back, only the newest is delivered,
errors are reported, and a crashed worker is replaced."""

from __future__ import annotations

import functools
import os
import signal

from articleeditor.core.render import render_article
from articleeditor.ui.workers import LatestOnlyProcessRunner


def test_process_runner_delivers_only_the_newest_result(qtbot):
    runner = LatestOnlyProcessRunner()
    try:
        results = []
        runner.done.connect(results.append)
        for n in range(5):
            runner.submit(functools.partial(render_article, f"---\ntitle: T{n}\n---\nbody\n"))
        assert runner.wait(20_000)
        qtbot.waitUntil(lambda: bool(results), timeout=5_000)
        assert [r.title for r in results][-1] == "T4"
        assert "T1" not in [r.title for r in results]  # superseded before it started
    finally:
        runner.close()


def test_process_runner_reports_errors_and_survives_a_crash(qtbot):
    runner = LatestOnlyProcessRunner()
    try:
        errors, results = [], []
        runner.failed.connect(errors.append)
        runner.done.connect(results.append)
        runner.submit(functools.partial(int, "not a number"))
        qtbot.waitUntil(lambda: bool(errors), timeout=20_000)
        assert isinstance(errors[0], ValueError)
        os.kill(runner._process.pid, signal.SIGKILL)
        runner._process.join(5)
        runner.submit(functools.partial(render_article, "# after\n"))
        qtbot.waitUntil(lambda: bool(results) or len(errors) > 1, timeout=20_000)
        if not results:  # the job met the dead process: it is restarted for the next one
            runner.submit(functools.partial(render_article, "# after\n"))
            qtbot.waitUntil(lambda: bool(results), timeout=20_000)
        assert "after" in results[-1].body_html
    finally:
        runner.close()
