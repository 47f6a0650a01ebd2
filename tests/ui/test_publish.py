"""File → Publish… on the real window: the plan, the checks, writing off the GUI thread, and
what ends up on disk."""

from __future__ import annotations

import errno
import os
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from articleeditor.ui import publisher as publisher_module
from tests.ui.test_main_window import ARTICLE, open_and_wait

SLUG = "car-t-cells-liver-cancer"


def site_files(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def wait_for_plan(qtbot, window):
    qtbot.waitUntil(lambda: window.publisher.dialog is not None, timeout=5_000)
    dialog = window.publisher.dialog
    qtbot.waitUntil(lambda: window.publisher.plan is not None, timeout=20_000)
    assert dialog.isVisible()
    return dialog


def click_publish(qtbot, window, dialog) -> str:
    assert dialog.publish_button.isEnabled()
    with qtbot.waitSignal(window.publisher.published, timeout=20_000) as published:
        dialog.publish_button.click()
    return published.args[0]


@pytest.fixture
def hugo_site(tmp_path) -> Path:
    root = tmp_path / "hugo"
    root.mkdir()
    (root / "hugo.toml").write_text(
        'title = "t"\n[markup.goldmark.renderer]\nunsafe = true\n', encoding="utf-8"
    )
    return root


def test_publish_from_the_menu_writes_the_site_and_records_it_in_the_draft(
    qtbot, window, site, monkeypatch
):
    threads = []
    real_write = publisher_module.write_with_draft

    def write_in_worker(plan, draft, **kwargs):
        threads.append(threading.current_thread())
        return real_write(plan, draft, **kwargs)

    monkeypatch.setattr(publisher_module, "write_with_draft", write_in_worker)
    draft = site / ARTICLE
    open_and_wait(qtbot, window, draft)
    menu_texts = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert window.actions.publish.text() in menu_texts
    assert window.actions.publish.shortcut().toString() == "Ctrl+Shift+E"

    window.actions.publish.trigger()
    dialog = wait_for_plan(qtbot, window)
    listed = [dialog.files.item(i).text() for i in range(dialog.files.count())]
    assert any(f"content/published/{SLUG}.md" in text for text in listed)
    assert any(f"content/published/{SLUG}.html" in text for text in listed)
    path = click_publish(qtbot, window, dialog)

    assert path == str(site / "content" / "published" / f"{SLUG}.md")
    assert threads and threads[0] is not threading.main_thread()
    page = (site / "content" / "published" / f"{SLUG}.html").read_text(encoding="utf-8")
    assert "CAR-T cells take aim at liver cancer" in page and 'id="ref-maude2018"' in page
    saved = draft.read_text(encoding="utf-8")
    assert f"publish_path: content/published/{SLUG}.md" in saved
    assert "articleeditor_id:" in saved and "published_at:" in saved
    assert window.editor.text() == saved.replace("\r\n", "\n")
    assert not window.isWindowModified()
    assert "Published to" in dialog.status.text()
    assert not dialog.publish_button.isEnabled()


def test_article_outside_a_site_asks_for_the_site_once(
    qtbot, window, tmp_path, hugo_site, monkeypatch
):
    asked = []

    def choose(*_args, **_kwargs):
        asked.append(True)
        return str(hugo_site)

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", choose)
    draft = tmp_path / "drafts" / "note.md"
    draft.parent.mkdir()
    draft.write_text(
        "---\ntitle: A short note\ndate: 2026-01-05\nsummary: s\n---\nHello.\n", encoding="utf-8"
    )
    open_and_wait(qtbot, window, draft)
    window.actions.publish.trigger()
    click_publish(qtbot, window, wait_for_plan(qtbot, window))
    assert (hugo_site / "content/posts/a-short-note/index.md").is_file()
    assert asked == [True]

    window.publisher.dialog.close()
    window.publisher.plan = None
    window.actions.publish.trigger()
    wait_for_plan(qtbot, window)
    assert asked == [True]  # remembered for this article
    assert all(f.replaces for f in window.publisher.plan.files)


def test_problems_disable_publish_and_write_nothing(qtbot, window, tmp_path, hugo_site, dialogs):
    draft = hugo_site / "drafts" / "bad.md"
    draft.parent.mkdir()
    draft.write_text(
        "---\ntitle: Bad\ndate: 2026-01-05\nslug: ../../etc\n---\nSee [@nobody].\n",
        encoding="utf-8",
    )
    before = site_files(hugo_site)
    open_and_wait(qtbot, window, draft)
    window.actions.publish.trigger()
    dialog = wait_for_plan(qtbot, window)
    messages = [dialog.messages.item(i).text() for i in range(dialog.messages.count())]
    assert any("'../../etc' is not allowed" in m for m in messages)
    assert any("[@nobody] is cited" in m for m in messages)
    assert not dialog.publish_button.isEnabled()
    dialog.publish_button.click()
    assert site_files(hugo_site) == before


def test_conflict_needs_the_overwrite_box(qtbot, window, hugo_site):
    draft = hugo_site / "drafts" / "mine.md"
    draft.parent.mkdir()
    draft.write_text("---\ntitle: Mine\ndate: 2026-01-05\nsummary: s\n---\nMine.\n", "utf-8")
    theirs = hugo_site / "content/posts/mine/index.md"
    theirs.parent.mkdir(parents=True)
    theirs.write_text("---\ntitle: Theirs\narticleeditor_id: other\n---\nTheirs.\n", "utf-8")
    open_and_wait(qtbot, window, draft)
    window.actions.publish.trigger()
    dialog = wait_for_plan(qtbot, window)
    assert not dialog.overwrite.isHidden()
    assert not dialog.publish_button.isEnabled()
    dialog.overwrite.setChecked(True)
    click_publish(qtbot, window, dialog)
    assert "Mine." in theirs.read_text(encoding="utf-8")


def test_read_only_site_shows_why_and_changes_nothing(qtbot, window, hugo_site, monkeypatch):
    draft = hugo_site / "drafts" / "ro.md"
    draft.parent.mkdir()
    draft.write_text("---\ntitle: Read only\ndate: 2026-01-05\nsummary: s\n---\nText.\n", "utf-8")
    open_and_wait(qtbot, window, draft)
    window.actions.publish.trigger()
    dialog = wait_for_plan(qtbot, window)
    before = site_files(hugo_site)

    def refuse(src, dst):
        raise PermissionError(errno.EACCES, "Permission denied", str(dst))

    monkeypatch.setattr(os, "replace", refuse)
    dialog.publish_button.click()
    qtbot.waitUntil(lambda: "read-only" in dialog.status.text(), timeout=20_000)
    monkeypatch.undo()
    assert "unchanged" in dialog.status.text()
    assert site_files(hugo_site) == before
    assert "publish_path" not in draft.read_text(encoding="utf-8")


def test_change_site_plans_again_for_the_chosen_site(
    qtbot, window, site, tmp_path, hugo_site, monkeypatch
):
    open_and_wait(qtbot, window, site / ARTICLE)
    window.actions.publish.trigger()
    dialog = wait_for_plan(qtbot, window)
    assert window.publisher.plan.site.root == site.resolve()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(hugo_site))
    window.publisher.plan = None
    dialog.change_site_button.click()
    qtbot.waitUntil(lambda: window.publisher.plan is not None, timeout=20_000)
    assert window.publisher.plan.site.root == hugo_site.resolve()
    assert str(hugo_site) in dialog.site_label.text()
    click_publish(qtbot, window, dialog)
    assert (hugo_site / "content/posts" / SLUG / "index.md").is_file()
    assert not (site / "content" / "published").exists()


