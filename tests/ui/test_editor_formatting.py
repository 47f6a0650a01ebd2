"""The writer's editor: formatting commands, list keys, find and replace, outline, statistics
and highlighting, all through the real window, its actions and its editor."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QInputDialog, QLineEdit

from articleeditor.ui.editor.highlighter import NORMAL, in_fenced_code, in_front_matter


def typed(qtbot, window, text: str) -> None:
    """Type ``text`` into the empty editor ("\n" presses Return)."""
    window.editor.setFocus()
    for number, line in enumerate(text.split("\n")):
        if number:
            qtbot.keyClick(window.editor, Qt.Key.Key_Return)
        if line:
            qtbot.keyClicks(window.editor, line)


def select(window, start: int, end: int) -> None:
    cursor = window.editor.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    window.editor.setTextCursor(cursor)


def test_bold_italic_strike_code_wrap_the_selection_and_undo_in_one_step(qtbot, window):
    a = window.editor_features.actions
    typed(qtbot, window, "one two three")
    select(window, 4, 7)
    a.bold.trigger()
    assert window.editor.text() == "one **two** three"
    assert window.editor.textCursor().selectedText() == "two"
    a.bold.trigger()
    assert window.editor.text() == "one two three"
    a.italic.trigger()
    assert window.editor.text() == "one *two* three"
    window.editor.undo()
    assert window.editor.text() == "one two three"
    select(window, 4, 7)
    a.strikethrough.trigger()
    assert window.editor.text() == "one ~~two~~ three"
    window.editor.undo()
    select(window, 4, 7)
    a.inline_code.trigger()
    assert window.editor.text() == "one `two` three"


def test_standard_shortcuts_reach_the_actions(qtbot, window):
    typed(qtbot, window, "word")
    select(window, 0, 4)
    qtbot.keyClick(window.editor, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert window.editor.text() == "**word**"
    qtbot.keyClick(window.editor, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.editor.text() == "## **word**"
    # In another field the formatting shortcuts leave the editor alone.
    title = window.article_panel.findChild(QLineEdit)
    title.setFocus()
    qtbot.keyClick(title, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert window.editor.text() == "## **word**"


def test_headings_lists_quote_code_block_and_table(qtbot, window):
    a = window.editor_features.actions
    typed(qtbot, window, "Title")
    a.headings[0].trigger()
    assert window.editor.text() == "# Title"
    a.headings[2].trigger()
    assert window.editor.text() == "### Title"
    a.paragraph.trigger()
    assert window.editor.text() == "Title"

    window.editor.load_text("apples\npears")
    window.editor.selectAll()
    a.bullet_list.trigger()
    assert window.editor.text() == "- apples\n- pears"
    a.numbered_list.trigger()
    assert window.editor.text() == "1. apples\n2. pears"
    window.editor.undo()
    assert window.editor.text() == "- apples\n- pears"
    window.editor.selectAll()
    a.quote.trigger()
    assert window.editor.text() == "> - apples\n> - pears"

    window.editor.load_text("x = 1")
    window.editor.selectAll()
    a.code_block.trigger()
    assert window.editor.text() == "```\nx = 1\n```"

    window.editor.load_text("")
    a.table.trigger()
    lines = window.editor.text().split("\n")
    assert lines[0] == "| Column 1 | Column 2 | Column 3 |" and lines[1].startswith("|---")
    assert window.editor.textCursor().selectedText() == "Column 1"
    qtbot.keyClicks(window.editor, "Name")
    assert window.editor.text().startswith("| Name | Column 2")


def test_link_wraps_the_selection_and_asks_only_when_nothing_is_selected(
    qtbot, window, monkeypatch
):
    from PySide6.QtWidgets import QApplication

    answers = iter([("https://e.org/x", True), ("Example", True)])
    asked = []

    def get_text(_parent, _title, label, *args, **kwargs):
        asked.append(label)
        return next(answers)

    monkeypatch.setattr(QInputDialog, "getText", get_text)
    QApplication.clipboard().setText("not a link")
    typed(qtbot, window, "see the site")
    select(window, 8, 12)
    qtbot.keyClick(window.editor, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.editor.text() == "see the [site]()"
    qtbot.keyClicks(window.editor, "https://a.org")  # the cursor waits between the parentheses
    assert window.editor.text() == "see the [site](https://a.org)"
    QApplication.clipboard().setText("https://b.org/page")
    select(window, 0, 3)
    window.editor_features.actions.link.trigger()
    assert window.editor.text().startswith("[see](https://b.org/page) the")
    assert asked == []
    window.editor.moveCursor(QTextCursor.MoveOperation.End)
    window.editor_features.actions.link.trigger()
    assert window.editor.text().endswith("[Example](https://e.org/x)")
    assert asked == ["Address:", "Text:"]


def test_enter_continues_a_list_and_ends_it_on_an_empty_item(qtbot, window):
    # The second Enter after "eggs" lands on an empty item: the marker goes, the list ends.
    typed(qtbot, window, "- milk\neggs\n\nafter")
    assert window.editor.text() == "- milk\n- eggs\nafter"
    window.editor.load_text("")
    typed(qtbot, window, "1. one\ntwo\n")
    assert window.editor.text() == "1. one\n2. two\n3. "
    window.editor.undo()  # one Enter, one undo step
    assert window.editor.text() == "1. one\n2. two"


def test_enter_inside_a_code_fence_is_a_plain_newline(qtbot, window):
    window.editor.load_text("```yaml\n- item")
    window.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(window.editor, Qt.Key.Key_Return)
    assert window.editor.text() == "```yaml\n- item\n"
    # Closed, the same fence still holds code; a list after it continues as a list.
    window.editor.load_text("```yaml\n- item\n```\n- next")
    window.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(window.editor, Qt.Key.Key_Return)
    assert window.editor.text() == "```yaml\n- item\n```\n- next\n- "


def test_tab_and_shift_tab_indent_and_outdent_list_items(qtbot, window):
    typed(qtbot, window, "- a\nb")
    qtbot.keyClick(window.editor, Qt.Key.Key_Tab)
    assert window.editor.text() == "- a\n  - b"
    qtbot.keyClicks(window.editor, "c")
    assert window.editor.text() == "- a\n  - bc"
    qtbot.keyClick(window.editor, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert window.editor.text() == "- a\n- bc"
    window.editor.undo()
    assert window.editor.text() == "- a\n  - bc"
    # Outside a list, Tab types a tab as usual.
    window.editor.load_text("plain")
    window.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(window.editor, Qt.Key.Key_Tab)
    assert window.editor.text() == "plain\t"


def test_find_counts_matches_and_replace_all_is_one_undo_step(qtbot, window):
    original = "The cat sat. A Cat ran. concatenate\n"
    window.editor.load_text(original)
    window.editor_features.actions.replace.trigger()
    dialog = window.editor_features.find_dialog
    assert dialog is not None and dialog.isVisible() and dialog.replace_field.isVisible()
    qtbot.keyClicks(dialog.find_field, "cat")
    assert dialog.count_label.text() == "Matches: 3"
    dialog.whole_word.setChecked(True)
    assert dialog.count_label.text() == "Matches: 2"
    dialog.case.setChecked(True)
    assert dialog.count_label.text() == "Matches: 1"
    dialog.case.setChecked(False)
    assert dialog.find_next()
    assert window.editor.textCursor().selectedText() == "cat"
    assert dialog.find_next()
    assert window.editor.textCursor().selectedText() == "Cat"
    qtbot.keyClicks(dialog.replace_field, "dog")
    dialog.replace_all_button.click()
    assert window.editor.text() == "The dog sat. A dog ran. concatenate\n"
    window.editor.undo()
    assert window.editor.text() == original


def test_regex_replace_with_groups_and_bad_pattern(qtbot, window):
    window.editor.load_text("2024-05-01 and 2023-01-02")
    dialog = window.editor_features.find_replace()
    dialog.open_for(replace=True)
    dialog.regex.setChecked(True)
    dialog.find_field.setText(r"(\d{4})-(\d\d)-(\d\d)")
    dialog.replace_field.setText(r"\3.\2.\1")
    assert dialog.replace_all() == 2
    assert window.editor.text() == "01.05.2024 and 02.01.2023"
    dialog.find_field.setText("(")
    assert dialog.count_label.text().startswith("Invalid pattern")


def test_find_shortcut_opens_the_find_dialog_with_the_selection(qtbot, window):
    typed(qtbot, window, "needle in hay")
    select(window, 0, 6)
    qtbot.keyClick(window.editor, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    dialog = window.editor_features.find_dialog
    assert dialog.isVisible() and not dialog.replace_field.isVisible()
    assert dialog.find_field.text() == "needle"
    dialog.close()


def test_outline_follows_typing_and_click_moves_the_cursor(qtbot, window):
    features = window.editor_features
    typed(qtbot, window, "# First\ntext\n## Second\nmore")
    qtbot.waitUntil(lambda: len(features.outline.items()) == 2, timeout=5_000)
    items = features.outline.items()
    assert [i.text(0) for i in items] == ["First", "Second"]
    assert items[1].parent() is items[0]
    window.editor.moveCursor(QTextCursor.MoveOperation.Start)
    features.outline.tree.itemClicked.emit(items[1], 0)
    assert window.editor.textCursor().blockNumber() == 2


def test_status_bar_counts_english_and_cjk(qtbot, window):
    stats = window.editor_features.stats
    window.editor.load_text("---\ntitle: Not counted here\n---\nScientists found a new drug.\n")
    qtbot.waitUntil(lambda: stats.stats.words == 5, timeout=5_000)
    assert stats.stats.characters == len("Scientists found a new drug.")
    assert stats.text() == "Words: 5 · Characters: 28 · Reading time: 1 min"
    window.editor.load_text("研究人员发现了新药")
    qtbot.waitUntil(lambda: stats.stats.words == 9, timeout=5_000)
    assert stats.stats.cjk_characters == 9


def test_highlighter_tracks_front_matter_and_fences_by_block_state(window):
    window.editor.load_text("---\ntitle: T\n---\n# H\n```python\n# not heading\n```\n*e*")
    doc = window.editor.document()
    states = [doc.findBlockByNumber(i).userState() for i in range(doc.blockCount())]
    assert in_front_matter(states[0]) and in_front_matter(states[1]) and states[2] == NORMAL
    assert in_fenced_code(states[4]) and in_fenced_code(states[5])
    assert not in_fenced_code(states[6])
    heading = doc.findBlockByNumber(3).layout().formats()
    code = doc.findBlockByNumber(5).layout().formats()
    assert heading and code
    assert heading[0].format.fontWeight() > code[0].format.fontWeight()
    # Spoiling the closing fence leaves the fence unclosed, which the preview shows as text:
    # the opening line is styled again and "# not heading" becomes a heading.
    cursor = QTextCursor(doc.findBlockByNumber(6))
    cursor.insertText("x")
    window.editor.highlighter.finish()
    assert not any(in_fenced_code(doc.findBlockByNumber(i).userState()) for i in range(4, 8))
    now_heading = doc.findBlockByNumber(5).layout().formats()
    assert now_heading[0].format.fontWeight() == heading[0].format.fontWeight()
    # Mending it closes the fence again, from the line above down.
    cursor.deletePreviousChar()
    assert doc.findBlockByNumber(6).text() == "```"
    window.editor.highlighter.finish()
    assert in_fenced_code(doc.findBlockByNumber(4).userState())
    assert in_fenced_code(doc.findBlockByNumber(5).userState())
    assert not in_fenced_code(doc.findBlockByNumber(6).userState())


def test_format_menu_lists_the_commands(window):
    menu = window.editor_features.format_menu
    titles = [action.text() for action in menu.actions()]
    assert "&Bold" in titles and "&Table" in titles
    bar = [action.text() for action in window.menuBar().actions()]
    assert bar.index("F&ormat") == bar.index("&View") - 1


def test_dark_palette_picks_the_dark_theme(window):
    from PySide6.QtGui import QColor, QPalette

    from articleeditor.ui.editor.highlighter import DARK, LIGHT

    assert window.editor.highlighter.theme is LIGHT
    palette = window.editor.palette()
    palette.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#dddddd"))
    window.editor.setPalette(palette)
    assert window.editor.highlighter.theme is DARK
