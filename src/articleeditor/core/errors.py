"""Specific exceptions raised by core; the UI and CLI turn them into clear messages."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from articleeditor.core.findings import Finding


class ArticleEditorError(Exception):
    """Base class: ``str(error)`` is a complete, user-readable one-line message."""

    def finding(self) -> Finding:
        """The error as a Finding whose English is ``str(self)``, for a list of problems
        that leaves the process (a publish plan comes back pickled from a worker)."""
        # Errors that reach such a list word themselves below; the rest keep their text.
        return Finding("error-text", {"text": str(self)})

    def __reduce__(self) -> tuple[Any, ...]:
        # A job's error comes back pickled from the worker process. The default reduction
        # calls ``type(self)(*self.args)`` with the message alone: a subclass whose __init__
        # takes fields would fail to unpickle, or come back with the message as its field.
        return (_rebuilt, (type(self), str(self), self.__dict__))


def _rebuilt(
    cls: type[ArticleEditorError], message: str, fields: dict[str, Any]
) -> ArticleEditorError:
    """An unpickled error: its message and fields as they were, without calling __init__."""
    error = cls.__new__(cls)
    Exception.__init__(error, message)
    error.__dict__.update(fields)
    return error


def _file_finding(path: Path | None, message: str) -> Finding:
    if path is None:
        return Finding("error-text", {"text": message})
    return Finding("file-problem", {"path": path, "detail": message})


class FileFormatError(ArticleEditorError):
    """A file cannot be read as text: binary data or an unsupported encoding."""

    def __init__(self, path: Path | None, message: str) -> None:
        self.path = path
        self.message = message
        where = f"{path}: " if path else ""
        super().__init__(f"{where}{message}")

    def finding(self) -> Finding:
        return _file_finding(self.path, self.message)


class FileTooLarge(ArticleEditorError):
    """The file is larger than the size we open without asking."""

    def __init__(self, path: Path, size: int, limit: int) -> None:
        self.path = path
        self.size = size
        self.limit = limit
        super().__init__(
            f"{path}: {size / 1_000_000:.1f} MB is larger than {limit / 1_000_000:.0f} MB"
        )

    def finding(self) -> Finding:
        size, limit = f"{self.size / 1_000_000:.1f}", f"{self.limit / 1_000_000:.0f}"
        return Finding("file-too-large", {"path": self.path, "size": size, "limit": limit})


class FrontMatterError(ArticleEditorError):
    """Front matter that does not parse. ``line`` and ``column`` are 1-based, in the whole file."""

    def __init__(self, line: int, column: int, message: str, path: Path | None = None) -> None:
        self.line = line
        self.column = column
        self.message = message
        self.path = path
        where = f"{path}:" if path else "line "
        super().__init__(f"{where}{line}:{column}: {message}")


class SaveError(ArticleEditorError):
    """A save failed; the file on disk is unchanged."""

    def __init__(self, path: Path, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"Could not save {path}: {reason}")


class FileReadError(ArticleEditorError):
    """A file cannot be opened at all: missing, not permitted, or a folder."""

    def __init__(self, path: Path | None, message: str) -> None:
        self.path = path
        self.message = message
        where = f"{path}: " if path else ""
        super().__init__(f"{where}{message}")

    def finding(self) -> Finding:
        return _file_finding(self.path, self.message)


class PublishCheckFailed(ArticleEditorError):
    """A publish was refused before anything was written; ``problems`` are complete sentences."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = list(problems)
        super().__init__("Not published: " + " ".join(self.problems))


class PublishConflict(ArticleEditorError):
    """A file to be written already exists and belongs to another article (or to nobody known)."""

    def __init__(self, path: Path, owner: str) -> None:
        self.path = path
        self.owner = owner
        super().__init__(f"{path} already exists and belongs to {owner}")


class PublishError(ArticleEditorError):
    """Writing a publish failed; every file already moved in was put back as it was."""

    def __init__(self, path: Path, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"Could not publish to {path}: {reason}. The site is unchanged.")


class LinkOutsideFolders(ArticleEditorError):
    """A link names a file outside the folders a publish or export may take files from."""

    def __init__(self, reference: str, path: Path, folders: tuple[Path, ...]) -> None:
        self.reference = reference
        self.path = path
        self.folders = folders
        where = " or ".join(str(folder) for folder in folders)
        super().__init__(
            f"'{reference}' points to {path}, outside {where}; only files inside the "
            "article's folder or the site are published or exported"
        )


class DraftNotWritable(ArticleEditorError):
    """Publish must record the publish in the draft, and the draft cannot be changed."""

    def __init__(self, path: Path, reason: str) -> None:
        self.path = path
        self.reason = reason  # the system's reason, or a core.findings.Finding
        super().__init__(
            f"The draft {path} cannot be updated ({reason}); Publish records where and when "
            "the article was published in it, so nothing was published. Make the file and "
            "its folder writable, or save the draft somewhere writable"
        )


class BulkEditError(ArticleEditorError):
    """A site-wide tag edit stopped at ``path``; ``restored`` says whether the files it had
    already changed were put back."""

    def __init__(self, path: Path, reason: str, restored: bool = True) -> None:
        self.path = path
        self.reason = reason
        self.restored = restored
        after = "no file was changed" if restored else "some files were changed"
        super().__init__(f"{path}: {reason}; stopped, {after}")


class FilesChangedSince(ArticleEditorError):
    """Files changed on disk after a site-wide edit was planned or applied."""

    def __init__(self, paths: list[Path], what: str) -> None:
        self.paths = paths
        names = ", ".join(str(p) for p in paths[:3]) + (" …" if len(paths) > 3 else "")
        super().__init__(f"{what}: {len(paths)} file(s) changed on disk since: {names}")
