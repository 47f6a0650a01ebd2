"""The article's outline: its headings (ATX "# Title" and setext underlines) with line numbers,
as the preview shows them (front matter and code skipped: see ``core.blocks``)."""

from __future__ import annotations

from articleeditor.core.blocks import Heading, scan

__all__ = ["Heading", "headings"]


def headings(text: str) -> list[Heading]:
    """Every top-level heading in the body of ``text``, in order; lines count from the file's
    first line (front matter included)."""
    return scan(text).headings()
