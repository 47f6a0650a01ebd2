"""Word, character and reading-time counts of an article's body (front matter excluded).

Chinese, Japanese and Korean text has no spaces between words, so each CJK character counts
as one word, the convention of most CJK word processors.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from articleeditor.core.blocks import CODE_KINDS, scan
from articleeditor.core.frontmatter import parse

_CJK = (
    "\u2e80-\u2fdf\u3040-\u30ff\u3100-\u312f\u3130-\u318f\u31a0-\u31ff\u3400-\u4dbf"
    "\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff66-\uff9f\U00020000-\U0002fa1f"
)
_CJK_CHAR = re.compile(f"[{_CJK}]")
# A word: letters or digits, joined by apostrophes or hyphens ("don't", "COVID-19").
_WORD = re.compile(rf"(?:(?![{_CJK}])[^\W_])+(?:['’\-](?:(?![{_CJK}])[^\W_])+)*")
_MARKUP = re.compile(r"!?\[([^\]]*)\]\([^)]*\)|<[^>\n]+>|\{[-+~>=]{2}|[-+~<=]{2}\}")

# Typical silent reading speeds (words per minute; CJK characters per minute).
WORDS_PER_MINUTE = 230
CJK_CHARS_PER_MINUTE = 500


@dataclass(frozen=True)
class TextStats:
    """Counts for the status bar."""

    words: int
    characters: int
    cjk_characters: int
    reading_minutes: int


def body_of(text: str) -> str:
    """The article's body: the text after a well-formed front matter block."""
    front = parse(text)
    return text[front.span[1] :]


def prose_of(text: str) -> str:
    """The body's lines that are not code (what the preview shows in ``<pre>`` is not read
    as prose), joined by line breaks."""
    blocks = scan(text)
    kinds = blocks.kinds
    return "\n".join(
        line
        for number, line in enumerate(blocks.lines[blocks.body_start :], blocks.body_start)
        if kinds[number] not in CODE_KINDS
    )


def count(text: str) -> TextStats:
    """Stats of ``text``'s body; ``characters`` excludes line breaks, code and link targets."""
    body = prose_of(text)
    visible = _MARKUP.sub(lambda m: m.group(1) or "", body)
    cjk = len(_CJK_CHAR.findall(visible))
    words = len(_WORD.findall(visible))
    characters = len(visible) - visible.count("\n")
    minutes = words / WORDS_PER_MINUTE + cjk / CJK_CHARS_PER_MINUTE
    return TextStats(
        words=words + cjk,
        characters=characters,
        cjk_characters=cjk,
        reading_minutes=math.ceil(minutes) if words + cjk else 0,
    )
