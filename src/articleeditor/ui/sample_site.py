"""The sample site: copied from the bundled resources into the user's data folder on first run,
so the writer edits a copy, never the installed files."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QStandardPaths

from articleeditor.resources import sample_site_dir


def user_sample_site() -> Path:
    """Where the writer's copy of the sample site lives (platform-correct data folder)."""
    data = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(data) / "sample-site"


def ensure_sample_site() -> Path:
    """Copy the sample site into the data folder unless a copy is already there."""
    target = user_sample_site()
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        staging = target.with_name(target.name + ".partial")
        shutil.rmtree(staging, ignore_errors=True)
        shutil.copytree(sample_site_dir(), staging)
        staging.rename(target)  # a half-finished copy never looks like a complete one
    return target
