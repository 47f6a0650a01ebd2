"""The recovery journal: the unsaved text of each open article, written within a second of each
edit to the user's data folder, so a crash or power cut loses at most a second of typing.

One JSON file per article, named by a hash of the article's path (or a session id for an
untitled one), replaced atomically on each write and removed when the article is saved or
closed without saving. A journal that is still there at the next start means the app did not
close normally: the editor offers to restore it and shows what differs.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

from articleeditor.core.storage import atomic_write

SUFFIX = ".journal.json"
FORMAT_VERSION = 1


@dataclass(frozen=True)
class JournalEntry:
    """One article's unsaved text; ``path`` is None for an article never saved."""

    key: str
    path: Path | None
    text: str
    saved_at: float


def key_for(path: Path | None, session: str = "") -> str:
    """The journal key of an article: stable for a file, per session for an untitled one.

    The path is resolved, so a relative path, a path through a symbolic link and the file's
    real path share one journal.
    """
    if path is None:
        return "untitled-" + (session or uuid.uuid4().hex)
    return hashlib.sha256(str(Path(path).resolve()).encode("utf-8")).hexdigest()[:24]


class RecoveryJournal:
    """The folder of journal files."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)

    def _file(self, key: str) -> Path:
        return self.folder / (key + SUFFIX)

    def write(self, key: str, path: Path | None, text: str) -> None:
        """Record ``text`` as the unsaved state of the article ``key`` (atomic)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        record = {
            "version": FORMAT_VERSION,
            "path": str(path) if path is not None else None,
            "saved_at": time.time(),
            "text": text,
        }
        atomic_write(self._file(key), json.dumps(record, ensure_ascii=False).encode("utf-8"))

    def remove(self, key: str) -> None:
        """Forget the article ``key`` (saved, or closed without saving)."""
        self._file(key).unlink(missing_ok=True)

    def entry(self, key: str) -> JournalEntry | None:
        """The entry for ``key``, or None if there is none or it cannot be read."""
        file = self._file(key)
        try:
            record = json.loads(file.read_text(encoding="utf-8"))
            text = record["text"]
            if not isinstance(text, str):
                return None
        except (OSError, ValueError, KeyError, TypeError):
            return None
        raw_path = record.get("path")
        return JournalEntry(
            key, Path(raw_path) if raw_path else None, text, float(record.get("saved_at") or 0)
        )

    def entries(self) -> list[JournalEntry]:
        """Every readable entry, newest first (the work most likely wanted back)."""
        if not self.folder.is_dir():
            return []
        found = []
        for file in self.folder.glob("*" + SUFFIX):
            entry = self.entry(file.name[: -len(SUFFIX)])
            if entry is not None:
                found.append(entry)
        return sorted(found, key=lambda e: e.saved_at, reverse=True)


def describe_changes(saved: str, recovered: str, context: int = 2) -> str:
    """A unified diff from the saved text to the recovered text, for the writer to read."""
    lines = difflib.unified_diff(
        saved.splitlines(),
        recovered.splitlines(),
        "saved",
        "recovered",
        n=context,
        lineterm="",
    )
    return "\n".join(lines)
