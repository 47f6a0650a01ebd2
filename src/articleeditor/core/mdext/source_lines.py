"""Source-line anchors: ``data-line="N"`` on each top-level block, N the 1-based source line.

The preview uses them for scroll sync (editor line <-> preview block) and to diff the page
block by block. Python-Markdown keeps no positions, so the extension works them out:

* a recorder preprocessor keeps the lines as they were before any extension changed them;
* an aligner preprocessor, run last, maps the lines the block parser will see back to those
  (fenced code and raw HTML are collapsed into one placeholder line by earlier preprocessors);
* a block processor that never consumes anything notes, each time the parser starts a
  top-level chunk, which line that chunk starts on;
* a tree processor puts the line on the first element that chunk produced, and a
  postprocessor moves it from a placeholder paragraph onto the raw HTML that replaces it.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from bisect import bisect_left

from markdown import Markdown
from markdown.blockparser import BlockParser
from markdown.blockprocessors import BlockProcessor
from markdown.extensions import Extension
from markdown.postprocessors import Postprocessor
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor
from markdown.util import HTML_PLACEHOLDER

from articleeditor.core.blocks import closes, fence_opening

ATTRIBUTE = "data-line"
_PLACEHOLDER_RE = re.compile(HTML_PLACEHOLDER % r"([0-9]+)")
_WRAPPED_RE = re.compile(f'<p {ATTRIBUTE}="([0-9]+)">{HTML_PLACEHOLDER % r"([0-9]+)"}</p>')
_FIRST_TAG_RE = re.compile(r"^(\s*<[A-Za-z][A-Za-z0-9-]*)")
# How far ahead a changed line is looked for before it is taken as a one-for-one rewrite.
_RESYNC_WINDOW = 50


def align_lines(original: list[str], changed: list[str]) -> list[int]:
    """For each line of ``changed``, the 0-based index of the ``original`` line it came from.

    Linear when nothing changed; a placeholder line maps to the first line it replaced.
    """
    mapping = [0] * len(changed)
    i = 0
    count = len(original)
    for j, line in enumerate(changed):
        if i < count and original[i] == line:
            mapping[j] = i
            i += 1
        elif line == "":
            mapping[j] = min(i, max(count - 1, 0))  # a blank line a preprocessor inserted
        elif _PLACEHOLDER_RE.fullmatch(line.strip()):
            while i < count - 1 and original[i].strip() == "":
                i += 1
            mapping[j] = min(i, max(count - 1, 0))
            i = _block_end(original, i, _next_text_line(changed, j + 1))
        else:
            window = original[i : i + _RESYNC_WINDOW]
            if line in window:
                i += window.index(line)
            mapping[j] = min(i, max(count - 1, 0))
            i += 1
    return mapping


def _next_text_line(lines: list[str], start: int) -> str | None:
    """The next non-blank line, or None if it is another placeholder (or there is none)."""
    for line in lines[start:]:
        if line:
            return None if _PLACEHOLDER_RE.fullmatch(line.strip()) else line
    return None


def _block_end(original: list[str], start: int, following: str | None) -> int:
    """The index just past the block a preprocessor collapsed, starting at ``start``."""
    if start >= len(original):
        return len(original)
    opening = fence_opening(original[start])
    if opening is not None:  # fenced code, as core.blocks (and fenced_code) reads it
        for k in range(start + 1, len(original)):
            if closes(original[k], opening.fence):
                return k + 1
        return len(original)
    # Raw HTML: up to the line the parser sees next.
    if following is not None:
        for k in range(start + 1, len(original)):
            if original[k] == following:
                return k
    return start + 1


_NEWLINE = re.compile("\n")


class _State:
    """Per-conversion bookkeeping shared by the extension's processors."""

    def __init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        self.original: list[str] = []
        self.line_map: list[int] = []
        self.blocks_total_newlines = 0
        self.suffix_newlines: list[int] = []  # newlines in "\n\n".join(last k chunks)
        self.marks: list[tuple[int, int]] = []  # (index of first new root child, line)
        self.parsed = 0
        self.chunks: list[str] | None = None  # the root parse's own list of chunks
        self.originals: list[str] = []  # those chunks as the parser first got them
        self.unread = 0  # how many of them, at the tail of ``chunks``, are still unread
        self.newlines_of: tuple[str, list[int]] | None = None  # a chunk, its "\n" offsets


