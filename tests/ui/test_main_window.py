"""The real main window: open, type, edit fields, save, and the failures a writer can meet."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMessageBox

from tests.ui.conftest import preview_text

ARTICLE = "content/posts/car-t-cells-liver-cancer.md"


def open_and_wait(qtbot, window, path: Path) -> None:
    """Open ``path`` and wait until the preview shows this article's header."""
    with qtbot.waitSignal(window.preview_updated, timeout=20_000):
        assert window.open_path(path)
    title = window.front_matter.data.get("title")
    if title:
        qtbot.waitUntil(
            lambda: title in preview_text(qtbot, window, "article-header"), timeout=10_000
        )


def type_at_end(qtbot, window, text: str) -> None:
    """Type like a writer at the end of the document ("\n" presses Return)."""
    window.editor.moveCursor(QTextCursor.MoveOperation.End)
    for number, line in enumerate(text.split("\n")):
        if number:
            qtbot.keyClick(window.editor, Qt.Key.Key_Return)
        if line:
            qtbot.keyClicks(window.editor, line)


def test_open_and_save_unchanged_keeps_every_byte(qtbot, window, site):
    path = site / ARTICLE
    before = path.read_bytes()
    open_and_wait(qtbot, window, path)
    window.actions.save.trigger()
    assert path.read_bytes() == before
    assert not window.isWindowModified()


def test_typing_marks_modified_and_save_writes_it(qtbot, window, site):
    path = site / ARTICLE
    open_and_wait(qtbot, window, path)
    type_at_end(qtbot, window, "Typed by a writer.")
    assert window.isWindowModified()
    assert "[*]" in window.windowTitle()
    window.actions.save.trigger()
    assert path.read_text(encoding="utf-8").endswith("Typed by a writer.")
    assert not window.isWindowModified()


def test_preview_shows_body_and_header_but_not_front_matter(qtbot, window, site):
    open_and_wait(qtbot, window, site / ARTICLE)
    body = preview_text(qtbot, window)
    header = preview_text(qtbot, window, "article-header")
    assert "A target on liver cancer cells" in body
    assert "references:" not in body and "slug:" not in body
    assert "CAR-T cells take aim at liver cancer" in header
    assert "#LiverCancer" in header


def test_preview_follows_typing(qtbot, window, site):
    open_and_wait(qtbot, window, site / ARTICLE)
    with qtbot.waitSignal(window.preview_updated, timeout=10_000):
        type_at_end(qtbot, window, "\n\nBrand new closing paragraph.")
    qtbot.waitUntil(
        lambda: "Brand new closing paragraph." in preview_text(qtbot, window), timeout=10_000
    )


def test_title_edit_in_panel_changes_only_the_title_line(qtbot, window, site):
    path = site / ARTICLE
    before = path.read_text(encoding="utf-8").splitlines(keepends=True)
    open_and_wait(qtbot, window, path)
    title = window.article_panel.title
    title.selectAll()
    qtbot.keyClicks(title, "Engineered T cells against liver cancer")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    window.actions.save.trigger()
    after = path.read_text(encoding="utf-8").splitlines(keepends=True)
    changed = [(a, b) for a, b in zip(before, after, strict=True) if a != b]
    assert changed == [(before[1], 'title: "Engineered T cells against liver cancer"\n')]
    # One undo step takes the edit back.
    window.actions.undo.trigger()
    assert window.editor.text().splitlines(keepends=True)[1] == before[1]


def test_pasting_hashtags_adds_each_tag_once(qtbot, window, site):
    open_and_wait(qtbot, window, site / ARTICLE)
    entry = window.tags_panel.entry
    qtbot.keyClicks(entry, "#HealthTech #Hepatology #CARTcell #GPC3")
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    from articleeditor.core.frontmatter import parse

    tags = parse(window.editor.text()).data["tags"]
    assert tags[-2:] == ["Hepatology", "GPC3"]
    assert tags.count("HealthTech") == 1 and tags.count("CARTcell") == 1


