"""Keeps the preview offline: every request the page makes is checked here first."""

from __future__ import annotations

import threading
from collections import deque
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWebEngineCore import QWebEngineUrlRequestInfo, QWebEngineUrlRequestInterceptor

_ALWAYS_ALLOWED = {"data", "blob", "about", "qrc"}


class RequestGuard(QWebEngineUrlRequestInterceptor):
    """Blocks network requests and files outside the allowed folders; logs what it blocked.

    ``interceptRequest`` runs on QtWebEngine's IO thread, so the state it reads is replaced
    whole under a lock rather than mutated.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lock = threading.Lock()
        self._roots: tuple[Path, ...] = ()
        self._remote_images = False
        # Recent decisions, for tests and for troubleshooting a missing image.
        self.blocked: deque[str] = deque(maxlen=500)
        self.allowed: deque[str] = deque(maxlen=500)

    def set_allowed_folders(self, folders: list[Path]) -> None:
        """Only files inside these folders may be loaded (the article's and the site's)."""
        roots = tuple(folder.resolve() for folder in folders)
        with self._lock:
            self._roots = roots

    def set_remote_images(self, allowed: bool) -> None:
        """Let images (and nothing else) come from http(s)."""
        with self._lock:
            self._remote_images = allowed

    def is_allowed(self, url_scheme: str, local_file: str, is_image: bool) -> bool:
        """The decision for one request (separate from Qt types so it is easy to reason on)."""
        with self._lock:
            roots, remote_images = self._roots, self._remote_images
        if url_scheme in _ALWAYS_ALLOWED:
            return True
        if url_scheme == "file":
            if not local_file:
                return False
            path = Path(local_file).resolve()
            return any(path == root or path.is_relative_to(root) for root in roots)
        if url_scheme in {"http", "https"}:
            return remote_images and is_image
        return False

    def interceptRequest(self, info: QWebEngineUrlRequestInfo) -> None:
        url = info.requestUrl()
        is_image = info.resourceType() == QWebEngineUrlRequestInfo.ResourceType.ResourceTypeImage
        if self.is_allowed(url.scheme(), url.toLocalFile(), is_image):
            if url.scheme() != "data":
                self.allowed.append(url.toString())
            return
        info.block(True)
        self.blocked.append(url.toString())
