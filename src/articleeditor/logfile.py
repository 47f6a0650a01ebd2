"""The application log: one rotating file in the app's data folder.

Qt-free so the command line, the worker processes and the window all log the same way; the
window only decides where the folder is.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_NAME = "articleeditor.log"
_MAX_BYTES = 1_000_000  # about a week of ordinary use; five old files are kept
_BACKUPS = 5
_FORMAT = "%(asctime)s %(levelname)s %(processName)s %(name)s: %(message)s"

_handler: logging.Handler | None = None


def log_path(folder: Path) -> Path:
    """The current log file in ``folder``."""
    return folder / "logs" / LOG_NAME


def start_logging(folder: Path, level: int = logging.INFO) -> Path | None:
    """Send the ``articleeditor`` loggers (and warnings) to a rotating file under ``folder``.

    Returns the log file's path, or None when the folder cannot be written (the app still
    runs; messages then go to stderr only). Calling it again moves the log to ``folder``.
    """
    global _handler
    path = log_path(folder)
    root = logging.getLogger("articleeditor")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=_MAX_BYTES, backupCount=_BACKUPS, encoding="utf-8", delay=True
        )
    except OSError as error:
        logging.getLogger(__name__).warning("cannot write the log in %s: %s", folder, error)
        return None
    handler.setFormatter(logging.Formatter(_FORMAT))
    if _handler is not None:
        root.removeHandler(_handler)
        _handler.close()
    _handler = handler
    root.addHandler(handler)
    root.setLevel(level)
    logging.captureWarnings(True)
    return path


def current_log_path() -> Path | None:
    """The file the log is written to, if logging was started."""
    if isinstance(_handler, logging.handlers.RotatingFileHandler):
        return Path(_handler.baseFilename)
    return None
