"""The one raw-HTML policy: what HTML an article may put on a page.

The preview, ``articleeditor render``, the exports and Publish all go through it. Rendered HTML
is cleaned with an allow-list (nh3): no ``<script>``, event handler, ``<iframe>``, form or
``javascript:`` URL survives. Publish writes Markdown, not HTML, for most generators, so
:func:`sanitize_markdown` applies the same allow-list to every raw HTML tag and link in the
Markdown itself (see its docstring for what counts as code and is left alone).
"""

from __future__ import annotations

import bisect
import html
import logging
import re
from functools import lru_cache
from typing import Any

import nh3

logger = logging.getLogger(__name__)
_GLOBAL_ATTRIBUTES = {"class", "id", "title", "lang", "dir", "data-line", "data-cites", "role"}
_EXTRA_TAGS = {"section", "sup", "sub", "input"}
ALLOWED_TAGS = frozenset(set(nh3.ALLOWED_TAGS) | _EXTRA_TAGS)
_ALLOWED_ATTRIBUTES: dict[str, set[str]] = {
    tag: set(attrs) for tag, attrs in nh3.ALLOWED_ATTRIBUTES.items()
}
_ALLOWED_ATTRIBUTES["*"] = _GLOBAL_ATTRIBUTES
_ALLOWED_ATTRIBUTES.setdefault("img", set()).update({"title", "loading"})
_ALLOWED_ATTRIBUTES["input"] = {"type", "checked", "disabled"}
URL_SCHEMES = frozenset({"http", "https", "mailto", "file", "data"})
_FORM_INPUT_RE = re.compile(r'<input\b(?![^>]*\stype="checkbox")[^>]*>')


_POLICY: dict[str, Any] = {
    "tags": set(ALLOWED_TAGS),
    "attributes": _ALLOWED_ATTRIBUTES,
    "url_schemes": set(URL_SCHEMES),
    "link_rel": "noopener noreferrer",
}
# Built once: nh3.clean converts the policy on every call, a quarter of its time on a tag.
_CLEANER = nh3.Cleaner(**_POLICY) if hasattr(nh3, "Cleaner") else None  # nh3 >= 0.3


# nh3's parser joins the pieces of a text node in time growing with the square of their
# number, and each character reference is a piece: 1 MB of ``&#`` (``&amp;#`` once rendered)
# took 4 s, twice that 4 times as long. An empty comment every so many references splits the
# node; comments are dropped, and the text around one is written out as it was.
_REFERENCES_PER_NODE = 256
_TAG_OR_TEXT = re.compile(r"(<[^<>]*>)|([^<>]+)")


def _split_long_text(fragment: str) -> str:
    """``fragment`` with ``<!---->`` before every 256th "&" of a text run (outside tags)."""
    if fragment.count("&") < _REFERENCES_PER_NODE:
        return fragment

    def split(match: re.Match[str]) -> str:
        text = match.group(2)
        if text is None or text.count("&") < _REFERENCES_PER_NODE:
            return match.group()
        pieces = text.split("&")
        groups = (
            "&".join(pieces[i : i + _REFERENCES_PER_NODE])
            for i in range(0, len(pieces), _REFERENCES_PER_NODE)
        )
        return "<!---->&".join(groups)

    return _TAG_OR_TEXT.sub(split, fragment)


def sanitize(fragment: str) -> str:
    """Remove scripts, event handlers, iframes, forms and dangerous URLs from HTML."""
    fragment = _split_long_text(fragment)
    clean = _CLEANER.clean(fragment) if _CLEANER is not None else nh3.clean(fragment, **_POLICY)
    # <input> is allowed for task-list checkboxes only; any other field is a form part.
    return _FORM_INPUT_RE.sub("", clean)


# ----- remote images -----------------------------------------------------------------------------

_IMG_RE = re.compile(r"<img\b[^>]*>")
_SRC_RE = re.compile(r'\ssrc="([^"]*)"')
_URL_IGNORED = re.compile(r"[\t\n\r]")  # browsers drop these anywhere in a URL
_SCHEME_RE = re.compile(r"^([a-z][a-z0-9+.-]*):")
_LOCAL_SCHEMES = {"file", "data"}


