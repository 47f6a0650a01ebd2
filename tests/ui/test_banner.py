"""The message strip stays a strip: its text wraps in full width, never in a narrow column."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QBoxLayout

from articleeditor.ui.banner import Banner

TEXT = (
    "ArticleEditor did not close normally while you were editing this article. "
    "Unsaved text from 14:32 was recovered."
)


@pytest.fixture
def banner(qtbot):
    widget = Banner()
    qtbot.addWidget(widget)
    widget.show_message(
        "warning",
        TEXT,
        [("Restore", lambda: None), ("Show Differences", lambda: None), ("Discard", lambda: None)],
    )
    return widget


@pytest.mark.parametrize("width", [260, 420, 700, 1200])
def test_text_is_never_squeezed_into_a_column(qtbot, banner, width):
    banner.resize(width, banner.heightForWidth(width) if banner.hasHeightForWidth() else 80)
    banner.layout().activate()
    qtbot.wait(10)
    # The text gets most of the width whatever the buttons need...
    assert banner.label.width() >= min(width - 40, 320)
    # ...so it takes a few lines, not a dozen.
    line = banner.label.fontMetrics().lineSpacing()
    lines = banner.label.heightForWidth(banner.label.width()) / line
    assert lines <= 4


def test_buttons_move_under_the_text_when_narrow(qtbot, banner):
    banner.resize(300, 120)
    qtbot.wait(10)
    assert banner.layout().direction() is QBoxLayout.Direction.TopToBottom
    banner.resize(1200, 60)
    qtbot.wait(10)
    assert banner.layout().direction() is QBoxLayout.Direction.LeftToRight
