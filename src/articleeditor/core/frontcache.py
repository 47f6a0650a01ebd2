"""The last front matter parsed, reused while its block is unchanged.

Typing in the body leaves the front matter as it was, and parsing it (YAML with dozens of
references) costs more than scanning the body: the render and analysis processes keep one.
"""

from __future__ import annotations

from dataclasses import replace

from articleeditor.core.article import Metadata
from articleeditor.core.frontmatter import FrontMatter, body_offset, parse


class FrontMatterCache:
    """Parses article texts, reusing the last parse when the front matter block is the same."""

    def __init__(self) -> None:
        self._head: str | None = None
        self._front: FrontMatter | None = None
        self._meta: Metadata | None = None

    def parse(self, text: str) -> FrontMatter:
        """``frontmatter.parse(text)``, without parsing an unchanged block again."""
        end = body_offset(text)
        front = self._front
        if end and front is not None and front.error is None and text[:end] == self._head:
            return replace(front, body=text[end:])
        front = parse(text)
        self._head, self._front, self._meta = text[: front.span[1]], front, None
        return front

    def metadata(self, front: FrontMatter) -> Metadata:
        """``Metadata.from_front_matter`` of a front matter this cache returned last."""
        if self._meta is None or self._front is None or front.data is not self._front.data:
            self._meta = Metadata.from_front_matter(front.data)
        return self._meta
