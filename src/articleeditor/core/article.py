"""An article: front matter plus Markdown body, loaded and saved without losing a byte."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from articleeditor.core import fields, frontmatter
from articleeditor.core.frontmatter import FrontMatter
from articleeditor.core.line_endings import LineEndings
from articleeditor.core.storage import Fingerprint, atomic_write, changed_on_disk
from articleeditor.core.textfile import BOMS, TextFormat, decode, encode, read_text


def parse_date(value: Any) -> datetime | date | None:
    """A date or datetime from a front matter value; None (never an exception) if unreadable."""
    if isinstance(value, (datetime, date)):
        return value
    if not isinstance(value, str):
        return None
    text = value.strip()
    try:
        if len(text) == 10:
            return date.fromisoformat(text)
        # Python 3.11 reads "Z", offsets and a space instead of "T".
        return datetime.fromisoformat(text)
    except ValueError:
        return None


def _undecoded_breaks(raw: bytes, fmt: TextFormat) -> str:
    """``raw`` decoded with its line breaks as they are ("\\r\\n", "\\r", "\\n")."""
    skip = len(BOMS[fmt.encoding]) if fmt.bom else 0
    return raw[skip:].decode(fmt.encoding, errors="replace")


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _text_list(value: Any) -> list[str]:
    """Hugo and Jekyll accept one string where a list is expected."""
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        return [str(v) for v in value if v is not None]
    return [str(value)]


def _flag(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in ("true", "yes", "on", "1")
    return bool(value)


# A field of Metadata is called ``date``: inside the class that name is the field, not the type.
DateValue = datetime | date | None


@dataclass
class Metadata:
    """A typed, read-only view of the front matter; ``extra`` keeps every other key."""

    title: str = ""
    date: DateValue = None
    updated: DateValue = None
    authors: list[str] = field(default_factory=list)
    slug: str = ""
    summary: str = ""
    categories: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    draft: bool = False
    cover: str = ""
    language: str = ""
    references: list[dict[str, Any]] = field(default_factory=list)
    extra: dict[Any, Any] = field(default_factory=dict)

    @classmethod
    def from_front_matter(cls, data: dict[Any, Any]) -> Metadata:
        """Read the known fields (through their aliases) from parsed front matter."""
        used: set[Any] = set()

        def get(name: str) -> Any:
            key, value = fields.get_field(data, name)
            if key is not None:
                used.add(key)
            return value

        cover = get(fields.COVER)
        if isinstance(cover, dict):  # e.g. PaperMod's "cover: {image: ...}"
            cover = cover.get("image")
        draft_key, draft = fields.get_field(data, fields.DRAFT)
        if draft_key is not None:
            used.add(draft_key)
            is_draft = _flag(draft)
        else:
            published_key, published = fields.get_field(data, fields.PUBLISHED)
            if published_key is not None:
                used.add(published_key)
            is_draft = published_key is not None and not _flag(published)
        references = get(fields.REFERENCES)
        return cls(
            title=_text(get(fields.TITLE)),
            date=parse_date(get(fields.DATE)),
            updated=parse_date(get(fields.UPDATED)),
            authors=_text_list(get(fields.AUTHORS)),
            slug=_text(get(fields.SLUG)),
            summary=_text(get(fields.SUMMARY)),
            categories=_text_list(get(fields.CATEGORIES)),
            tags=_text_list(get(fields.TAGS)),
            draft=is_draft,
            cover=_text(cover),
            language=_text(get(fields.LANGUAGE)),
            references=[r for r in references if isinstance(r, dict)]
            if isinstance(references, list)
            else [],
            extra={k: v for k, v in data.items() if k not in used},
        )


class Article:
    """One Markdown file in memory. ``text`` uses "\\n" newlines; ``format`` says how to save it."""

    def __init__(
        self,
        text: str = "",
        format: TextFormat = TextFormat.DEFAULT,
        path: Path | None = None,
        raw: bytes | None = None,
        fingerprint: Fingerprint | None = None,
    ) -> None:
        self.path = Path(path) if path is not None else None
        self.text = text
        self.format = format
        self._loaded_text = text
        self._loaded_raw = raw if raw is not None else encode(text, format)
        self._fingerprint = fingerprint
        self._endings: LineEndings | None = None  # of _loaded_raw, found when first needed
        self._parsed: tuple[str, FrontMatter] | None = None
        self._metadata: tuple[str, Metadata] | None = None

    @classmethod
    def load(cls, path: Path, *, allow_large: bool = False) -> Article:
        """Read an article from disk; raises FileReadError, FileFormatError or FileTooLarge."""
        loaded = read_text(Path(path), allow_large=allow_large)
        return cls(loaded.text, loaded.format, Path(path), loaded.raw, loaded.fingerprint)

    @classmethod
    def from_bytes(cls, data: bytes, path: Path | None = None) -> Article:
        """An article from a file's bytes (``path`` only names it in error messages)."""
        text, fmt = decode(data, path)
        return cls(text, fmt, path, data)

    @classmethod
    def new(cls, path: Path | None = None) -> Article:
        """An empty, unsaved article."""
        return cls("", TextFormat.DEFAULT, path)

    def to_bytes(self) -> bytes:
        """The bytes to save: the original bytes while the text is unchanged, so nothing drifts."""
        if self.text == self._loaded_text:
            return self._loaded_raw
        if self._endings is None:
            self._endings = LineEndings.of(_undecoded_breaks(self._loaded_raw, self.format))
        text = self._endings.apply(self.text, self._loaded_text, self.format.newline)
        return encode(text, replace(self.format, newline="\n"))

    def save(self, path: Path | None = None, *, check_unchanged: bool = False) -> None:
        """Write atomically to ``path`` (default: where it came from); raises SaveError.

        With ``check_unchanged``, a file that another program changed since it was loaded or
        saved is left alone (FileChangedOnDisk), checked by content just before replacing it.
        """
        target = Path(path) if path is not None else self.path
        if target is None:
            raise ValueError("the article has no path yet; pass one to save()")
        data = self.to_bytes()
        guard = self._fingerprint if check_unchanged and target == self.path else None
        atomic_write(target, data, unchanged_since=guard)
        self.path = target
        self._loaded_text = self.text
        self._loaded_raw = data
        self._endings = None
        self._fingerprint = Fingerprint.of(data, os.stat(target))

    @property
    def is_modified(self) -> bool:
        """True if the text differs from what was last loaded or saved."""
        return self.text != self._loaded_text

    @property
    def front_matter(self) -> FrontMatter:
        """The parsed front matter of the current text (cached until the text changes)."""
        if self._parsed is None or self._parsed[0] != self.text:
            self._parsed = (self.text, frontmatter.parse(self.text))
        return self._parsed[1]

    @property
    def metadata(self) -> Metadata:
        """Typed metadata of the current text (empty if the front matter has an error)."""
        if self._metadata is None or self._metadata[0] != self.text:
            data = self.front_matter.data
            self._metadata = (self.text, Metadata.from_front_matter(data))
        return self._metadata[1]

    @property
    def body(self) -> str:
        """The Markdown after the front matter block."""
        return self.front_matter.body

    def set_field(self, key: str, value: Any) -> None:
        """Set a front matter field; a canonical name writes to the alias the file already uses."""
        data = self.front_matter.data
        if key == fields.DRAFT and fields.get_field(data, fields.DRAFT)[0] is None:
            published_key, _ = fields.get_field(data, fields.PUBLISHED)
            if published_key is not None:
                # The file says "published"; keep its vocabulary and invert the value.
                new = None if value is None else not value
                self.text = frontmatter.set_field(self.text, published_key, new)
                return
        existing, _ = fields.get_field(data, key) if key in fields.ALIASES else (None, None)
        self.text = frontmatter.set_field(self.text, existing or key, value)

    @property
    def fingerprint(self) -> Fingerprint | None:
        """The file's fingerprint when last loaded or saved (None for a never-saved article)."""
        return self._fingerprint

    def changed_on_disk(self) -> bool:
        """True if someone else changed (or deleted) the file since we loaded or saved it."""
        if self.path is None:
            return False
        return changed_on_disk(self.path, self._fingerprint)
