"""The one pipeline keeps pages safe and offline: scripts, handlers, frames, forms and
network images never reach the page; the standalone export is self-contained."""

from __future__ import annotations

import pytest

from articleeditor.core.page import page_css, page_html, standalone_html
from articleeditor.core.render import RenderOptions, render_article, render_markdown
from articleeditor.core.sanitize import is_remote_url

HOSTILE = """
<script>document.title = 'pwned'</script>

<img src="x.png" onerror="document.title='pwned'">

[click](javascript:alert(1)) and <a href="javascript:alert(2)">raw</a>

<iframe src="https://example.org/"></iframe>

<form action="https://example.org/"><input name="q"><button>Go</button></form>

<div onclick="alert(3)" style="background:url(https://example.org/t.png)">box</div>
"""


def test_scripts_handlers_js_urls_iframes_and_forms_are_removed():
    html = render_markdown(HOSTILE).lower()
    for banned in (
        "<script",
        "onerror",
        "javascript:",
        "<iframe",
        "<form",
        "onclick",
        "style=",
        "<button",
        "<input",
    ):
        assert banned not in html, banned
    assert "box" in html and "click" in html


def test_remote_images_become_a_placeholder_naming_the_url():
    text = '![chart](https://example.org/chart.png)\n\n<img src="//cdn.example.org/a.png">\n'
    html = render_markdown(text)
    assert "<img" not in html
    assert "https://example.org/chart.png" in html and "//cdn.example.org/a.png" in html
    assert html.count('class="remote-image"') == 2
    allowed = render_markdown(text, RenderOptions(remote_images=True))
    assert allowed.count("<img") == 2


def test_local_images_stay_images():
    html = render_markdown("![a](images/a.png) ![b](/abs/b.png)")
    assert html.count("<img") == 2 and "remote-image" not in html


def test_page_policy_allows_no_script_and_network_only_for_allowed_images():
    page = page_html(render_article("# T\n"))
    assert "default-src 'none'" in page and "script-src" not in page
    assert "img-src 'self' file: data:;" in page
    assert "https:" in page_html(None, remote_images=True).split("img-src", 1)[1].split(";")[0]


def test_site_css_comes_after_the_default(tmp_path):
    css = tmp_path / "site.css"
    css.write_text("body { color: rebeccapurple; }", encoding="utf-8")
    text = page_css(RenderOptions(css=css))
    assert text.index("rebeccapurple") > text.index("--text")


def test_standalone_html_embeds_local_images(tmp_path):
    png = bytes.fromhex(
        "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
        "1f15c4890000000d49444154789c6360f8ffff3f0005fe02fea7d6a4b00000000049454e44ae426082"
    )
    (tmp_path / "img").mkdir()
    (tmp_path / "img" / "dot.png").write_bytes(png)
    rendered = render_article("---\ntitle: T\n---\n![dot](img/dot.png) ![gone](nope.png)\n")
    page = standalone_html(rendered, tmp_path)
    assert 'src="data:image/png;base64,' in page
    assert 'src="nope.png"' in page  # a missing file stays as it was
    assert "--text" in page  # the stylesheet is inside


REMOTE_VARIANTS = [
    "HTTPS://example.org/a.png",
    "HtTp://example.org/a.png",
    " https://example.org/a.png",
    "\thttps://example.org/a.png",
    "h&#9;ttps://example.org/a.png",
    "&#104;ttps://example.org/a.png",
    "//example.org/a.png",
    " //example.org/a.png",
    "\\\\example.org/a.png",
    "/\\example.org/a.png",
    "https:example.org/a.png",
    "https:/example.org/a.png",
]


@pytest.mark.parametrize("url", REMOTE_VARIANTS)
def test_every_spelling_of_a_remote_image_becomes_a_placeholder(url):
    html = render_markdown(f'<img src="{url}" alt="x">\n')
    assert "<img" not in html and 'class="remote-image"' in html
    assert is_remote_url(url)


@pytest.mark.parametrize("url", ["![a](HTTPS://example.org/a.png)", "![a]( //example.org/a.png)"])
def test_markdown_images_with_odd_spellings_are_placeholders_too(url):
    assert "<img" not in render_markdown(url)


@pytest.mark.parametrize(
    "url",
    [
        "a.png",
        "images/a.png",
        "/abs/a.png",
        "file:///x/a.png",
        "data:image/png;base64,AAAA",
        "./https/a.png",
    ],
)
def test_local_sources_are_not_remote(url):
    assert not is_remote_url(url)
