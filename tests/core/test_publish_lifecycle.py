"""The article's life in a site: a retitle moves it, a republish of the same text writes
nothing, and every earlier copy with its id goes with it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from articleeditor.core.article import Article
from articleeditor.core.publish import plan_publish, publish, write_and_record
from articleeditor.core.site import load_site

from .test_publish import DRAFT, SLUG, front, make_site, site_files

NOW = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)


@pytest.fixture
def draft(tmp_path) -> Article:
    folder = tmp_path / "drafts"
    (folder / "img").mkdir(parents=True)
    (folder / "img" / "fig.png").write_bytes(b"\x89PNG figure")
    path = folder / "draft.md"
    path.write_text(DRAFT, encoding="utf-8")
    return Article.load(path)


LATER = NOW + timedelta(days=3)


def retitle(article: Article, title: str) -> Article:
    again = Article.load(article.path)
    again.set_field("title", title)
    return again


def test_retitle_moves_the_article_and_its_image(tmp_path, draft):
    site = make_site(tmp_path / "site", "hugo")
    publish(draft, load_site(site), now=NOW)
    old = f"content/posts/{SLUG}"
    assert f"{old}/fig.png" in site_files(site)
    moved = retitle(draft, "A second title")
    plan = plan_publish(moved, load_site(site), now=LATER)
    assert not plan.problems
    assert {plan.relative(p) for p in plan.removes} == {f"{old}/index.md", f"{old}/fig.png"}
    assert [plan.relative(p) for p in plan.moved_from] == [f"{old}/index.md"]
    assert plan.redirects == [f"/posts/{SLUG}/"]
    write_and_record(plan, moved, LATER)
    files = site_files(site)
    assert not any(name.startswith(old) for name in files)  # the bundle folder is gone too
    assert (site / "content/posts").is_dir()
    new = front(site / "content/posts/a-second-title/index.md")
    assert new["aliases"] == [f"/posts/{SLUG}/"]
    assert "content/posts/a-second-title/fig.png" in files
    assert front(draft.path)["publish_path"] == "content/posts/a-second-title/index.md"


def test_every_earlier_copy_with_the_id_is_removed_and_aliases_accumulate(tmp_path, draft):
    site = make_site(tmp_path / "site", "hugo")
    publish(draft, load_site(site), now=NOW)
    second = retitle(draft, "Second")
    publish(second, load_site(site), now=NOW)
    # A stray copy with the same id, e.g. left by an older version of the app.
    stray = site / "content/notes/old.md"
    stray.parent.mkdir(parents=True)
    stray.write_text(
        (site / "content/posts/second/index.md")
        .read_text("utf-8")
        .replace("slug: second", "slug: old"),
        "utf-8",
    )
    third = retitle(second, "Third")
    publish(third, load_site(site), now=NOW)
    articles = [n for n in site_files(site) if n.endswith((".md",))]
    assert articles == ["content/posts/third/index.md"]
    aliases = front(site / "content/posts/third/index.md")["aliases"]
    assert set(aliases) == {f"/posts/{SLUG}/", "/posts/second/", "/notes/old/"}


def test_retitling_back_never_aliases_the_page_to_itself(tmp_path, draft):
    site = make_site(tmp_path / "site", "hugo")
    publish(draft, load_site(site), now=NOW)
    publish(retitle(draft, "Other"), load_site(site), now=NOW)
    back = Article.load(draft.path)
    back.set_field("title", "Über-fast CAR-T cells")
    publish(back, load_site(site), now=NOW)
    assert front(site / f"content/posts/{SLUG}/index.md")["aliases"] == ["/posts/other/"]


def test_another_articles_files_are_never_removed(tmp_path, draft):
    site = make_site(tmp_path / "site", "hugo")
    publish(draft, load_site(site), now=NOW)
    theirs = site / "content/posts/theirs/index.md"
    theirs.parent.mkdir(parents=True)
    theirs.write_text(
        "---\ntitle: Theirs\narticleeditor_id: someone-else\n---\n[fig](fig.png)\n", "utf-8"
    )
    (theirs.parent / "fig.png").write_bytes(b"theirs")
    publish(retitle(draft, "Moved"), load_site(site), now=NOW)
    assert theirs.is_file() and (theirs.parent / "fig.png").read_bytes() == b"theirs"


def test_jekyll_redirect_from_only_with_the_plugin(tmp_path, draft):
    site = make_site(tmp_path / "site", "jekyll")
    publish(draft, load_site(site), now=NOW)
    moved = retitle(draft, "Moved")
    publish(moved, load_site(site), now=NOW)
    post = next((site / "_posts").glob("*-moved.md"))
    assert "redirect_from" not in front(post)
    assert [p.name for p in (site / "_posts").iterdir()] == [post.name]
    (site / "_config.yml").write_text("plugins:\n  - jekyll-redirect-from\n", "utf-8")
    publish(retitle(moved, "Moved again"), load_site(site), now=NOW)
    post = next((site / "_posts").glob("*-moved-again.md"))
    assert front(post)["redirect_from"] == ["/science news/2026/10/14/moved.html"]


def test_unchanged_republish_writes_nothing_and_keeps_published_at(tmp_path, draft):
    site = make_site(tmp_path / "site", "hugo")
    publish(draft, load_site(site), now=NOW)
    before = {p: p.stat().st_mtime_ns for p in (site / "content").rglob("*")}
    recorded = draft.path.read_bytes()
    again = Article.load(draft.path)
    plan = plan_publish(again, load_site(site), now=LATER)
    assert plan.up_to_date and all(f.unchanged for f in plan.files)
    assert write_and_record(plan, again, LATER) is False
    assert {p: p.stat().st_mtime_ns for p in (site / "content").rglob("*")} == before
    assert draft.path.read_bytes() == recorded


def test_published_at_changes_only_when_the_published_text_changes(tmp_path, draft):
    site = make_site(tmp_path / "site", "hugo")
    publish(draft, load_site(site), now=NOW)
    first = front(draft.path)["published_at"]
    edited = Article.load(draft.path)
    edited.text = edited.text.replace("found their target", "found the target")
    plan = plan_publish(edited, load_site(site), now=LATER)
    assert [plan.relative(f.target) for f in plan.changed_files] == [
        f"content/posts/{SLUG}/index.md"
    ]
    write_and_record(plan, edited, LATER)
    assert front(draft.path)["published_at"] != first
    assert front(draft.path)["published_at"].startswith("2026-11-04")


def test_a_lost_record_is_written_back_without_touching_the_site(tmp_path, draft):
    site = make_site(tmp_path / "site", "hugo")
    publish(draft, load_site(site), now=NOW)
    again = Article.load(draft.path)
    again.set_field("publish_path", None)
    again.save()
    again = Article.load(draft.path)
    plan = plan_publish(again, load_site(site), now=LATER)
    assert plan.up_to_date
    assert write_and_record(plan, again, LATER) is True
    assert front(draft.path)["publish_path"] == f"content/posts/{SLUG}/index.md"
    assert front(draft.path)["published_at"].startswith("2026-11-01")
