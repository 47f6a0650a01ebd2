"""The checks Publish and ``check`` share (core.lint) and the ``[publish]`` settings."""

from __future__ import annotations

import json

import pytest

from articleeditor.core.frontmatter import parse
from articleeditor.core.lint import Severity, errors, lint_in_site, lint_text
from articleeditor.core.site import Generator, SiteConfigError, load_site, publish_settings

GOOD = "---\ntitle: T\ndate: 2026-01-02\nsummary: S\n---\nText.\n"


def test_a_complete_article_has_no_issues():
    assert lint_text(GOOD) == []


def test_unreadable_date_is_an_error():
    issues = lint_text(GOOD.replace("2026-01-02", "next Tuesday"))
    assert [i.code for i in issues] == ["bad-date"]
    assert "next Tuesday" in issues[0].message


def test_missing_summary_is_only_a_warning():
    issues = lint_text(GOOD.replace("summary: S\n", ""))
    assert [(i.code, i.severity) for i in issues] == [("no-summary", Severity.WARNING)]
    assert errors(issues) == []


def test_broken_front_matter_names_the_line():
    text = "---\ntitle: T\ndate: [2026\n---\nText.\n"
    issues = lint_text(text)
    assert [i.code for i in issues] == ["front-matter"]
    assert issues[0].line == parse(text).error.line > 1


def test_undefined_citation_line_is_a_file_line_and_code_is_ignored():
    text = GOOD + "\n`[@incode]`\n\nSee [@missing].\n"
    issues = lint_text(text)
    assert [(i.code, i.line) for i in issues] == [("undefined-citation", 10)]


def test_the_site_bibliography_defines_citations(tmp_path):
    (tmp_path / "refs.json").write_text(
        json.dumps([{"id": "shared", "type": "book", "title": "Shared"}]), encoding="utf-8"
    )
    (tmp_path / "articleeditor.toml").write_text(
        '[citations]\nbibliography = "refs.json"\n', encoding="utf-8"
    )
    text = GOOD + "Cited [@shared].\n"
    assert [i.code for i in lint_text(text)] == ["undefined-citation"]
    assert lint_in_site(text, load_site(tmp_path)) == []


def test_publish_settings_defaults_follow_the_generator(tmp_path):
    (tmp_path / "_config.yml").write_text("title: t\n", encoding="utf-8")
    site = load_site(tmp_path)
    assert site.generator is Generator.JEKYLL
    settings = publish_settings(site)
    assert settings.layout == "post" and settings.date_format == "%Y-%m-%d %H:%M:%S %z"
    assert settings.field_name("summary") == "description"


@pytest.mark.parametrize(
    "table",
    [
        '[publish]\nbody = "pdf"\n',
        '[publish]\nbundle = "yes"\n',
        "[slug]\nmax_length = 2\n",
        '[slug]\nseparator = "."\n',
        "[publish.fields]\ntitle = 3\n",
    ],
)
def test_bad_publish_settings_name_the_key(tmp_path, table):
    (tmp_path / "articleeditor.toml").write_text(table, encoding="utf-8")
    with pytest.raises(SiteConfigError) as caught:
        publish_settings(load_site(tmp_path))
    assert "articleeditor.toml" in str(caught.value)


def test_linked_files_are_found_once_and_every_link_rewritten(tmp_path):
    from articleeditor.core.publish_content import find_linked_files, rewrite_links

    (tmp_path / "a.png").write_bytes(b"a")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.png").write_bytes(b"other a")
    (tmp_path / "data.pdf").write_bytes(b"pdf")
    body = (
        '[![alt](a.png)](data.pdf) <img src="./a.png"> ![b](sub/a.png "t") '
        "[web](https://x.org/a.png) [next](other.md) ![gone](missing.png)\n\n"
        "```\n![code](a.png)\n```\n\n[ref]: data.pdf\n"
    )
    found = find_linked_files(body, tmp_path)
    files, missing = found.files, found.missing
    assert found.outside == []
    assert [(f.source.relative_to(tmp_path).as_posix(), f.name) for f in files] == [
        ("a.png", "a.png"),
        ("data.pdf", "data.pdf"),
        ("sub/a.png", "a-2.png"),
    ]
    assert missing == ["missing.png"]
    urls = {f.source: "/m/" + f.name for f in files}
    assert rewrite_links(body, tmp_path, urls) == (
        '[![alt](/m/a.png)](/m/data.pdf) <img src="/m/a.png"> ![b](/m/a-2.png "t") '
        "[web](https://x.org/a.png) [next](other.md) ![gone](missing.png)\n\n"
        "```\n![code](a.png)\n```\n\n[ref]: /m/data.pdf\n"
    )


def test_citations_in_footnotes_keep_their_labels():
    from articleeditor.core.publish_content import markdown_with_citations
    from articleeditor.core.render import render_markdown

    refs = [{"id": k, "type": "book", "title": k.title()} for k in ("a", "b")]
    body = "Text[^1] and [@b].\n\n[^1]: A note citing [@a].\n"
    rendered = render_markdown(body, references=refs)
    out = markdown_with_citations(body, rendered)
    assert out.startswith('Text[^1] and <span class="citation" data-cites="b">')
    assert '[^1]: A note citing <span class="citation" data-cites="a">' in out
    b_label = out.split('data-cites="b">', 1)[1].split("</span>", 1)[0]
    a_label = out.split('data-cites="a">', 1)[1].split("</span>", 1)[0]
    # As the preview (and pandoc) number them: the note's citation is read at its marker.
    assert a_label.count(">1<") == 1 and b_label.count(">2<") == 1


def test_unclosed_review_openers_are_capped_per_opener():
    issues = lint_text(GOOD + "{++ a\n" * 14 + "{-- b\n")
    unclosed = [(i.code, i.message.args["opener"]) for i in issues if "unclosed" in i.code]
    assert unclosed == [("review-unclosed", "{++")] * 10 + [
        ("review-unclosed", "{--"),
        ("review-unclosed-more", "{++"),
    ]
    more = next(i for i in issues if i.code == "review-unclosed-more")
    assert more.message.args["count"] == 4 and more.line == 17  # the 11th "{++"
    assert more.severity is Severity.ERROR


def test_unresolved_suggestions_are_listed_up_to_the_cap_then_counted():
    issues = lint_text(GOOD + "".join(f"{{++ word{n} ++}}\n" for n in range(13)))
    listed = [i for i in issues if i.code == "review-suggestion"]
    assert [i.message.args["mark"].args["text"] for i in listed] == [f"word{n}" for n in range(10)]
    [more] = [i for i in issues if i.code == "review-suggestion-more"]
    assert more.message.args == {"count": 3} and more.line == 17  # word10's line
