"""Block processors that parse in place: headings, thematic breaks, abbreviation definitions
and indented code on consecutive lines, in time linear in their block.

Python-Markdown's ``HashHeaderProcessor`` takes the first heading of a block and puts the rest
of the block back as a new string (``blocks.insert(0, block[m.end():])``), so a block of n
heading lines with no blank line between them is copied n times: 1 MB of ``# a {`` lines spent
some 2.4 s copying, four times that for twice the text. :class:`LinearHashHeader` goes on
through the same block instead, heading after heading, while the parser would hand the rest
straight back to it, and puts back one copy of what is left when it stops.

Which processor the parser would hand the rest to is decided exactly (:class:`_InPlace`): the
processors it asks first must all say no to the rest, which is known for the stock ones from
its first line or rows, and the one that says yes must be one of this module's, which then
takes the rest in place (``step``). A processor that only observes (the source-line marker,
which returns False from ``run``) takes part through ``note_suffix(parent, blocks, block,
start)``: it notes what its ``run`` would for ``block[start:]`` at the head of ``blocks``, or
returns False (having noted nothing) when it needs that text built. Any other processor on the
way, or a different pattern, and the rest is put back for the stock behaviour.

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

Indented code between headings (``# a`` then ``    code``) was the last such run: the code
processor ranks before headings, splits the whole rest of its block into lines to detab it
(``detab``), joins what follows its code back into a new rest and puts that back, and the
heading processor, which then copied the rest again, could not go on past an indented line.
100 KB took 4.4 s, 200 KB 15 s. :class:`LinearCodeBlock` detabs only its own lines, and every
processor here hands each rest to whichever of them the parser would ask, so code, headings,
rules and the rest go on through the block in turn. A listing with blank lines between its
lines is many chunks of one code block: each chunk's code was appended to the ``<code>`` text
by copying it; :class:`LinearCodeBlock` takes the chunks that follow it at once.
"""

from __future__ import annotations

import enum
import xml.etree.ElementTree as etree
from typing import Any

from markdown import util
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
# Processors whose test reads no more of a block than its first tab's width.
_LIST_INDENT = (ListIndentProcessor, DefListIndentProcessor)


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


class _Answer(enum.Enum):
    """What a processor that goes on in place would do with a rest of a block."""

    TAKES = enum.auto()  # its test holds and its run takes the rest
    DECLINES = enum.auto()  # the parser would ask the next processor
    UNKNOWN = enum.auto()  # it would take the rest in a way not done in place


class _InPlace:
    """The parser's processors, in order, as far as this module can answer for them: for a
    rest of a block (``block[start:]`` put back at the head of the blocks), which one would
    take it, and what that one does with it, without building the rest.

    Made for one block: the searches it keeps are searches of that block."""

    def __init__(self, chain: list[tuple[Any, str]]) -> None:
        # (processor, role): "observer" (``note_suffix``), "in place" (a processor of this
        # module) or "declining" (known to decline a rest: :meth:`_declines`).
        self.chain = chain
        # Per processor, its last search: where from, and what it found. One search answers
        # every later rest that starts at or before what it found (or after, if nothing).
        self._searches: dict[int, tuple[int, Any]] = {}
        self._content_end: int | None = None

    @classmethod
    def of(cls, parser: Any) -> _InPlace:
        """The chain of ``parser``'s processors, up to the first one not known here (a rest
        that would reach it is put back)."""
        chain: list[tuple[Any, str]] = []
        for processor in parser.blockprocessors:
            if hasattr(processor, "note_suffix"):
                chain.append((processor, "observer"))
            elif isinstance(processor, _SteppingProcessor) and processor.steps_in_place():
                chain.append((processor, "in place"))
            elif _known(processor):
                chain.append((processor, "declining"))
            else:
                break
        return cls(chain)

    def go_on(
        self, parent: etree.Element, blocks: list[str], block: str, start: int | None
    ) -> int | None:
        """Parse ``block[start:]`` in place for as long as the parser would hand each rest
        to a processor that goes on in place; where the rest to put back at the head of
        ``blocks`` starts (None: nothing to put back)."""
        while start is not None and len(block) - start >= _LONG_REST:
            if block[start - 1] != "\n":
                break  # the patterns' reasoning holds for rests that start a line
            taker, observers = self._taker(parent, block, start)
            if taker is None or not self._note(observers, parent, blocks, block, start):
                break
            start = taker.step(parent, block, start, self)
        return start

    def search(self, processor: Any, pattern: Any, block: str, start: int) -> Any:
        """``pattern.search(block, start)``, answered from ``processor``'s last search when
        that one tells (none of these patterns looks behind, so where a match starts does not
        depend on where the search started)."""
        known = self._searches.get(id(processor))
        if known is not None:
            since, found = known
            if found is None and start >= since:
                return None
            if found is not None and since <= start <= found.start():
                return found
        found = pattern.search(block, start)
        self._searches[id(processor)] = (start, found)
        return found

    def content_end(self, block: str) -> int:
        """Where ``block`` ends but for trailing whitespace."""
        if self._content_end is None:
            self._content_end = len(block.rstrip())
        return self._content_end

    def _taker(self, parent: etree.Element, block: str, start: int) -> tuple[Any, list[Any]]:
        """The processor that would take ``block[start:]`` if it goes on in place (else None),
        and the observers the parser asks before it."""
        observers: list[Any] = []
        for processor, role in self.chain:
            if role == "observer":
                observers.append(processor)
            elif role == "in place":
                answer = processor.answer(parent, block, start, self)
                if answer is _Answer.TAKES:
                    return processor, observers
                if answer is _Answer.UNKNOWN:
                    break
            elif not self._declines(processor, parent, block, start):
                break
        return None, observers

    @staticmethod
    def _note(
        observers: list[Any],
        parent: etree.Element,
        blocks: list[str],
        block: str,
        start: int,
    ) -> bool:
        """Tell the observers of ``block[start:]`` at the head of ``blocks``; False, nothing
        noted, if one needs the text built."""
        if len(observers) > 1:
            return False  # a refusal by the second would leave the first one's note
        return all(o.note_suffix(parent, blocks, block, start) for o in observers)

    def _declines(self, processor: Any, parent: etree.Element, block: str, start: int) -> bool:
        """Whether ``processor`` tests False on ``block[start:]`` (``start`` > 0 just after
        a newline, the rest not empty)."""
        kind = type(processor)
        if kind is EmptyBlockProcessor:
            return block[start] != "\n"  # the rest is not empty (the caller checks)
        if kind in _LIST_INDENT and kind.test is ListIndentProcessor.test:
            # Its test reads the first tab's width of the block, the parser state and parent.
            return not processor.test(parent, block[start : start + processor.tab_length])
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
            return self.search(processor, processor.RE, block, start - 1) is None
        pattern = _searched(processor)
        if pattern is not None:
            from_newline = type(processor) in _SEARCHED_FROM_NEWLINE
            return self.search(processor, pattern, block, start - from_newline) is None
        return False  # not known (``of`` keeps such processors out)


