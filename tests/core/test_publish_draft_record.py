"""The draft records each publish; a draft that cannot be updated is refused before anything
is written, the site and the record change together, and a publish whose record was lost is
still recognised as the article's own."""

from __future__ import annotations

import errno
import os
import shutil
from pathlib import Path

import pytest

from articleeditor.cli import main
from articleeditor.core.article import Article
from articleeditor.core.errors import DraftNotWritable, PublishCheckFailed
from articleeditor.core.publish import (
    check_plan,
    plan_publish,
    publication_fields,
    publish,
    record_publication,
    write_and_record,
    write_plan,
    write_with_draft,
)
from articleeditor.core.site import load_site

from .test_publish import DRAFT, NOW, SLUG, make_site, site_files

HUGO_FILES = {f"content/posts/{SLUG}/index.md", f"content/posts/{SLUG}/fig.png"}


@pytest.fixture
def draft(tmp_path) -> Article:
    folder = tmp_path / "drafts"
    (folder / "img").mkdir(parents=True)
    (folder / "img" / "fig.png").write_bytes(b"\x89PNG figure")
    path = folder / "draft.md"
    path.write_text(DRAFT, encoding="utf-8")
    return Article.load(path)


def read_only(monkeypatch, folder: Path) -> None:
    """Make ``folder`` refuse new files as a read-only folder does (also for root, whom the
    permission bits do not stop): every open that would create a file there fails."""
    real_open = os.open

    def refuse(path, flags, *args, **kwargs):
        if flags & os.O_CREAT and Path(os.fspath(path)).parent == folder:
            raise PermissionError(errno.EACCES, "Permission denied", os.fspath(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", refuse)


def test_a_read_only_draft_folder_is_refused_before_writing(tmp_path, draft, monkeypatch):
    site = make_site(tmp_path / "site", "hugo")
    before, draft_before = site_files(site), draft.path.read_bytes()
    read_only(monkeypatch, draft.path.parent)
    plan = plan_publish(draft, load_site(site), now=NOW)
    assert plan.problems == [
        f"The draft {draft.path} cannot be updated (its folder {draft.path.parent} is "
        "read-only); Publish records where and when the article was published in it, so "
        "nothing was published. Make the file and its folder writable, or save the draft "
        "somewhere writable."
    ]
    with pytest.raises(PublishCheckFailed):
        publish(draft, load_site(site), now=NOW)
    assert site_files(site) == before and draft.path.read_bytes() == draft_before


def test_a_draft_made_read_only_after_planning_is_refused_at_the_check(
    tmp_path, draft, monkeypatch
):
    site = make_site(tmp_path / "site", "hugo")
    plan = plan_publish(draft, load_site(site), now=NOW)
    assert plan.problems == []
    read_only(monkeypatch, draft.path.parent)
    with pytest.raises(PublishCheckFailed) as caught:
        check_plan(plan)
    assert str(draft.path.parent) in str(caught.value)


@pytest.mark.skipif(
    os.name != "posix" or os.geteuid() == 0, reason="root writes into read-only folders"
)
def test_a_really_read_only_folder(tmp_path, draft):
    site = make_site(tmp_path / "site", "hugo")
    draft.path.parent.chmod(0o555)
    try:
        plan = plan_publish(draft, load_site(site), now=NOW)
    finally:
        draft.path.parent.chmod(0o755)
    assert plan.problems and "is read-only" in plan.problems[0]


@pytest.mark.parametrize("earlier", [False, True])
def test_a_failed_record_puts_the_site_back(tmp_path, draft, monkeypatch, earlier):
    """The draft folder turns read-only between the check and the save (a race): the site is
    restored exactly, with no temporary or backup file left, and the draft is unchanged."""
    site = make_site(tmp_path / "site", "hugo")
    if earlier:
        publish(draft, load_site(site), now=NOW)
        draft = Article.load(draft.path)
        draft.text = draft.text.replace("found their target", "found the target")
    before, draft_before = site_files(site), draft.path.read_bytes()
    text_before = draft.text
    plan = plan_publish(draft, load_site(site), now=NOW)
    check_plan(plan)
    read_only(monkeypatch, draft.path.parent)
    with pytest.raises(DraftNotWritable) as caught:
        write_and_record(plan, draft, NOW)
    monkeypatch.undo()
    assert f"The draft {draft.path} cannot be updated (" in str(caught.value)
    assert site_files(site) == before
    assert draft.path.read_bytes() == draft_before
    assert draft.text == text_before  # the record is not left in memory either
    assert sorted(p.name for p in draft.path.parent.iterdir()) == ["draft.md", "img"]


def test_a_draft_changed_on_disk_since_it_was_read_is_refused_and_the_site_put_back(
    tmp_path, draft
):
    """The window's publish saves a draft text it worked out beforehand, guarded by the
    content check of a save: another program's change to the draft is never overwritten."""
    site = make_site(tmp_path / "site", "hugo")
    before = site_files(site)
    plan = plan_publish(draft, load_site(site), now=NOW)
    check_plan(plan)
    record_publication(draft, plan, NOW)
    theirs = DRAFT.replace("found their target", "found another target").encode("utf-8")
    draft.path.write_bytes(theirs)
    with pytest.raises(DraftNotWritable) as caught:
        write_with_draft(plan, draft, check_unchanged=True)
    assert "another program changed the file" in str(caught.value)
    assert site_files(site) == before
    assert draft.path.read_bytes() == theirs


def test_write_with_draft_saves_exactly_the_text_it_is_given(tmp_path, draft):
    site = make_site(tmp_path / "site", "hugo")
    plan = plan_publish(draft, load_site(site), now=NOW)
    record_publication(draft, plan, NOW)
    write_with_draft(plan, draft, check_unchanged=True)
    assert draft.path.read_bytes() == draft.text.encode("utf-8")
    assert not draft.is_modified and not draft.changed_on_disk()
    recorded = Article.load(draft.path).front_matter.data
    for key, value in publication_fields(plan, NOW).items():
        assert str(recorded[key]) == value or recorded[key].isoformat() == value
    assert set(site_files(site)) == {"articleeditor.toml", *HUGO_FILES}


def test_a_publish_whose_record_was_lost_is_recognised_as_its_own(tmp_path, draft):
    """What an older version left: the site written, the draft never recording it."""
    site = make_site(tmp_path / "site", "hugo")
    plan = plan_publish(draft, load_site(site), now=NOW)
    check_plan(plan)
    write_plan(plan)  # and then the draft's save failed
    again = Article.load(draft.path)
    again.text = again.text.replace("found their target", "found the target")  # edited since
    plan = publish(again, load_site(site), now=NOW)
    assert plan.conflicts == [] and all(f.replaces for f in plan.files)
    assert "found the target" in plan.article_file.read_text(encoding="utf-8")
    assert set(site_files(site)) == {"articleeditor.toml", *HUGO_FILES}


def test_an_unchanged_draft_moved_elsewhere_is_recognised_too(tmp_path, draft):
    site = make_site(tmp_path / "site", "hugo")
    plan = plan_publish(draft, load_site(site), now=NOW)
    write_plan(plan)
    first_id = plan.article_id
    moved = tmp_path / "writable"
    shutil.copytree(draft.path.parent, moved)
    copy = Article.load(moved / "draft.md")
    plan = publish(copy, load_site(site), now=NOW)
    assert plan.conflicts == [] and plan.article_id == first_id
    assert f"articleeditor_id: {first_id}" in (moved / "draft.md").read_text(encoding="utf-8")
    # an edited copy is a different article as far as anyone can tell: it must be confirmed
    other = tmp_path / "other"
    shutil.copytree(draft.path.parent, other)
    (other / "draft.md").write_text(DRAFT.replace("target", "goal"), encoding="utf-8")
    plan = plan_publish(Article.load(other / "draft.md"), load_site(site), now=NOW)
    assert [c.path for c in plan.conflicts] == [plan.article_file]


def test_cli_refuses_a_read_only_draft_and_writes_nothing(tmp_path, draft, monkeypatch, capsys):
    site = make_site(tmp_path / "site", "hugo")
    before = site_files(site)
    read_only(monkeypatch, draft.path.parent)
    assert main(["publish", str(draft.path), str(site)]) == 1
    err = capsys.readouterr().err
    assert f"its folder {draft.path.parent} is read-only" in err
    errors = [line for line in err.splitlines() if not line.startswith("warning: ")]
    assert len(errors) == 1 and "Traceback" not in err  # one line says why
    assert site_files(site) == before
