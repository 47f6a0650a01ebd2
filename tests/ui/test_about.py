"""Help > About: the version from its one definition and every bundled licence, in full."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from articleeditor import __version__
from articleeditor.ui.about import AboutDialog


def test_help_about_opens_the_dialog_with_version_and_licences(qtbot, window):
    seen: dict[str, object] = {}

    def inspect_and_close():
        dialog = QApplication.activeModalWidget()
        seen["dialog"] = type(dialog).__name__
        seen["heading"] = dialog.findChild(object, "about-heading").text()
        seen["titles"] = [
            dialog.components.item(i).text() for i in range(dialog.components.count())
        ]
        seen["first text"] = dialog.licence_text.toPlainText()
        dialog.reject()

    QTimer.singleShot(0, inspect_and_close)
    window.actions.about.trigger()  # the real menu action; modal until closed above
    assert seen["dialog"] == "AboutDialog"
    assert f"ArticleEditor {__version__}" in seen["heading"]
    titles = seen["titles"]
    assert titles[0].startswith("ArticleEditor — MIT")
    assert titles[1] == "Qt 6, Qt WebEngine, PySide6 — LGPL-3.0"
    assert "GNU LGPL v3 (Qt, PySide6)" in titles
    assert "CSL styles in this folder" in titles  # a resource folder's own LICENSE file
    assert "Permission is hereby granted" in seen["first text"]


def test_selecting_a_component_shows_its_full_licence(qtbot):
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    titles = [dialog.components.item(i).text() for i in range(dialog.components.count())]
    dialog.components.setCurrentRow(
        next(i for i, t in enumerate(titles) if t.startswith("GNU LGPL"))
    )
    text = dialog.licence_text.toPlainText()
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in text
    assert "4. Combined Works." in text  # the full text, not a summary