class _SteppingProcessor:
    """A block processor that can take a rest of its block in place (a mixin)."""

    parser: Any

    def steps_in_place(self) -> bool:
        """Whether this processor is the one this module's reasoning holds for."""
        raise NotImplementedError

    def answer(self, parent: etree.Element, block: str, start: int, rests: _InPlace) -> _Answer:
        """What the parser would have this processor do with ``block[start:]``."""
        raise NotImplementedError

    def step(self, parent: etree.Element, block: str, start: int, rests: _InPlace) -> int | None:
        """What ``run`` does with ``block[start:]`` (which it takes); where the rest it puts
        back starts, None if it puts nothing back."""
        raise NotImplementedError

    def _go_on(
        self,
        parent: etree.Element,
        blocks: list[str],
        block: str,
        start: int | None,
        rests: _InPlace | None = None,
    ) -> None:
        """Go on through ``block`` from ``start`` (``block`` taken off ``blocks``, its head
        parsed), then put back what is left as the last processor would put it back."""
        rests = rests or _InPlace.of(self.parser)
        start = rests.go_on(parent, blocks, block, start)
        if start is not None:
            blocks.insert(0, block[start:])


class LinearHashHeader(_SteppingProcessor, HashHeaderProcessor):
    """``HashHeaderProcessor`` parsing the rest of its block in place (same elements)."""

    def steps_in_place(self) -> bool:
        return self.RE is HashHeaderProcessor.RE and self.RE.pattern == _ANALYSED_PATTERN

    def run(self, parent: etree.Element, blocks: list[str]) -> None:
        block = blocks[0]
        m = self.RE.search(block)
        if (
            m is None
            or len(block) - m.end() < _LONG_REST
            or not self.steps_in_place()
            # The stock processor detabs the rest it puts back there.
            or self.parser.state.isstate("looselist")
        ):
            super().run(parent, blocks)
            return
        blocks.pop(0)
        self._go_on(parent, blocks, block, self._heading(parent, block, m, 0))

    def answer(self, parent: etree.Element, block: str, start: int, rests: _InPlace) -> _Answer:
        if rests.search(self, self.RE, block, start - 1) is None:
            return _Answer.DECLINES
        if self.parser.state.isstate("looselist"):
            return _Answer.UNKNOWN  # its rest would be detabbed
        return _Answer.TAKES

    def step(self, parent: etree.Element, block: str, start: int, rests: _InPlace) -> int | None:
        end = self._heading(parent, block, rests.search(self, self.RE, block, start - 1), start)
        return end if end < len(block) else None

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