def is_remote_url(url: str) -> bool:
    """True when a browser would fetch ``url`` (HTML-escaped as in an attribute) from the
    network: any case of http(s), leading blanks, tabs inside the scheme, ``https:host``,
    scheme-relative ``//host`` and its backslash forms."""
    text = _URL_IGNORED.sub("", html.unescape(url)).strip(
        "\x00\x01\x02\x03\x04\x05\x06\x07"
        "\x08\x0b\x0c\x0e\x0f\x10\x11\x12"
        "\x13\x14\x15\x16\x17\x18\x19\x1a"
        "\x1b\x1c\x1d\x1e\x1f "
    )
    text = text.replace("\\", "/").lower()
    if text.startswith("//"):
        return True
    scheme = _SCHEME_RE.match(text)
    return scheme is not None and scheme.group(1) not in _LOCAL_SCHEMES


def block_remote_images(fragment: str) -> str:
    """Replace each ``<img>`` whose source is on the network by a placeholder naming it."""

    def replace(match: re.Match[str]) -> str:
        tag = match.group(0)
        src = _SRC_RE.search(tag)
        if src is None or not is_remote_url(src.group(1)):
            return tag
        url = src.group(1)  # still escaped, as sanitised
        return (
            f'<span class="remote-image" title="{url}">'
            f"Remote image not loaded: <code>{url}</code></span>"
        )

    return _IMG_RE.sub(replace, fragment)


# ----- raw HTML in Markdown ----------------------------------------------------------------------

# A tag as CommonMark defines raw HTML. Anything else starting "<letter" is written as
# "&lt;", text to every parser, so a more lenient parser cannot find a tag there either.
_ATTRIBUTE = r"""(?:\s+[A-Za-z_:][A-Za-z0-9_.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)"""
_START_TAG = re.compile(rf"<([A-Za-z][A-Za-z0-9-]*)({_ATTRIBUTE}*)\s*/?>")
_END_TAG = re.compile(r"</([A-Za-z][A-Za-z0-9-]*)\s*>")
_AUTOLINK = re.compile(r"<([A-Za-z][A-Za-z0-9+.-]{1,31}):[^\s<>]*>")
_EMAIL_AUTOLINK = re.compile(
    r"<[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*>"
)
_HTML_START = re.compile(r"<[A-Za-z/!?]")
# Elements whose content goes with them (nh3's default), not only their tags.
_DROP_WITH_CONTENT = ("script", "style")
_VOID = {
    "area",
    "base",
    "br",
    "col",
    "embed",
    "hr",
    "img",
    "input",
    "link",
    "meta",
    "source",
    "track",
    "wbr",
}
# A fence every parser reads as one: at the margin, with at most a language name after it
# (Python-Markdown, which Pelican and the preview use, accepts no more than that).
_FENCE = re.compile(r"^(`{3,}|~{3,})[ ]*\.?[\w#.+-]*[ ]*$")
_LINK_OPEN = re.compile(r"\]\([ \t]*\n?[ \t]*")
_REF_DEF = re.compile(r"^ {0,3}\[[^\]\n]+\]:[ \t]*\n?[ \t]*", re.M)
_ESCAPED_PUNCTUATION = re.compile(r"\\([!-/:-@\[-`{-~])")


# "[^<>]": a tag ends before the next "<", so a line of unclosed tags is read once.
_ANY_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)(?:[^<>]*?(/?)>)?")


def _html_regions(lines: list[str]) -> list[bool]:
    """For each line, whether raw HTML may be in force there, so code marks mean nothing.

    CommonMark ends an HTML block at a blank line; kramdown (Jekyll) and Python-Markdown keep
    a block element raw up to its closing tag, across blank lines. Both are covered: a line
    starting with a tag opens a region that lasts until every element opened in it is closed
    and a blank line follows (to the end of the text when one never closes).
    """
    in_html = [False] * len(lines)
    index = 0
    while index < len(lines):
        if not re.match(r"^[ \t]*<[A-Za-z/!?]", lines[index]):
            index += 1
            continue
        depth: dict[str, int] = {}
        number = index
        while number < len(lines):
            line = lines[number]
            if not line.strip() and not any(count > 0 for count in depth.values()):
                break
            in_html[number] = True
            for closing, name, self_closing in _ANY_TAG.findall(line):
                name = name.lower()
                if name in _VOID or self_closing:
                    continue
                # a stray closing tag cancels nothing opened after it
                depth[name] = max(0, depth.get(name, 0) + (-1 if closing else 1))
            number += 1
        index = number + 1
    return in_html


