"""The recovery journal: atomic entries per article, listed after a crash, removed on save."""

from __future__ import annotations

from pathlib import Path

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


def test_keys_stable_per_file_and_unique_for_untitled(tmp_path):
    assert key_for(tmp_path / "a.md") == key_for(tmp_path / "." / "a.md")
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
