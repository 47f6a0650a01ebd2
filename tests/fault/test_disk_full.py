"""A save onto a full disk (a small tmpfs) keeps the file on disk and the text in the editor."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor

DISK_BYTES = 1024 * 1024


@pytest.fixture
def small_disk(tmp_path) -> Path:
    """A 1 MB tmpfs, where the platform allows mounting one (Linux, as root); else skip."""
    if sys.platform != "linux" or os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs Linux and root")
    mount = tmp_path / "small-disk"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={DISK_BYTES}", "tmpfs", str(mount)],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def test_a_save_onto_a_full_disk_keeps_the_file_and_the_text(qtbot, window, dialogs, small_disk):
    article = small_disk / "article.md"
    original = ("---\ntitle: Plein\n---\n\n" + "Une ligne\u00a0française.\n" * 18_000).encode()
    assert 400_000 < len(original) < 500_000
    article.write_bytes(original)
    filler = small_disk / "filler.bin"
    filler.write_bytes(b"\0" * 300_000)  # the temporary copy no longer fits
    assert window.open_path(article)
    window.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(window.editor, "Edit.")

    assert not window.save()
    assert dialogs.shown[-1][0] == "Not saved"
    assert "the disk is full" in dialogs.shown[-1][1] and str(article) in dialogs.shown[-1][1]
    assert article.read_bytes() == original
    assert window.editor.text().encode() == original + b"Edit."
    assert window.editor.document().isModified()
    assert sorted(p.name for p in small_disk.iterdir()) == ["article.md", "filler.bin"]

    filler.unlink()  # room again: the kept text saves
    assert window.save()
    assert article.read_bytes() == original + b"Edit."
    assert sorted(p.name for p in small_disk.iterdir()) == ["article.md"]
