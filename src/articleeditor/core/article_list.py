"""The site as a list of articles: one row per article with its title, date, publish status and
tags; the sort orders and the filter the Site panel offers; and New and Rename, which name files
from slugs and never overwrite one.

The publish status, from the keys Publish records in the draft (``core.publish_record``):

- **Draft**: the draft has no ``published_at``; ArticleEditor never published it.
- **Published**: it has one, and the file was last modified no later than
  ``CHANGE_GRACE_SECONDS`` after it.
- **Changed since publish**: the file was modified later than that.
- **Unreadable**: its front matter (or bytes) cannot be read; the index holds the reason.

Publish stamps ``published_at`` (to the second) and then saves the draft, so the draft's own
save lands a moment after the stamp; the grace absorbs that and the file system's timestamp
resolution (two seconds on FAT). The rule reads the modification time, not the content: a tool
that rewrites or touches the file (a ``git checkout``, a sync client) marks it changed, which
errs on the side of publishing again rather than missing an edit.
"""

from __future__ import annotations

import errno
import logging
import os
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import Enum, IntEnum
from pathlib import Path
from typing import Any

from articleeditor.core import fields, frontmatter
from articleeditor.core.article import Article
from articleeditor.core.article_template import DEFAULT_TITLE, new_article_text, slug_rules
from articleeditor.core.errors import ArticleEditorError, FrontMatterError, SaveError
from articleeditor.core.findings import Finding
from articleeditor.core.index_entry import ArticleEntry
from articleeditor.core.publish_record import NOT_PUBLISHED, PublishRecord
from articleeditor.core.site import SiteConfig
from articleeditor.core.slug import SlugRules, slug_problem, slugify

log = logging.getLogger(__name__)

# See the module docstring: how long after ``published_at`` the publish's own save may land.
CHANGE_GRACE_SECONDS = 10


class ArticleStatus(Enum):
    """Where an article stands with respect to Publish."""

    DRAFT = "draft"
    PUBLISHED = "published"
    CHANGED = "changed"
    UNREADABLE = "unreadable"


# Sorting by status puts what needs the writer's attention first.
_STATUS_ORDER = {
    ArticleStatus.UNREADABLE: 0,
    ArticleStatus.CHANGED: 1,
    ArticleStatus.DRAFT: 2,
    ArticleStatus.PUBLISHED: 3,
}


class Column(IntEnum):
    """The list's columns, in display order."""

    TITLE = 0
    DATE = 1
    STATUS = 2
    TAGS = 3


def article_status(entry: ArticleEntry, record: PublishRecord) -> ArticleStatus:
    """The status of one article (the rule is in the module docstring)."""
    if entry.error:
        return ArticleStatus.UNREADABLE
    if record.published_at is None:
        return ArticleStatus.DRAFT
    modified = entry.mtime_ns / 1e9
    if modified > record.published_at.timestamp() + CHANGE_GRACE_SECONDS:
        return ArticleStatus.CHANGED
    return ArticleStatus.PUBLISHED


@dataclass(frozen=True)
class ArticleRow:
    """One article as the Site panel lists it."""

    path: Path
    title: str  # the front matter title, or the file name when there is none
    date: str  # ISO 8601 or ""
    status: ArticleStatus
    tags: tuple[str, ...]
    error: str = ""  # a Finding when the index words it
    published_at: datetime | None = None

    @property
    def tag_count(self) -> int:
        """How many tags the article carries."""
        return len(self.tags)


def row_for(entry: ArticleEntry, record: PublishRecord = NOT_PUBLISHED) -> ArticleRow:
    """The row of one index entry and its publish record."""
    path = Path(entry.path)
    return ArticleRow(
        path=path,
        title=entry.title.strip() or path.stem,
        date=entry.date,
        status=article_status(entry, record),
        tags=tuple(entry.tags),
        error=entry.problem,
        published_at=record.published_at,
    )


def rows_for(
    entries: Iterable[ArticleEntry], records: Mapping[str, PublishRecord]
) -> list[ArticleRow]:
    """A row for each entry; ``records`` is keyed by the entry's path (missing: never published)."""
    return [row_for(e, records.get(e.path, NOT_PUBLISHED)) for e in entries]


