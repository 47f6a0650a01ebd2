"""Citations and the References list in the forms a static site keeps and shows well.

``semantic_references`` turns the preview's layout blocks (``div.csl-left-margin`` beside
``div.csl-right-inline``, which need the preview's stylesheet) into one paragraph per entry,
so "[1]" and its entry sit on one line in any theme. ``citation_markdown`` and
``references_markdown`` write the same content as plain Markdown for a generator that drops
raw HTML (Hugo without ``unsafe``): citations link to the References heading, entries keep
their italics, bold and links.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_DIV = re.compile(r"<(/?)div\b([^>]*)>")
_INLINE_CLASSES = ("csl-left-margin", "csl-right-inline", "csl-block", "csl-indent")
REFERENCES_ANCHOR = "references"


def _class_of(attributes: str) -> str:
    match = re.search(r'class="([^"]*)"', attributes)
    return match.group(1) if match else ""


def semantic_references(section: str) -> str:
    """``section`` with each entry a ``<p>`` and its parts ``<span>``s (one line unstyled)."""
    out: list[str] = []
    stack: list[str] = []
    last = 0
    for match in _DIV.finditer(section):
        out.append(section[last : match.start()])
        last = match.end()
        if match.group(1):  # a closing tag: close what the opening became
            name = stack.pop() if stack else "div"
            out.append(f"</{name}>")
            if name == "span":
                out.append(" ")
            continue
        classes = _class_of(match.group(2)).split()
        if "csl-entry" in classes:
            name = "p"
        elif any(c in _INLINE_CLASSES for c in classes):
            name = "span"
        else:
            name = "div"
        stack.append(name)
        out.append(f"<{name}{match.group(2)}>")
    out.append(section[last:])
    return re.sub(r" (</p>)", r"\1", "".join(out))


_SPECIALS = re.compile(r"([\\`*_\[\]<>|])")


class _MarkdownWriter(HTMLParser):
    """Inline HTML (what CSL formatting produces) as Markdown text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("i", "em"):
            self.parts.append("*")
        elif tag in ("b", "strong"):
            self.parts.append("**")
        elif tag == "a":
            href = dict(attrs).get("href") or ""
            if href.startswith("#"):
                href = f"#{REFERENCES_ANCHOR}"  # per-entry anchors need raw HTML
            self.links.append(href)
            self.parts.append("[")
        elif tag == "br":
            self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("i", "em"):
            self.parts.append("*")
        elif tag in ("b", "strong"):
            self.parts.append("**")
        elif tag == "a" and self.links:
            href = self.links.pop()
            self.parts.append(f"](<{href}>)" if " " in href else f"]({href})")
        elif tag in ("div", "p"):
            self.parts.append(" ")

    def handle_data(self, data: str) -> None:
        self.parts.append(_SPECIALS.sub(r"\\\1", " ".join(data.split("\n"))))


def html_to_markdown(html: str) -> str:
    """Inline ``html`` as Markdown text on one line."""
    writer = _MarkdownWriter()
    writer.feed(html)
    writer.close()
    text = "".join(writer.parts)
    return re.sub(r"\s+", " ", text).strip()


def citation_markdown(span: str) -> str:
    """A rendered ``<span class="citation">`` as Markdown linking to the References."""
    return html_to_markdown(span)


# An entry as the preview writes it (nested divs) or as ``semantic_references`` does (a <p>).
_ENTRY = re.compile(
    r'<p class="csl-entry"[^>]*>(.*?)</p>'
    r'|<div class="csl-entry"[^>]*>(.*?)</div>\s*(?=<div class="csl-entry"|</div>)',
    re.S,
)
_HEADING = re.compile(r"<h(\d)[^>]*>(.*?)</h\1>", re.S)


def references_markdown(section: str, heading_id: bool = True) -> str:
    """The rendered References ``<section>`` as a Markdown heading and one paragraph per entry
    (the heading with a ``{#references}`` id where the generator reads heading attributes)."""
    heading = _HEADING.search(section)
    level = int(heading.group(1)) if heading else 2
    title = html_to_markdown(heading.group(2)) if heading else "References"
    anchor = f" {{#{REFERENCES_ANCHOR}}}" if heading_id else ""
    lines = [f"{'#' * level} {title}{anchor}", ""]
    for entry in _ENTRY.finditer(section):
        lines.append(html_to_markdown(entry.group(1) or entry.group(2) or ""))
        lines.append("")
    return "\n".join(lines)
