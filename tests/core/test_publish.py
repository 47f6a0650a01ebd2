"""Publish: what is written for each generator, every check, and all-or-nothing writes."""

from __future__ import annotations

import errno
import os
from datetime import UTC, datetime
from pathlib import Path

import pytest
import yaml

from articleeditor.core.article import Article
from articleeditor.core.errors import PublishCheckFailed, PublishConflict, PublishError
from articleeditor.core.frontmatter import parse
from articleeditor.core.publish import check_plan, plan_publish, publish, write_plan
from articleeditor.core.site import load_site

NOW = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)
DRAFT = """---
title: "Über-fast CAR-T cells"
date: 2026-10-14T09:30:00+02:00
authors: [Dana Whitfield]
summary: Engineered T cells.
categories: [Science News]
tags: [LiverCancer]
# a comment the writer keeps
references:
  - id: shi2020
    type: article-journal
    title: Chimeric antigen receptor-glypican-3 T-cell therapy
    author: [{family: Shi, given: Dehua}]
    container-title: Clinical Cancer Research
    issued: {date-parts: [[2020]]}
---

T cells found their target [@shi2020].

![Figure](img/fig.png)

```
code with [@notacitation] and ![x](img/fig.png)
```
"""
SLUG = "uber-fast-car-t-cells"


def make_site(root: Path, generator: str, extra: str = "") -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / "articleeditor.toml").write_text(
        f'[site]\ngenerator = "{generator}"\n{extra}', encoding="utf-8"
    )
    return root


@pytest.fixture
def draft(tmp_path) -> Article:
    folder = tmp_path / "drafts"
    (folder / "img").mkdir(parents=True)
    (folder / "img" / "fig.png").write_bytes(b"\x89PNG figure")
    path = folder / "draft.md"
    path.write_text(DRAFT, encoding="utf-8")
    return Article.load(path)


