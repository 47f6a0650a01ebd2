"""Hostile text in the real window: the GUI thread keeps answering, a render that runs too
long is abandoned with a note, and the next edit renders again. Exact timings are in
bench/bench_pathological.py; the limits here are generous (each case froze the window for
a minute or more before)."""

from __future__ import annotations

import itertools
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextOption

from tests.ui.conftest import preview_text

# The longest gap between ticks of a 20 ms timer that still counts as responsive here.
STALL_LIMIT_S = 8.0


class Heartbeat:
    """A timer on the GUI thread; the gaps between its ticks are the stalls."""

    def __init__(self) -> None:
        self.ticks: list[float] = []
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(20)
        self.timer.timeout.connect(lambda: self.ticks.append(time.perf_counter()))
        self.timer.start()

    def longest_gap(self, since: float) -> float:
        ticks = [since, *(t for t in self.ticks if t > since), time.perf_counter()]
        return max(b - a for a, b in itertools.pairwise(ticks))


def _open(qtbot, window, path: Path) -> float:
    """Open ``path`` from the event loop (as a menu would) and wait until it is styled and
    rendered; returns the longest stall."""
    heartbeat = Heartbeat()
    qtbot.wait(100)
    started = time.perf_counter()
    QTimer.singleShot(0, lambda: window.open_path(path))
    qtbot.waitUntil(lambda: window.article.path == path, timeout=60_000)
    qtbot.waitUntil(lambda: not window.editor.highlighter.busy, timeout=60_000)
    qtbot.waitUntil(lambda: not window.render_runner.busy, timeout=60_000)
    qtbot.wait(300)  # a few ticks after the last piece of work
    heartbeat.timer.stop()
    return heartbeat.longest_gap(started)


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        pytest.param("a" * 1_000_000, "aaaa", id="1 MB word"),
        pytest.param("{" + " " * 1_000_000 + "end", "end", id="brace and 1 MB of spaces"),
        pytest.param("{++{>>{~~" * 30_000, "{++", id="270 KB of review openers"),
        pytest.param("[" * 16_000 + "\n\nafter", "after", id="16 KB of brackets"),
        pytest.param("![" * 30_000 + "\n\nafter", "after", id="60 KB of image brackets"),
    ],
)
def test_hostile_text_leaves_the_window_responsive(qtbot, window, tmp_path, text, shown):
    path = tmp_path / "hostile.md"
    path.write_text(text, encoding="utf-8")
    stall = _open(qtbot, window, path)
    assert stall < STALL_LIMIT_S
    assert window.editor.text() == text  # nothing lost on the way
    assert shown in preview_text(qtbot, window)[-20_000:]
    assert not window.preview.note.isVisible()


def test_lines_qt_cannot_wrap_change_the_wrapping_until_the_next_text(qtbot, window, tmp_path):
    def wrap() -> QTextOption.WrapMode:
        return window.editor.document().defaultTextOption().wrapMode()

    normal = wrap()
    assert normal != QTextOption.WrapMode.WrapAnywhere
    long_word = tmp_path / "long.md"
    long_word.write_text("Intro.\n\n" + "x" * 50_000 + "\n", encoding="utf-8")
    _open(qtbot, window, long_word)
    assert wrap() == QTextOption.WrapMode.WrapAnywhere
    blanks = tmp_path / "blanks.md"
    blanks.write_text("{" + " " * 100_000 + "end\n", encoding="utf-8")
    _open(qtbot, window, blanks)  # Qt's wrapping never ends such a line: no wrapping at all
    assert wrap() == QTextOption.WrapMode.NoWrap
    plain = tmp_path / "plain.md"
    plain.write_text("Just words.\n", encoding="utf-8")
    _open(qtbot, window, plain)
    assert wrap() == normal


def test_a_list_nested_too_deeply_is_shown_as_written_with_a_note(qtbot, window, tmp_path):
    path = tmp_path / "nested.md"
    path.write_text("".join("    " * i + "- item\n" for i in range(300)), encoding="utf-8")
    _open(qtbot, window, path)
    qtbot.waitUntil(lambda: window.preview.note.isVisible(), timeout=10_000)
    assert window.preview.note_kind == "unformatted"
    assert "- item" in preview_text(qtbot, window)


def test_a_render_past_the_limit_keeps_the_last_preview_and_says_why(qtbot, window, tmp_path):
    path = tmp_path / "article.md"
    path.write_text("# Good\n\nThe good version.\n", encoding="utf-8")
    _open(qtbot, window, path)
    assert "The good version." in preview_text(qtbot, window)
    window.render_worker.time_limit = 1.0
    window.render_worker._fresh = False  # the process is running: no start-up allowance
    # Still slow to render: Python-Markdown spends some 0.1 ms on each heading.
    cursor = window.editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    cursor.insertText("\n\n" + "# a\n" * 60_000)
    qtbot.waitUntil(lambda: window.preview.note.isVisible(), timeout=30_000)
    assert window.preview.note_kind == "behind"
    assert "1 s" in window.preview.note.text()
    shown = preview_text(qtbot, window)
    assert "The good version." in shown and "# a" not in shown  # the last good state
    window.render_worker.time_limit = 30.0
    window.actions.undo.trigger()  # the next edit renders again
    qtbot.waitUntil(lambda: not window.preview.note.isVisible(), timeout=60_000)
    assert "The good version." in preview_text(qtbot, window)
