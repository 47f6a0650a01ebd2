"""Find and replace logic: literal, regex, case and whole-word searches."""

from __future__ import annotations

import pytest

from articleeditor.core.find import BadPattern, Query, matches, replace_all, replacement_for


def test_literal_search_ignores_case_and_escapes():
    assert matches("Cat cat a.b axb", Query("cat")) == [(0, 3), (4, 7)]
    assert matches("a.b axb", Query("a.b")) == [(0, 3)]
    assert matches("Cat cat", Query("cat", case_sensitive=True)) == [(4, 7)]


def test_whole_word_and_regex():
    assert matches("cat concat cats cat", Query("cat", whole_word=True)) == [(0, 3), (16, 19)]
    assert matches("a1 b22", Query(r"\d+", regex=True)) == [(1, 2), (4, 6)]
    assert matches("x", Query("")) == []


def test_replace_all_counts_and_expands_groups_in_regex_mode_only():
    assert replace_all("a cat, a cat", Query("cat"), "dog") == ("a dog, a dog", 2)
    assert replace_all("2024-05", Query(r"(\d+)-(\d+)", regex=True), r"\2/\1") == ("05/2024", 1)
    assert replace_all("x", Query("x"), r"\1") == (r"\1", 1)
    assert replacement_for("ab12", 2, 4, Query(r"(\d)(\d)", regex=True), r"\2\1") == "21"


def test_bad_patterns_raise_a_clear_error():
    with pytest.raises(BadPattern):
        matches("x", Query("(", regex=True))
    with pytest.raises(BadPattern):
        replace_all("x", Query("x", regex=True), r"\3")
