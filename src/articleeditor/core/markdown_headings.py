"""``#`` headings on consecutive lines, parsed in time linear in the block that holds them.

Python-Markdown's ``HashHeaderProcessor`` takes the first heading of a block and puts the rest
of the block back as a new string (``blocks.insert(0, block[m.end():])``), so a block of n
heading lines with no blank line between them is copied n times: 1 MB of ``# a {`` lines spent
some 2.4 s copying, four times that for twice the text. :class:`LinearHashHeader` goes on
through the same block instead, heading after heading, while the parser would hand the rest
straight back to it, and puts back one copy of what is left when it stops.

"Straight back" is decided exactly: the processors that the parser asks first must all say
no to the rest of the block, which is known for the stock ones from its first line or rows
(:data:`_AHEAD_OF_HEADINGS`). A processor that only observes (the source-line marker, which
returns False from ``run``) takes part through ``note_suffix(parent, blocks, block, start)``:
it notes what its ``run`` would for ``block[start:]`` at the head of ``blocks``, or returns
False (having noted nothing) when it needs that text built. Any other processor ahead of
headings, or a different heading pattern, and the stock behaviour runs unchanged.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree
from typing import Any

from markdown.blockprocessors import (
    CodeBlockProcessor,
    EmptyBlockProcessor,
    HashHeaderProcessor,
    ListIndentProcessor,
)
from markdown.extensions.def_list import DefListIndentProcessor
from markdown.extensions.tables import TableProcessor

# The heading pattern this module's reasoning holds for (Python-Markdown 3.11): a match that
# starts at a line's beginning ends at or before that line's newline, and the pattern starts
# with ``(?:^|\n)``, so searching ``block`` from the newline before ``start`` finds what
# searching ``block[start:]`` finds, ``start`` places further on.
_ANALYSED_PATTERN = r"(?:^|\n)(?P<level>#{1,6})(?P<header>(?:\\.|[^\\#]|#+(?=[^#\n]))*?)#*(?:\n|$)"
# A shorter rest is put back as it is (copying it costs little).
_LONG_REST = 4096

# Processors whose test of a block is False when the block starts with a line that is not
# blank, not indented by a tab's width, and (for tables) is not a table's first row.
_INDENT_TESTED = (ListIndentProcessor, DefListIndentProcessor, CodeBlockProcessor)


def _declines(processor: Any, block: str, start: int) -> bool | None:
    """Whether ``processor`` tests False on ``block[start:]`` (known from its first lines), or
    None for a processor this module does not know."""
    kind = type(processor)
    if kind is EmptyBlockProcessor:
        return block[start] != "\n"  # the rest is not empty (the caller checks)
    if kind in _INDENT_TESTED:
        return not block.startswith(" " * processor.tab_length, start)
    if hasattr(processor, "test_suffix"):  # markdown_bounds' table test, reading rows lazily
        return not processor.test_suffix(block, start)
    if kind is TableProcessor:
        end = block.find("\n", start)
        # A first row without a pipe is one cell and no border: never a table.
        return "|" not in block[start : end if end >= 0 else len(block)]
    return None


class LinearHashHeader(HashHeaderProcessor):
    """``HashHeaderProcessor`` parsing the rest of its block in place (same elements)."""

    def run(self, parent: etree.Element, blocks: list[str]) -> None:
        block = blocks[0]
        m = self.RE.search(block)
        if (
            m is None
            or len(block) - m.end() < _LONG_REST
            or self.RE is not HashHeaderProcessor.RE
            or self.RE.pattern != _ANALYSED_PATTERN
        ):
            super().run(parent, blocks)
            return
        ahead = self._processors_ahead()
        if ahead is None:
            super().run(parent, blocks)
            return
        blocks.pop(0)
        start = self._heading(parent, block, m, 0)
        while len(block) - start >= _LONG_REST:
            following = self._following(parent, blocks, block, start, ahead)
            if following is None:
                break
            start = self._heading(parent, block, following, start)
        # What is left goes back as the stock processor puts its rest back.
        if start < len(block):
            rest = block[start:]
            if self.parser.state.isstate("looselist"):
                rest = self.looseDetab(rest)
            blocks.insert(0, rest)

    def _processors_ahead(self) -> tuple[list[Any], list[Any]] | None:
        """The processors the parser asks before this one: (those known to decline, the
        observers); None if one is neither."""
        declining: list[Any] = []
        observers: list[Any] = []
        for processor in self.parser.blockprocessors:
            if processor is self:
                return declining, observers
            if hasattr(processor, "note_suffix"):
                observers.append(processor)
            elif _declines(processor, "x", 0) is None:
                return None
            else:
                declining.append(processor)
        return None

    def _following(
        self,
        parent: etree.Element,
        blocks: list[str],
        block: str,
        start: int,
        ahead: tuple[list[Any], list[Any]],
    ) -> Any:
        """The heading match the parser would give this processor for ``block[start:]`` put
        back at the head of ``blocks``, its observers told; None if it would not (or might
        not) come back here, nothing noted."""
        declining, observers = ahead
        if block[start - 1] != "\n" or self.parser.state.isstate("looselist"):
            return None
        if not all(_declines(processor, block, start) for processor in declining):
            return None
        m = self.RE.search(block, start - 1)
        if m is None or len(observers) > 1:
            return None  # with two observers, a refusal by the second would leave a note
        for observer in observers:
            if not observer.note_suffix(parent, blocks, block, start):
                return None
        return m

    def _heading(self, parent: etree.Element, block: str, m: Any, start: int) -> int:
        """What ``run`` does with the heading ``m`` of ``block[start:]``; where the rest starts."""
        before = block[start : m.start()]
        if before:
            # Lines before the heading are parsed first, as a block of their own.
            self.parser.parseBlocks(parent, [before])
        h = etree.SubElement(parent, f"h{len(m.group('level'))}")
        h.text = m.group("header").strip()
        end: int = m.end()
        return end
