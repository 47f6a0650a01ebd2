"""Where the editor shows a very long line in several pieces.

Qt lays a whole line (a text block) out again after each keystroke in it: in a line of 5 MB
that took about half a second a key, whatever the wrapping. So a line longer than
:data:`SPLIT_OVER` is shown as blocks of about :data:`PIECE` characters, joined by display-only
breaks that are never part of the text: the editor's text mirror knows where they are and
leaves them out of everything it saves, copies, renders or counts.

Positions here are indices into a text in "unit form" (one item per UTF-16 code unit, as the
editor's mirror keeps it): a piece never ends between the two halves of a surrogate pair.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

# Lines longer than this many units are shown in pieces; shorter ones cost a few ms a key.
SPLIT_OVER = 16_384
# The longest piece; the last one of a line takes what is left.
PIECE = 4_096
# A piece ends after the last space within this many units of its full length, so that words
# stay whole on screen and for the spelling check; with no space there it is cut at PIECE.
_WORD_REACH = 512

# Every character that ends a line in the unit form; the document keeps each as a block break.
# (Text given to the document has "\r\n" and "\r" as "\n" first, so the unit form holds no
# "\r".)
LINE_BREAKS = "\n\u2029\ufdd0\ufdd1"
_RARE_BREAK = re.compile(f"[{LINE_BREAKS[1:]}]")


def split_points(units: str, over: int = SPLIT_OVER, piece: int = PIECE) -> list[int]:
    """The ascending indices of ``units`` before which a display break goes: within every line
    longer than ``over``, one every ``piece`` or so; none in shorter lines."""
    if len(units) <= over or max(map(len, units.split("\n"))) <= over:
        return []  # the common case, at the speed of str.split (a pattern ran in n x line)
    points: list[int] = []
    for start, end in _long_lines(units, over):
        points.extend(_points_in_line(units, start, end, piece))
    return points


def _long_lines(units: str, over: int) -> Iterator[tuple[int, int]]:
    """(start, end) of each line of ``units`` longer than ``over``, in one pass."""
    at, length = 0, len(units)
    while at <= length:
        end = units.find("\n", at)
        end = length if end < 0 else end
        if end - at > over:
            begin = at
            for rare in _RARE_BREAK.finditer(units, at, end):
                if rare.start() - begin > over:
                    yield begin, rare.start()
                begin = rare.end()
            if end - begin > over:
                yield begin, end
        at = end + 1


def _points_in_line(units: str, start: int, end: int, piece: int) -> Iterable[int]:
    reach = min(_WORD_REACH, piece // 4)
    at = start
    while end - at > piece:
        cut = at + piece
        space = units.rfind(" ", cut - reach, cut)
        if space >= 0:
            cut = space + 1
        elif "\udc00" <= units[cut] <= "\udfff":
            cut -= 1  # not between the halves of a surrogate pair
        yield cut
        at = cut


def with_breaks(units: str, points: Iterable[int], mark: str) -> str:
    """``units`` with ``mark`` inserted before each index of ``points`` (ascending)."""
    pieces: list[str] = []
    at = 0
    for point in points:
        pieces.append(units[at:point])
        at = point
    if not pieces:
        return units
    pieces.append(units[at:])
    return mark.join(pieces)
