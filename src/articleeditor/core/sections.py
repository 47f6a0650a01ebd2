"""An article body cut into sections: the unit the preview re-renders and the pre-pass scans.

A section starts at a top-level ATX heading that follows a blank line (a heading right after
a paragraph line stays with it), never inside fenced code: such a section's block structure
is the same alone as in the whole body.
"""

from __future__ import annotations

import re

# Where a section may start (a top-level ATX heading) and where fenced code opens, exactly as
# Python-Markdown's fenced_code sees fences: at the start of a line, closed by the same fence.
_SECTION_MARK_RE = re.compile(r"^(?:(`{3,}|~{3,})|#{1,6}(?:[ \t]|$))", re.MULTILINE)


def split_sections(body: str) -> list[tuple[int, str]]:
    """(first line index, text) of each part of ``body`` that starts at a top-level heading.

    The texts joined give ``body`` back.
    """
    starts = [0]
    position = 0
    while True:
        match = _SECTION_MARK_RE.search(body, position)
        if match is None:
            break
        fence = match.group(1)
        if fence:
            closing = re.compile(f"^{re.escape(fence)}[ ]*$", re.MULTILINE)
            end = closing.search(body, body.find("\n", match.end()) + 1 or len(body))
            position = end.end() if end and body.find("\n", match.end()) >= 0 else match.end()
            continue
        start = match.start()
        # A heading right after a paragraph line stays with it (no blank line between).
        previous_line = body[body.rfind("\n", 0, start - 1) + 1 : start - 1] if start else ""
        if start and not previous_line.strip():
            starts.append(start)
        position = match.end() if match.end() > start else start + 1
    result = []
    line = 0
    previous = 0
    for a, b in zip(starts, [*starts[1:], len(body)], strict=True):
        line += body.count("\n", previous, a)
        previous = a
        result.append((line, body[a:b]))
    return result