def site_files(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def front(path: Path) -> dict:
    return parse(path.read_text(encoding="utf-8")).data


# ----- what is written --------------------------------------------------------------------------


def test_hugo_page_bundle_with_image_beside_it(tmp_path, draft):
    site = make_site(tmp_path / "site", "hugo")
    (site / "hugo.toml").write_text("[markup.goldmark.renderer]\nunsafe = true\n", "utf-8")
    plan = publish(draft, load_site(site), now=NOW)
    index = site / "content" / "posts" / SLUG / "index.md"
    assert plan.article_file == index
    data = front(index)
    assert data["title"] == "Über-fast CAR-T cells"
    assert data["date"] == "2026-10-14T09:30:00+02:00"
    assert data["draft"] is False
    assert data["slug"] == SLUG
    assert data["categories"] == ["Science News"]
    assert "references" not in data
    assert data["articleeditor_id"] == plan.article_id
    body = parse(index.read_text(encoding="utf-8")).body
    assert '<a href="#ref-shi2020"' in body and "[@shi2020]" not in body
    assert '<section class="references"' in body and "Chimeric antigen receptor" in body
    assert "![Figure](fig.png)" in body
    assert "![x](img/fig.png)" in body  # code is left alone
    assert (index.parent / "fig.png").read_bytes() == b"\x89PNG figure"


def test_hugo_single_file_option(tmp_path, draft):
    site = make_site(tmp_path / "site", "hugo", '[publish]\nbundle = false\nsection = "news"\n')
    publish(draft, load_site(site), now=NOW)
    assert (site / "content" / "news" / f"{SLUG}.md").is_file()
    assert (site / "static" / "images" / SLUG / "fig.png").is_file()
    assert f"](/images/{SLUG}/fig.png)" in (site / "content/news" / f"{SLUG}.md").read_text()


def test_jekyll_post_name_date_format_and_layout(tmp_path, draft):
    site = make_site(tmp_path / "site", "jekyll")
    publish(draft, load_site(site), now=NOW)
    post = site / "_posts" / f"2026-10-14-{SLUG}.md"
    data = front(post)
    assert data["layout"] == "post"
    assert data["date"] == "2026-10-14 09:30:00 +0200"
    assert data["author"] == "Dana Whitfield"
    assert data["description"] == "Engineered T cells."
    assert (site / "assets" / SLUG / "fig.png").is_file()


def test_pelican_metadata_form(tmp_path, draft):
    site = make_site(tmp_path / "site", "pelican")
    publish(draft, load_site(site), now=NOW)
    text = (site / "content" / "science-news" / f"{SLUG}.md").read_text(encoding="utf-8")
    head = text.split("\n\n", 1)[0].splitlines()
    assert "Title: Über-fast CAR-T cells" in head
    assert "Date: 2026-10-14T09:30:00+02:00" in head
    assert "Category: Science News" in head
    assert "Tags: LiverCancer" in head
    assert f"Slug: {SLUG}" in head
    assert f"![Figure]({{static}}/images/{SLUG}/fig.png)" in text
    assert (site / "content" / "images" / SLUG / "fig.png").is_file()


def test_astro_collection_field_names(tmp_path, draft):
    site = make_site(tmp_path / "site", "astro")
    publish(draft, load_site(site), now=NOW)
    data = front(site / "src" / "content" / "blog" / f"{SLUG}.md")
    assert data["pubDate"] == "2026-10-14T09:30:00+02:00"
    assert data["description"] == "Engineered T cells."
    assert (site / "public" / "images" / SLUG / "fig.png").is_file()


def test_plain_writes_markdown_and_the_standalone_page(tmp_path, draft):
    site = make_site(tmp_path / "site", "plain")
    publish(draft, load_site(site), now=NOW)
    folder = site / "published"
    page = (folder / f"{SLUG}.html").read_text(encoding="utf-8")
    assert "<title>Über-fast CAR-T cells</title>" in page
    assert f'src="{SLUG}/fig.png"' in page and 'id="ref-shi2020"' in page
    assert (folder / SLUG / "fig.png").is_file() and (folder / f"{SLUG}.md").is_file()


def test_config_maps_fields_time_zone_author_and_html_body(tmp_path):
    site = make_site(
        tmp_path / "site",
        "hugo",
        '[publish]\nbody = "html"\ntimezone = "Asia/Tokyo"\ndefault_author = "Desk"\n'
        '[publish.fields]\nsummary = "description"\ntags = ""\n',
    )
    path = tmp_path / "a.md"
    path.write_text(
        "---\ntitle: T\ndate: 2026-01-02T03:04:05\nsummary: S\ntags: [x]\n---\n*Hi*\n",
        encoding="utf-8",
    )
    publish(Article.load(path), load_site(site), now=NOW)
    index = site / "content" / "posts" / "t" / "index.html"
    data = front(index)
    assert data["date"] == "2026-01-02T03:04:05+09:00"
    assert data["author"] == "Desk" and data["description"] == "S" and "tags" not in data
    body = parse(index.read_text(encoding="utf-8")).body
    assert "<p><em>Hi</em></p>" in body  # no editor anchors (data-line) in what the site gets


def test_draft_changes_only_by_recording_the_publication(tmp_path, draft):
    site = make_site(tmp_path / "site", "hugo")
    before = draft.path.read_text(encoding="utf-8")
    plan = publish(draft, load_site(site), now=NOW)
    after = draft.path.read_text(encoding="utf-8")
    added = [line for line in after.splitlines() if line not in before.splitlines()]
    assert added == [
        f"articleeditor_id: {plan.article_id}",
        f"publish_path: content/posts/{SLUG}/index.md",
        'published_at: "2026-11-01T12:00:00+00:00"',
    ]
    assert all(line in after.splitlines() for line in before.splitlines())


def test_dry_run_writes_nothing(tmp_path, draft):
    site = make_site(tmp_path / "site", "hugo")
    before, draft_before = site_files(site), draft.path.read_bytes()
    plan = publish(draft, load_site(site), dry_run=True, now=NOW)
    assert [f.target.name for f in plan.files] == ["index.md", "fig.png"]
    assert site_files(site) == before and draft.path.read_bytes() == draft_before


@pytest.mark.parametrize("generator", ["hugo", "jekyll", "pelican", "astro", "plain"])
def test_republishing_replaces_our_own_files(tmp_path, draft, generator):
    site = make_site(tmp_path / "site", generator)
    publish(draft, load_site(site), now=NOW)
    again = Article.load(draft.path)
    again.text = again.text.replace("found their target", "found the target")
    plan = publish(again, load_site(site), now=NOW)
    assert all(f.replaces for f in plan.files)
    assert "found the target" in plan.article_file.read_text(encoding="utf-8")


PUBLISHED_FILES = {
    "hugo": {f"content/posts/{SLUG}/index.md", f"content/posts/{SLUG}/fig.png"},
    "jekyll": {f"_posts/2026-10-14-{SLUG}.md", f"assets/{SLUG}/fig.png"},
    "pelican": {f"content/science-news/{SLUG}.md", f"content/images/{SLUG}/fig.png"},
    "astro": {f"src/content/blog/{SLUG}.md", f"public/images/{SLUG}/fig.png"},
    "plain": {f"published/{SLUG}.md", f"published/{SLUG}.html", f"published/{SLUG}/fig.png"},
}


@pytest.mark.parametrize("generator", sorted(PUBLISHED_FILES))
def test_a_publish_leaves_exactly_its_files(tmp_path, draft, generator):
    """No staged copy, backup or probe is left anywhere, after a first publish or a
    republish that replaces every file."""
    site = make_site(tmp_path / "site", generator)
    expected = {"articleeditor.toml", *PUBLISHED_FILES[generator]}
    publish(draft, load_site(site), now=NOW)
    assert set(site_files(site)) == expected
    assert set(site_files(draft.path.parent)) == {"draft.md", "img/fig.png"}
    again = Article.load(draft.path)
    again.text = again.text.replace("found their target", "found the target")
    plan = publish(again, load_site(site), now=NOW)
    assert all(f.replaces for f in plan.files)
    assert set(site_files(site)) == expected
    assert set(site_files(draft.path.parent)) == {"draft.md", "img/fig.png"}
    # every file is there in full, nothing of the first publish survives
    for planned in plan.files:
        assert planned.target.read_bytes() == planned.data


# ----- checks -----------------------------------------------------------------------------------


def test_parent_folder_slug_is_refused_with_a_clear_message(tmp_path, draft):
    site = make_site(tmp_path / "site", "hugo")
    draft.set_field("slug", "../../etc")
    with pytest.raises(PublishCheckFailed) as caught:
        publish(draft, load_site(site), now=NOW)
    assert "'../../etc' is not allowed" in str(caught.value)
    assert not (site / "content").exists() and not (tmp_path / "etc").exists()


def test_section_outside_the_content_folder_is_refused(tmp_path, draft):
    site = make_site(tmp_path / "site", "hugo", '[publish]\nsection = "../../outside"\n')
    plan = plan_publish(draft, load_site(site), now=NOW)
    assert any("inside the content folder" in p for p in plan.problems)


def test_symlink_pointing_outside_is_refused(tmp_path, draft):
    site = make_site(tmp_path / "site", "hugo")
    outside = tmp_path / "outside"
    outside.mkdir()
    (site / "content").mkdir()
    (site / "content" / "posts").symlink_to(outside)
    with pytest.raises(PublishCheckFailed) as caught:
        publish(draft, load_site(site), now=NOW)
    assert "outside" in str(caught.value) and "symbolic link" in str(caught.value)
    assert list(outside.iterdir()) == []


def test_missing_title_date_and_undefined_citation_block_publishing(tmp_path):
    site = make_site(tmp_path / "site", "hugo")
    path = tmp_path / "a.md"
    path.write_text("---\nsummary: s\n---\nText [@nobody].\n", encoding="utf-8")
    plan = plan_publish(Article.load(path), load_site(site), now=NOW)
    text = " ".join(plan.problems)
    assert "no title" in text and "no date" in text and "[@nobody] is cited" in text
    with pytest.raises(PublishCheckFailed):
        check_plan(plan)


def test_broken_front_matter_blocks_publishing(tmp_path):
    site = make_site(tmp_path / "site", "hugo")
    path = tmp_path / "a.md"
    path.write_text("---\ntitle: [unclosed\ndate: 2026-01-01\n---\nBody\n", encoding="utf-8")
    plan = plan_publish(Article.load(path), load_site(site), now=NOW)
    assert plan.problems and "front matter" in plan.problems[0]


def test_slug_used_by_another_article_in_the_site(tmp_path, draft):
    site = make_site(tmp_path / "site", "hugo")
    other = site / "content" / "news" / f"{SLUG}.md"
    other.parent.mkdir(parents=True)
    other.write_text("---\ntitle: Someone else\n---\n", encoding="utf-8")
    plan = plan_publish(draft, load_site(site), now=NOW)
    assert any(f"already used by content/news/{SLUG}.md" in p for p in plan.problems)


def test_file_of_another_article_is_a_conflict_until_confirmed(tmp_path, draft):
    site = make_site(tmp_path / "site", "hugo")
    index = site / "content" / "posts" / SLUG / "index.md"
    index.parent.mkdir(parents=True)
    index.write_text("---\ntitle: Theirs\narticleeditor_id: abc\n---\nTheirs\n", "utf-8")
    with pytest.raises(PublishConflict) as caught:
        publish(draft, load_site(site), now=NOW)
    assert caught.value.path == index and "abc" in caught.value.owner
    assert "Theirs" in index.read_text(encoding="utf-8")
    publish(draft, load_site(site), overwrite=True, now=NOW)
    assert "Über-fast" in index.read_text(encoding="utf-8")


# ----- all or nothing ---------------------------------------------------------------------------


def test_read_only_folder_leaves_the_site_as_it_was(tmp_path, draft, monkeypatch):
    site = make_site(tmp_path / "site", "hugo")
    before, draft_before = site_files(site), draft.path.read_bytes()

    def refuse(src, dst):
        raise PermissionError(errno.EACCES, "Permission denied", str(dst))

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(PublishError) as caught:
        publish(draft, load_site(site), now=NOW)
    assert "read-only" in str(caught.value) and "unchanged" in str(caught.value)
    assert site_files(site) == before
    assert not (site / "content").exists()  # folders made for the publish are gone too
    assert draft.path.read_bytes() == draft_before


def test_failure_while_moving_in_rolls_back_files_already_moved(tmp_path, draft, monkeypatch):
    site = make_site(tmp_path / "site", "plain")
    publish(draft, load_site(site), now=NOW)  # an earlier publish: files to be replaced
    before = site_files(site)
    again = Article.load(draft.path)
    again.text = again.text.replace("found their target", "CHANGED")
    plan = plan_publish(again, load_site(site), now=NOW)
    assert len(plan.files) == 3
    changed = len(plan.changed_files)
    assert changed == 2  # the copied image is the same bytes: not written again
    real_replace, calls = os.replace, []

    def fail_late(src, dst):
        calls.append(Path(dst).name)
        # staging uses 1 replace a file, then each file 2 (backup, move in): fail on the last
        if len(calls) == changed + 2 * (changed - 1) + 2:
            raise OSError(errno.EIO, "Input/output error")
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", fail_late)
    with pytest.raises(PublishError):
        write_plan(plan)
    monkeypatch.setattr(os, "replace", real_replace)
    assert site_files(site) == before


def test_failure_on_first_publish_removes_new_files_and_folders(tmp_path, draft, monkeypatch):
    site = make_site(tmp_path / "site", "hugo")
    before = site_files(site)
    real_replace, calls = os.replace, []

    def fail_second_move(src, dst):
        calls.append(dst)
        if len(calls) == 4:  # 2 staged, then the article moved in, then the image fails
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", fail_second_move)
    with pytest.raises(PublishError) as caught:
        publish(draft, load_site(site), now=NOW)
    assert "No space left" in str(caught.value)
    monkeypatch.setattr(os, "replace", real_replace)
    assert site_files(site) == before and not (site / "content").exists()


def test_published_yaml_is_plain_yaml(tmp_path, draft):
    site = make_site(tmp_path / "site", "hugo")
    plan = publish(draft, load_site(site), now=NOW)
    head = plan.article_file.read_text(encoding="utf-8").split("---\n")[1]
    assert yaml.safe_load(head)["title"] == "Über-fast CAR-T cells"


def test_jekyll_body_braces_are_not_liquid(tmp_path):
    site = make_site(tmp_path / "site", "jekyll")
    path = tmp_path / "a.md"
    path.write_text(
        "---\ntitle: Braces\ndate: 2026-01-02\n---\nWrite {{ x }} and {% y %}.\n", encoding="utf-8"
    )
    publish(Article.load(path), load_site(site), now=NOW)
    body = parse((site / "_posts/2026-01-02-braces.md").read_text(encoding="utf-8")).body
    assert body.lstrip("\n") == (
        '{% raw %}\nWrite {{ x }} and {% endraw %}{{ "{%" }}{% raw %} y %}.\n{% endraw %}\n'
    )


def test_jekyll_body_cannot_close_the_raw_wrapper(tmp_path):
    from articleeditor.core.publish_content import liquid_safe

    body = (
        "a {% endraw %}{{ site.title }}{% raw %} b {%- endraw -%} c {%\nendraw %} {% endrawx %}\n"
    )
    escaped = '{% endraw %}{{ "{%" }}{% raw %}'
    assert liquid_safe(body) == (
        "{% raw %}\n"
        f"a {escaped} endraw %}}{{{{ site.title }}}}{escaped} raw %}} b "
        f"{escaped}- endraw -%}} c {escaped}\nendraw %}} {escaped} endrawx %}}\n"
        "{% endraw %}\n"
    )
    assert liquid_safe("no braces\n") == "no braces\n"


def test_unknown_citation_style_is_a_problem_not_a_crash(tmp_path, draft):
    site = make_site(tmp_path / "site", "hugo", '[citations]\nstyle = "chicago"\n')
    plan = plan_publish(draft, load_site(site), now=NOW)
    assert any("chicago" in p for p in plan.problems)
    # A finding, not an error's English: the window words it in its own language.
    (problem,) = [p for p in plan.problems if "chicago" in p]
    assert problem.code == "style-unknown" and problem.args["name"] == "'chicago'"


def test_bad_time_zone_is_a_problem(tmp_path, draft):
    site = make_site(tmp_path / "site", "hugo", '[publish]\ntimezone = "Mars/Olympus"\n')
    plan = plan_publish(draft, load_site(site), now=NOW)
    assert plan.problems == ["publish.timezone 'Mars/Olympus' is not a known time zone"]
    assert plan.problems[0].code == "publish-timezone"


def test_unreadable_site_bibliography_is_a_problem_with_its_line(tmp_path, draft):
    site = make_site(tmp_path / "site", "hugo", '[citations]\nbibliography = "refs.json"\n')
    (site / "refs.json").write_text('[\n  {"id": "a",\n  oops\n]\n', encoding="utf-8")
    plan = plan_publish(draft, load_site(site), now=NOW)
    (problem,) = plan.problems
    assert problem.code == "bibliography-line"
    assert problem.args["line"] == 3
    assert problem == f"{site / 'refs.json'}:3: {problem.args['detail']}"


def test_cover_image_is_copied_and_its_field_rewritten(tmp_path, draft):
    site = make_site(tmp_path / "site", "astro")
    draft.set_field("cover", "img/fig.png")
    publish(draft, load_site(site), now=NOW)
    data = front(site / "src/content/blog" / f"{SLUG}.md")
    assert data["heroImage"] == f"/images/{SLUG}/fig.png"


def test_warnings_for_drafts_future_dates_and_hugo_without_raw_html(tmp_path, draft):
    site = tmp_path / "site"
    site.mkdir()
    (site / "hugo.toml").write_text('title = "t"\n', encoding="utf-8")
    draft.set_field("draft", True)
    draft.set_field("date", "2027-01-01")
    plan = plan_publish(draft, load_site(site), now=NOW)
    text = " ".join(plan.warnings)
    assert "marked as a draft" in text and "in the future" in text
    assert "add `unsafe = true` under `[markup.goldmark.renderer]` in hugo.toml" in text
    assert front_of(plan)["draft"] is True
    (site / "hugo.toml").write_text(
        'title = "t"\n[markup.goldmark.renderer]\nunsafe = true\n', encoding="utf-8"
    )
    plan = plan_publish(draft, load_site(site), now=NOW)
    assert not any("goldmark" in w for w in plan.warnings)


def front_of(plan) -> dict:
    return parse(plan.files[0].data.decode("utf-8")).data


def test_unresolved_suggestions_block_publishing_and_comments_never_reach_the_site(tmp_path):
    from articleeditor.core.critic import accept_all, unresolved_marks

    site = make_site(tmp_path / "site", "plain")
    path = tmp_path / "review.md"
    reviewed = DRAFT.replace(
        "T cells found their target [@shi2020].",
        "T cells {~~found~>reached~~} their target [@shi2020]."
        "{==Check==}{>>@dana 2026-11-20: which trial?<<}",
    )
    path.write_text(reviewed, encoding="utf-8")
    plan = plan_publish(Article.load(path), load_site(site), now=NOW)
    assert any('unresolved substitution "found"' in p.lower() for p in plan.problems)
    assert not any("@dana" in p for p in plan.problems)  # a reviewer, not a citation
    with pytest.raises(PublishCheckFailed):
        check_plan(plan)
    assert site_files(site) == {"articleeditor.toml": b'[site]\ngenerator = "plain"\n'}

    # Accepting every mark gives the text as published: the highlighted word stays, the
    # reviewer's note goes.
    accepted = accept_all(reviewed)
    assert "\nT cells reached their target [@shi2020].Check\n" in accepted
    assert "which trial" not in accepted and "{" not in accepted.split("---", 2)[2]
    # Accepting the suggestion by hand leaves only the comment, which Publish strips.
    path.write_text(reviewed.replace("{~~found~>reached~~}", "reached"), encoding="utf-8")
    assert unresolved_marks(path.read_text(encoding="utf-8")) == []
    article = Article.load(path)
    plan = plan_publish(article, load_site(site), now=NOW)
    check_plan(plan)
    write_plan(plan)
    written = b"".join(site_files(site).values()).decode("utf-8", "replace")
    assert "reached their target" in written
    assert "which trial" not in written and "{>>" not in written and "{==" not in written
    assert "</span>.Check\n" in written  # the highlight's words, as accept_all has them