def _code_spans(text: str, start: int) -> list[tuple[int, int]] | None:
    """(start, end) of the code spans in one paragraph (offsets into the body), or None when
    parsers may pair its backticks differently (an unmatched or escaped backtick)."""
    spans: list[tuple[int, int]] = []
    position = 0
    while True:
        opener = re.compile(r"(?<!`)`+").search(text, position)
        if opener is None:
            return spans
        backslashes = 0
        while backslashes < opener.start() and text[opener.start() - backslashes - 1] == "\\":
            backslashes += 1
        if backslashes % 2:
            return None  # an escaped backtick: CommonMark and Python-Markdown differ
        ticks = opener.group(0)
        closer = re.compile(rf"(?<!`){ticks}(?!`)").search(text, opener.end())
        if closer is None:
            return None  # a lone run: Python-Markdown may pair its backticks with others
        spans.append((start + opener.start(), start + closer.end()))
        position = closer.end()


_CLOSING_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})[ \t]*$")


class _FenceClosers:
    """The lines that can close a fence, so finding an opener's closer is a lookup."""

    def __init__(self, lines: list[str]) -> None:
        self._lines: dict[str, list[int]] = {"`": [], "~": []}
        self._lengths: dict[str, list[int]] = {"`": [], "~": []}
        for number, line in enumerate(lines):
            if match := _CLOSING_FENCE.match(line.rstrip("\n")):
                mark = match.group(1)
                self._lines[mark[0]].append(number)
                self._lengths[mark[0]].append(len(mark))
        # The shortest fence of each kind known to have no closer after some earlier line:
        # a later fence at least as long has none either.
        self._unclosed: dict[str, int] = {}

    def first_after(self, index: int, mark: str) -> int | None:
        """The line closing the fence ``mark`` opened at ``index``, when every parser agrees.

        CommonMark and kramdown close at the first fence at least as long, Python-Markdown
        only at one exactly as long: the fence counts only when that first one is exact.
        """
        kind, length = mark[0], len(mark)
        if length >= self._unclosed.get(kind, 1 << 30):
            return None
        lines, lengths = self._lines[kind], self._lengths[kind]
        for position in range(bisect.bisect_right(lines, index), len(lines)):
            if lengths[position] >= length:
                return lines[position] if lengths[position] == length else None
        self._unclosed[kind] = min(length, self._unclosed.get(kind, length))
        return None


def protected_spans(body: str) -> list[tuple[int, int]]:
    """Parts of ``body`` that every generator shows as code, so their ``<`` is plain text.

    Only what is code under any reading is protected: fenced blocks that open and close
    outside raw HTML, and the code spans of paragraphs holding no raw HTML of their own.
    Indented code is not (inside a list item the same indentation is a paragraph).
    """
    # Lines as Markdown has them: "\n" only (str.splitlines also breaks at U+2028 and
    # form feeds, which no Markdown parser does; sanitize_markdown has made every CR a "\n").
    lines = body.split("\n")
    lines = [line + "\n" for line in lines[:-1]] + ([lines[-1]] if lines[-1] else [])
    in_html = _html_regions(lines)
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line))
    spans: list[tuple[int, int]] = []
    index = 0
    paragraph: list[int] = []

    def close_paragraph() -> None:
        if not paragraph:
            return
        start, end = offsets[paragraph[0]], offsets[paragraph[-1] + 1]
        found = _code_spans(body[start:end], start)
        if found is None:
            paragraph.clear()
            return
        rest = list(body[start:end])
        for a, b in found:
            rest[a - start : b - start] = " " * (b - a)
        if not _HTML_START.search("".join(rest)):
            spans.extend(found)
        paragraph.clear()

    closers = _FenceClosers(lines)
    while index < len(lines):
        line = lines[index]
        fence = _FENCE.match(line.rstrip("\n"))
        if fence and not in_html[index]:
            end = closers.first_after(index, fence.group(1))
            if end is not None:  # kramdown reads an unclosed fence as text: not protected
                close_paragraph()
                spans.append((offsets[index], offsets[end + 1]))
                index = end + 1
                continue
        if not line.strip() or in_html[index]:
            close_paragraph()
        else:
            paragraph.append(index)
        index += 1
    close_paragraph()
    return sorted(spans)


