"""Editing in suggest mode: each keystroke becomes a CriticMarkup edit instead of a plain one.

Typing goes into (or extends) an insertion ``{++ ++}``; deleting plain text wraps it into a
deletion ``{-- --}``, merged with a deletion next to it; typing over a selection, or next to a
deletion, makes a substitution. Text inside one's own suggestion, or inside a comment's note,
is edited plainly. Positions are Python string indices; the editor converts from Qt's.
"""

from __future__ import annotations

from dataclasses import dataclass

from articleeditor.core.critic import Mark, MarkKind, parse_marks


@dataclass(frozen=True)
class Edit:
    """Replace ``text[start:end]`` with ``replacement``, then put the cursor at ``cursor``."""

    start: int
    end: int
    replacement: str
    cursor: int

    def apply(self, text: str) -> str:
        """The text after the edit."""
        return text[: self.start] + self.replacement + text[self.end :]


def _editable(text: str, mark: Mark) -> tuple[int, int] | None:
    """The span inside ``mark`` that is edited plainly: own suggested text, or a note."""
    if mark.kind is MarkKind.INSERTION:
        return mark.start + 3, mark.end - 3
    if mark.kind is MarkKind.SUBSTITUTION:
        return mark.start + 3 + len(mark.old) + 2, mark.end - 3
    if mark.kind is MarkKind.COMMENT:
        return text.rfind("{>>", mark.start, mark.end) + 3, mark.end - 3
    return None


def _region_at(text: str, marks: list[Mark], a: int, b: int) -> tuple[Mark, int, int] | None:
    for mark in marks:
        region = _editable(text, mark)
        if region and region[0] <= a and b <= region[1]:
            return mark, *region
    return None


def _overlaps(marks: list[Mark], a: int, b: int) -> bool:
    return any(m.start < b and a < m.end for m in marks)


def _ending_at(marks: list[Mark], pos: int) -> Mark | None:
    return next((m for m in marks if m.end == pos), None)


def _starting_at(marks: list[Mark], pos: int) -> Mark | None:
    return next((m for m in marks if m.start == pos), None)


def _inside(marks: list[Mark], pos: int) -> Mark | None:
    return next((m for m in marks if m.start < pos < m.end), None)


def _substitution(start: int, end: int, old: str, new: str) -> Edit:
    replacement = "{~~" + old + "~>" + new + "~~}"
    return Edit(start, end, replacement, start + len(replacement) - 3)


def _emptied(text: str, mark: Mark, start: int, end: int) -> Edit | None:
    """Deleting ``text[start:end]`` inside ``mark``: drop or convert a mark left empty."""
    region = _editable(text, mark)
    assert region is not None
    if (start, end) != region or mark.kind is MarkKind.COMMENT:
        return None
    if mark.kind is MarkKind.INSERTION:
        return Edit(mark.start, mark.end, "", mark.start)
    return Edit(mark.start, mark.end, "{--" + mark.old + "--}", mark.start)


def type_text(text: str, anchor: int, pos: int, typed: str) -> Edit | None:
    """Typing ``typed`` with the selection ``anchor``–``pos``; None if the edit is refused."""
    a, b = sorted((anchor, pos))
    marks = parse_marks(text)
    inside = _region_at(text, marks, a, b)
    if inside is not None:
        return Edit(a, b, typed, a + len(typed))
    if a != b:
        if _overlaps(marks, a, b):
            return None
        return _substitution(a, b, text[a:b], typed)
    mark = _inside(marks, a)
    if mark is not None:  # in a deletion, a highlight or a mark's delimiters: type after it
        a = mark.end
    before = _ending_at(marks, a)
    if before is not None and before.kind in (MarkKind.INSERTION, MarkKind.SUBSTITUTION):
        return Edit(a - 3, a - 3, typed, a - 3 + len(typed))
    if before is not None and before.kind is MarkKind.DELETION:
        return _substitution(before.start, before.end, before.old, typed)
    after = _starting_at(marks, a)
    if after is not None and after.kind is MarkKind.DELETION:
        return _substitution(after.start, after.end, after.old, typed)
    insertion = "{++" + typed + "++}"
    return Edit(a, a, insertion, a + len(insertion) - 3)


