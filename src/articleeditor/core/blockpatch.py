"""A rendered body as a list of top-level blocks, and the patch from one version to the next.

The render process sends the preview only the blocks that changed since its last answer;
the GUI side keeps the list and rebuilds the whole article from each patch.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from articleeditor.core.render import RenderedArticle, StyleProblem

_RUN = 64


def diff_blocks(old: Sequence[str], new: Sequence[str]) -> tuple[int, int, int]:
    """``(start, old_end, new_end)``: ``new`` is ``old`` with ``old[start:old_end]`` replaced
    by ``new[start:new_end]``; the common head and tail are left out."""
    old, new = list(old), list(new)
    limit = min(len(old), len(new))
    start = 0
    # A run of blocks at a time: list comparison runs in C, and unchanged blocks are usually
    # the very same objects, so most of a long article is skipped without a Python loop.
    while start + _RUN <= limit and old[start : start + _RUN] == new[start : start + _RUN]:
        start += _RUN
    while start < limit and old[start] == new[start]:
        start += 1
    old_end, new_end = len(old), len(new)
    while (
        min(old_end, new_end) - _RUN >= start
        and old[old_end - _RUN : old_end] == new[new_end - _RUN : new_end]
    ):
        old_end -= _RUN
        new_end -= _RUN
    while old_end > start and new_end > start and old[old_end - 1] == new[new_end - 1]:
        old_end -= 1
        new_end -= 1
    return start, old_end, new_end


@dataclass(frozen=True)
class BlockPatch:
    """A rendered article as a change to the previous one: blocks ``[start, start + count)``
    become ``blocks``. ``base_length`` is the length of the list it applies to; -1 means
    ``blocks`` is the whole body."""

    header_html: str
    title: str
    start: int
    count: int
    blocks: tuple[str, ...]
    base_length: int
    complete: bool = True  # see RenderedArticle.complete
    style_problem: StyleProblem | None = None  # see RenderedArticle.style_problem

    @classmethod
    def between(cls, old: Sequence[str] | None, rendered: RenderedArticle) -> BlockPatch:
        """The patch that turns the blocks ``old`` into ``rendered`` (whole if no ``old``)."""
        new = rendered.blocks
        if old is None:
            return cls(
                rendered.header_html,
                rendered.title,
                0,
                0,
                tuple(new),
                -1,
                rendered.complete,
                rendered.style_problem,
            )
        start, old_end, new_end = diff_blocks(old, new)
        return cls(
            rendered.header_html,
            rendered.title,
            start,
            old_end - start,
            tuple(new[start:new_end]),
            len(old),
            rendered.complete,
            rendered.style_problem,
        )


class PatchedBody:
    """The receiving side: the blocks the render process last sent, patch after patch."""

    def __init__(self) -> None:
        self.blocks: list[str] | None = None

    def apply(self, patch: BlockPatch) -> RenderedArticle:
        """The whole article ``patch`` describes; raises ValueError if it does not fit."""
        if patch.base_length == -1:
            blocks = list(patch.blocks)
        elif self.blocks is None or len(self.blocks) != patch.base_length:
            self.blocks = None
            raise ValueError("preview patch for a different block list")
        else:
            blocks = self.blocks
            blocks[patch.start : patch.start + patch.count] = patch.blocks
        self.blocks = blocks
        return RenderedArticle(
            header_html=patch.header_html,
            body_html="".join(blocks),
            title=patch.title,
            blocks=tuple(blocks),
            complete=patch.complete,
            style_problem=patch.style_problem,
        )
