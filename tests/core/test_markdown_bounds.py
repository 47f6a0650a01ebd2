"""The budgets and pre-checks of markdown_bounds change nothing in ordinary text, and cut a
hostile one short with a note instead of taking minutes. (Timings: bench/bench_pathological.py.)"""

from __future__ import annotations

import re

import markdown
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown.extensions.attr_list import AttrListTreeprocessor

from articleeditor.core.markdown_bounds import BOUNDED_NOTE_CLASS, _Blocks, _HeaderAttributes
from articleeditor.core.markdown_guard import bounded_convert
from articleeditor.core.mdext.source_lines import SourceLineExtension
from articleeditor.core.render import DEFAULT_EXTENSION_CONFIGS, DEFAULT_EXTENSIONS, render_markdown


def _converter() -> markdown.Markdown:
    return markdown.Markdown(
        extensions=[*DEFAULT_EXTENSIONS, SourceLineExtension()],
        extension_configs=DEFAULT_EXTENSION_CONFIGS,
    )


# Pieces of tables, headings with attribute lists, raw HTML, emphasis, escapes and citations.
PIECES = [
    "|",
    "| a |",
    "|---|",
    ":-:",
    "-",
    " ",
    "\n",
    "\n\n",
    "a",
    "# h",
    "## h {",
    "{",
    "}",
    "{: #x }",
    "{.c}",
    "<a ",
    "<div>",
    "</div>",
    ">",
    "<b>x</b>",
    "*a",
    "*",
    "_",
    "\\",
    "\\\\",
    "`",
    "@k ",
    "[@k]",
    "\t",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=50))
def test_bounded_output_equals_python_markdowns(pieces):
    text = "".join(pieces)
    assert bounded_convert(_converter(), text) == _converter().convert(text)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="{}: #.a\n", max_size=30))
def test_the_attribute_list_pre_check_finds_what_the_pattern_finds(text):
    for pattern in (AttrListTreeprocessor.HEADER_RE, AttrListTreeprocessor.BLOCK_RE):
        found = _HeaderAttributes(pattern).search(text)
        expected = pattern.search(text)
        assert (found and found.span()) == (expected and expected.span())


def test_a_dense_paragraph_is_formatted_up_to_the_budget_then_shown_as_written():
    html = render_markdown("*a* " * 250_000)
    assert html.startswith(f'<p class="{BOUNDED_NOTE_CLASS}">')
    assert "<em>a</em>" in html  # the beginning is formatted
    assert html.rstrip().endswith("*a* </p>")  # the end is as written
    assert html.count("a") >= 250_000  # nothing dropped


def test_unclosed_tags_past_the_budget_are_text_and_later_markdown_still_renders():
    html = render_markdown("<a " * 300_000 + "\n\n# Still a heading\n")
    assert html.startswith(f'<p class="{BOUNDED_NOTE_CLASS}">')
    assert re.search(r"<h1[^>]*>Still a heading</h1>", html)


def test_ordinary_text_has_no_note():
    html = render_markdown("# Title {: #t }\n\nSome *emphasis*, [@k] and <b>bold</b>.\n")
    assert BOUNDED_NOTE_CLASS not in html


def test_anchors_of_thousands_of_heading_lines_are_their_lines():
    # One chunk far longer than the pieces that are counted: its lines come from a table.
    html = render_markdown("# h\n" * 3000 + "para\n")
    lines = [int(line) for line in re.findall(r'<h1[^>]*data-line="(\d+)"', html)]
    assert lines == list(range(1, 3001))
    assert re.search(r'<p[^>]*data-line="3001"', html)


# Pieces of every kind of block the processors take from the head of the list and put back.
BLOCK_PIECES = [
    "\n",
    "\n\n",
    "a",
    "# h",
    "h\n===",
    "---",
    "- x",
    "1. x",
    "> q",
    "    code",
    "\tcode",
    "[r]: /u",
    "[^1]: note",
    "[^1]",
    "*[HTML]: Hyper",
    "HTML",
    "term\n: def",
    "<div>",
    "</div>",
    "| a | b |\n|---|---|",
    "***",
    "  ",
    "```",
    "x  ",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(BLOCK_PIECES), max_size=40))
def test_blocks_parse_as_python_markdowns(pieces):
    text = "".join(pieces)
    assert bounded_convert(_converter(), text) == _converter().convert(text)


@given(
    st.lists(st.text(max_size=3), max_size=8),
    st.lists(
        st.tuples(
            st.sampled_from(["pop0", "pop", "popi", "insert0", "slice", "set"]),
            st.integers(0, 6),
            st.text(max_size=2),
        ),
        max_size=12,
    ),
)
def test_the_block_deque_acts_as_a_list(start, operations):
    plain, blocks = list(start), _Blocks(start)
    for name, index, value in operations:
        if name.startswith("pop") and not plain:
            continue
        if name == "pop0":
            assert blocks.pop(0) == plain.pop(0)
        elif name == "pop":
            assert blocks.pop() == plain.pop()
        elif name == "popi":
            i = index % len(plain)
            assert blocks.pop(i) == plain.pop(i)
        elif name == "insert0":
            blocks.insert(0, value)
            plain.insert(0, value)
        elif name == "slice":
            assert blocks[:index] == plain[:index]
            assert blocks[index:] == plain[index:]
            assert blocks[::-1] == plain[::-1]
        elif plain:
            blocks[index % len(plain)] = plain[index % len(plain)] = value
        assert list(blocks) == plain and len(blocks) == len(plain)


@given(st.lists(st.integers(1, 6), max_size=30))
def test_toc_nests_headings_as_python_markdown_does(levels):
    from articleeditor.core.markdown_bounds import _nest_toc_tokens, _nest_toc_tokens_from_deque

    def tokens() -> list[dict]:
        return [{"level": level, "id": f"h{n}"} for n, level in enumerate(levels)]

    given_list = tokens()
    assert _nest_toc_tokens_from_deque(given_list) == _nest_toc_tokens(tokens())
    assert given_list == []  # emptied, as the original leaves it
