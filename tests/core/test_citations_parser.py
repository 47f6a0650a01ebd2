"""Pandoc citation syntax: units plus hypothesis properties."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from articleeditor.core.citations import (
    CiteItem,
    find_undefined_citations,
    parse_citations,
)


def test_bracketed_group_with_locator_prefix_and_suppressed_author():
    (group,) = parse_citations("As shown [see @smith2020, p. 3; -@doe].")
    assert group.bracketed
    assert group.items == (
        CiteItem("smith2020", prefix="see", locator="p. 3"),
        CiteItem("doe", suppress_author=True),
    )


def test_bare_key_drops_trailing_punctuation_and_odd_keys_in_braces():
    groups = parse_citations("@smith2020. Also @{odd key!} and @a:b.c;")
    assert [g.keys for g in groups] == [["smith2020"], ["odd key!"], ["a:b.c"]]
    assert not any(g.bracketed for g in groups)


def test_emails_code_spans_and_code_blocks_are_not_citations():
    text = "Mail me@example.org or `[@code]`.\n\n```\n[@fenced]\n```\n\n    @indented\n\nok [@real]"
    assert [g.keys for g in parse_citations(text)] == [["real"]]


def test_links_are_not_citation_groups():
    assert parse_citations("[text](https://x.org/@user)") == []


def test_undefined_citations_report_body_lines():
    body = "Intro [@known].\n\nLater [@missing; @known] and @gone\n"
    assert find_undefined_citations(body, [{"id": "known"}]) == [("missing", 3), ("gone", 3)]


_KEYS = st.from_regex(r"[A-Za-z][A-Za-z0-9_]{0,8}([:.\-][A-Za-z0-9]{1,4})?", fullmatch=True)
# (no tab: a line opening with one is indented code, where nothing is a citation)
_TEXT = st.text(alphabet=st.characters(blacklist_characters="@[]`\\\t"), max_size=40)


@given(st.lists(st.tuples(_TEXT, st.lists(_KEYS, min_size=1, max_size=3)), max_size=5), _TEXT)
def test_rendered_spans_cover_exactly_the_citation_text(chunks, tail):
    text, expected = "", []
    for filler, keys in chunks:
        text += filler + " "
        start = len(text)
        text += "[" + "; ".join("@" + k for k in keys) + "]"
        expected.append((start, len(text), keys))
    text += " " + tail
    groups = parse_citations(text)
    assert [(g.start, g.end, g.keys) for g in groups] == expected
    for group in groups:
        assert text[group.start] == "[" and text[group.end - 1] == "]"


@given(st.text(alphabet=st.characters(blacklist_characters="@")))
def test_text_without_at_sign_has_no_citations(text):
    assert parse_citations(text) == []


@given(st.text(alphabet=st.characters(blacklist_characters="`\n"), max_size=60))
def test_code_spans_never_yield_citations(inner):
    text = f"before `` {inner} `` after"
    if "``" in inner:
        return
    assert all(g.start < 7 or g.start > 10 + len(inner) for g in parse_citations(text))
