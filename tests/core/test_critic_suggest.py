"""Suggest mode's editing rules: keystrokes become CriticMarkup, never silent edits."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from articleeditor.core.critic import accept_all, reject_all, unclosed_marks
from articleeditor.core.suggest import comment_edit, delete_backward, delete_forward, type_text


def typed(text: str, pos: int, chars: str, anchor: int | None = None) -> tuple[str, int]:
    """Type ``chars`` one by one like a writer, starting with a selection anchor..pos."""
    anchor = pos if anchor is None else anchor
    for ch in chars:
        edit = type_text(text, anchor, pos, ch)
        assert edit is not None
        text, pos = edit.apply(text), edit.cursor
        anchor = pos
    return text, pos


def backspaces(text: str, pos: int, count: int) -> tuple[str, int]:
    for _ in range(count):
        edit = delete_backward(text, pos, pos)
        if edit is not None:
            text, pos = edit.apply(text), edit.cursor
    return text, pos


def deletes(text: str, pos: int, count: int) -> tuple[str, int]:
    for _ in range(count):
        edit = delete_forward(text, pos, pos)
        if edit is not None:
            text, pos = edit.apply(text), edit.cursor
    return text, pos


def test_typing_builds_one_insertion():
    text, pos = typed("Hello world", 5, " big")
    assert text == "Hello{++ big++} world"
    assert text[pos:] == "++} world"


def test_typing_after_an_insertion_extends_it():
    text, _ = typed("Hi {++there++} you", 14, "!")
    assert text == "Hi {++there!++} you"


def test_backspace_wraps_and_extends_a_deletion():
    text, pos = backspaces("Hello world", 11, 3)
    assert text == "Hello wo{--rld--}"
    assert pos == 8


def test_delete_wraps_and_extends_a_deletion():
    text, pos = deletes("Hello world", 0, 6)
    assert text == "{--Hello --}world"
    assert text[pos:] == "world"


def test_backspace_takes_back_own_insertion_first():
    text, pos = typed("ab", 1, "xy")
    text, pos = backspaces(text, pos, 3)
    assert text == "{--a--}b"


def test_retyping_after_backspace_makes_a_substitution():
    text, pos = backspaces("cat sat", 3, 3)
    text, pos = typed(text, pos, "dog")
    assert text == "{~~cat~>dog~~} sat"


def test_typing_over_a_selection_is_a_substitution():
    text, _ = typed("twelve sites", 6, "14", anchor=0)
    assert text == "{~~twelve~>14~~} sites"


def test_deleting_a_selection():
    edit = delete_forward("one two three", 4, 8)
    assert edit.apply("one two three") == "one {--two --}three"


def test_selection_across_a_mark_is_refused():
    assert type_text("a {++b++} c", 0, 11, "x") is None
    assert delete_backward("a {++b++} c", 0, 11) is None


def test_typing_inside_a_deletion_goes_after_it():
    text, _ = typed("a {--bc--} d", 6, "X")
    assert text == "a {~~bc~>X~~} d"


def test_comment_on_selection_and_at_cursor():
    edit = comment_edit("The number is 12.", 14, 16, "dana", "2026-11-20")
    text = edit.apply("The number is 12.")
    assert text == "The number is {==12==}{>>@dana 2026-11-20: <<}."
    text, _ = typed(text, edit.cursor, "why?")
    assert text == "The number is {==12==}{>>@dana 2026-11-20: why?<<}."
    bare = comment_edit("ab", 1, 1, "", "")
    assert bare.apply("ab") == "a{>><<}b"


# Plain text of words and newlines; no braces, so the writer types no markup of their own.
_plain = st.text(
    st.characters(blacklist_characters="{}~", blacklist_categories=("Cs",)), min_size=0, max_size=30
)
_op = st.tuples(
    st.sampled_from(["type", "back", "del", "select-type", "select-del"]),
    st.integers(0, 1000),
    st.integers(0, 1000),
    st.text(
        st.characters(blacklist_characters="{}~", blacklist_categories=("Cs",)),
        min_size=1,
        max_size=3,
    ),
)


@given(_plain, st.lists(_op, max_size=12))
def test_suggestions_never_change_the_original(original, ops):
    """Whatever a reviewer does in suggest mode, rejecting all gives back the original."""
    text = original
    for kind, p, q, chars in ops:
        pos, anchor = p % (len(text) + 1), q % (len(text) + 1)
        if kind == "type":
            edit = type_text(text, pos, pos, chars)
        elif kind == "back":
            edit = delete_backward(text, pos, pos)
        elif kind == "del":
            edit = delete_forward(text, pos, pos)
        elif kind == "select-type":
            edit = type_text(text, anchor, pos, chars)
        else:
            edit = delete_forward(text, anchor, pos)
        if edit is not None:
            text = edit.apply(text)
            assert 0 <= edit.cursor <= len(text)
    assert reject_all(text) == original
    assert unclosed_marks(text) == []


@given(_plain, st.integers(0, 100), _plain.filter(bool))
def test_typing_at_a_plain_position_inserts_in_the_final_text(original, p, chars):
    pos = p % (len(original) + 1)
    text, _ = typed(original, pos, chars)
    assert accept_all(text) == original[:pos] + chars + original[pos:]


@given(_plain.filter(bool), st.integers(0, 100))
def test_backspace_at_a_plain_position_deletes_in_the_final_text(original, p):
    pos = 1 + p % len(original)
    text, _ = backspaces(original, pos, 1)
    assert accept_all(text) == original[: pos - 1] + original[pos:]
