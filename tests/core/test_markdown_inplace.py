"""Headings, thematic breaks, abbreviations and indented code parsed in place
(core/markdown_inplace.py) give Python-Markdown's HTML: the same elements, ids, attribute lists
and source lines, whatever lines surround them.
(Timings: bench/bench_pathological.py.)"""

from __future__ import annotations

import re

import markdown
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown.blockprocessors import (
    CodeBlockProcessor,
    HashHeaderProcessor,
    HRProcessor,
    SetextHeaderProcessor,
)
from markdown.extensions.abbr import AbbrBlockprocessor

from articleeditor.core import markdown_bounds, markdown_inplace
from articleeditor.core.citations import read_body
from articleeditor.core.markdown_guard import bounded_convert
from articleeditor.core.mdext import source_lines
from articleeditor.core.mdext.source_lines import SourceLineExtension
from articleeditor.core.render import (
    DEFAULT_EXTENSION_CONFIGS,
    DEFAULT_EXTENSIONS,
    RenderOptions,
    _Converter,
    render_markdown,
)

# Lines of every kind of block, headings with and without attribute lists among them.
LINES = [
    "# h",
    "## h {",
    "### h {: #x }",
    "#### h {.c}",
    "# h #",
    "# a {: #a }",
    "#",
    "####### seven",
    "# h \\",
    "\\# not",
    "h",
    "a paragraph [@k] and *em*",
    "- item",
    "* item",
    "1. item",
    "> quote",
    "> # quoted heading",
    "    code",
    "  two spaces",
    "```",
    "|",
    "| a | b |",
    "|---|---|",
    "a | b",
    "",
    "***",
    "===",
    "---",
    "term",
    ": definition",
    "[r]: /u",
    "*[HTML]: Hyper",
    "HTML",
    "[^1]: note",
    "[^1]",
    "{: .c }",
    "<div>",
    "</div>",
]

# Setext headings and thematic breaks, and the lines that end or interrupt a run of them.
RUN_LINES = [
    "a",
    "title *em*",
    "=",
    "===  ",
    "-",
    "---",
    "***",
    "* * *",
    "___",
    "  - - -",
    "    ***",
    "--- x",
    "- item",
    "# h",
    "## h {: #x }",
    "| a | b |",
    "|---|---|",
    "    code",
    "> quote",
    "*[A]: b",
    "[r]: /u",
    "",
    "\t***",
    "1. item",
]

# Indented code (spaces, tabs, blank and whitespace-only lines inside it) among the blocks that
# end it or that it follows on the same lines: headings, list items (whose indented lines are
# the item's, not code), quotes, fences, paragraphs.
CODE_LINES = [
    "    code",
    "\tcode",
    " \tcode",
    "        deeper",
    "    code  ",
    "    # not a heading",
    "    ***",
    "    *[A]: b",
    "    - not an item",
    "    <b>&amp;</b>",
    "    ",
    "   ",
    "\t",
    "",
    "\n",  # with the newlines either side: three blank lines, an empty chunk
    "    code\n\n\n\n    code",
    "# h",
    "## h {: #x }",
    "a",
    "===",
    "---",
    "***",
    "*[A]: b",
    "- item",
    "1. item",
    "> quote",
    ">     quoted code",
    "```",
    "~~~",
    "term",
    ": definition",
    "| a | b |",
    "|---|---|",
    "[^1]: note",
    "[r]: /u",
    "  two spaces",
]


def _stock() -> markdown.Markdown:
    return markdown.Markdown(
        extensions=[*DEFAULT_EXTENSIONS, SourceLineExtension()],
        extension_configs=DEFAULT_EXTENSION_CONFIGS,
    )


def _assert_as_stock(text: str) -> None:
    assert bounded_convert(_stock(), text) == _stock().convert(text)
    # The whole pipeline (citations, footnotes, review marks) against its own stock parse.
    reading = read_body(text)
    ours = _Converter(RenderOptions(), [], reading).md
    assert bounded_convert(ours, text) == _Converter(RenderOptions(), [], reading).md.convert(text)


@pytest.fixture
def short_rests(monkeypatch):
    """Go on through a block for any rest, and count source lines exactly for any piece, so
    that small generated texts take the paths a megabyte takes."""
    monkeypatch.setattr(markdown_inplace, "_LONG_REST", 1)
    monkeypatch.setattr(source_lines, "_COUNTED", 2)
    monkeypatch.setattr(source_lines, "_SAMPLE", 10**9)  # the sample is the whole piece


