"""The recovery journal: atomic entries per article, listed after a crash, removed on save."""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path

from articleeditor.core import recovery
from articleeditor.core.recovery import RecoveryJournal, describe_changes, key_for


def test_write_read_and_remove(tmp_path):
    journal = RecoveryJournal(tmp_path / "recovery")
    article = tmp_path / "a.md"
    key = key_for(article)
    journal.write(key, article, "unsaved 雪 text")
    entry = journal.entry(key)
    assert entry is not None and entry.text == "unsaved 雪 text" and entry.path == article
    assert [e.key for e in journal.entries()] == [key]
    journal.remove(key)
    assert journal.entries() == []
    assert not any(p.suffix == ".tmp" for p in (tmp_path / "recovery").iterdir())


def test_keys_stable_per_file_and_unique_for_untitled(tmp_path, monkeypatch):
    real = tmp_path / "a.md"
    real.write_text("x", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "link").symlink_to(tmp_path / "sub")
    (tmp_path / "alias.md").symlink_to(real)
    # pathlib keeps ".." and symbolic links as written: only resolving makes these one file.
    assert key_for(tmp_path / "sub" / ".." / "a.md") == key_for(real)
    assert key_for(tmp_path / "link" / ".." / "a.md") == key_for(real)
    assert key_for(tmp_path / "alias.md") == key_for(real)
    monkeypatch.chdir(tmp_path / "sub")
    assert key_for(Path("../a.md")) == key_for(real)
    assert key_for(Path("a.md")) != key_for(real)  # sub/a.md is another file
    assert key_for(tmp_path / "a.md") != key_for(tmp_path / "b.md")
    assert key_for(None) != key_for(None)
    assert key_for(None, "s1") == key_for(None, "s1")


def test_untitled_entry_and_unreadable_files(tmp_path):
    journal = RecoveryJournal(tmp_path)
    journal.write("untitled-x", None, "draft")
    (tmp_path / "broken.journal.json").write_text("{not json", encoding="utf-8")
    entries = journal.entries()
    assert [(e.key, e.path, e.text) for e in entries] == [("untitled-x", None, "draft")]
    assert RecoveryJournal(Path(tmp_path / "missing")).entries() == []


def test_describe_changes_shows_the_difference():
    diff = describe_changes("one\ntwo\n", "one\n2\n")
    assert "-two" in diff and "+2" in diff


def test_entries_are_listed_newest_first(tmp_path, monkeypatch):
    journal = RecoveryJournal(tmp_path)
    # Written in an order that is neither the time order nor the name order.
    for key, when in (("b-middle", 200.0), ("c-oldest", 100.0), ("a-newest", 300.0)):
        monkeypatch.setattr(recovery.time, "time", lambda when=when: when)
        journal.write(key, tmp_path / f"{key}.md", key)
    assert [e.key for e in journal.entries()] == ["a-newest", "b-middle", "c-oldest"]
    assert [e.saved_at for e in journal.entries()] == [300.0, 200.0, 100.0]


def test_a_journal_write_replaces_the_file_and_is_never_seen_half_written(tmp_path):
    journal = RecoveryJournal(tmp_path)
    key = key_for(tmp_path / "a.md")
    texts = [f"version {n} " + "é" * 300_000 for n in range(6)]
    journal.write(key, None, texts[0])
    file = tmp_path / f"{key}{recovery.SUFFIX}"
    inodes: list[tuple[int, int]] = []
    seen: list[str] = []
    broken: list[str] = []
    done = threading.Event()

    def read_while_writing() -> None:
        while not done.is_set():
            try:
                data = file.read_bytes()
            except FileNotFoundError:
                broken.append("missing")
                continue
            try:
                seen.append(json.loads(data.decode("utf-8"))["text"][:10])
            except ValueError:
                broken.append(f"{len(data)} bytes that are not a whole entry")

    reader = threading.Thread(target=read_while_writing)
    reader.start()
    try:
        for text in texts[1:]:
            before = file.stat().st_ino
            journal.write(key, None, text)
            inodes.append((before, file.stat().st_ino))
    finally:
        done.set()
        reader.join()
    # An atomic write renames a new file over the old one: a rewrite in place keeps the inode.
    assert all(before != after for before, after in inodes)
    assert broken == []
    assert seen and set(seen) <= {t[:10] for t in texts}
    assert journal.entry(key).text == texts[-1]
    assert not any(name.endswith(".tmp") for name in os.listdir(tmp_path))
