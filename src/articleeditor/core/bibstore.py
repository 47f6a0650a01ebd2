"""Formatted bibliographies kept on disk between runs, so reopening an article does not run
the CSL engine again for references that did not change.

A bibliography is filed under a digest of everything its formatting depends on: the cited
items' data in citation order, the style file, the locale file citeproc-py reads for it, the
versions of citeproc-py and of this program, and the source of our formatting code. Change
any of them and the digest changes, so a stale entry is never read; old files are pruned.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from collections.abc import Sequence
from pathlib import Path

logger = logging.getLogger(__name__)

# Raise when the file layout changes: older files then simply stop matching.
STORE_FORMAT = 1
# Files kept: a bibliography is a few KB; the oldest go first when there are more.
MAX_FILES = 400


class BibliographyStore:
    """A folder of formatted bibliographies, each a JSON list of entries under its digest."""

    def __init__(self, folder: Path, max_files: int = MAX_FILES) -> None:
        self.folder = Path(folder)
        self.max_files = max_files
        self.hits = 0
        self.misses = 0

    @staticmethod
    def digest(parts: Sequence[object]) -> str:
        """The file name stem for a bibliography whose formatting depends on ``parts``."""
        text = json.dumps([STORE_FORMAT, *parts], sort_keys=True, default=str, ensure_ascii=False)
        return hashlib.sha256(text.encode("utf-8")).hexdigest()

    def _path(self, digest: str) -> Path:
        return self.folder / f"{digest}.json"

    def load(self, digest: str) -> list[list[str]] | None:
        """The rows saved under ``digest``, or None (never saved, unreadable or malformed)."""
        path = self._path(digest)
        try:
            rows = json.loads(path.read_bytes())
        except FileNotFoundError:
            self.misses += 1
            return None
        except (OSError, ValueError) as error:
            logger.warning("ignoring the cached bibliography %s: %s", path, error)
            self.misses += 1
            return None
        if not isinstance(rows, list) or not all(
            isinstance(row, list) and all(isinstance(cell, str) for cell in row) for row in rows
        ):
            logger.warning("ignoring the malformed cached bibliography %s", path)
            self.misses += 1
            return None
        self.hits += 1
        return rows

    def save(self, digest: str, rows: list[list[str]]) -> None:
        """File ``rows`` under ``digest``; a cache that cannot be written is only logged."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            data = json.dumps(rows, ensure_ascii=False).encode("utf-8")
            # Not a user's file, so not core.storage's atomic_write: its two fsyncs would sit
            # on the render path of every new citation. Written aside and renamed, a file is
            # whole or absent; one cut short by a crash is malformed, and load ignores it.
            path = self._path(digest)
            temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
            temp.write_bytes(data)
            os.replace(temp, path)
            self._prune()
        except OSError as error:
            logger.warning("cannot keep the formatted bibliography in %s: %s", self.folder, error)

    def _prune(self) -> None:
        try:
            files = [entry for entry in os.scandir(self.folder) if entry.name.endswith(".json")]
        except OSError as error:
            logger.warning("cannot list the bibliography cache %s: %s", self.folder, error)
            return
        if len(files) <= self.max_files:
            return
        files.sort(key=lambda entry: entry.stat().st_mtime)
        for entry in files[: len(files) - self.max_files]:
            try:
                os.unlink(entry.path)
            except OSError as error:
                logger.warning("cannot prune %s: %s", entry.path, error)