class LinearSetextHeader(_SteppingProcessor, SetextHeaderProcessor):
    """``SetextHeaderProcessor`` parsing the rest of its block in place (same elements)."""

    def steps_in_place(self) -> bool:
        return _analysed_setext(self)

    def run(self, parent: etree.Element, blocks: list[str]) -> None:
        block = blocks[0]
        if not self.steps_in_place() or len(block) < _LONG_REST:
            super().run(parent, blocks)
            return
        blocks.pop(0)
        self._go_on(parent, blocks, block, self._heading(parent, block, 0))

    def answer(self, parent: etree.Element, block: str, start: int, rests: _InPlace) -> _Answer:
        return _Answer.DECLINES if self.RE.match(block, start) is None else _Answer.TAKES

    def step(self, parent: etree.Element, block: str, start: int, rests: _InPlace) -> int | None:
        return self._heading(parent, block, start)

    def _heading(self, parent: etree.Element, block: str, start: int) -> int | None:
        """What ``run`` does with the heading at the top of ``block[start:]`` (a match of
        ``RE``); where the rest starts (the stock processor puts back what follows the
        underline, even an empty string), None if the underline ends the block."""
        title_end = block.index("\n", start)
        underline_end = block.find("\n", title_end + 1)
        h = etree.SubElement(parent, "h1" if block[title_end + 1] == "=" else "h2")
        h.text = block[start:title_end].strip()
        return None if underline_end < 0 else underline_end + 1


class LinearHorizontalRule(_SteppingProcessor, HRProcessor):
    """``HRProcessor`` parsing the rest of its block in place (same elements)."""

    def steps_in_place(self) -> bool:
        return self.SEARCH_RE is HRProcessor.SEARCH_RE and self.SEARCH_RE.pattern == _ANALYSED_BREAK

    def run(self, parent: etree.Element, blocks: list[str]) -> None:
        block = blocks[0]
        if not self.steps_in_place() or len(block) - self.match.end() < _LONG_REST:
            super().run(parent, blocks)
            return
        blocks.pop(0)
        end = self._rule(parent, block, self.match, 0)
        self._go_on(parent, blocks, block, end if end < len(block) else None)

    def answer(self, parent: etree.Element, block: str, start: int, rests: _InPlace) -> _Answer:
        # The rest starts after a newline: MULTILINE "^" matches at ``start``.
        found = rests.search(self, self.SEARCH_RE, block, start)
        return _Answer.DECLINES if found is None else _Answer.TAKES

    def step(self, parent: etree.Element, block: str, start: int, rests: _InPlace) -> int | None:
        m = rests.search(self, self.SEARCH_RE, block, start)
        self.match = m  # as the stock test leaves it
        end = self._rule(parent, block, m, start)
        return end if end < len(block) else None

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


class LinearAbbreviations(_SteppingProcessor, AbbrBlockprocessor):
    """``AbbrBlockprocessor`` taking definitions on consecutive lines in place (same result)."""

    def steps_in_place(self) -> bool:
        return self.RE is AbbrBlockprocessor.RE and self.RE.pattern == _ANALYSED_ABBREVIATION

    def run(self, parent: etree.Element, blocks: list[str]) -> bool:
        block = blocks[0]
        m = self.RE.match(block)
        if (
            not self.steps_in_place()
            or m is None
            or not self._clean(m)
            or len(block) - m.end() < _LONG_REST
        ):
            return bool(super().run(parent, blocks))
        blocks.pop(0)
        # Where the text ends but for whitespace: a rest past it is dropped, as stock drops it.
        rests = _InPlace.of(self.parser)
        self._go_on(parent, blocks, block, self._define(m, block, rests.content_end(block)), rests)
        return True

    def answer(self, parent: etree.Element, block: str, start: int, rests: _InPlace) -> _Answer:
        # The stock run takes the first definition it finds and returns False when there is
        # none (the parser asks the next processor) or it is not clean.
        m = rests.search(self, self.RE, block, start)
        if m is None or (m.start() == start and not self._clean(m)):
            return _Answer.DECLINES
        return _Answer.TAKES if m.start() == start else _Answer.UNKNOWN

    def step(self, parent: etree.Element, block: str, start: int, rests: _InPlace) -> int | None:
        m = rests.search(self, self.RE, block, start)
        return self._define(m, block, rests.content_end(block))

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


class _PendingCode:
    """Text for one ``<code>``, kept in pieces while chunks of code follow one another and set
    once: appending each to the text by copying took time in the square of the code."""

    def __init__(self) -> None:
        self.code: etree.Element | None = None
        self.parts: list[str] = []

    def append(self, code: etree.Element, part: str) -> None:
        if code is not self.code:
            self.flush()
            self.code = code
        self.parts.append(part)

    def flush(self) -> None:
        if self.code is not None and self.parts:
            # As the stock processors' ``format`` calls build it (``None`` becomes "None").
            self.code.text = util.AtomicString(f"{self.code.text}{''.join(self.parts)}")
        self.code = None
        self.parts = []


