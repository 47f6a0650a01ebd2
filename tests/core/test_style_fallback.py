"""A citation style that cannot be used: the preview's render stands another in and says so
(``RenderOptions.style_fallback``); every other render keeps refusing as before."""

from __future__ import annotations

import pickle
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from articleeditor.core.blockpatch import BlockPatch, PatchedBody
from articleeditor.core.citeproc import BrokenStyleFile, UnknownStyle
from articleeditor.core.render import RenderOptions, StyleOrigin, render_article

ARTICLE = """---
title: Styles
{style}references:
  - id: a
    type: article-journal
    title: A study of liver cells
    author: [{{family: Kim, given: Min-jun}}]
    container-title: Nature
    issued: {{date-parts: [[2020]]}}
---
Body text cites [@a].
"""


def article(style: str | None = None) -> str:
    return ARTICLE.format(style=f"citation-style: {style}\n" if style else "")


def test_a_site_style_that_cannot_be_used_raises_without_the_fallback():
    with pytest.raises(UnknownStyle, match="no-such-style"):
        render_article(article(), RenderOptions(citation_style="no-such-style"))


def test_the_fallback_renders_a_site_style_it_cannot_use_in_the_default_style():
    options = RenderOptions(citation_style="no-such-style", style_fallback=True)
    rendered = render_article(article(), options)
    default = render_article(article(), RenderOptions())
    assert rendered.body_html == default.body_html
    assert "Body text cites" in rendered.body_html and ">1</a>]" in rendered.body_html
    problem = rendered.style_problem
    assert problem is not None
    assert (problem.asked, problem.origin, problem.used) == (
        "no-such-style",
        StyleOrigin.SITE,
        "numeric",
    )
    assert isinstance(problem.error, UnknownStyle) and problem.error.name == "no-such-style"


def test_an_article_style_that_cannot_be_used_gives_way_to_the_sites():
    text = article("no-such-style")
    site = RenderOptions(citation_style="apa")
    # As before: the site's style, silently (``check`` and Publish report the article's).
    plain = render_article(text, site)
    assert plain.style_problem is None
    assert "Kim, 2020" in plain.body_html
    rendered = render_article(text, RenderOptions(citation_style="apa", style_fallback=True))
    assert rendered.body_html == plain.body_html
    problem = rendered.style_problem
    assert problem is not None
    assert (problem.asked, problem.origin, problem.used) == (
        "no-such-style",
        StyleOrigin.ARTICLE,
        "apa",
    )


def test_when_neither_style_can_be_used_the_article_one_is_named():
    options = RenderOptions(citation_style="klingon", style_fallback=True)
    rendered = render_article(article("no-such-style"), options)
    problem = rendered.style_problem
    assert problem is not None
    assert (problem.asked, problem.origin, problem.used) == (
        "no-such-style",
        StyleOrigin.ARTICLE,
        "numeric",
    )
    # Same number of lines, in the default style.
    assert rendered.body_html == render_article(article("numeric"), RenderOptions()).body_html


def test_a_usable_style_has_no_problem_with_or_without_the_fallback():
    for fallback in (False, True):
        options = RenderOptions(citation_style="no-such-style", style_fallback=fallback)
        rendered = render_article(article("apa"), options)  # the article's style wins
        assert rendered.style_problem is None
        assert "Kim, 2020" in rendered.body_html


def test_the_problem_travels_in_the_previews_patch():
    options = RenderOptions(citation_style="no-such-style", style_fallback=True)
    rendered = render_article(article(), options)
    patch = pickle.loads(pickle.dumps(BlockPatch.between(None, rendered)))  # from the worker
    problem = PatchedBody().apply(patch).style_problem
    assert problem is not None and isinstance(problem.error, UnknownStyle)
    assert problem.error.name == "no-such-style" and problem.origin is StyleOrigin.SITE


_DAMAGED_RENDER = """
import sys
from articleeditor.core.citeproc import BrokenStyleFile
from articleeditor.core.render import RenderOptions, render_article
text = sys.stdin.read()
try:
    render_article(text, RenderOptions(citation_style="apa"))
except BrokenStyleFile as error:
    print("raised", error.element)
rendered = render_article(text, RenderOptions(citation_style="apa", style_fallback=True))
problem = rendered.style_problem
print(type(problem.error).__name__, problem.error.element, problem.origin.value, problem.used)
print(">1</a>]" in rendered.body_html)
"""


def test_a_damaged_csl_file_gives_way_to_the_default_style(tmp_path):
    # A damaged installation: a copy of the package whose apa.csl lost its <citation>.
    source = Path(__file__).resolve().parents[2]
    shutil.copytree(
        source / "src" / "articleeditor",
        tmp_path / "src" / "articleeditor",
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    shutil.copytree(source / "resources", tmp_path / "resources", symlinks=True)
    apa = tmp_path / "resources" / "csl" / "apa.csl"
    csl = apa.read_text(encoding="utf-8")
    start, end = csl.index("<citation"), csl.index("</citation>") + len("</citation>")
    apa.write_text(csl[:start] + csl[end:], encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(_DAMAGED_RENDER)],
        input=article(),
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(tmp_path / "src"), "PATH": "/usr/bin:/bin"},
        check=True,
    )
    assert result.stdout.split("\n")[:3] == [
        "raised citation",
        f"{BrokenStyleFile.__name__} citation site numeric",
        "True",
    ], result.stderr
