"""Pathological text on the real main window (offscreen): how long the GUI thread stalls and
how long rendering takes, per hostile input. Prints a table of medians.

    .venv/bin/python bench/bench_pathological.py [--runs 3] [--cap 60] [--src DIR] [CASE ...]

Each run is a fresh process (a frozen window is killed at ``--cap`` seconds and shown as
``>cap``). Columns:

- open→responsive: from ``open_path`` until the event loop has answered every 10 ms for a
  whole second (the highlighter done, the first layout done);
- longest stall: the longest gap between ticks of a 10 ms timer on the GUI thread from the
  open until the preview is settled;
- preview: from the open until the preview shows the article or says it gave up;
- idle, to end, keystroke, left: then, with the editor focused, the longest stall in 3 s of
  idling (the cursor blinks), after Ctrl+End, after typing one character there (2.5 s, so
  the checks and the render it starts are in) and after moving the cursor left;
- render (core): ``render_article`` alone, in-process, as ``articleeditor render`` runs it.

``--render-only`` measures that last column alone (no window), a quicker way to compare code.

``--src`` measures another checkout's ``src`` (the code before a change) with this script.
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import json
import math
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve()
KB = 1024


def _science_feature() -> str:
    sys.path.insert(0, str(HERE.parents[1]))
    from bench.real_articles import science_feature

    return science_feature()


def _nested_list(depth: int) -> str:
    return "".join("    " * level + "- item\n" for level in range(depth))


# name → (what the issue tried, the text). Sizes are the issue's.
CASES: dict[str, tuple[str, Callable[[], str]]] = {
    "word-1mb": ("a 1 MB unbreakable word", lambda: "a" * (1000 * KB)),
    "line-5mb": ("a 5 MB unbreakable line", lambda: "x" * (5000 * KB)),
    "critic-270k": ("270 KB of {++{>>{~~", lambda: "{++{>>{~~" * (270 * KB // 9)),
    "brace-spaces-1mb": ("{ and 1 MB of spaces", lambda: "{" + " " * (1000 * KB)),
    "brackets-16k": ("16 KB of [", lambda: "[" * (16 * KB)),
    "image-brackets-60k": ("60 KB of ![", lambda: "![" * (30 * KB)),
    "list-300-deep": ("a list nested 300 deep", lambda: _nested_list(300)),
    "tags-1mb": ("1 MB of `<a `", lambda: "<a " * (1000 * KB // 3)),
    "attr-heading-1mb": ("1 MB of `# a {` on one line", lambda: "# a {" * (1000 * KB // 5)),
    "heading-lines-1mb": ("1 MB of `# a {` lines", lambda: "# a {\n" * (1000 * KB // 6)),
    "backslashes-1mb": ("1 MB of `\\\\`", lambda: "\\" * (1000 * KB)),
    "emphasis-1mb": ("1 MB of `*a`", lambda: "*a" * (1000 * KB // 2)),
    "citations-1mb": ("1 MB of `@a `", lambda: "@a " * (1000 * KB // 3)),
    "closed-emphasis-800k": ("800 KB of `*a* `", lambda: "*a* " * 200_000),
    "underscores-1mb": ("1 MB of `_a_ `", lambda: "_a_ " * (1000 * KB // 4)),
    "open-links-1mb": ("1 MB of `[a](`", lambda: "[a](" * (1000 * KB // 4)),
    "open-images-1mb": ("1 MB of `![a](b`", lambda: "![a](b" * (1000 * KB // 6)),
    "autolinks-1mb": ("1 MB of `<http://a`", lambda: "<http://a" * (1000 * KB // 9)),
    "char-refs-1mb": ("1 MB of `&#`", lambda: "&#" * (1000 * KB // 2)),
    "footnote-refs-1mb": ("1 MB of `[^a] ` (no definitions)", lambda: "[^a] " * (1000 * KB // 5)),
    "open-citations-1mb": ("1 MB of `[@a; @b `", lambda: "[@a; @b " * (1000 * KB // 8)),
    "list-items-1mb": ("1 MB of list items", lambda: "- item\n" * (1000 * KB // 7)),
    "paragraphs-1mb": ("1 MB of one-line paragraphs", lambda: "a\n\n" * (1000 * KB // 3)),
    # The block-parser paths at a quarter of the size, to see how time grows with the text.
    "heading-lines-250k": ("250 KB of `# a {` lines", lambda: "# a {\n" * (250 * KB // 6)),
    "paragraphs-250k": ("250 KB of one-line paragraphs", lambda: "a\n\n" * (250 * KB // 3)),
    "lines-250k": ("250 KB of `a` lines (one paragraph)", lambda: "a\n" * (250 * KB // 2)),
    "lines-1mb": ("1 MB of `a` lines (one paragraph)", lambda: "a\n" * (1000 * KB // 2)),
    "text-headings-250k": (
        "250 KB of a heading and a line of text, no blank lines",
        lambda: "# a\ntext\n" * (250 * KB // 9),
    ),
    # Not hostile: the control, which a change for the cases above must not slow down.
    "science-feature-75k": ("the 75 KB science feature (control)", lambda: _science_feature()),
    "quotes-5000-deep": ("block quotes 5000 deep", lambda: "> " * 5000 + "x\n"),
}


def _setup_env(src: Path) -> None:
    sys.path.insert(0, str(src))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if hasattr(os, "geteuid") and os.geteuid() == 0:  # QtWebEngine refuses root with sandbox
        flags = os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "")
        if "--no-sandbox" not in flags:
            os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = (flags + " --no-sandbox").strip()
    home = tempfile.mkdtemp(prefix="articleeditor-bench-")
    os.environ["XDG_CONFIG_HOME"] = os.path.join(home, "config")
    os.environ["XDG_DATA_HOME"] = os.path.join(home, "data")


def _wait(condition: Callable[[], bool], timeout: float) -> bool:
    from PySide6.QtCore import QCoreApplication, QEventLoop

    deadline = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > deadline:
            return False
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
    return True


def measure_window(name: str, cap: float) -> dict[str, float | str]:
    """Open the case's text in a fresh main window; stalls and times in milliseconds."""
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QMessageBox

    from articleeditor.ui.app import create_application
    from articleeditor.ui.main_window import MainWindow

    # A 5 MB file asks "open a large file?": answer yes.
    QMessageBox.question = lambda *_a, **_k: QMessageBox.StandardButton.Yes
    create_application()
    path = Path(tempfile.mkdtemp(prefix="bench-pathological-")) / "article.md"
    path.write_text(CASES[name][1](), encoding="utf-8")
    window = MainWindow()
    window.resize(1400, 900)
    window.show()
    _wait(lambda: window.preview._loaded, 60)

    ticks: list[float] = []
    heartbeat = QTimer()
    heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
    heartbeat.setInterval(10)
    heartbeat.timeout.connect(lambda: ticks.append(time.perf_counter()))
    outcome: dict[str, float | str] = {}

    def previewed(kind: str) -> None:
        outcome.setdefault("preview", (time.perf_counter() - started[0]) * 1000)
        outcome.setdefault("outcome", kind)

    window.preview_updated.connect(lambda: previewed("shown"))
    # The window's signal: each open article renders through its own channel.
    window.render_failed.connect(lambda error: previewed(type(error).__name__))
    started = [0.0]

    def open_it() -> None:
        started[0] = time.perf_counter()
        window.open_path(path)

    heartbeat.start()
    QTimer.singleShot(50, open_it)

    def responsive_since() -> float | None:
        """The start of the last second without a gap over 50 ms, once it is a second long."""
        if not started[0] or len(ticks) < 2 or ticks[-1] < started[0]:
            return None
        quiet_from = started[0]
        for a, b in itertools.pairwise(ticks):
            if b > started[0] and b - a > 0.05:
                quiet_from = b
        highlighter = window.editor.highlighter
        if highlighter.busy or ticks[-1] - quiet_from < 1.0:
            return None
        return quiet_from

    _wait(lambda: responsive_since() is not None and "preview" in outcome, cap)
    quiet = responsive_since()
    gaps = [b - a for a, b in itertools.pairwise(ticks) if b > started[0]]
    figures: dict[str, float | str] = {
        "responsive": float("nan") if quiet is None else (quiet - started[0]) * 1000,
        "stall": max(gaps, default=0.0) * 1000,
        "preview": outcome.get("preview", float("nan")),
        "outcome": outcome.get("outcome", "none"),
    }
    if quiet is not None or not math.isnan(figures["preview"]):
        figures.update(_measure_use(window, ticks))
    heartbeat.stop()
    window.editor.document().setModified(False)
    return figures


