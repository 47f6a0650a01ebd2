"""Text deltas: what the render and analysis processes receive instead of the whole text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from articleeditor.core.textdelta import (
    TextDelta,
    TextOutOfStep,
    common_prefix_length,
    common_suffix_length,
)

texts = st.text(alphabet=st.sampled_from("ab\n é😀"), max_size=60)


@given(texts, texts)
def test_a_delta_turns_the_old_text_into_the_new(old, new):
    delta = TextDelta.between(old, new)
    assert delta.apply(old) == new
    assert delta.start + delta.tail <= min(len(old), len(new))


@given(texts, st.integers(0, 60), texts)
def test_a_keystroke_sends_only_what_was_typed(text, where, typed):
    where = min(where, len(text))
    new = text[:where] + typed + text[where:]
    delta = TextDelta.between(text, new)
    assert len(delta.replacement) == len(typed)
    assert delta.apply(text) == new


def test_a_one_character_edit_in_a_long_text_is_one_character():
    old = "lorem ipsum dolor\n" * 60_000
    middle = len(old) // 2 + 3
    new = old[:middle] + "X" + old[middle:]
    delta = TextDelta.between(old, new)
    assert (delta.start, delta.replacement, delta.tail) == (middle, "X", len(old) - middle)


def test_prefix_and_suffix_lengths_across_chunk_boundaries():
    base = "x" * 10_000
    assert common_prefix_length(base, base) == 10_000
    assert common_prefix_length(base, base[:4096] + "y" + base[4097:]) == 4096
    assert common_suffix_length(base, "y" + base[1:]) == 9_999
    assert common_suffix_length(base, base, limit=5) == 5
    assert common_prefix_length("", "abc") == 0


def test_a_delta_refuses_a_text_it_was_not_made_from():
    delta = TextDelta.between("hello", "hello world")
    with pytest.raises(TextOutOfStep):
        delta.apply("hi")
    with pytest.raises(TextOutOfStep):
        delta.apply(None)
    assert TextDelta.whole("anything").apply(None) == "anything"


@given(st.lists(st.sampled_from("abcdefgh"), max_size=300), st.data())
def test_diff_blocks_finds_the_one_changed_run(old, data):
    from articleeditor.core.blockpatch import diff_blocks

    start = data.draw(st.integers(0, len(old)))
    end = data.draw(st.integers(start, len(old)))
    fresh = data.draw(st.lists(st.sampled_from("xyz"), max_size=80))
    new = old[:start] + fresh + old[end:]
    s, old_end, new_end = diff_blocks(old, new)
    assert old[:s] + new[s:new_end] + old[old_end:] == new
    assert old[:s] == new[:s] and old[old_end:] == new[new_end:]
    assert old_end - s <= end - start and new_end - s <= len(fresh)
