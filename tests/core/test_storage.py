"""Atomic writes keep the old file on any failure; fingerprints detect outside edits."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from articleeditor.core import storage
from articleeditor.core.errors import SaveError
from articleeditor.core.storage import atomic_write, changed_on_disk, fingerprint


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_write_new_file_uses_umask(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        atomic_write(tmp_path / "new.md", b"hello")
    finally:
        os.umask(old)
    assert (tmp_path / "new.md").read_bytes() == b"hello"
    assert stat.S_IMODE((tmp_path / "new.md").stat().st_mode) == 0o644
    assert _leftovers(tmp_path) == []


def test_replace_keeps_permissions(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_bytes(b"old")
    path.chmod(0o640)
    atomic_write(path, b"new")
    assert path.read_bytes() == b"new"
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


def test_symlink_is_followed_and_kept(tmp_path: Path) -> None:
    real = tmp_path / "real.md"
    real.write_bytes(b"old")
    link = tmp_path / "link.md"
    link.symlink_to(real)
    atomic_write(link, b"new")
    assert link.is_symlink()
    assert real.read_bytes() == b"new"


def test_missing_folder_is_a_save_error(tmp_path: Path) -> None:
    with pytest.raises(SaveError, match="folder does not exist"):
        atomic_write(tmp_path / "nope" / "a.md", b"x")


@pytest.mark.parametrize("failing", ["fsync", "replace"])
def test_disk_full_leaves_old_file_and_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    path = tmp_path / "a.md"
    path.write_bytes(b"precious")

    def fail(*args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(storage.os, failing, fail)
    with pytest.raises(SaveError) as info:
        atomic_write(path, b"new content")
    assert info.value.reason == "the disk is full"
    assert path.read_bytes() == b"precious"
    assert _leftovers(tmp_path) == []


def test_permission_reason(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> int:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(storage.os, "open", refuse)
    with pytest.raises(SaveError, match=r"permission denied|read-only"):
        atomic_write(tmp_path / "a.md", b"x")


def test_fingerprint_and_changes(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    assert fingerprint(path) is None
    assert not changed_on_disk(path, None)
    path.write_bytes(b"one")
    known = fingerprint(path)
    assert known is not None and known.size == 3
    assert changed_on_disk(path, None)
    assert not changed_on_disk(path, known)
    # Touching without changing content is not a conflict.
    os.utime(path, ns=(known.mtime_ns + 5_000_000_000, known.mtime_ns + 5_000_000_000))
    assert not changed_on_disk(path, known)
    path.write_bytes(b"two")
    assert changed_on_disk(path, known)
    path.unlink()
    assert changed_on_disk(path, known)