def test_malformed_yaml_opens_with_banner_and_saves_editor_text(qtbot, window, tmp_path):
    path = tmp_path / "broken.md"
    path.write_text("---\ntitle: [unclosed\ntags: a\n---\nBody text\n", encoding="utf-8")
    open_and_wait(qtbot, window, path)
    assert window.banner.isVisible()
    message = window.banner.label.text()
    assert "line 2" in message or "line 3" in message
    assert not window.article_panel.isEnabled()
    type_at_end(qtbot, window, "More.")
    window.actions.save.trigger()
    assert path.read_text(encoding="utf-8") == window.editor.text()
    assert path.read_text(encoding="utf-8").endswith("Body text\nMore.")


def test_non_utf8_file_is_refused_with_a_message(qtbot, window, dialogs, site, tmp_path):
    open_and_wait(qtbot, window, site / ARTICLE)
    text_before = window.editor.text()
    latin = tmp_path / "latin1.md"
    latin.write_bytes("---\ntitle: Caf\xe9\n---\n".encode("latin-1"))
    assert not window.open_path(latin)
    assert dialogs.shown and "latin1.md" in dialogs.shown[-1][1]
    assert "UTF-8" in dialogs.shown[-1][1]
    assert window.editor.text() == text_before


def test_failed_save_keeps_old_file_and_editor_text(qtbot, window, dialogs, site, monkeypatch):
    path = site / ARTICLE
    before = path.read_bytes()
    open_and_wait(qtbot, window, path)
    type_at_end(qtbot, window, "Unsaved words.")

    def disk_full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "replace", disk_full)
    window.actions.save.trigger()
    assert path.read_bytes() == before
    assert window.editor.text().endswith("Unsaved words.")
    assert window.isWindowModified()
    assert dialogs.shown and "disk" in dialogs.shown[-1][1].lower()
    assert not [
        p
        for p in path.parent.iterdir()
        if p.name
        not in {
            "car-t-cells-liver-cancer.md",
            "semaglutide-heart-outcomes.md",
            "microplastics-in-blood.md",
        }
    ]


def test_file_changed_outside_is_not_silently_overwritten(qtbot, window, dialogs, site):
    path = site / ARTICLE
    open_and_wait(qtbot, window, path)
    type_at_end(qtbot, window, "My edit.")
    path.write_text(path.read_text(encoding="utf-8") + "Their edit.", encoding="utf-8")
    qtbot.waitUntil(lambda: window.banner.kind == "warning", timeout=5_000)
    dialogs.answer = QMessageBox.StandardButton.Cancel
    window.actions.save.trigger()
    assert path.read_text(encoding="utf-8").endswith("Their edit.")
    assert "changed by another program" in dialogs.shown[-1][1]
    dialogs.answer = QMessageBox.StandardButton.Save
    window.actions.save.trigger()
    assert path.read_text(encoding="utf-8").endswith("My edit.")


def test_unmodified_file_changed_outside_is_reloaded(qtbot, window, site):
    path = site / ARTICLE
    open_and_wait(qtbot, window, path)
    path.write_text(path.read_text(encoding="utf-8") + "\nAdded elsewhere.\n", encoding="utf-8")
    qtbot.waitUntil(lambda: window.editor.text().endswith("Added elsewhere.\n"), timeout=5_000)
    assert window.banner.kind == "info"


def test_close_with_unsaved_changes_asks_and_can_cancel(qtbot, window, dialogs, site):
    open_and_wait(qtbot, window, site / ARTICLE)
    type_at_end(qtbot, window, "x")
    dialogs.answer = QMessageBox.StandardButton.Cancel
    assert not window.close()
    assert dialogs.shown[-1][0] == "Unsaved changes"
    dialogs.answer = QMessageBox.StandardButton.Discard
    assert window.close()


def test_opening_site_folder_lists_files_and_opens_an_article(qtbot, window, site):
    with qtbot.waitSignal(window.preview_updated, timeout=20_000):
        assert window.open_path(site)
    assert window.files_dock.isVisible()
    assert window.article.path is not None and window.article.path.suffix == ".md"


def test_recent_files_remembered(qtbot, window, site):
    from articleeditor.ui.settings import recent_files

    open_and_wait(qtbot, window, site / ARTICLE)
    assert recent_files()[0] == str((site / ARTICLE).resolve())


@pytest.mark.parametrize("name", ["new", "open", "save", "save_as", "close_article", "quit"])
def test_file_actions_have_shortcuts(window, name):
    assert not getattr(window.actions, name).shortcut().isEmpty()


