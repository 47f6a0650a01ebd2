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
  heading, a rule or a fence), except where the indentation continues a list item or a
  footnote (there four more spaces per level make code);
* a list cannot interrupt a paragraph; a chunk that starts indented under a list item
  belongs to the item whole (a heading in it is the item's);
* an ATX heading's "#" is at the margin (no space needed after it); a setext underline
  ("===" or "---" at the margin) makes the line above it a heading when that line starts a
  chunk (after a blank line, a heading, a fence or indented code), not inside a paragraph.

:func:`classify` reads one line given the state after the line above it (an ``int``, so the
editor's ``QSyntaxHighlighter`` can keep it as its block state); :func:`scan` runs it over a
whole text. Only an opening fence needs to look ahead (is there a closer?); the caller
answers that, so the whole-document scan stays linear.

Not modelled, so there the readers may still differ from the preview: raw HTML blocks (a
"# line" inside ``<div>`` is a heading here), the inside of block quotes (code in a quote is
text here, and the lines a quote takes lazily are read only roughly), lists nested in list
items past the simple cases (an item inside a chunk that began indented), where a footnote
definition's indented lines end (two blank lines end them), and CriticMarkup marks around
fence lines (accepted before fences are read).
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
# A longer fence is read as text (the renderer would take it): its length must fit the state,
# which the editor keeps in a C int. No article has a fence of 65,536 backticks.
MAX_FENCE = 65_535


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
    RULE = 10  # a horizontal rule ("---", "* * *") that is not a setext underline


#: Kinds whose lines the renderer puts inside ``<pre>`` (the fence lines themselves included).
CODE_KINDS = frozenset(
    {LineKind.FENCE_OPEN, LineKind.FENCE_CODE, LineKind.FENCE_CLOSE, LineKind.INDENTED_CODE}
)

# ----- the state after a line, packed in an int -------------------------------------------
# Bits 0-5 are flags, 6-7 the list depth; from bit 9 up, the open fence's length (0: none),
# bit 8 its character.
_CHUNK_START = 1  # the next line starts a new chunk (after a blank line, a heading, a fence)
_SUB_START = 2  # in such a chunk (below), the next line starts a block (after a heading)
_IN_CODE = 4  # the line was indented code, which indented lines continue
_QUOTE_CHUNK = 32  # this chunk holds a block quote: the lines after it are the quote's
_LIST_CHUNK = 16  # this chunk began indented under a list item: all of it belongs to the item
_AFTER_TEXT = 8  # the line was a chunk's first line, which a setext underline makes a heading
# Bits 6-7: how deep in lists the text is (0: not in a list; 3 stands for 3 or more), which
# sets how far code is indented there.
_LIST = 64 | 128
_LIST_1 = 64
_TILDE = 256
_FENCE_SHIFT = 9

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
_SETEXT = re.compile(r"(?:=+|-+)[ ]*")
# A horizontal rule; anywhere in a chunk, it splits it (the line after starts a new chunk).
_RULE = re.compile(r"[ ]{0,3}(?:(?:-[ ]{0,2}){3,}|(?:_[ ]{0,2}){3,}|(?:\*[ ]{0,2}){3,})")
# Python-Markdown's list starts (sane_lists: "1." only) and footnote definitions.
_ITEM = re.compile(r"[ ]{0,3}(?:[*+-]|\d+\.)[ ]+\S|\[\^[^\]]+\]:")
_NOTE = re.compile(r"[ ]{0,3}\[\^[^\]]*\]:")


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
    if len(fence) > MAX_FENCE:
        return None
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


_FENCE_START = re.compile(r"^(?:`{3,}|~{3,})", re.MULTILINE)


def fenced_blocks(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` offsets of each fenced block of a body: from its opening line to just
    past its closing line.

    Fences need no block context (``fenced_code`` finds them before any block is parsed), so
    this finds the same fences as :func:`scan` with regular expressions alone, for readers
    that want only them and must be quick (the section split runs on every edit).
    """
    found: list[tuple[int, int]] = []
    closers: dict[str, re.Pattern[str]] = {}
    unclosed: set[str] = set()  # fences with no closer after some earlier line: none later
    position = 0
    while (m := _FENCE_START.search(text, position)) is not None:
        start = m.start()
        line_end = text.find("\n", start)
        if line_end < 0:
            break
        opening = fence_opening(text[start:line_end])
        fence = opening.fence if opening is not None else ""
        closer = None
        if fence and fence not in unclosed:
            pattern = closers.get(fence)
            if pattern is None:
                pattern = re.compile(f"^{re.escape(fence)}[ \t]*$", re.MULTILINE)
                closers[fence] = pattern
            closer = pattern.search(text, line_end + 1)
            if closer is None:
                unclosed.add(fence)
        if closer is None:
            position = line_end + 1
            continue
        end = closer.end() + 1 if text.startswith("\n", closer.end()) else closer.end()
        found.append((start, end))
        position = end
    return found


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
        return LineKind.BLANK, _CHUNK_START | (state & (_LIST | _IN_CODE))
    first = line[0]
    if first in "`~":
        opening = fence_opening(line)
        if opening is not None and closer_below(opening.fence):
            # The renderer puts the block in a paragraph of its own, which ends a list.
            return LineKind.FENCE_OPEN, _fence_state(opening.fence)
    if state & _LIST_CHUNK and (first not in " \t" or _indent(line) < TAB_LENGTH):
        # The rest of a chunk that began indented under a list item belongs to the item,
        # whatever it holds (a heading there is the item's own).
        if first == "#":
            return LineKind.HEADING, (state & _LIST) | _LIST_CHUNK | _SUB_START
        if state & _AFTER_TEXT and _SETEXT.fullmatch(line):
            return LineKind.SETEXT_UNDERLINE, (state & _LIST) | _LIST_CHUNK | _SUB_START
        if _RULE.fullmatch(line):
            return LineKind.RULE, (state & _LIST) | _LIST_CHUNK | _SUB_START
        # After a heading or code in the item, a list in it (a level deeper) may start.
        if state & (_SUB_START | _IN_CODE) and _ITEM.match(line):
            return LineKind.LIST_ITEM, min((state & _LIST) + _LIST_1, _LIST) | _LIST_CHUNK
        first_of_block = _AFTER_TEXT if state & (_SUB_START | _IN_CODE) else 0
        # (A list cannot interrupt text.)
        return LineKind.TEXT, (state & _LIST) | _LIST_CHUNK | first_of_block
    if first == "#":
        return LineKind.HEADING, _CHUNK_START
    if first in " \t":
        indent = _indent(line)
        depth = (state & _LIST) // _LIST_1
        if indent >= TAB_LENGTH and depth:
            # Under a list item four spaces a level continue the item; four more make code.
            chunk = _LIST_CHUNK if state & (_CHUNK_START | _IN_CODE) else state & _LIST_CHUNK
            if indent >= TAB_LENGTH * (depth + 1) and state & (_CHUNK_START | _IN_CODE):
                return LineKind.INDENTED_CODE, _IN_CODE | (state & _LIST) | _LIST_CHUNK
            starts_block = state & (_CHUNK_START | _IN_CODE | _SUB_START) or not chunk
            if starts_block and _ITEM.match(line, indent - indent % TAB_LENGTH):
                nested = min(indent // TAB_LENGTH + 1, 3) * _LIST_1
                return LineKind.LIST_ITEM, nested | chunk
            first_of_block = _AFTER_TEXT if state & (_CHUNK_START | _IN_CODE) else 0
            if state & _CHUNK_START:
                # A chunk indented for an outer item goes to that item: deeper lists end.
                depth = max(1, min(depth, indent // TAB_LENGTH))
            return LineKind.TEXT, depth * _LIST_1 | chunk | first_of_block
        if indent >= TAB_LENGTH:
            if state & (_CHUNK_START | _IN_CODE):
                return LineKind.INDENTED_CODE, _IN_CODE
            return LineKind.TEXT, 0  # indented text continues the paragraph above it
    elif first in "=-" and state & _AFTER_TEXT and _SETEXT.fullmatch(line):
        return LineKind.SETEXT_UNDERLINE, _CHUNK_START
    bare = line.strip(" ")
    if bare[:1] in ("-", "_", "*") and not bare.strip(bare[0] + " ") and _RULE.fullmatch(line):
        return LineKind.RULE, _CHUNK_START
    # Python-Markdown reads a setext heading only at the start of a chunk (a line after
    # indented code starts one too: the code block hands the rest back as a new chunk).
    first_of_chunk = _AFTER_TEXT if state & (_CHUNK_START | _IN_CODE) else 0
    # Text at the margin: a new chunk of it ends any list; a lazy line continues one.
    keep = state & _LIST if not state & _CHUNK_START else 0
    if state & _QUOTE_CHUNK or line.lstrip(" ")[:1] == ">":
        # A block quote takes the rest of its chunk, list items and footnotes included.
        return LineKind.TEXT, keep | first_of_chunk | _QUOTE_CHUNK
    # A list starts a chunk (it cannot interrupt a paragraph) and takes the items under it.
    if state & (_CHUNK_START | _IN_CODE | _LIST) and _ITEM.match(line):
        return LineKind.LIST_ITEM, _LIST_1 | first_of_chunk
    if _NOTE.match(line):  # a footnote definition, found anywhere in a chunk
        return LineKind.LIST_ITEM, _LIST_1
    return LineKind.TEXT, keep | first_of_chunk


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
    heading_lines: tuple[int, ...] = ()  # lines of kind HEADING or SETEXT_UNDERLINE

    def is_code(self, line: int) -> bool:
        """True if line ``line`` is rendered inside ``<pre>`` (fence lines included)."""
        return self.kinds[line] in CODE_KINDS

    def code_lines(self) -> list[int]:
        """The lines rendered inside ``<pre>``, fence lines included."""
        return [i for i, kind in enumerate(self.kinds) if kind in CODE_KINDS]

    def headings(self) -> list[Heading]:
        """The top-level headings, in order."""
        result: list[Heading] = []
        for number in self.heading_lines:
            kind = self.kinds[number]
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
_NOT_PLAIN = frozenset(" \t`~#=-_*+0123456789[>")


def scan_lines(lines: list[str], body_start: int = 0) -> BlockScan:
    """Classify ``lines`` (a text split at "\\n"); those before ``body_start`` are front matter."""
    closers = _closer_index(lines)
    kinds: list[LineKind] = [LineKind.FRONT_MATTER] * body_start
    state = START
    number = body_start

    def closer_below(fence: str) -> bool:
        at = closers.get(fence)
        return at is not None and bisect_right(at, number) < len(at)

    text, blank = LineKind.TEXT, LineKind.BLANK
    heading, underline = LineKind.HEADING, LineKind.SETEXT_UNDERLINE
    headings: list[int] = []
    for number in range(body_start, len(lines)):  # closer_below reads ``number``
        line = lines[number]
        # Fast paths for the commonest lines, blank and plain text (what classify says).
        if not line and not state >> _FENCE_SHIFT:
            kinds.append(blank)
            state = _CHUNK_START | (state & (_LIST | _IN_CODE))
            continue
        if (
            not state >> _FENCE_SHIFT
            and not state & (_LIST_CHUNK | _QUOTE_CHUNK)
            and line
            and line[0] not in _NOT_PLAIN
            and not line.isspace()
        ):
            kinds.append(text)
            if state & _CHUNK_START:
                state = _AFTER_TEXT
            else:
                state = (state & _LIST) | (_AFTER_TEXT if state & _IN_CODE else 0)
            continue
        kind, state = classify(line, state, closer_below)
        kinds.append(kind)
        if kind is heading or kind is underline:
            headings.append(number)
    return BlockScan(tuple(kinds), tuple(lines), body_start, tuple(headings))


def scan_body(body: str) -> BlockScan:
    """Scan a Markdown body (no front matter), as the renderer reads it."""
    return scan_lines(body.split("\n"))


def scan(text: str) -> BlockScan:
    """Scan a whole article file: its front matter's lines, then its body."""
    start = body_offset(text)
    return scan_lines(text.split("\n"), text.count("\n", 0, start))
