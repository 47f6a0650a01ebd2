"""Saving an edited article keeps every line break it did not touch, byte for byte."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from articleeditor.core.article import Article

# Lines and the three break styles, so files mix them as real files do.
_pieces = st.lists(
    st.one_of(
        st.sampled_from(["\n", "\r\n", "\r", "\u00a0", "\u2028", "\u2029", "\x0b", "é", "😀"]),
        st.text(
            st.characters(exclude_categories=("Cs",), exclude_characters="\x00\r\n"), max_size=5
        ),
    ),
    max_size=40,
)
_TOKEN = re.compile(r"\r\n|.", re.DOTALL)


def _decoded_tokens(original: str) -> list[str]:
    """The file's characters as the editor sees them: one per character, "\\r\\n" as one."""
    return _TOKEN.findall(original)


@given(_pieces, st.data())
def test_an_insertion_changes_only_its_own_bytes(pieces, data):
    original = "".join(pieces)
    raw = original.encode("utf-8")
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = b"a" + raw
        original = "a" + original
    article = Article.from_bytes(raw)
    tokens = _decoded_tokens(original)
    at = data.draw(st.integers(0, len(tokens)))
    typed = data.draw(st.sampled_from(["x", "é", "\u00a0", "\u2029", "😀"]))
    position = at  # each token is one character of the article's text
    article.text = article.text[:position] + typed + article.text[position:]
    expected = "".join(tokens[:at]) + typed + "".join(tokens[at:])
    assert article.to_bytes() == expected.encode("utf-8")


def test_a_typed_line_break_takes_the_dominant_style():
    article = Article.from_bytes(b"one\r\ntwo\r\nthree\nfour\r\n")
    article.text = article.text.replace("two", "two\nand a half")
    assert article.to_bytes() == b"one\r\ntwo\r\nand a half\r\nthree\nfour\r\n"


def test_an_unmixed_file_keeps_its_one_style():
    article = Article.from_bytes(b"a\rb\rc")
    article.text += "\nd"
    assert article.to_bytes() == b"a\rb\rc\rd"


def test_after_a_save_the_new_bytes_are_the_reference(tmp_path):
    path = tmp_path / "mixed.md"
    path.write_bytes(b"a\r\nb\nc\rd\n")
    article = Article.load(path)
    article.text = article.text.replace("b", "B")
    article.save()
    assert path.read_bytes() == b"a\r\nB\nc\rd\n"
    article.text = article.text.replace("d", "D")
    article.save()
    assert path.read_bytes() == b"a\r\nB\nc\rD\n"
