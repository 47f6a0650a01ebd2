"""Hostile files and sites opened in the real window: a banner or a message, never an exception
on the GUI thread, never a hang, never a changed byte."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from tests.hostile.corpus import GOOD, file_cases, site_cases, snapshot

# Huge lines and deep Markdown nesting are bounded by other work (the highlighter's slicing of
# huge lines, render time limits); opening them here would time that, not the open path.
_LONGEST_LINE = 50_000
_RENDER_BOUND = {"nested-lists-300", "nested-quotes-300"}
# Megabyte runs of Markdown: linear now, but some take seconds to render on a loaded machine.
# The render worker's time limit stopping them, with its message, is a right answer too.
_MAY_TIME_OUT = ("-1mb", "-800k", "-300k", "-90k", "-5000")


def _has_huge_line(path: Path) -> bool:
    if not path.is_file() or path.is_symlink():
        return False
    return any(len(line) > _LONGEST_LINE for line in path.read_bytes().split(b"\n"))


_MUST_FLAG = (
    "alias-bomb",
    "impossible-date",
    "month-13",
    "deep-json-objects",
    "big-int-yaml",
    "big-int-json",
    "recursive-alias",
    "deep-yaml-block",
)
_MUST_REFUSE = (
    "fifo",
    "dev-zero-link",
    "dev-urandom-link",
    "symlink-loop",
    "png",
    "name-too-long",
    "over-20-mb",
)


def _settle(qtbot, window) -> None:
    window.render_timer.stop()
    # A megabyte text may use two limits of CPU time (see workers.CHARS_PER_LIMIT) before
    # it is stopped, and a loaded machine gives the worker only part of a core.
    qtbot.waitUntil(lambda: not window.render_runner.busy, timeout=60_000)
    qtbot.wait(1)


def _open_case(qtbot, window, dialogs, path: Path) -> str:
    """Open ``path``; return how the window answered: "opened", "banner" or "dialog"."""
    shown = len(dialogs.shown)
    start = time.monotonic()
    opened = window.open_path(path)
    # The window's own part (the render runs in a worker, under its own limit): a FIFO or a
    # device file once froze it here for good.
    assert time.monotonic() - start < 20, f"{path.parent.name} froze the window while opening"
    if not opened:
        assert len(dialogs.shown) > shown, f"{path}: refused without a word"
        return "dialog"
    _settle(qtbot, window)
    failed = window.statusBar().currentMessage()
    timed_out = "took longer than" in failed and path.parent.name.endswith(_MAY_TIME_OUT)
    assert timed_out or "failed" not in failed.lower(), f"{path}: {failed}"
    error = window.front_matter.error
    if error is None:
        return "opened"
    assert window.banner.kind == "error"
    assert f"line {error.line}" in window.banner.label.text()
    return "banner"


def test_every_hostile_file_opens_with_a_banner_or_a_message(qtbot, window, dialogs, tmp_path):
    answers: dict[str, str] = {}
    for case in file_cases():
        if case.name in _RENDER_BOUND:
            continue
        folder = tmp_path / case.name
        folder.mkdir()
        path = case.build(folder)
        if case.name not in _MUST_REFUSE and _has_huge_line(path):
            continue
        before = snapshot(folder)
        answers[case.name] = _open_case(qtbot, window, dialogs, path)
        window.editor.document().setModified(False)
        assert snapshot(folder) == before, f"{case.name}: bytes changed by opening it"
    # None of these may open as if nothing were wrong.
    for name in _MUST_FLAG:
        assert answers[name] == "banner", (name, answers[name])
    for name in _MUST_REFUSE:
        assert answers[name] == "dialog", (name, answers[name])


def test_typing_an_impossible_date_shows_the_banner(qtbot, window, tmp_path):
    path = tmp_path / "article.md"
    path.write_text(GOOD, encoding="utf-8")
    with qtbot.waitSignal(window.preview_updated, timeout=20_000):
        assert window.open_path(path)
    assert window.banner.kind != "error"
    window.editor.setTextCursor(window.editor.document().find("2026-03-01"))
    qtbot.keyClicks(window.editor, "2026-02-30")  # typed over the selected date
    assert "date: 2026-02-30" in window.editor.text()
    qtbot.waitUntil(lambda: window.banner.kind == "error", timeout=10_000)
    assert "line 3, column 7" in window.banner.label.text()
    assert "YYYY-MM-DD" in window.banner.label.text()
    _settle(qtbot, window)


@pytest.mark.parametrize(
    "name",
    [
        "site-alias-bomb",
        "site-impossible-date",
        "site-fifo",
        "site-dev-zero",
        "site-symlink-loop",
        "site-long-link",
        "site-unknown-extension",
        "site-unknown-style",
        "site-config-fifo",
        "site-bibliography-no-type",
    ],
)
def test_opening_a_hostile_site_indexes_the_rest(qtbot, window, dialogs, tmp_path, name):
    case = next(c for c in site_cases() if c.name == name)
    root = case.build(tmp_path)
    before = snapshot(root)
    window.open_path(root)
    _settle(qtbot, window)
    if name == "site-config-fifo":
        # No configuration can be read: the window says so and works without the site's.
        assert window.banner.kind == "warning"
        assert "named pipe" in window.banner.label.text()
    else:
        service = window.tags_feature.service
        qtbot.waitUntil(lambda: service.ready, timeout=20_000)
        assert "alpha" in service.index.counts()  # good.md is indexed whatever sits beside it
    window.editor.document().setModified(False)
    assert snapshot(root) == before
    assert os.path.exists(root / "content" / "posts" / "good.md")
