"""File → Publish… and Unpublish… on the real window write the site and save the draft's record
of it as one change: a draft that cannot be saved leaves the site exactly as it was, and the
draft on disk is exactly the editor's text afterwards."""

from __future__ import annotations

import os
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from articleeditor.core import publish as core_publish
from tests.ui.test_main_window import open_and_wait
from tests.ui.test_publish import click_publish, wait_for_plan
from tests.ui.test_publish import site_files as all_files

DRAFT = "---\ntitle: Record me\ndate: 2026-01-05\nsummary: s\n---\nThe body.\n"
PUBLISHED = "content/posts/record-me/index.md"


def site_files(root: Path) -> dict[str, bytes]:
    """The site's files but the drafts (the folder of the article being published)."""
    return {k: v for k, v in all_files(root).items() if not k.startswith("drafts")}


@pytest.fixture
def hugo_site(tmp_path) -> Path:
    root = tmp_path / "hugo"
    root.mkdir()
    (root / "hugo.toml").write_text('title = "t"\n', encoding="utf-8")
    return root


@pytest.fixture
def draft(hugo_site) -> Path:
    path = hugo_site / "drafts" / "record.md"
    path.parent.mkdir()
    path.write_text(DRAFT, encoding="utf-8")
    return path


def during_the_write(monkeypatch, action: Callable[[], None]) -> None:
    """Run ``action`` in the worker after the plan was checked, just before the site's files
    are written (the moment a folder can turn read-only unseen by every check)."""
    real_write_all = core_publish.write_all

    def write_all(*args, **kwargs):
        action()
        return real_write_all(*args, **kwargs)

    monkeypatch.setattr(core_publish, "write_all", write_all)


def read_only_folder(draft: Path) -> tuple[Callable[[], None], Callable[[], None]]:
    return (lambda: draft.parent.chmod(0o555)), (lambda: draft.parent.chmod(0o755))


def folder_replaced_by_a_file(draft: Path) -> tuple[Callable[[], None], Callable[[], None]]:
    aside = draft.parent.with_name("drafts-aside")

    def cause() -> None:
        draft.parent.rename(aside)
        draft.parent.write_bytes(b"")

    def undo() -> None:
        draft.parent.unlink()
        aside.rename(draft.parent)

    return cause, undo


def chmod_refuses_writes() -> bool:
    """Whether a folder made read-only refuses new files here (root's are not refused)."""
    if os.name != "posix":
        return False
    with tempfile.TemporaryDirectory() as folder:
        os.chmod(folder, 0o555)
        try:
            Path(folder, "probe").touch()
        except PermissionError:
            return True
        finally:
            os.chmod(folder, 0o755)
    return False


CAUSES = [
    pytest.param(
        read_only_folder,
        id="read-only-folder",
        marks=pytest.mark.skipif(
            not chmod_refuses_writes(), reason="read-only folders do not stop this user (root)"
        ),
    ),
    pytest.param(folder_replaced_by_a_file, id="folder-replaced-by-a-file"),
]


def written(qtbot, dialog) -> None:
    """Wait until the publish just started has succeeded or failed."""
    qtbot.waitUntil(lambda: dialog.status.text() != "Publishing…", timeout=20_000)


def published_again(qtbot, window) -> str:
    window.publisher.dialog.close()
    window.publisher.plan = None
    window.actions.publish.trigger()
    return click_publish(qtbot, window, wait_for_plan(qtbot, window))


def assert_saved_as_shown(window, draft: Path) -> None:
    """The draft on disk is the editor's text byte for byte, and the tab is not modified."""
    assert draft.read_bytes() == window.editor.text().encode("utf-8")
    assert not window.session.is_modified() and not window.isWindowModified()


@pytest.mark.parametrize("make_cause", CAUSES)
def test_a_draft_that_cannot_be_saved_leaves_the_site_as_it_was(
    qtbot, window, hugo_site, draft, monkeypatch, make_cause
):
    cause, undo = make_cause(draft)
    open_and_wait(qtbot, window, draft)
    window.actions.publish.trigger()
    dialog = wait_for_plan(qtbot, window)
    before = site_files(hugo_site)
    during_the_write(monkeypatch, cause)
    try:
        dialog.publish_button.click()
        written(qtbot, dialog)
        assert site_files(hugo_site) == before  # not a file written, none left behind
    finally:
        monkeypatch.undo()
        undo()
    assert "cannot be updated" in dialog.status.text()
    assert "nothing was published" in dialog.status.text()
    assert str(draft) in dialog.status.text()
    assert draft.read_text(encoding="utf-8") == DRAFT
    assert window.editor.text() == DRAFT  # no record of a publish that did not happen
    assert not window.session.is_modified()

    path = published_again(qtbot, window)  # the cause gone, the same publish works
    assert path == str(hugo_site / PUBLISHED)
    assert "Published to" in window.publisher.dialog.status.text()
    assert "publish_path: " + PUBLISHED in draft.read_text(encoding="utf-8")
    assert_saved_as_shown(window, draft)


