"""An exception in a slot of the real window becomes a dialog and a log entry."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QPushButton

from articleeditor.logfile import current_log_path
from articleeditor.ui.crash_report import CrashDialog, CrashReporter


@pytest.fixture
def reporter(window):
    reporter = CrashReporter(window)
    reporter.install()
    yield reporter
    reporter.uninstall()
    if reporter.dialog is not None:
        reporter.dialog.close()


def _flush_log() -> None:
    import logging

    for handler in logging.getLogger("articleeditor").handlers:
        handler.flush()


@pytest.mark.qt_no_exception_capture
def test_exception_in_a_slot_shows_the_dialog_and_is_logged(qtbot, window, reporter):
    def failing_slot() -> None:
        raise ValueError("the slot broke on purpose")

    window.actions.about.triggered.disconnect()
    window.actions.about.triggered.connect(failing_slot)
    window.actions.about.trigger()  # PySide6 hands the exception to sys.excepthook

    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
    dialog = reporter.dialog
    assert isinstance(dialog, CrashDialog)
    details = dialog.findChild(QPlainTextEdit, "crash-details").toPlainText()
    assert "ValueError: the slot broke on purpose" in details
    assert "failing_slot" in details  # the traceback, not only the message
    log_file = current_log_path()
    assert log_file is not None
    labels = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert str(log_file) in labels
    _flush_log()
    logged = log_file.read_text(encoding="utf-8")
    assert "uncaught exception" in logged
    assert "ValueError: the slot broke on purpose" in logged

    dialog.findChild(QPushButton, "copy-details").click()
    assert QGuiApplication.clipboard().text() == details


@pytest.mark.qt_no_exception_capture
def test_thread_exceptions_reach_the_same_dialog(qtbot, window, reporter):
    def work() -> None:
        raise RuntimeError("a worker thread failed")

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
    assert "RuntimeError: a worker thread failed" in reporter.dialog.details


@pytest.mark.qt_no_exception_capture
def test_a_second_error_joins_the_open_dialog(qtbot, window, reporter):
    for message in ("first failure", "second failure"):
        try:
            raise KeyError(message)
        except KeyError as error:
            reporter.handle(type(error), error, error.__traceback__)
        qtbot.waitUntil(
            lambda m=message: (
                reporter.dialog is not None
                and reporter.dialog.isVisible()
                and m in reporter.dialog.details
            )
        )
    assert "first failure" in reporter.dialog.details
    assert len([w for w in window.findChildren(CrashDialog) if w.isVisible()]) <= 1


def test_help_menu_has_open_log_folder(window):
    help_menu = next(
        a.menu() for a in window.menuBar().actions() if a.menu() and "Help" in a.text()
    )
    assert window.actions.open_log_folder in help_menu.actions()
