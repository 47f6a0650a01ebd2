"""Test set-up shared by every level: headless Qt, sandbox-free QtWebEngine under root."""

from __future__ import annotations

import os

# Set before any Qt import: the tests drive real windows without a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# QtWebEngine refuses to start as root with its sandbox on; tests and CI only.
_flags = os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "")
if "--no-sandbox" not in _flags:
    os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = (_flags + " --no-sandbox").strip()

import tempfile  # noqa: E402

# Settings, recent files and the sample-site copy go to a throw-away home, never the user's.
_home = tempfile.mkdtemp(prefix="articleeditor-tests-")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_home, "config")
os.environ["XDG_DATA_HOME"] = os.path.join(_home, "data")
os.environ["XDG_CACHE_HOME"] = os.path.join(_home, "cache")
