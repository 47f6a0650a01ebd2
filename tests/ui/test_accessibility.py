"""Assistive technology sees a name for every control; F6 walks the panes."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QDockWidget

from tests.ui.test_main_window import ARTICLE, open_and_wait

ROLE = QAccessible.Role
INTERACTIVE = {
    ROLE.PushButton,
    ROLE.CheckBox,
    ROLE.RadioButton,
    ROLE.ComboBox,
    ROLE.EditableText,
    ROLE.List,
    ROLE.Tree,
    ROLE.Table,
    ROLE.SpinBox,
    ROLE.Slider,
    ROLE.ButtonMenu,
}
# Lists and edits say nothing by themselves: they must also be described.
DESCRIBED = {ROLE.EditableText, ROLE.List, ROLE.Tree, ROLE.Table}


def _walk(interface, found: list) -> None:
    if interface is None or not interface.isValid() or interface.state().invisible:
        return
    found.append(interface)
    for index in range(interface.childCount()):
        _walk(interface.child(index), found)


def _controls(window) -> list:
    found: list = []
    _walk(QAccessible.queryAccessibleInterface(window), found)
    return [i for i in found if i.role() in INTERACTIVE]


def _label(interface) -> str:
    target = interface.object()
    return f"{interface.role().name} {target.objectName() if target else ''!r}"


def test_every_control_has_an_accessible_name(qtbot, window, site):
    open_and_wait(qtbot, window, site / ARTICLE)
    controls = _controls(window)
    assert len(controls) > 30  # the walk reached the panels, not only the menu bar
    unnamed = [_label(i) for i in controls if not i.text(QAccessible.Text.Name).strip()]
    assert unnamed == []


def test_lists_and_edits_are_described(qtbot, window, site):
    open_and_wait(qtbot, window, site / ARTICLE)
    undescribed = [
        _label(i)
        for i in _controls(window)
        if i.role() in DESCRIBED and not i.text(QAccessible.Text.Description).strip()
    ]
    assert undescribed == []


def test_every_panel_is_named_after_its_dock(window):
    for dock in window.findChildren(QDockWidget):
        assert dock.widget().accessibleName() == dock.windowTitle()
        assert dock.widget().accessibleDescription()


def test_f6_cycles_through_the_panes(qtbot, window, site):
    open_and_wait(qtbot, window, site / ARTICLE)
    window.activateWindow()
    window.editor.setFocus()
    panes = window.pane_cycler.panes()
    assert panes[:2] == [window.editor, window.preview]
    assert len(panes) >= 4  # editor, preview and the two visible panel groups
    seen = []
    for _ in range(len(panes)):
        seen.append(window.pane_cycler.move(1))
    assert seen[-1] is window.editor  # all the way round
    assert set(map(id, seen)) == set(map(id, panes))
    window.pane_cycler.move(-1)
    assert window.pane_cycler.current() == len(panes) - 1
