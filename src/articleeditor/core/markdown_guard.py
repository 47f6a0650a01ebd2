"""Python-Markdown kept linear on hostile text, and its recursion bounded.

Python-Markdown finds the end of ``[link text]`` by walking the rest of the paragraph one
character at a time, for every ``[`` it meets; the walk for a ``[`` that is never closed goes
to the end of the paragraph. A paste of 16 KB of ``[`` took half a minute to render, 60 KB of
``![`` over a minute. The link's ``(destination)`` and a footnote marker's ``[^id]`` are
searched the same way. :func:`bounded_convert` swaps those inline patterns for ones that
answer from an index of the paragraph's brackets built once, so they give the same result in
linear time.

Nesting is the other way text can break a render: a list nested a few hundred levels deep (or
``- - - - …`` on one line) exhausts Python's recursion limit inside the block parser. That
render ends in :data:`NESTING_FALLBACK_CLASS` HTML showing the text unformatted, never in a
traceback.
"""

from __future__ import annotations

import html
import logging
import re
import xml.etree.ElementTree as ElementTree
from typing import Any

from markdown import Markdown
from markdown.extensions.footnotes import FootnoteInlineProcessor
from markdown.inlinepatterns import (
    ImageInlineProcessor,
    ImageReferenceInlineProcessor,
    LinkInlineProcessor,
    ReferenceInlineProcessor,
    ShortImageReferenceInlineProcessor,
    ShortReferenceInlineProcessor,
)

from articleeditor.core.markdown_bounds import bounded_note, install_budgets

logger = logging.getLogger(__name__)

# The class of the element a too-deeply nested text is rendered as; the preview looks for it.
NESTING_FALLBACK_CLASS = "render-fallback"
_BRACKET = re.compile(r"[\[\]]")
_PAREN = re.compile(r"[()]")
_QUOTE = re.compile(r"[\"']")
# Python-Markdown walks a link destination with a title in quotes character by character
# and may reach the end of the paragraph; those walks share this many characters per
# character of the text converted (normal articles use a small fraction of it).
_TITLE_WALK_PER_CHARACTER = 8
_TITLE_WALK_MINIMUM = 200_000


class _Tables:
    """The answers for one string, keyed by distance from its end."""

    __slots__ = ("base", "matching", "next_closer")

    def __init__(self, base: str, matching: dict[int, int], next_closer: dict[int, int]) -> None:
        self.base, self.matching, self.next_closer = base, matching, next_closer


class TailIndex:
    """Where each bracket of a string closes, kept valid for the strings made from it.

    Python-Markdown replaces each link it finds by a placeholder, in a new string, and goes on
    after it: the text after the scan position is the same. Positions are therefore kept as
    distances from the end, and a new string is checked only for the tail still to be read
    (one comparison per link found; Python-Markdown copies the string for each link anyway).
    A few strings are remembered: a link's own text is read between two reads of its paragraph.
    """

    _KEPT = 3

    def __init__(self, opener: str, closer: str, pattern: re.Pattern[str]) -> None:
        self._opener, self._closer, self._pattern = opener, closer, pattern
        self._kept: list[_Tables] = []  # most recently used first
        self._data: str | None = None  # the string last asked about
        self._valid_tail = -1  # how long a tail of ``_data`` is known to equal the base's

    def _build(self, data: str) -> _Tables:
        size = len(data)
        matching: dict[int, int] = {}
        next_closer: dict[int, int] = {}
        open_tails: list[int] = []
        waiting: list[int] = []  # openers that have not seen a closer yet
        for match in self._pattern.finditer(data):
            tail = size - match.start()
            if match.group() == self._opener:
                open_tails.append(tail)
                waiting.append(tail)
                continue
            for opener_tail in waiting:
                next_closer[opener_tail] = tail
            waiting.clear()
            if open_tails:
                matching[open_tails.pop()] = tail
        for tail in open_tails:
            matching[tail] = -1
        for tail in waiting:
            next_closer[tail] = -1
        return _Tables(data, matching, next_closer)

    def _tables(self, data: str, position: int) -> _Tables:
        tail = len(data) - position
        if data is self._data and tail <= self._valid_tail:
            return self._kept[0]
        rest = data[position:]
        found = [t for t in self._kept if tail <= len(t.base) and t.base.endswith(rest)][:1]
        if found:
            tables = found[0]
            self._kept.remove(tables)
        else:
            tables, tail = self._build(data), len(data)
        self._kept = [tables, *self._kept[: self._KEPT - 1]]
        self._data, self._valid_tail = data, tail
        return tables

    def _answer(self, table_name: str, data: str, position: int) -> int | None:
        if data[position : position + 1] != self._opener:
            return None
        table = getattr(self._tables(data, position), table_name)
        found = table.get(len(data) - position)
        if found is None:
            return None
        return -1 if found < 0 else len(data) - found

    def matching(self, data: str, position: int) -> int | None:
        """Where the opener at ``position`` is closed (nesting counted), -1 if never; None if
        ``data[position]`` is not an opener."""
        return self._answer("matching", data, position)

    def next_closer(self, data: str, position: int) -> int | None:
        """The first closer after the opener at ``position`` (nesting ignored), -1 if none."""
        return self._answer("next_closer", data, position)


