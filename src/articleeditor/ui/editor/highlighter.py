"""Markdown syntax highlighting, one block (line) at a time.

Qt calls :meth:`highlightBlock` only for the edited line, and for following lines only while
their block state changes, so the cost of a keystroke is bounded by the edited line — except
when it opens or closes a multi-line construct (a code fence, the front matter), which must
restyle the lines it encloses. The block state records which construct a line is inside.

A long article is not styled in one go: on loading (or a theme change) the first screen is
styled at once and the rest a slice at a time between events, and restyling many lines for
new spelling marks is spread the same way, so the window keeps answering throughout.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QRegularExpression, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QPalette,
    QSyntaxHighlighter,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import QApplication

from articleeditor.core import blocks
from articleeditor.core.blocks import LineKind
from articleeditor.core.spelling import front_matter_tokens, line_tokens, lines_with
from articleeditor.core.textscan import has_astral, has_blank_run
from articleeditor.ui.none_refcount import guard_none_refcount

# Block states. Front matter states are below BODY_BASE; a body line's state is BODY_BASE plus
# core.blocks' state after it (which fence is open, list context…), shifted to make room for
# the line's own bare fence (see _bare_fence_code): that tells when a line starts or stops
# being a possible closing fence, which can turn an unclosed fence above into a closed one.
NORMAL = 0
FRONT_YAML = 1
FRONT_TOML = 2
# Added to a front matter state while a prose field's value (title, summary) continues.
PROSE_VALUE = 4
BODY_BASE = 16
_BARE_BITS = 5

_LIST = re.compile(r"^[ \t]*(?:>[ \t]?)*(?:[-*+]|\d{1,9}[.)])(?=[ \t])(?:[ \t]+\[[ xX]\])?")
_QUOTE = re.compile(r"^[ \t]*>.*")
_TABLE_PIPE = re.compile(r"\|")
# Possessive runs of blanks: a line of spaces must not be split between them every way.
_TABLE_RULE = re.compile(
    r"^[ \t]*+\|?[ \t]*+:?-{3,}:?[ \t]*+(?:\|[ \t]*+:?-{3,}:?[ \t]*+)*\|?[ \t]*$"
)
_KEY = re.compile(r"^[ \t]*(?:-[ \t]+)?([\w\"'.-][^:=]*?)[ \t]*[:=](?=\s|$)")

# Inline rules in order; a later rule paints over an earlier one where they overlap. A rule
# with a closer is searched only up to the line's last closer: an opener past it can never
# match, and searching from each such opener to the end of the line would take time in the
# square of its length (a pasted run of "{++" or "[a](" froze the window). The bodies stop at
# the next bracket or "<" for the same reason.
_INLINE: list[tuple[str, re.Pattern[str], str]] = [
    ("html", re.compile(r"</?[A-Za-z][\w-]*(?:\s[^<>]*)?/?>"), ""),
    ("html", re.compile(r"<!--.*?-->"), "-->"),
    (
        "emphasis",
        re.compile(
            r"(?<![*\w])\*(?![\s*])[^*]+?(?<!\s)\*(?![*\w])"
            r"|(?<![_\w])_(?![\s_])[^_]+?(?<!\s)_(?![_\w])"
        ),
        "",
    ),
    ("strong", re.compile(r"\*\*(?!\s)[^*]+?(?<!\s)\*\*|__(?!\s)[^_]+?(?<!\s)__"), ""),
    ("strike", re.compile(r"~~(?!\s)[^~]+?(?<!\s)~~"), ""),
    ("link", re.compile(r"\[[^\[\]\n]*\]\([^)\n]*\)"), ")"),
    ("link", re.compile(r"<https?://[^<>\s]+>|\bhttps?://[^\s<>()]+"), ""),
    ("image", re.compile(r"!\[[^\[\]\n]*\]\([^)\n]*\)"), ")"),
    # A lookahead finds the "@key"; the body then never backtracks. (No closer: the "(" after
    # the "]" must stay in sight, it makes a link.)
    ("citation", re.compile(r"\[(?=[^\[\]\n]*?@[\w:.#$%&+?<>~/-])[^\[\]\n]*+\](?!\()"), ""),
    ("code", re.compile(r"(`+)(?!`).+?(?<!`)\1(?!`)"), "`"),
    ("insert", re.compile(r"\{\+\+.*?\+\+\}"), "++}"),
    ("delete", re.compile(r"\{--.*?--\}"), "--}"),
    ("substitute", re.compile(r"\{~~.*?~~\}"), "~~}"),
    ("comment", re.compile(r"\{>>.*?<<\}"), "<<}"),
    ("mark", re.compile(r"\{==.*?==\}"), "==}"),
]
# Longer lines get their block style (heading, quote, code…) but no inline rules and no
# spelling marks: a pasted megabyte on one line must not hold the window for seconds.
LONG_LINE = 5_000
# A run this long without a space makes Qt's word-boundary wrapping take time in the square of
# its length (a 1 MB word froze the window for 80 s); the document then wraps anywhere.
_LONG_WORD = re.compile(r"\S{1000}")
# Qt's wrapping (either mode) never finishes a line holding some 65,000 blanks followed by
# more text ("{" and 1 MB of spaces); the document is then not wrapped at all.
_LONG_BLANKS = 10_000


@dataclass(frozen=True)
class Theme:
    """Colours of the syntax classes; one for light and one for dark palettes."""

    heading: str
    marker: str
    emphasis: str
    code: str
    code_background: str
    link: str
    quote: str
    front_matter: str
    front_key: str
    citation: str
    html: str
    insert: str
    delete: str
    comment: str
    table: str


LIGHT = Theme(
    heading="#1a4f8b",
    marker="#8a6d00",
    emphasis="#333333",
    code="#a3215a",
    code_background="#f3f1ee",
    link="#0b6e99",
    quote="#5b6b61",
    front_matter="#6b6b6b",
    front_key="#7a3e9d",
    citation="#00796b",
    html="#9a4f00",
    insert="#1b7a2e",
    delete="#b3261e",
    comment="#6a4cb3",
    table="#8a6d00",
)
DARK = Theme(
    heading="#8cc4ff",
    marker="#e5c07b",
    emphasis="#e6e6e6",
    code="#f28fb1",
    code_background="#2b2b2e",
    link="#6cc5e8",
    quote="#a3b5a9",
    front_matter="#9a9a9a",
    front_key="#d09cf2",
    citation="#5fd1bf",
    html="#f0a35e",
    insert="#7bd88f",
    delete="#ff8a80",
    comment="#b9a2ff",
    table="#e5c07b",
)


def in_front_matter(state: int) -> bool:
    """True for the block states of lines inside the front matter."""
    return 0 < state < BODY_BASE and bool(state & (FRONT_YAML | FRONT_TOML))


def _body_state(state: int) -> int:
    """core.blocks' state after a line whose block state is ``state``."""
    return (state - BODY_BASE) >> _BARE_BITS if state >= BODY_BASE else blocks.START


