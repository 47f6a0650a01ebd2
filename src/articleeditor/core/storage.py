"""Atomic writes and on-disk fingerprints: a failed save never damages the old file."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import secrets
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from articleeditor.core.errors import SaveError

_REASONS = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is exceeded",
    errno.EROFS: "the file system is read-only",
    errno.ENOENT: "the folder does not exist",
    errno.ENOTDIR: "a part of the path is not a folder",
    errno.EISDIR: "a folder with that name exists",
    errno.ENAMETOOLONG: "the file name is too long",
    errno.EIO: "the disk reported an input/output error",
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


def changed_on_disk(path: Path, known: Fingerprint | None) -> bool:
    """True if the file's content differs from ``known`` (created, deleted or rewritten)."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return known is not None
    if known is None:
        return True
    if st.st_size != known.size:
        return True
    if st.st_mtime_ns == known.mtime_ns:
        return False
    # Same size, new mtime: a touch or a save of identical content is not a conflict.
    current = fingerprint(path)
    return current is None or current.sha256 != known.sha256


def _reason(error: OSError, folder: Path) -> str:
    if error.errno in (errno.EACCES, errno.EPERM):
        if folder.is_dir() and not os.access(folder, os.W_OK):
            return "the folder is read-only"
        return "permission denied"
    return _REASONS.get(error.errno or 0, error.strerror or str(error))


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
    path: Path, data: bytes, *, before_replace: Callable[[], None] | None = None
) -> None:
    """Replace ``path`` with ``data`` atomically; on failure keep the old file, raise SaveError.

    ``before_replace`` runs when the new bytes are safely on disk, immediately before they take
    the old file's place: a last check that cancels the write (old file untouched) by raising.
    """
    path = Path(path)
    # Write through a symlink: replace the real file and keep the link itself.
    target = Path(os.path.realpath(path))
    folder = target.parent
    temp = folder / f".{target.name}.{secrets.token_hex(4)}.tmp"
    fd = -1
    try:
        try:
            old = os.stat(target)
        except FileNotFoundError:
            old = None
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
        if before_replace is not None:
            before_replace()
        os.replace(temp, target)
    except BaseException as error:
        if fd >= 0:
            os.close(fd)
        temp.unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise SaveError(path, _reason(error, folder)) from error
        raise
    _fsync_folder(folder)


def _keep_owner(temp: Path, old: os.stat_result) -> None:
    # Only root may give a file away; the saved content matters more than its owner.
    with contextlib.suppress(PermissionError):
        os.chown(temp, old.st_uid, old.st_gid)
