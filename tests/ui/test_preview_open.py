"""Opening an article: its first render is asked for before the editor is filled, and the
preview never shows the previous article's text as the new one's, whatever folder each is in."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWebEngineCore import QWebEngineScript

from articleeditor.ui.worker_jobs import render_preview
from articleeditor.ui.workers import ProcessChannel

WORLD = QWebEngineScript.ScriptWorldId.ApplicationWorld
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360f8ffff3f0005fe02fea7d6a4b00000000049454e44ae426082"
)


def article(title: str, word: str, paragraphs: int = 40) -> str:
    body = "".join(f"Paragraph {n} about the {word} and its habits.\n\n" for n in range(paragraphs))
    return f"---\ntitle: {title}\n---\n# {title}\n\n{body}"


def page_text(qtbot, window) -> str:
    """The whole page's text, header and body, as the preview shows it now."""
    result: list[object] = []
    window.preview.page().runJavaScript("document.body.innerText", WORLD, result.append)
    qtbot.waitUntil(lambda: bool(result), timeout=10_000)
    return str(result[0] or "")


def open_and_show(qtbot, window, path: Path, word: str) -> None:
    assert window.open_path(path)
    qtbot.waitUntil(lambda: word in page_text(qtbot, window), timeout=30_000)


class PagePoller:
    """Reads the page's text every few milliseconds; only reads asked for after ``start``
    count (page scripts answer in the order they were asked)."""

    def __init__(self, window) -> None:
        self.window = window
        self.seen: list[str] = []
        self.timer = QTimer()
        self.timer.setInterval(3)
        self.timer.timeout.connect(self._read)

    def start(self) -> None:
        self._read()  # at once: the new article's render may come at the next event
        self.timer.start()

    def _read(self) -> None:
        self.window.preview.page().runJavaScript(
            "document.body.innerText", WORLD, lambda text: self.seen.append(str(text or ""))
        )

    def stop(self, qtbot) -> None:
        self.timer.stop()
        answered: list[object] = []
        self.window.preview.page().runJavaScript("1", WORLD, answered.append)
        qtbot.waitUntil(lambda: bool(answered), timeout=10_000)


@pytest.mark.parametrize("where", ["other-folder", "site-folder", "same-folder"])
def test_opening_another_article_never_shows_the_previous_one(qtbot, window, tmp_path, site, where):
    first_folder, second_folder = tmp_path / "one", tmp_path / "two"
    first_folder.mkdir()
    second_folder.mkdir()
    if where == "site-folder":
        second_folder = site / "content"
    elif where == "same-folder":
        second_folder = first_folder
    first = first_folder / "first.md"
    first.write_text(article("Aardvarks", "aardvark"), encoding="utf-8")
    second = second_folder / "second.md"
    second.write_text(article("Zebras", "zebra"), encoding="utf-8")
    open_and_show(qtbot, window, first, "aardvark")

    poller = PagePoller(window)
    rendered_then: list[str] = []
    # What the preview holds as its article must never be the previous one either.
    window.preview.updated.connect(
        lambda: rendered_then.append(
            window.preview.rendered.body_html if window.preview.rendered else ""
        )
    )
    assert window.open_path(second)
    poller.start()  # the first read is asked for after open_path returned
    qtbot.waitUntil(lambda: any("zebra" in text for text in poller.seen), timeout=30_000)
    qtbot.wait(300)  # and for a while after the new article is shown
    poller.stop(qtbot)

    assert len(poller.seen) > 3
    assert [text for text in poller.seen if "aardvark" in text.lower()] == []
    assert all("aardvark" not in body for body in rendered_then)
    assert "Zebras" in page_text(qtbot, window)


