"""The editor's highlighter reads fences and headings as the preview renders them: it is one
more consumer of core.blocks, fed the same tricky articles as the core readers."""

from __future__ import annotations

import pytest

from articleeditor.core.render import render_article
from articleeditor.ui.editor.markdown_editor import MarkdownEditor
from tests.block_cases import TRICKY_ARTICLES, WORD, heading_titles, rendered_code_lines


def _line_styles(editor: MarkdownEditor) -> list[tuple[bool, bool]]:
    """(styled as code, styled as a heading) for each line."""
    highlighter = editor.highlighter
    code_bg = highlighter.formats["code"].background().color().name()
    heading = highlighter.formats["heading"].foreground().color().name()
    found = []
    block = editor.document().begin()
    while block.isValid():
        runs = block.layout().formats()
        whole = [r for r in runs if r.start == 0 and r.length >= len(block.text())]
        found.append(
            (
                any(r.format.background().color().name() == code_bg for r in whole),
                any(r.format.foreground().color().name() == heading for r in whole),
            )
        )
        block = block.next()
    return found


@pytest.mark.parametrize("case", sorted(TRICKY_ARTICLES))
def test_the_highlighter_agrees_with_the_preview(qtbot, case):
    text = TRICKY_ARTICLES[case]
    editor = MarkdownEditor()
    qtbot.addWidget(editor)
    editor.load_text(text)
    editor.highlighter.finish()
    body_html = render_article(text).body_html
    styles = _line_styles(editor)
    lines = text.split("\n")
    in_pre = rendered_code_lines(text, body_html)
    titles = set(heading_titles(body_html))
    for number, line in enumerate(lines):
        as_code, as_heading = styles[number]
        if number in in_pre:
            assert as_code and not as_heading, (number, line)
        elif WORD.search(line) and not line.startswith(("```", "~~~", "---")):
            assert not as_code, (number, line)
        if line.startswith("#") and line.lstrip("#").strip() in titles:
            assert as_heading, (number, line)