def test_broken_site_config_is_reported_in_the_dialog(qtbot, window, hugo_site):
    (hugo_site / "articleeditor.toml").write_text('[publish]\nbody = "pdf"\n', "utf-8")
    draft = hugo_site / "drafts" / "x.md"
    draft.parent.mkdir()
    draft.write_text("---\ntitle: X\ndate: 2026-01-05\nsummary: s\n---\nX.\n", "utf-8")
    open_and_wait(qtbot, window, draft)
    window.actions.publish.trigger()
    qtbot.waitUntil(lambda: window.publisher.dialog is not None, timeout=5_000)
    dialog = window.publisher.dialog
    qtbot.waitUntil(lambda: "publish.body" in dialog.status.text(), timeout=20_000)
    assert "articleeditor.toml" in dialog.status.text()
    assert not dialog.publish_button.isEnabled()
    assert not (hugo_site / "content").exists()


def test_read_only_draft_folder_is_refused_in_the_plan(qtbot, window, hugo_site, monkeypatch):
    draft = hugo_site / "drafts" / "locked.md"
    draft.parent.mkdir()
    draft.write_text("---\ntitle: Locked\ndate: 2026-01-05\nsummary: s\n---\nText.\n", "utf-8")
    open_and_wait(qtbot, window, draft)
    before, draft_before = site_files(hugo_site), draft.read_bytes()
    real_open = os.open

    def refuse_new_files_there(path, flags, *args, **kwargs):
        # a read-only folder, also for root (whom permission bits do not stop)
        if flags & os.O_CREAT and Path(os.fspath(path)).parent == draft.parent:
            raise PermissionError(errno.EACCES, "Permission denied", os.fspath(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", refuse_new_files_there)
    window.actions.publish.trigger()
    dialog = wait_for_plan(qtbot, window)
    messages = [dialog.messages.item(i).text() for i in range(dialog.messages.count())]
    assert any(f"its folder {draft.parent} is read-only" in m for m in messages)
    assert not dialog.publish_button.isEnabled()
    monkeypatch.undo()
    assert site_files(hugo_site) == before and draft.read_bytes() == draft_before


def test_a_link_to_a_file_outside_is_named_in_the_plan(qtbot, window, tmp_path, hugo_site):
    private = tmp_path / "private"
    private.mkdir()
    (private / "secret.pdf").write_bytes(b"%PDF private")
    draft = hugo_site / "drafts" / "leak.md"
    draft.parent.mkdir()
    draft.write_text(
        "---\ntitle: Leak\ndate: 2026-01-05\nsummary: s\n---\n[data](../../private/secret.pdf)\n",
        "utf-8",
    )
    open_and_wait(qtbot, window, draft)
    before = site_files(hugo_site)
    window.actions.publish.trigger()
    dialog = wait_for_plan(qtbot, window)
    messages = [dialog.messages.item(i).text() for i in range(dialog.messages.count())]
    assert any("'../../private/secret.pdf' points to" in m and str(private) in m for m in messages)
    assert not dialog.publish_button.isEnabled()
    assert site_files(hugo_site) == before
