"""The tab bar of the open articles: one tab per article, in the order the writer arranges
them. Closing goes through the window (which asks to save), so the bar only asks."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QStyle, QTabBar, QWidget

# Appended to the title of an article with unsaved changes.
UNSAVED_MARK = " •"


def tab_title(name: str, modified: bool) -> str:
    """The tab's text for the article named ``name``."""
    return name + UNSAVED_MARK if modified else name


class ArticleTabs(QTabBar):
    """Closable, movable tabs; a middle click closes a tab, as in browsers."""

    close_requested = Signal(int)  # the index of the tab to close

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("article-tabs")
        self.setTabsClosable(True)
        self.setMovable(True)
        self.setDocumentMode(True)
        self.setExpanding(False)
        self.setUsesScrollButtons(True)
        self.setElideMode(Qt.TextElideMode.ElideMiddle)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Ctrl+Tab moves between tabs instead
        self.tabCloseRequested.connect(self.close_requested)

    def tabInserted(self, index: int) -> None:
        super().tabInserted(index)
        # Qt's own catalogues leave its close button's "Close Tab" untranslated.
        side = QTabBar.ButtonPosition(
            self.style().styleHint(QStyle.StyleHint.SH_TabBar_CloseButtonPosition, None, self)
        )
        button = self.tabButton(index, side)
        if button is not None:
            button.setToolTip(self.tr("Close Tab"))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.MiddleButton:
            index = self.tabAt(event.position().toPoint())
            if index >= 0:
                self.close_requested.emit(index)
                event.accept()
                return
        super().mouseReleaseEvent(event)