def in_fenced_code(state: int) -> bool:
    """True if the line after one with block state ``state`` is fenced code (or its closer)."""
    return state >= BODY_BASE and blocks.in_fenced_code(_body_state(state))


def _bare_fence_code(fence: str) -> int:
    """A small number standing for a bare fence line ("```", "~~~~"), 0 for any other line."""
    if not fence:
        return 0
    return 1 + (len(fence) % 15) * 2 + (fence[0] == "~")


def theme_for(palette: QPalette) -> Theme:
    """The dark theme when the window background is dark, else the light one."""
    return DARK if palette.color(QPalette.ColorRole.Base).lightness() < 128 else LIGHT


def _format(
    color: str,
    *,
    bold: bool = False,
    italic: bool = False,
    background: str | None = None,
    strike: bool = False,
    underline: bool = False,
    mono: bool = False,
) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setForeground(QColor(color))
    if bold:
        fmt.setFontWeight(QFont.Weight.Bold)
    if italic:
        fmt.setFontItalic(True)
    if background:
        fmt.setBackground(QColor(background))
    if strike:
        fmt.setFontStrikeOut(True)
    if underline:
        fmt.setFontUnderline(True)
    if mono:
        fmt.setFontFixedPitch(True)
    return fmt


def _formats(theme: Theme) -> dict[str, QTextCharFormat]:
    return {
        "heading": _format(theme.heading, bold=True),
        "marker": _format(theme.marker, bold=True),
        "emphasis": _format(theme.emphasis, italic=True),
        "strong": _format(theme.emphasis, bold=True),
        "strike": _format(theme.emphasis, strike=True),
        "code": _format(theme.code, background=theme.code_background),
        "fence": _format(theme.code, background=theme.code_background),
        "fence_language": _format(theme.marker, bold=True, background=theme.code_background),
        "link": _format(theme.link, underline=True),
        "image": _format(theme.link, italic=True),
        "quote": _format(theme.quote, italic=True),
        "front_matter": _format(theme.front_matter),
        "front_key": _format(theme.front_key, bold=True),
        "citation": _format(theme.citation, bold=True),
        "html": _format(theme.html),
        "insert": _format(theme.insert, underline=True),
        "delete": _format(theme.delete, strike=True),
        "substitute": _format(theme.marker),
        "comment": _format(theme.comment, italic=True),
        "mark": _format(theme.emphasis, background="#fff3a0" if theme is LIGHT else "#5c5320"),
        "table": _format(theme.table, bold=True),
    }


