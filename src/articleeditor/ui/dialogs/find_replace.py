"""Find and replace: a non-modal dialog over the editor (Ctrl+F finds, Ctrl+H replaces)."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from articleeditor.core.find import BadPattern, Query, matches, replace_all, replacement_for
from articleeditor.ui.editor.markdown_editor import MarkdownEditor


class FindReplaceDialog(QDialog):
    """Searches the editor's text; every change of the query recounts the matches."""

    def __init__(self, editor: MarkdownEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.setObjectName("find-replace")
        self.setWindowTitle(self.tr("Find and Replace"))
        self.setModal(False)
        self.find_field = QLineEdit(objectName="find-text")
        self.replace_field = QLineEdit(objectName="replace-text")
        self.regex = QCheckBox(self.tr("Regular e&xpression"), objectName="find-regex")
        self.case = QCheckBox(self.tr("Match &case"), objectName="find-case")
        self.whole_word = QCheckBox(self.tr("&Whole words"), objectName="find-word")
        self.count_label = QLabel(objectName="find-count")
        self.next_button = QPushButton(self.tr("Find &Next"))
        self.previous_button = QPushButton(self.tr("Find &Previous"))
        self.replace_button = QPushButton(self.tr("&Replace"))
        self.replace_all_button = QPushButton(self.tr("Replace &All"))
        self.next_button.setDefault(True)

        grid = QGridLayout(self)
        find_label = QLabel(self.tr("&Find:"))
        find_label.setBuddy(self.find_field)
        self.replace_label = QLabel(self.tr("Replace wi&th:"))
        self.replace_label.setBuddy(self.replace_field)
        grid.addWidget(find_label, 0, 0)
        grid.addWidget(self.find_field, 0, 1)
        grid.addWidget(self.replace_label, 1, 0)
        grid.addWidget(self.replace_field, 1, 1)
        options = QHBoxLayout()
        for box in (self.regex, self.case, self.whole_word):
            options.addWidget(box)
        options.addStretch(1)
        grid.addLayout(options, 2, 1)
        grid.addWidget(self.count_label, 3, 1)
        buttons = QHBoxLayout()
        for button in (
            self.previous_button,
            self.next_button,
            self.replace_button,
            self.replace_all_button,
        ):
            buttons.addWidget(button)
        grid.addLayout(buttons, 4, 0, 1, 2)

        self.find_field.textChanged.connect(self.update_count)
        for box in (self.regex, self.case, self.whole_word):
            box.toggled.connect(self.update_count)
        self.find_field.returnPressed.connect(self.find_next)
        self.next_button.clicked.connect(self.find_next)
        self.previous_button.clicked.connect(self.find_previous)
        self.replace_button.clicked.connect(self.replace_one)
        self.replace_all_button.clicked.connect(self.replace_all)

    def query(self) -> Query:
        """The search as the fields describe it."""
        return Query(
            self.find_field.text(),
            regex=self.regex.isChecked(),
            case_sensitive=self.case.isChecked(),
            whole_word=self.whole_word.isChecked(),
        )

    def open_for(self, replace: bool) -> None:
        """Show the dialog (with the replace row when ``replace``), seeded with the selection."""
        for widget in (
            self.replace_label,
            self.replace_field,
            self.replace_button,
            self.replace_all_button,
        ):
            widget.setVisible(replace)
        selected = self.editor.textCursor().selectedText()
        if selected and "\u2029" not in selected:
            self.find_field.setText(selected)
        self.update_count()
        self.show()
        self.raise_()
        self.activateWindow()
        self.find_field.setFocus()
        self.find_field.selectAll()

    def _matches(self) -> tuple[str, list[tuple[int, int]]] | None:
        text = self.editor.text()
        try:
            return text, matches(text, self.query())
        except BadPattern as error:
            self.count_label.setText(self.tr("Invalid pattern: {0}").format(error.message))
            return None

    def update_count(self) -> int:
        """Count the matches and show the count; returns it (-1 for a bad pattern)."""
        found = self._matches()
        if found is None:
            return -1
        n = len(found[1])
        if not self.find_field.text():
            self.count_label.setText("")
        elif n == 0:
            self.count_label.setText(self.tr("No matches"))
        else:
            self.count_label.setText(self.tr("Matches: {0}").format(n))
        return n

    def _select(self, start: int, end: int) -> None:
        cursor = self.editor.textCursor()
        cursor.setPosition(self.editor.position_of(start))
        cursor.setPosition(self.editor.position_of(end), QTextCursor.MoveMode.KeepAnchor)
        self.editor.setTextCursor(cursor)
        self.editor.centerCursor()

    def find_next(self, backwards: bool = False) -> bool:
        """Select the next match after the cursor (wrapping round); False if there is none."""
        found = self._matches()
        if not found or not found[1]:
            self.update_count()
            return False
        _text, spans = found
        cursor = self.editor.textCursor()
        if backwards:
            here = self.editor.index_at(cursor.selectionStart())
            before = [s for s in spans if s[0] < here]
            start, end = before[-1] if before else spans[-1]
        else:
            here = self.editor.index_at(cursor.selectionEnd())
            after = [s for s in spans if s[0] >= here]
            start, end = after[0] if after else spans[0]
        self._select(start, end)
        index = spans.index((start, end)) + 1
        self.count_label.setText(self.tr("{0} of {1}").format(index, len(spans)))
        return True

    def find_previous(self) -> bool:
        """Select the match before the cursor."""
        return self.find_next(backwards=True)

    def replace_one(self) -> bool:
        """Replace the selected match (if the selection is one) and go to the next."""
        found = self._matches()
        if not found:
            return False
        text, spans = found
        cursor = self.editor.textCursor()
        selected = (
            self.editor.index_at(cursor.selectionStart()),
            self.editor.index_at(cursor.selectionEnd()),
        )
        if selected in spans:
            try:
                new = replacement_for(text, *selected, self.query(), self.replace_field.text())
            except BadPattern as error:
                self.count_label.setText(self.tr("Invalid pattern: {0}").format(error.message))
                return False
            cursor.insertText(new)
            self.editor.setTextCursor(cursor)
        return self.find_next()

    def replace_all(self) -> int:
        """Replace every match as one undo step; returns how many were replaced."""
        try:
            new, n = replace_all(self.editor.text(), self.query(), self.replace_field.text())
        except BadPattern as error:
            self.count_label.setText(self.tr("Invalid pattern: {0}").format(error.message))
            return 0
        self.editor.apply_text(new)
        self.count_label.setText(self.tr("Replaced: {0}").format(n))
        return n
