"""The article-wide definitions a part of an article needs to render as it does in the whole.

Reference-link definitions and abbreviations hold for the whole article wherever they stand,
and a heading's id is made unique against the ids of the headings before it (``toc``): a
part is given those ids (``heading_ids``) so its repeated headings are numbered on.
When one section is converted alone, this extension replaces, after the block parser has run
and before any inline pattern, the definitions found in the section by the article's (from
the pre-pass, :mod:`articleeditor.core.docscan`), and keeps what the section's own text defined
so the caller can check the pre-pass read the section as the parser did.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree
from collections.abc import Mapping
from typing import Any, cast

from markdown import Extension, Markdown
from markdown.extensions.abbr import AbbrTreeprocessor
from markdown.treeprocessors import Treeprocessor


class ArticleDefinitions(Extension):
    """Give a converted part the article's link definitions and abbreviations."""

    def __init__(
        self,
        links: Mapping[str, tuple[str, str | None]],
        abbreviations: Mapping[str, str],
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.links = dict(links)
        self.abbreviations = dict(abbreviations)
        self.parsed_links: dict[str, tuple[str, str | None]] = {}
        self.parsed_abbreviations: dict[str, str] = {}
        # Ids taken by headings before this part, set before each conversion.
        self.heading_ids: frozenset[str] = frozenset()

    def extendMarkdown(self, md: Markdown) -> None:
        """Register the swap after the block parser, before the inline patterns (20), and the
        taken ids around ``toc`` (5)."""
        md.registerExtension(self)
        md.treeprocessors.register(_SwapDefinitions(md, self), "article-definitions", 56)
        taken = _TakenIds(md, self)
        md.treeprocessors.register(taken, "article-heading-ids", 6)
        md.treeprocessors.register(_DropTakenIds(md, taken), "article-heading-ids-end", 4)


class _TakenIds(Treeprocessor):
    """Puts an element holding the taken ids into the tree, where ``toc`` collects the ids in
    use before it numbers the headings."""

    def __init__(self, md: Markdown, ext: ArticleDefinitions) -> None:
        super().__init__(md)
        self.ext = ext
        self.holder: etree.Element | None = None

    def run(self, root: etree.Element) -> None:
        self.holder = None
        if self.ext.heading_ids:
            self.holder = etree.SubElement(root, "div")
            for taken in sorted(self.ext.heading_ids):
                etree.SubElement(self.holder, "span", {"id": taken})


class _DropTakenIds(Treeprocessor):
    def __init__(self, md: Markdown, taken: _TakenIds) -> None:
        super().__init__(md)
        self.taken = taken

    def run(self, root: etree.Element) -> None:
        if self.taken.holder is not None:
            root.remove(self.taken.holder)
            self.taken.holder = None


class _SwapDefinitions(Treeprocessor):
    def __init__(self, md: Markdown, ext: ArticleDefinitions) -> None:
        super().__init__(md)
        self.ext = ext

    def run(self, root: etree.Element) -> None:
        ext = self.ext
        ext.parsed_links = dict(self.md.references)
        # types-Markdown says a title is always a string; the parser stores None for none.
        references = cast("dict[str, tuple[str, str | None]]", self.md.references)
        references.clear()
        references.update(ext.links)
        if "abbr" in self.md.treeprocessors:
            # shared with the block processor; the registry is typed as plain Treeprocessors
            abbrs = cast(AbbrTreeprocessor, self.md.treeprocessors["abbr"]).abbrs
            ext.parsed_abbreviations = dict(abbrs)
            abbrs.clear()
            abbrs.update(ext.abbreviations)
