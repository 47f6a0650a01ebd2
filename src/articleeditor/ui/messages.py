"""Core's exceptions worded for the window, in the interface language.

Core raises exceptions with fields and an English ``str()`` that the command line prints. The
window words the same errors here, from their fields, so each sentence is translated as a
whole. The details that come from elsewhere (the operating system's reason, a YAML parser's
message) are shown as they are: they are data, not our sentences. A check's findings are
worded by ``ui/findings.py``.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from articleeditor.core.article_list import ArticleNameRefused
from articleeditor.core.citeproc import BrokenStyleFile, UnknownStyle
from articleeditor.core.critic import MarkKind, StaleMarkError
from articleeditor.core.errors import (
    ArticleEditorError,
    BulkEditError,
    DraftNotWritable,
    FileFormatError,
    FileReadError,
    FilesChangedSince,
    FileTooLarge,
    FrontMatterError,
    LinkOutsideFolders,
    PublishCheckFailed,
    PublishConflict,
    PublishError,
    SaveError,
)
from articleeditor.core.references import BibliographyError
from articleeditor.core.site import SiteConfigError
from articleeditor.core.storage import FileChangedOnDisk
from articleeditor.core.time_limit import TimeLimitExceeded
from articleeditor.ui.findings import word

log = logging.getLogger(__name__)


def describe(error: BaseException) -> str:
    """One translated sentence (or two) for ``error``; unknown errors keep their own text."""
    translate = QCoreApplication.translate
    if isinstance(error, FileChangedOnDisk):
        return translate(
            "Messages", "Could not save {0}: another program changed the file since it was opened"
        ).format(error.path)
    if isinstance(error, SaveError):
        return translate("Messages", "Could not save {0}: {1}").format(
            error.path, word(error.reason)
        )
    if isinstance(error, FileTooLarge):
        return translate("Messages", "{0}: {1} MB is larger than {2} MB").format(
            error.path, f"{error.size / 1_000_000:.1f}", f"{error.limit / 1_000_000:.0f}"
        )
    if isinstance(error, FrontMatterError):
        if error.path is not None:
            return translate(
                "Messages", "The front matter of {0} does not parse (line {1}, column {2}): {3}"
            ).format(error.path, error.line, error.column, error.message)
        return translate(
            "Messages", "The front matter does not parse (line {0}, column {1}): {2}"
        ).format(error.line, error.column, error.message)
    if isinstance(error, FileFormatError):
        if error.path is None:
            return translate("Messages", "Not readable as text: {0}").format(word(error.message))
        return translate("Messages", "{0} cannot be read as text: {1}").format(
            error.path, word(error.message)
        )
    if isinstance(error, FileReadError):
        if error.path is None:
            return translate("Messages", "Cannot open the file: {0}").format(word(error.message))
        return translate("Messages", "Cannot open {0}: {1}").format(error.path, word(error.message))
    if isinstance(error, PublishCheckFailed):
        return translate("Messages", "Not published: {0}").format(
            " ".join(word(problem) for problem in error.problems)
        )
    if isinstance(error, PublishConflict):
        return translate("Messages", "{0} already exists and belongs to {1}").format(
            error.path, error.owner
        )
    if isinstance(error, PublishError):
        return translate(
            "Messages", "Could not publish to {0}: {1}. The site is unchanged."
        ).format(error.path, word(error.reason))
    if isinstance(error, DraftNotWritable):
        return translate(
            "Messages",
            "The draft {0} cannot be updated ({1}); Publish records where and when the "
            "article was published in it, so nothing was published. Make the file and its "
            "folder writable, or save the draft somewhere writable",
        ).format(error.path, word(error.reason))
    if isinstance(error, LinkOutsideFolders):
        folders = ", ".join(str(folder) for folder in error.folders)
        return translate(
            "Messages",
            "'{0}' points to {1}, outside {2}; only files inside the article's folder or the "
            "site are published or exported",
        ).format(error.reference, error.path, folders)
    if isinstance(error, BulkEditError):
        if error.restored:
            text = translate("Messages", "{0}: {1}; stopped, no file was changed")
        else:
            text = translate("Messages", "{0}: {1}; stopped, some files were changed")
        return text.format(error.path, word(error.reason))
    if isinstance(error, FilesChangedSince):
        names = ", ".join(str(path) for path in error.paths[:3])
        if len(error.paths) > 3:
            names += " …"
        # No plural form: lupdate does not mark a translate() with a count as plural.
        return translate("Messages", "Files changed on disk in the meantime ({0}): {1}").format(
            len(error.paths), names
        )
    if isinstance(error, SiteConfigError):
        return translate("Messages", "The site settings in {0} are not valid: {1}").format(
            error.path, word(error.message)
        )
    if isinstance(error, BibliographyError):
        where = str(error.path) if error.path else translate("Messages", "the pasted text")
        if error.line:
            return translate("Messages", "Cannot read the references in {0}, line {1}: {2}").format(
                where, error.line, word(error.message)
            )
        return translate("Messages", "Cannot read the references in {0}: {1}").format(
            where, word(error.message)
        )
    if isinstance(error, (UnknownStyle, BrokenStyleFile)):
        return word(error.finding())
    if isinstance(error, ArticleNameRefused):
        return translate("Messages", "{0}: {1}").format(error.path.name, word(error.reason))
    if isinstance(error, TimeLimitExceeded):
        text = translate("Messages", "{0} took longer than {1} s and was stopped").format(
            word(error.what), f"{error.seconds:g}"
        )
        return text[:1].upper() + text[1:]
    if isinstance(error, StaleMarkError):
        return _stale_mark(error)
    if not isinstance(error, ArticleEditorError):
        log.info("no wording for %s; shown as it is", type(error).__name__)
    return str(error)


def _stale_mark(error: StaleMarkError) -> str:
    """A mark that changed before it could be accepted or rejected, a sentence per kind."""
    translate = QCoreApplication.translate
    kind = error.mark.kind
    if kind is MarkKind.INSERTION:
        text = translate("Messages", "Line {0}: the insertion changed since it was read")
    elif kind is MarkKind.DELETION:
        text = translate("Messages", "Line {0}: the deletion changed since it was read")
    elif kind is MarkKind.SUBSTITUTION:
        text = translate("Messages", "Line {0}: the replacement changed since it was read")
    elif kind is MarkKind.HIGHLIGHT:
        text = translate("Messages", "Line {0}: the highlight changed since it was read")
    else:
        text = translate("Messages", "Line {0}: the comment changed since it was read")
    return text.format(error.mark.line)
