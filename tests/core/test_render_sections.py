"""The preview's section cache gives exactly the page a whole render gives."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from articleeditor.core.render import SegmentCache, render_article

PIECES = ["# Head", "## Sub", "para text", "- item", "1. one", "> quote", "```", "~~~",
          "    indented", "| a | b |", "|---|---|", "Setext", "---", "*em* **b**", "", "", "#"]
FRONT = "---\ntitle: T\n---\n"


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(st.sampled_from(PIECES), max_size=25), min_size=1, max_size=4))
def test_cached_render_equals_whole_render_through_edits(versions):
    cache = SegmentCache()
    for lines in versions:  # each version is an edit of the same article
        text = FRONT + "\n".join(lines) + "\n"
        assert render_article(text, cache=cache) == render_article(text)


def test_an_edit_renders_only_its_section():
    sections = [f"# Part {n}\n\nText of part {n}.\n" for n in range(30)]
    cache = SegmentCache()
    render_article(FRONT + "\n".join(sections), cache=cache)
    before = cache.misses
    sections[7] = sections[7].replace("Text", "Edited text")
    edited = FRONT + "\n".join(sections)
    assert render_article(edited, cache=cache) == render_article(edited)
    assert cache.misses == before + 1


def test_articles_with_document_wide_constructs_are_rendered_whole():
    cache = SegmentCache()
    for text in ("# A\n\nSee[^1].\n\n# B\n\n[^1]: note\n", "# A\n\n[x][r]\n\n# B\n\n[r]: /u\n",
                 "# A\n\n<div>\n\n# B\n\n</div>\n", "# A\n\nCited [@key].\n"):
        assert render_article(FRONT + text, cache=cache) == render_article(FRONT + text)
    assert cache.misses == 0


def test_a_rendered_article_survives_the_trip_to_the_preview_process():
    import pickle

    text = FRONT + "# A\n\nBody.\n\n# B\n\nMore.\n"
    rendered = render_article(text)
    assert pickle.loads(pickle.dumps(rendered)) == rendered


def test_leading_part_ends_before_a_heading_past_the_size():
    from articleeditor.core.render import leading_part

    text = FRONT + "".join(f"# Part {n}\n\n{'word ' * 40}\n\n" for n in range(50))
    head = leading_part(text, 1000)
    assert head is not None and 1000 < len(head) < 1400
    assert text.startswith(head) and text[len(head):].startswith("\n# Part")
    assert leading_part(text, len(text)) is None
    assert leading_part("x" * 5000, 1000) is None  # no heading to cut at
