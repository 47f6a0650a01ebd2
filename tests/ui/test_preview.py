"""The live preview in the real window: one pipeline with `render`, block-level updates,
safety (no script, no network, no navigation), scroll sync, exports and widths."""

from __future__ import annotations

import http.server
import json
import re
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QDesktopServices, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineScript

from articleeditor.cli import main as cli_main
from articleeditor.ui.app import dispose
from articleeditor.ui.preview.scroll_sync import (
    ECHO_SECONDS,
    editor_top_line,
    scroll_editor_to_line,
)

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from bench.long_article import long_article

WORLD = QWebEngineScript.ScriptWorldId.ApplicationWorld
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360f8ffff3f0005fe02fea7d6a4b00000000049454e44ae426082"
)


def js(qtbot, page: QWebEnginePage, script: str):
    """Run ``script`` in the application world of ``page`` and return its value."""
    result: list = []
    page.runJavaScript(script, WORLD, lambda value: result.append(value))
    qtbot.waitUntil(lambda: bool(result), timeout=10_000)
    return result[0]


def open_and_wait(qtbot, window, path: Path) -> None:
    with qtbot.waitSignal(window.preview_updated, timeout=30_000):
        assert window.open_path(path)
    qtbot.waitUntil(
        lambda: js(
            qtbot,
            window.preview.page(),
            "document.querySelectorAll('#article-body > *').length > 0",
        ),
        timeout=10_000,
    )


def write(tmp_path: Path, text: str, name: str = "article.md") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


ARTICLE = """---
title: Preview test
tags: [One, Two]
---
# Heading

First paragraph with [a link](https://example.org/page).

Second paragraph.

Third paragraph.
"""


def test_render_command_and_preview_show_the_same_html(qtbot, window, tmp_path, capsys):
    path = write(tmp_path, ARTICLE + "\n```python\nx = 1\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |\n")
    open_and_wait(qtbot, window, path)
    assert cli_main(["render", str(path)]) == 0
    page_text = capsys.readouterr().out
    # Let Chromium parse the command's page too, so both sides are serialised the same way.
    other = QWebEnginePage()
    with qtbot.waitSignal(other.loadFinished, timeout=10_000):
        other.setHtml(page_text)
    body = "document.getElementById('article-body').innerHTML"
    header = "document.getElementById('article-header').innerHTML"
    assert js(qtbot, other, body) == js(qtbot, window.preview.page(), body)
    assert js(qtbot, other, header) == js(qtbot, window.preview.page(), header)
    assert 'data-line="5"' in js(qtbot, other, body)
    dispose(other)  # a page alive at exit crashes QtWebEngine's shutdown


def test_typing_replaces_only_the_changed_block(qtbot, window, tmp_path):
    path = write(tmp_path, ARTICLE)
    open_and_wait(qtbot, window, path)
    page = window.preview.page()
    js(qtbot, page, "window.__keep = document.querySelector('[data-line=\"5\"]'); true")
    editor = window.editor
    block = editor.document().findBlockByNumber(8)  # "Second paragraph."
    cursor = QTextCursor(block)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    editor.setTextCursor(cursor)
    with qtbot.waitSignal(window.preview_updated, timeout=10_000):
        qtbot.keyClicks(editor, " Edited")
    qtbot.waitUntil(lambda: "Edited" in js(qtbot, page, "document.body.innerText"))
    start, removed, inserted = window.preview.last_patch
    assert start == 2  # heading and first paragraph kept
    assert (removed, inserted) == (1, 1)
    # The untouched first paragraph is the same DOM node as before (not re-created).
    assert js(qtbot, page, "document.contains(window.__keep)") is True


def test_script_and_handlers_never_reach_the_page(qtbot, window, tmp_path):
    text = ARTICLE + (
        "\n<script>document.title = 'pwned'</script>\n\n"
        '<img src="missing.png" onerror="document.title=\'pwned\'">\n\n'
        "<a href=\"javascript:document.title='pwned'\">js link</a>\n\n"
        '<iframe src="https://example.org/"></iframe>\n\n'
        '<form action="https://example.org/"><input name="q"></form>\n'
    )
    open_and_wait(qtbot, window, write(tmp_path, text))
    page = window.preview.page()
    assert "js link" in js(qtbot, page, "document.body.innerText")
    for selector in ("script", "iframe", "form", "input", "[onerror]", "a[href^=javascript]"):
        assert js(qtbot, page, f"document.querySelectorAll('{selector}').length") == 0, selector
    qtbot.wait(200)
    assert page.title() != "pwned"
    # Page JavaScript itself is off: only our isolated world runs scripts.
    assert not page.settings().testAttribute(page.settings().WebAttribute.JavascriptEnabled)


