"""The writer's editor features, wired into the main window in one place: the Format menu,
find and replace, the outline dock, statistics in the status bar, spell checking, images and
the recovery journal."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, QStandardPaths, Qt, QTimer
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QMenu

from articleeditor.core.display_lines import PIECE, SPLIT_OVER
from articleeditor.core.markdown_edit import is_url
from articleeditor.core.outline import headings
from articleeditor.core.spelling import available_languages
from articleeditor.ui import settings as keys
from articleeditor.ui.actions import EditorActions
from articleeditor.ui.dialogs.find_replace import FindReplaceDialog
from articleeditor.ui.editor.folding import FrontMatterFold
from articleeditor.ui.editor.highlighter import LONG_LINE
from articleeditor.ui.editor.images import ImageInserter
from articleeditor.ui.editor.recovery import RecoveryKeeper
from articleeditor.ui.editor.spellcheck import SpellChecker
from articleeditor.ui.editor.stats_label import StatsLabel
from articleeditor.ui.panels.outline_panel import OutlinePanel

if TYPE_CHECKING:
    from articleeditor.ui.editor.markdown_editor import MarkdownEditor
    from articleeditor.ui.preview.preview_view import PreviewView
    from articleeditor.ui.window_services import WindowServices
    from articleeditor.ui.workers import WorkerProcess

# The outline follows typing, but rebuilding it on every keystroke would be wasted work.
OUTLINE_DELAY_MS = 250


def user_data_folder() -> Path:
    """The platform's per-user data folder for the app (personal words, recovery journal)."""
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))


