"""Text runs dense with character references are split before nh3 parses them (its time grew
with the square of their number); the sanitised HTML is the same as without the split."""

from __future__ import annotations

from pathlib import Path

import nh3
from hypothesis import given, settings
from hypothesis import strategies as st

from articleeditor.core import sanitize as sanitize_module
from articleeditor.core.render import render_markdown
from articleeditor.core.sanitize import _POLICY, _split_long_text, sanitize

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "sample-site" / "content"


def _unsplit(fragment: str) -> str:
    """What ``sanitize`` gave before text runs were split."""
    return sanitize_module._FORM_INPUT_RE.sub("", nh3.clean(fragment, **_POLICY))


_PIECES = st.sampled_from(
    [
        "&amp;",
        "&lt;",
        "&#",
        "&#169;",
        "&copy",
        "&",
        "a",
        " ",
        "\n",
        "<p>",
        "</p>",
        "<pre><code>",
        "</code></pre>",
        '<a title="&amp;">',
        "</a>",
        "<b>",
        "é",
        "\u00a0",
        "<!-- c -->",
        "<textarea>",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join), st.integers(1, 700))
def test_same_html_as_without_the_split(piece: str, repeat: int) -> None:
    fragment = piece * repeat
    assert sanitize(fragment) == _unsplit(fragment)


def test_a_dense_run_is_split_outside_tags_only() -> None:
    fragment = '<p title="' + "&amp;" * 300 + '">' + "&lt;" * 600 + "</p>"
    split = _split_long_text(fragment)
    assert split.count("<!---->") == 2  # 600 references in the text, none in the attribute
    assert split.startswith('<p title="' + "&amp;" * 300 + '">')
    assert sanitize(fragment) == _unsplit(fragment)


def test_code_full_of_markup_renders_as_before() -> None:
    code = "".join(f'    <div class="c{n}">a &amp; b &lt; c</div>\n' for n in range(400))
    html = render_markdown("Intro\n\n" + code)
    assert html.count("&lt;div") == 400
    assert "<!--" not in html


def test_sample_articles_render_as_before(monkeypatch) -> None:
    for path in sorted(SAMPLES.rglob("*.md")):
        body = path.read_text(encoding="utf-8").split("\n---\n", 1)[-1]
        after = render_markdown(body)
        monkeypatch.setattr(sanitize_module, "_split_long_text", lambda fragment: fragment)
        before = render_markdown(body)
        monkeypatch.undo()
        assert after == before, path.name