class _Indexes:
    """The indexes of one conversion, shared by its inline patterns."""

    def __init__(self, walk_budget: int) -> None:
        self.brackets = TailIndex("[", "]", _BRACKET)
        self.parens = TailIndex("(", ")", _PAREN)
        self.walk_budget = walk_budget
        self._no_quote: tuple[str, int] | None = None  # (string, no quote at or after this)

    def has_quote(self, data: str, start: int, end: int) -> bool:
        """Whether ``data[start:end]`` holds a ``"`` or ``'`` (``end`` -1: to the end)."""
        if end >= 0:
            return data.find('"', start, end) >= 0 or data.find("'", start, end) >= 0
        known = self._no_quote
        if known is not None and known[0] is data and start >= known[1]:
            return False
        if data.find('"', start) >= 0 or data.find("'", start) >= 0:
            return True
        self._no_quote = (data, start)
        return False


class _LinearText(LinkInlineProcessor):
    """``getText`` answered from the bracket index: the text between ``[`` and its ``]``."""

    indexes: _Indexes

    def getText(self, data: str, index: int) -> tuple[str, int, bool]:
        close = self.indexes.brackets.matching(data, index - 1) if index else None
        if close is None:
            return super().getText(data, index)
        if close < 0:
            # Unclosed: every caller gives up on the match and ignores the text.
            return "", len(data), False
        return data[index:close], close + 1, True


class _LinearLink(_LinearText):
    """``getLink`` that skips Python-Markdown's walk when its outcome is known in advance."""

    def getLink(self, data: str, index: int) -> tuple[str, str | None, int, bool]:
        m = self.RE_LINK.match(data, pos=index)
        if m is None or m.group(1):
            return super().getLink(data, index)
        indexes = self.indexes
        close = indexes.parens.matching(data, index)
        if close is None:
            return super().getLink(data, index)
        quoted = indexes.has_quote(data, m.end(), close)
        if close < 0 and not quoted:
            # No closing parenthesis and no title: the walk would reach the end in vain.
            return "", None, len(data), False
        if close >= 0 and not quoted:
            # The walk stops at ``close``: cheap, and the link it finds is consumed.
            return super().getLink(data, index)
        # A title in quotes: the walk follows rules of its own; it may cost up to the rest
        # of the paragraph, so all such walks together get a budget linear in the text.
        cost = len(data) - index
        if cost > indexes.walk_budget:
            return "", None, len(data), False
        href, title, end, handled = super().getLink(data, index)
        indexes.walk_budget -= (end - index) if handled and end > index else cost
        return href, title, end, handled


class _Link(_LinearLink, LinkInlineProcessor):
    pass


class _Image(_LinearLink, ImageInlineProcessor):
    pass


class _Reference(_LinearText, ReferenceInlineProcessor):
    pass


class _ImageReference(_LinearText, ImageReferenceInlineProcessor):
    pass


class _ShortReference(_LinearText, ShortReferenceInlineProcessor):
    pass


