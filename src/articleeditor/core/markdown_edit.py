"""Markdown editing commands as pure text transforms: list continuation, indent and outdent,
wrapping a selection in emphasis markers, headings, line prefixes, fenced blocks and tables.

Each command takes the text it acts on and returns the replacement plus where the selection
goes, so the editor applies it as one undoable edit and tests need no display.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A list item or quote prefix: indentation, "> " quote markers, then a bullet or number.
_ITEM = re.compile(
    r"^(?P<indent>[ \t]*)(?P<quote>(?:>[ \t]?)*)"
    r"(?:(?P<bullet>[-*+])|(?P<number>\d{1,9})(?P<delim>[.)]))(?P<space>[ \t]+)"
    r"(?P<task>\[[ xX]\][ \t]+)?"
)
_QUOTE = re.compile(r"^(?P<indent>[ \t]*)(?P<quote>(?:>[ \t]?)+)")
_HEADING = re.compile(r"^(#{1,6})[ \t]+|^(#{1,6})$")


@dataclass(frozen=True)
class Edit:
    """Replace ``text`` for the range acted on; select ``anchor``..``position`` inside it."""

    text: str
    anchor: int
    position: int


@dataclass(frozen=True)
class ListMarker:
    """The prefix of a list item or quote line, split into its parts."""

    indent: str
    quote: str
    marker: str  # "-", "*", "+", "3." or "3)"; "" for a quote line without an item
    space: str
    task: str  # "[ ] " for a task item, else ""

    @property
    def prefix(self) -> str:
        """The whole prefix as it appears in the line."""
        return self.indent + self.quote + self.marker + self.space + self.task

    @property
    def numbered(self) -> bool:
        """True for "1." / "1)" items."""
        return self.marker[:1].isdigit()


def list_marker(line: str) -> ListMarker | None:
    """The list or quote prefix of ``line``, or None for a plain line."""
    m = _ITEM.match(line)
    if m:
        marker = m["bullet"] or (m["number"] + m["delim"])
        return ListMarker(m["indent"], m["quote"], marker, m["space"], m["task"] or "")
    m = _QUOTE.match(line)
    if m:
        return ListMarker(m["indent"], m["quote"], "", "", "")
    return None


def _next_marker(marker: ListMarker) -> str:
    """The prefix the next item gets: the number goes up, a ticked task starts unticked."""
    item = marker.marker
    if marker.numbered:
        item = f"{int(item[:-1]) + 1}{item[-1]}"
    task = "[ ] " if marker.task else ""
    return marker.indent + marker.quote + item + marker.space + task


def continue_list(line: str, column: int) -> Edit | None:
    """What Enter does at ``column`` of ``line`` inside a list or quote; None if not in one.

    The result replaces the whole line. An empty item ends the list: its marker is removed.
    """
    marker = list_marker(line)
    if marker is None or column < len(marker.prefix):
        return None
    if not line[len(marker.prefix) :].strip():
        # An empty item: leave the list (a nested empty item moves out one level first).
        if marker.indent and marker.marker:
            outdented = outdent_line(line)
            return Edit(outdented, len(outdented), len(outdented))
        return Edit("", 0, 0)
    head, tail = line[:column], line[column:].lstrip(" \t")
    new = head.rstrip(" \t") + "\n" + _next_marker(marker)
    return Edit(new + tail, len(new), len(new))


def indent_width(line: str) -> int:
    """How far a nested item must be indented below ``line``'s item (its content column)."""
    marker = list_marker(line)
    if marker is None or not marker.marker:
        return 4
    return len(marker.marker) + len(marker.space)


def indent_line(line: str, width: int | None = None) -> str:
    """Indent one line by ``width`` spaces (by its list marker's width when not given)."""
    return " " * (indent_width(line) if width is None else width) + line


def outdent_line(line: str, width: int | None = None) -> str:
    """Remove up to ``width`` columns of leading indentation (a tab counts as one step)."""
    if line.startswith("\t"):
        return line[1:]
    limit = indent_width(line) if width is None else width
    spaces = len(line) - len(line.lstrip(" "))
    return line[min(spaces, limit) :]


def shift_lines(text: str, outdent: bool = False) -> str:
    """Indent (or outdent) every line of ``text``; blank lines stay blank."""
    lines = text.split("\n")
    out = []
    for line in lines:
        if not line.strip():
            out.append(line)
        else:
            out.append(outdent_line(line) if outdent else indent_line(line))
    return "\n".join(out)


