"""The scan for the files a body links to in raw HTML: the same matches as the one regular
expression it replaces, in time linear in the text."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from articleeditor.core.publish_content import _html_sources

# The pattern the scan stands for (it reads each tag without a ">" to the end of the text).
_ONE_PATTERN = re.compile(r"(<(?:img|source|a)\b[^>]*?\b(?:src|href)=[\"'])([^\"'\n]+)", re.I)

_PIECES = st.sampled_from(
    [
        "<a",
        "<A",
        "<img",
        "<source",
        "<ab",
        " ",
        "\n",
        ">",
        "href=",
        "SRC=",
        "src",
        "=",
        '"',
        "'",
        "x",
        "y/z.png",
        "data-src=",
        "é",
    ]
)


def _expected(text: str) -> list[tuple[int, int]]:
    return [match.span(2) for match in _ONE_PATTERN.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join))
def test_same_spans_as_the_one_pattern(text: str) -> None:
    assert list(_html_sources(text)) == _expected(text)


def test_ordinary_html_links() -> None:
    text = (
        '<img alt="a" src="fig.png"> and <a class="x" href=\'doc.pdf\'>doc</a>\n'
        '<source srcset="no" src="clip.webm">'
    )
    spans = list(_html_sources(text))
    assert [text[a:b] for a, b in spans] == ["fig.png", "doc.pdf", "clip.webm"]
    assert spans == _expected(text)


def test_unclosed_tags_then_a_link() -> None:
    text = "<a " * 2000 + 'href="last.png"'
    # Every "<a " reaches the one attribute at the end; finditer takes it once, from the first.
    assert list(_html_sources(text)) == _expected(text) == [(len(text) - 9, len(text) - 1)]
