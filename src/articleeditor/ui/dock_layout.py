"""Where the side panels go by default, and Focus Mode.

Every panel lives in one column on the right, in two tab groups, so the editor and the
preview keep most of a laptop screen (at 1366 px each gets over 40 % of the width). The
writer's own arrangement is saved with the window state and wins over this default.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QByteArray, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QDockWidget,
    QFrame,
    QMainWindow,
    QPlainTextEdit,
    QScrollArea,
    QWidget,
)

RIGHT = Qt.DockWidgetArea.RightDockWidgetArea
DOCK_WIDTH = 250  # the column of panels, in pixels, before the writer resizes it
FOCUS_COLUMN_CHARACTERS = 80  # width of the centred text column in Focus Mode


def arrange_default_docks(
    window: QMainWindow,
    upper: list[QDockWidget],
    lower: list[QDockWidget],
    hidden: list[QDockWidget],
) -> None:
    """Put ``upper`` and ``lower`` in two tab groups of one right-hand column.

    ``hidden`` docks keep their place in the groups but start closed (shown on demand).
    """
    for dock in (*upper, *lower):
        scrollable(dock)
        window.addDockWidget(RIGHT, dock)
    window.splitDockWidget(upper[0], lower[0], Qt.Orientation.Vertical)
    for group in (upper, lower):
        for first, other in pairwise(group):
            window.tabifyDockWidget(first, other)
        group[0].raise_()
    for dock in hidden:
        dock.hide()
    window.resizeDocks([upper[0]], [DOCK_WIDTH], Qt.Orientation.Horizontal)


def scrollable(dock: QDockWidget) -> None:
    """Let ``dock`` be shorter than its panel: the panel scrolls instead of holding the whole
    window taller than a laptop screen."""
    panel = dock.widget()
    if panel is None or isinstance(panel, QScrollArea):
        return
    area = QScrollArea()
    area.setObjectName(f"{dock.objectName()}-scroll")
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(panel)
    # As narrow as the panel allows, never narrower: only the height scrolls.
    scroll_bar = area.verticalScrollBar().sizeHint().width()
    area.setMinimumWidth(panel.minimumSizeHint().width() + scroll_bar)
    dock.setWidget(area)


class FocusMode(QObject):
    """Hides the panels, toolbars and preview and centres the editor's text in a column;
    turning it off brings back exactly what was shown."""

    def __init__(self, window: QMainWindow, editor: QPlainTextEdit, preview: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.editor = editor
        self.preview = preview
        self.active = False
        self._saved_state: QByteArray | None = None
        self._preview_was_visible = True
        editor.installEventFilter(self)

    def set_active(self, active: bool) -> None:
        """Enter or leave Focus Mode."""
        if active == self.active:
            return
        self.active = active
        if active:
            self._saved_state = self.window.saveState()
            self._preview_was_visible = self.preview.isVisible()
            for dock in self.window.findChildren(QDockWidget):
                dock.hide()
            for bar in self.window.findChildren(
                QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly
            ):
                if bar.inherits("QToolBar"):
                    bar.hide()
            self.preview.hide()
        else:
            if self._saved_state is not None:
                self.window.restoreState(self._saved_state)
            self.preview.setVisible(self._preview_was_visible)
        self._centre_text()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.editor and event.type() == QEvent.Type.Resize:
            self._centre_text()
        return False

    def _centre_text(self) -> None:
        margin = 0
        if self.active:
            column = self.editor.fontMetrics().horizontalAdvance("n" * FOCUS_COLUMN_CHARACTERS)
            margin = max(0, (self.editor.width() - column) // 2)
        self.editor.setViewportMargins(margin, 0, margin, 0)