def _longest_gap(ticks: list[float], since: float) -> float:
    """The longest gap between heartbeat ticks (or ``since`` and now) after ``since``, in ms."""
    stamps = [since, *(t for t in ticks if t > since), time.perf_counter()]
    return max(b - a for a, b in itertools.pairwise(stamps)) * 1000


def _measure_use(window, ticks: list[float]) -> dict[str, float]:
    """After the open: the longest stall while idle with the cursor blinking, after moving
    the cursor to the end, after typing a character there, and after moving it left."""
    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtTest import QTest

    editor = window.editor
    window.activateWindow()
    editor.setFocus()

    def phase(action: Callable[[], object] | None, seconds: float) -> float:
        since = time.perf_counter()
        if action is not None:
            QTimer.singleShot(0, action)  # from the event loop, as a key press comes
        loop = QEventLoop()
        QTimer.singleShot(int(seconds * 1000), loop.quit)
        loop.exec()
        return _longest_gap(ticks, since)

    return {
        "idle": phase(None, 3.0),
        "to_end": phase(
            lambda: QTest.keyClick(editor, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier), 1.5
        ),
        "type": phase(lambda: QTest.keyClick(editor, Qt.Key.Key_Z), 2.5),
        "left": phase(lambda: QTest.keyClick(editor, Qt.Key.Key_Left), 1.5),
        "idle_after": phase(None, 3.0),
    }


