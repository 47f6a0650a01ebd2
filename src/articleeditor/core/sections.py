"""An article body cut into sections: the unit the preview re-renders and the pre-pass scans.

A section starts at a top-level ATX heading that follows a blank line (a heading right after
a paragraph line stays with it), never inside code (``core.blocks`` reads fences as the
renderer does): such a section's block structure is the same alone as in the whole body.
"""

from __future__ import annotations

from itertools import accumulate

from articleeditor.core.blocks import LineKind, scan_body


def split_sections(body: str) -> list[tuple[int, str]]:
    """(first line index, text) of each part of ``body`` that starts at a top-level heading.

    The texts joined give ``body`` back.
    """
    blocks = scan_body(body)
    kinds = blocks.kinds
    heading, blank = LineKind.HEADING, LineKind.BLANK
    starts = [
        n for n in blocks.heading_lines if n and kinds[n] is heading and kinds[n - 1] is blank
    ]
    # Where each line starts: lengths summed in C, not line by line here.
    ends_of_lines = list(accumulate(map(len, blocks.lines)))
    cuts = [0, *(ends_of_lines[n - 1] + n for n in starts)]
    ends = [*cuts[1:], len(body)]
    return [(n, body[a:b]) for n, a, b in zip([0, *starts], cuts, ends, strict=True)]
