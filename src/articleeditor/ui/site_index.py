"""Keeps a site's index current in the background: the first scan (or the cached one) runs in
a worker, a watcher on every folder notices saves, and only the folders that changed are
re-read."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from articleeditor.core.index import ArticleEntry, SiteIndex, read_entry, user_cache_dir
from articleeditor.ui.workers import LatestOnlyRunner

# Saves often come as several events (temp file created, renamed); gather them briefly.
SETTLE_MS = 20
# Each watched folder costs an inotify watch (a per-user limit shared by every program);
# a folder opened by mistake, such as a home folder, must not exhaust them.
MAX_WATCHED_FOLDERS = 4000


def _scan(root: Path, cache_dir: Path) -> tuple[SiteIndex, list[Path]]:
    index = SiteIndex(root, cache_dir).scan()
    return index, index.folders()


def _refresh(
    root: Path, entries: dict[str, ArticleEntry], folders: set[Path]
) -> tuple[Path, list[tuple[Path, ArticleEntry | None]], list[Path], bool]:
    """Re-read what changed in ``folders``; runs in a worker on a copy of the entries."""
    snapshot = SiteIndex(root, None)
    snapshot.entries = entries
    changes: list[tuple[Path, ArticleEntry | None]] = []
    new_folders: list[Path] = []
    for folder in folders:
        changes += [(path, read_entry(path)) for path in snapshot.stale_in(folder)]
        if folder.is_dir():
            new_folders += SiteIndex(folder, None).folders()
    return root, changes, new_folders, bool(changes)


class SiteIndexService(QObject):
    """The open site's index for the UI; ``changed`` fires whenever its content changes."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None, cache_dir: Path | None = None) -> None:
        super().__init__(parent)
        self.cache_dir = cache_dir if cache_dir is not None else user_cache_dir()
        self.root: Path | None = None
        self.index: SiteIndex | None = None
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(self._on_folder_changed)
        self._dirty: set[Path] = set()
        self._scanner = LatestOnlyRunner(self)
        self._scanner.done.connect(self._on_scanned)
        self._refresher = LatestOnlyRunner(self)
        self._refresher.done.connect(self._on_refreshed)
        self._cache_writer = LatestOnlyRunner(self)
        self._timer = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._timer.timeout.connect(self._start_refresh)

    def set_root(self, root: Path | None) -> None:
        """Index ``root`` (a content folder) in the background; None forgets the site."""
        root = Path(root).resolve() if root is not None else None
        if root == self.root:
            return
        self.root = root
        self.index = None
        self._dirty.clear()
        if self.watcher.directories():
            self.watcher.removePaths(self.watcher.directories())
        self.changed.emit()
        if root is not None:
            cache_dir = self.cache_dir
            self._scanner.submit(lambda: _scan(root, cache_dir))

    @property
    def ready(self) -> bool:
        """True once the current root's index is built."""
        return self.index is not None

    def file_saved(self, path: Path) -> None:
        """Refresh the folder of a file we just wrote (without waiting for the watcher)."""
        self._on_folder_changed(str(Path(path).resolve().parent))

    def _on_scanned(self, result: tuple[SiteIndex, list[Path]]) -> None:
        index, folders = result
        if index.root != self.root:
            return  # a scan of a site that is no longer open
        self.index = index
        self._watch(folders)
        self.changed.emit()
        if self._dirty:
            self._timer.start()

    def _watch(self, folders: list[Path]) -> None:
        known = set(self.watcher.directories())
        fresh = [str(f) for f in folders if str(f) not in known]
        fresh = fresh[: max(0, MAX_WATCHED_FOLDERS - len(known))]
        if fresh:
            self.watcher.addPaths(fresh)

    def _on_folder_changed(self, folder: str) -> None:
        if self.root is None or not Path(folder).is_relative_to(self.root):
            return
        self._dirty.add(Path(folder))
        self._timer.start()

    def _start_refresh(self) -> None:
        if self.index is None or self._refresher.busy or not self._dirty:
            return  # picked up again when the scan or the running refresh finishes
        folders, self._dirty = self._dirty, set()
        root, entries = self.index.root, dict(self.index.entries)
        self._refresher.submit(lambda: _refresh(root, entries, folders))

    def _on_refreshed(self, result: tuple) -> None:
        root, changes, new_folders, changed = result
        if self.index is not None and root == self.index.root:
            for path, entry in changes:
                self.index.put(path, entry)
            self._watch(new_folders)
            if changed:
                self.changed.emit()
                self._save_cache()
        if self._dirty:
            self._timer.start()

    def _save_cache(self) -> None:
        # A copy written by a worker: the GUI thread never waits for the disk.
        if self.index is None:
            return
        copy = SiteIndex(self.index.root, self.cache_dir)
        copy.entries = dict(self.index.entries)
        self._cache_writer.submit(copy.save_cache)

    def shutdown(self) -> None:
        """Wait for running work (before the window closes)."""
        self._scanner.wait()
        self._refresher.wait()
        self._cache_writer.wait()