def measure_render(name: str) -> dict[str, float | str]:
    """``render_article`` alone on the case's text, as the CLI's ``render`` runs it."""
    from articleeditor.core.render import render_article

    text = CASES[name][1]()
    start, cpu = time.perf_counter(), time.process_time()
    try:
        render_article(text)
        result = "ok"
    except Exception as error:  # the figure is the point; the kind of failure is reported
        result = type(error).__name__
    return {
        "render": (time.perf_counter() - start) * 1000,
        # The process's own CPU time: on a shared machine, less moved by the other load.
        "render_cpu": (time.process_time() - cpu) * 1000,
        "render_outcome": result,
    }


def _child(args: argparse.Namespace) -> None:
    _setup_env(Path(args.src))
    figures = measure_render(args.child) if args.render else measure_window(args.child, args.cap)
    print("RESULT " + json.dumps(figures), flush=True)
    os._exit(0)  # a window still frozen by the case would block a clean exit


def _run_child(name: str, src: str, cap: float, render: bool) -> dict[str, float | str] | None:
    command = [sys.executable, str(HERE), "--child", name, "--src", src]
    if render:
        command.append("--render")
    # A session of its own, so a frozen run is killed with its worker and page processes.
    child = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True
    )
    try:
        stdout, stderr = child.communicate(timeout=cap + 60)  # start-up and shut-down
    except subprocess.TimeoutExpired:
        os.killpg(child.pid, signal.SIGKILL)
        child.communicate()
        return None
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(child.pid, signal.SIGKILL)  # what the run left behind
    lines = [line for line in stdout.splitlines() if line.startswith("RESULT ")]
    if not lines:
        sys.stderr.write(stderr[-2000:])
        return None
    return json.loads(lines[-1][len("RESULT ") :])


def _median(values: list[float], cap: float) -> str:
    values = [value for value in values if value == value]  # NaN: not reached within the cap
    if not values:
        return f">{cap:.0f} s"
    return f"{statistics.median(values) / 1000:.2f} s"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cases", nargs="*", help=f"some of: {', '.join(CASES)}")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--cap", type=float, default=60.0, help="seconds before a run is killed")
    parser.add_argument("--src", default=str(HERE.parents[1] / "src"))
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--render", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--render-only", action="store_true", help="no window: render (core)")
    args = parser.parse_args()
    if args.child:
        _child(args)
        return
    names = args.cases or list(CASES)
    print(f"source: {args.src}; median of {args.runs} run(s); a killed run is >{args.cap:.0f} s")
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}\n")
    if args.render_only:
        _render_table(names, args)
        return
    print(
        "| input | open→responsive | longest GUI stall | idle | to end | keystroke | left "
        "| preview | render (core) |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    for name in names:
        window_runs = [_run_child(name, args.src, args.cap, False) for _ in range(args.runs)]
        render_runs = [_run_child(name, args.src, args.cap, True) for _ in range(args.runs)]
        done = [run for run in window_runs if run is not None]
        rendered = [run for run in render_runs if run is not None]
        outcomes = sorted({str(run["outcome"]) for run in done})
        failures = sorted({str(run["render_outcome"]) for run in rendered} - {"ok"})
        killed = len(done) < len(window_runs)
        responsive = _median([float(r["responsive"]) for r in done], args.cap)
        stall = _median([float(r["stall"]) for r in done], args.cap)
        preview = _median([float(r["preview"]) for r in done], args.cap)
        note = f" ({', '.join(outcomes)})" if outcomes and outcomes != ["shown"] else ""
        render = _median([float(r["render"]) for r in rendered], args.cap)
        render_note = f" ({', '.join(failures)})" if failures else ""
        use = {
            phase: _median([float(r.get(phase, math.nan)) for r in done], args.cap)
            for phase in ("idle", "to_end", "type", "left")
        }
        if killed:
            responsive = stall = f">{args.cap:.0f} s"
        print(
            f"| {CASES[name][0]} | {responsive} | {stall} | {use['idle']} | {use['to_end']} "
            f"| {use['type']} | {use['left']} | {preview}{note} | {render}{render_note} |",
            flush=True,
        )


def _render_table(names: list[str], args: argparse.Namespace) -> None:
    print("| input | render (core) | its CPU time | CPU times of the runs (s) |")
    print("|---|---|---|---|")
    for name in names:
        runs = [_run_child(name, args.src, args.cap, True) for _ in range(args.runs)]
        rendered = [run for run in runs if run is not None]
        failures = sorted({str(run["render_outcome"]) for run in rendered} - {"ok"})
        times = [float(run["render"]) for run in rendered]
        cpu = [float(run["render_cpu"]) for run in rendered]
        note = f" ({', '.join(failures)})" if failures else ""
        spread = ", ".join(f"{t / 1000:.2f}" for t in sorted(cpu))
        print(
            f"| {CASES[name][0]} | {_median(times, args.cap)}{note} "
            f"| {_median(cpu, args.cap)} | {spread} |",
            flush=True,
        )


if __name__ == "__main__":
    main()
