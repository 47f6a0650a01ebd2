"""Where a very long line is shown in pieces: every piece short, no line touched that is not
long, words kept whole where a space allows, surrogate pairs never cut."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from articleeditor.core.display_lines import (
    LINE_BREAKS,
    PIECE,
    SPLIT_OVER,
    split_points,
    with_breaks,
)

MARK = "\x00"  # not in any generated text (the editor uses U+2029)


def _units(text: str) -> str:
    """``text`` with each astral character as its two UTF-16 surrogates."""
    pairs = text.encode("utf-16-le")
    return "".join(chr(int.from_bytes(pairs[i : i + 2], "little")) for i in range(0, len(pairs), 2))


def _lines(units: str) -> list[str]:
    for brk in LINE_BREAKS[1:]:
        units = units.replace(brk, "\n")
    return units.split("\n")


def test_short_text_and_short_lines_are_left_whole():
    assert split_points("word " * 100) == []
    text = ("x" * SPLIT_OVER + "\n") * 3
    assert split_points(text) == []


def test_a_long_line_of_words_is_cut_after_spaces_into_pieces_of_at_most_piece():
    line = "alpha beta gamma " * 3000  # 51,000 characters
    text = "# Title\n\n" + line + "\nend\n"
    points = split_points(text)
    assert points, "a 51,000-character line is shown in pieces"
    shown = with_breaks(text, points, MARK)
    assert shown.replace(MARK, "") == text
    pieces = shown.split("\n")[2].split(MARK)
    assert all(0 < len(p) <= PIECE for p in pieces)
    assert all(p.endswith(" ") for p in pieces[:-1])  # cut after a space: words stay whole
    assert shown.split("\n")[0] == "# Title" and shown.split("\n")[3] == "end"


def test_an_unbreakable_line_is_cut_at_piece_and_never_inside_a_surrogate_pair():
    text = _units("a" * (PIECE - 1) + "😀" * 20_000)
    points = split_points(text)
    assert points[0] == PIECE - 1  # the pair that straddles PIECE moves whole to the next piece
    for point in points:
        assert not ("\udc00" <= text[point] <= "\udfff")


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["a", " ", "é", "\u00a0", "😀", "\u2028"]),
            st.integers(min_value=1, max_value=9000),
        ),
        min_size=1,
        max_size=12,
    ),
    st.lists(st.sampled_from(list(LINE_BREAKS)), min_size=0, max_size=4),
    st.integers(min_value=8, max_value=600),
)
def test_pieces_lose_nothing_and_respect_the_limits(runs, breaks, piece):
    over = piece * 3
    parts = [ch * n for ch, n in runs]
    for at, brk in enumerate(breaks):
        parts.insert((at * 3) % (len(parts) + 1), brk)
    units = _units("".join(parts))
    points = split_points(units, over=over, piece=piece)
    assert points == sorted(set(points))
    shown = with_breaks(units, points, MARK)
    assert shown.replace(MARK, "") == units  # nothing added, nothing lost
    for point in points:
        assert 0 < point < len(units)
        assert units[point - 1] not in LINE_BREAKS and units[point] not in LINE_BREAKS
        assert not ("\udc00" <= units[point] <= "\udfff")
    # Lines no longer than ``over`` hold no point; longer lines have pieces of at most ``piece``.
    start = 0
    for line in _lines(units):
        end = start + len(line)
        mine = [p for p in points if start < p < end]
        if len(line) <= over:
            assert mine == []
        else:
            cuts = [start, *mine, end]
            assert all(0 < b - a <= piece for a, b in itertools.pairwise(cuts))
        start = end + 1
