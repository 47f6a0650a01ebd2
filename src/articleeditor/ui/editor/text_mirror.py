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
each astral character as its two surrogates, so that a Qt position is an index into it; the
text is converted back only when it holds astral characters.
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_left
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from difflib import SequenceMatcher

from PySide6.QtCore import QObject
from PySide6.QtGui import QTextCursor, QTextDocument

from articleeditor.core.textscan import has_astral, is_latin1

log = logging.getLogger(__name__)

# The document's block separator; each character of BLOCK_BREAKS is stored as one.
BLOCK_SEPARATOR = "\u2029"
BLOCK_BREAKS = "\n\u2029\ufdd0\ufdd1"
# Characters the document shows as a block boundary that a default ("\n") would change.
_AMBIGUOUS = re.compile("[\u2029\ufdd0\ufdd1]")
_BREAK = re.compile("[\n\u2029\ufdd0\ufdd1]")
_OTHER_BREAKS = BLOCK_BREAKS.replace(BLOCK_SEPARATOR, "")
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
_HIGH_SURROGATE = re.compile("[\ud800-\udbff]")
_SURROGATE = re.compile("[\ud800-\udfff]")
# Above this many characters compared, text that comes back is found only as a whole.
_ALIGN_LIMIT = 20_000
# Removed text that held line breaks, remembered so that undo can put it back.
_REMEMBERED_REMOVALS = 16


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
        self._expected: str = ""  # the unit form of text our code is about to insert
        # (position, text) of recent removals that held line breaks. Undo puts text that an
        # edit removed back where it was (every later edit is undone by then); redo puts back
        # what undo removed. One stack each, as the document keeps them.
        self._undoable: deque[tuple[int, str]] = deque(maxlen=_REMEMBERED_REMOVALS)
        self._redoable: deque[tuple[int, str]] = deque(maxlen=_REMEMBERED_REMOVALS)
        self._replaying = ""  # "undo" or "redo" while the document replays its history
        self.resyncs = 0  # how often the copy had to be rebuilt from the document (for tests)
        document.contentsChange.connect(self._on_change)

    def text(self) -> str:
        """The writer's text, exactly: "\\n" for Enter, every other character as loaded."""
        return self._text

    def text_between(self, start: int, end: int) -> str:
        """The exact text between two Qt positions (UTF-16 units)."""
        return from_units(self._units[start:end])

    def text_before(self, position: int, at_most: int) -> str:
        """The exact text of at most ``at_most`` Qt positions before ``position``, never
        beginning with half of an astral character."""
        start = max(position - at_most, 0)
        if 0 < start < position and "\udc00" <= self._units[start] <= "\udfff":
            start += 1  # the second half of a pair: the character starts before the window
        return from_units(self._units[start:position])

    def _set_units(self, units: str) -> None:
        self._units = units
        self._text = from_units(units)
        # Where each astral character starts in ``_units`` (ascending): the difference between
        # a Qt position and a Python index is the number of them before it.
        self._astral_at = (
            [] if is_latin1(units) else [m.start() for m in _HIGH_SURROGATE.finditer(units)]
        )

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
    def expecting(self, text: str) -> Iterator[None]:
        """Within this block, the edit inserts ``text`` (with "\\r\\n" and "\\r" as line
        breaks): its U+2029, U+FDD0 and U+FDD1 stay what they are, and Enter stays "\\n"."""
        self._expected = to_units(document_form(text))
        try:
            yield
        finally:
            self._expected = ""

    def _on_change(self, position: int, removed: int, added: int) -> None:
        units = self._units
        new_length = self.document.characterCount() - 1
        # Replacing the whole document reports its final, implicit block break as well.
        reported = added
        removed = min(removed, len(units) - position)
        added = new_length - (len(units) - removed)
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
        gone = units[position : position + removed]
        # A removal alone (setPlainText clears first) leaves an expected insertion waiting.
        history = {"undo": self._undoable, "redo": self._redoable}.get(self._replaying)
        inserted = self._resolve(position, shown, gone, history) if added else ""
        kept = self._redoable if self._replaying == "undo" else self._undoable
        if not self._replaying:
            self._redoable.clear()  # a new edit: nothing can be redone
        if _BREAK.search(gone):
            kept.append((position, gone))
        self._units = units[:position] + inserted + units[position + removed :]
        self._splice_text(position, removed, inserted)

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
        self, position: int, shown: str, gone: str, history: deque[tuple[int, str]] | None
    ) -> str:
        """The characters really inserted, given what the document shows for them."""
        expected, self._expected = self._expected, ""
        if BLOCK_SEPARATOR not in shown:
            return shown
        if expected and as_document_shows(expected) == shown:
            return expected
        # Text that comes back keeps its characters: on undo or redo, what was removed at that
        # place; else what this change replaced (a selection wrapped in markup). Any other
        # block boundary was typed or pasted as a line break.
        breaks: dict[int, str] = {}
        taken: list[tuple[int, int]] = []  # spans of ``shown`` already given back
        for index in reversed(range(len(history or ()))):
            removed_at, source = history[index]  # type: ignore[index]
            at, end = removed_at - position, removed_at - position + len(source)
            if (
                at >= 0
                and all(end <= start or at >= stop for start, stop in taken)
                and shown[at:end] == as_document_shows(source)
            ):
                taken.append((at, end))
                for match in _BREAK.finditer(source):
                    breaks[at + match.start()] = match.group()
                del history[index]  # type: ignore[union-attr]  # it came back
        for source in (expected, gone):
            if _AMBIGUOUS.search(source):
                for at, char in _aligned_breaks(shown, source):
                    breaks.setdefault(at, char)
        if not breaks:
            return shown.replace(BLOCK_SEPARATOR, "\n")
        chars = list(shown.replace(BLOCK_SEPARATOR, "\n"))
        for at, char in breaks.items():
            chars[at] = char
        return "".join(chars)

    def _resync(self, why: str) -> None:
        # Never expected; the document's text is the best left, though it loses what only the
        # copy knew (no-break spaces survive, "\u2029" read as block breaks become "\n").
        log.warning("text mirror out of step (%s); rebuilt from the document", why)
        self._set_units(as_plain_default(to_units(self.document.toRawText())))
        self.resyncs += 1


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
