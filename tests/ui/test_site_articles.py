"""The Site dock in the real window: the site's articles with their publish status, sorting,
filtering, opening, and New, Rename and Delete on real files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QFile, QPoint, Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from articleeditor.core.article import Article
from articleeditor.core.article_list import CHANGE_GRACE_SECONDS, Column
from articleeditor.core.publish import publish
from articleeditor.core.publish_record import read_publish_record
from articleeditor.core.site import load_site
from tests.ui.test_main_window import open_and_wait

CART = "content/posts/car-t-cells-liver-cancer.md"
SEMA = "content/posts/semaglutide-heart-outcomes.md"
PLASTIC = "content/posts/microplastics-in-blood.md"
TITLES = {
    CART: "CAR-T cells take aim at liver cancer",
    SEMA: "Weight-loss drug cuts heart attacks and strokes in people without diabetes",
    PLASTIC: "Plastic particles found in human blood",
    "content/welcome.md": "Welcome to ArticleEditor",
}


def statuses(window) -> dict[str, str]:
    model = window.site_articles.model
    return {row.title: model.status_text(row.status) for row in model.rows}


def open_site(qtbot, window, site: Path) -> None:
    with qtbot.waitSignal(window.preview_updated, timeout=20_000):
        assert window.open_site(site)
    panel = window.site_articles
    qtbot.waitUntil(lambda: len(panel.model.rows) == len(TITLES), timeout=10_000)


def answer_input(monkeypatch, text: str, ok: bool = True) -> list[tuple]:
    asked: list[tuple] = []

    def get_text(_parent, title, label, *args, **_kwargs):
        asked.append((title, label, *args))
        return text, ok

    monkeypatch.setattr(QInputDialog, "getText", get_text)
    return asked


def test_the_dock_says_no_site_instead_of_listing_the_file_system(qtbot, window, tmp_path):
    panel = window.site_articles
    assert panel.pages.currentWidget() is panel.message
    assert "No site is open" in panel.message.text()
    alone = tmp_path / "alone" / "note.md"
    alone.parent.mkdir()
    alone.write_text("---\ntitle: Alone\n---\nText\n", encoding="utf-8")
    open_and_wait(qtbot, window, alone)
    assert window.tags_feature.service.root is None
    assert panel.pages.currentWidget() is panel.message
    assert panel.model.rows == [] and not panel.new_action.isEnabled()


def test_lists_the_sites_articles_and_shows_a_real_publish(qtbot, window, site, tmp_path):
    open_site(qtbot, window, site)
    panel = window.site_articles
    assert window.files_dock.isVisible()
    assert panel.pages.currentWidget() is not panel.message
    assert sorted(panel.shown_titles()) == sorted(TITLES.values())
    assert set(statuses(window).values()) == {"Draft"}
    by_title = {row.title: row for row in panel.model.rows}
    assert by_title[TITLES[CART]].tag_count == 6
    # Publish a draft into a real Hugo site, as the CLI does.
    target = tmp_path / "hugo"
    target.mkdir()
    (target / "hugo.toml").write_text('title = "Test"\n', encoding="utf-8")
    publish(Article.load(site / SEMA), load_site(target))
    assert (target / "content" / "posts").is_dir()
    qtbot.waitUntil(lambda: statuses(window)[TITLES[SEMA]] == "Published", timeout=10_000)
    assert statuses(window)[TITLES[CART]] == "Draft"
    # The list shows a mark; a screen reader and the tooltip get the word.
    model = panel.model
    cell = model.index(model.row_of((site / SEMA).resolve()), Column.STATUS)
    assert model.data(cell) == "●"
    assert model.data(cell, Qt.ItemDataRole.AccessibleTextRole) == "Published"
    assert model.data(cell, Qt.ItemDataRole.ToolTipRole).startswith("Published: published on")
    # An edit saved after the publish: changed since publish.
    stamped = read_publish_record(site / SEMA).published_at
    later = stamped.timestamp() + CHANGE_GRACE_SECONDS + 60
    path = site / SEMA
    path.write_text(path.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
    os.utime(path, (later, later))
    window.tags_feature.service.file_saved(path)
    qtbot.waitUntil(lambda: statuses(window)[TITLES[SEMA]] == "Changed", timeout=10_000)


def test_sort_by_clicking_each_column_and_filter(qtbot, window, site):
    open_site(qtbot, window, site)
    panel = window.site_articles
    header = panel.view.header()

    def click(column: Column) -> None:
        x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        qtbot.mouseClick(
            header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
        )

    click(Column.DATE)
    dates = [row.date[:10] for row in panel.model.rows]
    assert dates == sorted(dates)
    click(Column.DATE)  # a second click reverses
    assert [row.date[:10] for row in panel.model.rows] == sorted(dates, reverse=True)
    click(Column.TAGS)
    counts = [row.tag_count for row in panel.model.rows]
    assert counts == sorted(counts) and counts[-1] == 6
    click(Column.TITLE)
    assert panel.shown_titles()[0] == TITLES[CART]
    qtbot.keyClicks(panel.filter, "immunotherapy")  # a tag of one article, any case
    assert panel.shown_titles() == [TITLES[CART]]
    panel.filter.clear()
    qtbot.keyClicks(panel.filter, "blood")
    assert panel.shown_titles() == [TITLES[PLASTIC]]
    qtbot.keyClick(panel.filter, Qt.Key.Key_Return)  # Enter opens what is left
    assert window.article.path.resolve() == (site / PLASTIC).resolve()


def test_enter_and_double_click_open_an_article(qtbot, window, site):
    open_site(qtbot, window, site)
    panel = window.site_articles
    assert panel.select((site / SEMA).resolve())
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    assert window.article.path.resolve() == (site / SEMA).resolve()
    row = panel.model.row_of((site / CART).resolve())
    rect = panel.view.visualRect(panel.model.index(row, Column.TITLE))
    # A real double click starts with a click (QTest's double click alone is not one).
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.article.path.resolve() == (site / CART).resolve()


def test_new_creates_a_slug_named_file_with_its_title_and_opens_it(
    qtbot, window, site, monkeypatch
):
    open_site(qtbot, window, site)
    panel = window.site_articles
    answer_input(monkeypatch, "Ça marche: a new study")
    panel.new_action.trigger()
    created = site / "content" / "ca-marche-a-new-study.md"
    assert created.is_file()
    assert window.article.path == created
    assert window.front_matter.data["title"] == "Ça marche: a new study"
    assert window.front_matter.data["draft"] is True
    qtbot.waitUntil(lambda: "Ça marche: a new study" in panel.shown_titles(), timeout=10_000)
    before = created.read_bytes()
    panel.new_action.trigger()  # the same title again: refused, the file is untouched
    assert "already exists" in window.last_error
    assert created.read_bytes() == before


def test_rename_moves_the_open_article_and_refuses_to_overwrite(
    qtbot, window, site, dialogs, monkeypatch
):
    open_site(qtbot, window, site)
    open_and_wait(qtbot, window, site / CART)
    panel = window.site_articles
    old = (site / CART).resolve()
    assert panel.select(old)
    taken = (site / SEMA).read_bytes()
    answer_input(monkeypatch, "semaglutide-heart-outcomes")
    panel.rename_action.trigger()
    assert "already exists" in dialogs.shown[-1][1]
    assert old.is_file() and (site / SEMA).read_bytes() == taken
    asked = answer_input(monkeypatch, "car-t-liver")
    panel.rename_action.trigger()
    assert asked[0][-1] == "car-t-cells-liver-cancer"  # the current name is offered
    new = old.with_name("car-t-liver.md")
    assert new.is_file() and not old.exists()
    assert window.article.path == new
    assert window.windowTitle().startswith("car-t-liver.md")
    qtbot.waitUntil(lambda: panel.current_path() == new, timeout=10_000)
    # Saving writes the new file, not the old name.
    window.editor.document().setModified(True)
    assert window.save()
    assert not old.exists()


def trash_files() -> Path:
    return Path(os.environ["XDG_DATA_HOME"]) / "Trash" / "files"


def test_delete_asks_then_moves_the_file_to_the_trash(qtbot, window, site, dialogs):
    open_site(qtbot, window, site)
    open_and_wait(qtbot, window, site / PLASTIC)
    panel = window.site_articles
    path = (site / PLASTIC).resolve()
    assert panel.select(path)
    dialogs.answer = QMessageBox.StandardButton.Cancel
    panel.delete_action.trigger()
    assert dialogs.shown[-1][0] == "Delete Article" and path.is_file()
    dialogs.answer = QMessageBox.StandardButton.Yes
    panel.delete_action.trigger()
    assert not path.exists()
    trashed = list(trash_files().glob("microplastics-in-blood*.md"))
    assert trashed, "the file is in the system trash"
    assert trashed[-1].read_text(encoding="utf-8").startswith("---\ntitle: Plastic particles")
    # Its tab was closed; the site's README, opened with the site, is shown.
    assert all(s.path is None or s.path.resolve() != path for s in window.sessions())
    assert window.article.path == site / "README.md"
    qtbot.waitUntil(lambda: TITLES[PLASTIC] not in panel.shown_titles(), timeout=10_000)


def test_delete_refuses_unsaved_work_and_a_missing_trash(qtbot, window, site, dialogs, monkeypatch):
    open_site(qtbot, window, site)
    open_and_wait(qtbot, window, site / SEMA)
    panel = window.site_articles
    path = (site / SEMA).resolve()
    window.editor.insertPlainText("unsaved ")
    assert panel.select(path)
    dialogs.answer = QMessageBox.StandardButton.Yes
    panel.delete_action.trigger()
    assert "unsaved changes" in dialogs.shown[-1][1] and path.is_file()
    window.editor.document().setModified(False)
    other = (site / CART).resolve()
    assert panel.select(other)
    monkeypatch.setattr(QFile, "moveToTrash", lambda _name: False)
    panel.delete_action.trigger()
    assert "may have no trash" in dialogs.shown[-1][1] and other.is_file()


@pytest.mark.parametrize("name", ["article-list", "article-filter"])
def test_the_list_and_filter_are_named_for_screen_readers(window, name):
    from PySide6.QtWidgets import QWidget

    widget = window.findChild(QWidget, name)
    assert widget.accessibleName() and widget.accessibleDescription()


def test_unsaved_edits_of_a_renamed_article_are_journaled_under_its_new_name(
    qtbot, window, site, monkeypatch
):
    from articleeditor.core.recovery import key_for

    open_site(qtbot, window, site)
    open_and_wait(qtbot, window, site / CART)
    keeper = window.editor_features.recovery
    old = (site / CART).resolve()
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(window.editor, "unsaved")
    keeper.write_now()
    qtbot.waitUntil(lambda: keeper.journal.entry(key_for(old)) is not None, timeout=5_000)
    assert window.site_articles.select(old)
    answer_input(monkeypatch, "renamed-with-edits")
    window.site_articles.rename_action.trigger()
    new = old.with_name("renamed-with-edits.md")
    assert window.article.path == new and window.editor.document().isModified()
    qtbot.keyClicks(window.editor, " words")
    keeper.write_now()
    keeper.wait()
    qtbot.waitUntil(lambda: keeper.journal.entry(key_for(new)) is not None, timeout=5_000)
    assert keeper.journal.entry(key_for(old)) is None
    assert "unsaved words" in keeper.journal.entry(key_for(new)).text