def test_preview_numbers_citations_and_lists_references(qtbot, window, site):
    open_and_wait(qtbot, window, site / ARTICLE)
    body = preview_text(qtbot, window)
    assert "[@maude2018]" not in body
    assert "blood cancers [1]" in body
    assert "References" in body and "Tisagenlecleucel in children" in body


def test_first_run_copies_sample_site_into_the_data_folder(qtbot, window):
    import os

    from articleeditor.ui.sample_site import ensure_sample_site

    site = ensure_sample_site()
    assert site == Path(os.environ["XDG_DATA_HOME"]) / "ArticleEditor" / "sample-site"
    articles = sorted(p.name for p in (site / "content" / "posts").glob("*.md"))
    assert "car-t-cells-liver-cancer.md" in articles
    # A second run keeps the writer's edits to the copy.
    (site / "content" / "posts" / "car-t-cells-liver-cancer.md").write_text("edited")
    ensure_sample_site()
    assert (site / "content" / "posts" / "car-t-cells-liver-cancer.md").read_text() == "edited"


def test_large_file_asks_before_opening(qtbot, window, dialogs, tmp_path, monkeypatch):
    from articleeditor.core import textfile

    monkeypatch.setattr(textfile, "MAX_OPEN_BYTES", 1_000)  # a 20 MB file is slow to build
    big = tmp_path / "big.md"
    big.write_text("---\ntitle: Big\n---\n" + "word " * 400, encoding="utf-8")
    dialogs.answer = QMessageBox.StandardButton.No
    assert not window.open_path(big)
    assert "larger than" in dialogs.shown[-1][1]
    assert window.article.path != big
    dialogs.answer = QMessageBox.StandardButton.Yes
    assert window.open_path(big)
    assert window.editor.text().startswith("---\ntitle: Big")


def test_a_bad_date_is_explained_in_the_status_bar_and_not_kept(qtbot, window, site):
    path = site / ARTICLE
    before = path.read_bytes()
    open_and_wait(qtbot, window, path)
    field = window.article_panel.date
    original = field.text()
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "30/02/2026")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    message = window.statusBar().currentMessage()
    assert "30/02/2026" in message and "YYYY-MM-DD" in message
    assert field.text() == original  # the article's date is shown again
    window.actions.save.trigger()
    assert path.read_bytes() == before


def test_ctrl_y_redoes(qtbot, window, site):
    from PySide6.QtGui import QKeySequence

    # Under GNOME and KDE the platform's Redo key is only Ctrl+Shift+Z; ours adds Ctrl+Y.
    keys = window.actions.redo.shortcuts()
    assert QKeySequence("Ctrl+Y") in keys
    assert all(key in keys for key in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo))
    open_and_wait(qtbot, window, site / ARTICLE)
    before = window.editor.text()
    type_at_end(qtbot, window, "x")
    window.actions.undo.trigger()
    assert window.editor.text() == before
    window.editor.setFocus()
    qtbot.keyClick(window.editor, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert window.editor.text() == before + "x"


def test_new_article_starts_from_the_hugo_archetype(qtbot, window, tmp_path):
    site = tmp_path / "hugo"
    (site / "archetypes").mkdir(parents=True)
    (site / "content" / "posts").mkdir(parents=True)
    (site / "hugo.toml").write_text("title = 'x'\n")
    (site / "archetypes" / "default.md").write_text(
        '---\ntitle: "{{ replace .Name "-" " " | title }}"\ndate: {{ .Date }}\n'
        "draft: true\nseries: [Oncology]\n---\n\n",
        encoding="utf-8",
    )
    assert window.open_path(site)
    window.actions.new.trigger()
    text = window.editor.text()
    assert "series: [Oncology]" in text and 'title: "Untitled article"' in text
    assert "{{" not in text
    assert not window.editor.document().isModified()  # nothing to save yet
    # The cursor waits in the body, and the panel shows the slug Publish will use.
    assert window.editor.textCursor().position() == window.editor.document().characterCount() - 1
    assert window.article_panel.slug.text() == ""
    assert window.article_panel.slug.placeholderText() == "untitled-article"
    title = window.article_panel.title
    title.selectAll()
    qtbot.keyClicks(title, "CAR-T cells")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    assert window.article_panel.slug.placeholderText() == "car-t-cells"
