"""The site-wide index: every article's title, date, draft flag, tags and categories.

A scan reads only the head of each file (front matter sits at the top), keeps broken files as
entries with an ``error``, and is cached per site root in the user's cache folder; a cached entry
is reused while the file's size and modification time are unchanged.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import asdict
from pathlib import Path

from articleeditor.core.errors import SaveError
from articleeditor.core.index_entry import (
    CATEGORIES,
    HEAD_BYTES,
    TAGS,
    ArticleEntry,
    read_entry,
)
from articleeditor.core.storage import atomic_write
from articleeditor.core.tags import tag_key

__all__ = [
    "CATEGORIES",
    "HEAD_BYTES",
    "TAGS",
    "ArticleEntry",
    "SiteIndex",
    "read_entry",
    "user_cache_dir",
]

MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown")
CACHE_VERSION = 2  # 2: entries' errors carry a finding code
# A site repeats a few hundred tags thousands of times: normalise each spelling once.
_tag_key = functools.lru_cache(maxsize=65536)(tag_key)


def user_cache_dir() -> Path:
    """The platform's per-user cache folder for ArticleEditor."""
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
        return base / "ArticleEditor" / "Cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "ArticleEditor"
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "articleeditor"


def _walk(folder: Path) -> Iterator[os.DirEntry[str]]:
    # A stack, not recursion: a site may nest folders deeper than Python's recursion limit.
    pending = [folder]
    while pending:
        current = pending.pop()
        try:
            with os.scandir(current) as it:
                entries = list(it)
        except OSError:
            continue
        folders = []
        for item in entries:
            if item.name.startswith("."):
                continue  # hidden folders, editor swap files, our own atomic-write temp files
            try:
                if item.is_dir(follow_symlinks=False):
                    folders.append(Path(item.path))
                elif item.name.endswith(MARKDOWN_SUFFIXES) and item.is_file():
                    yield item
            except OSError:
                continue  # a link loop or a name too long: not an article we can read
        pending.extend(reversed(folders))


def is_article_path(path: Path) -> bool:
    """True for the files the index tracks (Markdown, not hidden)."""
    return path.name.endswith(MARKDOWN_SUFFIXES) and not path.name.startswith(".")


