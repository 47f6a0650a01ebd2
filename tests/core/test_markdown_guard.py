"""The linear link patterns give Python-Markdown's own output, without its n² walks, and a
text nested too deeply renders as a fallback instead of raising."""

from __future__ import annotations

import markdown
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown.inlinepatterns import LinkInlineProcessor

from articleeditor.core.markdown_guard import NESTING_FALLBACK_CLASS, bounded_convert
from articleeditor.core.render import DEFAULT_EXTENSION_CONFIGS, DEFAULT_EXTENSIONS, render_markdown


def _converter() -> markdown.Markdown:
    return markdown.Markdown(
        extensions=list(DEFAULT_EXTENSIONS), extension_configs=DEFAULT_EXTENSION_CONFIGS
    )


def stock(text: str) -> str:
    return _converter().convert(text)


def guarded(text: str) -> str:
    return bounded_convert(_converter(), text)


# Pieces that make links, images, references and footnotes, whole and broken.
PIECES = [
    "[",
    "]",
    "(",
    ")",
    "!",
    "^",
    '"',
    "'",
    " ",
    "\n",
    "\n\n",
    "a",
    "x y",
    "<u>",
    "`",
    "[a]",
    "[a](u)",
    '[a](u "t")',
    "![i](p)",
    "[^1]",
    "[^n]",
    "[b][r]",
    "[r]",
    "[r][]",
    "(",
    "((",
    "))",
    "\\[",
    "@k",
]
DEFINITIONS = ["", "[r]: /ref\n", "[^1]: one\n", '[^n]: note\n[r]: /r "T"\n']


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40), st.sampled_from(DEFINITIONS))
def test_guarded_output_equals_python_markdowns(pieces, definitions):
    text = "".join(pieces) + "\n\n" + definitions
    assert guarded(text) == stock(text)


REALISTIC = [
    "See [the paper](https://example.org/a_(b)_c \"Title (x)\") and ![fig](img.png 'F').",
    "Nested [link [with] brackets](u) and [ref][r] and [r] and [^1].\n\n[r]: /x\n[^1]: n\n",
    "An unclosed [bracket and a (paren, then [a](b) later.",
    "[a](<spaced url> \"t\") [b](u 'it''s') [c](u \"unclosed) [d](u) end",
    "Code `[not a link](x)` and \\[escaped\\] and [a]\n(b) split.",
]


def test_guarded_output_equals_python_markdowns_on_realistic_text():
    for text in REALISTIC:
        assert guarded(text) == stock(text)


def test_a_run_of_brackets_never_takes_the_stock_walk(monkeypatch):
    walks: list[int] = []
    original = LinkInlineProcessor.getText

    def counted(self, data, index):
        walks.append(len(data) - index)
        return original(self, data, index)

    monkeypatch.setattr(LinkInlineProcessor, "getText", counted)
    for text in ("[" * 4000, "![" * 2000, "[^" * 2000, "[" * 2000 + "]" * 2000, "[a](" * 1000):
        render_markdown(text)
    assert walks == []  # each walk would cost the rest of the paragraph


def test_links_with_titles_keep_python_markdowns_odd_rules():
    # A quote starts a title; a parenthesis after it may still end the link (its "backtrack").
    for text in ('[a]("' * 300, '[a]((("x' * 300, '[a](u "t) x") [b](v "w)', "[a](u 'x\"y') z)"):
        assert guarded(text) == stock(text)


def test_a_list_nested_too_deeply_renders_as_a_fallback():
    for text in ("- " * 500 + "x", "".join("    " * i + "- item\n" for i in range(300))):
        html = render_markdown(text + "\n<b>&")
        assert NESTING_FALLBACK_CLASS in html
        assert "&lt;b&gt;&amp;" in html and "<b>" not in html  # shown as written, escaped


def test_moderate_nesting_still_renders_as_lists():
    html = render_markdown("".join("    " * i + "- item\n" for i in range(20)))
    assert NESTING_FALLBACK_CLASS not in html and html.count("<ul") == 20
