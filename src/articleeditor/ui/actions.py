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
    import_references: QAction
    about: QAction
    publish: QAction
    manage_tags: QAction

    @classmethod
    def create(cls, parent: QWidget) -> Actions:
        """Create every action with its text, shortcut and icon."""
        tr = parent.tr
        SK = QKeySequence.StandardKey
        toggle_preview = _action(parent, tr("&Preview"), "toggle-preview", "Ctrl+Shift+P")
        toggle_preview.setCheckable(True)
        toggle_preview.setChecked(True)
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
            import_references=_action(parent, tr("&Import References…"), "import-references",
                                      "Ctrl+Shift+I", "document-import",
                                      tr("Add references from BibTeX, RIS, PubMed or CSL")),
            about=_action(parent, tr("&About ArticleEditor"), "about", None, "help-about"),
            publish=_action(parent, tr("&Publish…"), "publish", "Ctrl+Shift+E", "document-send",
                            tr("Write the article into a static site's content folder")),
            manage_tags=_action(parent, tr("Manage &Tags and Categories…"), "manage-tags",
                                "Ctrl+Shift+T", None,
                                tr("Rename, merge or delete a tag across the whole site")),
        )


@dataclass
class ReviewActions:
    """Actions of the review workflow (suggestions, comments, review copy); ``ui.review``
    connects them."""

    suggest_changes: QAction
    add_comment: QAction
    accept_mark: QAction
    reject_mark: QAction
    accept_all: QAction
    reject_all: QAction
    view_changes: QAction
    view_final: QAction
    view_original: QAction
    compare_published: QAction
    export_review_copy: QAction
    reviewer_name: QAction

    @classmethod
    def create(cls, parent: QWidget) -> ReviewActions:
        """Create the review actions; the three views are exclusive checkable actions."""
        tr = parent.tr
        suggest = _action(parent, tr("&Suggest Changes"), "suggest-changes", "Ctrl+Shift+R",
                          None, tr("Record typing and deleting as suggestions"))
        suggest.setCheckable(True)
        views = QActionGroup(parent)
        view_actions = []
        for text, name, tip in (
            (tr("Review: &Changes"), "review-view-changes",
             tr("Show insertions, deletions and comments in the preview")),
            (tr("Review: &Final"), "review-view-final",
             tr("Show the article with every suggestion accepted")),
            (tr("Review: &Original"), "review-view-original",
             tr("Show the article with every suggestion rejected")),
        ):
            action = _action(parent, text, name, None, None, tip)
            action.setCheckable(True)
            views.addAction(action)
            view_actions.append(action)
        return cls(
            suggest_changes=suggest,
            add_comment=_action(parent, tr("Add &Comment"), "add-comment", "Ctrl+Alt+M", None,
                                tr("Comment on the selection")),
            accept_mark=_action(parent, tr("&Accept"), "accept-mark", None, "dialog-ok-apply",
                                tr("Accept the selected suggestion or resolve the comment")),
            reject_mark=_action(parent, tr("&Reject"), "reject-mark", None, "dialog-cancel",
                                tr("Reject the selected suggestion or resolve the comment")),
            accept_all=_action(parent, tr("Accept A&ll"), "accept-all", None, None,
                               tr("Accept every suggestion and remove every comment")),
            reject_all=_action(parent, tr("Reject Al&l"), "reject-all", None, None,
                               tr("Reject every suggestion and remove every comment")),
            view_changes=view_actions[0],
            view_final=view_actions[1],
            view_original=view_actions[2],
            compare_published=_action(parent, tr("Compare with &Published…"),
                                      "compare-published", None, None,
                                      tr("Show the differences to a published file")),
            export_review_copy=_action(parent, tr("Export Re&view Copy…"), "export-review-copy",
                                       None, None,
                                       tr("Save the preview with changes and comments as "
                                          "HTML or PDF")),
            reviewer_name=_action(parent, tr("Reviewer &Name…"), "reviewer-name", None, None,
                                  tr("The name that signs your comments")),
        )
