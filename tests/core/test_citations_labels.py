"""The preview writes every in-text label as pandoc 3 does, in every offered style.

The reading-order articles of ``citation_cases`` (numbering) and articles with locators,
prefixes, narrative and suppressed-author citations (formatting), each rendered whole and
through the section cache, against a current pandoc with the same CSL file.
"""

from __future__ import annotations

import subprocess

import pypandoc
import pytest
from lxml import html as lxml_html

from articleeditor.core.citeproc import STYLES, style_path
from articleeditor.core.render import RenderOptions, SegmentCache, render_article
from tests.core.citation_cases import CASES, FRONT, numbering

FORM_CASES: dict[str, str] = {
    "locators": (
        "See @a [p. 33] and [@b, chap. 2; @c, 33].\n\n# Next\n\n"
        "Then [see @d, fig. 2; -@a, pp. 3-4] and @e [12], @f\n[sec. 4].\n"
    ),
    "prefixes-and-groups": (
        "[e.g., @c; @a] and [@a; @b; @c; @d].\n\n# More\n\n"
        "[also @b, p. 4; see @d] and [@f; @e; @d] and [@e; @a; @f, 3].\n"
    ),
    "suffixes": (
        "[@a, see text] and [@b, p. 3 and more] and @c [and more].\n\n"
        "[@d, pp. 3-4, and passim; @e, chap. 2, pg. 4] then [see @f, the table].\n"
    ),
    "narrative-and-suppressed": (
        "@b showed it, as -@b [p. 2] did; @a [] and [-@c; @d].\n\n# Later\n\n"
        "@e and @f [chap. 1] disagree.\n"
    ),
}
ARTICLES = {**{name: FRONT + body for name, body in CASES.items()},
            **{name: FRONT + body for name, body in FORM_CASES.items()}}  # fmt: skip


def _spaced(page: str) -> list[tuple[str, bool]]:
    """(cited keys, whether white space comes before it) of each citation, sorted."""
    found = []
    for span in lxml_html.fromstring(page).xpath("//span[@data-cites]"):
        before = span.getprevious()
        text = (before.tail if before is not None else span.getparent().text) or ""
        found.append((span.get("data-cites"), text[-1:].isspace()))
    return sorted(found)


def _pandoc_html(text: str, style: str) -> str:
    result = subprocess.run(
        [pypandoc.get_pandoc_path(), "-f", "markdown", "-t", "html", "--citeproc",
         "--csl", str(style_path(style))],
        input=text, capture_output=True, text=True, check=True, timeout=60,
    )  # fmt: skip
    return result.stdout


@pytest.mark.parametrize("style", sorted(STYLES))
@pytest.mark.parametrize("case", sorted(ARTICLES))
def test_labels_and_bibliography_order_are_pandocs(case, style):
    text = ARTICLES[case]
    theirs = _pandoc_html(text, style)
    expected = numbering(theirs)
    assert expected[1], "pandoc cited nothing: the case is broken"
    options = RenderOptions(citation_style=style)
    page = render_article(text, options).body_html
    assert numbering(page) == expected
    # AMA's superscript citations stand against the word before them ("claim¹"), as in pandoc
    assert _spaced(page) == _spaced(theirs)
    cache = SegmentCache()
    render_article(text, options, cache)
    # typing in the last section: the others come from the cache, their labels unchanged
    typed = render_article(text.rstrip("\n") + " typed\n", options, cache).body_html
    assert numbering(typed) == expected
