"""The one place that knows where bundled resources live.

Works from a source checkout (``<repo>/resources``), an installed wheel
(``articleeditor/resources`` inside the package) and a PyInstaller bundle
(``sys._MEIPASS/resources``).
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def resources_dir() -> Path:
    """Return the folder holding icons, CSS, templates and the sample site."""
    candidates = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.append(Path(frozen_root) / "resources")
    candidates.append(_PACKAGE_DIR / "resources")  # installed wheel
    candidates.append(_PACKAGE_DIR.parents[1] / "resources")  # source checkout (src layout)
    for candidate in candidates:
        if (candidate / "MANIFEST").is_file():
            return candidate
    raise FileNotFoundError(
        "ArticleEditor's resources folder is missing; looked in: "
        + ", ".join(str(c) for c in candidates)
    )


def resource_path(*parts: str) -> Path:
    """Return the path of a bundled resource, e.g. ``resource_path("icons", "app.svg")``."""
    return resources_dir().joinpath(*parts)


def sample_site_dir() -> Path:
    """The pristine sample site shipped with the app (copied to the user's data folder)."""
    return resource_path("sample-site")