def test_images_resolve_in_the_new_articles_folder(qtbot, window, tmp_path):
    """The page shell stays, so relative images must follow the article's folder."""
    first_folder, second_folder = tmp_path / "one", tmp_path / "two"
    (second_folder / "img").mkdir(parents=True)
    first_folder.mkdir()
    (second_folder / "img" / "dot.png").write_bytes(PNG)
    (first_folder / "first.md").write_text(article("Aardvarks", "aardvark", 2), "utf-8")
    second = second_folder / "second.md"
    second.write_text(article("Zebras", "zebra", 2) + "![dot](img/dot.png)\n", "utf-8")
    open_and_show(qtbot, window, first_folder / "first.md", "aardvark")
    open_and_show(qtbot, window, second, "zebra")

    def image_width() -> object:
        result: list[object] = []
        window.preview.page().runJavaScript(
            "(function(){var i = document.querySelector('#article-body img');"
            " return i ? i.naturalWidth : -1;})()",
            WORLD,
            result.append,
        )
        qtbot.waitUntil(lambda: bool(result), timeout=10_000)
        return result[0]

    qtbot.waitUntil(lambda: image_width() == 1, timeout=10_000)
    assert any(url.endswith("/two/img/dot.png") for url in window.preview.guard.allowed)


def test_the_first_render_is_asked_for_before_the_editor_is_filled(
    qtbot, window, tmp_path, monkeypatch
):
    path = tmp_path / "order.md"
    text = article("Order", "ordering", 5)
    path.write_text(text, encoding="utf-8")
    events: list[tuple[str, str]] = []
    submit, load = ProcessChannel.submit_on_text, type(window.editor).load_text

    def recording_submit(channel, function, job_text, *args):
        if function is render_preview:  # not the checks of the other process
            events.append(("render", job_text))
        return submit(channel, function, job_text, *args)

    def recording_load(editor, loaded_text):
        events.append(("editor", loaded_text))
        return load(editor, loaded_text)

    monkeypatch.setattr(ProcessChannel, "submit_on_text", recording_submit)
    monkeypatch.setattr(type(window.editor), "load_text", recording_load)
    assert window.open_path(path)

    kinds = [kind for kind, _text in events]
    assert "render" in kinds and "editor" in kinds
    assert kinds.index("render") < kinds.index("editor")
    assert events[kinds.index("render")][1] == text  # the file's text, not the empty editor
    # One first render: the panels filled afterwards do not ask for another.
    assert kinds.count("render") == 1
    qtbot.waitUntil(lambda: "ordering" in page_text(qtbot, window), timeout=30_000)


def test_a_footnote_link_still_stays_on_the_page_in_the_new_folder(qtbot, window, tmp_path):
    """Links such as "#fn:1" resolve against the new folder's <base>: following one must
    scroll the page, not load that folder."""
    first_folder, second_folder = tmp_path / "one", tmp_path / "two"
    first_folder.mkdir()
    second_folder.mkdir()
    (first_folder / "first.md").write_text(article("Aardvarks", "aardvark", 2), "utf-8")
    second = second_folder / "second.md"
    second.write_text(
        article("Zebras", "zebra", 2).replace("Paragraph 0", "Paragraph[^n] 0", 1)
        + "".join(f"Filler {n}.\n\n" for n in range(80))
        + "[^n]: The zebra note.\n",
        "utf-8",
    )
    open_and_show(qtbot, window, first_folder / "first.md", "aardvark")
    open_and_show(qtbot, window, second, "zebra")
    page = window.preview.page()
    before = window.preview.url()

    def run(script: str) -> object:
        result: list[object] = []
        page.runJavaScript(script, WORLD, result.append)
        qtbot.waitUntil(lambda: bool(result), timeout=10_000)
        return result[0]

    rect = json.loads(
        str(
            run(
                "(function(){var r = document.querySelector('a.footnote-ref')"
                ".getBoundingClientRect();"
                " return JSON.stringify([r.left + r.width / 2, r.top + r.height / 2]);})()"
            )
        )
    )
    zoom = window.preview.zoomFactor()
    point = QPoint(int(rect[0] * zoom), int(rect[1] * zoom))
    QTest.mouseClick(
        window.preview.focusProxy(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        point,
    )
    qtbot.waitUntil(lambda: run("window.scrollY") > 0, timeout=10_000)
    qtbot.wait(300)
    assert window.preview.url() == before
    assert "The zebra note" in page_text(qtbot, window)
