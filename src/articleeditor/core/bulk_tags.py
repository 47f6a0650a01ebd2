"""Site-wide rename, merge and delete of a tag or category.

Plan first (which files change, and their new bytes), then apply: each file is replaced
atomically, only its tags (or categories) lines change, and a failure puts back the files
already changed. Each file is compared with the bytes read at planning immediately before it
is replaced: one another program saved meanwhile is skipped and reported, never overwritten.
The result remembers every file's original bytes so the edit can be undone, with the same
guard.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from articleeditor.core import fields, frontmatter
from articleeditor.core.errors import (
    ArticleEditorError,
    BulkEditError,
    FrontMatterError,
)
from articleeditor.core.storage import atomic_write
from articleeditor.core.tags import tag_key
from articleeditor.core.textfile import decode, encode

logger = logging.getLogger(__name__)

TAGS = "tags"
CATEGORIES = "categories"


@dataclass(frozen=True)
class TermChange:
    """Replace every term in ``sources`` by ``target`` (rename, merge), or drop them (None)."""

    kind: str  # "tags" | "categories"
    sources: tuple[str, ...]
    target: str | None

    def __post_init__(self) -> None:
        if self.kind not in (TAGS, CATEGORIES):
            raise ValueError(f"unknown kind {self.kind!r}")
        if not any(tag_key(s) for s in self.sources):
            raise ValueError("name at least one tag to change")
        if self.target is not None and not tag_key(self.target):
            raise ValueError("the new name is empty")

    def apply(self, terms: list[Any]) -> list[Any]:
        """``terms`` after the change; unchanged (same list contents) when none is affected.

        Terms the change does not name are kept as they are, numbers included."""
        keys = {tag_key(s) for s in self.sources}
        if not any(tag_key(str(t)) in keys for t in terms):
            return list(terms)
        target_key = tag_key(self.target) if self.target is not None else None
        out: list[Any] = []
        placed = False
        for term in terms:
            key = tag_key(str(term))
            if key in keys or (target_key is not None and key == target_key):
                if self.target is not None and not placed:
                    out.append(self.target)
                    placed = True
                continue
            out.append(term)
        return out


def change_text(text: str, change: TermChange) -> str:
    """``text`` with the change applied to its front matter; the same object if unaffected.

    Raises FrontMatterError when the field cannot be edited safely."""
    fm = frontmatter.parse(text)
    if fm.error is not None:
        return text  # broken files carry no readable tags to change
    name = fields.TAGS if change.kind == TAGS else fields.CATEGORIES
    key, value = fields.get_field(fm.data, name)
    if key is None or value is None:
        return text
    if isinstance(value, (list, tuple)):
        terms = list(value)
        new = change.apply(terms)
        if new == terms:
            return text
        return frontmatter.set_field(text, key, new)
    old = str(value)
    new = change.apply([old])
    if new == [old]:
        return text
    # A single string stays a single string (Pelican's "category: News").
    return frontmatter.set_field(text, key, new[0] if new else None)


@dataclass(frozen=True)
class FileEdit:
    """One file's planned edit: its bytes before and after."""

    path: Path
    before: bytes
    after: bytes


@dataclass
class ChangePlan:
    """The files a change would edit, and the files it cannot edit (with the reason: the
    system's or the parser's own text, or a Finding)."""

    change: TermChange
    edits: list[FileEdit] = field(default_factory=list)
    problems: list[tuple[Path, str]] = field(default_factory=list)


@dataclass
class AppliedChange:
    """A change as written: the files it replaced (enough to undo it), and the files it left
    alone because another program changed them after they were read."""

    change: TermChange
    edits: list[FileEdit]
    skipped: list[Path] = field(default_factory=list)

    @property
    def paths(self) -> list[Path]:
        """The files that were changed."""
        return [e.path for e in self.edits]


def plan_change(paths: Iterable[Path], change: TermChange) -> ChangePlan:
    """Read ``paths`` and work out each affected file's new bytes; nothing is written."""
    plan = ChangePlan(change)
    for path in paths:
        path = Path(path)
        try:
            before = path.read_bytes()
            text, fmt = decode(before, path)
            new_text = change_text(text, change)
        except OSError as error:
            plan.problems.append((path, error.strerror or str(error)))
            continue
        except FrontMatterError as error:
            plan.problems.append((path, error.message))
            continue
        except ArticleEditorError as error:  # not text, too large: worded by the window
            plan.problems.append((path, error.finding()))
            continue
        if new_text is not text and new_text != text:
            plan.edits.append(FileEdit(path, before, encode(new_text, fmt)))
    plan.edits.sort(key=lambda e: str(e.path))
    return plan


class _ChangedOnDisk(Exception):
    """Cancels one file's replacement: its bytes are no longer those the edit was made from."""


def _changed(path: Path, expected: bytes) -> bool:
    """True unless ``path`` holds exactly ``expected`` now: compared by content, never by mtime
    (a save of the same size with its mtime put back is still a change)."""
    try:
        with open(path, "rb") as f:
            if os.fstat(f.fileno()).st_size != len(expected):
                return True
            return f.read(len(expected) + 1) != expected
    except OSError:
        return True  # deleted, or no longer readable: not the file the edit was made from


def _replace_if_unchanged(path: Path, expected: bytes, new: bytes) -> bool:
    """Write ``new`` over ``path`` only if it still holds ``expected``; False if it did not.

    The check runs inside the atomic writer once the new bytes are on disk, right before the
    rename, so a save by another program is caught unless it lands in those microseconds
    (no portable file system offers a compare-and-swap to close that gap)."""

    def still_expected() -> None:
        if _changed(path, expected):
            raise _ChangedOnDisk

    try:
        atomic_write(path, new, before_replace=still_expected)
    except _ChangedOnDisk:
        logger.info("left %s alone: it changed on disk since it was read", path)
        return False
    return True


def _write_all(writes: list[FileEdit]) -> tuple[list[FileEdit], list[Path]]:
    """Write each edit's ``after`` over a file still holding its ``before``; skip the others.

    Returns the edits written and the files skipped. On a failed write the files already
    written are put back (each only if it still holds what was written) and BulkEditError
    is raised."""
    done: list[FileEdit] = []
    skipped: list[Path] = []
    for edit in writes:
        try:
            written = _replace_if_unchanged(edit.path, edit.before, edit.after)
        except ArticleEditorError as error:
            restored = True
            for undo in reversed(done):
                try:
                    restored &= _replace_if_unchanged(undo.path, undo.after, undo.before)
                except ArticleEditorError:
                    logger.exception("could not put back %s", undo.path)
                    restored = False
            reason = getattr(error, "reason", str(error))
            raise BulkEditError(edit.path, reason, restored) from error
        if written:
            done.append(edit)
        else:
            skipped.append(edit.path)
    return done, skipped


def apply_plan(plan: ChangePlan) -> AppliedChange:
    """Write the planned edits. A file changed on disk since planning is skipped, never
    overwritten: each file is checked by content immediately before it is replaced."""
    written, skipped = _write_all(plan.edits)
    return AppliedChange(plan.change, written, skipped)


def undo_change(applied: AppliedChange) -> AppliedChange:
    """Put back each file's original bytes, skipping any changed on disk since the edit.

    Returns the undo as a change of its own: the files restored, and those left alone."""
    reverse = [FileEdit(e.path, e.after, e.before) for e in applied.edits]
    written, skipped = _write_all(reverse)
    return AppliedChange(applied.change, written, skipped)