@pytest.fixture
def http_server():
    """A server on the loopback address that counts the requests it gets."""
    hits: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            hits.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.end_headers()
            self.wfile.write(PNG)

        def log_message(self, *_args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", hits
    server.shutdown()
    server.server_close()


def test_remote_image_sends_no_request_until_allowed(qtbot, window, tmp_path, http_server):
    base, hits = http_server
    url = f"{base}/chart.png"
    open_and_wait(qtbot, window, write(tmp_path, ARTICLE + f"\n![chart]({url})\n"))
    page = window.preview.page()
    placeholder = js(qtbot, page, "document.querySelector('.remote-image').innerText")
    assert url in placeholder
    qtbot.wait(500)
    assert hits == []
    # A request made behind the renderer's back is refused too (the page's policy).
    js(
        qtbot,
        page,
        f"var i = new Image(); i.src = '{base}/sneaky.png'; document.body.appendChild(i); true",
    )
    qtbot.wait(500)
    assert hits == []
    assert not [u for u in window.preview.guard.allowed if u.startswith("http")]
    # The per-article action lifts it: now the image really loads (so the check above can fail).
    with qtbot.waitSignal(window.preview_updated, timeout=15_000):
        window.actions.load_remote_images.trigger()
    qtbot.waitUntil(lambda: "/chart.png" in hits, timeout=10_000)
    assert any(url in u for u in window.preview.guard.allowed)
    # A new article starts offline again.
    open_and_wait(qtbot, window, write(tmp_path, ARTICLE, "other.md"))
    assert not window.actions.load_remote_images.isChecked()


def test_request_guard_allows_only_the_article_and_site_folders(tmp_path):
    from articleeditor.ui.preview.request_guard import RequestGuard

    guard = RequestGuard()
    guard.set_allowed_folders([tmp_path / "post", tmp_path / "site"])
    (tmp_path / "post").mkdir()
    assert guard.is_allowed("file", str(tmp_path / "post" / "a.png"), True)
    assert guard.is_allowed("file", str(tmp_path / "site" / "static" / "b.png"), True)
    assert not guard.is_allowed("file", "/etc/passwd", False)
    assert not guard.is_allowed("file", str(tmp_path / "post" / ".." / "x.png"), True)
    assert not guard.is_allowed("https", "", True)
    assert not guard.is_allowed("ftp", "", False)
    guard.set_remote_images(True)
    assert guard.is_allowed("https", "", True)
    assert not guard.is_allowed("https", "", False)  # images only


def _link_centre(qtbot, window, selector: str) -> QPoint:
    rect = json.loads(
        js(
            qtbot,
            window.preview.page(),
            f"(function(){{var r = document.querySelector({json.dumps(selector)})"
            f".getBoundingClientRect(); return JSON.stringify("
            f"[r.left + r.width / 2, r.top + r.height / 2]);}})()",
        )
    )
    zoom = window.preview.zoomFactor()
    return QPoint(int(rect[0] * zoom), int(rect[1] * zoom))


def test_clicked_link_opens_the_browser_and_preview_stays(qtbot, window, tmp_path, monkeypatch):
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    open_and_wait(qtbot, window, write(tmp_path, ARTICLE))
    before = window.preview.url()
    target = window.preview.focusProxy()
    point = _link_centre(qtbot, window, "a[href^='https']")
    QTest.mouseClick(target, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    qtbot.waitUntil(lambda: opened == ["https://example.org/page"], timeout=10_000)
    qtbot.wait(300)
    assert window.preview.url() == before
    assert "Second paragraph" in js(qtbot, window.preview.page(), "document.body.innerText")


def test_local_image_next_to_the_article_appears(qtbot, window, tmp_path):
    (tmp_path / "img").mkdir()
    (tmp_path / "img" / "dot.png").write_bytes(PNG)
    open_and_wait(qtbot, window, write(tmp_path, ARTICLE + "\n![dot](img/dot.png)\n"))
    page = window.preview.page()
    qtbot.waitUntil(
        lambda: js(qtbot, page, "document.querySelector('img').naturalWidth") == 1, timeout=10_000
    )


def test_files_outside_the_article_and_site_folders_are_blocked(qtbot, window, tmp_path):
    (tmp_path / "post").mkdir()
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "post" / "in.png").write_bytes(PNG)
    outside = tmp_path / "elsewhere" / "out.png"
    outside.write_bytes(PNG)
    text = ARTICLE + f"\n![in](in.png)\n\n![out]({outside.as_uri()})\n"
    open_and_wait(qtbot, window, write(tmp_path / "post", text))
    page = window.preview.page()
    widths = "document.querySelectorAll('img')[{}].naturalWidth"
    qtbot.waitUntil(lambda: js(qtbot, page, widths.format(0)) == 1, timeout=10_000)
    qtbot.waitUntil(
        lambda: any("out.png" in u for u in window.preview.guard.blocked), timeout=10_000
    )
    assert js(qtbot, page, widths.format(1)) == 0


def _long(tmp_path: Path) -> Path:
    return write(tmp_path, long_article(40_000), "long.md")


def _preview_top_line(qtbot, window) -> float:
    got: list[float] = []
    window.preview.line_at_top(got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=10_000)
    return got[0]


def test_editor_scroll_moves_the_preview_to_the_same_line(qtbot, window, tmp_path):
    open_and_wait(qtbot, window, _long(tmp_path))
    assert _preview_top_line(qtbot, window) < 5
    scroll_editor_to_line(window.editor, 400)
    line = editor_top_line(window.editor)
    assert 395 <= line <= 405
    qtbot.waitUntil(lambda: abs(_preview_top_line(qtbot, window) - line) < 8, timeout=10_000)


def test_preview_scroll_moves_the_editor_to_the_same_line(qtbot, window, tmp_path):
    open_and_wait(qtbot, window, _long(tmp_path))
    qtbot.wait(int(ECHO_SECONDS * 1000) + 300)  # a writer's scroll, not the load's echo
    page = window.preview.page()
    # Scroll the preview so that the block of some line deep down is at its top.
    line = js(
        qtbot,
        page,
        "(function(){var e = document.querySelectorAll("
        "'#article-body > [data-line]')[120]; window.scrollTo(0, "
        "e.getBoundingClientRect().top + window.scrollY);"
        " return parseInt(e.getAttribute('data-line'));})()",
    )
    assert line > 300
    qtbot.waitUntil(lambda: abs(editor_top_line(window.editor) - line) < 3, timeout=10_000)


def test_double_click_on_a_block_puts_the_cursor_on_its_line(qtbot, window, tmp_path):
    open_and_wait(qtbot, window, write(tmp_path, ARTICLE))
    point = _link_centre(qtbot, window, "[data-line='9']")  # "Second paragraph."
    with qtbot.waitSignal(window.preview.line_activated, timeout=10_000) as signal:
        QTest.mouseDClick(
            window.preview.focusProxy(),
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
            point,
        )
    assert signal.args == [9]
    assert window.editor.textCursor().blockNumber() + 1 == 9


def test_width_switch_and_exports(qtbot, window, tmp_path, monkeypatch):
    (tmp_path / "dot.png").write_bytes(PNG)
    open_and_wait(qtbot, window, write(tmp_path, ARTICLE + "\n![dot](dot.png)\n"))
    page = window.preview.page()
    window.actions.width_phone.trigger()
    qtbot.waitUntil(lambda: "width-phone" in js(qtbot, page, "document.body.className"))
    width = js(qtbot, page, "document.getElementById('article').getBoundingClientRect().width")
    assert width <= 380
    window.actions.width_desktop.trigger()
    qtbot.waitUntil(lambda: "width-desktop" in js(qtbot, page, "document.body.className"))

    html_out = tmp_path / "out" / "article.html"
    html_out.parent.mkdir()
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *_a, **_k: (str(html_out), "")
    )
    window.actions.export_html.trigger()
    exported = html_out.read_text(encoding="utf-8")
    assert re.search(r'src="data:image/png;base64,', exported)
    assert "Second paragraph." in exported and "--text" in exported

    pdf_out = tmp_path / "out" / "article.pdf"
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *_a, **_k: (str(pdf_out), "")
    )
    with qtbot.waitSignal(window.reviewer_tools.exported, timeout=30_000):
        window.actions.export_pdf.trigger()
    assert pdf_out.read_bytes().startswith(b"%PDF")


