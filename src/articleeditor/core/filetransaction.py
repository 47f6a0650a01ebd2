"""Write and remove several files as one change: all of it happens, or the folders are left as
they were.

Each file is first written (through ``storage.atomic_write``) beside its target under a
temporary name, so the final moves are renames within one folder. Only then are the files
moved in, each replaced or removed file kept aside until every move has succeeded. A failure at
any step takes out what was moved in, restores what was replaced or removed and removes new
folders. A folder a removal leaves empty is removed once the change is complete.
"""

from __future__ import annotations

import errno
import logging
import os
import secrets
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from articleeditor.core.errors import PublishError, SaveError
from articleeditor.core.findings import Finding
from articleeditor.core.storage import atomic_write

logger = logging.getLogger(__name__)


@dataclass
class _Step:
    target: Path
    data: bytes | None  # None: the target is removed
    staged: Path | None
    backup: Path | None = None
    moved_in: bool = False


def _reason(error: BaseException, folder: Path) -> str:
    """Why a step failed: a Finding for a read-only folder, else the system's own words."""
    cause = error.__cause__ if isinstance(error, SaveError) else error
    if isinstance(cause, OSError):
        if cause.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return Finding("publish-folder-read-only", {"folder": folder})
        return cause.strerror or str(cause)
    return error.reason if isinstance(error, SaveError) else str(error)


def _make_folders(folder: Path, created: list[Path]) -> None:
    missing = []
    while not folder.exists():
        missing.append(folder)
        folder = folder.parent
    for path in reversed(missing):
        path.mkdir()
        created.append(path)


def write_all(
    files: Iterable[tuple[Path, bytes]],
    root: Path,
    before_commit: Callable[[], None] | None = None,
    removals: Iterable[Path] = (),
    keep_folders: Iterable[Path] = (),
) -> None:
    """Write each ``(path, data)`` and remove each of ``removals``, or do none of it; raises
    PublishError naming the folder and why.

    ``before_commit`` runs once every file is in place, while the replaced ones can still be
    put back: if it raises, the folders are restored and its exception goes on (Publish saves
    the draft's record of the publish there, so the two never disagree).
    """
    keep = {root, *keep_folders}
    token = secrets.token_hex(4)
    created: list[Path] = []
    steps: list[_Step] = []
    current = root
    try:
        for target, data in files:
            current = target.parent
            _make_folders(current, created)
            staged = current / f".{target.name}.{token}.publish"
            steps.append(_Step(target, data, staged))
            atomic_write(staged, data)
        steps.extend(_Step(path, None, None) for path in removals)
        for step in steps:
            current = step.target.parent
            if os.path.lexists(step.target):
                backup = current / f".{step.target.name}.{token}.backup"
                os.replace(step.target, backup)
                step.backup = backup
            if step.staged is not None:
                os.replace(step.staged, step.target)
                step.moved_in = True
    except (OSError, SaveError) as error:
        failures = _roll_back(steps, created)
        reason = _reason(error, current)
        if failures:
            restored = {"reason": reason, "paths": ", ".join(failures)}
            reason = Finding("publish-not-restored", restored)
        raise PublishError(current, reason) from error
    if before_commit is not None:
        try:
            before_commit()
        except BaseException:
            failures = _roll_back(steps, created)
            if failures:
                logger.error("could not restore after a failed publish: %s", ", ".join(failures))
            raise
    for step in steps:
        if step.backup is not None:
            try:
                step.backup.unlink(missing_ok=True)
            except OSError as error:  # written and recorded; only a stray copy remains
                logger.warning("could not remove %s: %s", step.backup, error)
    for step in steps:
        if step.data is None:
            _remove_empty_folders(step.target.parent, root, keep)


def _remove_empty_folders(folder: Path, root: Path, keep: set[Path]) -> None:
    """Remove ``folder`` if the removal left it empty (a page bundle, an asset folder); its
    parents stay, as they may be the site's own (an empty ``static/`` of a new Hugo site)."""
    if folder in keep or not folder.is_relative_to(root):
        return
    try:
        folder.rmdir()
    except OSError:  # not empty (or not ours to remove): the folder stays
        return


def _roll_back(steps: list[_Step], created: list[Path]) -> list[str]:
    """Undo a partial write; returns the paths that could not be restored."""
    failures = []
    for step in reversed(steps):
        try:
            if step.moved_in:
                step.target.unlink()
            if step.backup is not None:
                os.replace(step.backup, step.target)
            if step.staged is not None:
                step.staged.unlink(missing_ok=True)
        except OSError:
            failures.append(str(step.target))
    for folder in reversed(created):
        try:
            folder.rmdir()
        except OSError:  # a folder someone else filled meanwhile is theirs now
            failures.append(str(folder))
    return failures
