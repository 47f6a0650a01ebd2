"""Headings, thematic breaks and abbreviation definitions on consecutive lines, parsed in time
linear in their block.

Python-Markdown's ``HashHeaderProcessor`` takes the first heading of a block and puts the rest
of the block back as a new string (``blocks.insert(0, block[m.end():])``), so a block of n
heading lines with no blank line between them is copied n times: 1 MB of ``# a {`` lines spent
some 2.4 s copying, four times that for twice the text. :class:`LinearHashHeader` goes on
through the same block instead, heading after heading, while the parser would hand the rest
straight back to it, and puts back one copy of what is left when it stops.

"Straight back" is decided exactly: the processors that the parser asks first must all say
no to the rest of the block, which is known for the stock ones from its first line or rows
(:class:`_Ahead`). A processor that only observes (the source-line marker, which
returns False from ``run``) takes part through ``note_suffix(parent, blocks, block, start)``:
it notes what its ``run`` would for ``block[start:]`` at the head of ``blocks``, or returns
False (having noted nothing) when it needs that text built. Any other processor ahead of
headings, or a different heading pattern, and the stock behaviour runs unchanged.

Setext headings (``a`` then ``===``) and thematic breaks (``***``) did the same and worse: the
setext processor splits its whole block into lines for each heading, and every processor after
``#`` headings makes the parser ask the ``#`` heading test, which searches the whole rest, once
a line. :class:`LinearSetextHeader` and :class:`LinearHorizontalRule` go on in place the same
way; the ``#`` test of the rest is answered by one search that is kept while it stays ahead.
Abbreviation definitions (``*[A]: b``, a glossary) come after yet more such tests (block
quotes, definition lists, footnotes, list items): :class:`LinearAbbreviations` answers each
searching test with one search kept the same way and list items from the rest's first line.
(A searching test that said no to the whole block says no to each of its rests; the searches
are kept as a check that costs one pass.)
"""

from __future__ import annotations

import xml.etree.ElementTree as etree
from typing import Any

from markdown.blockprocessors import (
    BlockQuoteProcessor,
    CodeBlockProcessor,
    EmptyBlockProcessor,
    HashHeaderProcessor,
    HRProcessor,
    ListIndentProcessor,
    OListProcessor,
    SetextHeaderProcessor,
    UListProcessor,
)
from markdown.extensions.abbr import AbbrBlockprocessor
from markdown.extensions.def_list import DefListIndentProcessor, DefListProcessor
from markdown.extensions.footnotes import FootnoteBlockProcessor
from markdown.extensions.sane_lists import SaneOListProcessor, SaneUListProcessor
from markdown.extensions.tables import TableProcessor