class EditorFeatures(QObject):
    """Creates the editor's actions, menus, docks and helpers; they work on the current
    article, which ``editor`` shows."""

    def __init__(
        self,
        services: WindowServices,
        editor: MarkdownEditor,
        preview: PreviewView,
        worker: WorkerProcess,
        edit_menu: QMenu | None = None,
        view_menu: QMenu | None = None,
    ) -> None:
        super().__init__(services)
        self._edit_menu, self._view_menu = edit_menu, view_menu
        self.services = services
        self.editor = editor
        self.preview = preview
        self.formatter = editor.formatter
        parent = services.dialog_parent()
        self.parent_widget = parent
        self.actions = EditorActions.create(parent)
        data = user_data_folder()

        self.find_dialog: FindReplaceDialog | None = None
        self.outline = OutlinePanel()
        self.outline_dock = services.add_dock(
            self.tr("Outline"), "outline-dock", self.outline, Qt.DockWidgetArea.LeftDockWidgetArea
        )
        self._outline_timer = QTimer(self, singleShot=True, interval=OUTLINE_DELAY_MS)
        self._outline_timer.timeout.connect(self.update_outline)
        self._outline_runner = worker.channel()
        self._outline_runner.done.connect(self.outline.show_headings)
        self.editor.text_edited.connect(self._outline_timer.start)
        self.outline.heading_activated.connect(self.go_to_heading)

        self.stats = StatsLabel(self.editor, worker)
        services.add_status_widget(self.stats)
        self.editor.long_line_found.connect(self._tell_long_line)

        store = keys.settings()
        self.spelling = SpellChecker(
            self.editor,
            worker,
            data / "dictionary.txt",
            self.default_language,
            self.actions.add_to_dictionary,
        )
        enabled = str(store.value(keys.SPELL_CHECK, "true")).lower() != "false"
        self.actions.spell_check.setChecked(enabled)
        self.spelling.set_enabled(enabled)

        folded = str(store.value(keys.FOLD_FRONT_MATTER, "true")).lower() != "false"
        self.fold = FrontMatterFold(self.editor, folded)
        self.actions.fold_front_matter.setChecked(folded)

        self.images = ImageInserter(
            self.editor, lambda: services.session.path, services.report_error
        )
        self.recovery = RecoveryKeeper(services, editor, data / "recovery")
        services.session_changed.connect(self._on_session_changed)

        self._limit_shortcuts_to_editor()
        self._connect()
        self._build_menus()
        self.update_outline()
        self.stats.recount()

    def _connect(self) -> None:
        a, f = self.actions, self.formatter
        a.bold.triggered.connect(f.bold)
        a.italic.triggered.connect(f.italic)
        a.strikethrough.triggered.connect(f.strikethrough)
        a.inline_code.triggered.connect(f.inline_code)
        a.link.triggered.connect(self.insert_link)
        a.image.triggered.connect(lambda: self.images.choose_and_insert(self.parent_widget))
        for level, action in enumerate(a.headings, start=1):
            action.triggered.connect(lambda _checked=False, n=level: f.heading(n))
        a.paragraph.triggered.connect(lambda: f.heading(0))
        a.bullet_list.triggered.connect(f.bullet_list)
        a.numbered_list.triggered.connect(f.numbered_list)
        a.quote.triggered.connect(f.quote)
        a.code_block.triggered.connect(f.code_block)
        a.table.triggered.connect(lambda: f.table())
        a.find.triggered.connect(lambda: self.find_replace().open_for(replace=False))
        a.replace.triggered.connect(lambda: self.find_replace().open_for(replace=True))
        a.find_next.triggered.connect(lambda: self.find_replace().find_next())
        a.find_previous.triggered.connect(lambda: self.find_replace().find_previous())
        a.spell_check.toggled.connect(self._set_spell_check)
        a.fold_front_matter.toggled.connect(self._set_folding)
        self.fold.folded_changed.connect(self._show_folding)

    def _limit_shortcuts_to_editor(self) -> None:
        # Ctrl+B in the title field must not bold text in the (unfocused) editor: formatting
        # shortcuts work while the editor has focus; the menu works from anywhere.
        a = self.actions
        for action in (
            a.bold,
            a.italic,
            a.strikethrough,
            a.inline_code,
            a.link,
            a.image,
            *a.headings,
            a.paragraph,
            a.bullet_list,
            a.numbered_list,
            a.quote,
            a.code_block,
            a.table,
        ):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.services.remove_window_action(action)
            self.editor.addAction(action)

    def _build_menus(self) -> None:
        a = self.actions
        edit_menu = self._edit_menu
        if edit_menu is not None:
            edit_menu.addSeparator()
            edit_menu.addActions([a.find, a.replace, a.find_next, a.find_previous])
            edit_menu.addSeparator()
            edit_menu.addAction(a.spell_check)
            edit_menu.addAction(a.fold_front_matter)
            edit_menu.addMenu(self._language_menu())
        self.format_menu = QMenu(self.tr("F&ormat"), self.parent_widget)
        self.format_menu.setObjectName("format-menu")
        self.format_menu.addActions([a.bold, a.italic, a.strikethrough, a.inline_code])
        self.format_menu.addSeparator()
        headings_menu = self.format_menu.addMenu(self.tr("&Heading"))
        headings_menu.addActions([*a.headings, a.paragraph])
        self.format_menu.addActions([a.bullet_list, a.numbered_list, a.quote, a.code_block])
        self.format_menu.addSeparator()
        self.format_menu.addActions([a.link, a.image, a.table])
        view_menu = self._view_menu
        if view_menu is not None:
            self.services.menu_bar().insertMenu(view_menu.menuAction(), self.format_menu)
            view_menu.addAction(self.outline_dock.toggleViewAction())
        else:
            self.services.menu_bar().addMenu(self.format_menu)

    def _language_menu(self) -> QMenu:
        """Spelling languages for articles without ``lang`` in their front matter."""
        menu = QMenu(self.tr("Spelling &Language"), self.parent_widget)
        menu.setObjectName("spelling-language-menu")
        group = QActionGroup(menu)
        current = self.default_language()
        for code in available_languages():
            name = QLocale(code).nativeLanguageName() or code
            action = menu.addAction(f"{name} ({code})")
            action.setCheckable(True)
            action.setChecked(code == current)
            action.setData(code)
            group.addAction(action)
        group.triggered.connect(lambda action: self.set_default_language(action.data()))
        self.language_menu = menu
        return menu

    def default_language(self) -> str:
        """The spelling language used when an article has no ``lang`` (a setting)."""
        return str(keys.settings().value(keys.SPELL_LANGUAGE, "en") or "en")

    def set_default_language(self, code: str) -> None:
        """Change the default spelling language and check again."""
        keys.settings().setValue(keys.SPELL_LANGUAGE, code)
        self.spelling.check_now()

    # ----- commands -------------------------------------------------------------------------

    def find_replace(self) -> FindReplaceDialog:
        """The find and replace dialog (created on first use)."""
        if self.find_dialog is None:
            self.find_dialog = FindReplaceDialog(self.editor, self.parent_widget)
        return self.find_dialog

    def insert_link(self) -> None:
        """Ctrl+K: wrap the selection as a link (to the URL on the clipboard, if there is one,
        else with the cursor left between the parentheses); with no selection, ask."""
        text = self.formatter.selected_text()
        if text and "\n" not in text:
            clipboard = QApplication.clipboard().text().strip()
            self.formatter.wrap_link(clipboard if is_url(clipboard) else "")
            return
        url, ok = QInputDialog.getText(
            self.parent_widget,
            self.tr("Insert Link"),
            self.tr("Address:"),
            QLineEdit.EchoMode.Normal,
            "https://",
        )
        if not ok or not url.strip() or url.strip() == "https://":
            return
        text, ok = QInputDialog.getText(
            self.parent_widget, self.tr("Insert Link"), self.tr("Text:")
        )
        if not ok:
            return
        self.formatter.insert_link(text or url.strip(), url)

    def update_outline(self) -> None:
        """Rebuild the outline from the current text (parsed in the analysis process)."""
        self._outline_runner.submit_on_text(headings, self.editor.text())

    def go_to_heading(self, line: int) -> None:
        """Move the editor (and the preview, if it can scroll to a line) to ``line``."""
        self.editor.go_to_line(line + 1)
        scroll = getattr(self.preview, "scroll_to_line", None)
        if callable(scroll):
            scroll(line + 1)

    def _on_session_changed(self, _session: object) -> None:
        # The editor shows another article: check, count and outline it.
        self.spelling.set_enabled(self.spelling.enabled)
        self.stats.recount()
        self.update_outline()

    def _set_folding(self, folded: bool) -> None:
        keys.settings().setValue(keys.FOLD_FRONT_MATTER, "true" if folded else "false")
        self.fold.set_preference(folded)

    def _show_folding(self, folded: bool) -> None:
        # Opened by the cursor or the button: this article only, the setting stays.
        action = self.actions.fold_front_matter
        action.blockSignals(True)
        action.setChecked(folded)
        action.blockSignals(False)

    def _set_spell_check(self, enabled: bool) -> None:
        keys.settings().setValue(keys.SPELL_CHECK, "true" if enabled else "false")
        self.spelling.set_enabled(enabled)

    def wait(self) -> None:
        """Block until background checks, counts and journal writes are done."""
        self.spelling.wait()
        self.stats.wait()
        self._outline_runner.wait()
        self.recovery.wait()

    def _tell_long_line(self, length: int) -> None:
        # As other editors say "tokenization is skipped for long lines": the writer should
        # know why a line has no colours and no spelling marks, or why it is shown in parts.
        locale = QLocale()
        if length > SPLIT_OVER:
            message = self.tr(
                "A line of {length} characters is shown in parts of up to {piece} characters "
                "(the file keeps it whole); only its first part is highlighted and spell checked."
            ).format(length=locale.toString(length), piece=locale.toString(PIECE))
        else:
            message = self.tr(
                "A line of {length} characters: lines over {limit} characters are not "
                "highlighted or spell checked."
            ).format(length=locale.toString(length), limit=locale.toString(LONG_LINE))
        self.services.show_status(message, 15000)
