"""The editor's text, kept edit by edit: the one copy that is saved, journaled and rendered.

Two reasons for a copy. ``QPlainTextEdit.toPlainText()`` on a 1 MB document costs 6-20 ms of
GUI-thread time, and the preview needs the text after nearly every keystroke. And the document
cannot give the writer's text back: ``toPlainText()`` turns no-break spaces into spaces and
U+2028 into "\\n"; even ``toRawText()`` shows every block boundary as U+2029, whether the file
had "\\n", U+2029, U+FDD0 or U+FDD1 there. So this copy is authoritative: it starts from the
text loaded, and each change takes the document's new characters, resolving a block boundary
to the character that was really inserted (known for our own insertions and for text that an
edit or undo puts back) and to "\\n" otherwise (Enter).

Positions: Qt counts UTF-16 code units, Python code points. The copy is kept in "unit form",
each astral character as its two surrogates; the text is converted back only when it holds
astral characters. A line longer than ``display_lines.SPLIT_OVER`` is shown in pieces joined by
display breaks (block boundaries that are not in the text, see ``core/display_lines``): a Qt
position is an index into the unit form plus the display breaks before it. The mirror keeps
where they are, edit by edit, and every conversion between the two goes through it.
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_left
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import cached_property

from PySide6.QtCore import QObject
from PySide6.QtGui import QTextBlock, QTextCursor, QTextDocument

from articleeditor.core.display_lines import LINE_BREAKS, split_points, with_breaks
from articleeditor.core.textscan import has_astral, is_latin1

log = logging.getLogger(__name__)

# The document's block separator; each character of BLOCK_BREAKS is stored as one.
BLOCK_SEPARATOR = "\u2029"
BLOCK_BREAKS = LINE_BREAKS
_OTHER_BREAKS = BLOCK_BREAKS.replace(BLOCK_SEPARATOR, "")
# Characters the document shows as a block boundary that a default ("\n") would change.
_AMBIGUOUS = re.compile(f"[{BLOCK_BREAKS.replace(chr(10), '')}]")
_BREAK = re.compile(f"[{BLOCK_BREAKS}]")
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
_HIGH_SURROGATE = re.compile("[\ud800-\udbff]")
_SURROGATE = re.compile("[\ud800-\udfff]")
# Above this many characters compared, text that comes back is found only as a whole.
_ALIGN_LIMIT = 20_000
# Removed text that held line breaks, remembered so that undo can put it back. Text that held
# display breaks is remembered however much there is: one read as a line break would add one.
_REMEMBERED_REMOVALS = 16

# What one block boundary of a stretch of the document is: the character it stands for, or
# None for a display break. Keyed by the boundary's offset in the stretch.
Breaks = dict[int, str | None]


@dataclass
class Stretch:
    """Text in unit form that the document shows with display breaks before the indices
    ``display``: what our code is about to insert, or what an edit removed (at ``position``).
    How the document shows it and what each boundary is are worked out only when asked."""

    units: str
    display: list[int] = field(default_factory=list)
    position: int = 0

    @cached_property
    def shown(self) -> str:
        """The stretch as the document holds it: every block boundary as U+2029."""
        return as_document_shows(with_breaks(self.units, self.display, BLOCK_SEPARATOR))

    @cached_property
    def breaks(self) -> Breaks:
        """Each block boundary by its offset in :attr:`shown`: its character, or None for a
        display break."""
        breaks: Breaks = {}
        points = iter(self.display)
        point = next(points, None)
        inserted = 0  # display breaks before the current index
        for match in _BREAK.finditer(self.units):
            while point is not None and point <= match.start():
                breaks[point + inserted] = None
                inserted += 1
                point = next(points, None)
            breaks[match.start() + inserted] = match.group()
        while point is not None:
            breaks[point + inserted] = None
            inserted += 1
            point = next(points, None)
        return breaks

    def shown_display(self) -> list[int]:
        """The offsets in :attr:`shown` of the display breaks."""
        return [point + k for k, point in enumerate(self.display)]


def to_units(text: str) -> str:
    """``text`` with each astral character as a surrogate pair (one item per UTF-16 unit)."""
    if not has_astral(text):
        return text

    def pair(match: re.Match[str]) -> str:
        code = ord(match.group()) - 0x10000
        return chr(0xD800 + (code >> 10)) + chr(0xDC00 + (code & 0x3FF))

    return _ASTRAL.sub(pair, text)


def from_units(units: str) -> str:
    """Inverse of :func:`to_units`."""
    if is_latin1(units) or not _SURROGATE.search(units):
        return units
    return units.encode("utf-16-le", "surrogatepass").decode("utf-16-le")


def as_document_shows(units: str) -> str:
    """How the document holds ``units``: every block break as U+2029."""
    # Three replaces, not str.translate: 0.2 ms on a 75 KB article against 8 ms (translate
    # looks each character up in a table; replace searches with memchr-fast code).
    for other in _OTHER_BREAKS:
        units = units.replace(other, BLOCK_SEPARATOR)
    return units


def for_qt(text: str) -> str:
    """``text`` to hand to Qt: PySide drops one leading U+FEFF (as a byte-order mark) when it
    turns a str into a QString, so a leading one is doubled."""
    return "\ufeff" + text if text.startswith("\ufeff") else text


def document_form(text: str) -> str:
    """``text`` as the document stores it when inserted: "\\r\\n" and "\\r" are line breaks."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