# The patched constants hold for every example (nothing else in the fixture changes).
@settings(
    max_examples=500, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.sampled_from(LINES), max_size=40))
def test_headings_parse_as_python_markdowns_for_any_rest(short_rests, lines):
    _assert_as_stock("\n".join(lines))


@settings(
    max_examples=500, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.sampled_from(RUN_LINES), max_size=40))
def test_setext_headings_and_breaks_parse_as_python_markdowns_for_any_rest(short_rests, lines):
    _assert_as_stock("\n".join(lines))


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.sampled_from(RUN_LINES), max_size=40))
def test_runs_parse_as_the_pipeline_without_going_on_in_place(short_rests, monkeypatch, lines):
    # The budgeted pipeline with the stock setext and rule processors: the one before this change.
    text = "\n".join(lines)
    reading = read_body(text)
    ours = bounded_convert(_Converter(RenderOptions(), [], reading).md, text)
    with monkeypatch.context() as without:
        without.setattr(
            markdown_bounds, "LinearSetextHeader", markdown.blockprocessors.SetextHeaderProcessor
        )
        without.setattr(
            markdown_bounds, "LinearHorizontalRule", markdown.blockprocessors.HRProcessor
        )
        without.setattr(markdown_bounds, "LinearAbbreviations", AbbrBlockprocessor)
        before = bounded_convert(_Converter(RenderOptions(), [], reading).md, text)
    assert ours == before


@settings(
    max_examples=500, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.sampled_from(CODE_LINES), max_size=40))
def test_indented_code_parses_as_python_markdowns_for_any_rest(short_rests, lines):
    _assert_as_stock("\n".join(lines))


@settings(
    max_examples=500, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.sampled_from(CODE_LINES), max_size=40))
def test_indented_code_parses_as_the_pipeline_without_going_on_in_place(
    short_rests, monkeypatch, lines
):
    # The budgeted pipeline (deque of blocks, table test, budgets) with every block processor
    # of markdown_inplace swapped back for the stock one.
    text = "\n".join(lines)
    reading = read_body(text)
    ours = bounded_convert(_Converter(RenderOptions(), [], reading).md, text)
    with monkeypatch.context() as without:
        without.setattr(markdown_bounds, "LinearHashHeader", HashHeaderProcessor)
        without.setattr(markdown_bounds, "LinearSetextHeader", SetextHeaderProcessor)
        without.setattr(markdown_bounds, "LinearHorizontalRule", HRProcessor)
        without.setattr(markdown_bounds, "LinearAbbreviations", AbbrBlockprocessor)
        without.setattr(markdown_bounds, "LinearCodeBlock", CodeBlockProcessor)
        before = bounded_convert(_Converter(RenderOptions(), [], reading).md, text)
    assert ours == before


def _runs(lines: list[str]) -> st.SearchStrategy[tuple[list[str], list[str], list[str]]]:
    """Lines before, a unit repeated, lines after."""
    line = st.sampled_from(lines)
    return st.tuples(
        st.lists(line, max_size=6),
        st.lists(line, min_size=1, max_size=6),
        st.lists(line, max_size=6),
    )


def _assert_long_run_as_stock(run: tuple[list[str], list[str], list[str]]) -> None:
    # Long enough for the rests to pass the real thresholds (thousands of characters).
    before, unit, after = run
    repeat = 6000 // (len("\n".join(unit)) + 1) + 1
    _assert_as_stock("\n".join([*before, *unit * repeat, *after]))


@settings(max_examples=60, deadline=None)
@given(_runs(CODE_LINES))
def test_long_runs_of_indented_code_parse_as_python_markdowns(run):
    _assert_long_run_as_stock(run)


@settings(max_examples=60, deadline=None)
@given(_runs(LINES))
def test_long_runs_of_lines_parse_as_python_markdowns(run):
    _assert_long_run_as_stock(run)


@settings(max_examples=60, deadline=None)
@given(_runs(RUN_LINES))
def test_long_runs_of_setext_headings_and_breaks_parse_as_python_markdowns(run):
    _assert_long_run_as_stock(run)


