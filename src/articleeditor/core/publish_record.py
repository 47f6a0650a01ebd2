"""What a draft remembers of its last publish: the front matter keys Publish writes into it
(``articleeditor_id``, ``publish_path``, ``published_at``), read from the head of the file.

The site index does not keep these keys, so the Site panel reads them here; most drafts were
never published and are settled by a byte search, without parsing their front matter.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import yaml

from articleeditor.core import frontmatter
from articleeditor.core.errors import ArticleEditorError
from articleeditor.core.index_entry import HEAD_BYTES
from articleeditor.core.publish_content import ID_KEY, PUBLISH_PATH_KEY, PUBLISHED_AT_KEY
from articleeditor.core.textfile import decode

_KEYS = frozenset({ID_KEY, PUBLISH_PATH_KEY, PUBLISHED_AT_KEY})
_YAML_OPEN = re.compile(r"---[ \t]*\n")
_YAML_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.M)
_YAML_LOADER: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class PublishRecord:
    """The publish keys of one draft; empty strings and None when it was never published."""

    article_id: str = ""
    publish_path: str = ""
    published_at: datetime | None = None  # always timezone-aware

    @property
    def published(self) -> bool:
        """True once Publish has recorded a time in the draft."""
        return self.published_at is not None


NOT_PUBLISHED = PublishRecord()


def published_time(value: Any) -> datetime | None:
    """``published_at`` as an aware datetime: an ISO 8601 string or a YAML/TOML timestamp.

    A time without an offset is read in this computer's zone; a bare date stands for the end
    of that day (nothing written later that day can be told apart from the publish)."""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.strip())
        except ValueError:
            return None
    if isinstance(value, datetime):
        return value if value.tzinfo is not None else value.astimezone()
    if isinstance(value, date):
        return datetime.combine(value, time(23, 59, 59)).astimezone()
    return None


def record_from_front_matter(data: dict[Any, Any]) -> PublishRecord:
    """The publish keys of an already parsed front matter."""
    article_id = data.get(ID_KEY)
    publish_path = data.get(PUBLISH_PATH_KEY)
    return PublishRecord(
        article_id=str(article_id) if isinstance(article_id, (str, int)) else "",
        publish_path=publish_path if isinstance(publish_path, str) else "",
        published_at=published_time(data.get(PUBLISHED_AT_KEY)),
    )


def _yaml_keys(text: str) -> dict[Any, Any] | None:
    """The publish keys of a plain YAML block, or None to leave the file to frontmatter.parse.

    Only the three keys are turned into values: a draft's long reference list would
    otherwise cost most of the time. Anything unusual (tags, merge keys, errors) goes the
    exact way."""
    opener = _YAML_OPEN.match(text)
    close = _YAML_CLOSE.search(text, opener.end()) if opener else None
    if opener is None or close is None:
        return None
    content = text[opener.end() : close.start()]
    if "!" in content or "<<" in content:
        return None
    loader = _YAML_LOADER(content)
    try:
        node = loader.get_single_node()
        if not isinstance(node, yaml.MappingNode):
            return None
        data: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            if isinstance(key_node, yaml.ScalarNode) and key_node.value in _KEYS:
                data[key_node.value] = loader.construct_object(value_node, deep=True)
        return data
    except (yaml.YAMLError, ValueError, TypeError):
        return None
    finally:
        loader.dispose()


def _front_data(data: bytes, path: Path) -> dict[Any, Any] | None:
    """The front matter's data (or just its publish keys); None when it does not parse."""
    text, _ = decode(data, path)
    quick = _yaml_keys(text)
    if quick is not None:
        return quick
    front = frontmatter.parse(text)
    return None if front.error is not None else front.data


def read_publish_record(path: Path) -> PublishRecord:
    """The publish keys of the draft at ``path``; NOT_PUBLISHED when it has none or cannot be
    read (the index reports unreadable files on its own)."""
    try:
        with open(path, "rb") as f:
            size = os.fstat(f.fileno()).st_size
            head = f.read(HEAD_BYTES)
            if PUBLISHED_AT_KEY.encode() not in head and size <= HEAD_BYTES:
                return NOT_PUBLISHED  # the common case: a draft never published
            if size > len(head):
                head = head[: head.rfind(b"\n") + 1]  # never split a multi-byte character
            data = _front_data(head, path)
            if data is None and size > HEAD_BYTES:
                # The block may run past the head: read the whole file before giving up.
                f.seek(0)
                data = _front_data(f.read(), path)
    except (OSError, ArticleEditorError, ValueError, TypeError, RecursionError):
        return NOT_PUBLISHED
    return NOT_PUBLISHED if data is None else record_from_front_matter(data)
