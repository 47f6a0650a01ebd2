"""Quick answers about a whole line or text that the editor asks after every keystroke.

A regular expression steps through every character (30-40 ms a megabyte), and the editor asks
these of a line each time it is restyled: on a line of megabytes that was most of a keystroke.
Each function here answers in the common case without a scan, and falls back to one.
"""

from __future__ import annotations

import re
import sys

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
# An empty str's size, and what a str whose widest character takes 2 bytes can take beyond
# 2 bytes a character (its header, at most).
_HEADER = sys.getsizeof("")
_HEADER_SLACK = 64


def has_astral(text: str) -> bool:
    """True if ``text`` holds a character above U+FFFF (an emoji, a rare CJK ideograph)."""
    if text.isascii():
        return False
    # CPython stores a str in 1, 2 or 4 bytes a character, by its widest character (PEP 393):
    # a text that fits in 2 bytes a character holds no astral character. Only a text stored
    # 4 bytes wide is searched.
    if sys.getsizeof(text) < 4 * len(text) + _HEADER - _HEADER_SLACK:
        return False
    return _ASTRAL.search(text) is not None


def has_blank_run(text: str, length: int) -> bool:
    """True if ``text`` holds ``length`` spaces and tabs in a row."""
    if "\t" not in text:
        return " " * length in text  # a substring search, far quicker than a pattern
    return re.search(f"[ \t]{{{length}}}", text) is not None


def is_latin1(text: str) -> bool:
    """True if every character of ``text`` is below U+0100 (so none is a surrogate), told from
    the size CPython stores it in when it can be; False where that cannot tell."""
    return text.isascii() or sys.getsizeof(text) < 2 * len(text) + _HEADER - _HEADER_SLACK