def toggle_wrap(text: str, start: int, end: int, marker: str, closer: str | None = None) -> Edit:
    """Wrap ``text[start:end]`` in ``marker`` (bold "**", code "`"…), or unwrap if already.

    ``text`` is the line or paragraph around the selection; the Edit replaces all of it.
    An empty selection inserts a pair of markers with the cursor between them.
    """
    closer = marker if closer is None else closer
    inner = text[start:end]
    if (
        len(inner) >= len(marker) + len(closer)
        and inner.startswith(marker)
        and inner.endswith(closer)
    ):
        new_inner = inner[len(marker) : len(inner) - len(closer)]
        new = text[:start] + new_inner + text[end:]
        return Edit(new, start, start + len(new_inner))
    if (
        start >= len(marker)
        and text[start - len(marker) : start] == marker
        and text[end : end + len(closer)] == closer
    ):
        new = text[: start - len(marker)] + inner + text[end + len(closer) :]
        s = start - len(marker)
        return Edit(new, s, s + len(inner))
    # Keep surrounding spaces outside the markers: "** word**" is not bold in Markdown.
    lead = len(inner) - len(inner.lstrip())
    trail = len(inner) - len(inner.rstrip())
    core = inner.strip()
    if not core:
        new = text[:start] + inner + marker + closer + text[end:]
        pos = start + len(inner) + len(marker)
        return Edit(new, pos, pos)
    wrapped = inner[:lead] + marker + core + closer + inner[len(inner) - trail :]
    new = text[:start] + wrapped + text[end:]
    s = start + lead + len(marker)
    return Edit(new, s, s + len(core))


def set_heading(line: str, level: int) -> str:
    """Make ``line`` a heading of ``level`` (1–6); the same level again makes it plain text."""
    m = _HEADING.match(line)
    current = len(m.group(1) or m.group(2)) if m else 0
    body = line[m.end() :] if m else line
    if current == level or level == 0:
        return body
    return "#" * level + " " + body


def toggle_prefix(text: str, kind: str) -> str:
    """Toggle a line prefix on every non-blank line: ``kind`` is "quote", "bullet" or "number".

    If every line already has the prefix it is removed; otherwise lines get it (numbered 1, 2…).
    """
    lines = text.split("\n")
    content = [i for i, line in enumerate(lines) if line.strip()]
    if not content:
        content = [0]

    def has(line: str) -> bool:
        marker = list_marker(line)
        if marker is None:
            return False
        if kind == "quote":
            return bool(marker.quote)
        if kind == "number":
            return marker.numbered
        return bool(marker.marker) and not marker.numbered

    if all(has(lines[i]) for i in content):
        for i in content:
            m = list_marker(lines[i])
            assert m is not None
            if kind == "quote":
                rest = lines[i][len(m.indent) :]
                lines[i] = m.indent + re.sub(r"^>[ \t]?", "", rest)
            else:
                lines[i] = m.indent + m.quote + lines[i][len(m.prefix) - len(m.task) :]
        return "\n".join(lines)
    number = 1
    for i in content:
        line = lines[i]
        if kind == "quote":
            lines[i] = "> " + line
            continue
        m = list_marker(line)
        indent = line[: len(line) - len(line.lstrip(" \t"))]
        rest = line[len(indent) :]
        if m is not None and m.marker:  # switch bullet <-> number
            indent, rest = m.indent + m.quote, line[len(m.prefix) - len(m.task) :]
        lines[i] = indent + (f"{number}. " if kind == "number" else "- ") + rest
        number += 1
    return "\n".join(lines)


def code_block(text: str, language: str = "") -> Edit:
    """Fence ``text`` (whole lines) as a code block; the cursor lands inside when empty."""
    opening = "```" + language + "\n"
    new = opening + text + ("" if text.endswith("\n") or not text else "\n") + "```"
    if not text:
        new = opening + "\n```"
        return Edit(new, len(opening), len(opening))
    return Edit(new, len(opening), len(opening) + len(text.rstrip("\n")))


def table(rows: int = 2, columns: int = 3) -> str:
    """A Markdown table with a header row and ``rows`` empty body rows."""
    columns = max(columns, 1)
    header = "| " + " | ".join(f"Column {i + 1}" for i in range(columns)) + " |"
    rule = "|" + "|".join("-" * (len(f"Column {i + 1}") + 2) for i in range(columns)) + "|"
    body = [
        "| " + " | ".join(" " * len(f"Column {i + 1}") for i in range(columns)) + " |"
        for _ in range(max(rows, 0))
    ]
    return "\n".join([header, rule, *body])


def link(text: str, url: str, image: bool = False) -> str:
    """``[text](url)`` or ``![text](url)``; spaces in the URL are escaped so the link holds."""
    destination = url.strip().replace(" ", "%20")
    return ("!" if image else "") + f"[{text}]({destination})"


_URL = re.compile(r"^(?:https?|ftp|mailto):\S+$|^www\.\S+\.\S+$")


def is_url(text: str) -> bool:
    """True if ``text`` is one web address (what Ctrl+K takes from the clipboard)."""
    return bool(_URL.match(text.strip()))
