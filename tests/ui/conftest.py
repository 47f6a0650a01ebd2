"""Fixtures for GUI tests: the real main window, fresh settings, and a copy of the sample site."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from articleeditor.resources import sample_site_dir


class Dialogs:
    """Records message boxes instead of blocking on them; answers with ``answer``."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str]] = []
        self.answer = QMessageBox.StandardButton.Cancel

    def __call__(self, _parent, title, text, *_args, **_kwargs):
        self.shown.append((title, text))
        return self.answer


@pytest.fixture
def dialogs(monkeypatch) -> Dialogs:
    recorder = Dialogs()
    for name in ("warning", "question", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, recorder)
    return recorder


@pytest.fixture
def site(tmp_path) -> Path:
    """A writable copy of the bundled sample site."""
    target = tmp_path / "site"
    shutil.copytree(sample_site_dir(), target)
    return target


@pytest.fixture
def window(qtbot, dialogs):
    from articleeditor.ui.app import create_application
    from articleeditor.ui.main_window import MainWindow
    from articleeditor.ui.settings import settings

    create_application()
    settings().clear()
    win = MainWindow()
    win.show()
    yield win
    from articleeditor.ui.app import dispose

    settle_preview(qtbot, win)

    for session in win.sessions():  # every tab: a modified one would keep the window open
        session.document.setModified(False)
    win.close()
    dispose(win)


def settle_preview(qtbot, win) -> None:
    """Let the last render reach the page: a page callback that arrives while the window is
    being deleted fails the test at random."""
    from PySide6.QtWebEngineCore import QWebEngineScript

    win.render_timer.stop()
    qtbot.waitUntil(lambda: not win.render_runner.busy, timeout=10_000)
    qtbot.wait(1)  # deliver the finished render, which queues its page update
    # Page scripts answer in order: once this one answers, every earlier update has.
    answered: list[object] = []
    win.preview.page().runJavaScript(
        "1", QWebEngineScript.ScriptWorldId.ApplicationWorld, answered.append
    )
    qtbot.waitUntil(lambda: bool(answered), timeout=10_000)


def preview_text(qtbot, win, element_id: str = "article-body") -> str:
    """The text the preview's DOM shows in ``element_id`` (read through the real page)."""
    from PySide6.QtWebEngineCore import QWebEngineScript

    result: list[str] = []
    win.preview.page().runJavaScript(
        f"document.getElementById('{element_id}').innerText",
        QWebEngineScript.ScriptWorldId.ApplicationWorld,
        result.append,
    )
    qtbot.waitUntil(lambda: bool(result), timeout=10_000)
    return result[0] or ""
