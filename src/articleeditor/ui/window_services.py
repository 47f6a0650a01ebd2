"""The narrow set of things a feature may ask of the window: which article is current (and a
signal when that changes), opening, saving and closing articles, telling the writer something
(status bar, error dialog), and places for its docks, menus and status widgets.

Features hold this object, never the main window: they cannot come to depend on how the
window is built, and a test (tests/ui/test_window_boundary.py) keeps it so.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenuBar, QWidget

from articleeditor.ui.messages import describe
from articleeditor.ui.session import ArticleSession

log = logging.getLogger(__name__)


class Workspace(Protocol):
    """What the window does with its open articles (the main window implements it)."""

    def current_session(self) -> ArticleSession: ...

    def sessions(self) -> list[ArticleSession]: ...

    def activate(self, session: ArticleSession) -> None: ...

    def open_path(self, path: str | Path) -> bool: ...

    def new_article(self) -> bool: ...

    def save_session(self, session: ArticleSession) -> bool: ...

    def close_session(self, session: ArticleSession) -> bool: ...

    def set_field(self, name: str, value: Any) -> None: ...

    def reload_from_disk(self, session: ArticleSession) -> None: ...

    def notice_changes_on_disk(self, session: ArticleSession) -> None: ...

    def follow_rename(self, session: ArticleSession, path: Path) -> None: ...

    def report_error(self, title: str, message: str) -> None: ...


class WindowServices(QObject):
    """The window as a feature sees it."""

    session_changed = Signal(object)  # ArticleSession: another article is shown
    session_opened = Signal(object)  # ArticleSession: a new article is open (not yet shown)
    session_closed = Signal(object)  # ArticleSession: an article was closed
    article_loaded = Signal(str)  # a file was opened (its path)

    def __init__(self, window: QMainWindow, workspace: Workspace) -> None:
        super().__init__(window)
        self._window = window
        self._workspace = workspace

    # ----- the articles ---------------------------------------------------------------------

    @property
    def session(self) -> ArticleSession:
        """The article shown now."""
        return self._workspace.current_session()

    def sessions(self) -> list[ArticleSession]:
        """Every open article, in tab order."""
        return self._workspace.sessions()

    def activate(self, session: ArticleSession) -> None:
        """Show ``session``'s article."""
        self._workspace.activate(session)

    def session_for(self, path: Path) -> ArticleSession | None:
        """The open article that is the file ``path``, if any."""
        return next((s for s in self.sessions() if s.holds(path)), None)

    def open_path(self, path: str | Path) -> bool:
        """Open an article file (or a site folder); False if refused."""
        return self._workspace.open_path(path)

    def new_article(self) -> bool:
        """Start a new untitled article."""
        return self._workspace.new_article()

    def save(self, session: ArticleSession | None = None) -> bool:
        """Save ``session`` (the current one by default), asking for a name if it has none."""
        return self._workspace.save_session(session or self.session)

    def close_session(self, session: ArticleSession | None = None) -> bool:
        """Close ``session`` (asking to save); False if the writer cancelled."""
        return self._workspace.close_session(session or self.session)

    def set_field(self, name: str, value: Any) -> None:
        """Write one front matter field of the current article as one undoable edit."""
        self._workspace.set_field(name, value)

    def reload_from_disk(self, session: ArticleSession) -> None:
        """Read ``session``'s file again, replacing its text."""
        self._workspace.reload_from_disk(session)

    def notice_changes_on_disk(self, session: ArticleSession) -> None:
        """Compare ``session``'s file with what it last read or saved, and tell the writer of
        a change another program made (after a save the window itself did not make)."""
        self._workspace.notice_changes_on_disk(session)

    def follow_rename(self, session: ArticleSession, path: Path) -> None:
        """``session``'s file was renamed to ``path``."""
        self._workspace.follow_rename(session, path)

    # ----- telling the writer ---------------------------------------------------------------

    def dialog_parent(self) -> QWidget:
        """The widget dialogs are centred on."""
        return self._window

    def show_status(self, text: str, msecs: int = 0) -> None:
        """A message in the status bar (for ``msecs`` milliseconds; 0 until replaced)."""
        self._window.statusBar().showMessage(text, msecs)

    def report_error(self, title: str, message: str) -> None:
        """Tell the writer what went wrong (a dialog)."""
        log.info("%s: %s", title, message)
        self._workspace.report_error(title, message)

    def show_worker_error(self, error: object) -> None:
        """A background job failed: say so in the status bar (the text is unaffected)."""
        # A core error comes back from the worker process whole, so it is worded like any other.
        reason = describe(error) if isinstance(error, BaseException) else str(error)
        self.show_status(self.tr("Background task failed: {0}").format(reason), 5000)

    # ----- places in the window -------------------------------------------------------------

    def add_dock(
        self,
        title: str,
        name: str,
        widget: QWidget,
        area: Qt.DockWidgetArea = Qt.DockWidgetArea.RightDockWidgetArea,
    ) -> QDockWidget:
        """A dock holding ``widget``, named ``name`` so that the layout can be saved."""
        dock = QDockWidget(title, self._window)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self._window.addDockWidget(area, dock)
        return dock

    def tabify_docks(self, first: QDockWidget, second: QDockWidget) -> None:
        """Put ``second`` in a tab beside ``first``."""
        self._window.tabifyDockWidget(first, second)

    def add_status_widget(self, widget: QWidget) -> None:
        """A permanent widget on the right of the status bar."""
        self._window.statusBar().addPermanentWidget(widget)

    def menu_bar(self) -> QMenuBar:
        """The window's menu bar (features add their menus to it)."""
        return self._window.menuBar()

    def remove_window_action(self, action) -> None:
        """Stop ``action``'s shortcut from working window-wide (the caller adds it elsewhere)."""
        self._window.removeAction(action)
