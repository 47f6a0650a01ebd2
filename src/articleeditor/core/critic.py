"""CriticMarkup: suggestions and comments written into the Markdown itself.

``{++added++}``, ``{--removed--}``, ``{~~old~>new~~}``, ``{==highlighted==}`` and
``{>>@author 2026-11-20: comment<<}``. A highlight directly followed by a comment is one
comment about the highlighted text. Offsets are Python string indices into the text given.

For Publish and ``articleeditor check``: :func:`unresolved_marks` lists what still waits for
a decision, :func:`strip_comments` removes reviewers' notes, and :func:`review_problems`
words both as one line each.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import Enum

from articleeditor.core.errors import ArticleEditorError
from articleeditor.core.findings import Finding


class MarkKind(Enum):
    """What a mark asks for."""

    INSERTION = "insertion"
    DELETION = "deletion"
    SUBSTITUTION = "substitution"
    HIGHLIGHT = "highlight"
    COMMENT = "comment"


class StaleMarkError(ArticleEditorError, ValueError):
    """The text no longer holds the mark at its offsets (it was edited in between)."""

    def __init__(self, mark: Mark) -> None:
        self.mark = mark
        super().__init__(f"line {mark.line}: the {mark.kind.value} changed since it was read")


# What closes each opener. A substitution's old and new text are parted by "~>", and a
# highlight may be followed at once by a comment about it.
_CLOSERS = {"{++": "++}", "{--": "--}", "{~~": "~~}", "{==": "==}", "{>>": "<<}"}
_SUBSTITUTION_PARTING = "~>"
# "@dana 2026-11-20: text", "@dana: text", "@dana text", "2026-11-20: text" or just "text".
_NOTE_RE = re.compile(
    r"\s*(?:@(?P<author>[^\s:]+))?"
    r"\s*(?P<date>\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?)?"
    r"\s*:?\s*(?P<text>.*)",
    re.DOTALL,
)
_OPENERS = re.compile(r"\{(?:\+\+|--|~~|==|>>)")


@dataclass(frozen=True, slots=True)
class Mark:
    """One CriticMarkup mark at ``text[start:end]``.

    ``old`` is the text the original has there, ``new`` the text the final has; a comment keeps
    its note in ``comment`` (with ``author`` and ``date`` when the note names them) and, when it
    is attached to a highlight, the highlighted text in ``old`` and ``new``.
    """

    kind: MarkKind
    start: int
    end: int
    old: str = ""
    new: str = ""
    comment: str = ""
    author: str = ""
    date: str = ""
    line: int = 1

    @property
    def is_suggestion(self) -> bool:
        """True for insertions, deletions and substitutions: they change the article."""
        return self.kind in (MarkKind.INSERTION, MarkKind.DELETION, MarkKind.SUBSTITUTION)

    @property
    def accepted(self) -> str:
        """What the mark's span becomes when the suggestion is accepted (or comment resolved)."""
        return self.new

    @property
    def rejected(self) -> str:
        """What the mark's span becomes when the suggestion is rejected (or comment resolved)."""
        return self.old


def _note(body: str) -> tuple[str, str, str]:
    m = _NOTE_RE.fullmatch(body)
    assert m is not None  # every part is optional
    author, date, text = m.group("author") or "", m.group("date") or "", m.group("text")
    if not author and not date:
        text = body.strip()
    return author, date, text.strip()


