"""An article body cut into sections: the unit the preview re-renders and the pre-pass scans.

A section starts at a top-level ATX heading that follows a blank line (a heading right after
a paragraph line stays with it), never inside code (``core.blocks`` reads fences as the
renderer does): such a section's block structure is the same alone as in the whole body.
"""

from __future__ import annotations

from articleeditor.core.blocks import LineKind, scan_body


def split_sections(body: str) -> list[tuple[int, str]]:
    """(first line index, text) of each part of ``body`` that starts at a top-level heading.

    The texts joined give ``body`` back.
    """
    blocks = scan_body(body)
    kinds = blocks.kinds
    heading, blank = LineKind.HEADING, LineKind.BLANK
    starts: list[tuple[int, int]] = [(0, 0)]
    offset = 0
    for number, line in enumerate(blocks.lines):
        if kinds[number] is heading and number and kinds[number - 1] is blank:
            starts.append((number, offset))
        offset += len(line) + 1
    ends = [offset for _line, offset in starts[1:]] + [len(body)]
    return [(line, body[a:b]) for (line, a), b in zip(starts, ends, strict=True)]