class SiteIndex:
    """All articles under ``root``; ``scan()`` fills it, ``update_file``/``remove_file`` keep it
    current. Not thread-safe: build it in a worker, then hand it to one thread."""

    def __init__(self, root: Path, cache_dir: Path | None = None) -> None:
        self.root = Path(root).resolve()
        self.cache_dir = cache_dir
        self.entries: dict[str, ArticleEntry] = {}  # change it through put()/update_file()
        self.reused = 0  # entries taken from the cache by the last scan
        self._counts: dict[str, dict[str, int]] = {}

    # ----- building -------------------------------------------------------------------------

    @property
    def cache_path(self) -> Path | None:
        """The cache file for this root, or None when caching is off."""
        if self.cache_dir is None:
            return None
        digest = hashlib.sha256(str(self.root).encode("utf-8")).hexdigest()[:24]
        return self.cache_dir / f"index-{digest}.json"

    def scan(self) -> SiteIndex:
        """Index every Markdown file under the root, reusing cached entries that still match."""
        cached = self._load_cache()
        entries: dict[str, ArticleEntry] = {}
        self.reused = 0
        for item in _walk(self.root):
            try:
                st = item.stat()
            except OSError:
                continue
            old = cached.get(item.path)
            if old is not None and old.size == st.st_size and old.mtime_ns == st.st_mtime_ns:
                entries[item.path] = old
                self.reused += 1
                continue
            entry = read_entry(Path(item.path))
            if entry is not None:
                entries[item.path] = entry
        changed = self.reused != len(entries) or len(cached) != len(entries)
        self.entries = entries
        self._counts.clear()
        if changed:
            self.save_cache()
        return self

    def update_file(self, path: Path) -> ArticleEntry | None:
        """Re-read one file (created or changed); a file that is gone is removed."""
        path = Path(path)
        entry = read_entry(path) if is_article_path(path) else None
        self.put(path, entry)
        return entry

    def remove_file(self, path: Path) -> None:
        """Forget one file (deleted or moved away)."""
        self.put(path, None)

    def put(self, path: Path, entry: ArticleEntry | None) -> None:
        """Store an entry read elsewhere (e.g. by a worker); None removes the file."""
        if entry is None:
            self.entries.pop(str(path), None)
        else:
            self.entries[str(path)] = entry
        self._counts.clear()

    def stale_in(self, folder: Path) -> list[Path]:
        """Files in ``folder`` (not below) that are new, changed or gone since indexed."""
        folder = Path(folder)
        seen: set[str] = set()
        stale: list[Path] = []
        try:
            with os.scandir(folder) as it:
                items = [i for i in it if is_article_path(Path(i.name)) and i.is_file()]
        except OSError:
            items = []
        for item in items:
            seen.add(item.path)
            st = item.stat()
            old = self.entries.get(item.path)
            if old is None or old.size != st.st_size or old.mtime_ns != st.st_mtime_ns:
                stale.append(Path(item.path))
        prefix = str(folder) + os.sep
        for known in self.entries:
            inside = known.startswith(prefix) and os.sep not in known[len(prefix) :]
            if inside and known not in seen:
                stale.append(Path(known))
        return stale

    def folders(self) -> list[Path]:
        """Every folder under the root (for a watcher), the root first."""
        found = [self.root]
        pending = [self.root]
        while pending:  # os.walk recurses (Python 3.11): a deep tree would overflow it
            try:
                with os.scandir(pending.pop()) as it:
                    below = [
                        Path(i.path)
                        for i in it
                        if not i.name.startswith(".") and i.is_dir(follow_symlinks=False)
                    ]
            except OSError:
                continue
            found += below
            pending += below
        return found

    # ----- cache ----------------------------------------------------------------------------

    def _load_cache(self) -> dict[str, ArticleEntry]:
        path = self.cache_path
        if path is None:
            return {}
        try:
            data = json.loads(path.read_bytes())
        except (OSError, ValueError):
            return {}  # no cache yet, or a damaged one: rebuild
        if data.get("version") != CACHE_VERSION or data.get("root") != str(self.root):
            return {}
        try:
            return {row["path"]: ArticleEntry(**row) for row in data["entries"]}
        except (KeyError, TypeError):
            return {}

    def save_cache(self) -> None:
        """Write the cache (best effort: an unwritable cache folder only costs speed)."""
        path = self.cache_path
        if path is None:
            return
        data = {
            "version": CACHE_VERSION,
            "root": str(self.root),
            "entries": [asdict(e) for e in self.entries.values()],
        }
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write(path, json.dumps(data, ensure_ascii=False).encode("utf-8"))
        except (OSError, SaveError):
            return

    # ----- queries --------------------------------------------------------------------------

    def counts(self, kind: str = TAGS) -> dict[str, int]:
        """Each tag (or category) with the number of articles using it, most used first.

        Spellings that differ only in case, accents or spacing count as one tag, shown in its
        most used spelling."""
        if kind not in self._counts:
            self._counts[kind] = self._count(kind)
        return dict(self._counts[kind])

    def _count(self, kind: str) -> dict[str, int]:
        by_key: dict[str, Counter[str]] = {}
        for entry in self.entries.values():
            for term in {_tag_key(t): t for t in entry.terms(kind)}.values():
                key = _tag_key(term)
                if key:
                    by_key.setdefault(key, Counter())[term] += 1
        totals = {
            min(spellings, key=lambda t: (-spellings[t], t)): sum(spellings.values())
            for spellings in by_key.values()
        }
        return dict(sorted(totals.items(), key=lambda kv: (-kv[1], kv[0].casefold())))

    def articles_with(self, term: str, kind: str = TAGS) -> list[ArticleEntry]:
        """Articles carrying ``term`` in any spelling, newest first."""
        key = _tag_key(term)
        found = [e for e in self.entries.values() if any(_tag_key(t) == key for t in e.terms(kind))]
        return sorted(found, key=lambda e: (e.date, e.path), reverse=True)

    def broken(self) -> list[ArticleEntry]:
        """Articles whose front matter (or bytes) could not be read."""
        return sorted((e for e in self.entries.values() if e.error), key=lambda e: e.path)

    def __len__(self) -> int:
        return len(self.entries)
