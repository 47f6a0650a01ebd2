"""QApplication set-up: names for settings, the app icon, and the GUI entry point."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from articleeditor import APP_ID, APP_NAME, ORGANIZATION, __version__
from articleeditor.collector import freeze_startup_objects
from articleeditor.logfile import start_logging
from articleeditor.resources import resource_path
from articleeditor.ui.none_refcount import guard_none_refcount


def create_application(argv: list[str] | None = None) -> QApplication:
    """Return the QApplication, creating it once with our names and icon."""
    # QtWebEngine needs this before the QApplication exists.
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    guard_none_refcount()  # PySide6 6.12 on Python 3.11 would otherwise abort after a while
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)  # lets Wayland desktops find our icon and menu entry
    app.setWindowIcon(QIcon(str(resource_path("icons", "articleeditor.svg"))))
    from articleeditor.ui.sample_site import user_data_dir

    start_logging(user_data_dir())
    return app


def dispose(widget: QWidget) -> None:
    """Delete ``widget`` now. Web pages must be gone before the app's web profile is released
    at exit, or QtWebEngine crashes on shutdown."""
    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def run_gui(path: str | None, language: str | None = None) -> int:
    """Open the main window on ``path`` (a file or site folder), or on the day's work as it
    was left (see ``ui.workday.start``), in ``language`` or the chosen one."""
    app = create_application()
    from articleeditor.ui.language import install_translation

    install_translation(language)
    from articleeditor.ui.crash_report import CrashReporter
    from articleeditor.ui.main_window import MainWindow
    from articleeditor.ui.workday import start

    reporter = CrashReporter(app)
    reporter.install()
    logging.getLogger(__name__).info("%s %s started", APP_NAME, __version__)
    window = MainWindow()
    window.show()
    freeze_startup_objects()  # before the first article opens: its parse must not pay for it
    start(window, path)
    status = app.exec()
    dispose(window)
    return status