# Lines styled at once when a document is loaded (more than a screen), then per slice.
FIRST_LINES = 300
SLICE_LINES = 25
# GUI-thread time given to styling per turn of the event loop.
SLICE_BUDGET_S = 0.005
# One edit that restyles more lines than this (a fence opened above a long text) goes on
# in slices from there.
CASCADE_LINES = 300

_WRAP_ANYWHERE, _NO_WRAP = 1, 2  # MarkdownHighlighter._wrap_guard

_CITED_KEY = re.compile(r"-?@([\w:.#$%&+?<>~/-]*\w)")


class LineBlocks(Protocol):
    """Which document blocks show which lines of the text."""

    def is_continuation(self, block: QTextBlock) -> bool: ...
    def line_of(self, block: QTextBlock) -> int: ...
    def first_block_of_line(self, line: int) -> QTextBlock: ...


class WholeLines:
    """Each block is one whole line."""

    def __init__(self, document: QTextDocument) -> None:
        self.document = document

    def is_continuation(self, block: QTextBlock) -> bool:
        return False

    def line_of(self, block: QTextBlock) -> int:
        return block.blockNumber()

    def first_block_of_line(self, line: int) -> QTextBlock:
        return self.document.findBlockByNumber(line)


class MarkdownHighlighter(QSyntaxHighlighter):
    """Highlights Markdown with front matter, fenced code, citations and review marks.

    ``misspelled`` holds words a background spell check found; their occurrences in prose get
    a red wavy underline when their line is (re)highlighted.

    ``long_line_found`` gives the length of the first line of a text too long to style
    (:data:`LONG_LINE`), once per text loaded.
    """

    long_line_found = Signal(int)

    def __init__(self, document: QTextDocument, palette: QPalette | None = None) -> None:
        super().__init__(document)
        guard_none_refcount()  # highlighting makes many void Qt calls
        self.misspelled: set[str] = set()
        self.undefined_keys: set[str] = set()
        self._offsets: list[int] | None = None
        self.spelling_enabled = True
        # The document's text; the editor gives a cheaper copy than toPlainText().
        self.document_text: Callable[[], str] = document.toPlainText
        # Which blocks are which lines; the editor's text mirror knows the lines shown in
        # pieces (see ``core/display_lines``).
        self.lines: LineBlocks = WholeLines(document)
        # Lines after the frontier wait for their slice; ``_next`` starts the next slice.
        self._frontier: QTextCursor | None = None
        self._next: QTextCursor | None = None
        self._styled_at = -1  # position of the line styled last (follows Qt's cascade)
        self._queued: list[int] = []  # line numbers whose marks changed, still to restyle
        self._cascade = 0  # lines restyled since the edit (or the restyle) that began it
        self._length = self._u16_length = 0  # the current line's, in code points and UTF-16
        self._wrap_guard = 0  # _WRAP_ANYWHERE or _NO_WRAP once a line needed it
        self._own_wrap = document.defaultTextOption().wrapMode()
        self._long_line_told = False
        # Connected after Qt's own handler, so this runs once Qt has restyled for the edit.
        document.contentsChange.connect(self._end_cascade)
        self._slicer = QTimer(self)
        self._slicer.setInterval(0)
        self._slicer.timeout.connect(self._style_for_a_while)
        self.set_palette(palette or QApplication.palette())

    # ----- styling a long document a slice at a time ---------------------------------------

    @property
    def busy(self) -> bool:
        """True while lines wait to be styled."""
        return self._next is not None or bool(self._queued)

    def hold(self) -> None:
        """Style only the first line until :meth:`style_progressively` (call before loading
        a whole new text)."""
        if self._wrap_guard:  # a new text: wrap at words again until it needs otherwise
            self._set_wrap(self._own_wrap)
            self._wrap_guard = 0
        self._long_line_told = False
        self._hold()

    def guard_wrap_for(self, text: str) -> None:
        """Choose the wrapping a whole new ``text`` needs before it is loaded (after
        :meth:`hold`): each change of wrapping lays the document out again, a second or more
        for a megabyte line."""
        if has_blank_run(text, _LONG_BLANKS):
            self._guard_wrap(_NO_WRAP)
        elif _LONG_WORD.search(text):
            self._guard_wrap(_WRAP_ANYWHERE)

    def _hold(self) -> None:
        self._frontier = QTextCursor(self.document())
        self._frontier.setKeepPositionOnInsert(True)

    def _guard_wrap(self, guard: int) -> None:
        """Wrap anywhere (or not at all) from now on, where Qt's wrapping of a line would
        freeze the window (see ``_LONG_WORD``, ``_LONG_BLANKS``). The editor's own wrapping
        returns with the next text loaded."""
        if not self._wrap_guard:
            self._own_wrap = self.document().defaultTextOption().wrapMode()
        self._wrap_guard = guard
        wrap = QTextOption.WrapMode
        self._set_wrap(wrap.NoWrap if guard == _NO_WRAP else wrap.WrapAnywhere)

    def _set_wrap(self, mode: QTextOption.WrapMode) -> None:
        document = self.document()
        option = document.defaultTextOption()
        if option.wrapMode() != mode:
            option.setWrapMode(mode)
            document.setDefaultTextOption(option)

    def style_progressively(self) -> None:
        """Style the first screen now and the rest of the document slice by slice."""
        if self._frontier is None:
            self.hold()
        self._next = QTextCursor(self.document())
        self._next.setKeepPositionOnInsert(True)
        self._queued.clear()
        while self._next is not None and self._next.block().blockNumber() < FIRST_LINES:
            self._style_slice()
        if self.busy:
            self._slicer.start()

    def restyle_all(self) -> None:
        """Restyle every line (new colours), the first screen at once."""
        self._hold()  # the same text: it keeps its wrapping
        self.rehighlight()  # cheap: every line but the first waits behind the frontier
        self.style_progressively()

    def finish(self) -> None:
        """Style everything still waiting, now (tests, screenshots)."""
        while self.busy:
            self._style_for_a_while()

    def _waiting(self, block: QTextBlock) -> bool:
        return self._frontier is not None and block.position() > self._frontier.position()

    def _style_slice(self) -> None:
        document = self.document()
        block = document.findBlock(self._next.position())
        last = block
        for _ in range(SLICE_LINES - 1):
            if not last.next().isValid():
                break
            last = last.next()
        final = not last.next().isValid()
        if final:
            self._frontier = None
        else:
            self._frontier.setPosition(last.position())
        while block.isValid() and block.position() <= last.position():
            self._styled_at = -1
            self.rehighlightBlock(block)  # and the lines after it while their state changes
            reached = document.findBlock(max(self._styled_at, block.position()))
            block = reached.next()
        if final or not block.isValid():
            self._frontier = self._next = None
        else:
            self._next.setPosition(block.position())

    def _end_cascade(self, *_change: int) -> None:
        self._cascade = 0

    def _continue_in_slices(self, block: QTextBlock) -> None:
        """Let ``block`` and the lines after it wait for slices, starting with ``block``."""
        self._frontier = QTextCursor(block.previous())
        self._frontier.setKeepPositionOnInsert(True)
        self._next = QTextCursor(block)
        self._next.setKeepPositionOnInsert(True)
        self._slicer.start()

    def _style_for_a_while(self) -> None:
        deadline = time.perf_counter() + SLICE_BUDGET_S
        while self.busy and time.perf_counter() < deadline:
            if self._queued:
                block = self.lines.first_block_of_line(self._queued.pop())
                if block.isValid() and not self._waiting(block):
                    self._end_cascade()
                    self.rehighlightBlock(block)
            else:
                self._style_slice()
        if not self.busy:
            self._slicer.stop()

    def set_palette(self, palette: QPalette) -> None:
        """Pick the light or dark colours for ``palette`` and restyle the document."""
        self.theme = theme_for(palette)
        self.formats = _formats(self.theme)
        self._spelling = QTextCharFormat()
        self._spelling.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        self._spelling.setUnderlineColor(QColor("#e0201b"))
        self.restyle_all()

    def set_misspelled(self, words: set[str], lines: list[int] | None = None) -> None:
        """Replace the set of misspelled words and restyle the lines whose marks change.

        ``lines`` (0-based block numbers, found off the GUI thread) saves scanning the whole
        document for them; without it every line is searched.
        """
        changed = words ^ self.misspelled
        self.misspelled = words
        if not changed:
            return
        if lines is None:
            lines = lines_with(self.document_text(), changed)
        self.restyle_lines(lines)

    def restyle_lines(self, lines: Iterable[int]) -> None:
        """Restyle the lines numbered ``lines`` (0-based): a few at once, many slice by slice,
        from the top."""
        ordered = sorted(set(lines), reverse=True)
        if len(ordered) <= SLICE_LINES:
            for number in ordered:
                block = self.lines.first_block_of_line(number)
                # A line too long to style has no marks to change (and restyling it costs).
                if block.isValid() and not self._waiting(block) and block.length() <= LONG_LINE:
                    self._end_cascade()
                    self.rehighlightBlock(block)
            return
        self._queued = sorted(set(self._queued) | set(ordered), reverse=True)
        self._slicer.start()

    def set_undefined_keys(self, keys: set[str]) -> None:
        """Underline citations of ``keys`` (cited but not in the references) as errors."""
        changed = keys ^ self.undefined_keys
        self.undefined_keys = keys
        if changed:
            self.restyle_lines(lines_with(self.document_text(), changed))

    # ----- per block ------------------------------------------------------------------------

    def _u16(self, index: int) -> int:
        # Qt counts UTF-16 units; only lines with emoji and other astral characters differ.
        # A long line keeps no table: only its end is asked for (whole-line styles).
        if self._offsets is None:
            return index if index < self._length else self._u16_length
        return self._offsets[index]

    def _paint(self, start: int, length: int, fmt: QTextCharFormat) -> None:
        begin = self._u16(start)
        self.setFormat(begin, self._u16(start + length) - begin, fmt)

    def highlightBlock(self, text: str) -> None:
        block = self.currentBlock()
        if self._waiting(block):
            # Its slice comes later; an unchanged state stops Qt going on to the next line.
            self.setCurrentBlockState(self.currentBlockState())
            return
        if self._next is None:
            self._cascade += 1
            if self._cascade > CASCADE_LINES:
                self._continue_in_slices(block)
                self.setCurrentBlockState(self.currentBlockState())
                return
        self._styled_at = block.position()
        if self.lines.is_continuation(block):
            # A piece of a line shown in pieces: plain text, and the line's state goes on.
            self.setCurrentBlockState(self.previousBlockState())
            return
        if len(text) > LONG_LINE:
            # Qt drops a line's shaped glyphs after laying it out, so each repaint and each
            # cursor blink shaped a megabyte line again (0.2-0.5 s); kept, they cost nothing.
            block.layout().setCacheEnabled(True)
            if not self._long_line_told:
                self._long_line_told = True
                self.long_line_found.emit(len(text))
        if len(text) >= 1000 and self._wrap_guard < _NO_WRAP:
            if has_blank_run(text, _LONG_BLANKS):
                self._guard_wrap(_NO_WRAP)
            elif self._wrap_guard < _WRAP_ANYWHERE and _LONG_WORD.search(text):
                self._guard_wrap(_WRAP_ANYWHERE)
        self._offsets = None
        self._length = self._u16_length = len(text)
        if len(text) > LONG_LINE:
            if has_astral(text):
                self._u16_length = len(text.encode("utf-16-le")) // 2
        elif has_astral(text):
            offsets, unit = [], 0
            for ch in text:
                offsets.append(unit)
                unit += 2 if ord(ch) > 0xFFFF else 1
            offsets.append(unit)
            self._offsets = offsets
        previous = self.previousBlockState()
        state = NORMAL if previous < 0 else previous
        # The first line (position 0; blockNumber() walks the document, this does not).
        if block.position() == 0 and text.rstrip() in ("---", "+++"):
            self._paint(0, len(text), self.formats["front_matter"])
            self.setCurrentBlockState(FRONT_YAML if text.rstrip() == "---" else FRONT_TOML)
            return
        if in_front_matter(state):
            self._front_matter_line(text, state)
            return
        self._body_line(block, text, state)

    def _front_matter_line(self, text: str, state: int) -> None:
        kind = state & ~PROSE_VALUE
        closer = "---" if kind == FRONT_YAML else "+++"
        self._paint(0, len(text), self.formats["front_matter"])
        stripped = text.rstrip()
        if stripped == closer or (kind == FRONT_YAML and stripped == "..."):
            self.setCurrentBlockState(NORMAL)
            return
        long_line = len(text) > LONG_LINE
        m = None if long_line else _KEY.match(text)
        if m:
            self._paint(m.start(1), m.end(1) - m.start(1), self.formats["front_key"])
        elif text.lstrip().startswith("#"):
            self._paint(0, len(text), self.formats["comment"])
        tokens, prose = front_matter_tokens(text, bool(state & PROSE_VALUE))
        self.setCurrentBlockState(kind | (PROSE_VALUE if prose else 0))
        if not long_line:
            self._spelling_marks(text, tokens)

    # ----- fences, as core.blocks reads them ----------------------------------------------

    def _body_line(self, block: QTextBlock, text: str, state: int) -> None:
        """Style a body line by its kind (core.blocks) and keep the state for the next line."""
        before = self.currentBlockState()  # this line's state from its last styling
        body = _body_state(state)
        kind, after = blocks.classify(text, body, lambda fence: self._closer_below(block, fence))
        bare = _bare_fence_code(blocks.closing_fence(text))
        new_state = BODY_BASE + (after << _BARE_BITS | bare)
        self.setCurrentBlockState(new_state)
        was_bare = (before - BODY_BASE) & ((1 << _BARE_BITS) - 1) if before >= BODY_BASE else 0
        # Only an edit changes a line's text (slices style lines whose text Qt has seen whole,
        # and a fence's closer was looked for when its opening line was styled).
        if bare != was_bare and bare and self._next is None and not blocks.in_fenced_code(body):
            self._rejudge_unclosed_above(block, blocks.closing_fence(text))
        if blocks.in_fenced_code(after) and not block.next().isValid():
            # Only a fence with a closer opens, so a fence still open at the end lost its
            # closer since its opening line was styled: style that line again.
            self._rejudge_opening(block)
        f = self.formats
        if kind is LineKind.FENCE_OPEN:
            self._paint(0, len(text), f["fence"])
            opening = blocks.fence_opening(text)
            if opening is not None and opening.info_end > opening.info_start:
                start, end = opening.info_start, opening.info_end
                self._paint(start, end - start, f["fence_language"])
        elif kind in (LineKind.FENCE_CODE, LineKind.FENCE_CLOSE):
            self._paint(0, len(text), f["fence"])
        elif kind is LineKind.INDENTED_CODE:
            self._paint(0, len(text), f["code"])
        elif kind is LineKind.SETEXT_UNDERLINE:
            self._paint(0, len(text), f["heading"])
        else:
            self._prose_line(text, kind is LineKind.HEADING)

    def _closer_below(self, block: QTextBlock, fence: str) -> bool:
        """True if a line after ``block`` closes ``fence`` (searched by Qt, not line by line)."""
        after = block.next()
        if not after.isValid():
            return False
        pattern = QRegularExpression("^" + QRegularExpression.escape(fence) + "[ \t]*$")
        found = self.document().find(pattern, after.position())
        return not found.isNull()

    def _rejudge_unclosed_above(self, block: QTextBlock, fence: str) -> None:
        """A line became a bare ``fence``: an unclosed opening of that fence above it (styled
        as text) now has a closer; restyle the topmost of them.

        Searched upwards, and only as far as the nearest line that closes or opens a block of
        that fence: an unclosed opening above it would have been closed by it.
        """
        pattern = QRegularExpression("^" + QRegularExpression.escape(fence) + "(?![`~])")
        document = self.document()
        backward = QTextDocument.FindFlag.FindBackward
        topmost = None
        position = block.position() - 1
        while position >= 0:
            found = document.find(pattern, position, backward)
            if found.isNull():
                break
            candidate = found.block()
            position = candidate.position() - 1
            previous = candidate.previous()
            before = previous.userState() if previous.isValid() else -1
            if in_fenced_code(before):
                if blocks.open_fence(_body_state(before)) == fence:
                    break  # the closer of a block of this fence
                continue  # code in a block of another fence
            if in_fenced_code(candidate.userState()):
                break  # the opening of a closed block of this fence
            opening = blocks.fence_opening(candidate.text())
            if opening is not None and opening.fence == fence:
                topmost = candidate
        if topmost is not None:
            self._queue_restyle(self.lines.line_of(topmost))

    def _rejudge_opening(self, block: QTextBlock) -> None:
        """Restyle the opening line of the fence ``block`` is in."""
        opening = block
        while opening.previous().isValid() and in_fenced_code(opening.previous().userState()):
            opening = opening.previous()
        self._queue_restyle(self.lines.line_of(opening))

    def _queue_restyle(self, number: int) -> None:
        # Not now: Qt is in the middle of styling; the slicer takes it on the next turn.
        if number not in self._queued:
            self._queued.append(number)
            self._queued.sort(reverse=True)
        self._slicer.start()

    def _prose_line(self, text: str, heading: bool) -> None:
        f = self.formats
        if heading:
            self._paint(0, len(text), f["heading"])
        elif _QUOTE.match(text):
            self._paint(0, len(text), f["quote"])
        m = _LIST.match(text)
        if m:
            self._paint(0, m.end(), f["marker"])
        if len(text) > LONG_LINE:
            return
        if "|" in text:
            if _TABLE_RULE.match(text):
                self._paint(0, len(text), f["table"])
            else:
                for pipe in _TABLE_PIPE.finditer(text):
                    self._paint(pipe.start(), 1, f["table"])
        for name, pattern, closer in _INLINE:
            end = len(text)
            if closer:
                end = text.rfind(closer)
                if end < 0:
                    continue
                end += len(closer)
            for match in pattern.finditer(text, 0, end):
                self._paint(match.start(), match.end() - match.start(), f[name])
                if name == "citation" and self.undefined_keys:
                    self._undefined_marks(text, match.start(), match.end())
        self._spelling_marks(text, line_tokens(text))

    def _undefined_marks(self, text: str, start: int, end: int) -> None:
        for key in _CITED_KEY.findall(text, start, end):
            if key in self.undefined_keys:
                at = text.index("@" + key, start) + 1
                fmt = QTextCharFormat(self.format(self._u16(at)))
                # A wave, not the spelling underline: a different fault, told apart by style.
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
                fmt.setUnderlineColor(QColor("#c62828"))
                fmt.setToolTip(self.tr("[@{0}] is not in the references").format(key))
                self._paint(at, len(key), fmt)

    def _spelling_marks(self, text: str, tokens: Iterable[tuple[int, int, str]]) -> None:
        if not self.misspelled or not self.spelling_enabled:
            return
        for start, end, word in tokens:
            if word in self.misspelled:
                # Keep the syntax colour (a word has one: markup is never inside a word) and
                # add the wavy underline on top.
                fmt = QTextCharFormat(self.format(self._u16(start)))
                fmt.merge(self._spelling)
                self._paint(start, end - start, fmt)
