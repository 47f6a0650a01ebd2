"""Every QAction of the main window, defined once; menus and toolbars reuse these objects."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence
from PySide6.QtWidgets import QWidget


def _action(
    parent: QWidget,
    text: str,
    name: str,
    shortcut: QKeySequence.StandardKey | str | None = None,
    icon: str | None = None,
    tip: str | None = None,
) -> QAction:
    action = QAction(text, parent)
    action.setObjectName(name)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    if icon:
        action.setIcon(QIcon.fromTheme(icon))
    if tip:
        action.setStatusTip(tip)
        action.setToolTip(tip)
    parent.addAction(action)
    return action


@dataclass
class Actions:
    """The window's actions; ``MainWindow`` connects their ``triggered`` signals."""

    new: QAction
    open: QAction
    open_site: QAction
    save: QAction
    save_as: QAction
    close_article: QAction
    quit: QAction
    undo: QAction
    redo: QAction
    toggle_preview: QAction
    about: QAction
    export_pdf: QAction
    export_html: QAction
    load_remote_images: QAction
    width_desktop: QAction
    width_tablet: QAction
    width_phone: QAction

    @classmethod
    def create(cls, parent: QWidget) -> Actions:
        """Create every action with its text, shortcut and icon."""
        tr = parent.tr
        SK = QKeySequence.StandardKey
        toggle_preview = _action(parent, tr("&Preview"), "toggle-preview", "Ctrl+Shift+P")
        toggle_preview.setCheckable(True)
        toggle_preview.setChecked(True)
        load_remote_images = _action(
            parent, tr("Load &Remote Images"), "load-remote-images", None, None,
            tr("Let this article's preview load images from the internet"),
        )
        load_remote_images.setCheckable(True)
        widths = QActionGroup(parent)
        width_actions = []
        for name, text in (("desktop", tr("&Desktop Width")), ("tablet", tr("&Tablet Width")),
                           ("phone", tr("P&hone Width"))):
            action = _action(parent, text, f"width-{name}")
            action.setCheckable(True)
            action.setData(name)
            widths.addAction(action)
            width_actions.append(action)
        width_actions[0].setChecked(True)
        return cls(
            new=_action(parent, tr("&New Article"), "new", SK.New, "document-new",
                        tr("Start a new article")),
            open=_action(parent, tr("&Open…"), "open", SK.Open, "document-open",
                         tr("Open an article")),
            open_site=_action(parent, tr("Open &Site Folder…"), "open-site", "Ctrl+Shift+O",
                              "folder-open", tr("Open a site's content folder")),
            save=_action(parent, tr("&Save"), "save", SK.Save, "document-save",
                         tr("Save the article")),
            save_as=_action(parent, tr("Save &As…"), "save-as", SK.SaveAs, "document-save-as",
                            tr("Save the article under a new name")),
            close_article=_action(parent, tr("&Close Article"), "close-article", SK.Close,
                                  "document-close"),
            quit=_action(parent, tr("&Quit"), "quit", "Ctrl+Q", "application-exit"),
            undo=_action(parent, tr("&Undo"), "undo", SK.Undo, "edit-undo"),
            redo=_action(parent, tr("&Redo"), "redo", SK.Redo, "edit-redo"),
            toggle_preview=toggle_preview,
            about=_action(parent, tr("&About ArticleEditor"), "about", None, "help-about"),
            export_pdf=_action(parent, tr("Export Preview as &PDF…"), "export-pdf", None,
                               None, tr("Print the preview to a PDF file")),
            export_html=_action(parent, tr("Export as Standalone &HTML…"), "export-html", None,
                                None, tr("One HTML file with its stylesheet and images inside")),
            load_remote_images=load_remote_images,
            width_desktop=width_actions[0],
            width_tablet=width_actions[1],
            width_phone=width_actions[2],
        )
