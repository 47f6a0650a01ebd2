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

``--gui-time`` prints another table instead: the GUI thread's own CPU time (not wall time,
which other processes on the machine stretch) to open each of :data:`GUI_TIME_CASES` and to
type one character at the end of its longest line, with the work that keystroke starts in the
next second (checks, preview, review panel), less the idle thread's own use in that time.
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
import threading
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
    # One-line blocks on consecutive lines that a processor ranked after ``#`` headings takes.
    **{
        f"{name}-{size}k": (
            f"{size} KB of {what}",
            lambda unit=unit, size=size: unit * (size * KB // len(unit)),
        )
        for name, what, unit in (
            ("setext", "setext headings (`a` / `===`)", "a\n===\n"),
            ("breaks", "`***` lines", "***\n"),
            ("abbreviations", "`*[A]: b` lines", "*[A]: b\n"),
        )
        for size in (50, 100, 200)
    },
    # Indented code that a processor ranked before headings takes, then a heading, on
    # consecutive lines; the variants end the code with what else goes on in place.
    **{
        f"{name}-{size}k": (
            f"{size} KB of {what}",
            lambda unit=unit, size=size: unit * (size * KB // len(unit)),
        )
        for name, what, unit in (
            (
                "code-headings",
                "indented code between headings (`# a` / `    code`)",
                "# a\n    code\n",
            ),
            ("tab-code-headings", "tab-indented code between headings", "# a\n\tcode\n"),
            ("code-setext", "indented code between setext headings", "a\n===\n    code\n"),
            ("code-breaks", "indented code between `***` lines", "***\n    code\n"),
            # Two kinds in turn: each change of kind searched or split the whole rest.
            ("setext-abbreviations", "setext headings and `*[A]: b` in turn", "a\n===\n*[A]: b\n"),
            ("setext-breaks", "setext headings and `***` in turn", "a\n===\n***\n"),
        )
        for size in (50, 100, 200)
    },
    # One code block over many chunks: each chunk's code was appended to the text by copying it.
    **{
        f"code-chunks-{size}k": (
            f"{size} KB of code lines between blank lines (one code block)",
            lambda size=size: "    code\n\n" * (size * KB // 10),
        )
        for size in (250, 1000, 2000)
    },
    # Not hostile: the control, which a change for the cases above must not slow down.
    "science-feature-75k": ("the 75 KB science feature (control)", lambda: _science_feature()),
    "quotes-5000-deep": ("block quotes 5000 deep", lambda: "> " * 5000 + "x\n"),
}


def _word_in_article() -> str:
    """The science feature with a 1 MB word on a line of its own in the middle of its prose."""
    from bench.real_articles import science_feature

    text = science_feature()
    middle = text.index("\n\n", len(text) // 2) + 2
    return text[:middle] + "a" * (1000 * KB) + "\n\n" + text[middle:]


def _science_feature() -> str:
    from bench.real_articles import science_feature

    return science_feature()


# name → (what, the text): huge lines beside an ordinary article, for ``--gui-time``.
GUI_TIME_CASES: dict[str, tuple[str, Callable[[], str]]] = {
    "line-5mb": CASES["line-5mb"],
    "word-in-article": ("a 1 MB word inside the 75 KB science feature", _word_in_article),
    "brace-spaces-1mb": CASES["brace-spaces-1mb"],
    "science-75k": ("the 75 KB science feature (control)", _science_feature),
    # Not hostile either: 1 MB of long paragraphs, each one line (lines near the length
    # where the editor shows a line in parts once cost seconds to look for).
    "paragraphs-1mb": (
        "1 MB of 1,000-character paragraphs (control)",
        lambda: ("word " * 200 + "\n\n") * (1000 * KB // 1002),
    ),
}


def _setup_env(src: Path) -> None:
    sys.path.insert(0, str(src))
    sys.path.insert(1, str(HERE.parents[1]))  # bench.real_articles
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


def measure_gui_time(name: str, keystrokes: int = 5) -> dict[str, float | str]:
    """CPU time of the GUI thread, in ms: to open the case's text until it is styled and shown,
    and for each of ``keystrokes`` characters typed at the end of its longest line."""
    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtGui import QTextCursor
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QMessageBox

    from articleeditor.ui.app import create_application
    from articleeditor.ui.main_window import MainWindow

    QMessageBox.question = lambda *_a, **_k: QMessageBox.StandardButton.Yes
    create_application()
    path = Path(tempfile.mkdtemp(prefix="bench-gui-time-")) / "article.md"
    path.write_text(GUI_TIME_CASES[name][1](), encoding="utf-8")
    window = MainWindow()
    window.resize(1400, 900)
    window.show()
    _wait(lambda: window.preview._loaded, 60)

    def pump(seconds: float) -> None:
        # Blocked in the event loop, as a window waits for input (``_wait`` spins, which
        # would count as the thread's time).
        loop = QEventLoop()
        QTimer.singleShot(int(seconds * 1000), loop.quit)
        loop.exec()

    pump(3.0)  # the window's start-up work done
    start = time.thread_time()
    window.open_path(path)
    while window.editor.highlighter.busy:
        pump(0.02)
    pump(0.5)  # the first paint lays the shown lines out
    opened = time.thread_time() - start

    editor = window.editor
    window.activateWindow()
    editor.setFocus()
    document = editor.document()
    longest = max(
        (document.findBlockByNumber(n) for n in range(document.blockCount())),
        key=lambda block: block.length(),
    )
    cursor = QTextCursor(longest)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    editor.setTextCursor(cursor)
    pump(2.0)  # the render and the checks of the open done
    start = time.thread_time()
    pump(2.0)
    idle_per_s = (time.thread_time() - start) / 2.0  # the cursor blinks
    typed: list[float] = []
    pressed: list[float] = []
    for _ in range(keystrokes):
        start, started_wall = time.thread_time(), time.perf_counter()
        QTest.keyClick(editor, Qt.Key.Key_Z)
        pressed.append((time.thread_time() - start) * 1000)
        pump(1.0)
        spent = time.thread_time() - start - idle_per_s * (time.perf_counter() - started_wall)
        typed.append(spent * 1000)
    document.setModified(False)
    return {
        "open": opened * 1000,
        "press": statistics.median(pressed),
        "keystroke": statistics.median(typed),
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
    if args.gui_time:
        figures = measure_gui_time(args.child)
    elif args.render:
        figures = measure_render(args.child)
    else:
        figures = measure_window(args.child, args.cap)
    print("RESULT " + json.dumps(figures), flush=True)
    os._exit(0)  # a window still frozen by the case would block a clean exit


def _run_child(
    name: str, src: str, cap: float, render: bool, gui_time: bool = False
) -> dict[str, float | str] | None:
    command = [sys.executable, str(HERE), "--child", name, "--src", src]
    if render:
        command.append("--render")
    if gui_time:
        command.append("--gui-time")
    # A session of its own, so a frozen run is killed with its worker and page processes,
    # and the result is read as soon as it is printed: a worker process still busy on the
    # text (the spell check of a megabyte word) keeps the output open after the run exits.
    with tempfile.TemporaryFile("w+") as errors:
        child = subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=errors, text=True, start_new_session=True
        )
        killer = threading.Timer(cap + 60, _kill_group, (child.pid,))  # start-up, shut-down
        killer.start()
        try:
            result = next((line for line in child.stdout if line.startswith("RESULT ")), None)
        finally:
            killer.cancel()
            _kill_group(child.pid)  # what the run left behind
            child.wait()
        if result is None:
            errors.seek(0)
            sys.stderr.write(errors.read()[-2000:])
            return None
    return json.loads(result[len("RESULT ") :])


def _kill_group(pid: int) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(pid, signal.SIGKILL)


def _median(values: list[float], cap: float) -> str:
    values = [value for value in values if value == value]  # NaN: not reached within the cap
    if not values:
        return f">{cap:.0f} s"
    return f"{statistics.median(values) / 1000:.2f} s"


def _print_gui_time(args: argparse.Namespace) -> None:
    names = args.cases or list(GUI_TIME_CASES)
    print(f"source: {args.src}; median of {args.runs} run(s), 5 keystrokes each\n")
    print("| input | open (GUI CPU) | keystroke: key event | keystroke: with the next second |")
    print("|---|---|---|---|")
    for name in names:
        runs = [
            _run_child(name, args.src, args.cap, False, gui_time=True) for _ in range(args.runs)
        ]
        done = [run for run in runs if run is not None]
        cells = [
            "failed"
            if not done
            else f"{statistics.median(float(run[column]) for run in done):.0f} ms"
            for column in ("open", "press", "keystroke")
        ]
        print(f"| {GUI_TIME_CASES[name][0]} | {' | '.join(cells)} |", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cases", nargs="*", help=f"some of: {', '.join(CASES)}")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--cap", type=float, default=60.0, help="seconds before a run is killed")
    parser.add_argument("--src", default=str(HERE.parents[1] / "src"))
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--render", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--render-only", action="store_true", help="no window: render (core)")
    parser.add_argument(
        "--gui-time", action="store_true", help="GUI-thread CPU time to open and to type"
    )
    args = parser.parse_args()
    if args.child:
        _child(args)
        return
    if args.gui_time:
        _print_gui_time(args)
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