def fold(text: str) -> str:
    """``text`` for matching and sorting: case and accents ignored ("Étude" ~ "etude")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def sort_key(row: ArticleRow, column: Column) -> tuple[Any, ...]:
    """The key that orders rows by ``column``; ties fall back to the title, then the path."""
    title = (fold(row.title), str(row.path))
    if column is Column.DATE:
        # Undated articles after dated ones when ascending; dates compare as ISO text, with a
        # bare date before any time on that day.
        return (row.date == "", _comparable_date(row.date), *title)
    if column is Column.STATUS:
        return (_STATUS_ORDER[row.status], *title)
    if column is Column.TAGS:
        return (row.tag_count, *title)
    return title


def _comparable_date(text: str) -> str:
    """Dates with an offset compared in UTC; local times and bare dates as written."""
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        return text
    if value.tzinfo is None:
        return text
    return value.astimezone(UTC).replace(tzinfo=None).isoformat()


def sort_rows(
    rows: Iterable[ArticleRow], column: Column, descending: bool = False
) -> list[ArticleRow]:
    """``rows`` ordered by ``column``."""
    return sorted(rows, key=lambda row: sort_key(row, column), reverse=descending)


def matches(row: ArticleRow, query: str) -> bool:
    """True when every word of ``query`` appears in the title, a tag or the file name."""
    words = fold(query).split()
    if not words:
        return True
    haystack = "\n".join([row.title, row.path.name, *row.tags])
    folded = fold(haystack)
    return all(word in folded for word in words)


def filter_rows(rows: Iterable[ArticleRow], query: str) -> list[ArticleRow]:
    """The rows that match ``query`` (all of them for an empty query)."""
    return [row for row in rows if matches(row, query)]


# ----- naming files ----------------------------------------------------------------------------


class ArticleNameRefused(ArticleEditorError):
    """A New or Rename that would not give a sound, free file name; nothing was changed."""

    def __init__(self, path: Path, reason: str) -> None:
        self.path = path
        self.reason = reason  # the system's reason, or a core.findings.Finding
        super().__init__(f"{path.name}: {reason}")


def _checked_slug(slug: str, rules: SlugRules, path: Path) -> str:
    slug = slug.strip()
    problem = slug_problem(slug, rules)
    if problem is not None:
        raise ArticleNameRefused(path, problem)
    return slug


def new_article_path(folder: Path, title: str, rules: SlugRules, suffix: str = ".md") -> Path:
    """``<slug>.md`` in ``folder`` for an article called ``title``; raises ArticleNameRefused
    if the title gives no usable slug or the file already exists."""
    slug = slugify(title, rules)
    target = Path(folder) / f"{slug}{suffix}"
    _checked_slug(slug, rules, target)
    if os.path.lexists(target):
        raise ArticleNameRefused(target, Finding("name-taken"))
    return target


def new_article_text_titled(site: SiteConfig | None, title: str) -> str:
    """The site's new-article text with ``title`` as its title, written as the front matter's
    own format requires (a title with quotes or a colon must not break the template)."""
    text = new_article_text(site, title=title)
    front = frontmatter.parse(text)
    if front.error is not None:
        # The title broke the template's front matter: fill it with a plain one, then set it.
        text = new_article_text(site, title=DEFAULT_TITLE)
        front = frontmatter.parse(text)
    if front.error is not None or fields.get_field(front.data, fields.TITLE)[1] == title:
        return text
    article = Article(text)
    key = fields.get_field(front.data, fields.TITLE)[0] or fields.TITLE
    try:
        article.set_field(key, title)
    except FrontMatterError as error:
        log.warning("new article keeps its template title: %s", error)
    return article.text


def create_article(folder: Path, title: str, site: SiteConfig | None) -> Path:
    """Write a new article called ``title`` as ``<slug>.md`` in ``folder`` (atomically, never over
    an existing file); returns its path. Raises ArticleNameRefused or SaveError."""
    target = new_article_path(folder, title, slug_rules(site))
    article = Article(new_article_text_titled(site, title))
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise SaveError(target, error.strerror or str(error)) from error
    if os.path.lexists(target):  # created while the text was being made
        raise ArticleNameRefused(target, Finding("name-taken"))
    article.save(target)
    return target


def rename_target(path: Path, slug: str, rules: SlugRules) -> Path:
    """Where renaming ``path`` to ``slug`` puts it (same folder, same suffix); raises
    ArticleNameRefused for a bad slug, an unchanged name or a name another file holds."""
    path = Path(path)
    slug = _checked_slug(slug, rules, path)
    target = path.with_name(f"{slug}{path.suffix}")
    if target.name == path.name:
        raise ArticleNameRefused(path, Finding("name-unchanged"))
    if os.path.lexists(target) and not _same_file(path, target):
        raise ArticleNameRefused(target, Finding("name-taken"))
    return target


def _same_file(a: Path, b: Path) -> bool:
    # A case-only rename on a case-insensitive disk: the "existing" target is the file itself.
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def rename_article(path: Path, slug: str, rules: SlugRules) -> Path:
    """Rename the article file at ``path`` to ``slug``, never replacing another file; returns
    the new path. Raises ArticleNameRefused, or ArticleNameRefused with the system's reason."""
    path = Path(path)
    target = rename_target(path, slug, rules)
    try:
        if _same_file(path, target):
            os.rename(path, target)
        else:
            _move_without_overwrite(path, target)
    except FileExistsError:
        raise ArticleNameRefused(target, Finding("name-taken")) from None
    except OSError as error:
        raise ArticleNameRefused(path, error.strerror or str(error)) from error
    return target


def _move_without_overwrite(source: Path, target: Path) -> None:
    # os.rename replaces an existing target on POSIX; a hard link fails instead, so a file
    # created between the check and the move is never lost.
    try:
        os.link(source, target, follow_symlinks=False)
    except FileExistsError:
        raise
    except OSError as error:
        if error.errno not in (
            errno.EPERM,
            errno.ENOTSUP,
            errno.EOPNOTSUPP,
            errno.EXDEV,
            errno.EMLINK,
            errno.ENOSYS,
        ):
            raise
        # No hard links on this file system (FAT, some network shares): check, then move.
        if os.path.lexists(target):
            raise FileExistsError(errno.EEXIST, "File exists", str(target)) from None
        os.rename(source, target)
        return
    os.unlink(source)
