"""The preview's section cache gives exactly the page a whole render gives."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from articleeditor.core.bibstore import BibliographyStore
from articleeditor.core.render import SegmentCache, render_article

PIECES = [
    "# Head",
    "## Sub",
    "para text",
    "- item",
    "1. one",
    "> quote",
    "```",
    "~~~",
    "    indented",
    "| a | b |",
    "|---|---|",
    "Setext",
    "---",
    "*em* **b**",
    "",
    "",
    "#",
]
FRONT = "---\ntitle: T\n---\n"


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(st.sampled_from(PIECES), max_size=25), min_size=1, max_size=4))
def test_cached_render_equals_whole_render_through_edits(versions):
    cache = SegmentCache()
    for lines in versions:  # each version is an edit of the same article
        text = FRONT + "\n".join(lines) + "\n"
        assert render_article(text, cache=cache) == render_article(text)


# Lines of science articles: citations (bracketed, bare, grouped, in lists, tables, code),
# footnote markers and definitions (with continuation lines), reference links and
# their definitions, abbreviations.
GLOBAL_PIECES = [
    "Cites [@ant].",
    "@bee said so",
    "[@cat; @ant]",
    "- item [@dog]",
    "| [@bee] | x |",
    "Note[^a] here",
    "Other[^b] [-@cat]",
    "[^a]: Note A [@cat]",
    "[^b]: Note B @ant",
    "    more of the note [@dog]",
    "[x][r1] link",
    "[r1]: /one",
    "[r2]: /two 'T'",
    "see [r2]",
    "*[HTML]: Hyper Text",
    "HTML text",
    "`[@ant]`",
    "[@nobody]",
    "Again[^a]",
]
REFS_FRONT = (
    "---\ntitle: T\nreferences:\n"
    + "".join(
        f"  - id: {key}\n    type: book\n    title: {key.title()} book\n"
        f"    author: [{{family: {key.title()}, given: A.}}]\n"
        f"    issued: {{date-parts: [[2020]]}}\n"
        for key in ("ant", "bee", "cat", "dog")
    )
    + "---\n"
)


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from([FRONT, REFS_FRONT]),
    st.lists(
        st.lists(st.sampled_from(PIECES + GLOBAL_PIECES), max_size=25), min_size=1, max_size=4
    ),
)
def test_cached_render_equals_whole_render_with_citations_notes_links_abbreviations(
    front, versions
):
    cache = SegmentCache()
    for lines in versions:  # each version is an edit of the same article
        text = front + "\n".join(lines) + "\n"
        assert render_article(text, cache=cache) == render_article(text)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.lists(st.sampled_from(PIECES + GLOBAL_PIECES), max_size=6), min_size=9, max_size=14
    ),
    st.data(),
)
def test_a_cold_whole_render_filed_by_section_equals_whole_renders_after_edits(parts, data):
    # More sections than the cache renders one by one from cold: it renders the article whole
    # and files the blocks by section, then edits render sections against those.
    cache = SegmentCache()
    for _edit in range(3):
        text = REFS_FRONT + "".join(
            f"# Part {n}\n\n" + "\n".join(lines) + "\n\n" for n, lines in enumerate(parts)
        )
        assert render_article(text, cache=cache) == render_article(text)
        index = data.draw(st.integers(0, len(parts) - 1))
        parts[index] = [*parts[index], data.draw(st.sampled_from(PIECES + GLOBAL_PIECES))]


def test_an_edit_renders_only_its_section():
    sections = [f"# Part {n}\n\nText of part {n}.\n" for n in range(30)]
    cache = SegmentCache()
    render_article(FRONT + "\n".join(sections), cache=cache)
    before = cache.misses
    sections[7] = sections[7].replace("Text", "Edited text")
    edited = FRONT + "\n".join(sections)
    assert render_article(edited, cache=cache) == render_article(edited)
    assert cache.misses == before + 1


def test_raw_html_and_review_marks_send_the_article_to_a_whole_render():
    cache = SegmentCache()
    for text in (
        "# A\n\n<div>\n\n# B\n\n</div>\n",
        "# A\n\n{++new++}\n\n# B\n\nx\n",
        "# A\n\n[TOC]\n\n# B\n\nx\n",
    ):
        assert render_article(FRONT + text, cache=cache) == render_article(FRONT + text)
    assert cache.misses == 0


REFS = "".join(
    f"  - id: {key}\n    type: book\n    title: {key.title()} book\n"
    f"    author: [{{family: {key.title()}, given: A.}}]\n    issued: {{date-parts: [[2020]]}}\n"
    for key in ("ant", "bee", "cat", "dog")
)
KEYS = ("ant", "bee", "cat", "dog")
SCIENCE_FRONT = f"---\ntitle: T\nreferences:\n{REFS}---\n"


def test_an_edit_renders_only_its_section_with_citations_notes_links_and_abbreviations():
    sections = [
        f"# Part {n}\n\nText of part {n} cites [@{KEYS[n % 4]}] and HTML[^n{n}] with "
        f"[a link][l{n % 3}].\n\n"
        f"[^n{n}]: Note {n} cites @bee.\n"
        for n in range(20)
    ]
    ends = "\n*[HTML]: Hypertext\n\n[l0]: /zero\n[l1]: /one\n[l2]: /two 'Two'\n"
    cache = SegmentCache()
    text = SCIENCE_FRONT + "\n".join(sections) + ends
    assert render_article(text, cache=cache) == render_article(text)
    before, tails = cache.misses, cache.tail_renders
    sections[7] = sections[7].replace("Text", "Edited text")
    edited = SCIENCE_FRONT + "\n".join(sections) + ends
    assert render_article(edited, cache=cache) == render_article(edited)
    assert cache.misses == before + 1
    assert cache.tail_renders == tails  # the bibliography and the notes did not change

    # A new first citation renumbers every section citing a work: rendered again, whole.
    sections[0] = sections[0].replace("Text of", "Text [@dog] of")
    renumbered = SCIENCE_FRONT + "\n".join(sections) + ends
    assert render_article(renumbered, cache=cache) == render_article(renumbered)
    # A new citation of a cited work changes no number: one section, the list as it was.
    before = cache.misses
    sections[9] = sections[9].replace("Text of", "Text [@ant] of")
    cited_again = SCIENCE_FRONT + "\n".join(sections) + ends
    assert render_article(cited_again, cache=cache) == render_article(cited_again)
    assert cache.misses == before + 1 and cache.tail_renders == tails
    # A note edited: its section and the footnote list render again.
    sections[3] = sections[3].replace("Note 3 cites", "Note 3 now cites")
    noted = SCIENCE_FRONT + "\n".join(sections) + ends
    assert render_article(noted, cache=cache) == render_article(noted)
    assert cache.misses == before + 2 and cache.tail_renders == tails + 1


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
    assert text.startswith(head) and text[len(head) :].startswith("\n# Part")
    assert leading_part(text, len(text)) is None
    assert leading_part("x" * 5000, 1000) is None  # no heading to cut at
    # A "# comment" in a fence is code: the quick preview never cuts a fence in half.
    fenced = FRONT + "word " * 300 + "\n\n```sh\n\n# comment\n```\n\n# Real\n\nEnd.\n"
    head = leading_part(fenced, 1000)
    assert head is not None and fenced[len(head) :].startswith("\n# Real")
    # Front matter is not shown: a long bibliography in it does not make the body long.
    long_front = REFS_FRONT.replace("title: T\n", "title: T\nabstract: " + "w" * 5000 + "\n")
    short_body = "".join(f"# Part {n}\n\nText.\n\n" for n in range(20))
    assert leading_part(long_front + short_body, 1000) is None
    head = leading_part(long_front + text.split("---\n", 2)[2], 1000)
    assert head is not None and len(long_front) + 1000 < len(head) < len(long_front) + 1400


def test_leading_part_brings_the_definitions_its_first_screen_needs():
    from articleeditor.core.render import leading_part

    parts = "".join(f"# Part {n}\n\n{'word ' * 40}\n\n" for n in range(50))
    text = (
        FRONT
        + "A *HTML* note[^n] and a [report][r].\n\n"
        + parts
        + "```\n[x]: http://in-code.example\n```\n\n"
        + "[^n]: The note's text,\n    over two lines.\n\n"
        + '[r]: https://example.org/report "The report"\n\n*[HTML]: HyperText Markup Language\n'
    )
    head = leading_part(text, 1000)
    assert head is not None
    cut = text.index("\n# Part", 1000)
    assert head.startswith(text[:cut])
    assert head[cut:] == (
        "\n[^n]: The note's text,\n    over two lines.\n\n"
        '[r]: https://example.org/report "The report"\n\n*[HTML]: HyperText Markup Language\n\n'
    )
    first = render_article(head).body_html
    assert "[^n]" not in first and "[report][r]" not in first
    # The first screen shows the paragraph exactly as the whole article's render does.
    whole = render_article(text).body_html
    assert first.split("</p>", 1)[0] == whole.split("</p>", 1)[0]


def test_repeated_headings_are_numbered_on_across_sections_without_a_whole_render():
    # A changelog: "### Features" under every version, reference links defined at the end.
    versions = [
        f"## {n}.0\n\n### Features\n\n- Thing [#{n}][]\n\n### Fixes\n\n- Bug [#{n}b][]\n"
        for n in range(12)
    ]
    links = "".join(f"[#{n}]: https://x.org/{n}\n[#{n}b]: https://x.org/{n}b\n" for n in range(12))
    cache = SegmentCache()
    text = FRONT + "\n".join(versions) + "\n" + links
    assert render_article(text, cache=cache) == render_article(text)
    assert 'id="features_11"' in render_article(text).body_html
    before = cache.misses
    versions[4] = versions[4].replace("Thing", "Better thing")
    edited = FRONT + "\n".join(versions) + "\n" + links
    assert render_article(edited, cache=cache) == render_article(edited)
    assert cache.misses == before + 1


def _without_bibliography(blocks: tuple[str, ...]) -> list[str]:
    return [b.rstrip("\n") for b in blocks if not b.startswith('<section class="references"')]


@settings(max_examples=120, deadline=None)
@given(
    front=st.sampled_from([FRONT, REFS_FRONT]),
    versions=st.lists(
        st.lists(st.sampled_from(PIECES + GLOBAL_PIECES), max_size=25), min_size=1, max_size=3
    ),
    with_store=st.booleans(),
)
def test_a_first_render_shows_the_body_first_and_then_equals_a_whole_render(
    front, versions, with_store, tmp_path_factory
):
    # An article just opened: the body may come first (its numbers, no bibliography yet); the
    # next render of the same cache adds the bibliography and equals a whole render.
    store = BibliographyStore(tmp_path_factory.mktemp("bib")) if with_store else None
    cache = SegmentCache(store=store)
    for lines in versions:
        text = front + "\n".join(lines) + "\n"
        whole = render_article(text)
        first = render_article(text, cache=cache, defer_bibliography=True)
        if first.complete:
            assert first == whole
        else:
            assert _without_bibliography(first.blocks) == _without_bibliography(whole.blocks)
            assert '<section class="references"' in whole.body_html
            assert '<section class="references"' not in first.body_html
        final = render_article(text, cache=cache)
        assert final.complete and final == whole


def test_a_stored_bibliography_is_not_deferred_on_the_next_opening(tmp_path):
    store = BibliographyStore(tmp_path)
    text = REFS_FRONT + "# One\n\nCites [@ant] and [@dog].\n\n# Two\n\nAnd [@bee].\n"
    first = render_article(text, cache=SegmentCache(store=store), defer_bibliography=True)
    assert not first.complete  # nothing stored yet: the body first
    assert render_article(text, cache=SegmentCache(store=store)) == render_article(text)
    # Another process (a new cache) opening the same article: the References at once.
    again = render_article(text, cache=SegmentCache(store=store), defer_bibliography=True)
    assert again.complete and again == render_article(text)
