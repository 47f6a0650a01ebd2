"""One scanner of a Markdown body's block structure, shared by every reader of the text.

The editor's highlighter, the outline, the text statistics, spelling, citations, the
section splitter and the source-line anchors all need to know which lines are code and which
are headings. They must agree with the rendered preview, so the rules here are those of the
pipeline in ``core.render`` (Python-Markdown with ``fenced_code``), not CommonMark's:

* a fence opens only at the margin: three or more backticks or tildes, then at most a
  language name (``.lang``, ``{attributes}``, ``hl_lines="…"``), nothing else on the line;
* it closes at the first later line holding exactly the same fence (trailing spaces allowed):
  "````" does not close "```", and "```" does not close "````";
* a fence with no closer is not a fence at all: its lines are ordinary text;
* a fence indented by even one space, inside a list item or a block quote, is text;
* an indented code block starts with four spaces at a chunk's start (after a blank line, a
  heading or a fence), except where the indentation continues a list item or a footnote
  (there eight spaces make code);
* an ATX heading's "#" is at the margin (no space needed after it); a setext underline
  ("===", "---" at the margin) makes the paragraph line above it a heading.

:func:`classify` reads one line given the state after the line above it (an ``int``, so the
editor's ``QSyntaxHighlighter`` can keep it as its block state); :func:`scan` runs it over a
whole text. Only an opening fence needs to look ahead (is there a closer?); the caller
answers that, so the whole-document scan stays linear.
"""

from __future__ import annotations

import enum
import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass

from markdown.extensions.attr_list import get_attrs_and_remainder

from articleeditor.core.frontmatter import body_offset

TAB_LENGTH = 4  # Python-Markdown's, and it expands tabs before any block is read


class LineKind(enum.IntEnum):
    """What a line is, as the renderer reads it."""

    BLANK = 0
    TEXT = 1  # paragraph text, a block quote, a table row, raw HTML…
    LIST_ITEM = 2  # the first line of a list item or a footnote definition
    HEADING = 3  # an ATX heading ("# Title")
    SETEXT_UNDERLINE = 4  # "===" or "---" under a paragraph line, which is the heading's text
    FENCE_OPEN = 5
    FENCE_CODE = 6
    FENCE_CLOSE = 7
    INDENTED_CODE = 8
    FRONT_MATTER = 9


#: Kinds whose lines the renderer puts inside ``<pre>`` (the fence lines themselves included).
CODE_KINDS = frozenset(
    {LineKind.FENCE_OPEN, LineKind.FENCE_CODE, LineKind.FENCE_CLOSE, LineKind.INDENTED_CODE}
)

# ----- the state after a line, packed in an int -------------------------------------------
# Bits 0-4 are flags; from bit 6 up, the open fence's length (0: none), bit 5 its character.
_CHUNK_START = 1  # the next line starts a new chunk (after a blank line, a heading, a fence)
_IN_LIST = 2  # indented chunks continue a list item or a footnote
_IN_CODE = 4  # the line was indented code, which indented lines continue
_AFTER_TEXT = 8  # the line was paragraph text a setext underline can make a heading
_TILDE = 32
_FENCE_SHIFT = 6

#: The state before a body's first line.
START = _CHUNK_START


def open_fence(state: int) -> str:
    """The fence the line after ``state`` is inside ("" when it is not in fenced code)."""
    length = state >> _FENCE_SHIFT
    if not length:
        return ""
    return ("~" if state & _TILDE else "`") * length


def in_fenced_code(state: int) -> bool:
    """True when the line after ``state`` is inside fenced code (or is its closing fence)."""
    return state >> _FENCE_SHIFT != 0


def _fence_state(fence: str) -> int:
    return (len(fence) << _FENCE_SHIFT) | (_TILDE if fence[0] == "~" else 0)


