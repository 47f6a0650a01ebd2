"""Unpublish: every copy and its copied files go, all or nothing, and the draft says so."""

from __future__ import annotations

import errno
import os
from datetime import UTC, datetime

import pytest

from articleeditor.core.article import Article
from articleeditor.core.errors import PublishCheckFailed, PublishError
from articleeditor.core.publish import publish
from articleeditor.core.site import load_site
from articleeditor.core.unpublish import plan_unpublish, unpublish, write_unpublish

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


@pytest.mark.parametrize("generator", ["hugo", "jekyll", "pelican", "astro", "plain"])
def test_unpublish_removes_the_article_and_its_files(tmp_path, draft, generator):
    site = make_site(tmp_path / "site", generator)
    before = site_files(site)
    publish(draft, load_site(site), now=NOW)
    assert len(site_files(site)) > len(before)
    again = Article.load(draft.path)
    plan = unpublish(again, load_site(site))
    assert plan.removes and not plan.files
    assert site_files(site) == before
    recorded = front(draft.path)
    assert "publish_path" not in recorded and "published_at" not in recorded
    assert recorded["articleeditor_id"]  # kept: a later publish is the same article


def test_unpublish_removes_every_copy_with_the_id(tmp_path, draft):
    site = make_site(tmp_path / "site", "hugo")
    publish(draft, load_site(site), now=NOW)
    published = site / f"content/posts/{SLUG}/index.md"
    stray = site / "content/old/copy.md"
    stray.parent.mkdir(parents=True)
    stray.write_bytes(published.read_bytes())
    plan = plan_unpublish(Article.load(draft.path), load_site(site))
    assert set(plan.moved_from) == {published, stray}
    write_unpublish(plan, Article.load(draft.path))
    assert not any(n.endswith(".md") for n in site_files(site))


def test_dry_run_removes_nothing(tmp_path, draft):
    site = make_site(tmp_path / "site", "hugo")
    publish(draft, load_site(site), now=NOW)
    before, recorded = site_files(site), draft.path.read_bytes()
    plan = unpublish(Article.load(draft.path), load_site(site), dry_run=True)
    assert len(plan.removes) == 2
    assert site_files(site) == before and draft.path.read_bytes() == recorded


def test_a_never_published_article_is_refused(tmp_path, draft):
    site = make_site(tmp_path / "site", "hugo")
    with pytest.raises(PublishCheckFailed) as caught:
        unpublish(draft, load_site(site))
    assert "never published" in str(caught.value.problems)


def test_failure_puts_every_file_back(tmp_path, draft, monkeypatch):
    site = make_site(tmp_path / "site", "hugo")
    publish(draft, load_site(site), now=NOW)
    before, recorded = site_files(site), draft.path.read_bytes()
    plan = plan_unpublish(Article.load(draft.path), load_site(site))
    real_replace, calls = os.replace, []

    def fail_second(src, dst):
        calls.append(dst)
        if len(calls) == 2:
            raise OSError(errno.EIO, "Input/output error")
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", fail_second)
    with pytest.raises(PublishError):
        write_unpublish(plan, Article.load(draft.path))
    monkeypatch.setattr(os, "replace", real_replace)
    assert site_files(site) == before and draft.path.read_bytes() == recorded


def test_unwritable_draft_leaves_the_site_as_it_was(tmp_path, draft, monkeypatch):
    from articleeditor.core.errors import DraftNotWritable, SaveError

    site = make_site(tmp_path / "site", "hugo")
    publish(draft, load_site(site), now=NOW)
    before = site_files(site)
    article = Article.load(draft.path)
    plan = plan_unpublish(article, load_site(site))

    def refuse(*args, **kwargs):
        raise SaveError(draft.path, "disk full")

    monkeypatch.setattr(Article, "save", refuse)
    with pytest.raises(DraftNotWritable):
        write_unpublish(plan, article)
    assert site_files(site) == before


def test_only_the_folders_a_publish_filled_are_removed(tmp_path, draft):
    site = make_site(tmp_path / "site", "hugo", "[publish]\nbundle = false\n")
    (site / "static").mkdir()  # a new Hugo site's own, empty
    publish(draft, load_site(site), now=NOW)
    assert (site / "static/images" / SLUG / "fig.png").is_file()
    unpublish(Article.load(draft.path), load_site(site))
    assert not (site / "static/images" / SLUG).exists()
    assert (site / "static").is_dir() and (site / "content/posts").is_dir()
