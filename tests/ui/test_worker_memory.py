"""Worker processes leave what their start-up built out of later garbage collections, so a
full collection in the middle of a render walks only the render's own objects."""

from __future__ import annotations

import gc

from articleeditor.ui.worker_jobs import warm_up_render
from articleeditor.ui.workers import WorkerProcess


def _frozen_in(qtbot, process: WorkerProcess) -> int:
    channel = process.channel()
    results: list = []
    channel.done.connect(results.append)
    channel.submit(gc.get_freeze_count)  # runs in the worker: its own collector's count
    qtbot.waitUntil(lambda: bool(results), timeout=20_000)
    return results[0]


def test_a_worker_without_warm_up_freezes_its_start_up_objects(qtbot):
    process = WorkerProcess()
    try:
        assert _frozen_in(qtbot, process) > 1000
    finally:
        process.close()


def test_the_render_worker_freezes_once_warmed_up(qtbot):
    process = WorkerProcess(warm_up=warm_up_render)
    try:
        # Asked at once, the job may run between two warm-up steps: ask until warmed up.
        counts: list[int] = []
        qtbot.waitUntil(
            lambda: counts.append(_frozen_in(qtbot, process)) or counts[-1] > 0, timeout=30_000
        )
        # Everything the warm-up set up (Markdown, the CSL style, Pygments) is in it.
        assert counts[-1] > 20_000
    finally:
        process.close()
