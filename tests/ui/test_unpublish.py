"""File → Unpublish… and "Publish and Commit" on the real window: what ends up on disk, in the
draft and in the site's git history."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from tests.ui.test_main_window import ARTICLE, open_and_wait
from tests.ui.test_publish import SLUG, click_publish, site_files, wait_for_plan


def test_unpublish_from_the_menu_removes_the_files_and_the_record(qtbot, window, site):
    before = site_files(site)
    draft = site / ARTICLE
    open_and_wait(qtbot, window, draft)
    window.actions.publish.trigger()
    click_publish(qtbot, window, wait_for_plan(qtbot, window))
    assert f"content/published/{SLUG}.md" in site_files(site)
    window.publisher.dialog.close()
    window.publisher.plan = None

    menu = window.menuBar().actions()[0].menu()
    assert window.actions.unpublish in menu.actions()
    window.actions.unpublish.trigger()
    dialog = wait_for_plan(qtbot, window)
    listed = [dialog.files.item(i).text() for i in range(dialog.files.count())]
    assert any(f"content/published/{SLUG}.md" in text and "removed" in text for text in listed)
    assert dialog.publish_button.text() == "&Unpublish"
    with qtbot.waitSignal(window.publisher.unpublished, timeout=20_000):
        dialog.publish_button.click()
    after = site_files(site)
    assert not any(name.startswith("content/published/") for name in after)
    saved = draft.read_text(encoding="utf-8")
    assert "publish_path:" not in saved and "published_at:" not in saved
    assert "articleeditor_id:" in saved
    assert window.editor.text() == saved.replace("\r\n", "\n")
    # only the draft (its id) differs from the site before the publish
    assert {k for k in after if after[k] != before.get(k)} == {ARTICLE}


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_publish_and_commit_commits_exactly_the_published_files(qtbot, window, site):
    def git(*args: str) -> str:
        return subprocess.run(
            ["git", "-C", str(site), *args], check=True, text=True, capture_output=True
        ).stdout

    git("init", "-q")
    git("-c", "user.name=t", "-c", "user.email=t@example.org", "add", "-A")
    git("-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "site")
    (site / "unrelated.txt").write_text("not mine\n", encoding="utf-8")
    subprocess.run(["git", "-C", str(site), "config", "user.name", "t"], check=True)
    subprocess.run(["git", "-C", str(site), "config", "user.email", "t@example.org"], check=True)
    open_and_wait(qtbot, window, site / ARTICLE)
    window.actions.publish.trigger()
    dialog = wait_for_plan(qtbot, window)
    assert dialog.commit_button.isVisible() and dialog.commit_button.isEnabled()
    with qtbot.waitSignal(window.publisher.published, timeout=20_000):
        dialog.commit_button.click()
    message = git("log", "-1", "--format=%s")
    assert message.strip() == "Publish 'CAR-T cells take aim at liver cancer'"
    committed = set(git("show", "--name-only", "--format=", "HEAD").split())
    assert committed == {f"content/published/{SLUG}.md", f"content/published/{SLUG}.html"}
    assert "unrelated.txt" in git("status", "--porcelain")


def test_republish_shows_the_diff_and_an_unchanged_one_writes_nothing(qtbot, window, site):
    draft = site / ARTICLE
    open_and_wait(qtbot, window, draft)
    window.actions.publish.trigger()
    click_publish(qtbot, window, wait_for_plan(qtbot, window))
    published = site / "content" / "published" / f"{SLUG}.md"
    written = published.stat().st_mtime_ns
    window.publisher.dialog.close()
    window.publisher.plan = None

    window.actions.publish.trigger()  # nothing changed since
    dialog = wait_for_plan(qtbot, window)
    assert "up to date" in dialog.status.text()
    assert dialog.diff.isHidden()
    click_publish(qtbot, window, dialog)
    assert "nothing was written" in dialog.status.text()
    assert published.stat().st_mtime_ns == written
    dialog.close()
    window.publisher.plan = None

    text = window.editor.text()
    window.editor.apply_text(
        text.replace("CAR-T cells take aim", "CAR-T cells finally take aim", 1)
    )
    window.actions.publish.trigger()
    dialog = wait_for_plan(qtbot, window)
    assert dialog.diff.isVisible()
    shown = dialog.diff.toPlainText()
    assert f"--- a/content/published/{SLUG}.md" in shown
    assert "+title: CAR-T cells finally take aim" in shown.replace('"', "")
    assert dialog.messages.wordWrap()
