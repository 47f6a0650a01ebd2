"""Citations and References in the forms sites keep: one line per entry, and plain Markdown
for a Hugo site that drops raw HTML (decided from Hugo's merged configuration)."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from articleeditor.core.article import Article
from articleeditor.core.frontmatter import parse
from articleeditor.core.publish import plan_publish
from articleeditor.core.published_references import (
    html_to_markdown,
    references_markdown,
    semantic_references,
)
from articleeditor.core.site import load_site

from .test_publish import DRAFT

NOW = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)
SECTION = (
    '<section class="references" id="references"><h2>References</h2><div class="csl-bib-body">'
    '<div class="csl-entry" id="ref-a"><div class="csl-left-margin">[1]</div>'
    '<div class="csl-right-inline">D. Shi, “Title,” <i>Clin. Cancer Res.</i>, 2020, '
    '<a href="https://doi.org/10.1/x_y">doi</a>.</div></div>'
    '<div class="csl-entry" id="ref-b">Plain entry with *stars* and [brackets].</div>'
    "</div></section>"
)


def test_semantic_references_put_number_and_entry_in_one_paragraph():
    html = semantic_references(SECTION)
    assert (
        '<p class="csl-entry" id="ref-a"><span class="csl-left-margin">[1]</span> '
        '<span class="csl-right-inline">D. Shi'
    ) in html
    assert '<p class="csl-entry" id="ref-b">Plain entry' in html
    assert 'csl-left-margin">' in html and '<div class="csl-left-margin"' not in html
    assert html.count("<div") == html.count("</div>")
    assert html.count("<p ") == html.count("</p>") == 2


@pytest.mark.parametrize("section", [SECTION, semantic_references(SECTION)])
def test_references_as_markdown(section):
    text = references_markdown(section)
    assert text.splitlines()[0] == "## References {#references}"
    assert (
        "\\[1\\] D. Shi, “Title,” *Clin. Cancer Res.*, 2020, [doi](https://doi.org/10.1/x_y)."
    ) in text
    assert "Plain entry with \\*stars\\* and \\[brackets\\]." in text


def test_citation_links_lead_to_the_references_heading():
    span = (
        '<span class="citation" data-cites="a">[<a href="#ref-a">1</a>, '
        'see <a href="#ref-a">1</a>, p. 3]</span>'
    )
    assert html_to_markdown(span) == "\\[[1](#references), see [1](#references), p. 3\\]"


HUGO_CONFIGS = {
    "commented out": ("hugo.toml", "[markup.goldmark.renderer]\n# unsafe = true\n", False),
    "under params": ("hugo.toml", "[params]\nunsafe = true\n", False),
    "config dir": ("config/_default/markup.toml", "[goldmark.renderer]\nunsafe = true\n", True),
    "json": ("hugo.json", '{"markup": {"goldmark": {"renderer": {"unsafe": true}}}}', True),
}


@pytest.mark.parametrize("case", sorted(HUGO_CONFIGS))
def test_hugo_config_decides_html_or_markdown_citations(tmp_path, case):
    name, text, keeps = HUGO_CONFIGS[case]
    site = tmp_path / "site"
    (site / name).parent.mkdir(parents=True, exist_ok=True)
    (site / name).write_text(text, encoding="utf-8")
    draft = tmp_path / "draft.md"
    draft.write_text(DRAFT, encoding="utf-8")
    plan = plan_publish(Article.load(draft), load_site(site), now=NOW)
    body = parse(plan.files[0].data.decode("utf-8")).body
    warned = any("drops raw HTML" in w for w in plan.warnings)
    if keeps:
        assert '<span class="citation"' in body and '<p class="csl-entry"' in body
        assert not warned
    else:
        assert "<span" not in body and "<p" not in body
        assert "\\[[1](#references)\\]" in body and "## References {#references}" in body
        assert warned


def test_raw_html_in_the_article_is_warned_about_with_what_to_do(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    (site / "hugo.yaml").write_text("title: t\n", encoding="utf-8")
    draft = tmp_path / "draft.md"
    draft.write_text(DRAFT.replace("T cells found", "T<sub>reg</sub> cells found"), "utf-8")
    plan = plan_publish(Article.load(draft), load_site(site), now=NOW)
    found = [w for w in plan.warnings if "<sup> or <mark>" in w]
    assert found and "set markup: goldmark: renderer: unsafe: true in hugo.yaml" in found[0]


def test_plain_sites_keep_the_preview_layout(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    (site / "articleeditor.toml").write_text('[site]\ngenerator = "plain"\n', "utf-8")
    draft = tmp_path / "draft.md"
    draft.write_text(DRAFT, encoding="utf-8")
    plan = plan_publish(Article.load(draft), load_site(site), now=NOW)
    page = next(f for f in plan.files if f.target.suffix == ".html").data.decode("utf-8")
    assert '<div class="csl-left-margin">' in page


_TEXT = st.text(
    st.characters(blacklist_characters='<>&"\\', blacklist_categories=("Cs", "Cc")),
    min_size=1,
    max_size=30,
).filter(lambda t: t.strip())


def _shown(html: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


@given(st.lists(st.tuples(st.booleans(), _TEXT), min_size=1, max_size=6))
def test_semantic_references_keep_every_word_and_balance_tags(entries):
    parts = []
    for number, (margin, text) in enumerate(entries, 1):
        inner = (
            f'<div class="csl-left-margin">[{number}]</div>'
            f'<div class="csl-right-inline">{text}</div>'
            if margin
            else text
        )
        parts.append(f'<div class="csl-entry" id="ref-{number}">{inner}</div>')
    section = (
        '<section class="references"><h2>References</h2><div class="csl-bib-body">'
        + "".join(parts)
        + "</div></section>"
    )
    out = semantic_references(section)
    assert _shown(out) == _shown(section)
    assert out.count("<p ") == out.count("</p>") == len(entries)
    assert out.count("<span") == out.count("</span>")
    assert 'csl-left-margin"><' not in out
    # and the Markdown form keeps every entry's words
    shown = " ".join(references_markdown(out).replace("\\", "").split())
    for number, (margin, text) in enumerate(entries, 1):
        words = " ".join(text.split())
        assert (f"[{number}] {words}" if margin else words) in shown


JEKYLL_CONFIGS = {
    "kramdown by default": ("title: t\n", True),
    "kramdown named": ("markdown: kramdown\n", True),
    "cmark without UNSAFE": ("markdown: CommonMark\n", False),
    "cmark for GitHub Pages": (
        "markdown: CommonMarkGhPages\ncommonmark:\n  options: [SMART]\n",
        False,
    ),
    "cmark with UNSAFE": ('markdown: CommonMark\ncommonmark:\n  options: ["UNSAFE"]\n', True),
}


@pytest.mark.parametrize("case", sorted(JEKYLL_CONFIGS))
def test_jekyll_config_decides_html_or_markdown_citations(tmp_path, case):
    text, keeps = JEKYLL_CONFIGS[case]
    site = tmp_path / "site"
    (site / "_posts").mkdir(parents=True)
    (site / "_config.yml").write_text(text, encoding="utf-8")
    draft = tmp_path / "draft.md"
    draft.write_text(DRAFT, encoding="utf-8")
    plan = plan_publish(Article.load(draft), load_site(site), now=NOW)
    body = parse(plan.files[0].data.decode("utf-8")).body
    warned = [w for w in plan.warnings if "drops raw HTML" in w]
    if keeps:
        assert '<span class="citation"' in body and not warned
    else:
        assert "<span" not in body and "\\[[1](#references)\\]" in body
        # cmark prints attributes it does not know, so the heading carries none.
        assert "## References\n" in body and "{#references}" not in body
        assert (
            warned and 'add "UNSAFE" to the options under commonmark: in _config.yml' in (warned[0])
        )