# The heading pattern this module's reasoning holds for (Python-Markdown 3.11): a match that
# starts at a line's beginning ends at or before that line's newline, and the pattern starts
# with ``(?:^|\n)``, so searching ``block`` from the newline before ``start`` finds what
# searching ``block[start:]`` finds, ``start`` places further on.
_ANALYSED_PATTERN = r"(?:^|\n)(?P<level>#{1,6})(?P<header>(?:\\.|[^\\#]|#+(?=[^#\n]))*?)#*(?:\n|$)"
# The setext pattern this module's reasoning holds for: it matches the first two lines only, and
# matching it at ``start`` (after a newline, MULTILINE) finds what matching ``block[start:]`` does.
_ANALYSED_SETEXT = r"^.*?\n(?:=+|-+)[ ]*(\n|$)"
# The thematic break pattern: one line, MULTILINE, no look-behind, so searching ``block`` from
# ``start`` (after a newline) finds what searching ``block[start:]`` finds.
_ANALYSED_BREAK = (
    r"^[ ]{0,3}(?=(?P<atomicgroup>(-+[ ]{0,2}){3,}|(_+[ ]{0,2}){3,}|(\*+[ ]{0,2}){3,}))"
    r"(?P=atomicgroup)[ ]*$"
)
# Patterns searched for anywhere in a block: no match from one start means none from any later
# one. "(^|\n)" patterns are searched from the newline before the start, MULTILINE "^" ones from
# the start (the processor's test, or for footnotes its run, is False exactly when none is found).
_SEARCHED_FROM_NEWLINE = {
    BlockQuoteProcessor: r"(^|\n)[ ]{0,3}>[ ]?(.*)",
    DefListProcessor: r"(^|\n)[ ]{0,3}:[ ]{1,3}(.*?)(\n|$)",
}
_SEARCHED_FROM_START = {
    HRProcessor: _ANALYSED_BREAK,
    FootnoteBlockProcessor: r"^[ ]{0,3}\[\^([^\]]*)\]:[ ]*(.*)$",
}
# List items: their test matches one line, the first ("^" only at the string's start).
_ITEM_PATTERNS = {
    OListProcessor: r"^[ ]{0,%d}\d+\.[ ]+(.*)",
    SaneOListProcessor: r"^[ ]{0,%d}\d+\.[ ]+(.*)",
    UListProcessor: r"^[ ]{0,%d}[*+-][ ]+(.*)",
    SaneUListProcessor: r"^[ ]{0,%d}[*+-][ ]+(.*)",
}
_ANALYSED_ABBREVIATION = r"^[*]\[(?P<abbr>[^\\]*?)\][ ]?:[ ]*\n?[ ]*(?P<title>.*)$"
# A shorter rest is put back as it is (copying it costs little).
_LONG_REST = 4096

# Processors whose test of a block is False when the block starts with a line that is not
# blank, not indented by a tab's width, and (for tables) is not a table's first row.
_INDENT_TESTED = (ListIndentProcessor, DefListIndentProcessor, CodeBlockProcessor)


def _analysed_hash(processor: Any) -> bool:
    return isinstance(processor, HashHeaderProcessor) and (
        processor.RE is HashHeaderProcessor.RE and processor.RE.pattern == _ANALYSED_PATTERN
    )


def _analysed_setext(processor: Any) -> bool:
    return isinstance(processor, SetextHeaderProcessor) and (
        processor.RE is SetextHeaderProcessor.RE and processor.RE.pattern == _ANALYSED_SETEXT
    )


def _searched(processor: Any) -> Any:
    """The pattern whose search decides ``processor``'s test, if this module knows it."""
    kind = type(processor)
    if isinstance(processor, HRProcessor) and kind.test is HRProcessor.test:
        kind = HRProcessor  # this module's own rule processor tests as the stock one
    expected = _SEARCHED_FROM_NEWLINE.get(kind) or _SEARCHED_FROM_START.get(kind)
    pattern = getattr(processor, "SEARCH_RE" if kind is HRProcessor else "RE", None)
    if expected is None or pattern is None or pattern.pattern != expected:
        return None
    if kind is HRProcessor and pattern is not HRProcessor.SEARCH_RE:
        return None
    return pattern


def _item_pattern(processor: Any) -> Any:
    kind = type(processor)
    pattern = getattr(processor, "RE", None)
    expected = _ITEM_PATTERNS.get(kind)
    if expected is None or pattern is None:
        return None
    return pattern if pattern.pattern == expected % (processor.tab_length - 1) else None


def _known(processor: Any) -> bool:
    """Whether :meth:`_Ahead.declines` can answer for ``processor``."""
    kind = type(processor)
    return (
        _searched(processor) is not None
        or _item_pattern(processor) is not None
        or kind is EmptyBlockProcessor
        or kind in _INDENT_TESTED
        or hasattr(processor, "test_suffix")
        or kind is TableProcessor
        or _analysed_hash(processor)
        or _analysed_setext(processor)
    )


