"""A plain site's published page, served over HTTP, shows its own image (its CSP allows the
page's origin), and still loads nothing from elsewhere."""

from __future__ import annotations

import functools
import http.server
import json
import threading
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineScript

from articleeditor.core.article import Article
from articleeditor.core.publish import publish
from articleeditor.core.site import load_site
from tests.e2e.test_generators import PNG

DRAFT = """---
title: Served page
date: 2026-10-14
summary: s
---

![a figure](images/fig.png)

![elsewhere](http://127.0.0.1:9/remote.png)
"""


@pytest.fixture
def served(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    (site / "articleeditor.toml").write_text('[site]\ngenerator = "plain"\n', "utf-8")
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / "fig.png").write_bytes(PNG)
    draft = tmp_path / "draft.md"
    draft.write_text(DRAFT, encoding="utf-8")
    publish(Article.load(draft), load_site(site), now=datetime(2026, 11, 1, tzinfo=UTC))
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/published/served-page.html"
    server.shutdown()
    server.server_close()


def test_published_plain_page_loads_its_own_image_over_http(qtbot, served):
    from articleeditor.ui.app import create_application

    create_application()
    page = QWebEnginePage()
    with qtbot.waitSignal(page.loadFinished, timeout=20_000) as loaded:
        page.load(QUrl(served))
    assert loaded.args[0] is True
    widths: list[object] = []

    def measure() -> bool:
        page.runJavaScript(
            "JSON.stringify(Array.from(document.images).map("
            "i => [i.getAttribute('src'), i.naturalWidth]))",
            QWebEngineScript.ScriptWorldId.ApplicationWorld,
            widths.append,
        )
        if not widths or not widths[-1]:
            return False
        found = json.loads(str(widths[-1]))
        return bool(found) and all(w for src, w in found if "remote" not in src)

    qtbot.waitUntil(measure, timeout=10_000)
    sizes = dict(json.loads(str(widths[-1])))
    assert sizes["served-page/fig.png"] == 1
    assert sizes.get("http://127.0.0.1:9/remote.png", 0) == 0