def test_a_draft_changed_by_another_program_is_not_overwritten(
    qtbot, window, hugo_site, draft, dialogs
):
    open_and_wait(qtbot, window, draft)
    window.actions.publish.trigger()
    dialog = wait_for_plan(qtbot, window)
    before = site_files(hugo_site)
    theirs = DRAFT.replace("The body.", "Their body.").encode("utf-8")
    draft.write_bytes(theirs)
    dialog.publish_button.click()  # before the window could notice the change
    written(qtbot, dialog)
    assert site_files(hugo_site) == before
    assert "cannot be updated" in dialog.status.text()
    assert "another program changed the file" in dialog.status.text()
    assert draft.read_bytes() == theirs
    # The window then notices the change and, with nothing typed, shows their text.
    qtbot.waitUntil(lambda: "Their body." in window.editor.text(), timeout=10_000)

    published_again(qtbot, window)
    assert "Their body." in (hugo_site / PUBLISHED).read_text(encoding="utf-8")
    assert_saved_as_shown(window, draft)
    assert dialogs.shown == []


def test_a_publish_saves_exactly_the_editor_text_and_leaves_the_tab_unmodified(
    qtbot, window, hugo_site, draft
):
    open_and_wait(qtbot, window, draft)
    window.actions.publish.trigger()
    click_publish(qtbot, window, wait_for_plan(qtbot, window))
    assert (hugo_site / PUBLISHED).is_file()
    text = window.editor.text()
    assert "articleeditor_id: " in text and "publish_path: " + PUBLISHED in text
    assert "published_at: " in text
    assert_saved_as_shown(window, draft)
    qtbot.wait(200)  # any notice of the file's change has arrived: it was ours, not news
    assert window.session.banner.kind == ""

    for _ in range(3):  # the record is edits the writer can undo: id, where and when
        window.session.document.undo()
    assert window.editor.text() == DRAFT
    assert window.session.is_modified()


def test_typing_during_a_publish_is_kept_and_left_to_save(
    qtbot, window, hugo_site, draft, dialogs, monkeypatch
):
    open_and_wait(qtbot, window, draft)
    window.actions.publish.trigger()
    dialog = wait_for_plan(qtbot, window)
    typed = threading.Event()
    during_the_write(monkeypatch, lambda: typed.wait(20))
    try:
        with qtbot.waitSignal(window.publisher.published, timeout=20_000):
            dialog.publish_button.click()
            window.editor.apply_text(window.editor.text() + "Typed meanwhile.\n")
            typed.set()
    finally:
        monkeypatch.undo()
    text = window.editor.text()
    assert "Typed meanwhile." in text and "publish_path: " + PUBLISHED in text
    assert window.session.is_modified()
    on_disk = draft.read_text(encoding="utf-8")
    assert "publish_path: " + PUBLISHED in on_disk and "Typed meanwhile." not in on_disk
    qtbot.wait(200)  # the file's change, noticed or not, is the publish's own
    assert window.session.banner.kind == ""

    assert window.save()  # against exactly what the publish wrote: no "changed on disk"
    assert_saved_as_shown(window, draft)
    assert dialogs.shown == []


def test_an_unpublish_whose_draft_cannot_be_saved_removes_nothing(
    qtbot, window, hugo_site, draft, monkeypatch
):
    open_and_wait(qtbot, window, draft)
    window.actions.publish.trigger()
    click_publish(qtbot, window, wait_for_plan(qtbot, window))
    window.publisher.dialog.close()
    window.publisher.plan = None
    published = site_files(hugo_site)
    recorded = draft.read_bytes()

    window.actions.unpublish.trigger()
    dialog = wait_for_plan(qtbot, window)
    cause, undo = folder_replaced_by_a_file(draft)
    during_the_write(monkeypatch, cause)
    try:
        dialog.publish_button.click()
        written(qtbot, dialog)
        assert site_files(hugo_site) == published
        assert "cannot be updated" in dialog.status.text()
    finally:
        monkeypatch.undo()
        undo()
    assert draft.read_bytes() == recorded
    assert "publish_path: " in window.editor.text()

    dialog.close()
    window.publisher.plan = None
    window.actions.unpublish.trigger()
    dialog = wait_for_plan(qtbot, window)
    with qtbot.waitSignal(window.publisher.unpublished, timeout=20_000):
        dialog.publish_button.click()
    assert PUBLISHED not in site_files(hugo_site)
    assert "publish_path" not in window.editor.text()
    assert_saved_as_shown(window, draft)
