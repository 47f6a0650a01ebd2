"""The window fits a laptop: panels in one tabbed column, a small minimum size, Focus Mode."""

from __future__ import annotations

from PySide6.QtWidgets import QDockWidget

from tests.ui.test_main_window import ARTICLE, open_and_wait


def _visible_docks(window) -> set[str]:
    return {d.objectName() for d in window.findChildren(QDockWidget) if d.isVisible()}


def test_editor_and_preview_each_get_40_percent_of_a_laptop_screen(qtbot, window, site):
    window.resize(1366, 768)
    open_and_wait(qtbot, window, site / ARTICLE)
    qtbot.waitUntil(lambda: window.width() == 1366)
    qtbot.wait(50)
    assert window.editor.width() >= 0.4 * 1366
    assert window.preview.width() >= 0.4 * 1366
    # Every panel is still one click away: each dock is a tab of the right-hand column.
    areas = {window.dockWidgetArea(d) for d in window.findChildren(QDockWidget)}
    assert len(areas) == 1


def test_the_window_can_be_as_small_as_800_by_600(window):
    hint = window.minimumSizeHint()
    assert hint.width() <= 800 and hint.height() <= 600
    assert window.minimumSize().width() <= 800 and window.minimumSize().height() <= 600


def test_focus_mode_hides_the_panels_and_centres_the_text(qtbot, window, site):
    window.resize(1366, 768)
    open_and_wait(qtbot, window, site / ARTICLE)
    before = _visible_docks(window)
    assert before
    window.actions.focus_mode.trigger()
    qtbot.wait(20)
    assert _visible_docks(window) == set()
    assert not window.preview.isVisible()
    margins = window.editor.viewportMargins()
    assert margins.left() > 100 and abs(margins.left() - margins.right()) <= 1
    window.actions.focus_mode.trigger()
    qtbot.wait(20)
    assert _visible_docks(window) == before
    assert window.preview.isVisible()
    assert window.editor.viewportMargins().left() == 0


def test_the_writers_layout_is_restored(qtbot, window, site):
    from articleeditor.ui.app import dispose
    from articleeditor.ui.main_window import MainWindow

    window.tags_feature.browser_dock.raise_()
    window.references_dock.hide()
    window.close()  # saves the layout
    second = MainWindow()
    second.show()
    qtbot.wait(20)
    try:
        assert not second.references_dock.isVisible()
        assert second.tags_feature.browser_dock.isVisible()
    finally:
        second.close()
        dispose(second)
