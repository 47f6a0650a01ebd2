"""Tags across the site, driven through the real window: the Tags and Categories panels, the
Tag browser, the index following saves, and the management dialog with undo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from articleeditor.core.frontmatter import parse

CART = "content/posts/car-t-cells-liver-cancer.md"
SEMA = "content/posts/semaglutide-heart-outcomes.md"


def open_site(qtbot, window, site: Path, article: str = SEMA) -> None:
    assert window.open_site(site)
    assert window.open_path(site / article)
    qtbot.waitUntil(lambda: window.tags_feature.service.ready, timeout=10_000)


def front(window) -> dict:
    return parse(window.editor.text()).data


def test_typing_a_spelling_of_a_site_tag_suggests_it_and_adds_the_site_spelling(
    qtbot, window, site
):
    open_site(qtbot, window, site)
    panel = window.tags_panel
    assert "kept as typed" in panel.rule.text()
    qtbot.keyClicks(panel.entry, "cart")
    assert panel.suggestions.isVisible()
    assert panel.suggested() == ["CARTcell"]
    assert panel.suggestions.item(0).text() == "CARTcell  (1)"
    panel.entry.clear()
    qtbot.keyClicks(panel.entry, "CART cell")
    qtbot.keyClick(panel.entry, Qt.Key.Key_Return)
    assert front(window)["tags"][-1] == "CARTcell"
    # A suggestion can be taken with the keyboard: Down, then Return.
    qtbot.keyClicks(panel.entry, "immuno")
    qtbot.keyClick(panel.entry, Qt.Key.Key_Down)
    assert panel.suggestions.currentRow() == 0
    qtbot.keyClick(panel.suggestions, Qt.Key.Key_Return)
    assert front(window)["tags"][-2:] == ["CARTcell", "Immunotherapy"]
    assert panel.entry.text() == ""


def test_new_tags_follow_the_site_style_shown_in_the_panel(qtbot, window, site):
    config = site / "articleeditor.toml"
    config.write_text(config.read_text().replace('style = "keep"', 'style = "slug"'))
    open_site(qtbot, window, site)
    panel = window.tags_panel
    assert "slugs" in panel.rule.text()
    qtbot.keyClicks(panel.entry, "#Liver_Transplant #cardiology #HeartFailure")
    qtbot.keyClick(panel.entry, Qt.Key.Key_Return)
    # New tags become slugs; "cardiology" is the site's existing "Cardiology", already there.
    assert front(window)["tags"] == [
        "ScienceNews",
        "Cardiology",
        "Obesity",
        "GLP1",
        "ClinicalTrials",
        "liver-transplant",
        "heartfailure",
    ]


def test_reorder_and_remove_tags(qtbot, window, site):
    open_site(qtbot, window, site)
    panel = window.tags_panel
    panel.list.setCurrentRow(0)
    qtbot.mouseClick(panel.down_button, Qt.MouseButton.LeftButton)
    assert front(window)["tags"][:2] == ["Cardiology", "ScienceNews"]
    panel.list.setCurrentRow(1)
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert front(window)["tags"] == ["Cardiology", "Obesity", "GLP1", "ClinicalTrials"]


def test_categories_panel_adds_with_site_spelling(qtbot, window, site):
    open_site(qtbot, window, site)
    panel = window.tags_feature.categories_panel
    assert panel.terms() == ["ScienceNews"]
    qtbot.keyClicks(panel.entry, "science news, Health")
    qtbot.keyClick(panel.entry, Qt.Key.Key_Return)
    assert front(window)["categories"] == ["ScienceNews", "Health"]


def test_pelican_sites_get_one_category_written_as_a_string(qtbot, window, site):
    config = site / "articleeditor.toml"
    config.write_text(config.read_text().replace('generator = "plain"', 'generator = "pelican"'))
    path = site / "content" / "posts" / "pelican.md"
    path.write_text("---\ntitle: Pelican article\n---\nBody\n")
    open_site(qtbot, window, site, "content/posts/pelican.md")
    panel = window.tags_feature.categories_panel
    assert "one category" in panel.rule.text()
    qtbot.keyClicks(panel.entry, "Health")
    qtbot.keyClick(panel.entry, Qt.Key.Key_Return)
    qtbot.keyClicks(panel.entry, "sciencenews")
    qtbot.keyClick(panel.entry, Qt.Key.Key_Return)
    assert window.editor.text() == "---\ntitle: Pelican article\ncategory: ScienceNews\n---\nBody\n"


def test_browser_lists_tags_and_opens_an_article(qtbot, window, site):
    open_site(qtbot, window, site)
    browser = window.tags_feature.browser
    assert browser.shown_terms()[0] == "ScienceNews"
    assert browser.terms.item(0).text() == "ScienceNews  (3)"
    assert browser.choose("cart cell")
    assert browser.shown_articles() == [str((site / CART).resolve())]
    browser.articles.setCurrentRow(0)
    qtbot.keyClick(browser.articles, Qt.Key.Key_Return)
    assert window.article.path.resolve() == (site / CART).resolve()


def test_browser_lists_files_with_broken_front_matter(qtbot, window, site):
    (site / "content" / "broken.md").write_text("---\ntitle: [oops\n---\n")
    open_site(qtbot, window, site)
    browser = window.tags_feature.browser
    browser.kind.setCurrentIndex(browser.kind.findData("broken"))
    assert [Path(p).name for p in browser.shown_articles()] == ["broken.md"]
    assert "line 3, column 1" in browser.articles.item(0).text()


def test_a_save_reaches_the_browser(qtbot, window, site):
    open_site(qtbot, window, site)
    qtbot.keyClicks(window.tags_panel.entry, "#FreshTag")
    qtbot.keyClick(window.tags_panel.entry, Qt.Key.Key_Return)
    window.actions.save.trigger()
    browser = window.tags_feature.browser
    qtbot.waitUntil(lambda: "FreshTag" in browser.shown_terms(), timeout=3000)
    # A file written by another program is noticed by the folder watcher.
    other = site / "content" / "posts" / "new.md"
    other.write_text("---\ntitle: New\ntags: [Outside]\n---\n")
    qtbot.waitUntil(lambda: "Outside" in browser.shown_terms(), timeout=3000)


def _dialog(qtbot, window):
    assert window.actions.manage_tags.isEnabled()
    window.actions.manage_tags.trigger()
    dialog = window.tags_feature.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_rename_across_the_site_lists_files_applies_and_undoes(qtbot, window, site):
    open_site(qtbot, window, site, CART)
    before = {p: p.read_bytes() for p in (site / CART, site / SEMA)}
    dialog = _dialog(qtbot, window)
    dialog.operation.setCurrentIndex(dialog.operation.findData("rename"))
    dialog.select_terms(["ScienceNews"])
    with qtbot.waitSignal(dialog.plan_ready, timeout=5000):
        qtbot.keyClicks(dialog.target, "Science News")
    files = [dialog.files.item(i).text() for i in range(dialog.files.count())]
    assert files == [
        "posts/car-t-cells-liver-cancer.md",
        "posts/microplastics-in-blood.md",
        "posts/semaglutide-heart-outcomes.md",
    ]
    with qtbot.waitSignal(dialog.job_finished, timeout=5000) as done:
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert done.args == [True]
    for path, old in before.items():
        # Only the tags line changed: the category of the same name is another thing.
        assert path.read_bytes() == old.replace(b"tags: [ScienceNews", b"tags: [Science News")
    # The open article (no unsaved edits) shows the new text; the index follows.
    qtbot.waitUntil(lambda: front(window)["tags"][0] == "Science News", timeout=3000)
    qtbot.waitUntil(
        lambda: "Science News" in window.tags_feature.browser.shown_terms(), timeout=3000
    )
    with qtbot.waitSignal(dialog.job_finished, timeout=5000) as done:
        qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    assert done.args == [True]
    assert {p: p.read_bytes() for p in before} == before
    qtbot.waitUntil(lambda: front(window)["tags"][0] == "ScienceNews", timeout=3000)


def test_merge_and_delete(qtbot, window, site):
    open_site(qtbot, window, site)
    dialog = _dialog(qtbot, window)
    dialog.operation.setCurrentIndex(dialog.operation.findData("merge"))
    dialog.select_terms(["Obesity", "GLP1"])
    with qtbot.waitSignal(dialog.plan_ready, timeout=5000):
        qtbot.keyClicks(dialog.target, "Metabolism")
    with qtbot.waitSignal(dialog.job_finished, timeout=5000):
        dialog.apply_button.click()
    assert (
        "tags: [ScienceNews, Cardiology, Metabolism, ClinicalTrials]" in (site / SEMA).read_text()
    )
    dialog.target.clear()
    dialog.operation.setCurrentIndex(dialog.operation.findData("delete"))
    qtbot.waitUntil(
        lambda: (
            "Metabolism"
            in [
                dialog.terms.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(dialog.terms.count())
            ]
        )
    )
    with qtbot.waitSignal(dialog.plan_ready, timeout=5000):
        dialog.select_terms(["Cardiology"])
    assert dialog.apply_button.isEnabled()
    with qtbot.waitSignal(dialog.job_finished, timeout=5000):
        dialog.apply_button.click()
    assert "tags: [ScienceNews, Metabolism, ClinicalTrials]" in (site / SEMA).read_text()


def test_unsaved_edits_in_an_affected_open_article_are_never_clobbered(qtbot, window, site):
    open_site(qtbot, window, site, CART)
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(window.editor, "An unsaved sentence.")
    before = {p: p.read_bytes() for p in (site / CART, site / SEMA)}
    dialog = _dialog(qtbot, window)
    dialog.operation.setCurrentIndex(dialog.operation.findData("delete"))
    with qtbot.waitSignal(dialog.plan_ready, timeout=5000):
        dialog.select_terms(["ScienceNews"])
    with qtbot.waitSignal(dialog.job_finished, timeout=5000) as done:
        dialog.apply_button.click()
    assert done.args == [False]
    assert "unsaved changes" in dialog.status.text()
    assert {p: p.read_bytes() for p in before} == before
    assert window.editor.text().endswith("An unsaved sentence.")


def test_a_failed_write_is_reported_and_leaves_every_file_as_it_was(
    qtbot, window, site, monkeypatch, dialogs
):
    from articleeditor.core import bulk_tags
    from articleeditor.core.errors import SaveError

    open_site(qtbot, window, site)
    before = {p: p.read_bytes() for p in (site / CART, site / SEMA)}
    real = bulk_tags.atomic_write
    calls = []

    def fail_second(path, data, **guard):
        calls.append(path)
        if len(calls) == 2:
            raise SaveError(path, "the disk is full")
        real(path, data, **guard)

    monkeypatch.setattr(bulk_tags, "atomic_write", fail_second)
    dialog = _dialog(qtbot, window)
    dialog.operation.setCurrentIndex(dialog.operation.findData("delete"))
    with qtbot.waitSignal(dialog.plan_ready, timeout=5000):
        dialog.select_terms(["ScienceNews"])
    with qtbot.waitSignal(dialog.job_finished, timeout=5000) as done:
        dialog.apply_button.click()
    assert done.args == [False]
    message = "the disk is full; stopped, no file was changed"
    assert [title for title, text in dialogs.shown if message in text] == ["Tags not changed"]
    qtbot.waitUntil(lambda: "will change" in dialog.status.text())
    assert message in dialog.status.text()  # still shown beside the new plan
    assert {p: p.read_bytes() for p in before} == before
    assert not dialog.undo_button.isEnabled()


def test_a_file_saved_elsewhere_after_planning_is_skipped_and_shown(qtbot, window, site):
    open_site(qtbot, window, site)
    dialog = _dialog(qtbot, window)
    dialog.operation.setCurrentIndex(dialog.operation.findData("rename"))
    dialog.select_terms(["ScienceNews"])
    with qtbot.waitSignal(dialog.plan_ready, timeout=5000):
        qtbot.keyClicks(dialog.target, "Science News")
    assert dialog.files.count() == 3 and dialog.skipped.isHidden()
    # Another program saves one of the planned files, then the writer presses Apply.
    theirs = (site / CART).read_bytes() + b"\nA paragraph saved by another program.\n"
    (site / CART).write_bytes(theirs)
    with qtbot.waitSignal(dialog.job_finished, timeout=5000):
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert (site / CART).read_bytes() == theirs
    assert b"tags: [Science News" in (site / SEMA).read_bytes()
    assert dialog.skipped.isVisible()
    assert [dialog.skipped.item(i).text() for i in range(dialog.skipped.count())] == [
        "posts/car-t-cells-liver-cancer.md"
    ]
    assert "1 file(s) skipped because they changed on disk" in dialog.status.text()
    # The notice stays beside the next plan (the index follows the writes) ...
    qtbot.waitUntil(
        lambda: "Science News" in window.tags_feature.browser.shown_terms(), timeout=3000
    )
    assert "skipped because they changed on disk" in dialog.status.text()
    assert dialog.skipped.count() == 1
    # ... and undo restores only the files the change wrote.
    with qtbot.waitSignal(dialog.job_finished, timeout=5000) as done:
        dialog.undo_button.click()
    assert done.args == [True]
    assert (site / CART).read_bytes() == theirs
    assert b"tags: [ScienceNews" in (site / SEMA).read_bytes()
    assert dialog.skipped.isHidden()


def test_tags_panel_names_each_hazard_with_what_to_write(qtbot, window, site):
    path = site / SEMA
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace(
            "tags: [ScienceNews, Cardiology,", 'tags: ["#Heart", sciencenews, Cardiology,'
        ),
        encoding="utf-8",
    )
    open_site(qtbot, window, site)
    panel = window.tags_panel
    qtbot.waitUntil(lambda: panel.hazards.isVisible(), timeout=10_000)
    shown = panel.hazards.text()
    assert "'#Heart' starts with '#'" in shown and "write 'Heart'" in shown
    assert "The site already has 'ScienceNews'; 'sciencenews' differs only in case" in shown
    # Taking the advice clears the line.
    panel.list.setCurrentRow(0)
    panel.remove_button.click()
    panel.list.setCurrentRow(0)
    panel.remove_button.click()
    assert front(window)["tags"][0] == "Cardiology"
    assert panel.hazards.isHidden() and panel.hazards.text() == ""
