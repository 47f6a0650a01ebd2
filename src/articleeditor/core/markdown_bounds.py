"""Budgets and pre-checks for the parts of Python-Markdown that take time in the square of a
paragraph's length, so a hostile megabyte renders in a second or two.

Measured on 100 KB, each was 1.5-20 s and four times that for twice the text:

- Inline patterns (``*a`` repeated, ``@a `` citations, ``\\\\`` escapes): for each match the
  inline processor copies its whole text node to put a placeholder in (``"{}{}{}".format``),
  so a paragraph of n characters with a match every few characters costs n² copying. The
  copying is charged to a budget linear in the text; once it is spent, the rest of that text
  is left as written and the page says so (:data:`BOUNDED_NOTE_CLASS`).
- Raw HTML (``<a `` repeated): the HTML parser reads each start tag that has no ``>`` to the
  next ``>`` or the end of the text. The distance read is charged to a budget of its own;
  once it is spent, the rest of the text holds no raw HTML block (inline tags still work).
- ``attr_list`` (``# a {`` repeated on one line): its ``{…}`` pattern tries each ``{`` to the
  end of the heading. It can only match text that ends in ``}``; others are not searched.
- The block parser: each block processor takes its block with ``blocks.pop(0)`` and puts
  pieces back with ``blocks.insert(0, …)``, on a list of every block left in the document, so
  a document of n blocks (``a`` paragraphs, ``# a`` headings) moved n² list slots: 333,000
  one-line paragraphs took 73 s. The list is a deque here, with the list's methods. ``toc``
  nests its list of headings the same way (``pop(0)`` per heading): it gets a deque too.
- ``tables``: its test splits the whole block into rows, and is asked again for what is left
  each time a heading or other one-line block is taken off the block's top (``# a {`` on
  thousands of lines). The test here reads only the rows it looks at.
- ``abbr``'s tree processor, once any abbreviation is defined, looks up the place of every
  element with a tail among its siblings (``list(parent).index(el)``), though it needs it only
  for a tail that holds an abbreviation: n² for n top-level blocks (1.5 s for 15,000). It
  looks it up only then here.
- ``#`` headings, setext headings, thematic breaks, abbreviation definitions and indented code
  on consecutive lines: the rest of the block was copied (and searched, or split into lines)
  for each one taken off its top (:mod:`markdown_inplace` goes on through the block instead).
"""

from __future__ import annotations

import itertools
import logging
import re
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from markdown import Markdown
from markdown.blockparser import BlockParser
from markdown.blockprocessors import (
    CodeBlockProcessor,
    HashHeaderProcessor,
    HRProcessor,
    SetextHeaderProcessor,
)
from markdown.extensions import toc
from markdown.extensions.abbr import AbbrBlockprocessor, AbbrTreeprocessor
from markdown.extensions.attr_list import AttrListTreeprocessor
from markdown.extensions.tables import PIPE_LEFT, PIPE_NONE, PIPE_RIGHT, TableProcessor
from markdown.htmlparser import HTMLExtractor
from markdown.preprocessors import HtmlBlockPreprocessor
from markdown.treeprocessors import InlineProcessor
from markdown.util import AtomicString

from articleeditor.core.markdown_inplace import (
    LinearAbbreviations,
    LinearCodeBlock,
    LinearHashHeader,
    LinearHorizontalRule,
    LinearSetextHeader,
)

logger = logging.getLogger(__name__)

# The class of the paragraph that says part of the text was left unformatted.
BOUNDED_NOTE_CLASS = "render-bounded"
# Characters that may be copied (inline) or read (raw HTML) per character of the text; a
# normal article uses a small fraction (a paragraph is copied once per link or emphasis in it).
_COPY_PER_CHARACTER = 30
_COPY_MINIMUM = 30_000_000
# Characters the HTML parser's start-tag pattern may read, per character of the text: that
# pattern reads some 3 MB/s of such text, a thousandth of the speed of copying.
_READ_PER_CHARACTER = 1
_READ_MINIMUM = 1_000_000


class Budget:
    """Work left for one conversion; ``spent_out`` once a charge did not fit."""

    def __init__(self, allowance: int) -> None:
        self.left = allowance
        self.spent_out = False

    def allows(self, cost: int) -> bool:
        """Take ``cost`` from the budget if it is there; False (for good) once it is not."""
        if self.spent_out or cost > self.left:
            self.spent_out = True
            return False
        self.left -= cost
        return True


class _BudgetedInline(InlineProcessor):
    """The inline processor, stopping a text node's patterns when the budget is spent."""

    budget: Budget

    def _InlineProcessor__applyPattern(
        self, pattern: Any, data: str, patternIndex: int, startIndex: int = 0
    ) -> tuple[str, bool, int]:
        if self.budget.spent_out:
            return data, False, 0
        result: tuple[str, bool, int] = super()._InlineProcessor__applyPattern(  # type: ignore[misc]
            pattern, data, patternIndex, startIndex
        )
        # A match copied ``data`` once; the next one must fit in what is left.
        if result[1] and not self.budget.allows(len(data)):
            logger.warning("inline formatting stopped: a paragraph too long and too dense")
        return result


