"""Drives ReText's window (PyQt6) the way bench_preview drives ours, in a process of its own
(PyQt6 and PySide6 cannot share one). Prints one JSON line of figures.

    python bench/retext_probe.py ARTICLE.md KEYS TYPING_SECONDS [LINE]

It types at the end of LINE (0-based; the benchmark passes the line it types on in our window),
or without one at the end of the line in the middle of the text.

"Preview updated" is the end of ReText's ``ReTextTab.updatePreviewBox`` (its live preview,
with its default 500 ms delay after typing).
"""

from __future__ import annotations

import itertools
import json
import multiprocessing
import os
import statistics
import sys
import time


def main() -> int:
    path, keys, typing_seconds = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
    line = int(sys.argv[4]) if len(sys.argv) > 4 else None
    multiprocessing.set_start_method("spawn")
    from PyQt6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
    from PyQt6.QtGui import QTextCursor
    from PyQt6.QtTest import QTest
    from PyQt6.QtWidgets import QApplication
    from ReText import globalSettings
    from ReText.tab import ReTextTab
    from ReText.window import ReTextWindow

    updates: list[float] = []
    original = ReTextTab.updatePreviewBox

    def timed_update(self):
        result = original(self)
        updates.append(time.perf_counter())
        return result

    ReTextTab.updatePreviewBox = timed_update
    QApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    app = QApplication(sys.argv[:1])
    app.setApplicationName("ReText")  # its settings and cache go under XDG_CONFIG_HOME
    globalSettings.defaultPreviewState = "live-preview"
    globalSettings.openLastFilesOnStartup = False
    window = ReTextWindow()
    window.resize(1400, 900)
    window.show()

    def wait(condition, timeout=120.0):
        deadline = time.perf_counter() + timeout
        while not condition() and time.perf_counter() < deadline:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        return condition()

    start = time.perf_counter()
    window.openFileWrapper(path)
    wait(lambda: bool(updates))
    figures = {"open": (updates[0] - start) * 1000}
    tab = window.currentTab
    editor = tab.editBox
    cursor = editor.textCursor()
    if line is None:
        cursor.setPosition(editor.document().characterCount() // 2)
    else:
        cursor = QTextCursor(editor.document().findBlockByNumber(line))
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    editor.setTextCursor(cursor)
    wait(lambda: not tab.conversionPending, 60)
    latencies = []
    for n in range(keys):
        updates.clear()
        pressed = time.perf_counter()
        QTest.keyClick(editor, "abcdefghij"[n % 10])
        wait(lambda: bool(updates) and not tab.conversionPending, 60)
        latencies.append((updates[-1] - pressed) * 1000 if updates else float("nan"))
        wait(lambda at=pressed: time.perf_counter() - at > 0.15, 1)
    figures["latency"] = statistics.median(latencies)

    ticks: list[float] = []
    heartbeat = QTimer()
    heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
    heartbeat.setInterval(1)
    heartbeat.timeout.connect(lambda: ticks.append(time.perf_counter()))
    typed = [0]
    total = int(typing_seconds * 10)

    def type_one():
        QTest.keyClick(editor, "klmnopqrst"[typed[0] % 10])
        typed[0] += 1
        if typed[0] < total:
            QTimer.singleShot(100, type_one)

    heartbeat.start()
    QTimer.singleShot(100, type_one)
    wait(lambda: typed[0] >= total, typing_seconds + 30)
    wait(lambda: not tab.conversionPending, 60)
    heartbeat.stop()
    gaps = sorted((b - a) * 1000 - 1 for a, b in itertools.pairwise(ticks))
    figures["stall_p99"] = gaps[int(len(gaps) * 0.99)] if gaps else 0.0
    figures["stall_max"] = gaps[-1] if gaps else 0.0
    print(json.dumps(figures), flush=True)
    editor.document().setModified(False)
    os._exit(0)  # ReText's converter process and settings need no orderly shutdown here


if __name__ == "__main__":
    sys.exit(main())
