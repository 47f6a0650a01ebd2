"""Every text the window shows goes through tr(): under a pseudo-translation that wraps each
string of the sources in ⟦ ⟧, nothing on screen may lack the brackets.

The window is the real one, on a sample article; its menus are opened, its docks, toolbars
and status bar read, and its main dialogs shown.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QTabBar,
    QTextEdit,
    QWidget,
)

from tests.ui.pseudo_translation import build_pseudo_qm, has_words, untranslated_rest
from tests.ui.test_main_window import ARTICLE, open_and_wait

# Texts that are rightly not translated. Keep this short and say why for each.
ALLOWED = {
    "English",
    "Deutsch",
    "简体中文",  # the Language menu names each language in itself
    "ArticleEditor",  # the app's name, with its version in Help › About
}
# Menus that list data: file paths, and languages named in themselves by QLocale.
DATA_MENUS = {"recent-menu", "spelling-language-menu"}
# (object name, what) of texts that are the article's data.
DATA_TEXTS = {
    ("slug", "placeholder"),  # the slug the title gives, shown until one is typed
    ("article-tabs", "tab"),  # an open article's file name
    ("article-tabs", "tab tooltip"),  # and its path
}
_TAG = re.compile(r"<[^>]+>")
_ENTITY = re.compile(r"&\w+;|&#\d+;")


@pytest.fixture(scope="module")
def pseudo_qm(tmp_path_factory) -> Path:
    return build_pseudo_qm(tmp_path_factory.mktemp("pseudo"))


@pytest.fixture
def pseudo(qapp, pseudo_qm):
    translator = QTranslator()
    assert translator.load(str(pseudo_qm))
    qapp.installTranslator(translator)
    # The check would pass vacuously if the translation were not in effect.
    assert QCoreApplication.translate("MainWindow", "&File") == "⟦&File⟧"
    yield translator
    qapp.removeTranslator(translator)


def _plain(text: str) -> str:
    return _ENTITY.sub(" ", _TAG.sub(" ", text)) if "<" in text and ">" in text else text


def _widget_texts(widget: QWidget) -> list[tuple[str, str]]:
    name = f"{type(widget).__name__} {widget.objectName()!r}"
    box = widget.parent()
    if (
        isinstance(box, QDialogButtonBox)
        and isinstance(widget, QPushButton)
        and box.standardButton(widget) != QDialogButtonBox.StandardButton.NoButton
    ):
        return []  # OK, Cancel, Close…: Qt's own translation (qtbase) words these
    found = [(f"{name} tooltip", widget.toolTip()), (f"{name} status tip", widget.statusTip())]
    if isinstance(widget, (QDialog, QDockWidget)) or widget.isWindow():
        found.append((f"{name} title", widget.windowTitle()))
    if isinstance(widget, QLabel):
        found.append((f"{name} text", widget.text()))
    if isinstance(widget, QAbstractButton):
        found.append((f"{name} text", widget.text()))
    placeholder = (widget.objectName(), "placeholder") not in DATA_TEXTS
    if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)) and placeholder:
        found.append((f"{name} placeholder", widget.placeholderText()))
    if isinstance(widget, QGroupBox):
        found.append((f"{name} title", widget.title()))
    if isinstance(widget, QMenu):
        found.append((f"{name} title", widget.title()))
    if isinstance(widget, QTabBar):
        for index in range(widget.count()):
            if (widget.objectName(), "tab") not in DATA_TEXTS:
                found.append((f"{name} tab", widget.tabText(index)))
            if (widget.objectName(), "tab tooltip") not in DATA_TEXTS:
                found.append((f"{name} tab tooltip", widget.tabToolTip(index)))
    if isinstance(widget, QComboBox) and not widget.isEditable():
        for index in range(widget.count()):
            found.append((f"{name} item", widget.itemText(index)))
    if isinstance(widget, QHeaderView) and widget.model() is not None and not widget.isHidden():
        for section in range(widget.count()):
            header = widget.model().headerData(section, widget.orientation())
            if isinstance(header, str):  # row headers are numbers
                found.append((f"{name} header", header))
    return found


def _action_texts(action: QAction) -> list[tuple[str, str]]:
    name = f"action {action.objectName() or action.text()!r}"
    return [
        (f"{name} text", action.text()),
        (f"{name} tooltip", action.toolTip()),
        (f"{name} status tip", action.statusTip()),
    ]


def untranslated_texts(root: QWidget) -> list[str]:
    """Every visible text under ``root`` with words outside the pseudo-translation's marks."""
    texts: list[tuple[str, str]] = []
    widgets = [root, *root.findChildren(QWidget)]
    actions = set(root.findChildren(QAction))
    for widget in widgets:
        texts += _widget_texts(widget)
        actions.update(QWidget.actions(widget))  # MainWindow hides actions() behind a field
    data_actions = {
        action
        for menu in root.findChildren(QMenu)
        if menu.objectName() in DATA_MENUS
        for action in menu.actions()
    }
    for action in actions - data_actions:
        if not action.isSeparator():
            texts += _action_texts(action)
    problems = []
    for where, text in texts:
        rest = untranslated_rest(_plain(text))
        for term in ALLOWED:
            rest = rest.replace(term, " ")
        if has_words(rest):
            problems.append(f"{where}: {text!r}")
    return sorted(set(problems))


def _open_everything(qtbot, window) -> list[QDialog]:
    """Open every menu, the main dialogs and the find bar; return the dialogs shown."""
    from articleeditor.ui.about import AboutDialog
    from articleeditor.ui.crash_report import CrashDialog
    from articleeditor.ui.dialogs.import_references import ImportReferencesDialog
    from articleeditor.ui.dialogs.publish_dialog import PublishDialog
    from articleeditor.ui.dialogs.reference_dialog import ReferenceDialog

    for menu in window.findChildren(QMenu):
        menu.aboutToShow.emit()  # fills the Recent and Review menus
    window.editor_features.actions.find.trigger()
    dialogs: list[QDialog] = [
        AboutDialog(window),
        ImportReferencesDialog(window),
        PublishDialog(window),
        ReferenceDialog(set(), None, window),
        CrashDialog("Traceback (most recent call last):\nValueError: x", None, window),
        window.tags_feature.manage(),
    ]
    for dialog in dialogs:
        dialog.show()
    qtbot.wait(50)
    return dialogs


def test_every_visible_text_is_translated(qtbot, pseudo, window, site):
    open_and_wait(qtbot, window, site / ARTICLE)
    dialogs = _open_everything(qtbot, window)
    try:
        problems = untranslated_texts(window)
    finally:
        for dialog in dialogs:
            dialog.close()
    assert problems == [], "shown without tr():\n" + "\n".join(problems)


def test_a_planted_plain_label_is_found(qtbot, pseudo, window):
    dock = window.findChildren(QDockWidget)[0]
    planted = QLabel("Planted label without tr", dock.widget())
    planted.setObjectName("planted")
    translated = QLabel(QCoreApplication.translate("MainWindow", "&File"), dock.widget())
    problems = untranslated_texts(window)
    assert any("'planted'" in problem for problem in problems)
    assert not any(translated.text() in problem for problem in problems)
