"""Background spell checking for the editor: the check runs in the analysis process, its
result (the set of misspelled words) goes to the highlighter, which underlines them; the
context menu offers suggestions and "Add to Dictionary"."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction, QTextCursor
from PySide6.QtWidgets import QMenu

from articleeditor.core.spelling import (
    Dictionary,
    PersonalDictionary,
    UnsupportedLanguage,
    front_matter_tokens,
    line_tokens,
)
from articleeditor.ui.editor.formatting import python_index, utf16_len
from articleeditor.ui.editor.highlighter import (
    NORMAL,
    PROSE_VALUE,
    in_fenced_code,
    in_front_matter,
)
from articleeditor.ui.editor.markdown_editor import MarkdownEditor
from articleeditor.ui.worker_jobs import SpellCheckResult, check_spelling
from articleeditor.ui.workers import WorkerProcess

# After typing stops; a check of a long article takes a few hundred milliseconds.
CHECK_DELAY_MS = 400


class SpellChecker(QObject):
    """Checks the editor's text in the background whenever it changes."""

    checked = Signal(str, object)  # language, misspelled words

    def __init__(
        self,
        editor: MarkdownEditor,
        worker: WorkerProcess,
        personal_path: Path,
        default_language: Callable[[], str],
        add_action: QAction,
    ) -> None:
        super().__init__(editor)
        self.editor = editor
        self.personal = PersonalDictionary(personal_path)
        self.default_language = default_language
        self.add_action = add_action
        self.enabled = True
        self.language = ""
        self._dictionaries: dict[str, Dictionary | None] = {}  # for suggestions
        self._runner = worker.channel()
        self._runner.done.connect(self._on_checked)
        self._timer = QTimer(self, singleShot=True, interval=CHECK_DELAY_MS)
        self._timer.timeout.connect(self.check_now)
        editor.text_edited.connect(self._timer.start)
        editor.menu_providers.append(self.fill_menu)
        add_action.triggered.connect(self._add_action_word)

    def set_enabled(self, enabled: bool) -> None:
        """Turn checking (and the underlines) on or off."""
        self.enabled = enabled
        self.editor.highlighter.spelling_enabled = enabled
        if enabled:
            self.check_now()
        else:
            self.editor.highlighter.set_misspelled(set())

    def dictionary(self, language: str) -> Dictionary | None:
        """The dictionary for ``language`` (loaded once; None if no word list ships for it).

        Checking runs in the analysis process with its own copy; this one gives suggestions.
        """
        if language not in self._dictionaries:
            try:
                self._dictionaries[language] = Dictionary(language, self.personal)
            except UnsupportedLanguage:
                self._dictionaries[language] = None
        return self._dictionaries[language]

    def check_now(self) -> None:
        """Start a check of the current text (a newer one supersedes a waiting one)."""
        if not self.enabled:
            return
        self._runner.submit_on_text(
            check_spelling,
            self.editor.text(),
            self.default_language(),
            frozenset(self.personal.words),
            set(self.editor.highlighter.misspelled),
        )

    def _on_checked(self, result: SpellCheckResult) -> None:
        self.language = result.language
        if self.enabled:
            self._apply(result)
        self.checked.emit(result.language, result.misspelled)

    def _apply(self, result: SpellCheckResult) -> None:
        highlighter = self.editor.highlighter
        if highlighter.misspelled != result.shown:
            highlighter.set_misspelled(result.misspelled)  # changed meanwhile: find the lines
            return
        # Lines typed or deleted since the check started shift the line numbers: restyle the
        # neighbourhood they may have moved to, unless that is most of the document.
        lines_now = self.editor.document().blockCount() - self.editor.text_mirror.display_breaks
        shift = abs(lines_now - result.line_count)
        if shift > 50:
            highlighter.set_misspelled(result.misspelled)
            return
        spread = range(-shift, shift + 1)
        lines = sorted({n + d for n in result.lines for d in spread if n + d >= 0})
        highlighter.set_misspelled(result.misspelled, lines)

    def wait(self) -> None:
        """Block until a running check is done (for shutdown and tests)."""
        self._runner.wait()

    # ----- context menu ---------------------------------------------------------------------

    def word_at(self, cursor: QTextCursor) -> tuple[int, int, str] | None:
        """(start, end, word) in document positions of the misspelled word at ``cursor``."""
        block = cursor.block()
        previous = block.previous()
        state = previous.userState() if previous.isValid() else NORMAL
        if in_fenced_code(state):
            return None  # inside fenced code
        text = block.text()
        column = python_index(text, cursor.positionInBlock())
        if in_front_matter(state):
            tokens = front_matter_tokens(text, bool(state & PROSE_VALUE))[0]
        else:
            tokens = list(line_tokens(text))
        for start, end, word in tokens:
            if start <= column <= end and word in self.editor.highlighter.misspelled:
                base = block.position()
                return base + utf16_len(text[:start]), base + utf16_len(text[:end]), word
        return None

    def suggestion_actions(self, cursor: QTextCursor, parent: QObject) -> list[QAction]:
        """Actions replacing the misspelled word at ``cursor`` with each suggestion."""
        found = self.word_at(cursor)
        dictionary = self.dictionary(self.language) if self.language else None
        if found is None or dictionary is None:
            return []
        start, end, word = found
        actions = []
        for suggestion in dictionary.suggestions(word):
            action = QAction(suggestion, parent)
            action.triggered.connect(
                lambda _checked=False, s=suggestion: self.replace_word(start, end, s)
            )
            actions.append(action)
        if not actions:
            none = QAction(self.tr("No suggestions"), parent)
            none.setEnabled(False)
            actions.append(none)
        return actions

    def fill_menu(self, menu: QMenu, cursor: QTextCursor) -> None:
        """Context menu entries for a misspelled word: suggestions, then Add to Dictionary."""
        if not self.enabled:
            return
        found = self.word_at(cursor)
        if found is None:
            return
        for action in self.suggestion_actions(cursor, menu):
            menu.addAction(action)
        menu.addSeparator()
        self.add_action.setData(found[2])
        menu.addAction(self.add_action)

    def replace_word(self, start: int, end: int, replacement: str) -> None:
        """Replace the document range with ``replacement`` (one undo step)."""
        cursor = QTextCursor(self.editor.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(replacement)

    def add_word(self, word: str) -> None:
        """Add ``word`` to the personal word list and drop its underlines now."""
        self.personal.add(word)
        self.editor.highlighter.set_misspelled(self.editor.highlighter.misspelled - {word})

    def _add_action_word(self) -> None:
        word = self.add_action.data()
        if isinstance(word, str) and word:
            self.add_word(word)
