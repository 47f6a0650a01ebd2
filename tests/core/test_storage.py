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


def test_a_folder_replaced_by_a_file_is_a_save_error(tmp_path: Path) -> None:
    """The cleanup of the temporary file fails the same way; the save's reason is reported."""
    folder = tmp_path / "drafts"
    folder.write_bytes(b"")
    with pytest.raises(SaveError, match="a part of the path is not a folder"):
        atomic_write(folder / "a.md", b"x")


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


def test_a_same_size_edit_with_its_mtime_put_back_is_a_change(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_bytes(b"draft one")
    known = fingerprint(path)
    assert known is not None
    path.write_bytes(b"draft two")  # same size
    os.utime(path, ns=(known.mtime_ns, known.mtime_ns))
    assert os.stat(path).st_mtime_ns == known.mtime_ns
    assert changed_on_disk(path, known)


def test_a_guarded_write_leaves_a_file_changed_since_it_was_read(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_bytes(b"mine")
    known = fingerprint(path)
    path.write_bytes(b"them")
    with pytest.raises(storage.FileChangedOnDisk):
        atomic_write(path, b"new", unchanged_since=known)
    assert path.read_bytes() == b"them"
    assert _leftovers(tmp_path) == []
    atomic_write(path, b"new", unchanged_since=fingerprint(path))
    assert path.read_bytes() == b"new"


def test_read_only_means_no_write_bits_even_for_root(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    assert not storage.is_read_only(path)  # missing
    path.write_bytes(b"x")
    assert not storage.is_read_only(path)
    path.chmod(0o444)
    assert storage.is_read_only(path)


def _dead_pid() -> int:
    import subprocess
    import sys

    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_temporary_files_of_killed_saves_go_at_the_next_save(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_bytes(b"old")
    dead = _dead_pid()
    stale = [tmp_path / f".a.md.ae-{dead}-0badcafe.tmp", tmp_path / ".a.md.0123abcd.tmp"]
    for temp in stale:
        temp.write_bytes(b"partial" * 1000)
    long_ago = 1_000_000_000
    os.utime(stale[1], (long_ago, long_ago))
    kept = [
        tmp_path / f".a.md.ae-{os.getppid()}-0badcafe.tmp",  # a live process may be saving
        tmp_path / f".b.md.ae-{dead}-0badcafe.tmp",  # another file's
        tmp_path / ".a.md.89abcdef.tmp",  # unmarked and recent: perhaps being written
        tmp_path / f".a.md.ae-{dead}-notahex.tmp",  # not a name we make
    ]
    for other in kept:
        other.write_bytes(b"x")
    atomic_write(path, b"new")
    assert path.read_bytes() == b"new"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in [path, *kept])


def test_temporary_names_name_the_file_and_the_process(tmp_path: Path) -> None:
    name = storage.temp_name(tmp_path / "a b.md")
    assert name.startswith(f".a b.md.ae-{os.getpid()}-") and name.endswith(".tmp")


def test_a_link_to_a_device_is_never_replaced(tmp_path):
    import os
    import stat as stat_module

    import pytest

    from articleeditor.core.errors import SaveError
    from articleeditor.core.storage import atomic_write

    link = tmp_path / "article.md"
    os.symlink(os.devnull, link)
    with pytest.raises(SaveError, match="not a regular file"):
        atomic_write(link, b"text")
    assert stat_module.S_ISCHR(os.stat(os.devnull).st_mode)
    assert [p.name for p in tmp_path.iterdir()] == ["article.md"]  # no temp file left