class _ShortImageReference(_LinearText, ShortImageReferenceInlineProcessor):
    pass


class _Footnote(FootnoteInlineProcessor):
    """``[^id]`` found from the bracket index rather than by a regex run to the next ``]``."""

    indexes: _Indexes

    def __init__(self, original: FootnoteInlineProcessor) -> None:
        super().__init__(r"\[\^", original.footnotes)
        self._whole = re.compile(original.pattern, original.compiled_re.flags)

    # types-Markdown gives InlineProcessor.handleMatch a signature other than Pattern's (it
    # ignores the override itself), so every InlineProcessor subclass repeats that ignore.
    def handleMatch(  # type: ignore[override]
        self, m: re.Match[str], data: str
    ) -> tuple[ElementTree.Element | str | None, int | None, int | None]:
        close = self.indexes.brackets.next_closer(data, m.start())
        if close is not None and close < 0:
            return None, None, None  # no "]" left: the stock pattern matches no more
        if close is not None:
            longest = max(map(len, self.footnotes.footnotes.keys()), default=-1)
            if close - m.end() > longest:
                # No such footnote. The stock pattern skips what it matched and so do we
                # (a start and end without an element: "matched nothing, go on from end").
                return None, m.start(), close + 1
        whole = self._whole.match(data, m.start())
        if whole is None:
            return None, None, None
        if whole.group(1) not in self.footnotes.footnotes:
            return None, m.start(), whole.end()
        return super().handleMatch(whole, data)


# name -> (the stock class, ours, its priority), as Python-Markdown registers them.
_REPLACED: dict[str, tuple[type, type, float]] = {
    "reference": (ReferenceInlineProcessor, _Reference, 170),
    "link": (LinkInlineProcessor, _Link, 160),
    "image_link": (ImageInlineProcessor, _Image, 150),
    "image_reference": (ImageReferenceInlineProcessor, _ImageReference, 140),
    "short_reference": (ShortReferenceInlineProcessor, _ShortReference, 130),
    "short_image_ref": (ShortImageReferenceInlineProcessor, _ShortImageReference, 125),
}


def install_linear_patterns(md: Markdown, text_length: int) -> None:
    """Replace ``md``'s stock link, image, reference and footnote patterns by linear ones (a
    pattern some extension replaced already is left alone)."""
    budget = max(_TITLE_WALK_MINIMUM, _TITLE_WALK_PER_CHARACTER * text_length)
    indexes = _Indexes(budget)
    patterns = md.inlinePatterns
    for name, (stock, ours, priority) in _REPLACED.items():
        if name in patterns and type(patterns[name]) is stock:
            original: Any = patterns[name]
            replacement = ours(original.pattern, md)
            replacement.indexes = indexes
            patterns.register(replacement, name, priority)
    if "footnote" in patterns and type(patterns["footnote"]) is FootnoteInlineProcessor:
        footnote = _Footnote(patterns["footnote"])
        footnote.indexes = indexes
        patterns.register(footnote, "footnote", 175)


def nesting_fallback(text: str) -> str:
    """The HTML shown for a text nested too deeply to render: the text itself, unformatted."""
    return (
        f'<div class="{NESTING_FALLBACK_CLASS}">'
        "<p>This text nests lists or quotes too deeply to be formatted; "
        "it is shown as written.</p>"
        f"<pre>{html.escape(text)}</pre></div>"
    )


def bounded_convert(md: Markdown, text: str) -> str:
    """``md.convert(text)`` in time linear in the brackets of ``text``; a text nested too
    deeply for Python's recursion limit becomes :func:`nesting_fallback` HTML. Work that would
    take time in the square of a paragraph's length stops at a budget (see
    :mod:`markdown_bounds`), and the HTML then begins with :func:`bounded_note`."""
    install_linear_patterns(md, len(text))
    budgets = install_budgets(md, len(text))
    try:
        converted = md.convert(text)
    except RecursionError:
        logger.warning("Markdown nested too deeply to render (%d characters)", len(text))
        return nesting_fallback(text)
    cut = any(budget.spent_out for budget in budgets)
    return bounded_note() + converted if cut else converted
