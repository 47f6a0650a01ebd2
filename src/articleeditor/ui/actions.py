"""Every QAction of the main window, defined once; menus and toolbars reuse these objects."""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence
from PySide6.QtWidgets import QWidget

# Action texts name their context explicitly (the class that defines them): these classes are
# not QObjects, and pyside6-lupdate reads translate("Context", "text") calls as they are.
translate = QCoreApplication.translate

# A Chinese or Japanese menu text carries its accelerator as a Latin letter in brackets,
# "保存(&S)": a toolbar button shows the text without it.
_BRACKETED_ACCELERATOR = re.compile(r"\s*[(（]&\w[)）]")


def button_text(text: str) -> str:
    """``text`` as a toolbar button shows it: no accelerator and no trailing ellipsis."""
    text = _BRACKETED_ACCELERATOR.sub("", text).replace("&&", "\0").replace("&", "")
    return text.replace("\0", "&").removesuffix("…").removesuffix("...")


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
    action.setIconText(button_text(text))
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
        SK = QKeySequence.StandardKey
        toggle_preview = _action(
            parent, translate("Actions", "&Preview"), "toggle-preview", "Ctrl+Shift+P"
        )
        toggle_preview.setCheckable(True)
        toggle_preview.setChecked(True)
        load_remote_images = _action(
            parent,
            translate("Actions", "Load &Remote Images"),
            "load-remote-images",
            None,
            None,
            translate("Actions", "Let this article's preview load images from the internet"),
        )
        load_remote_images.setCheckable(True)
        focus_mode = _action(
            parent,
            translate("Actions", "&Focus Mode"),
            "focus-mode",
            "Ctrl+Shift+F",
            None,
            translate("Actions", "Hide the panels and the preview; centre the text"),
        )
        focus_mode.setCheckable(True)
        widths = QActionGroup(parent)
        width_actions = []
        for name, text in (
            ("desktop", translate("Actions", "&Desktop Width")),
            ("tablet", translate("Actions", "&Tablet Width")),
            ("phone", translate("Actions", "P&hone Width")),
        ):
            action = _action(parent, text, f"width-{name}")
            action.setCheckable(True)
            action.setData(name)
            widths.addAction(action)
            width_actions.append(action)
        width_actions[0].setChecked(True)
        return cls(
            new=_action(
                parent,
                translate("Actions", "&New Article"),
                "new",
                SK.New,
                "document-new",
                translate("Actions", "Start a new article"),
            ),
            open=_action(
                parent,
                translate("Actions", "&Open…"),
                "open",
                SK.Open,
                "document-open",
                translate("Actions", "Open an article"),
            ),
            open_site=_action(
                parent,
                translate("Actions", "Open Site &Folder…"),
                "open-site",
                "Ctrl+Shift+O",
                "folder-open",
                translate("Actions", "Open a site's content folder"),
            ),
            save=_action(
                parent,
                translate("Actions", "&Save"),
                "save",
                SK.Save,
                "document-save",
                translate("Actions", "Save the article"),
            ),
            save_as=_action(
                parent,
                translate("Actions", "Save &As…"),
                "save-as",
                SK.SaveAs,
                "document-save-as",
                translate("Actions", "Save the article under a new name"),
            ),
            # QKeySequence(SK.Close) is only the first binding (Ctrl+F4 on Linux): Ctrl+W too.
            close_article=_with_shortcuts(
                _action(
                    parent,
                    translate("Actions", "&Close Article"),
                    "close-article",
                    None,
                    "document-close",
                ),
                *[k.toString() for k in QKeySequence.keyBindings(SK.Close)],
                "Ctrl+W",
            ),
            next_article=_with_shortcuts(
                _action(
                    parent,
                    translate("Actions", "&Next Article"),
                    "next-article",
                    None,
                    None,
                    translate("Actions", "Show the article in the next tab"),
                ),
                "Ctrl+Tab",
                "Ctrl+PgDown",
            ),
            previous_article=_with_shortcuts(
                _action(
                    parent,
                    translate("Actions", "Pre&vious Article"),
                    "previous-article",
                    None,
                    None,
                    translate("Actions", "Show the article in the previous tab"),
                ),
                "Ctrl+Shift+Backtab",
                "Ctrl+Shift+Tab",
                "Ctrl+PgUp",
            ),
            quit=_action(
                parent, translate("Actions", "&Quit"), "quit", "Ctrl+Q", "application-exit"
            ),
            undo=_action(parent, translate("Actions", "&Undo"), "undo", SK.Undo, "edit-undo"),
            redo=_with_ctrl_y(
                _action(parent, translate("Actions", "&Redo"), "redo", SK.Redo, "edit-redo")
            ),
            toggle_preview=toggle_preview,
            focus_mode=focus_mode,
            import_references=_action(
                parent,
                translate("Actions", "&Import References…"),
                "import-references",
                "Ctrl+Alt+I",
                "document-import",
                translate("Actions", "Add references from BibTeX, RIS, PubMed or CSL"),
            ),
            about=_action(
                parent, translate("Actions", "&About ArticleEditor"), "about", None, "help-about"
            ),
            open_log_folder=_action(
                parent,
                translate("Actions", "Open &Log Folder"),
                "open-log-folder",
                None,
                None,
                translate("Actions", "Show the folder of the log file, for a bug report"),
            ),
            publish=_action(
                parent,
                translate("Actions", "&Publish…"),
                "publish",
                "Ctrl+Shift+E",
                "document-send",
                translate("Actions", "Write the article into a static site's content folder"),
            ),
            unpublish=_action(
                parent,
                translate("Actions", "&Unpublish…"),
                "unpublish",
                None,
                None,
                translate("Actions", "Remove the article's published files from its site"),
            ),
            manage_tags=_action(
                parent,
                translate("Actions", "Manage &Tags and Categories…"),
                "manage-tags",
                "Ctrl+Alt+T",
                None,
                translate("Actions", "Rename, merge or delete a tag across the whole site"),
            ),
            export_pdf=_action(
                parent,
                translate("Actions", "Export Preview as P&DF…"),
                "export-pdf",
                None,
                None,
                translate("Actions", "Print the preview to a PDF file"),
            ),
            export_html=_action(
                parent,
                translate("Actions", "Export as Standalone &HTML…"),
                "export-html",
                None,
                None,
                translate("Actions", "One HTML file with its stylesheet and images inside"),
            ),
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
        suggest = _action(
            parent,
            translate("ReviewActions", "&Suggest Changes"),
            "suggest-changes",
            "Ctrl+Shift+R",
            None,
            translate("ReviewActions", "Record typing and deleting as suggestions"),
        )
        suggest.setCheckable(True)
        views = QActionGroup(parent)
        view_actions = []
        for text, name, tip in (
            (
                translate("ReviewActions", "Review: &Changes"),
                "review-view-changes",
                translate(
                    "ReviewActions", "Show insertions, deletions and comments in the preview"
                ),
            ),
            (
                translate("ReviewActions", "Review: &Final"),
                "review-view-final",
                translate("ReviewActions", "Show the article with every suggestion accepted"),
            ),
            (
                translate("ReviewActions", "Review: &Original"),
                "review-view-original",
                translate("ReviewActions", "Show the article with every suggestion rejected"),
            ),
        ):
            action = _action(parent, text, name, None, None, tip)
            action.setCheckable(True)
            views.addAction(action)
            view_actions.append(action)
        return cls(
            suggest_changes=suggest,
            add_comment=_action(
                parent,
                translate("ReviewActions", "Add Co&mment"),
                "add-comment",
                "Ctrl+Alt+M",
                None,
                translate("ReviewActions", "Comment on the selection"),
            ),
            accept_mark=_action(
                parent,
                translate("ReviewActions", "&Accept"),
                "accept-mark",
                None,
                "dialog-ok-apply",
                translate("ReviewActions", "Accept the selected suggestion or resolve the comment"),
            ),
            reject_mark=_action(
                parent,
                translate("ReviewActions", "&Reject"),
                "reject-mark",
                None,
                "dialog-cancel",
                translate("ReviewActions", "Reject the selected suggestion or resolve the comment"),
            ),
            accept_all=_action(
                parent,
                translate("ReviewActions", "Accept A&ll"),
                "accept-all",
                None,
                None,
                translate("ReviewActions", "Accept every suggestion and remove every comment"),
            ),
            reject_all=_action(
                parent,
                translate("ReviewActions", "Re&ject All"),
                "reject-all",
                None,
                None,
                translate("ReviewActions", "Reject every suggestion and remove every comment"),
            ),
            view_changes=view_actions[0],
            view_final=view_actions[1],
            view_original=view_actions[2],
            compare_published=_action(
                parent,
                translate("ReviewActions", "Compare with &Published…"),
                "compare-published",
                None,
                None,
                translate("ReviewActions", "Show the differences to a published file"),
            ),
            export_review_copy=_action(
                parent,
                translate("ReviewActions", "Export Re&view Copy…"),
                "export-review-copy",
                None,
                None,
                translate(
                    "ReviewActions", "Save the preview with changes and comments as HTML or PDF"
                ),
            ),
            reviewer_name=_action(
                parent,
                translate("ReviewActions", "Reviewer &Name…"),
                "reviewer-name",
                None,
                None,
                translate("ReviewActions", "The name that signs your comments"),
            ),
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
        SK = QKeySequence.StandardKey
        spell_check = _action(
            parent,
            translate("EditorActions", "Check &Spelling"),
            "spell-check",
            None,
            "tools-check-spelling",
            translate("EditorActions", "Underline misspelled words"),
        )
        spell_check.setCheckable(True)
        spell_check.setChecked(True)
        fold = _action(
            parent,
            translate("EditorActions", "Fold Front &Matter"),
            "fold-front-matter",
            "Ctrl+Alt+F",
            None,
            translate(
                "EditorActions", "Show only the first line of the front matter; the panels edit it"
            ),
        )
        fold.setCheckable(True)
        fold.setChecked(True)
        return cls(
            fold_front_matter=fold,
            bold=_action(
                parent,
                translate("EditorActions", "&Bold"),
                "format-bold",
                SK.Bold,
                "format-text-bold",
            ),
            italic=_action(
                parent,
                translate("EditorActions", "&Italic"),
                "format-italic",
                SK.Italic,
                "format-text-italic",
            ),
            strikethrough=_action(
                parent,
                translate("EditorActions", "&Strikethrough"),
                "format-strikethrough",
                "Ctrl+Shift+X",
                "format-text-strikethrough",
            ),
            inline_code=_action(
                parent, translate("EditorActions", "Inline &Code"), "format-code", "Ctrl+`"
            ),
            link=_action(
                parent,
                translate("EditorActions", "&Link…"),
                "format-link",
                "Ctrl+K",
                "insert-link",
                translate("EditorActions", "Link the selection, or insert a link"),
            ),
            image=_action(
                parent,
                translate("EditorActions", "I&mage…"),
                "format-image",
                "Ctrl+Shift+I",
                "insert-image",
                translate(
                    "EditorActions", "Insert an image, copied into the article's assets folder"
                ),
            ),
            headings=[
                _action(
                    parent,
                    translate("EditorActions", "Heading &{0}").format(level),
                    f"format-heading-{level}",
                    f"Ctrl+{level}",
                )
                for level in range(1, 7)
            ],
            paragraph=_action(
                parent, translate("EditorActions", "&Paragraph"), "format-paragraph", "Ctrl+0"
            ),
            bullet_list=_action(
                parent,
                translate("EditorActions", "B&ullet List"),
                "format-bullet-list",
                "Ctrl+Shift+8",
                "format-list-unordered",
            ),
            numbered_list=_action(
                parent,
                translate("EditorActions", "&Numbered List"),
                "format-numbered-list",
                "Ctrl+Shift+7",
                "format-list-ordered",
            ),
            quote=_action(
                parent, translate("EditorActions", "&Quote"), "format-quote", "Ctrl+Shift+Q"
            ),
            code_block=_action(
                parent,
                translate("EditorActions", "Code Bl&ock"),
                "format-code-block",
                "Ctrl+Shift+K",
            ),
            table=_action(
                parent,
                translate("EditorActions", "&Table"),
                "format-table",
                "Ctrl+Shift+T",
                "insert-table",
            ),
            find=_action(
                parent, translate("EditorActions", "&Find…"), "find", SK.Find, "edit-find"
            ),
            replace=_action(
                parent,
                translate("EditorActions", "R&eplace…"),
                "replace",
                "Ctrl+H",
                "edit-find-replace",
            ),
            find_next=_action(
                parent, translate("EditorActions", "Find &Next"), "find-next", SK.FindNext
            ),
            find_previous=_action(
                parent,
                translate("EditorActions", "Find Pre&vious"),
                "find-previous",
                SK.FindPrevious,
            ),
            spell_check=spell_check,
            add_to_dictionary=_action(
                parent, translate("EditorActions", "&Add to Dictionary"), "add-to-dictionary"
            ),
        )
