"""Site-wide rename, merge and delete of a tag or category.

Plan first (which files change, and their new bytes), then apply: each file is replaced
atomically, only its tags (or categories) lines change, and a failure puts back the files
already changed. The result remembers every file's original bytes so the edit can be undone
while nobody else has touched those files.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from articleeditor.core import fields, frontmatter
from articleeditor.core.errors import (
    ArticleEditorError,
    BulkEditError,
    FilesChangedSince,
    FrontMatterError,
)
from articleeditor.core.storage import atomic_write
from articleeditor.core.tags import tag_key
from articleeditor.core.textfile import decode, encode

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


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


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
    """The files a change would edit, and the files it cannot edit (with the reason)."""

    change: TermChange
    edits: list[FileEdit] = field(default_factory=list)
    problems: list[tuple[Path, str]] = field(default_factory=list)


@dataclass
class AppliedChange:
    """A change that was written: enough to undo it."""

    change: TermChange
    edits: list[FileEdit]

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
        except ArticleEditorError as error:
            plan.problems.append((path, str(error)))
            continue
        if new_text is not text and new_text != text:
            plan.edits.append(FileEdit(path, before, encode(new_text, fmt)))
    plan.edits.sort(key=lambda e: str(e.path))
    return plan


def _changed(path: Path, expected: bytes) -> bool:
    try:
        st = os.stat(path)
        if st.st_size != len(expected):
            return True
        return _sha(path.read_bytes()) != _sha(expected)
    except OSError:
        return True


def _write_all(pairs: list[tuple[Path, bytes, bytes]]) -> None:
    """Write ``new`` over each path; on a failure put back ``old`` in those already written."""
    done: list[tuple[Path, bytes]] = []
    for path, old, new in pairs:
        try:
            atomic_write(path, new)
        except ArticleEditorError as error:
            restored = True
            for written, original in reversed(done):
                try:
                    atomic_write(written, original)
                except ArticleEditorError:
                    restored = False
            reason = getattr(error, "reason", str(error))
            raise BulkEditError(path, reason, restored) from error
        done.append((path, old))


def apply_plan(plan: ChangePlan) -> AppliedChange:
    """Write the planned edits; refuses (writing nothing) if any file changed since planning."""
    moved = [e.path for e in plan.edits if _changed(e.path, e.before)]
    if moved:
        raise FilesChangedSince(moved, "not applied")
    _write_all([(e.path, e.before, e.after) for e in plan.edits])
    return AppliedChange(plan.change, list(plan.edits))


def undo_change(applied: AppliedChange) -> None:
    """Put back every file's original bytes; refuses if any was changed since the edit."""
    moved = [e.path for e in applied.edits if _changed(e.path, e.after)]
    if moved:
        raise FilesChangedSince(moved, "cannot undo")
    _write_all([(e.path, e.after, e.before) for e in applied.edits])
