"""The sample site: copied from the bundled resources into the user's data folder on first run,
so the writer edits a copy, never the installed files."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QStandardPaths

from articleeditor import APP_NAME
from articleeditor.resources import sample_site_dir


def user_data_dir() -> Path:
    """The app's data folder: ~/.local/share/ArticleEditor, ~/Library/Application Support/…,
    %LOCALAPPDATA%/ArticleEditor. (AppDataLocation would repeat the name: org and app are one.)"""
    generic = QStandardPaths.StandardLocation.GenericDataLocation
    return Path(QStandardPaths.writableLocation(generic)) / APP_NAME


def user_sample_site() -> Path:
    """Where the writer's copy of the sample site lives."""
    return user_data_dir() / "sample-site"


# The article the very first launch opens, relative to the sample site.
WELCOME_ARTICLE = Path("content") / "welcome.md"


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


def ensure_welcome_article() -> Path:
    """The welcome article in the writer's sample site; copied in if the copy predates it
    (an existing file, perhaps edited, is kept)."""
    target = ensure_sample_site() / WELCOME_ARTICLE
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(sample_site_dir() / WELCOME_ARTICLE, target)
    return target