def test_site_stylesheet_is_used_by_the_preview(qtbot, window, site):
    (site / "theme.css").write_text(
        "#article { border-top: 7px solid rgb(1, 2, 3); }", encoding="utf-8"
    )
    config = site / "articleeditor.toml"
    text = config.read_text(encoding="utf-8")
    if "[site]" in text:
        text = text.replace("[site]", '[site]\ncss = "theme.css"', 1)
    else:
        text = '[site]\ncss = "theme.css"\n' + text
    config.write_text(text, encoding="utf-8")
    open_and_wait(qtbot, window, site / "content/posts/car-t-cells-liver-cancer.md")
    style = js(
        qtbot,
        window.preview.page(),
        "getComputedStyle(document.getElementById('article')).borderTopWidth",
    )
    assert style == "7px"


def test_text_mirror_matches_the_editor_through_edits(qtbot, window, tmp_path):
    open_and_wait(qtbot, window, write(tmp_path, ARTICLE))
    editor = window.editor
    mirror = window.editor.text_mirror
    assert mirror.text() == editor.toPlainText()
    resyncs = mirror.resyncs
    type_here = QTextCursor(editor.document().findBlockByNumber(6))
    editor.setTextCursor(type_here)
    qtbot.keyClicks(editor, "Typed ")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    editor.selectAll()
    cursor = editor.textCursor()
    cursor.setPosition(3)
    cursor.setPosition(40, QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText("x\ny")
    assert mirror.text() == editor.toPlainText()
    assert mirror.resyncs == resyncs  # followed edit by edit, never re-read the document
    window.actions.undo.trigger()
    assert mirror.text() == editor.toPlainText()
    editor.textCursor().insertText("emoji 😀 here")  # astral: positions stop matching
    assert mirror.text() == editor.toPlainText()
    qtbot.keyClicks(editor, " more")
    assert mirror.text() == editor.toPlainText()


def test_long_article_shows_its_beginning_first_then_all_of_it(qtbot, window, tmp_path):
    text = long_article(150_000)
    last = [line for line in text.splitlines() if line.startswith("## Trial")][-1][3:]
    path = write(tmp_path, text, "long.md")
    with qtbot.waitSignal(window.preview_updated, timeout=30_000):
        assert window.open_path(path)
    page = window.preview.page()
    assert last not in js(qtbot, page, "document.body.innerText")  # only the beginning yet
    qtbot.waitUntil(lambda: last in js(qtbot, page, "document.body.innerText"), timeout=60_000)


def test_preview_script_is_valid_javascript():
    """preview.js is linted like code: node parses it (where node is installed)."""
    import shutil
    import subprocess

    import pytest

    from articleeditor.resources import resource_path

    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed")
    result = subprocess.run(
        [node, "--check", str(resource_path("preview", "preview.js"))],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr


def _page_background(qtbot, window) -> str:
    from PySide6.QtWebEngineCore import QWebEngineScript

    result: list[str] = []
    window.preview.page().runJavaScript(
        "getComputedStyle(document.body).backgroundColor",
        QWebEngineScript.ScriptWorldId.ApplicationWorld,
        result.append,
    )
    qtbot.waitUntil(lambda: bool(result), timeout=10_000)
    return result[0]


def _lightness(css_rgb: str) -> float:
    import re

    red, green, blue = (int(v) for v in re.findall(r"\d+", css_rgb)[:3])
    return (max(red, green, blue) + min(red, green, blue)) / 2


def test_preview_follows_a_dark_palette(qtbot, window, tmp_path):
    from PySide6.QtGui import QColor, QPalette

    path = tmp_path / "a.md"
    path.write_text(ARTICLE, encoding="utf-8")
    open_and_wait(qtbot, window, path)
    dark = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#202124"),
        (QPalette.ColorRole.Base, "#1b1b1d"),
        (QPalette.ColorRole.WindowText, "#e8eaed"),
        (QPalette.ColorRole.Text, "#e8eaed"),
    ):
        dark.setColor(role, QColor(colour))
    window.preview.setPalette(dark)
    qtbot.waitUntil(lambda: _lightness(_page_background(qtbot, window)) < 60, timeout=10_000)
    window.preview.setPalette(QPalette(QColor("#f0f0f0")))
    qtbot.waitUntil(lambda: _lightness(_page_background(qtbot, window)) > 200, timeout=10_000)


def test_standalone_export_refuses_an_image_outside_the_article_and_site(
    qtbot, window, tmp_path, monkeypatch, dialogs
):
    private = tmp_path / "private"
    private.mkdir()
    (private / "photo.png").write_bytes(PNG)
    folder = tmp_path / "drafts"
    folder.mkdir()
    open_and_wait(qtbot, window, write(folder, ARTICLE + "\n![p](../private/photo.png)\n"))
    target = tmp_path / "out.html"
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *_a, **_k: (str(target), "")
    )
    window.actions.export_html.trigger()
    assert not target.exists()
    title, message = dialogs.shown[-1]
    assert title == "Not exported"
    assert "'../private/photo.png' points to" in message and str(private) in message
