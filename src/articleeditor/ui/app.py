"""QApplication set-up: names for settings, the app icon, and the GUI entry point."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from articleeditor import APP_NAME, ORGANIZATION, __version__
from articleeditor.resources import resource_path


def _guard_none_refcount() -> None:
    """PySide6 6.12.0 drops a reference to ``None`` on every call that returns void, and to
    ``True``/``False`` on some bool results. Before Python 3.12 these are not immortal, so
    after a few thousand calls one is freed and the process aborts ("deallocating None").
    Give them references they can never run out of."""
    import PySide6

    if sys.version_info < (3, 12) and PySide6.__version__ == "6.12.0":
        import ctypes

        for constant in (None, True, False):  # bools are dropped the same way
            refcount = ctypes.c_ssize_t.from_address(id(constant))
            if refcount.value < 1 << 40:
                refcount.value += 1 << 40


def create_application(argv: list[str] | None = None) -> QApplication:
    """Return the QApplication, creating it once with our names and icon."""
    _guard_none_refcount()
    # QtWebEngine needs this before the QApplication exists.
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("articleeditor")
    app.setWindowIcon(QIcon(str(resource_path("icons", "articleeditor.svg"))))
    return app


def dispose(widget: QWidget) -> None:
    """Delete ``widget`` now. Web pages must be gone before the app's web profile is released
    at exit, or QtWebEngine crashes on shutdown."""
    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def run_gui(path: str | None) -> int:
    """Open the main window on ``path`` (a file or site folder), or on the sample site."""
    app = create_application()
    from articleeditor.ui.main_window import MainWindow
    from articleeditor.ui.sample_site import ensure_sample_site

    window = MainWindow()
    window.show()
    window.open_path(Path(path) if path else ensure_sample_site())
    status = app.exec()
    dispose(window)
    return status
