"""The article-wide definitions a part of an article needs to render as it does in the whole.

Reference-link definitions and abbreviations hold for the whole article wherever they stand.
When one section is converted alone, this extension replaces, after the block parser has run
and before any inline pattern, the definitions found in the section by the article's (from
the pre-pass, :mod:`articleeditor.core.docscan`), and keeps what the section's own text defined
so the caller can check the pre-pass read the section as the parser did.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree
from collections.abc import Mapping

from markdown import Extension, Markdown
from markdown.treeprocessors import Treeprocessor


class ArticleDefinitions(Extension):
    """Give a converted part the article's link definitions and abbreviations."""

    def __init__(
        self,
        links: Mapping[str, tuple[str, str | None]],
        abbreviations: Mapping[str, str],
        **kwargs,
    ) -> None:
        super().__init__(**kwargs)
        self.links = dict(links)
        self.abbreviations = dict(abbreviations)
        self.parsed_links: dict[str, tuple[str, str | None]] = {}
        self.parsed_abbreviations: dict[str, str] = {}

    def extendMarkdown(self, md: Markdown) -> None:
        """Register the swap after the block parser, before the inline patterns (20)."""
        md.registerExtension(self)
        md.treeprocessors.register(_SwapDefinitions(md, self), "article-definitions", 56)


class _SwapDefinitions(Treeprocessor):
    def __init__(self, md: Markdown, ext: ArticleDefinitions) -> None:
        super().__init__(md)
        self.ext = ext

    def run(self, root: etree.Element) -> None:
        ext = self.ext
        ext.parsed_links = dict(self.md.references)
        self.md.references.clear()
        self.md.references.update(ext.links)
        if "abbr" in self.md.treeprocessors:
            abbrs = self.md.treeprocessors["abbr"].abbrs  # shared with the block processor
            ext.parsed_abbreviations = dict(abbrs)
            abbrs.clear()
            abbrs.update(ext.abbreviations)
