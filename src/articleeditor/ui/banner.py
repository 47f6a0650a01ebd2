"""A message strip above the editor for problems the writer should see but not be stopped by."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

# Below this width for the text beside the buttons, the buttons go under the text: a label
# squeezed beside three buttons wrapped into a column a few words wide and a dozen lines tall.
_MIN_TEXT_WIDTH = 320

_STYLES = {
    "error": "background: #fdecea; color: #8a1c1c; border-bottom: 1px solid #f5c2c0;",
    "warning": "background: #fff4e5; color: #7a4a00; border-bottom: 1px solid #f3d19e;",
    "info": "background: #e8f1fb; color: #0d3c6e; border-bottom: 1px solid #b9d3f0;",
}


class Banner(QWidget):
    """A hideable strip with a message and up to a few buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setAutoFillBackground(True)
        self.label = QLabel(objectName="banner-text")
        self.label.setWordWrap(True)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._layout.setContentsMargins(10, 6, 10, 6)
        self._layout.addWidget(self.label, 1)
        self._button_row = QHBoxLayout()
        self._button_row.addStretch(1)
        self._layout.addLayout(self._button_row)
        self._buttons: list[QPushButton] = []
        self.kind = ""
        self.hide()

    def show_message(
        self, kind: str, text: str, actions: list[tuple[str, Callable[[], None]]] = ()
    ) -> None:
        """Show ``text``; each action becomes a button that also dismisses the banner."""
        self.kind = kind
        self.setStyleSheet(f"#banner {{ {_STYLES[kind]} }} QLabel {{ {_STYLES[kind]} border: 0; }}")
        self.label.setText(text)
        for button in self._buttons:
            button.deleteLater()
        self._buttons = []
        for caption, slot in actions:
            button = QPushButton(caption, self)
            button.clicked.connect(slot)
            self._button_row.addWidget(button)
            self._buttons.append(button)
        self._arrange(self.width())
        self.show()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._arrange(event.size().width())
        super().resizeEvent(event)

    def _arrange(self, width: int) -> None:
        buttons = sum(b.sizeHint().width() + self._button_row.spacing() for b in self._buttons)
        beside = width - buttons - 30 >= _MIN_TEXT_WIDTH or not self._buttons
        direction = (
            QBoxLayout.Direction.LeftToRight if beside else (QBoxLayout.Direction.TopToBottom)
        )
        if self._layout.direction() != direction:
            self._layout.setDirection(direction)

    def clear(self, kind: str | None = None) -> None:
        """Hide the banner (only if it shows ``kind``, when given)."""
        if kind is None or kind == self.kind:
            self.kind = ""
            self.hide()

    def button_texts(self) -> list[str]:
        """Captions of the current buttons (for tests and accessibility)."""
        return [b.text() for b in self._buttons]

    def trigger(self, caption: str) -> None:
        """Click the button with ``caption``."""
        for button in self._buttons:
            if button.text() == caption:
                button.click()
                return
        raise KeyError(caption)