class _Ahead:
    """The processors the parser asks before one that goes on through its block: those known
    to decline a rest (:meth:`declines`) and the observers (``note_suffix``)."""

    def __init__(self, declining: list[Any], observers: list[Any]) -> None:
        self.declining = declining
        self.observers = observers
        # Per processor, where from the block holds nothing its search finds (one search
        # answers every later rest).
        self._nothing_from: dict[int, int] = {}

    @classmethod
    def of(cls, target: Any) -> _Ahead | None:
        """The processors ``target``'s parser asks before it; None if one is not known."""
        declining: list[Any] = []
        observers: list[Any] = []
        for processor in target.parser.blockprocessors:
            if processor is target:
                return cls(declining, observers)
            if hasattr(processor, "note_suffix"):
                observers.append(processor)
            elif _known(processor):
                declining.append(processor)
            else:
                return None
        return None

    def all_decline(self, block: str, start: int) -> bool:
        """Whether every declining processor tests False on ``block[start:]`` (``start`` > 0
        just after a newline, the rest not empty)."""
        return all(self._declines(processor, block, start) for processor in self.declining)

    def note(self, parent: etree.Element, blocks: list[str], block: str, start: int) -> bool:
        """Tell the observers of ``block[start:]`` at the head of ``blocks``; False, nothing
        noted, if one needs the text built."""
        if len(self.observers) > 1:
            return False  # a refusal by the second would leave the first one's note
        return all(o.note_suffix(parent, blocks, block, start) for o in self.observers)

    def _declines(self, processor: Any, block: str, start: int) -> bool:
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
        if _analysed_setext(processor):
            return processor.RE.match(block, start) is None
        item = _item_pattern(processor)
        if item is not None:
            end = block.find("\n", start)
            return item.match(block[start : end if end >= 0 else len(block)]) is None
        if _analysed_hash(processor):
            return self._finds_nothing(processor, processor.RE, block, start - 1)
        pattern = _searched(processor)
        if pattern is not None:
            from_newline = type(processor) in _SEARCHED_FROM_NEWLINE
            return self._finds_nothing(processor, pattern, block, start - from_newline)
        return False  # not known (``of`` keeps such processors out)

    def _finds_nothing(self, processor: Any, pattern: Any, block: str, start: int) -> bool:
        known = self._nothing_from.get(id(processor))
        if known is not None and start >= known:
            return True
        if pattern.search(block, start) is not None:
            return False
        self._nothing_from[id(processor)] = start
        return True


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
        ahead = _Ahead.of(self)
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

    def _following(
        self,
        parent: etree.Element,
        blocks: list[str],
        block: str,
        start: int,
        ahead: _Ahead,
    ) -> Any:
        """The heading match the parser would give this processor for ``block[start:]`` put
        back at the head of ``blocks``, its observers told; None if it would not (or might
        not) come back here, nothing noted."""
        if block[start - 1] != "\n" or self.parser.state.isstate("looselist"):
            return None
        if not ahead.all_decline(block, start):
            return None
        m = self.RE.search(block, start - 1)
        if m is None or not ahead.note(parent, blocks, block, start):
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


class LinearSetextHeader(SetextHeaderProcessor):
    """``SetextHeaderProcessor`` parsing the rest of its block in place (same elements)."""

    def run(self, parent: etree.Element, blocks: list[str]) -> None:
        block = blocks[0]
        ahead = _Ahead.of(self) if _analysed_setext(self) else None
        if ahead is None or len(block) < _LONG_REST:
            super().run(parent, blocks)
            return
        blocks.pop(0)
        start: int | None = self._heading(parent, block, 0)
        while start is not None and len(block) - start >= _LONG_REST:
            if not (
                ahead.all_decline(block, start)
                and self.RE.match(block, start) is not None
                and ahead.note(parent, blocks, block, start)
            ):
                break
            start = self._heading(parent, block, start)
        # The stock processor puts back what follows the underline, even an empty string.
        if start is not None:
            blocks.insert(0, block[start:])

    def _heading(self, parent: etree.Element, block: str, start: int) -> int | None:
        """What ``run`` does with the heading at the top of ``block[start:]`` (a match of
        ``RE``); where the rest starts, None if the underline ends the block."""
        title_end = block.index("\n", start)
        underline_end = block.find("\n", title_end + 1)
        h = etree.SubElement(parent, "h1" if block[title_end + 1] == "=" else "h2")
        h.text = block[start:title_end].strip()
        return None if underline_end < 0 else underline_end + 1


