"""Atomic writes and on-disk fingerprints: a failed save never damages the old file.

A save writes a temporary file beside the target and renames it over the target. The
temporary file's name says whose it is (``.<name>.ae-<pid>-<random>.tmp``), so temporary files
left by a save that was killed are recognised, and removed, at the next save of that file.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import logging
import os
import re
import secrets
import stat
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from articleeditor.core.errors import SaveError
from articleeditor.core.findings import Finding

log = logging.getLogger(__name__)

# Temporary files of earlier versions (".<name>.<8 hex>.tmp") carry no process id: they are
# removed once they are this old, when no save of that file can still be writing them.
_UNOWNED_TEMP_AGE_S = 600

# Why a write failed, as findings the window words (core.findings has the English).
_REASONS = {
    errno.ENOSPC: "write-disk-full",
    errno.EDQUOT: "write-quota",
    errno.EROFS: "write-read-only-file-system",
    errno.ENOENT: "write-no-folder",
    errno.ENOTDIR: "write-not-a-folder",
    errno.EISDIR: "write-folder-exists",
    errno.ENAMETOOLONG: "write-name-too-long",
    errno.EIO: "write-io-error",
}


@dataclass(frozen=True)
class Fingerprint:
    """What we know about a file's content when we last read or wrote it."""

    size: int
    mtime_ns: int
    sha256: str

    @classmethod
    def of(cls, data: bytes, st: os.stat_result) -> Fingerprint:
        """Fingerprint of ``data`` that was just read from or written to a file with stat ``st``."""
        return cls(st.st_size, st.st_mtime_ns, hashlib.sha256(data).hexdigest())


def fingerprint(path: Path) -> Fingerprint | None:
    """Fingerprint of the file at ``path`` now, or None if it does not exist."""
    try:
        with open(path, "rb") as f:
            st = os.fstat(f.fileno())
            data = f.read()
    except FileNotFoundError:
        return None
    return Fingerprint.of(data, st)


class FileChangedOnDisk(SaveError):
    """The file's content changed since it was read, so it was not replaced."""

    def __init__(self, path: Path) -> None:
        super().__init__(path, Finding("write-changed-on-disk"))


def changed_on_disk(path: Path, known: Fingerprint | None) -> bool:
    """True if the file's content differs from ``known`` (created, deleted or rewritten).

    Judged by content alone: an edit that keeps the size and puts the mtime back is a change,
    a touch that leaves the bytes alone is not. A file that cannot be read counts as changed.
    """
    try:
        current = fingerprint(path)
    except OSError as error:
        log.info("cannot read %s to compare it: %s", path, error)
        return True
    if current is None or known is None:
        return current is not known
    return current.sha256 != known.sha256


def is_read_only(path: Path) -> bool:
    """True if ``path`` is an existing file that is marked read-only (no write permission for
    us, or none for anyone: root may write anything, but a 0444 file still means "keep")."""
    try:
        st = os.stat(path)
    except OSError:
        return False
    no_write_bits = not st.st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)
    return no_write_bits or not os.access(path, os.W_OK)


def temp_name(target: Path) -> str:
    """A fresh name for a temporary file beside ``target``, marked as this process's."""
    return f".{target.name}.ae-{os.getpid()}-{secrets.token_hex(4)}.tmp"


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # someone else's process, or we cannot tell: assume it is writing
    return True


def stale_temp_files(target: Path) -> list[Path]:
    """Temporary files beside ``target`` left by saves of it that can no longer finish: their
    process is gone (or, for the older unmarked names, they are long untouched)."""
    folder, name = target.parent, re.escape(target.name)
    ours = re.compile(rf"\.{name}\.ae-(\d+)-[0-9a-f]{{8}}\.tmp")
    unmarked = re.compile(rf"\.{name}\.[0-9a-f]{{8}}\.tmp")
    found = []
    try:
        candidates = [p for p in folder.iterdir() if p.name.startswith("." + target.name + ".")]
    except OSError:
        return []
    for path in candidates:
        marked = ours.fullmatch(path.name)
        if marked is not None:
            pid = int(marked.group(1))
            if pid != os.getpid() and not _process_alive(pid):
                found.append(path)
        elif unmarked.fullmatch(path.name):
            with contextlib.suppress(OSError):
                if time.time() - path.lstat().st_mtime > _UNOWNED_TEMP_AGE_S:
                    found.append(path)
    return found