@pytest.mark.parametrize(
    "unit",
    [
        "a\n===\n",
        "a\n---\n",
        "***\n",
        "- - -\n",
        "a\n***\n",
        "*[A]: b\n",
        "*[A]: b\nA\n",
        "a\n===\n*[A]: b\n",
        "a\n===\n***\n",
    ],
)
def test_real_thresholds_runs_parse_as_python_markdowns(unit):
    _assert_as_stock("intro\n\n" + unit * (20_000 // len(unit)) + "# end\ntail\n")


@pytest.mark.parametrize(
    "unit",
    [
        "# h\n    code\n",
        "    code\n# h\n",
        "# h\n\tcode\n",
        "# h\n    code\n    \n    more\n",
        "a\n===\n    code\n",
        "***\n    code\n",
        "*[A]: b\n    code\n",
        "# h\n- item\n    code\n",
        "> q\n    code\n",
        # One code block over many chunks, blank lines between them.
        "    code\n\n",
        "    code\n\n\n",
        "    a\n\n    \n\n\tb\n\n\n\n",
        "- item\n\n        code\n\n",
    ],
)
def test_real_thresholds_code_runs_parse_as_python_markdowns(unit):
    _assert_as_stock("intro\n\n" + unit * (20_000 // len(unit)) + "# end\ntail\n")


def test_code_between_headings_keeps_each_block_its_line_and_text():
    html = render_markdown("# h\n    code <a>\n" * 2000 + "para\n")
    headings = re.findall(r'<h1 data-line="(\d+)"', html)
    code = re.findall(r'<div data-line="(\d+)" class="codehilite">', html)
    assert [int(line) for line in headings] == list(range(1, 4000, 2))
    assert [int(line) for line in code] == list(range(2, 4001, 2))
    assert html.count("code &lt;a&gt;") == 2000
    assert '<p data-line="4001">para</p>' in html


# Abbreviations in the tails of inline elements and of blocks (markdown_bounds' abbr tree).
ABBREVIATION_LINES = [
    "*[HTML]: Hyper",
    "*[W3C]: Web",
    "*[HTML]: ''",
    "HTML",
    "*em* HTML and *b* W3C HTML",
    "**HTML** HTML",
    "[HTML](/u) W3C",
    "`HTML` HTML",
    "<b>HTML</b> HTML",
    "- HTML *x* HTML",
    "> HTML *x* W3C",
    "# HTML",
    "    HTML",
    "",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(ABBREVIATION_LINES), max_size=20))
def test_abbreviations_in_tails_render_as_python_markdowns(lines):
    _assert_as_stock("\n".join(lines))


def test_code_over_many_chunks_is_one_block_with_every_line():
    html = render_markdown("para\n\n" + "    code <a>\n\n\n" * 3000 + "para\n")
    assert html.count("<pre>") == 1
    assert html.count("code &lt;a&gt;") == 3000
    assert '<div data-line="3" class="codehilite">' in html
    assert '<p data-line="9003">para</p>' in html


def test_a_run_of_setext_headings_and_rules_keeps_each_its_line():
    html = render_markdown("a\n===\n***\n" * 2000 + "para\n")
    headings = re.findall(r'<h1 data-line="(\d+)"', html)
    rules = re.findall(r'<hr data-line="(\d+)"', html)
    assert [int(line) for line in headings] == list(range(1, 6000, 3))
    assert [int(line) for line in rules] == list(range(3, 6001, 3))
    assert '<p data-line="6001">para</p>' in html


def test_a_long_glossary_defines_every_abbreviation_and_keeps_the_text_its_line():
    glossary = "".join(f"*[W{n}]: word {n}\n" for n in range(3000))
    html = render_markdown(glossary + "W0 and W2999\n")
    assert '<p data-line="3001"><abbr title="word 0">W0</abbr> and ' in html
    assert '<abbr title="word 2999">W2999</abbr></p>' in html


def test_a_run_of_heading_lines_keeps_each_heading_its_line_and_id():
    html = render_markdown("# a {\n" * 3000 + "para\n")
    headings = re.findall(r'<h1 data-line="(\d+)" id="([^"]*)">a \{</h1>', html)
    assert [int(line) for line, _id in headings] == list(range(1, 3001))
    assert [heading_id for _line, heading_id in headings][:3] == ["a", "a_1", "a_2"]
    assert '<p data-line="3001">para</p>' in html