class _Finder:
    """``str.find`` over one text that remembers its last answer per needle.

    The scan asks for each needle from positions that only move forward, so an answer still
    ahead of the position (or "nowhere") is reused and each stretch of the text is searched
    once per needle: the scan stays linear however many openers are never closed.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._answers: dict[str, tuple[int, int]] = {}  # needle -> (searched from, found at)

    def find(self, needle: str, start: int) -> int:
        """``text.find(needle, start)``."""
        answer = self._answers.get(needle)
        if answer is not None:
            searched_from, found = answer
            if searched_from <= start and (found == -1 or found >= start):
                return found
        found = self.text.find(needle, start)
        self._answers[needle] = (start, found)
        return found


def _mark_at(finder: _Finder, start: int, line: int) -> Mark | None:
    """The mark whose opener is at ``start``, or None if it is never closed.

    Each body ends at the first closer after the opener, as CriticMarkup reads it: marks do
    not nest, and a body may hold anything but its own closer.
    """
    text = finder.text
    opener = text[start : start + 3]
    closer = _CLOSERS.get(opener)
    if closer is None:
        return None
    body = start + 3
    if opener == "{~~":
        parting = finder.find(_SUBSTITUTION_PARTING, body)
        close = -1 if parting == -1 else finder.find(closer, parting + 2)
        if close == -1:
            return None
        old, new = text[body:parting], text[parting + 2 : close]
        return Mark(MarkKind.SUBSTITUTION, start, close + 3, old, new, line=line)
    close = finder.find(closer, body)
    if close == -1:
        return None
    content, end = text[body:close], close + 3
    if opener == "{++":
        return Mark(MarkKind.INSERTION, start, end, "", content, line=line)
    if opener == "{--":
        return Mark(MarkKind.DELETION, start, end, content, "", line=line)
    if opener == "{>>":
        author, date, note = _note(content)
        return Mark(MarkKind.COMMENT, start, end, "", "", note, author, date, line=line)
    # A highlight; with a comment right after it, the two are one comment on that text.
    note_close = finder.find("<<}", end + 3) if text.startswith("{>>", end) else -1
    if note_close == -1:
        return Mark(MarkKind.HIGHLIGHT, start, end, content, content, line=line)
    author, date, note = _note(text[end + 3 : note_close])
    return Mark(
        MarkKind.COMMENT, start, note_close + 3, content, content, note, author, date, line=line
    )


def _scan(text: str) -> Iterator[Mark]:
    """Every mark of ``text`` in order, in time linear in its length."""
    finder = _Finder(text)
    line, counted, position = 1, 0, 0
    while True:
        opener = _OPENERS.search(text, position)
        if opener is None:
            return
        start = opener.start()
        line += text.count("\n", counted, start)
        counted = start
        mark = _mark_at(finder, start, line)
        if mark is None:
            position = start + 1
        else:
            yield mark
            position = mark.end


_MARK_OPENERS = ("{++", "{--", "{~~", "{>>", "{==")


def parse_marks(text: str) -> list[Mark]:
    """Every mark in ``text``, in order; marks do not nest."""
    # Substring tests run at memchr speed; the regex scan of a long unmarked article does not.
    if not any(opener in text for opener in _MARK_OPENERS):
        return []
    return list(_scan(text))


def has_marks(text: str) -> bool:
    """True if ``text`` holds at least one mark (cheap test before rendering)."""
    return any(opener in text for opener in _MARK_OPENERS) and next(_scan(text), None) is not None


def _replace(text: str, marks: list[Mark], choose: Callable[[Mark], str]) -> str:
    parts: list[str] = []
    at = 0
    for mark in marks:
        parts += [text[at : mark.start], choose(mark)]
        at = mark.end
    parts.append(text[at:])
    return "".join(parts)


def _check(text: str, mark: Mark) -> None:
    current = _mark_at(_Finder(text), mark.start, mark.line)
    if current is None or current.end != mark.end:
        raise StaleMarkError(mark)
    if (current.kind, current.old, current.new, current.comment) != (
        mark.kind,
        mark.old,
        mark.new,
        mark.comment,
    ):
        raise StaleMarkError(mark)


def accept(text: str, mark: Mark) -> str:
    """``text`` with one mark accepted; raises StaleMarkError if the mark is no longer there."""
    _check(text, mark)
    return text[: mark.start] + mark.accepted + text[mark.end :]


def reject(text: str, mark: Mark) -> str:
    """``text`` with one mark rejected; raises StaleMarkError if the mark is no longer there."""
    _check(text, mark)
    return text[: mark.start] + mark.rejected + text[mark.end :]


def accept_all(text: str) -> str:
    """Every suggestion accepted and every comment removed: the text as it will be published."""
    return _replace(text, parse_marks(text), lambda m: m.accepted)


def reject_all(text: str) -> str:
    """Every suggestion rejected and every comment removed: the text before the review."""
    return _replace(text, parse_marks(text), lambda m: m.rejected)


final_text = accept_all
original_text = reject_all


def strip_comments(text: str) -> str:
    """Remove comments and highlights (keeping the highlighted words); suggestions stay."""
    marks = [m for m in parse_marks(text) if not m.is_suggestion]
    return _replace(text, marks, lambda m: m.new)


def unresolved_marks(text: str) -> list[Mark]:
    """Suggestions still waiting to be accepted or rejected (comments are not among them)."""
    return [m for m in parse_marks(text) if m.is_suggestion]


def mark_authors(marks: list[Mark]) -> list[str]:
    """Each mark's author: a comment's own, or for a suggestion that of a comment right after it."""
    authors = [m.author for m in marks]
    for index, (mark, following) in enumerate(itertools.pairwise(marks)):
        attached = following.kind is MarkKind.COMMENT and following.start == mark.end
        if mark.is_suggestion and attached:
            authors[index] = following.author
    return authors


def unclosed_marks(text: str) -> list[tuple[int, str]]:
    """(line, opener) of each ``{++``, ``{--`` … that no complete mark explains."""
    marks = iter(_scan(text))
    mark = next(marks, None)
    found = []
    line, counted = 1, 0
    for m in _OPENERS.finditer(text):
        while mark is not None and mark.end <= m.start():
            mark = next(marks, None)
        if mark is None or m.start() < mark.start:
            line += text.count("\n", counted, m.start())
            counted = m.start()
            found.append((line, m.group(0)))
    return found


def _excerpt(text: str, limit: int = 40) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def describe(mark: Mark) -> Finding:
    """A one-line description such as ``insertion "new words"`` or ``comment by @dana: …``."""
    if mark.kind is MarkKind.SUBSTITUTION:
        return Finding("mark-substitution", {"old": _excerpt(mark.old), "new": _excerpt(mark.new)})
    if mark.kind is MarkKind.COMMENT:
        if mark.author:
            return Finding(
                "mark-comment-by", {"author": mark.author, "text": _excerpt(mark.comment)}
            )
        return Finding("mark-comment", {"text": _excerpt(mark.comment)})
    return Finding(f"mark-{mark.kind.value}", {"text": _excerpt(mark.old or mark.new)})


def review_findings(text: str) -> list[tuple[int, str]]:
    """(line, message) for each unresolved mark and each mark opened but never closed, in line
    order; :func:`review_problems` words them, a linter can keep the line apart."""
    found = [(m.line, f"unresolved {describe(m)}") for m in parse_marks(text)]
    found += [(line, f'"{opener}" is never closed') for line, opener in unclosed_marks(text)]
    return sorted(found, key=lambda item: item[0])


def review_problems(text: str) -> list[str]:
    """What stops ``text`` from being published as is, one ``line N: …`` message each.

    Unresolved suggestions, comments and highlights, and marks that are opened but never
    closed. An empty list means no review markup is left.
    """
    return [f"line {line}: {message}" for line, message in review_findings(text)]