class _BudgetedExtractor(HTMLExtractor):
    """Raw-HTML extraction that reads each unclosed start tag within the budget."""

    budget: Budget
    _next_close: tuple[str, int] | None = None  # (rawdata, first ">" at or after a position)

    def parse_starttag(self, i: int) -> int:
        rawdata = self.rawdata
        known = self._next_close
        if known is None or known[0] is not rawdata or 0 <= known[1] < i:
            close = rawdata.find(">", i)
            known = self._next_close = (rawdata, close)
        reach = (known[1] if known[1] >= 0 else len(rawdata)) - i
        if not self.budget.allows(reach):
            # The rest is text (as a tag the parser rejects is): tag by tag, the parser's own
            # bookkeeping costs some 10 µs a "<".
            logger.warning("raw HTML not looked for past offset %d: too many unclosed tags", i)
            self.handle_data(rawdata[i:])
            return len(rawdata)
        return super().parse_starttag(i)


class _BudgetedHtmlBlock(HtmlBlockPreprocessor):
    """The raw-HTML block preprocessor with :class:`_BudgetedExtractor`."""

    budget: Budget

    def run(self, lines: list[str]) -> list[str]:
        source = "\n".join(lines)
        parser = _BudgetedExtractor(self.md)
        parser.budget = self.budget
        parser.feed(source)
        parser.close()
        return "".join(parser.cleandoc).split("\n")


