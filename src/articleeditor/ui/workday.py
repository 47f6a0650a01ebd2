"""The day's work: what the window held when it closed (site, the articles open in its tabs
and which was shown, each one's cursor and scroll), saved then and restored at the next launch
without a PATH. The very first launch opens the sample site's welcome article instead. The
window layout is saved and restored by the window itself.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer

from articleeditor.ui import settings as keys
from articleeditor.ui.preview.scroll_sync import editor_top_line, scroll_editor_to_line
from articleeditor.ui.sample_site import ensure_sample_site, ensure_welcome_article

if TYPE_CHECKING:
    from articleeditor.ui.main_window import MainWindow
    from articleeditor.ui.session import ArticleSession

log = logging.getLogger(__name__)


class Reason(Enum):
    """Why the start-up opens what it opens."""

    ASKED = "asked"  # a PATH on the command line
    FIRST_LAUNCH = "first-launch"  # the welcome article
    RESTORED = "restored"  # the article open at the last close
    ARTICLE_GONE = "article-gone"  # it no longer exists: its site (or the sample) instead
    SITE_ONLY = "site-only"  # only a site was open
    SAMPLE = "sample"  # nothing remembered


@dataclass(frozen=True)
class TabPlace:
    """An article open in a tab, and where the writer was in it."""

    path: Path
    cursor: tuple[int, int] | None = None  # 1-based line, column
    top_line: float | None = None


@dataclass(frozen=True)
class StartupChoice:
    """What a new window opens, and where its cursor and scroll go."""

    reason: Reason
    site: Path | None = None
    article: Path | None = None  # the article shown
    cursor: tuple[int, int] | None = None  # 1-based line, column
    top_line: float | None = None
    missing: Path | None = None  # the remembered article that is gone
    tabs: tuple[TabPlace, ...] = ()  # every article to reopen, in tab order (with ``article``)


def _place(window: MainWindow, session: ArticleSession) -> dict[str, object]:
    """Where the writer is in ``session``: live from the editor for the article shown."""
    if session is window.session:
        cursor = window.editor.textCursor()
        line_column = window.editor.line_and_column(cursor.position())
        top = editor_top_line(window.editor)
    else:
        line_column = session.editor_document.mirror.line_and_column(session.view.cursor)
        top = session.view.top_line if session.view.top_line is not None else 1.0
    assert session.path is not None
    return {"path": str(session.path.resolve()), "cursor": list(line_column), "top_line": top}


def save_workday(window: MainWindow) -> None:
    """Remember the window's site, its articles in tab order, the one shown, and each one's
    cursor and scroll (called as it closes)."""
    store = keys.settings()
    path = window.article.path
    store.setValue(keys.SESSION_SITE, str(window.site_root) if window.site_root else "")
    store.setValue(keys.SESSION_ARTICLE, str(path.resolve()) if path is not None else "")
    cursor = window.editor.textCursor()
    store.setValue(keys.SESSION_CURSOR, list(window.editor.line_and_column(cursor.position())))
    store.setValue(keys.SESSION_TOP_LINE, editor_top_line(window.editor))
    # Untitled articles have no file to reopen (closing asked to save or discard them).
    places = [_place(window, s) for s in window.sessions() if s.path is not None]
    store.setValue(keys.SESSION_TABS, json.dumps(places))


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def _cursor(value: object) -> tuple[int, int] | None:
    try:
        line, column = (int(v) for v in value)  # type: ignore[union-attr]
    except (TypeError, ValueError):
        return None
    return (line, column) if line >= 1 and column >= 1 else None


def _number(value: object) -> float | None:
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


def _tabs(value: object) -> tuple[TabPlace, ...]:
    """The remembered tabs whose files still exist."""
    try:
        items = json.loads(value) if isinstance(value, str) and value else []
    except json.JSONDecodeError:
        log.warning("remembered tabs unreadable: %.80r", value)
        return ()
    places = []
    for item in items if isinstance(items, list) else []:
        path = (
            Path(item["path"])
            if isinstance(item, dict) and isinstance(item.get("path"), str)
            else None
        )
        if path is not None and path.is_file():
            places.append(
                TabPlace(path, _cursor(item.get("cursor")), _number(item.get("top_line")))
            )
    return tuple(places)


def choose_startup(path: str | None) -> StartupChoice:
    """Decide what a new window opens: ``path`` if given, else the last day's work, else the
    welcome article (first launch) or the sample site."""
    if path:
        return StartupChoice(Reason.ASKED, article=Path(path).expanduser())
    store = keys.settings()
    site_text = _text(store.value(keys.SESSION_SITE))
    article_text = _text(store.value(keys.SESSION_ARTICLE))
    if not site_text and not article_text:
        first = not store.value(keys.WELCOMED, False, type=bool) and not keys.recent_files()
        if first:
            return StartupChoice(
                Reason.FIRST_LAUNCH, site=ensure_sample_site(), article=ensure_welcome_article()
            )
        return StartupChoice(Reason.SAMPLE, site=ensure_sample_site())
    site = Path(site_text) if site_text and Path(site_text).is_dir() else None
    tabs = _tabs(store.value(keys.SESSION_TABS))
    if article_text:
        article = Path(article_text)
        if article.is_file():
            return StartupChoice(
                Reason.RESTORED,
                site=site,
                article=article,
                cursor=_cursor(store.value(keys.SESSION_CURSOR)),
                top_line=_number(store.value(keys.SESSION_TOP_LINE)),
                tabs=tabs,
            )
        return StartupChoice(
            Reason.ARTICLE_GONE, site=site or ensure_sample_site(), missing=article, tabs=tabs
        )
    return StartupChoice(Reason.SITE_ONLY, site=site or ensure_sample_site())


def apply_startup(window: MainWindow, choice: StartupChoice) -> bool:
    """Open what ``choice`` says in ``window``; False when the article could not be opened."""
    if choice.reason is Reason.ASKED:
        assert choice.article is not None
        return window.open_path(choice.article)
    reopening = choice.reason is Reason.RESTORED
    if choice.site is not None:
        # Without articles to reopen, the site's most recent article is opened.
        window.open_site(choice.site, open_article=not (reopening or choice.tabs))
    for place in choice.tabs:
        if not window.open_path(place.path):
            log.info("remembered tab not reopened: %s", place.path)
    opened = True
    if choice.article is not None:
        opened = window.open_path(choice.article)  # a tab already open is shown
    elif choice.tabs and window.article.path is None and choice.site is not None:
        window.open_site(choice.site)  # none of the tabs could be opened
    if choice.reason is Reason.FIRST_LAUNCH:
        keys.settings().setValue(keys.WELCOMED, True)
    if choice.reason is Reason.ARTICLE_GONE and choice.missing is not None:
        window.statusBar().showMessage(
            QCoreApplication.translate(
                "Workday", "{0} no longer exists; opened the site instead."
            ).format(choice.missing.name),
            15000,
        )
    if choice.tabs:
        _restore_tab_positions(window, choice.tabs)
    if opened and choice.reason is Reason.RESTORED:
        _restore_position(window, choice)
    return opened


def _restore_tab_positions(window: MainWindow, tabs: tuple[TabPlace, ...]) -> None:
    """Put each reopened tab's cursor and scroll where they were; the tab shown stays."""
    shown = window.session
    for place in tabs:
        session = window.services.session_for(place.path)
        if session is None or session is shown:
            continue
        window.activate(session)
        _restore_position(window, place, again=False)
    window.activate(shown)


def _restore_position(
    window: MainWindow, place: StartupChoice | TabPlace, again: bool = True
) -> None:
    if place.cursor is not None:
        window.editor.go_to_line(*place.cursor)
    if place.top_line is not None:
        top = place.top_line
        scroll_editor_to_line(window.editor, top)
        if again:
            # Once more after the first layout pass: the window may still be taking its size.
            QTimer.singleShot(0, window, lambda: scroll_editor_to_line(window.editor, top))


def start(window: MainWindow, path: str | None) -> StartupChoice:
    """The start-up of ``run_gui``: choose what to open and open it in ``window``."""
    choice = choose_startup(path)
    log.info("start-up: %s", choice.reason.value)
    apply_startup(window, choice)
    return choice