def _delete_plain(text: str, marks: list[Mark], a: int, b: int, cursor_at_start: bool) -> Edit:
    """Wrap plain ``text[a:b]`` into a deletion, merged with deletions touching it."""
    before = _ending_at(marks, a)
    before = before if before is not None and before.kind is MarkKind.DELETION else None
    after = _starting_at(marks, b)
    after = after if after is not None and after.kind is MarkKind.DELETION else None
    start = before.start if before else a
    end = after.end if after else b
    old = (before.old if before else "") + text[a:b] + (after.old if after else "")
    replacement = "{--" + old + "--}"
    return Edit(start, end, replacement, start if cursor_at_start else start + len(replacement))


def _delete_selection(text: str, marks: list[Mark], a: int, b: int, forward: bool) -> Edit | None:
    inside = _region_at(text, marks, a, b)
    if inside is not None:
        return _emptied(text, inside[0], a, b) or Edit(a, b, "", a)
    if _overlaps(marks, a, b):
        return None
    return _delete_plain(text, marks, a, b, cursor_at_start=not forward)


def delete_backward(text: str, anchor: int, pos: int) -> Edit | None:
    """Backspace with the selection ``anchor``–``pos``; None when there is nothing to do."""
    a, b = sorted((anchor, pos))
    marks = parse_marks(text)
    if a != b:
        return _delete_selection(text, marks, a, b, forward=False)
    p = a
    for _ in range(len(marks) + 2):  # each step moves left past one mark
        inside = _region_at(text, marks, p, p)
        if inside is not None and p > inside[1]:
            mark = inside[0]
            return _emptied(text, mark, p - 1, p) or Edit(p - 1, p, "", p - 1)
        if inside is not None and inside[0].kind is MarkKind.COMMENT:
            return None  # at the start of a note: nothing to take back
        before = _ending_at(marks, p)
        if before is not None and before.kind in (MarkKind.INSERTION, MarkKind.SUBSTITUTION):
            end = before.end - 3
            return _emptied(text, before, end - 1, end) or Edit(end - 1, end, "", end - 1)
        passed = before or _inside(marks, p)
        if passed is not None:
            p = passed.start
            continue
        if p == 0:
            return None
        return _delete_plain(text, marks, p - 1, p, cursor_at_start=True)
    return None


def delete_forward(text: str, anchor: int, pos: int) -> Edit | None:
    """Delete with the selection ``anchor``–``pos``; None when there is nothing to do."""
    a, b = sorted((anchor, pos))
    marks = parse_marks(text)
    if a != b:
        return _delete_selection(text, marks, a, b, forward=True)
    p = a
    for _ in range(len(marks) + 2):  # each step moves right past one mark
        inside = _region_at(text, marks, p, p)
        if inside is not None and p < inside[2]:
            mark = inside[0]
            return _emptied(text, mark, p, p + 1) or Edit(p, p + 1, "", p)
        if inside is not None and inside[0].kind is MarkKind.COMMENT:
            return None  # at the end of a note
        after = _starting_at(marks, p)
        if after is not None and after.kind is MarkKind.INSERTION:
            start = after.start + 3
            return _emptied(text, after, start, start + 1) or Edit(start, start + 1, "", p)
        passed = after or _inside(marks, p)
        if passed is not None:
            p = passed.end
            continue
        if p >= len(text):
            return None
        return _delete_plain(text, marks, p, p + 1, cursor_at_start=False)
    return None


def comment_edit(text: str, anchor: int, pos: int, author: str, date: str) -> Edit | None:
    """Comment on the selection (highlight + note) or at the cursor; the cursor lands in the note.

    None if the selection overlaps a mark.
    """
    a, b = sorted((anchor, pos))
    marks = parse_marks(text)
    if a != b and _overlaps(marks, a, b):
        return None
    mark = _inside(marks, a) if a == b else None
    if mark is not None:
        a = b = mark.end
    header = " ".join(part for part in (f"@{author}" if author else "", date) if part)
    note = "{>>" + (header + ": " if header else "")
    highlighted = "{==" + text[a:b] + "==}" if a != b else ""
    replacement = highlighted + note + "<<}"
    return Edit(a, b, replacement, a + len(highlighted) + len(note))
