"""One article as the site index sees it: its title, date, draft flag, tags and categories,
read quickly from the head of the file. Broken files give an entry with an ``error``."""

from __future__ import annotations

import logging
import os
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from articleeditor.core import fields, frontmatter
from articleeditor.core.article import _flag, _text_list, parse_date
from articleeditor.core.errors import ArticleEditorError
from articleeditor.core.findings import ENGLISH, Finding
from articleeditor.core.frontmatter_limits import LimitedSafeLoader
from articleeditor.core.textfile import MAX_OPEN_BYTES, decode, read_regular

log = logging.getLogger(__name__)

# Front matter is at the top; 64 KiB holds it for all but exotic articles.
HEAD_BYTES = 65536
TAGS = "tags"
CATEGORIES = "categories"
# The loader frontmatter.parse uses: safe, the C one when PyYAML has it, with its limits.
_YAML_LOADER: type = LimitedSafeLoader


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
    # The error as a core.findings code and its values, when it has one: plain data, so the
    # cache keeps it and the window words it in its own language.
    error_code: str = ""
    error_args: dict[str, Any] = field(default_factory=dict)

    def terms(self, kind: str) -> list[str]:
        """The article's tags or categories."""
        return self.tags if kind == TAGS else self.categories

    @property
    def problem(self) -> str:
        """``error`` as a Finding when it has a code, else its text (the system's or a
        parser's own)."""
        if self.error_code in ENGLISH:
            try:
                return _finding_of(self.error_code, self.error_args)
            except (KeyError, IndexError, TypeError, ValueError):  # a cache edited by hand
                log.info("the cached error of %s does not fit its code", self.path)
        return self.error

    def set_problem(self, finding: Finding) -> None:
        """Record ``finding`` as the entry's error, its values as plain JSON data."""
        self.error = str(finding)
        self.error_code = finding.code
        self.error_args = _plain_args(finding)


def _plain_args(finding: Finding) -> dict[str, Any]:
    # A value that is a finding itself (why a file is not text) keeps its code.
    return {
        name: {"code": value.code, "args": _plain_args(value)}
        if isinstance(value, Finding)
        else value
        if isinstance(value, (str, int))
        else str(value)
        for name, value in finding.args.items()
    }


def _finding_of(code: str, args: dict[str, Any]) -> Finding:
    values = {
        name: _finding_of(value["code"], value["args"]) if isinstance(value, dict) else value
        for name, value in args.items()
    }
    return Finding(code, values)


def _date_text(value: object) -> str:
    return value.isoformat() if isinstance(value, (date, datetime)) else ""


def _read_head(path: Path, size: int) -> str:
    data, _ = read_regular(path, HEAD_BYTES, head=True)  # FIFOs and devices are refused
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
    except OSError as error:  # a symbolic-link loop, a name too long: one broken entry
        return ArticleEntry(str(path), 0, 0, error=error.strerror or str(error))
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
            fm = frontmatter.parse(decode(read_regular(path, MAX_OPEN_BYTES)[0], path)[0])
    except OSError as error:
        entry.error = error.strerror or str(error)
        return entry
    except ArticleEditorError as error:
        entry.set_problem(error.finding())
        return entry
    except (ValueError, TypeError, RecursionError) as error:
        # A value no limit foresaw: one file never stops a scan.
        entry.error = str(error) or type(error).__name__
        return entry
    if fm.error is not None:
        where = {"line": fm.error.line, "column": fm.error.column, "detail": fm.error.message}
        entry.set_problem(Finding("index-front-matter", where))
        return entry
    _fill(entry, fm.data)
    return entry


_YAML_OPEN = re.compile(r"---[ \t]*\n")
_YAML_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.M)
_WANTED = frozenset(
    key
    for name in (
        fields.TITLE,
        fields.DATE,
        fields.DRAFT,
        fields.PUBLISHED,
        fields.TAGS,
        fields.CATEGORIES,
    )
    for key in fields.ALIASES.get(name, (name,))
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