class _Recorder(Preprocessor):
    def __init__(self, md: Markdown, state: _State) -> None:
        super().__init__(md)
        self.state = state

    def run(self, lines: list[str]) -> list[str]:
        self.state.reset()
        self.state.original = list(lines)
        return lines


class _Aligner(Preprocessor):
    def __init__(self, md: Markdown, state: _State) -> None:
        super().__init__(md)
        self.state = state

    def run(self, lines: list[str]) -> list[str]:
        self.state.line_map = align_lines(self.state.original, lines)
        return lines


class _ChunkMarker(BlockProcessor):
    """Consumes nothing: notes the source line of each top-level chunk as parsing reaches it."""

    def __init__(self, parser: BlockParser, state: _State) -> None:
        super().__init__(parser)
        self.state = state

    def test(self, parent: etree.Element, block: str) -> bool:
        return parent is self.parser.root

    def run(self, parent: etree.Element, blocks: list[str]) -> bool:
        state = self.state
        if state.chunks is None:
            # The root chunks are "\n".join(lines).split("\n\n"); processors only ever take
            # from and put back at the head, so the tail stays the original chunks.
            state.chunks = blocks
            counts = [chunk.count("\n") for chunk in blocks]
            state.blocks_total_newlines = sum(counts) + 2 * (len(counts) - 1)
            suffix = [0] * (len(counts) + 1)
            for k in range(1, len(counts) + 1):
                suffix[k] = suffix[k - 1] + counts[-k] + (2 if k > 1 else 0)
            state.suffix_newlines = suffix
            state.originals = list(blocks)
            state.unread = len(blocks)
        elif blocks is not state.chunks:
            return False  # a processor parsing part of a chunk on its own (e.g. a quote's lead)
        self._note(parent, blocks, None)
        return False  # never consumes: the real processors handle the chunk

    def note_suffix(self, parent: etree.Element, blocks: list[str], block: str, start: int) -> bool:
        """Note what :meth:`run` would if ``block[start:]`` were put back at the head of
        ``blocks``, without building it (a heading processor going on through its block);
        False, nothing noted, when that needs the text."""
        state = self.state
        if parent is not self.parser.root:
            return True  # not tested: nothing to note
        if state.chunks is None or len(block) - start < _COUNTED:
            return False  # a short piece is counted (and may be a shared one-character str)
        if blocks is not state.chunks:
            return True
        return self._note(parent, blocks, (block, start))

    def _note(self, parent: etree.Element, blocks: list[str], head: tuple[str, int] | None) -> bool:
        """Note the source line of the head of ``blocks``, or of ``head`` (``block[start:]``,
        a fresh string) standing before them; False if ``head`` must be built to count it."""
        state = self.state
        extra = 0 if head is None else 1
        size = len(blocks) + extra
        # Processors take from the head and may put pieces of a chunk back there (a link
        # definition taken out of a paragraph): the tail is the original chunks not yet read.
        originals = state.originals
        while state.unread and (
            size < state.unread
            or size - state.unread < extra  # ``head``, new, is no original
            or blocks[size - state.unread - extra] is not originals[len(originals) - state.unread]
        ):
            state.unread -= 1
        pieces = blocks[: size - state.unread - extra]
        remaining = state.suffix_newlines[state.unread]
        current = (
            originals[len(originals) - state.unread - 1] if state.unread < len(originals) else ""
        )
        if head is not None:
            counted = _suffix_newlines(state, current, *head)
            if counted is None:
                return False
            remaining += counted
            pieces_count = len(pieces) + 1
            text, start = head
            lead = 0
            while start + lead < len(text) and text[start + lead] == "\n":
                lead += 1
        else:
            pieces_count = len(pieces)
            first = blocks[0]
            lead = len(first) - len(first.lstrip("\n"))
        if pieces_count:
            remaining += sum(_newlines(state, current, piece) for piece in pieces)
            remaining += 2 * (pieces_count - 1)
            remaining += 2 if state.unread else 0
        line = state.blocks_total_newlines - remaining + lead
        if state.line_map:
            line = state.line_map[min(max(line, 0), len(state.line_map) - 1)]
        state.marks.append((len(parent), line + 1))
        return True


# A piece shorter than this is counted; a longer one that is the tail of the chunk being read
# (a heading or other line taken off its top) is found in that chunk's table of newlines.
# Counting it would take time in the square of the chunk's length (40,000 headings on
# consecutive lines took 5 s); the check that it is that tail compares samples of it.
_COUNTED = 4096
_SAMPLE = 256


