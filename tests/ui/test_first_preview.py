"""Opening a science article: the body may be shown before its References, and the preview
ends as the whole render (the pipeline Publish uses)."""

from __future__ import annotations

from articleeditor.core.render import render_article
from tests.ui.conftest import preview_text, settle_preview

KEYS = ("ant", "bee", "cat", "dog", "eel")
ARTICLE = (
    "---\ntitle: Science\nreferences:\n"
    + "".join(
        f"  - id: {key}\n    type: article-journal\n    title: The {key} study\n"
        f"    author: [{{family: {key.title()}, given: Ann}}]\n"
        f"    container-title: Nature\n    issued: {{date-parts: [[2021]]}}\n"
        for key in KEYS
    )
    + "---\n"
    + "".join(
        f"# Part {n}\n\nA finding [@{KEYS[n % 5]}] and @{KEYS[(n + 2) % 5]} said so.[^n{n}]\n\n"
        f"- listed [@{KEYS[(n + 1) % 5]}; @{KEYS[(n + 3) % 5]}]\n\n[^n{n}]: A note [@ant].\n\n"
        for n in range(12)
    )
)


def test_opening_a_science_article_ends_with_the_whole_render(qtbot, window, tmp_path):
    path = tmp_path / "science.md"
    path.write_bytes(ARTICLE.encode("utf-8"))
    shown = []
    assert window.open_path(path)
    # The opened article's own channel (its tab's); its results arrive through the event loop.
    window.render_runner.done.connect(shown.append)
    whole = render_article(ARTICLE, window.render_options)
    qtbot.waitUntil(lambda: bool(shown) and shown[-1].complete, timeout=30_000)
    settle_preview(qtbot, window)
    # Never formatted before (a fresh cache folder): the body came first, then the References.
    assert not shown[0].complete and len(shown) >= 2
    assert window.preview.rendered.body_html == whole.body_html
    assert 'id="ref-eel"' in window.preview.rendered.body_html
    # Everything shown on the way was the whole render's body, without invented text.
    body_blocks = [b.rstrip("\n") for b in whole.blocks]
    for partial in shown:
        assert all(block.rstrip("\n") in body_blocks for block in partial.blocks)
    # The page itself shows the References, numbered as the body cites them.
    assert "The eel study" in preview_text(qtbot, window, "references")
