"""core.textscan gives the answers of the regular expressions it stands in for."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from articleeditor.core.textscan import has_astral, has_blank_run, is_latin1

# Characters from each storage width of a str, blanks among them.
_CHARS = st.sampled_from(["a", " ", "\t", "\u00a0", "é", "\u2029", "中", "\ud800", "😀"])
_TEXTS = st.lists(_CHARS, max_size=300).map("".join)


@given(_TEXTS)
def test_has_astral_matches_the_pattern(text: str) -> None:
    assert has_astral(text) == bool(re.search("[\U00010000-\U0010ffff]", text))


@given(_TEXTS, st.integers(min_value=1, max_value=5))
def test_has_blank_run_matches_the_pattern(text: str, length: int) -> None:
    assert has_blank_run(text, length) == bool(re.search(f"[ \t]{{{length}}}", text))


@given(_TEXTS)
def test_is_latin1_is_never_wrong(text: str) -> None:
    if is_latin1(text):
        assert all(ord(ch) < 0x100 for ch in text)


def test_long_texts_of_each_width() -> None:
    assert not has_astral("x" * 1_000_000)
    assert not has_astral("é" * 1_000_000 + "中")
    assert has_astral("中" * 1_000_000 + "😀")
    assert has_astral("😀" + "a" * 10)
    assert is_latin1("é" * 1_000_000)
    assert not is_latin1("é" * 1_000_000 + "\ud800")
    assert has_blank_run("{" + " " * 10_000, 10_000)
    assert not has_blank_run(" " * 9_999 + "x" + " " * 9_999, 10_000)
    assert has_blank_run("x" + " \t" * 5_000 + "y", 10_000)