class LinearHorizontalRule(HRProcessor):
    """``HRProcessor`` parsing the rest of its block in place (same elements)."""

    def run(self, parent: etree.Element, blocks: list[str]) -> None:
        block = blocks[0]
        ahead = None
        if self.SEARCH_RE is HRProcessor.SEARCH_RE and self.SEARCH_RE.pattern == _ANALYSED_BREAK:
            ahead = _Ahead.of(self)
        if ahead is None or len(block) - self.match.end() < _LONG_REST:
            super().run(parent, blocks)
            return
        blocks.pop(0)
        start = self._rule(parent, block, self.match, 0)
        while len(block) - start >= _LONG_REST:
            # ``start`` follows a newline (the rule's own); the rest does not start with one.
            if not ahead.all_decline(block, start):
                break
            m = self.SEARCH_RE.search(block, start)
            if m is None or not ahead.note(parent, blocks, block, start):
                break
            self.match = m  # as the stock test leaves it
            start = self._rule(parent, block, m, start)
        if start < len(block):
            blocks.insert(0, block[start:])

    def _rule(self, parent: etree.Element, block: str, m: Any, start: int) -> int:
        """What ``run`` does with the rule ``m`` of ``block[start:]``; where the rest starts
        (the newlines after the rule stripped, as the stock processor strips them)."""
        before = block[start : m.start()].rstrip("\n")
        if before:
            # Lines before the rule are parsed first, as a block of their own.
            self.parser.parseBlocks(parent, [before])
        etree.SubElement(parent, "hr")
        end: int = m.end()
        while end < len(block) and block[end] == "\n":
            end += 1
        return end


class LinearAbbreviations(AbbrBlockprocessor):
    """``AbbrBlockprocessor`` taking definitions on consecutive lines in place (same result)."""

    def run(self, parent: etree.Element, blocks: list[str]) -> bool:
        block = blocks[0]
        ahead = None
        if self.RE is AbbrBlockprocessor.RE and self.RE.pattern == _ANALYSED_ABBREVIATION:
            ahead = _Ahead.of(self)
        m = self.RE.match(block)
        if ahead is None or m is None or not self._clean(m) or len(block) - m.end() < _LONG_REST:
            return bool(super().run(parent, blocks))
        blocks.pop(0)
        # Where the text ends but for whitespace: a rest past it is dropped, as stock drops it.
        content_end = len(block.rstrip())
        start = self._define(m, block, content_end)
        while start is not None and len(block) - start >= _LONG_REST:
            if not ahead.all_decline(block, start):
                break
            m = self.RE.match(block, start)
            if not self._clean(m) or not ahead.note(parent, blocks, block, start):
                break
            start = self._define(m, block, content_end)
        if start is not None:
            blocks.insert(0, block[start:])
        return True

    @staticmethod
    def _clean(m: Any) -> bool:
        """Whether ``m``, at the head of the rest, is a definition the stock run takes."""
        return m is not None and bool(m.group("abbr").strip() and m.group("title").strip())

    def _define(self, m: Any, block: str, content_end: int) -> int | None:
        """What ``run`` does with the definition ``m``; where the rest starts (its newlines
        stripped), None if nothing but whitespace is left."""
        abbr, title = m.group("abbr").strip(), m.group("title").strip()
        if title in ("''", '""'):
            self.abbrs.pop(abbr, None)
        else:
            self.abbrs[abbr] = title
        end: int = m.end()
        if end >= content_end:
            return None
        while block[end] == "\n":
            end += 1
        return end
