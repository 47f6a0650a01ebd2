"""Styling a long article never holds the window: the first screen is styled at once, the rest
in slices between events, and the result is the same as styling everything in one go."""

from __future__ import annotations

import pytest
from bench.long_article import long_article
from PySide6.QtGui import QTextCursor

from articleeditor.ui.editor import highlighter as highlighting
from articleeditor.ui.editor.markdown_editor import MarkdownEditor


def styles(editor: MarkdownEditor) -> list[tuple]:
    """Every line's state and format runs, comparable between documents."""
    found = []
    block = editor.document().begin()
    while block.isValid():
        runs = tuple(
            (
                r.start,
                r.length,
                r.format.foreground().color().name(),
                r.format.fontWeight(),
                r.format.fontItalic(),
                r.format.underlineStyle(),
            )
            for r in block.layout().formats()
        )
        found.append((block.userState(), runs))
        block = block.next()
    return found


@pytest.fixture
def styled_at_once(qtbot, monkeypatch):
    """Styles a text the slow way, all lines in one go, for comparison."""

    def style(text: str) -> list[tuple]:
        with monkeypatch.context() as patch:
            patch.setattr(highlighting, "CASCADE_LINES", 10**9)
            reference = MarkdownEditor()
            qtbot.addWidget(reference)
            reference.setPlainText(text)  # not load_text: no slices
        return styles(reference)

    return style


def test_a_long_article_opens_styled_at_the_top_and_is_styled_to_the_end_in_slices(
    qtbot, styled_at_once
):
    editor = MarkdownEditor()
    qtbot.addWidget(editor)
    editor.show()
    text = long_article(300_000)
    editor.load_text(text)
    last = editor.document().lastBlock().previous()
    assert editor.document().begin().layout().formats()  # the first screen: styled
    assert editor.highlighter.busy and not last.layout().formats()  # the end: not yet
    qtbot.waitUntil(lambda: not editor.highlighter.busy, timeout=30_000)  # by the event loop
    assert styles(editor) == styled_at_once(text)


def test_typing_and_opening_a_fence_while_slices_run_end_styled_correctly(qtbot, styled_at_once):
    editor = MarkdownEditor()
    qtbot.addWidget(editor)
    editor.load_text(long_article(200_000))
    QTextCursor(editor.document().findBlockByNumber(120)).insertText("```python\n")
    QTextCursor(editor.document().findBlockByNumber(4000)).insertText("typed meanwhile ")
    cursor = QTextCursor(editor.document().findBlockByNumber(30))
    cursor.movePosition(QTextCursor.MoveOperation.Down, QTextCursor.MoveMode.KeepAnchor, 3)
    cursor.removeSelectedText()
    editor.highlighter.finish()
    assert styles(editor) == styled_at_once(editor.toPlainText())


def test_a_fence_opened_above_a_long_text_restyles_the_rest_in_slices(qtbot, styled_at_once):
    editor = MarkdownEditor()
    qtbot.addWidget(editor)
    # The last line is a lone fence: text until a fence above it makes it a closer.
    editor.load_text("\n\n".join(["Plain prose with *some* words."] * 3_000) + "\n```")
    editor.highlighter.finish()
    QTextCursor(editor.document().findBlockByNumber(2)).insertText("```\n")
    assert editor.highlighter.busy  # not every line below in this one keystroke
    editor.highlighter.finish()
    assert styles(editor) == styled_at_once(editor.toPlainText())
    assert highlighting.in_fenced_code(editor.document().lastBlock().previous().userState())


def test_restyling_for_spelling_marks_is_not_an_edit(qtbot):
    editor = MarkdownEditor()
    qtbot.addWidget(editor)
    editor.load_text("\n".join(f"Line {n} has a wrod in it." for n in range(500)))
    edits = []
    editor.text_edited.connect(lambda: edits.append(1))
    editor.highlighter.set_misspelled({"wrod"})
    editor.highlighter.finish()
    underlined = editor.document().findBlockByNumber(499).layout().formats()
    assert any(r.format.underlineStyle() != r.format.UnderlineStyle.NoUnderline for r in underlined)
    assert edits == []  # no re-render, re-check or recovery write for a restyle
    editor.textCursor().insertText("x")
    assert edits == [1]
