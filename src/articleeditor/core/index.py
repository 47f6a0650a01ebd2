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
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from articleeditor.core import fields, frontmatter
from articleeditor.core.article import _flag, _text_list, parse_date
from articleeditor.core.errors import ArticleEditorError, SaveError
from articleeditor.core.storage import atomic_write
from articleeditor.core.tags import tag_key
from articleeditor.core.textfile import decode

# The loader frontmatter.parse uses: safe, and the C one when PyYAML has it.
_YAML_LOADER: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown")
# Front matter is at the top; 64 KiB holds it for all but exotic articles.
HEAD_BYTES = 65536
CACHE_VERSION = 1
TAGS = "tags"
CATEGORIES = "categories"
KINDS = (TAGS, CATEGORIES)
# A site repeats a few hundred tags thousands of times: normalise each spelling once.
_tag_key = functools.lru_cache(maxsize=65536)(tag_key)


@dataclass
class ArticleEntry:
    """What the index knows about one article file."""

    path: str  # absolute
    size: int
    mtime_ns: int
    title: str = ""
    date: str = ""  # ISO 8601, or "" when absent or unreadable
    draft: bool = False
    tags: list[str] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)
    error: str = ""  # the front matter or file error, "" when the article reads fine

    def terms(self, kind: str) -> list[str]:
        """The article's tags or categories."""
        return self.tags if kind == TAGS else self.categories


def user_cache_dir() -> Path:
    """The platform's per-user cache folder for ArticleEditor."""
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
        return base / "ArticleEditor" / "Cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "ArticleEditor"
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "articleeditor"


def _date_text(value: object) -> str:
    return value.isoformat() if isinstance(value, (date, datetime)) else ""


def _read_head(path: Path, size: int) -> str:
    with open(path, "rb") as f:
        data = f.read(HEAD_BYTES)
    if len(data) < size:
        # Cut at a line end so a multi-byte character is never split.
        data = data[: data.rfind(b"\n") + 1]
    text, _ = decode(data, path)
    return text


def read_entry(path: Path) -> ArticleEntry | None:
    """Index one file; None if it is gone. Unreadable files give an entry with an ``error``."""
    try:
        st = os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        return None
    entry = ArticleEntry(str(path), st.st_size, st.st_mtime_ns)
    try:
        text = _read_head(path, st.st_size)
        data = _indexed_yaml_fields(text)
        if data is not None:
            _fill(entry, data)
            return entry
        fm = frontmatter.parse(text)
        if fm.error is not None and st.st_size > HEAD_BYTES:
            # The block may run past the head: read the whole file before calling it broken.
            with open(path, "rb") as f:
                fm = frontmatter.parse(decode(f.read(), path)[0])
    except OSError as error:
        entry.error = error.strerror or str(error)
        return entry
    except ArticleEditorError as error:
        entry.error = str(error)
        return entry
    except (ValueError, TypeError, RecursionError) as error:
        # PyYAML raises these for impossible values (a 13th month); one file never stops a scan.
        entry.error = str(error) or type(error).__name__
        return entry
    if fm.error is not None:
        entry.error = f"line {fm.error.line}, column {fm.error.column}: {fm.error.message}"
        return entry
    _fill(entry, fm.data)
    return entry


_YAML_OPEN = re.compile(r"---[ \t]*\n")
_YAML_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.M)
_WANTED = frozenset(
    key for name in (fields.TITLE, fields.DATE, fields.DRAFT, fields.PUBLISHED, fields.TAGS,
                     fields.CATEGORIES) for key in fields.ALIASES.get(name, (name,))
)


def _indexed_yaml_fields(text: str) -> dict[Any, Any] | None:
    """The indexed keys of a plain YAML block, or None to leave the file to frontmatter.parse.

    The whole block is still parsed (so broken YAML is caught), but only the few keys the index
    keeps are turned into Python values: long reference lists cost half the scan otherwise.
    Anything unusual (tags, merge keys, errors) goes the slow, exact way."""
    opener = _YAML_OPEN.match(text)
    if opener is None:
        return None
    close = _YAML_CLOSE.search(text, opener.end())
    if close is None:
        return None
    content = text[opener.end() : close.start()]
    if "!" in content or "<<" in content:
        return None
    loader = _YAML_LOADER(content)
    try:
        node = loader.get_single_node()
        if node is None:
            return {}
        if not isinstance(node, yaml.MappingNode):
            return None
        data: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                continue
            key = loader.construct_object(key_node)
            if isinstance(key, str) and key.lower() in _WANTED:
                data[key] = loader.construct_object(value_node, deep=True)
        return data
    except (yaml.YAMLError, ValueError, TypeError):
        return None
    finally:
        loader.dispose()


def _fill(entry: ArticleEntry, data: dict[Any, Any]) -> None:
    # The same reading as Metadata.from_front_matter (aliases, "Title" for "title", Jekyll's
    # "published"), for the five fields the index keeps: a whole Metadata per file cost 15%.
    lowered = {k.lower(): k for k in data if isinstance(k, str)}

    def get(name: str) -> Any:
        keys = fields.ALIASES.get(name, (name,))
        for key in keys:
            if key in data:
                return data[key]
        for key in keys:
            if key in lowered:
                return data[lowered[key]]
        return None

    title = get(fields.TITLE)
    entry.title = "" if title is None else str(title)
    entry.date = _date_text(parse_date(get(fields.DATE)))
    draft = get(fields.DRAFT)
    if draft is None:
        published = get(fields.PUBLISHED)
        entry.draft = published is not None and not _flag(published)
    else:
        entry.draft = _flag(draft)
    entry.tags = _text_list(get(fields.TAGS))
    entry.categories = _text_list(get(fields.CATEGORIES))


def _walk(folder: Path) -> Iterator[os.DirEntry]:
    try:
        with os.scandir(folder) as it:
            entries = list(it)
    except OSError:
        return
    for item in entries:
        if item.name.startswith("."):
            continue  # hidden folders, editor swap files, our own atomic-write temp files
        if item.is_dir(follow_symlinks=False):
            yield from _walk(Path(item.path))
        elif item.name.endswith(MARKDOWN_SUFFIXES) and item.is_file():
            yield item


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
        for dirpath, dirnames, _ in os.walk(self.root):
            dirnames[:] = [d for d in dirnames if not d.startswith(".")]
            found += [Path(dirpath) / d for d in dirnames]
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
        found = [
            e for e in self.entries.values() if any(_tag_key(t) == key for t in e.terms(kind))
        ]
        return sorted(found, key=lambda e: (e.date, e.path), reverse=True)

    def broken(self) -> list[ArticleEntry]:
        """Articles whose front matter (or bytes) could not be read."""
        return sorted((e for e in self.entries.values() if e.error), key=lambda e: e.path)

    def __len__(self) -> int:
        return len(self.entries)

    def paths(self) -> Iterable[str]:
        """The indexed file paths."""
        return self.entries.keys()


def field_name(kind: str) -> str:
    """The canonical front matter field of a kind (``tags`` or ``categories``)."""
    return fields.TAGS if kind == TAGS else fields.CATEGORIES