class TextMirror(QObject):
    """Follows ``document``'s ``contentsChange``; :meth:`text` is the writer's exact text."""

    def __init__(self, document: QTextDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._set_units(as_plain_default(to_units(document.toRawText())))
        # Document positions of the display breaks (ascending), and the unit index each one
        # stands before.
        self._display: list[int] = []
        self._display_at: list[int] = []
        # What our own code is about to insert.
        self._expected: Stretch | None = None
        # Recent removals that held block boundaries. Undo puts text that an edit removed back
        # where it was (every later edit is undone by then); redo puts back what undo removed.
        # One list each, as the document keeps them.
        self._undoable: list[Stretch] = []
        self._redoable: list[Stretch] = []
        self._replaying = ""  # "undo" or "redo" while the document replays its history
        self.resyncs = 0  # how often the copy had to be rebuilt from the document (for tests)
        document.contentsChange.connect(self._on_change)

    # ----- the text ---------------------------------------------------------------------------

    def text(self) -> str:
        """The writer's text, exactly: "\\n" for Enter, every other character as loaded."""
        return self._text

    def text_between(self, start: int, end: int) -> str:
        """The exact text between two Qt positions."""
        return from_units(self._units[self.unit_at(start) : self.unit_at(end)])

    def text_before(self, position: int, at_most: int) -> str:
        """The exact text of at most ``at_most`` units before Qt position ``position``, never
        beginning with half of an astral character."""
        end = self.unit_at(position)
        start = max(end - at_most, 0)
        if 0 < start < end and "\udc00" <= self._units[start] <= "\udfff":
            start += 1  # the second half of a pair: the character starts before the window
        return from_units(self._units[start:end])

    # ----- positions --------------------------------------------------------------------------

    def unit_at(self, position: int) -> int:
        """The index in the unit form of Qt position ``position``."""
        return position - bisect_left(self._display, position) if self._display else position

    def index_at(self, position: int) -> int:
        """The index in :meth:`text` (code points) of Qt position ``position``."""
        unit = self.unit_at(position)
        return unit - bisect_left(self._astral_at, unit) if self._astral_at else unit

    def position_of_unit(self, unit: int) -> int:
        """The Qt position of unit index ``unit`` (before a display break that stands there)."""
        return unit + bisect_left(self._display_at, unit) if self._display else unit

    def position_of(self, index: int) -> int:
        """The Qt position of index ``index`` in :meth:`text` (code points)."""
        astral = self._astral_at
        if astral:  # the astral characters starting before ``index``
            index += bisect_left(range(len(astral)), index, key=lambda k: astral[k] - k)
        return self.position_of_unit(index)

    def is_continuation(self, block: QTextBlock) -> bool:
        """True if ``block`` goes on the line of the block before it (after a display break)."""
        if not self._display:
            return False
        before = block.position() - 1
        at = bisect_left(self._display, before)
        return at < len(self._display) and self._display[at] == before

    def line_of(self, block: QTextBlock) -> int:
        """The 0-based line of the text that ``block`` shows (all or part of)."""
        number = block.blockNumber()
        return number - bisect_left(self._display, block.position()) if self._display else number

    def first_block_of_line(self, line: int) -> QTextBlock:
        """The block that starts 0-based ``line`` (invalid past the last line)."""
        document = self.document
        number = line
        while True:
            block = document.findBlockByNumber(number)
            if not block.isValid() or not self._display:
                return block
            # Each display break before it moves the line's block one further down.
            wanted = line + bisect_left(self._display, block.position())
            if wanted == number:
                return block
            number = wanted

    def line_and_column(self, position: int) -> tuple[int, int]:
        """The 1-based line and column (in units) of Qt position ``position``."""
        line = self.line_of(self.document.findBlock(position))
        start = self.first_block_of_line(line).position()
        return line + 1, self.unit_at(position) - self.unit_at(start) + 1

    def line_length_from(self, unit: int) -> int:
        """How many units there are from unit index ``unit`` to the end of its line."""
        found = _BREAK.search(self._units, unit)
        return (found.start() if found else len(self._units)) - unit

    def first_split_line_length(self) -> int:
        """The length in units of the first line shown in pieces (0 if there is none)."""
        if not self._display:
            return 0
        line = self.line_of(self.document.findBlock(self._display[0]))
        return self.line_length_from(self.unit_at(self.first_block_of_line(line).position()))

    @property
    def display_breaks(self) -> int:
        """How many display breaks the document holds."""
        return len(self._display)

    @property
    def display_positions(self) -> tuple[int, ...]:
        """The Qt positions of the display breaks, ascending."""
        return tuple(self._display)

    # ----- what the document is told ----------------------------------------------------------

    def forget_removals(self) -> None:
        """The undo history is gone (a new document): removed text can no longer come back."""
        self._undoable.clear()
        self._redoable.clear()

    @contextmanager
    def replaying(self, kind: str) -> Iterator[None]:
        """Within this block the document undoes (``kind`` "undo") or redoes ("redo")."""
        self._replaying = kind
        try:
            yield
        finally:
            self._replaying = ""

    @contextmanager
    def expecting(self, text: str, split: bool = False) -> Iterator[str]:
        """Within this block, the edit inserts ``text`` (with "\\r\\n" and "\\r" as line
        breaks): its U+2029, U+FDD0 and U+FDD1 stay what they are, and Enter stays "\\n".

        Yields the text to give the document: ``text`` itself, or with ``split`` the same with
        display breaks in its lines longer than ``display_lines.SPLIT_OVER``."""
        units = to_units(document_form(text))
        expected = Stretch(units, split_points(units) if split else [])
        self._expected = expected
        try:
            yield from_units(expected.shown) if expected.display else text
        finally:
            self._expected = None

    # ----- following the document -------------------------------------------------------------

    def _set_units(self, units: str) -> None:
        self._units = units
        self._text = from_units(units)
        # Where each astral character starts in ``_units`` (ascending): the difference between
        # a unit index and a Python index is the number of them before it.
        self._astral_at = (
            [] if is_latin1(units) else [m.start() for m in _HIGH_SURROGATE.finditer(units)]
        )

    def _on_change(self, position: int, removed: int, added: int) -> None:
        units, display = self._units, self._display
        length = len(units) + len(display)
        new_length = self.document.characterCount() - 1
        # Replacing the whole document reports its final, implicit block break as well.
        reported = added
        removed = min(removed, length - position)
        added = new_length - (length - removed)
        if position < 0 or removed < 0 or added < 0 or position + added > new_length:
            self._resync("change out of range")
            return
        if not 0 <= reported - added <= 1:
            self._resync("lengths disagree")  # an edit was missed: the copy is out of step
            return
        cursor = QTextCursor(self.document)
        cursor.setPosition(position)
        cursor.setPosition(position + added, QTextCursor.MoveMode.KeepAnchor)
        shown = to_units(cursor.selectedText())
        if len(shown) != added:
            self._resync("selection length differs")
            return
        first = bisect_left(display, position)
        last = bisect_left(display, position + removed)
        at = position - first  # where the change starts in the unit form
        gone = units[at : at + removed - (last - first)]
        # The unit indices in ``gone`` before which its display breaks stood.
        gone_display = [p - position - k for k, p in enumerate(display[first:last])]
        removal = None
        if gone_display or _BREAK.search(gone):
            removal = Stretch(gone, gone_display, position)
        # A removal alone (setPlainText clears first) leaves an expected insertion waiting.
        history = {"undo": self._undoable, "redo": self._redoable}.get(self._replaying)
        inserted, inserted_display = (
            self._resolve(position, shown, gone, removal, history) if added else ("", [])
        )
        kept = self._redoable if self._replaying == "undo" else self._undoable
        if not self._replaying:
            self._redoable.clear()  # a new edit: nothing can be redone
        if removal is not None:
            _remember(kept, removal)
        self._units = units[:at] + inserted + units[at + len(gone) :]
        if display or inserted_display:
            shift = added - removed
            self._display = [
                *display[:first],
                *(position + offset for offset in inserted_display),
                *(p + shift for p in display[last:]),
            ]
            self._display_at = [p - k for k, p in enumerate(self._display)]
        self._splice_text(at, len(gone), inserted)

    def _splice_text(self, position: int, removed: int, inserted: str) -> None:
        """Make the same edit to the code-point text, without converting all of it."""
        astral_at = self._astral_at
        new_astral = [position + m.start() for m in _HIGH_SURROGATE.finditer(inserted)]
        if not astral_at and not new_astral:
            self._text = self._units  # no astral characters: the two are the same string
            return
        first = bisect_left(astral_at, position)
        after = bisect_left(astral_at, position + removed)
        shift = len(inserted) - removed
        self._astral_at = [*astral_at[:first], *new_astral, *(p + shift for p in astral_at[after:])]
        start = position - first
        end = start + removed - (after - first)
        self._text = self._text[:start] + from_units(inserted) + self._text[end:]

    def _resolve(
        self,
        position: int,
        shown: str,
        gone: str,
        removal: Stretch | None,
        history: list[Stretch] | None,
    ) -> tuple[str, list[int]]:
        """The characters really inserted, given what the document shows for them, and the
        offsets in ``shown`` of the display breaks among them."""
        expected, self._expected = self._expected, None
        if BLOCK_SEPARATOR not in shown:
            return shown, []
        if expected is not None and expected.shown == shown:
            return expected.units, expected.shown_display()
        # Text that comes back keeps its characters: on undo or redo, what was removed at that
        # place. Qt reports the edits of one step as one change, which may take in text
        # around them that did not change: what the change removed and inserted then start
        # or end alike, and those parts keep their characters (display breaks too). What
        # our code inserted lies between them. Any other block boundary was typed or pasted
        # as a line break.
        breaks: Breaks = {}
        taken: list[tuple[int, int]] = []  # spans of ``shown`` already given back
        for index in reversed(range(len(history or ()))):
            earlier = history[index]  # type: ignore[index]
            at = earlier.position - position
            end = at + len(earlier.shown)
            if (
                at >= 0
                and all(end <= start or at >= stop for start, stop in taken)
                and shown[at:end] == earlier.shown
            ):
                taken.append((at, end))
                for offset, char in earlier.breaks.items():
                    breaks[at + offset] = char
                del history[index]  # type: ignore[union-attr]  # it came back
        new_part = len(expected.shown) if expected is not None else 0
        if removal is not None:
            before, after = _unchanged_ends(shown, removal.shown, new_part)
            tail = len(shown) - len(removal.shown)
            for offset, char in removal.breaks.items():
                if offset < before:
                    breaks.setdefault(offset, char)
                elif offset >= len(removal.shown) - after:
                    breaks.setdefault(offset + tail, char)
            if expected is not None and shown[before : before + new_part] == expected.shown:
                for offset, char in expected.breaks.items():
                    breaks.setdefault(before + offset, char)
        sources = [gone] if expected is None else [expected.units, gone]
        for source in sources:
            if _AMBIGUOUS.search(source):
                for at, char in _aligned_breaks(shown, source):
                    breaks.setdefault(at, char)
        return _apply_breaks(shown, breaks)

    def _resync(self, why: str) -> None:
        # Never expected; the document's text is the best left, though it loses what only the
        # copy knew (no-break spaces survive, "\u2029" read as block breaks become "\n").
        log.warning("text mirror out of step (%s); rebuilt from the document", why)
        self._set_units(as_plain_default(to_units(self.document.toRawText())))
        self._display, self._display_at = [], []
        self.resyncs += 1


def _unchanged_ends(shown: str, old: str, new_part: int) -> tuple[int, int]:
    """How long the start and the end that ``shown`` and ``old`` share are, leaving at least
    ``new_part`` characters of ``shown`` between them."""
    room = len(shown) - new_part
    before = _shared_length(shown, old, min(room, len(old)), from_end=False)
    after = _shared_length(shown, old, min(room - before, len(old) - before), from_end=True)
    return before, after


def _shared_length(a: str, b: str, at_most: int, from_end: bool) -> int:
    """The length of the longest start (or end) ``a`` and ``b`` share, up to ``at_most``: a
    binary search comparing slices, which runs at memory speed on megabytes."""
    low, high = 0, max(at_most, 0)
    while low < high:
        middle = (low + high + 1) // 2
        same = a[-middle:] == b[-middle:] if from_end else a[:middle] == b[:middle]
        if same:
            low = middle
        else:
            high = middle - 1
    return low


def _remember(history: list[Stretch], removal: Stretch) -> None:
    """Add ``removal``; of those without display breaks, keep only the latest few."""
    history.append(removal)
    if removal.display:
        return
    plain = [k for k, r in enumerate(history) if not r.display]
    if len(plain) > _REMEMBERED_REMOVALS:
        del history[plain[0]]


def _apply_breaks(shown: str, breaks: Breaks) -> tuple[str, list[int]]:
    """``shown`` with each block boundary as the character ``breaks`` gives it ("\\n" if none)
    and display breaks left out, and the offsets in ``shown`` of those left out."""
    if not breaks:
        return shown.replace(BLOCK_SEPARATOR, "\n"), []
    chars = list(shown.replace(BLOCK_SEPARATOR, "\n"))
    display: list[int] = []
    for at, char in breaks.items():
        if shown[at] != BLOCK_SEPARATOR:
            continue  # never expected: a boundary remembered where the document has none
        if char is None:
            display.append(at)
            chars[at] = ""
        else:
            chars[at] = char
    display.sort()
    return "".join(chars), display


def as_plain_default(raw: str) -> str:
    """Unit form of the document's raw text with every block boundary read as "\\n"."""
    return raw.replace(BLOCK_SEPARATOR, "\n")


def _aligned_breaks(shown: str, source: str) -> Iterator[tuple[int, str]]:
    """Each ambiguous character of ``source`` that ``shown`` holds in the same place, with its
    index in ``shown``: ``source`` whole if it is there, else the runs the two share."""
    pattern = as_document_shows(source)
    at = shown.find(pattern)
    if at >= 0:
        blocks = [(at, 0, len(source))]
    elif len(shown) + len(source) <= _ALIGN_LIMIT:
        blocks = SequenceMatcher(None, shown, pattern, autojunk=False).get_matching_blocks()
    else:
        return
    for start, origin, size in blocks:
        for match in _AMBIGUOUS.finditer(source, origin, origin + size):
            yield start + match.start() - origin, match.group()
