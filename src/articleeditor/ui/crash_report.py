"""Uncaught exceptions become a dialog and a log entry, never a silent failure.

PySide6 hands an exception raised in a slot to ``sys.excepthook``; threads hand theirs to
``threading.excepthook``. Both land here: the traceback is logged, and the window shows it
with the log file's path and a button to copy the details for a bug report. In a windowed
Windows build there is no console, so without this an error would vanish.
"""

from __future__ import annotations

import faulthandler
import logging
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from articleeditor import APP_NAME, __version__
from articleeditor.logfile import current_log_path

log = logging.getLogger(__name__)


def describe(exc_type: type[BaseException], value: BaseException, tb: TracebackType | None) -> str:
    """The text a bug report needs: versions and the traceback."""
    from PySide6 import __version__ as pyside_version

    header = (
        f"{APP_NAME} {__version__}, Python {sys.version.split()[0]}, "
        f"PySide6 {pyside_version}, {sys.platform}"
    )
    return header + "\n\n" + "".join(traceback.format_exception(exc_type, value, tb))


class CrashDialog(QDialog):
    """Shows one unexpected error: what happened, where the log is, and the details."""

    def __init__(self, details: str, log_file: Path | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("crash-dialog")
        self.setWindowTitle(self.tr("Unexpected Error"))
        self.details = details
        summary = QLabel(
            self.tr(
                "Something went wrong inside ArticleEditor. Your article has not been closed: "
                "save your work, and please report this with the details below."
            )
        )
        summary.setWordWrap(True)
        where = QLabel(
            self.tr("The log file is {path}").format(path=log_file)
            if log_file
            else self.tr("No log file could be written.")
        )
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text = QPlainTextEdit(details)
        text.setReadOnly(True)
        text.setObjectName("crash-details")
        text.setAccessibleName(self.tr("Error details"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = QPushButton(self.tr("&Copy Details"))
        copy.setObjectName("copy-details")
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(where)
        layout.addWidget(text)
        layout.addWidget(buttons)
        self.resize(640, 420)

    @Slot()
    def copy_details(self) -> None:
        """Put the details on the clipboard, for a bug report."""
        QGuiApplication.clipboard().setText(self.details)


class CrashReporter(QObject):
    """Installs the exception hooks; shows one dialog at a time on the GUI thread."""

    reported = Signal(str)  # details; emitted from any thread, shown on the GUI thread

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.dialog: CrashDialog | None = None
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        self.reported.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        """Route uncaught exceptions of every thread here; dump native crashes to stderr."""
        sys.excepthook = self.handle
        threading.excepthook = self._handle_thread
        if sys.stderr is not None and not faulthandler.is_enabled():
            try:
                faulthandler.enable()
            except (RuntimeError, ValueError, OSError):  # no usable stderr (windowed build)
                log.info("faulthandler not enabled: no usable stderr")

    def uninstall(self) -> None:
        """Put the hooks back as they were."""
        sys.excepthook = self._previous_hook
        threading.excepthook = self._previous_thread_hook

    def handle(
        self, exc_type: type[BaseException], value: BaseException, tb: TracebackType | None
    ) -> None:
        """``sys.excepthook``: log the error and show it."""
        if issubclass(exc_type, KeyboardInterrupt):
            self._previous_hook(exc_type, value, tb)
            return
        log.critical("uncaught exception", exc_info=(exc_type, value, tb))
        self.reported.emit(describe(exc_type, value, tb))

    def _handle_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None:
            return
        self.handle(args.exc_type, args.exc_value, args.exc_traceback)

    @Slot(str)
    def _show(self, details: str) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            # One dialog at a time: a failing timer would otherwise bury the window in them.
            self.dialog.details += "\n\n" + details
            self.dialog.findChild(QPlainTextEdit, "crash-details").setPlainText(self.dialog.details)
            return
        self.dialog = CrashDialog(details, current_log_path(), QApplication.activeWindow())
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.destroyed.connect(self._forget_dialog)
        # Shown without a nested event loop: the error may come from inside a paint or a timer.
        QTimer.singleShot(0, self.dialog.show)

    @Slot()
    def _forget_dialog(self) -> None:
        self.dialog = None


def open_log_folder() -> bool:
    """Show the log's folder in the system file manager (Help → Open Log Folder)."""
    from articleeditor.logfile import log_path
    from articleeditor.ui.sample_site import user_data_dir

    path = current_log_path() or log_path(user_data_dir())
    path.parent.mkdir(parents=True, exist_ok=True)
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
