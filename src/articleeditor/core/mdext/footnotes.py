"""Footnotes numbered in reading order, and renderable one section at a time.

Python-Markdown numbers footnotes in the order they are defined, or (``USE_DEFINITION_ORDER``
off) in the order its inline pass meets their markers, which is breadth-first (a marker in a
list item comes after every paragraph's). We number them as the reader meets them, as pandoc
does, from the pre-pass's order (:func:`reading_order`).

A part of an article (a section, see ``articleeditor.core.render``) is given the labels defined
anywhere in the article, so its markers resolve, and renders no footnote list; the list is
rendered once for the whole article from every section's definitions (``definitions``), with
each note's number of markers (``counts``) for its back-links.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from markdown import Markdown
from markdown.extensions.footnotes import FootnoteExtension
from markdown.treeprocessors import Treeprocessor


@dataclass(frozen=True)
class FootnotePart:
    """How a part of an article renders its footnotes."""

    labels: frozenset[str] = frozenset()  # every label defined in the article
    with_list: bool = False  # the footnote list (only the part that carries it)
    definitions: Mapping[str, str] = field(default_factory=dict)  # label -> text, for the list
    counts: Mapping[str, int] = field(default_factory=dict)  # markers of each label


class ReadingOrderFootnotes(FootnoteExtension):
    """The ``footnotes`` extension numbering notes by ``order`` (labels by first marker)."""

    def __init__(
        self, order: Sequence[str] = (), part: FootnotePart | None = None, **kwargs: Any
    ) -> None:
        # Python-Markdown's default numbers notes in the order they are defined.
        kwargs.setdefault("USE_DEFINITION_ORDER", False)
        super().__init__(**kwargs)
        self.order = list(order)
        self.part = part
        self.parsed: dict[str, str] = {}  # the definitions this conversion's text holds

    def extendMarkdown(self, md: Markdown) -> None:
        """Register the footnote processors and, before they build the list, the seeding."""
        super().extendMarkdown(md)
        # After the block parser (which stores the definitions), before the list is built (50).
        md.treeprocessors.register(_SeedFootnotes(md, self), "footnote-seed", 55)

    def reset(self) -> None:
        """Forget the previous document's footnotes."""
        super().reset()
        self.parsed = {}

    def makeFootnotesDiv(self, root: etree.Element) -> etree.Element | None:
        """The footnote list, unless this part leaves it to another."""
        if self.part is not None and not self.part.with_list:
            return None
        return super().makeFootnotesDiv(root)

    def found_counts(self) -> dict[str, int]:
        """How many markers of each label this conversion met."""
        prefix = f"fnref{self.get_separator()}"
        return {ref[len(prefix) :]: n for ref, n in self.found_refs.items()}


class _SeedFootnotes(Treeprocessor):
    def __init__(self, md: Markdown, footnotes: ReadingOrderFootnotes) -> None:
        super().__init__(md)
        self.footnotes = footnotes

    def run(self, root: etree.Element) -> None:
        ext = self.footnotes
        ext.parsed = dict(ext.footnotes)
        part = ext.part
        if part is not None:
            if part.with_list:
                ext.footnotes.clear()
                ext.footnotes.update(part.definitions)
            for label in part.labels:
                ext.footnotes.setdefault(label, "")  # resolves the marker; the text is elsewhere
            separator = ext.get_separator()
            ext.found_refs = {f"fnref{separator}{k}": n for k, n in part.counts.items()}
        ext.footnote_order = [label for label in ext.order if label in ext.footnotes]
