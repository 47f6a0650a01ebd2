"""Source-line anchors: every top-level block carries the 1-based line it starts on."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from articleeditor.core.mdext.source_lines import align_lines
from articleeditor.core.render import render_article, render_markdown, split_blocks

DOC = """---
title: Lines
tags: [a]
---
# Title

Para one
continues.

```python
x = 1

y = 2
```

- a
- b

<div class="box">raw
html</div>


> quote

Setext
------
Para after

| a | b |
|---|---|
| 1 | 2 |

Footnote[^1].

[^1]: note
"""


def _anchors(html: str) -> list[tuple[str, int]]:
    return [
        (m.group(1), int(m.group(2))) for m in re.finditer(r'<(\w+)[^>]*\sdata-line="(\d+)"', html)
    ]


def test_each_top_level_block_points_at_its_first_file_line():
    html = render_article(DOC).body_html
    lines = DOC.split("\n")
    found = {tag: lines[n - 1] for tag, n in _anchors(html)}
    assert found["h1"] == "# Title"
    assert found["p"].startswith("Para one") or found["p"].startswith("Footnote")
    assert found["div"] in {"```python", '<div class="box">raw'}
    anchors = _anchors(html)
    starts = [lines[n - 1] for _tag, n in anchors]
    assert starts == [
        "# Title",
        "Para one",
        "```python",
        "- a",
        '<div class="box">raw',
        "> quote",
        "Setext",
        "Para after",
        "| a | b |",
        "Footnote[^1].",
    ]
    # Lines only increase down the page.
    numbers = [n for _tag, n in anchors]
    assert numbers == sorted(numbers)


def test_anchors_survive_the_sanitiser_and_only_top_level_blocks_have_them():
    html = render_markdown("- a\n- b\n\n> q\n>\n> r\n")
    assert _anchors(html) == [("ul", 1), ("blockquote", 4)]


def test_split_blocks_joins_back_and_starts_each_block_at_an_anchor():
    body = render_article(DOC).body_html
    blocks = split_blocks(body)
    assert "".join(blocks) == body
    # Each block starts at an anchor, except the footnote list and the bibliography.
    lists = [b for b in blocks if b.startswith(('<div class="footnote">', '<section class="ref'))]
    assert all('data-line="' in block.split(">", 1)[0] for block in blocks if block not in lists)
    assert len(blocks) == len(_anchors(body)) + len(lists)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "# H",
                "para",
                "- item",
                "> q",
                "```",
                "~~~",
                "code",
                "<div>x</div>",
                "    indented",
                "| a |",
                "|---|",
                "",
                "",
            ]
        ),
        max_size=30,
    )
)
def test_anchor_lines_are_real_non_blank_lines_in_order(lines):
    text = "\n".join(lines) + "\n"
    source = text.split("\n")
    numbers = [n for _tag, n in _anchors(render_markdown(text))]
    assert numbers == sorted(numbers)
    for n in numbers:
        assert 1 <= n <= len(source)
        assert source[n - 1].strip() != ""


def test_align_lines_maps_a_collapsed_block_to_its_first_line():
    original = ["a", "", "```", "x", "```", "", "b"]
    changed = ["a", "", "", "\x02wzxhzdk:0\x03", "", "", "b"]
    mapping = align_lines(original, changed)
    assert mapping[3] == 2 and mapping[6] == 6