# fenced_code's opening line: the fence, then nothing, a language, {attributes} or hl_lines.
_OPENER = re.compile(
    r"(?P<fence>`{3,}|~{3,})[ ]*"
    r"(?:\{(?P<attrs>.*)\}"
    r"|(?:\.?(?P<lang>[\w#.+-]*)[ ]*)?(?:hl_lines=(?P<quote>\"|')(?P<hl>.*?)(?P=quote)[ ]*)?)"
)
_ATX = re.compile(r"(#{1,6})(.*?)#*[ ]*")
_SETEXT = re.compile(r"[=-]+[ ]*")
# Python-Markdown's list starts (sane_lists: "1." only) and footnote definitions.
_ITEM = re.compile(r"[ ]{0,3}(?:[*+-]|\d+\.)[ ]+\S|\[\^[^\]]+\]:")


@dataclass(frozen=True)
class FenceOpening:
    """An opening fence line: the fence and where its info (the language…) sits on the line."""

    fence: str
    info_start: int
    info_end: int


def fence_opening(line: str) -> FenceOpening | None:
    """The fence ``line`` would open if a closer follows (None if it cannot open one)."""
    if line[:3] not in ("```", "~~~"):
        return None
    text = line.expandtabs(TAB_LENGTH) if "\t" in line else line
    m = _OPENER.fullmatch(text)
    if m is None:
        return None
    attrs = m.group("attrs")
    if attrs is not None and get_attrs_and_remainder(attrs)[1]:
        return None  # unbalanced braces: fenced_code skips the line
    fence = m.group("fence")
    rest = text[len(fence) :]
    info_start = len(fence) + len(rest) - len(rest.lstrip(" "))
    info_end = len(text.rstrip(" "))
    if "\t" in line:  # report columns of the line as written
        info_start, info_end = min(info_start, len(line)), len(line.rstrip())
    return FenceOpening(fence, info_start, max(info_start, info_end))


def closes(line: str, fence: str) -> bool:
    """True if ``line`` closes a block opened by ``fence`` (the same fence, then spaces)."""
    if not line.startswith(fence):
        return False
    if "\t" in line:
        line = line.expandtabs(TAB_LENGTH)
    return line.rstrip(" ") == fence


def closing_fence(line: str) -> str:
    """The fence ``line`` consists of ("" if it is not a bare fence that could close one)."""
    if line[:3] not in ("```", "~~~"):
        return ""
    if "\t" in line:
        line = line.expandtabs(TAB_LENGTH)
    bare = line.rstrip(" ")
    return bare if bare.count(bare[0]) == len(bare) else ""


def _indent(line: str) -> int:
    """Columns of leading blanks (tabs expanded), capped at eight: all that matters here."""
    width = 0
    for ch in line[:8]:
        if ch == " ":
            width += 1
        elif ch == "\t":
            width += TAB_LENGTH - width % TAB_LENGTH
        else:
            break
    return width


def classify(line: str, state: int, closer_below: Callable[[str], bool]) -> tuple[LineKind, int]:
    """The kind of ``line`` and the state after it, given the state after the line above.

    ``closer_below(fence)`` says whether a later line closes ``fence``; it is asked only on
    lines that could open a fence.
    """
    if state >> _FENCE_SHIFT:
        fence = open_fence(state)
        if line.startswith(fence) and closes(line, fence):
            return LineKind.FENCE_CLOSE, _CHUNK_START
        return LineKind.FENCE_CODE, state
    if not line or line.isspace():
        # A blank line ends a paragraph; between indented chunks, code stays code.
        return LineKind.BLANK, _CHUNK_START | (state & (_IN_LIST | _IN_CODE))
    first = line[0]
    if first in "`~":
        opening = fence_opening(line)
        if opening is not None and closer_below(opening.fence):
            # The renderer puts the block in a paragraph of its own, which ends a list.
            return LineKind.FENCE_OPEN, _fence_state(opening.fence)
    elif first == "#":
        return LineKind.HEADING, _CHUNK_START
    elif first in " \t":
        indent = _indent(line)
        if indent >= TAB_LENGTH:
            in_list = state & _IN_LIST
            code_indent = 2 * TAB_LENGTH if in_list else TAB_LENGTH
            if indent >= code_indent and state & (_CHUNK_START | _IN_CODE):
                return LineKind.INDENTED_CODE, _IN_CODE | in_list
            if state & _IN_CODE:  # less indented in an indented chunk: a list's own text
                return LineKind.TEXT, in_list
            # Indented text: continues the paragraph (or the list item) above it.
            return LineKind.TEXT, (state & _IN_LIST) | _AFTER_TEXT
    elif first in "=-" and state & _AFTER_TEXT and _SETEXT.fullmatch(line):
        return LineKind.SETEXT_UNDERLINE, _CHUNK_START | (state & _IN_LIST)
    if _ITEM.match(line):
        return LineKind.LIST_ITEM, _IN_LIST | _AFTER_TEXT
    # Text at the margin: a new chunk of it ends any list; a lazy line continues one.
    keep = state & _IN_LIST if not state & _CHUNK_START else 0
    return LineKind.TEXT, keep | _AFTER_TEXT


