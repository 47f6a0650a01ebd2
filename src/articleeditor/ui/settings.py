"""Settings keys, defined once; QSettings is the one settings object."""

from __future__ import annotations

from PySide6.QtCore import QSettings

GEOMETRY = "window/geometry"
WINDOW_STATE = "window/state"
SPLITTER = "window/splitter"
RECENT_FILES = "files/recent"
LAST_FILE = "files/last"
PUBLISH_SITES = "publish/sites"  # JSON object: article path -> the site it is published to
REVIEWER_NAME = "review/name"  # signs comments: {>>@name date: …<<}
REVIEW_VIEW = "review/view"  # the preview's review view: changes | final | original
# The day's work, written when the window closes and read at the next launch without a PATH.
SESSION_SITE = "session/site"  # the site folder that was open, "" for none
SESSION_ARTICLE = "session/article"  # the article file that was open, "" for none
SESSION_CURSOR = "session/cursor"  # [line, column] of the editor's cursor, both 1-based
SESSION_TOP_LINE = "session/top_line"  # the source line at the editor's top (fractional)
# JSON list of every open article, in tab order: {"path", "cursor": [line, column], "top_line"}
SESSION_TABS = "session/tabs"
WELCOMED = "session/welcomed"  # true once the first launch has shown the welcome article
# The interface language: a shipped locale code ("de", "zh_CN"), "en", or "" to follow the
# system; read once at start-up (ui.language).
LANGUAGE = "ui/language"

MAX_RECENT_FILES = 10


def settings() -> QSettings:
    """The application's settings store (organisation and app name set in ``ui.app``)."""
    return QSettings()


def recent_files() -> list[str]:
    """Most recent first; stale entries are kept until the user opens something else."""
    value = settings().value(RECENT_FILES, [])
    if isinstance(value, str):  # QSettings returns a bare string for a one-item list
        return [value]
    return [str(v) for v in value or []]


def remember_file(path: str) -> list[str]:
    """Put ``path`` at the top of the recent files and return the new list."""
    files = [path, *(p for p in recent_files() if p != path)][:MAX_RECENT_FILES]
    store = settings()
    store.setValue(RECENT_FILES, files)
    store.setValue(LAST_FILE, path)
    return files


SPELL_CHECK = "editor/spell_check"
FOLD_FRONT_MATTER = "editor/fold_front_matter"  # "true" | "false"; folded unless turned off
SPELL_LANGUAGE = "editor/spell_language"  # used when an article has no `lang` front matter
