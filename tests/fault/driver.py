"""Runs the real main window offscreen on one article and types or saves until it is killed.

    python driver.py type FILE   types TYPED_TEXT at the end, one key every KEY_INTERVAL_MS
    python driver.py save FILE   types one key at the end and saves, again and again

Each step is reported on stdout as one line, flushed at once, so the test that runs this
knows what the window had done when it killed it:

    ready <journal folder>
    typed <n>        n keys of TYPED_TEXT typed so far
    saved <n>        the file holds n keys of SAVE_KEY after the original text
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if "--no-sandbox" not in os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", ""):
    os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = (
        os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "") + " --no-sandbox"
    ).strip()

# Distinct letters, so a journal that skipped or repeated a key cannot pass for a prefix.
TYPED_TEXT = "abcdefghijklmnopqrstuvwxyz0123456789" * 20
KEY_INTERVAL_MS = 20
SAVE_KEY = "x"


def _say(*words: object) -> None:
    print(*words, flush=True)


def main(mode: str, path: Path) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QTextCursor
    from PySide6.QtTest import QTest

    from articleeditor.ui.app import create_application
    from articleeditor.ui.editor.features import user_data_folder
    from articleeditor.ui.main_window import MainWindow

    app = create_application()
    window = MainWindow()
    window.show()
    if not window.open_path(path):
        _say("error could not open", path)
        return 2
    editor = window.editor
    editor.setFocus()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    count = 0

    def type_one() -> None:
        nonlocal count
        if count >= len(TYPED_TEXT):
            return
        editor.moveCursor(QTextCursor.MoveOperation.End)
        QTest.keyClicks(editor, TYPED_TEXT[count])
        count += 1
        _say("typed", count)
        QTimer.singleShot(KEY_INTERVAL_MS, type_one)

    def save_one() -> None:
        nonlocal count
        editor.moveCursor(QTextCursor.MoveOperation.End)
        QTest.keyClicks(editor, SAVE_KEY)
        if not window.save():
            _say("error save failed", getattr(window, "last_error", ""))
            app.exit(3)
            return
        count += 1
        _say("saved", count)
        QTimer.singleShot(0, save_one)

    _say("ready", user_data_folder() / "recovery")
    QTimer.singleShot(0, type_one if mode == "type" else save_one)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], Path(sys.argv[2])))