@lru_cache(maxsize=4096)
def _clean_start_tag(token: str, name: str) -> str:
    """The tag as the allow-list keeps it ("" when the element is not allowed)."""
    clean = sanitize(token)
    closing = f"</{name.lower()}>"
    if clean.endswith(closing) and closing not in token.lower():
        clean = clean[: -len(closing)]  # nh3 closed the element; the Markdown closes it later
    return clean


def _destination_end(body: str, start: int) -> int:
    """The end of a link destination at ``start``: up to a space or the ``)`` that balances
    the parentheses (``>`` for a destination in angle brackets)."""
    if body.startswith("<", start - 1):
        end = body.find(">", start)
        newline = body.find("\n", start)
        return start if end < 0 or 0 <= newline < end else end
    depth, position = 0, start
    while position < len(body):
        char = body[position]
        if char == "\\" and position + 1 < len(body):
            position += 2
            continue
        if char.isspace() or (char == ")" and depth == 0):
            break
        depth += {"(": 1, ")": -1}.get(char, 0)
        position += 1
    return position


# What may come before a link destination's ":" while it still names a scheme: scheme
# characters, entities and backslash escapes, and characters parsers or browsers drop.
# Never "]", "(" or "<", so the runs of two links never overlap and scanning stays linear.
_SCHEME_RUN = re.compile(r"[A-Za-z0-9+.\-&#;\\\x00-\x09\x0b-\x1f]*:?")


_NUMERIC_REFERENCE = re.compile(r"&#([xX]?)0*([0-9A-Fa-f]*)")


def _short_reference(match: re.Match[str]) -> str:
    """A numeric character reference without its leading zeros (parsers ignore them, and
    html.unescape cannot read thousands of digits); one past Unicode's range is U+FFFD."""
    digits = match.group(2)
    return "\ufffd" if len(digits) > 8 else f"&#{match.group(1)}{digits or '0'}"


def is_allowed_url(destination: str) -> bool:
    """Whether a Markdown link destination passes the allow-list's URL schemes (read as a
    Markdown parser reads it: backslash escapes and entities first, blanks ignored)."""
    text = destination[1:-1] if destination.startswith("<") else destination
    text = _NUMERIC_REFERENCE.sub(_short_reference, _ESCAPED_PUNCTUATION.sub(r"\1", text))
    text = html.unescape(text)
    text = re.sub(r"[\x00-\x20\x7f]", "", text).lower()
    scheme = _SCHEME_RE.match(text)
    return scheme is None or scheme.group(1) in URL_SCHEMES


_MAX_PASSES = 8


# Hugo reads "{{<name" as a shortcode; with a space no one reads "<name …>" as a tag.
_SHORTCODE_OPEN = re.compile(r"\{\{<(?=[A-Za-z_/])(?![/]\*)")
# Hugo's highlight shortcode shows what it encloses as escaped code, like a fence.
_HIGHLIGHT_OPEN = re.compile(r"\{\{<\s*highlight\b[^<>]*>\}\}")
_HIGHLIGHT_CLOSE = re.compile(r"\{\{<\s*/highlight\s*>\}\}")


def _highlight_spans(body: str) -> list[tuple[int, int]]:
    """Each ``{{< highlight >}}`` … ``{{< /highlight >}}`` of a Hugo article."""
    closes = [m.end() for m in _HIGHLIGHT_CLOSE.finditer(body)]
    spans: list[tuple[int, int]] = []
    for opening in _HIGHLIGHT_OPEN.finditer(body):
        if spans and opening.start() < spans[-1][1]:
            continue  # inside the previous one
        index = bisect.bisect_right(closes, opening.end())
        if index < len(closes):
            spans.append((opening.start(), closes[index]))
    return spans


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def sanitize_markdown(body: str, hugo: bool = False) -> str:
    """``body`` with every raw HTML tag and link passed through the allow-list, as the
    preview shows them: disallowed elements removed (``<script>`` and ``<style>`` with their
    content), disallowed attributes and URLs dropped, ``javascript:``-style link destinations
    replaced by ``#``. Code (see :func:`protected_spans`) is left exactly as written; with
    ``hugo``, so are Hugo shortcodes and what ``{{< highlight >}}`` encloses.
    """
    # Every parser reads a lone CR as a line break; one line ending keeps the rules simple.
    body = body.replace("\r\n", "\n").replace("\r", "\n")
    if hugo:
        body = _SHORTCODE_OPEN.sub("{{< ", body)
    # Removing a tag can join what was around it into a new one ("<<b></b>img onerror=…>"),
    # so passes repeat until one changes nothing.
    for _ in range(_MAX_PASSES):
        cleaned = _sanitize_pass(body, hugo)
        if cleaned == body:
            return cleaned
        body = cleaned
    logger.warning("raw HTML still changing after %d passes; every '<' is made text", _MAX_PASSES)
    return _escape_all(body, hugo)


