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


def _with_ctrl_y(redo: QAction) -> QAction:
    """Redo answers Ctrl+Y everywhere, besides the platform's own key (Ctrl+Shift+Z on Linux
    and macOS): writers coming from word processors press Ctrl+Y."""
    keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
    ctrl_y = QKeySequence("Ctrl+Y")
    if ctrl_y not in keys:
        keys.append(ctrl_y)
    redo.setShortcuts(keys)
    return redo


def _with_shortcuts(action: QAction, *shortcuts: str) -> QAction:
    # Shift+Tab arrives as Backtab, so Ctrl+Shift+Tab needs both spellings to match.
    unique = [s for n, s in enumerate(shortcuts) if s and s not in shortcuts[:n]]
    action.setShortcuts([QKeySequence(s) for s in unique])
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
    next_article: QAction
    previous_article: QAction
    quit: QAction
    undo: QAction
    redo: QAction
    toggle_preview: QAction
    focus_mode: QAction
    import_references: QAction
    about: QAction
    open_log_folder: QAction
    publish: QAction
    unpublish: QAction
    manage_tags: QAction
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
        focus_mode = _action(parent, tr("&Focus Mode"), "focus-mode", "Ctrl+Shift+F", None,
                             tr("Hide the panels and the preview; centre the text"))
        focus_mode.setCheckable(True)
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
            # QKeySequence(SK.Close) is only the first binding (Ctrl+F4 on Linux): Ctrl+W too.
            close_article=_with_shortcuts(
                _action(parent, tr("&Close Article"), "close-article", None, "document-close"),
                *[k.toString() for k in QKeySequence.keyBindings(SK.Close)], "Ctrl+W"),
            next_article=_with_shortcuts(
                _action(parent, tr("&Next Article"), "next-article", None, None,
                        tr("Show the article in the next tab")),
                "Ctrl+Tab", "Ctrl+PgDown"),
            previous_article=_with_shortcuts(
                _action(parent, tr("&Previous Article"), "previous-article", None, None,
                        tr("Show the article in the previous tab")),
                "Ctrl+Shift+Backtab", "Ctrl+Shift+Tab", "Ctrl+PgUp"),
            quit=_action(parent, tr("&Quit"), "quit", "Ctrl+Q", "application-exit"),
            undo=_action(parent, tr("&Undo"), "undo", SK.Undo, "edit-undo"),
            redo=_with_ctrl_y(_action(parent, tr("&Redo"), "redo", SK.Redo, "edit-redo")),
            toggle_preview=toggle_preview,
            focus_mode=focus_mode,
            import_references=_action(parent, tr("&Import References…"), "import-references",
                                      "Ctrl+Alt+I", "document-import",
                                      tr("Add references from BibTeX, RIS, PubMed or CSL")),
            about=_action(parent, tr("&About ArticleEditor"), "about", None, "help-about"),
            open_log_folder=_action(parent, tr("Open &Log Folder"), "open-log-folder", None,
                                    None, tr("Show the folder of the log file, for a bug report")),
            publish=_action(parent, tr("&Publish…"), "publish", "Ctrl+Shift+E", "document-send",
                            tr("Write the article into a static site's content folder")),
            unpublish=_action(parent, tr("&Unpublish…"), "unpublish", None, None,
                              tr("Remove the article's published files from its site")),
            manage_tags=_action(parent, tr("Manage &Tags and Categories…"), "manage-tags",
                                "Ctrl+Alt+T", None,
                                tr("Rename, merge or delete a tag across the whole site")),
            export_pdf=_action(parent, tr("Export Preview as &PDF…"), "export-pdf", None,
                               None, tr("Print the preview to a PDF file")),
            export_html=_action(parent, tr("Export as Standalone &HTML…"), "export-html", None,
                                None, tr("One HTML file with its stylesheet and images inside")),
            load_remote_images=load_remote_images,
            width_desktop=width_actions[0],
            width_tablet=width_actions[1],
            width_phone=width_actions[2],
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


@dataclass
class EditorActions:
    """Formatting, find, spelling and image actions of the Markdown editor."""

    bold: QAction
    italic: QAction
    strikethrough: QAction
    inline_code: QAction
    link: QAction
    image: QAction
    headings: list[QAction]
    paragraph: QAction
    bullet_list: QAction
    numbered_list: QAction
    quote: QAction
    code_block: QAction
    table: QAction
    find: QAction
    replace: QAction
    find_next: QAction
    find_previous: QAction
    spell_check: QAction
    add_to_dictionary: QAction
    fold_front_matter: QAction

    @classmethod
    def create(cls, parent: QWidget) -> EditorActions:
        """Create the editor's actions with their standard shortcuts."""
        tr = parent.tr
        SK = QKeySequence.StandardKey
        spell_check = _action(parent, tr("Check &Spelling"), "spell-check", None,
                              "tools-check-spelling", tr("Underline misspelled words"))
        spell_check.setCheckable(True)
        spell_check.setChecked(True)
        fold = _action(parent, tr("Fold &Front Matter"), "fold-front-matter", "Ctrl+Alt+F",
                       None, tr("Show only the first line of the front matter; the panels "
                                "edit it"))
        fold.setCheckable(True)
        fold.setChecked(True)
        return cls(
            fold_front_matter=fold,
            bold=_action(parent, tr("&Bold"), "format-bold", SK.Bold, "format-text-bold"),
            italic=_action(parent, tr("&Italic"), "format-italic", SK.Italic,
                           "format-text-italic"),
            strikethrough=_action(parent, tr("&Strikethrough"), "format-strikethrough",
                                  "Ctrl+Shift+X", "format-text-strikethrough"),
            inline_code=_action(parent, tr("Inline &Code"), "format-code", "Ctrl+`"),
            link=_action(parent, tr("&Link…"), "format-link", "Ctrl+K", "insert-link",
                         tr("Link the selection, or insert a link")),
            image=_action(parent, tr("&Image…"), "format-image", "Ctrl+Shift+I", "insert-image",
                          tr("Insert an image, copied into the article's assets folder")),
            headings=[
                _action(parent, tr("Heading &{0}").format(level), f"format-heading-{level}",
                        f"Ctrl+{level}")
                for level in range(1, 7)
            ],
            paragraph=_action(parent, tr("&Paragraph"), "format-paragraph", "Ctrl+0"),
            bullet_list=_action(parent, tr("B&ullet List"), "format-bullet-list",
                                "Ctrl+Shift+8", "format-list-unordered"),
            numbered_list=_action(parent, tr("&Numbered List"), "format-numbered-list",
                                  "Ctrl+Shift+7", "format-list-ordered"),
            quote=_action(parent, tr("&Quote"), "format-quote", "Ctrl+Shift+Q"),
            code_block=_action(parent, tr("Code Bl&ock"), "format-code-block", "Ctrl+Shift+K"),
            table=_action(parent, tr("&Table"), "format-table", "Ctrl+Shift+T",
                          "insert-table"),
            find=_action(parent, tr("&Find…"), "find", SK.Find, "edit-find"),
            replace=_action(parent, tr("&Replace…"), "replace", "Ctrl+H", "edit-find-replace"),
            find_next=_action(parent, tr("Find &Next"), "find-next", SK.FindNext),
            find_previous=_action(parent, tr("Find Pre&vious"), "find-previous",
                                  SK.FindPrevious),
            spell_check=spell_check,
            add_to_dictionary=_action(parent, tr("&Add to Dictionary"), "add-to-dictionary"),
        )