class _HeaderAttributes:
    """``attr_list``'s pattern, searched only in text that can end in ``{…}``."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self._pattern = pattern

    def search(self, text: str) -> re.Match[str] | None:
        # The pattern ends in ``\}[ ]*$``; ``$`` also matches before a final "\n".
        ending = text[:-1] if text.endswith("\n") else text
        if not ending.rstrip(" ").endswith("}"):
            return None
        return self._pattern.search(text)


def _rows(block: str, start: int = 0) -> Iterator[str]:
    """``block[start:].split("\\n")``, one row at a time."""
    while True:
        end = block.find("\n", start)
        if end < 0:
            yield block[start:]
            return
        yield block[start:end]
        start = end + 1


class _LinearTableProcessor(TableProcessor):
    """``TableProcessor.test`` reading only the rows it looks at (same answers)."""

    def test(self, parent: Any, block: str) -> bool:
        return self.test_suffix(block, 0)

    def test_suffix(self, block: str, start: int) -> bool:
        """``test`` of ``block[start:]``, without building it."""
        if block.find("\n", start) < 0:
            return False
        rows = (row.strip(" ") for row in _rows(block, start))
        header0 = next(rows)
        border = PIPE_NONE
        if header0.startswith("|"):
            border |= PIPE_LEFT
        if self.RE_END_BORDER.search(header0) is not None:
            border |= PIPE_RIGHT
        # Markdown keeps PIPE_* flags here; its type stubs say bool.
        self.border = border  # type: ignore[assignment]
        split_row = self._split_row  # type: ignore[attr-defined]  # private, not in the stubs
        row0_len = len(split_row(header0))
        is_table = row0_len > 1
        second = next(rows)
        if not is_table and row0_len == 1 and border:
            # A single column table needs a pipe in each row (to the first without one).
            for line in itertools.chain((second,), rows):
                is_table = line.startswith("|") or self.RE_END_BORDER.search(line) is not None
                if not is_table:
                    break
        if is_table:
            separator = split_row(second)
            is_table = len(separator) == row0_len and set("".join(separator)) <= set("|:- ")
            if is_table:
                self.separator = separator
        return is_table


class _AbbreviationTree(AbbrTreeprocessor):
    """``AbbrTreeprocessor`` finding an element's place among its siblings only for a tail
    that holds an abbreviation (same elements)."""

    def iter_element(self, el: Any, parent: Any = None) -> None:
        pattern: Any = self.RE
        for child in reversed(el):
            self.iter_element(child, el)
        if (text := el.text) and not isinstance(text, AtomicString):
            for m in reversed(list(pattern.finditer(text))):
                if self.abbrs[m.group(0)]:
                    abbr = self.create_element(self.abbrs[m.group(0)], m.group(0), text[m.end() :])
                    el.insert(0, abbr)
                    text = text[: m.start()]
            el.text = text
        if parent is not None and el.tail:
            tail = el.tail
            if not isinstance(tail, AtomicString):
                matches = list(pattern.finditer(tail))
                # Inserting after ``el`` leaves its own place unchanged: one look-up serves all.
                index = list(parent).index(el) + 1 if matches else 0
                for m in reversed(matches):
                    if self.abbrs[m.group(0)]:
                        abbr = self.create_element(
                            self.abbrs[m.group(0)], m.group(0), tail[m.end() :]
                        )
                        parent.insert(index, abbr)
                        tail = tail[: m.start()]
                el.tail = tail


class _Blocks(deque[str]):
    """The blocks left to parse: a list's interface, taking from and putting back at the head
    in constant time (block processors only ever work there)."""

    def pop(self, index: int = -1) -> str:
        if index == 0:
            return self.popleft()
        if index == -1:
            return super().pop()
        value: str = self[index]
        del self[index]
        return value

    def __getitem__(self, key: int | slice) -> Any:  # type: ignore[override]
        if not isinstance(key, slice):
            return super().__getitem__(key)
        start, stop, step = key.indices(len(self))
        if step > 0:
            return list(itertools.islice(self, start, max(start, stop), step))
        return list(self)[key]

    def __add__(self, other: Iterable[str]) -> list[str]:  # type: ignore[override]
        return [*self, *other]


class _DequeBlockParser(BlockParser):
    """The block parser, handing block processors a :class:`_Blocks` instead of a list."""

    def parseChunk(self, parent: Any, text: str) -> None:
        self.parseBlocks(parent, _Blocks(text.split("\n\n")))  # type: ignore[arg-type]

    def parseBlocks(self, parent: Any, blocks: list[str]) -> None:
        if not isinstance(blocks, _Blocks):
            super().parseBlocks(parent, blocks)
            return
        # ``BlockParser.parseBlocks``, reading the head with the deque's own indexing: the
        # parser asks each processor about ``blocks[0]`` (some 17 a block), and the Python
        # ``_Blocks.__getitem__`` took a tenth of a megabyte of one-line paragraphs' render.
        head = deque.__getitem__
        while blocks:
            for processor in self.blockprocessors:
                if processor.test(parent, head(blocks, 0)) and (
                    processor.run(parent, blocks) is not False
                ):
                    break


# Typed loosely: it is handed a _Blocks of toc entries where its stubs say a list.
_nest_toc_tokens: Callable[[Any], Any] = toc.nest_toc_tokens


def _nest_toc_tokens_from_deque(toc_list: Any) -> Any:
    """``toc.nest_toc_tokens``, taking its entries from a deque (it empties ``toc_list``)."""
    entries = _Blocks(toc_list)
    toc_list.clear()
    return _nest_toc_tokens(entries)


def install_budgets(md: Markdown, text_length: int) -> tuple[Budget, Budget]:
    """Put the budgeted and pre-checked parts into ``md`` for a text of ``text_length``
    characters; the budgets returned (inline copying, raw-HTML reading) say afterwards
    whether anything was cut short."""
    copying = Budget(_COPY_MINIMUM + _COPY_PER_CHARACTER * text_length)
    reading = Budget(_READ_MINIMUM + _READ_PER_CHARACTER * text_length)
    tree = md.treeprocessors
    if "inline" in tree and type(tree["inline"]) in (InlineProcessor, _BudgetedInline):
        inline = tree["inline"]
        if type(inline) is InlineProcessor:
            inline.__class__ = _BudgetedInline  # keeps its state; only the method changes
        inline.budget = copying  # type: ignore[attr-defined]
    pre = md.preprocessors
    if "html_block" in pre and type(pre["html_block"]) in (
        HtmlBlockPreprocessor,
        _BudgetedHtmlBlock,
    ):
        pre["html_block"].__class__ = _BudgetedHtmlBlock
        pre["html_block"].budget = reading  # type: ignore[attr-defined]
    if "attr_list" in tree and isinstance(tree["attr_list"], AttrListTreeprocessor):
        attributes = tree["attr_list"]
        for name in ("HEADER_RE", "BLOCK_RE"):
            pattern = getattr(attributes, name)
            if not isinstance(pattern, _HeaderAttributes):
                setattr(attributes, name, _HeaderAttributes(pattern))
    if "abbr" in tree and type(tree["abbr"]) is AbbrTreeprocessor:
        tree["abbr"].__class__ = _AbbreviationTree
    # Module-wide: the toc tree processor looks the function up in its module on each run.
    toc.nest_toc_tokens = _nest_toc_tokens_from_deque
    if type(md.parser) is BlockParser:
        md.parser.__class__ = _DequeBlockParser
    blocks = md.parser.blockprocessors
    if "table" in blocks and type(blocks["table"]) is TableProcessor:
        blocks["table"].__class__ = _LinearTableProcessor
    if "hashheader" in blocks and type(blocks["hashheader"]) is HashHeaderProcessor:
        blocks["hashheader"].__class__ = LinearHashHeader
    if "setextheader" in blocks and type(blocks["setextheader"]) is SetextHeaderProcessor:
        blocks["setextheader"].__class__ = LinearSetextHeader
    if "hr" in blocks and type(blocks["hr"]) is HRProcessor:
        blocks["hr"].__class__ = LinearHorizontalRule
    if "abbr" in blocks and type(blocks["abbr"]) is AbbrBlockprocessor:
        blocks["abbr"].__class__ = LinearAbbreviations
    if "code" in blocks and type(blocks["code"]) is CodeBlockProcessor:
        blocks["code"].__class__ = LinearCodeBlock
    return copying, reading


def bounded_note() -> str:
    """The HTML put before a render that left part of the text unformatted."""
    return (
        f'<p class="{BOUNDED_NOTE_CLASS}">Part of this text is too long and too dense with '
        "markup to format in reasonable time; that part is shown as written.</p>\n"
    )
