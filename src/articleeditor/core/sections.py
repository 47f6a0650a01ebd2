"""An article body cut into sections: the unit the preview re-renders and the pre-pass scans.

A section starts at a top-level ATX heading that follows a blank line (a heading right after
a paragraph line stays with it), never inside code (``core.blocks`` reads fences as the
renderer does): such a section's block structure is the same alone as in the whole body.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from articleeditor.core.blocks import fenced_blocks


def split_sections(body: str) -> list[tuple[int, str]]:
    """(first line index, text) of each part of ``body`` that starts at a top-level heading.

    The texts joined give ``body`` back.
    """
    # A "#" at the margin after a blank line is a heading unless a fence holds it; only the
    # fences need finding, and core.blocks finds them without reading line by line.
    fences = fenced_blocks(body)
    fence_starts = [start for start, _end in fences]
    cuts = [0]
    for match in _MARGIN_HASH.finditer(body):
        at = match.start() + 1
        previous_line = body[body.rfind("\n", 0, at - 1) + 1 : at - 1]
        if previous_line.strip():
            continue
        inside = bisect_right(fence_starts, at) - 1
        if inside >= 0 and at < fences[inside][1]:
            continue
        cuts.append(at)
    result = []
    line = 0
    ends = [*cuts[1:], len(body)]
    for a, b in zip(cuts, ends, strict=True):
        result.append((line, body[a:b]))
        line += body.count("\n", a, b)
    return result


_MARGIN_HASH = re.compile(r"\n#")