class LinearCodeBlock(_SteppingProcessor, CodeBlockProcessor):
    """``CodeBlockProcessor`` detabbing only its own lines, parsing the rest of its block in
    place, and taking the chunks of code (and blank lines) that follow it at once (same
    elements)."""

    def steps_in_place(self) -> bool:
        return True  # its test is the stock one: the rest starts with a tab's width of spaces

    def run(self, parent: etree.Element, blocks: list[str]) -> None:
        block = blocks[0]
        if len(block) < _LONG_REST:
            super().run(parent, blocks)
        else:
            blocks.pop(0)
            rests = _InPlace.of(self.parser)
            self._go_on(parent, blocks, block, self.step(parent, block, 0, rests), rests)
        pending = _PendingCode()
        try:
            while blocks and self._take_next(parent, blocks, pending):
                pass
        finally:
            pending.flush()

    def answer(self, parent: etree.Element, block: str, start: int, rests: _InPlace) -> _Answer:
        if block.startswith(" " * self.tab_length, start):
            return _Answer.TAKES
        return _Answer.DECLINES

    def step(self, parent: etree.Element, block: str, start: int, rests: _InPlace) -> int | None:
        text, rest = self._detabbed(block, start)
        code = self._code_sibling(parent)
        if code is not None:
            # As blank lines do not start new code blocks, the code goes on the previous one.
            code.text = util.AtomicString(f"{code.text}\n{text}\n")
        else:
            self._new_code(parent, text)
        return rest

    def _take_next(self, parent: etree.Element, blocks: list[str], pending: _PendingCode) -> bool:
        """What the parser does with the next chunk if it is one for this processor or the
        blank-line processor before it, their text kept in ``pending``; False, nothing done,
        if another processor would take it (or one not known here comes first)."""
        head = blocks[0]
        observers: list[Any] = []
        taker = None
        for processor in self.parser.blockprocessors:
            if processor is self:
                taker = self if self.test(parent, head) else None
                break
            kind = type(processor)
            if hasattr(processor, "note_suffix"):
                observers.append(processor)  # the source-line marker: notes, returns False
            elif kind is EmptyBlockProcessor:
                if processor.test(parent, head):
                    taker = processor
                    break
            elif not (
                kind in _LIST_INDENT
                and kind.test is ListIndentProcessor.test
                and not processor.test(parent, head)
            ):
                return False
        if taker is None:
            return False
        for observer in observers:
            if observer.test(parent, head):
                observer.run(parent, blocks)
        blocks.pop(0)
        code = self._code_sibling(parent)
        if taker is not self:
            # ``EmptyBlockProcessor.run``: one blank line (or two for an empty chunk) goes on
            # the code before it, and the rest of the chunk is put back.
            if head and head[1:]:
                blocks.insert(0, head[1:])
            if code is not None:
                pending.append(code, "\n" if head else "\n\n")
            return True
        text, rest = self._detabbed(head, 0)
        if code is not None:
            pending.append(code, f"\n{text}\n")
        else:
            pending.flush()
            self._new_code(parent, text)
        if rest is not None:
            blocks.insert(0, head[rest:])
        return True

    def _detabbed(self, block: str, start: int) -> tuple[str, int | None]:
        """``detab`` of ``block[start:]``, its text escaped as the code's: lines indented by a
        tab's width lose it, blank ones become empty, and the first other line starts the
        rest (None if there is none); only the code's own lines are split."""
        indent = " " * self.tab_length
        lines: list[str] = []
        rest: int | None = None
        position = start
        while True:
            newline = block.find("\n", position)
            line_end = newline if newline >= 0 else len(block)
            if block.startswith(indent, position, line_end):
                lines.append(block[position + len(indent) : line_end])
            elif not block[position:line_end].strip():
                lines.append("")
            else:
                rest = position
                break
            if newline < 0:
                break
            position = newline + 1
        return util.code_escape("\n".join(lines).rstrip()), rest

    def _code_sibling(self, parent: etree.Element) -> etree.Element | None:
        """The ``<code>`` of a ``<pre>`` that is ``parent``'s last child, if it is one."""
        sibling = self.lastChild(parent)
        if (
            sibling is not None
            and sibling.tag == "pre"
            and len(sibling)
            and sibling[0].tag == "code"
        ):
            return sibling[0]
        return None

    @staticmethod
    def _new_code(parent: etree.Element, text: str) -> None:
        pre = etree.SubElement(parent, "pre")
        code = etree.SubElement(pre, "code")
        code.text = util.AtomicString(f"{text}\n")