def _newlines(state: _State, chunk: str, piece: str) -> int:
    """Newlines in ``piece``, a part of ``chunk`` (the root chunk being read)."""
    size = len(piece)
    offset = len(chunk) - size
    if size < _COUNTED or offset < 0:
        return piece.count("\n")
    middle = size // 2
    if not (
        chunk.startswith(piece[:_SAMPLE], offset)
        and chunk.startswith(piece[middle : middle + _SAMPLE], offset + middle)
        and chunk.endswith(piece[-_SAMPLE:])
    ):
        return piece.count("\n")
    if state.newlines_of is None or state.newlines_of[0] is not chunk:
        state.newlines_of = (chunk, [m.start() for m in _NEWLINE.finditer(chunk)])
    positions = state.newlines_of[1]
    return len(positions) - bisect_left(positions, offset)


def _suffix_newlines(state: _State, chunk: str, block: str, start: int) -> int | None:
    """:func:`_newlines` of ``block[start:]`` (at least ``_COUNTED`` long) without building
    it; None when that would count it character by character."""
    size = len(block) - start
    offset = len(chunk) - size
    middle = size // 2
    if offset < 0 or not (
        chunk.startswith(block[start : start + _SAMPLE], offset)
        and chunk.startswith(block[start + middle : start + middle + _SAMPLE], offset + middle)
        and chunk.endswith(block[-_SAMPLE:])
    ):
        return None
    if state.newlines_of is None or state.newlines_of[0] is not chunk:
        state.newlines_of = (chunk, [m.start() for m in _NEWLINE.finditer(chunk)])
    positions = state.newlines_of[1]
    return len(positions) - bisect_left(positions, offset)


class _ParsedCount(Treeprocessor):
    """Runs first: how many top-level elements the parser made (later ones are appended by
    tree processors, such as the footnotes, and have no source line of their own)."""

    def __init__(self, md: Markdown, state: _State) -> None:
        super().__init__(md)
        self.state = state

    def run(self, root: etree.Element) -> None:
        self.state.parsed = len(root)


class _Annotator(Treeprocessor):
    def __init__(self, md: Markdown, state: _State) -> None:
        super().__init__(md)
        self.state = state

    def run(self, root: etree.Element) -> None:
        children = list(root)
        # A chunk that made no element of its own (blank, or a list item continued) shares
        # its index with the next chunk; the last chunk noted at an index made that element.
        for index, line in dict(self.state.marks).items():
            if index < min(len(children), self.state.parsed) and (
                ATTRIBUTE not in children[index].attrib
            ):
                children[index].set(ATTRIBUTE, str(line))


class _PlaceholderLines(Postprocessor):
    """Moves ``data-line`` from ``<p>placeholder</p>`` onto the raw HTML that replaces it."""

    def run(self, text: str) -> str:
        stash = self.md.htmlStash

        def move(match: re.Match[str]) -> str:
            line, key = match.group(1), int(match.group(2))
            placeholder = HTML_PLACEHOLDER % key
            if key >= stash.html_counter:
                return f"<p>{placeholder}</p>"
            block = str(stash.rawHtmlBlocks[key])
            if _FIRST_TAG_RE.match(block):
                stash.rawHtmlBlocks[key] = _FIRST_TAG_RE.sub(
                    lambda m: f'{m.group(1)} {ATTRIBUTE}="{line}"', block, count=1
                )
                return placeholder
            return f"<p>{placeholder}</p>"

        return _WRAPPED_RE.sub(move, text)


class SourceLineExtension(Extension):
    """Adds ``data-line`` (1-based source line) to every top-level block element."""

    def extendMarkdown(self, md: Markdown) -> None:
        state = _State()
        # After normalize_whitespace (30), before fenced code (25) and raw HTML (20).
        md.preprocessors.register(_Recorder(md, state), "source_lines_record", 29)
        md.preprocessors.register(_Aligner(md, state), "source_lines_align", 1)
        md.parser.blockprocessors.register(_ChunkMarker(md.parser, state), "source_lines", 1000)
        md.treeprocessors.register(_ParsedCount(md, state), "source_lines_count", 1000)
        # After toc, attr_list and codehilite (which swaps code blocks for placeholders).
        md.treeprocessors.register(_Annotator(md, state), "source_lines", 2)
        md.postprocessors.register(_PlaceholderLines(md), "source_lines", 35)