def remove_stale_temp_files(target: Path) -> int:
    """Remove :func:`stale_temp_files` of ``target``; returns how many were removed."""
    removed = 0
    for path in stale_temp_files(target):
        try:
            if path.is_symlink() or not path.is_file():
                continue  # ours are regular files; leave anything else alone
            path.unlink()
            removed += 1
        except OSError as error:
            log.warning("cannot remove the stale temporary file %s: %s", path, error)
    if removed:
        log.info("removed %d stale temporary file(s) of %s", removed, target)
    return removed


def _reason(error: OSError, folder: Path) -> str:
    """Why a write failed: a Finding for the common causes, else the system's own words."""
    if error.errno in (errno.EACCES, errno.EPERM):
        if folder.is_dir() and not os.access(folder, os.W_OK):
            return Finding("write-folder-read-only")
        return Finding("permission-denied")
    if error.errno in _REASONS:
        return Finding(_REASONS[error.errno])
    return error.strerror or str(error)


def _fsync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        # Windows and some network file systems cannot open folders; the rename is done.
        return
    try:
        # Directory fsync is unsupported on some file systems; the data itself is synced.
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write(
    path: Path,
    data: bytes,
    *,
    unchanged_since: Fingerprint | None = None,
    before_replace: Callable[[], None] | None = None,
) -> None:
    """Replace ``path`` with ``data`` atomically; on failure keep the old file, raise SaveError.

    With ``unchanged_since``, the file is compared with it just before it is replaced, and left
    alone (FileChangedOnDisk) if another program changed its content in the meantime.
    ``before_replace`` runs when the new bytes are safely on disk, immediately before they take
    the old file's place: a last check that cancels the write (old file untouched) by raising.
    """
    path = Path(path)
    # Write through a symlink: replace the real file and keep the link itself.
    target = Path(os.path.realpath(path))
    folder = target.parent
    temp = folder / temp_name(target)
    fd = -1
    try:
        try:
            old = os.stat(target)
        except FileNotFoundError:
            old = None
        if old is not None and not stat.S_ISREG(old.st_mode):
            # A link to /dev/null or a FIFO: replacing it would put a file where a device was.
            raise SaveError(path, Finding("write-not-regular", {"target": target}))
        # 0o666 lets the kernel apply the umask to a new file, as a plain open() would.
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
        if old is not None:
            os.chmod(temp, stat.S_IMODE(old.st_mode))
            if hasattr(os, "chown") and (old.st_uid, old.st_gid) != (
                os.fstat(fd).st_uid,
                os.fstat(fd).st_gid,
            ):
                _keep_owner(temp, old)
        view = memoryview(data)
        while view:
            written = os.write(fd, view)
            view = view[written:]
        os.fsync(fd)
        os.close(fd)
        fd = -1
        if unchanged_since is not None and changed_on_disk(target, unchanged_since):
            raise FileChangedOnDisk(path)
        if before_replace is not None:
            before_replace()
        os.replace(temp, target)
    except BaseException as error:
        if fd >= 0:
            os.close(fd)
        # The folder may be gone or a file now: the save's own error is the one to report.
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise SaveError(path, _reason(error, folder)) from error
        raise
    _fsync_folder(folder)
    remove_stale_temp_files(target)


def _keep_owner(temp: Path, old: os.stat_result) -> None:
    # Only root may give a file away; the saved content matters more than its owner.
    with contextlib.suppress(PermissionError):
        os.chown(temp, old.st_uid, old.st_gid)
