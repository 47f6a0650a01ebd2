"""``check`` validates what render needs (CSL items, citation styles, Markdown extensions, site
configuration), and render reports instead of crashing or staying silent."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from articleeditor.cli import main
from articleeditor.core.lint import lint_in_site, lint_text
from articleeditor.core.references import item_problems, usable_items
from articleeditor.core.render import RenderOptions, render_article
from articleeditor.core.site import SiteConfigError, load_site

GOOD_ITEM = {
    "id": "smith2020",
    "type": "book",
    "title": "A Book",
    "author": [{"family": "Smith", "given": "Jane"}],
    "issued": {"date-parts": [[2020, 5]]},
}


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"type": None}, "has no type"),
        ({"type": "spaceship"}, "unknown type 'spaceship'"),
        ({"type": 5}, "unknown type 5"),
        ({"id": ["x"]}, "needs an id"),
        ({"id": True}, "needs an id"),
        ({"id": " "}, "needs an id"),
        ({"author": "Jane Smith"}, "author must be a list of names"),
        ({"author": [{"family": ["S"]}]}, "author has a name part that is not text"),
        ({"issued": "soon"}, "issued must be a date"),
        ({"issued": {"date-parts": [2020]}}, "date-parts must be"),
        ({"issued": {"date-parts": [["x"]]}}, "date-parts must be"),
        ({"title": [1, 2]}, "title must be text or a number"),
        ({"page": {"a": 1}}, "page must be text or a number"),
    ],
)
def test_item_problems_name_what_citeproc_would_crash_on(change, expected):
    item = {**GOOD_ITEM, **change}
    if change.get("type", "") is None:
        del item["type"]
    problems = item_problems(item)
    assert any(expected in p for p in problems), problems
    assert usable_items([GOOD_ITEM, item]) == [GOOD_ITEM]


def test_a_good_item_and_its_usual_variants_pass():
    assert item_problems(GOOD_ITEM) == []
    assert item_problems({**GOOD_ITEM, "id": 7}) == []  # YAML reads "id: 7" as a number
    assert item_problems({**GOOD_ITEM, "issued": {"literal": "forthcoming"}}) == []
    assert item_problems({**GOOD_ITEM, "issued": {"date-parts": [["2020", "5"]]}}) == []


ARTICLE = """---
title: R
date: 2026-03-01
summary: s
references:
  - id: x
    title: No type
  - {id: [y]}
  - {id: ok, type: book, title: Fine}
---
A claim [@x], another [@ok].
"""


def test_check_reports_bad_items_at_the_references_line():
    issues = [i for i in lint_text(ARTICLE) if i.code == "bad-reference"]
    assert [(i.line, i.message) for i in issues] == [
        (5, "reference 'x' has no type (e.g. type: article-journal)"),
        (5, "reference 2 needs an id that is a word, such as smith2020"),
        (5, "reference 2 has no type (e.g. type: article-journal)"),
    ]


def test_render_leaves_bad_items_out_instead_of_crashing():
    rendered = render_article(ARTICLE, RenderOptions())
    assert 'data-cites="x"><span class="citation-error">[@x?]' in rendered.body_html
    assert "Fine" in rendered.body_html  # the good reference is still formatted


def test_an_unknown_citation_style_is_an_error_in_check_and_not_in_render():
    text = ARTICLE.replace("summary: s\n", "summary: s\ncitation-style: klingon\n")
    issue = next(i for i in lint_text(text) if i.code == "bad-citation-style")
    assert issue.line == 5 and "klingon" in issue.message
    assert "Fine" in render_article(text, RenderOptions()).body_html


def _site(tmp_path: Path, config: str) -> Path:
    (tmp_path / "content").mkdir()
    (tmp_path / "hugo.toml").write_text("", encoding="utf-8")
    (tmp_path / "articleeditor.toml").write_text(config, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(
    ("config", "expected"),
    [
        ("[markdown]\nextensions = ['no_such_ext_x']\n", "No module named 'no_such_ext_x'"),
        (
            "[markdown]\nextensions = ['toc']\n[markdown.extension_configs.toc]\nnope = 1\n",
            "an extension has no option nope",
        ),
        ("[citations]\nstyle = 'klingon'\n", "Unknown citation style 'klingon'"),
    ],
)
def test_check_reports_site_settings_render_cannot_use(tmp_path, config, expected):
    site = load_site(_site(tmp_path, config))
    issues = [
        i
        for i in lint_in_site("---\ntitle: t\ndate: 2026-03-01\n---\n", site)
        if i.code == "site-config"
    ]
    assert len(issues) == 1 and expected in issues[0].message


@pytest.mark.parametrize(
    ("config", "expected"),
    [
        ("site = 5\n", "'site' must be a table"),
        ("[site]\ncontent_dir = 7\n", "content_dir must be a path"),
        ("[markdown]\nextension_configs = 3\n", "extension_configs must hold"),
        ("n = " + "9" * 5000 + "\n", "digits"),
    ],
)
def test_config_values_of_the_wrong_kind_are_one_line_errors(tmp_path, config, expected):
    with pytest.raises(SiteConfigError, match=expected):
        load_site(_site(tmp_path, config))


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs")
def test_a_fifo_in_place_of_the_config_is_refused(tmp_path):
    (tmp_path / "content").mkdir()
    os.mkfifo(tmp_path / "articleeditor.toml")
    with pytest.raises(SiteConfigError, match="named pipe"):
        load_site(tmp_path)


def test_render_says_on_stderr_when_the_front_matter_does_not_parse(tmp_path, capsys):
    article = tmp_path / "a.md"
    article.write_text("---\ntitle: x\ndate: 2026-02-30\n---\nBody.\n", encoding="utf-8")
    out = tmp_path / "a.html"
    assert main(["render", str(article), "-o", str(out)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert err[0].startswith(f"articleeditor: {article}:3:7: the front matter does not parse")
    assert "Body." in out.read_text(encoding="utf-8")  # the page is still written


def test_render_names_the_first_reference_it_left_out(tmp_path, capsys):
    article = tmp_path / "a.md"
    article.write_text(ARTICLE, encoding="utf-8")
    assert main(["render", str(article), "-o", str(tmp_path / "a.html")]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [
        f"articleeditor: {article}:5: reference 'x' has no type (e.g. type: "
        "article-journal); left out of the page (and 2 more: see 'articleeditor "
        "check')"
    ]


def test_an_os_error_outside_any_reader_is_one_line(tmp_path, capsys):
    assert main([str(tmp_path / ("n" * 300))]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "File name too long" in err[0]