def _protected(body: str, hugo: bool) -> list[tuple[int, int]]:
    spans = protected_spans(body)
    if hugo:
        spans = _merged(spans + _highlight_spans(body))
    return spans


def _escape_all(body: str, hugo: bool) -> str:
    """Every ``<`` outside code as ``&lt;``: no parser finds any tag."""
    out, last = [], 0
    for start, end in _protected(body, hugo):
        out.append(body[last:start].replace("<", "&lt;"))
        out.append(body[start:end])
        last = end
    out.append(body[last:].replace("<", "&lt;"))
    return "".join(out)


def _sanitize_pass(body: str, hugo: bool) -> str:
    protected = _protected(body, hugo)
    starts = [a for a, _ in protected]

    def is_protected(position: int) -> bool:
        index = bisect.bisect_right(starts, position) - 1
        return index >= 0 and position < protected[index][1]

    # Where each element dropped with its content closes, found once (not once per tag).
    closings = {
        name: [m.end() for m in re.finditer(rf"</{name}\b[^>]*>", body, re.I)]
        for name in _DROP_WITH_CONTENT
    }
    out: list[str] = []
    last = 0
    position = 0
    candidates = re.compile(r"<|\]\(|^ {0,3}\[[^\]\n]+\]:", re.M)
    while True:
        match = candidates.search(body, position)
        if match is None:
            break
        at = match.start()
        if is_protected(at):
            position = at + 1
            continue
        replacement, end = _rewrite_at(body, at, match.group(0), closings)
        if replacement is None:
            position = at + 1
            continue
        out.append(body[last:at])
        out.append(replacement)
        last = position = end
    out.append(body[last:])
    return "".join(out)


def _rewrite_at(
    body: str, at: int, what: str, closings: dict[str, list[int]]
) -> tuple[str | None, int]:
    """(the replacement for the construct at ``at``, where it ends); None leaves it."""
    if what != "<":
        opener = (_LINK_OPEN if what == "](" else _REF_DEF).match(body, at)
        if opener is None:
            return None, at
        start = opener.end() + (1 if body.startswith("<", opener.end()) else 0)
        scheme = _SCHEME_RUN.match(body, start)
        assert scheme is not None  # the pattern matches the empty string
        if is_allowed_url(scheme.group(0) + "x"):
            return None, at  # most links: decided on their first characters
        # Only a refused destination is read to its end, and the scan resumes after it.
        return body[at:start] + "#", max(_destination_end(body, start), start + 1)
    if autolink := _AUTOLINK.match(body, at):
        if autolink.group(1).lower() in URL_SCHEMES:
            return None, at
        return "&lt;", at + 1  # shown as text, never a link
    if _EMAIL_AUTOLINK.match(body, at):
        return None, at
    if end_tag := _END_TAG.match(body, at):
        name = end_tag.group(1).lower()
        return (f"</{name}>" if name in ALLOWED_TAGS else ""), end_tag.end()
    if start_tag := _START_TAG.match(body, at):
        name = start_tag.group(1).lower()
        end = start_tag.end()
        if name in _DROP_WITH_CONTENT:
            ends = closings[name]
            index = bisect.bisect_right(ends, end)
            # the first closing tag after this one (its end lies past the start tag's end)
            return "", ends[index] if index < len(ends) else end
        return _clean_start_tag(start_tag.group(0), name), end
    if re.match(r"</?[A-Za-z]", body[at : at + 3]):
        return "&lt;", at + 1  # not a tag by CommonMark: text, so no parser makes it one
    return None, at
