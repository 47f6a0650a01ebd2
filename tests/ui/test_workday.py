"""The day's work restored: a new window started as ``run_gui`` starts it reopens the site, the
article, its cursor and scroll, and the layout; the first launch ever opens the welcome."""

from __future__ import annotations

from pathlib import Path

from articleeditor.ui import settings as keys
from articleeditor.ui.preview.scroll_sync import editor_top_line, scroll_editor_to_line
from articleeditor.ui.workday import Reason, choose_startup, start
from tests.ui.conftest import preview_text

LONG = "content/posts/long-read.md"


def new_window(qtbot, path: str | None = None):
    """A window started the way ``run_gui`` starts one (without the event loop)."""
    from articleeditor.ui.main_window import MainWindow

    window = MainWindow()
    window.show()
    with qtbot.waitSignal(window.preview_updated, timeout=20_000):
        choice = start(window, path)
    return window, choice


def close(window) -> None:
    from articleeditor.ui.app import dispose

    window.editor.document().setModified(False)
    window.close()
    dispose(window)


def long_article(site: Path) -> Path:
    path = site / LONG
    paragraphs = "\n\n".join(
        f"Paragraph {n} of a long read, with enough words to fill a line." for n in range(1, 200)
    )
    path.write_text(
        f"---\ntitle: A long read\ntags: [Long]\n---\n\n{paragraphs}\n", encoding="utf-8"
    )
    return path


def test_restart_restores_site_article_cursor_scroll_and_layout(qtbot, window, site):
    path = long_article(site)
    with qtbot.waitSignal(window.preview_updated, timeout=20_000):
        assert window.open_site(site)
    with qtbot.waitSignal(window.preview_updated, timeout=20_000):
        assert window.open_path(path)
    window.editor.go_to_line(300, 12)
    scroll_editor_to_line(window.editor, 250)
    top = editor_top_line(window.editor)
    assert 249 < top < 252
    window.references_dock.hide()
    window.close()  # saves the layout and the day's work

    again, choice = new_window(qtbot)
    try:
        assert choice.reason is Reason.RESTORED
        assert again.site_root == site.resolve()
        assert again.article.path.resolve() == path.resolve()
        assert again.files_dock.isVisible()
        qtbot.waitUntil(
            lambda: again.site_articles.current_path() == path.resolve(), timeout=10_000
        )
        cursor = again.editor.textCursor()
        assert (cursor.blockNumber() + 1, cursor.positionInBlock() + 1) == (300, 12)
        qtbot.wait(50)  # the second scroll pass, after the first layout
        assert abs(editor_top_line(again.editor) - top) < 1
        assert not again.references_dock.isVisible()
    finally:
        close(again)


def test_first_launch_opens_the_welcome_article_once(qtbot, window):
    assert choose_startup(None).reason is Reason.FIRST_LAUNCH
    window.close()
    keys.settings().clear()  # the closed window remembered its empty state
    first, choice = new_window(qtbot)
    try:
        assert choice.reason is Reason.FIRST_LAUNCH
        assert first.article.path.name == "welcome.md"
        assert first.front_matter.data["title"] == "Welcome to ArticleEditor"
        qtbot.waitUntil(
            lambda: "Literate programming" in preview_text(qtbot, first), timeout=10_000
        )
        body = preview_text(qtbot, first)
        assert "[@knuth1984]" not in body and "[1]" in body
        assert keys.settings().value(keys.WELCOMED, False, type=bool)
    finally:
        close(first)
    # Closing it remembers it: the next launch is a restore, not a second welcome.
    assert choose_startup(None).reason is Reason.RESTORED
    keys.settings().remove(keys.SESSION_ARTICLE)
    keys.settings().remove(keys.SESSION_SITE)
    assert choose_startup(None).reason is Reason.SAMPLE


def test_a_vanished_article_opens_its_site_and_says_so(qtbot, window, site):
    window.close()
    gone = site / "content" / "posts" / "gone.md"
    keys.settings().setValue(keys.SESSION_SITE, str(site.resolve()))
    keys.settings().setValue(keys.SESSION_ARTICLE, str(gone))
    again, choice = new_window(qtbot)
    try:
        assert choice.reason is Reason.ARTICLE_GONE
        assert again.site_root == site.resolve()
        assert again.article.path is not None and again.article.path.is_file()
        assert "gone.md no longer exists" in again.statusBar().currentMessage()
    finally:
        close(again)


def test_a_path_argument_wins_over_the_days_work(qtbot, window, site):
    window.close()
    keys.settings().setValue(keys.SESSION_ARTICLE, str(site / "content" / "welcome.md"))
    target = site / "content" / "posts" / "microplastics-in-blood.md"
    again, choice = new_window(qtbot, str(target))
    try:
        assert choice.reason is Reason.ASKED
        assert again.article.path == target
    finally:
        close(again)


def test_restart_reopens_every_tab_in_order_with_each_ones_cursor_and_scroll(qtbot, window, site):
    long = long_article(site)
    cart = site / "content/posts/car-t-cells-liver-cancer.md"
    plastics = site / "content/posts/microplastics-in-blood.md"
    for path in (cart, long, plastics):
        with qtbot.waitSignal(window.preview_updated, timeout=20_000):
            assert window.open_path(path)
    window.activate(window.services.session_for(long))
    window.editor.go_to_line(300, 12)
    scroll_editor_to_line(window.editor, 250)
    long_top = editor_top_line(window.editor)
    window.activate(window.services.session_for(cart))
    window.editor.go_to_line(7, 3)
    window.close()

    again, choice = new_window(qtbot)
    try:
        assert choice.reason is Reason.RESTORED
        assert [s.path.resolve() for s in again.sessions()] == [
            p.resolve() for p in (cart, long, plastics)
        ]
        assert [again.tabs.tabText(i) for i in range(3)] == [
            "car-t-cells-liver-cancer.md",
            "long-read.md",
            "microplastics-in-blood.md",
        ]
        assert again.article.path.resolve() == cart.resolve() and again.tabs.currentIndex() == 0
        cursor = again.editor.textCursor()
        assert (cursor.blockNumber() + 1, cursor.positionInBlock() + 1) == (7, 3)
        assert again.editor.text() == cart.read_text(encoding="utf-8")
        again.activate(again.services.session_for(long))
        cursor = again.editor.textCursor()
        assert (cursor.blockNumber() + 1, cursor.positionInBlock() + 1) == (300, 12)
        assert abs(editor_top_line(again.editor) - long_top) < 1
        assert again.editor.text() == long.read_text(encoding="utf-8")
    finally:
        close(again)


def test_tabs_whose_files_are_gone_are_skipped(qtbot, window, site):
    cart = site / "content/posts/car-t-cells-liver-cancer.md"
    plastics = site / "content/posts/microplastics-in-blood.md"
    for path in (cart, plastics):
        with qtbot.waitSignal(window.preview_updated, timeout=20_000):
            assert window.open_path(path)
    window.close()
    cart.unlink()
    again, choice = new_window(qtbot)
    try:
        assert choice.reason is Reason.RESTORED
        assert [s.path.resolve() for s in again.sessions()] == [plastics.resolve()]
    finally:
        close(again)
