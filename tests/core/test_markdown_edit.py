"""Editing commands as text transforms: lists, indentation, wrapping, headings, blocks."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from articleeditor.core import markdown_edit as md


def test_enter_continues_bullets_numbers_tasks_and_quotes():
    assert md.continue_list("- milk", 6).text == "- milk\n- "
    assert md.continue_list("* milk", 6).text == "* milk\n* "
    assert md.continue_list("9. nine", 7).text == "9. nine\n10. "
    assert md.continue_list("1) one", 6).text == "1) one\n2) "
    assert md.continue_list("- [x] done", 10).text == "- [x] done\n- [ ] "
    assert md.continue_list("> quoted", 8).text == "> quoted\n> "
    assert md.continue_list("> - in quote", 12).text == "> - in quote\n> - "


def test_enter_in_the_middle_splits_the_item():
    edit = md.continue_list("- bread and butter", 11)
    assert edit.text == "- bread and\n- butter"
    assert edit.position == len("- bread and\n- ")


def test_enter_on_an_empty_item_ends_the_list_or_moves_out_a_level():
    assert md.continue_list("- ", 2) == md.Edit("", 0, 0)
    assert md.continue_list("> ", 2).text == ""
    assert md.continue_list("  - ", 4).text == "- "


def test_enter_outside_lists_is_left_to_the_editor():
    assert md.continue_list("plain text", 5) is None
    assert md.continue_list("- item", 1) is None  # cursor inside the marker


def test_indent_uses_the_marker_width_and_outdent_reverses_it():
    assert md.indent_line("- a") == "  - a"
    assert md.indent_line("10. a") == "    10. a"
    assert md.outdent_line("  - a") == "- a"
    assert md.outdent_line("- a") == "- a"
    assert md.shift_lines("- a\n\n- b") == "  - a\n\n  - b"
    assert md.shift_lines("  - a\n  - b", outdent=True) == "- a\n- b"


@given(st.lists(st.sampled_from(["- a", "1. b", "text", "", "> q"]), min_size=1))
def test_outdent_undoes_indent(lines):
    text = "\n".join(lines)
    assert md.shift_lines(md.shift_lines(text), outdent=True) == text


def test_wrap_and_unwrap_selection():
    edit = md.toggle_wrap("a word b", 2, 6, "**")
    assert edit == md.Edit("a **word** b", 4, 8)
    assert md.toggle_wrap(edit.text, edit.anchor, edit.position, "**").text == "a word b"
    assert md.toggle_wrap("a **word** b", 2, 10, "**").text == "a word b"
    # Spaces stay outside the markers.
    assert md.toggle_wrap("say hi ", 4, 7, "*").text == "say *hi* "


def test_wrap_with_empty_selection_puts_the_cursor_between_markers():
    edit = md.toggle_wrap("ab", 1, 1, "`")
    assert edit == md.Edit("a``b", 2, 2)


def test_headings_set_replace_and_toggle():
    assert md.set_heading("Title", 2) == "## Title"
    assert md.set_heading("## Title", 3) == "### Title"
    assert md.set_heading("### Title", 3) == "Title"


def test_prefixes_toggle_on_all_lines():
    assert md.toggle_prefix("a\nb", "bullet") == "- a\n- b"
    assert md.toggle_prefix("- a\n- b", "bullet") == "a\nb"
    assert md.toggle_prefix("a\n\nb", "number") == "1. a\n\n2. b"
    assert md.toggle_prefix("- a\n- b", "number") == "1. a\n2. b"
    assert md.toggle_prefix("a\nb", "quote") == "> a\n> b"
    assert md.toggle_prefix("> a\n> b", "quote") == "a\nb"


def test_code_block_table_and_links():
    assert md.code_block("x = 1", "python").text == "```python\nx = 1\n```"
    empty = md.code_block("")
    assert empty.text == "```\n\n```" and empty.position == 4
    table = md.table(1, 2).split("\n")
    assert table[0] == "| Column 1 | Column 2 |"
    assert set(table[1]) <= {"|", "-"} and len(table) == 3
    assert md.link("site", "https://e.org/a b") == "[site](https://e.org/a%20b)"
    assert md.link("cat", "img/cat.png", image=True) == "![cat](img/cat.png)"


def test_is_url():
    assert md.is_url("https://example.org/a?b=1")
    assert md.is_url(" www.example.org ")
    assert not md.is_url("two words")
    assert not md.is_url("https://a.org and more")