@dataclass(frozen=True)
class Heading:
    """A heading: its level, its text, and the 0-based line of that text."""

    level: int
    title: str
    line: int


@dataclass(frozen=True)
class BlockScan:
    """Every line's kind; ``kinds[i]`` is line ``i`` of the scanned text (0-based)."""

    kinds: tuple[LineKind, ...]
    lines: tuple[str, ...]
    body_start: int  # the first line after the front matter

    def is_code(self, line: int) -> bool:
        """True if line ``line`` is rendered inside ``<pre>`` (fence lines included)."""
        return self.kinds[line] in CODE_KINDS

    def code_lines(self) -> list[int]:
        """The lines rendered inside ``<pre>``, fence lines included."""
        return [i for i, kind in enumerate(self.kinds) if kind in CODE_KINDS]

    def headings(self) -> list[Heading]:
        """The top-level headings, in order."""
        result: list[Heading] = []
        for number, kind in enumerate(self.kinds):
            if kind is LineKind.HEADING:
                m = _ATX.fullmatch(self.lines[number].expandtabs(TAB_LENGTH))
                if m:
                    result.append(Heading(len(m.group(1)), m.group(2).strip(), number))
            elif kind is LineKind.SETEXT_UNDERLINE:
                level = 1 if self.lines[number][0] == "=" else 2
                result.append(Heading(level, self.lines[number - 1].strip(), number - 1))
        return result


def _closer_index(lines: list[str]) -> dict[str, list[int]]:
    """For each bare fence, the lines that consist of it (in order)."""
    found: dict[str, list[int]] = {}
    for number, line in enumerate(lines):
        if line[:3] in ("```", "~~~"):
            fence = closing_fence(line)
            if fence:
                found.setdefault(fence, []).append(number)
    return found


# First characters of lines that may be something other than paragraph text.
_NOT_PLAIN = frozenset(" \t`~#=-*+0123456789[")


def scan_lines(lines: list[str], body_start: int = 0) -> BlockScan:
    """Classify ``lines`` (a text split at "\\n"); those before ``body_start`` are front matter."""
    closers = _closer_index(lines)
    kinds: list[LineKind] = [LineKind.FRONT_MATTER] * body_start
    state = START
    number = body_start

    def closer_below(fence: str) -> bool:
        at = closers.get(fence)
        return bool(at) and bisect_right(at, number) < len(at)

    text = LineKind.TEXT
    for number in range(body_start, len(lines)):  # closer_below reads ``number``
        line = lines[number]
        # Fast path for the commonest line, plain text in a paragraph (what classify says).
        if (
            not state >> _FENCE_SHIFT
            and line
            and line[0] not in _NOT_PLAIN
            and not line.isspace()
        ):
            kinds.append(text)
            state = (state & _IN_LIST if not state & _CHUNK_START else 0) | _AFTER_TEXT
            continue
        kind, state = classify(line, state, closer_below)
        kinds.append(kind)
    return BlockScan(tuple(kinds), tuple(lines), body_start)


def scan_body(body: str) -> BlockScan:
    """Scan a Markdown body (no front matter), as the renderer reads it."""
    return scan_lines(body.split("\n"))


def scan(text: str) -> BlockScan:
    """Scan a whole article file: its front matter's lines, then its body."""
    start = body_offset(text)
    return scan_lines(text.split("\n"), text.count("\n", 0, start))
