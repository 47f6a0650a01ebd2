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
from dataclasses import dataclass
from enum import Enum


class MarkKind(Enum):
    """What a mark asks for."""

    INSERTION = "insertion"
    DELETION = "deletion"
    SUBSTITUTION = "substitution"
    HIGHLIGHT = "highlight"
    COMMENT = "comment"


class StaleMarkError(ValueError):
    """The text no longer holds the mark at its offsets (it was edited in between)."""

    def __init__(self, mark: Mark) -> None:
        self.mark = mark
        super().__init__(f"line {mark.line}: the {mark.kind.value} changed since it was read")


_MARK_RE = re.compile(
    r"\{\+\+(?P<ins>.*?)\+\+\}"
    r"|\{--(?P<del>.*?)--\}"
    r"|\{~~(?P<old>.*?)~>(?P<new>.*?)~~\}"
    r"|\{==(?P<hl>.*?)==\}(?:\{>>(?P<hlnote>.*?)<<\})?"
    r"|\{>>(?P<note>.*?)<<\}",
    re.DOTALL,
)
# "@dana 2026-11-20: text", "@dana: text", "@dana text", "2026-11-20: text" or just "text".
_NOTE_RE = re.compile(
    r"\s*(?:@(?P<author>[^\s:]+))?"
    r"\s*(?P<date>\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?)?"
    r"\s*:?\s*(?P<text>.*)",
    re.DOTALL,
)
_OPENERS = re.compile(r"\{(\+\+|--|~~|==|>>)")


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


def _mark(m: re.Match[str], line: int) -> Mark:
    start, end = m.span()
    group = m.lastgroup if m.lastgroup != "new" else "old"
    if group == "ins":
        return Mark(MarkKind.INSERTION, start, end, "", m.group("ins"), line=line)
    if group == "del":
        return Mark(MarkKind.DELETION, start, end, m.group("del"), "", line=line)
    if group == "old":
        return Mark(MarkKind.SUBSTITUTION, start, end, m.group("old"), m.group("new"), line=line)
    if group == "hl":
        text = m.group("hl")
        return Mark(MarkKind.HIGHLIGHT, start, end, text, text, line=line)
    if group == "hlnote":
        text = m.group("hl")
        author, date, note = _note(m.group("hlnote"))
        return Mark(MarkKind.COMMENT, start, end, text, text, note, author, date, line=line)
    author, date, note = _note(m.group("note"))
    return Mark(MarkKind.COMMENT, start, end, "", "", note, author, date, line=line)


_MARK_OPENERS = ("{++", "{--", "{~~", "{>>", "{==")


def parse_marks(text: str) -> list[Mark]:
    """Every mark in ``text``, in order; marks do not nest."""
    # Substring tests run at memchr speed; the regex scan of a long unmarked article does not.
    if not any(opener in text for opener in _MARK_OPENERS):
        return []
    marks = []
    line, counted = 1, 0
    for m in _MARK_RE.finditer(text):
        line += text.count("\n", counted, m.start())
        counted = m.start()
        marks.append(_mark(m, line))
    return marks


def has_marks(text: str) -> bool:
    """True if ``text`` holds at least one mark (cheap test before rendering)."""
    return "{" in text and _MARK_RE.search(text) is not None


def _replace(text: str, marks: list[Mark], choose) -> str:
    parts, at = [], 0
    for mark in marks:
        parts += [text[at : mark.start], choose(mark)]
        at = mark.end
    parts.append(text[at:])
    return "".join(parts)


def _check(text: str, mark: Mark) -> None:
    m = _MARK_RE.match(text, mark.start)
    if m is None or m.end() != mark.end:
        raise StaleMarkError(mark)
    current = _mark(m, mark.line)
    if (current.kind, current.old, current.new, current.comment) != (
        mark.kind, mark.old, mark.new, mark.comment
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
    inside = [m.span() for m in _MARK_RE.finditer(text)]
    found = []
    for m in _OPENERS.finditer(text):
        if not any(start <= m.start() < end for start, end in inside):
            found.append((text.count("\n", 0, m.start()) + 1, m.group(0)))
    return found


def _excerpt(text: str, limit: int = 40) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def describe(mark: Mark) -> str:
    """A one-line description such as ``insertion "new words"`` or ``comment by @dana: …``."""
    if mark.kind is MarkKind.SUBSTITUTION:
        return f'substitution "{_excerpt(mark.old)}" → "{_excerpt(mark.new)}"'
    if mark.kind is MarkKind.COMMENT:
        by = f" by @{mark.author}" if mark.author else ""
        return f'comment{by}: "{_excerpt(mark.comment)}"'
    return f'{mark.kind.value} "{_excerpt(mark.old or mark.new)}"'


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
