"""The About dialog: version from the one place it is defined, and bundled licences."""

from __future__ import annotations

import platform

import PySide6
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from articleeditor import APP_NAME, __version__


def about_text() -> str:
    """HTML for the About box."""
    return (
        f"<h3>{APP_NAME} {__version__}</h3>"
        "<p>Write, preview and publish science-news articles to static sites.</p>"
        f"<p>Python {platform.python_version()} · Qt {qVersion()} · "
        f"PySide6 {PySide6.__version__}</p>"
        "<p><b>Bundled components</b><br>"
        "Qt and PySide6 (Qt for Python) are used under the GNU LGPL v3; "
        "Qt WebEngine includes Chromium (BSD-style and other open licences).<br>"
        "Python-Markdown (BSD), python-frontmatter (MIT), PyYAML (MIT), Pygments (BSD), "
        "nh3 (MIT) and the Ammonia sanitiser (MIT/Apache-2.0).</p>"
    )


def show_about(parent: QWidget) -> None:
    """Show the About box."""
    QMessageBox.about(parent, parent.tr("About {0}").format(APP_NAME), about_text())
