"""CriticMarkup parsing, accepting and rejecting, and the checks Publish uses."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from articleeditor.core.critic import (
    MarkKind,
    StaleMarkError,
    accept,
    accept_all,
    parse_marks,
    reject,
    reject_all,
    review_findings,
    review_problems,
    strip_comments,
    unclosed_marks,
    unresolved_marks,
)

TEXT = (
    "Cases rose {++sharply ++}in {--early --}2025, {~~twelve~>14~~} sites.\n"
    "The {==hazard ratio==}{>>@dana 2026-11-20: check this number<<} was 0.8.\n"
    "{>>@lee: nice lead<<}{==kept==} end\n"
)


def test_parses_every_kind_in_order_with_lines():
    marks = parse_marks(TEXT)
    assert [m.kind for m in marks] == [
        MarkKind.INSERTION,
        MarkKind.DELETION,
        MarkKind.SUBSTITUTION,
        MarkKind.COMMENT,
        MarkKind.COMMENT,
        MarkKind.HIGHLIGHT,
    ]
    assert [m.line for m in marks] == [1, 1, 1, 2, 3, 3]
    sub = marks[2]
    assert (sub.old, sub.new) == ("twelve", "14")
    note = marks[3]
    assert (note.author, note.date, note.comment) == ("dana", "2026-11-20", "check this number")
    assert note.old == "hazard ratio"
    assert (marks[4].author, marks[4].date, marks[4].comment) == ("lee", "", "nice lead")
    assert TEXT[marks[0].start : marks[0].end] == "{++sharply ++}"


def test_comment_without_author_keeps_its_whole_text():
    (mark,) = parse_marks("{>>is this: right?<<}")
    assert (mark.author, mark.comment) == ("", "is this: right?")


def test_accept_all_and_reject_all():
    assert accept_all(TEXT) == (
        "Cases rose sharply in 2025, 14 sites.\nThe hazard ratio was 0.8.\nkept end\n"
    )
    assert reject_all(TEXT) == (
        "Cases rose in early 2025, twelve sites.\nThe hazard ratio was 0.8.\nkept end\n"
    )


def test_accept_and_reject_one():
    marks = parse_marks(TEXT)
    assert accept(TEXT, marks[1]).startswith("Cases rose {++sharply ++}in 2025,")
    assert reject(TEXT, marks[0]).startswith("Cases rose in {--early --}")


def test_a_stale_mark_is_refused():
    mark = parse_marks(TEXT)[0]
    with pytest.raises(StaleMarkError, match="line 1"):
        accept("x" + TEXT, mark)


def test_marks_may_span_lines_and_hold_markdown():
    text = "a {++**new**\n\nparagraph++} b"
    assert accept_all(text) == "a **new**\n\nparagraph b"
    assert reject_all(text) == "a  b"


def test_strip_comments_keeps_suggestions_and_highlighted_words():
    assert strip_comments(TEXT) == (
        "Cases rose {++sharply ++}in {--early --}2025, {~~twelve~>14~~} sites.\n"
        "The hazard ratio was 0.8.\nkept end\n"
    )


def test_unresolved_marks_are_the_suggestions():
    assert [m.kind for m in unresolved_marks(TEXT)] == [
        MarkKind.INSERTION,
        MarkKind.DELETION,
        MarkKind.SUBSTITUTION,
    ]
    assert unresolved_marks(accept_all(TEXT)) == []


def test_review_problems_name_line_and_mark():
    problems = review_problems(TEXT + "Unfinished {++ thought\n")
    assert problems[0] == 'line 1: unresolved insertion "sharply"'
    assert 'line 2: unresolved comment by @dana: "check this number"' in problems
    assert problems[-1] == 'line 4: "{++" is never closed'
    assert review_problems("Plain {text} with braces.\n") == []
    assert review_findings("a\n{--b--}\n")[0] == (2, 'unresolved deletion "b"')


# ----- properties ---------------------------------------------------------------------------

# No braces: plain text then never opens a mark, and contents never close one early.
_plain = st.text(st.characters(blacklist_characters="{}~", blacklist_categories=("Cs",)))
_content = _plain


@st.composite
def _segment(draw):
    """(source, accepted, rejected) for one plain piece or one mark."""
    kind = draw(st.sampled_from(["plain", "ins", "del", "sub", "hl", "note", "hlnote"]))
    a, b = draw(_content), draw(_content)
    return {
        "plain": (a, a, a),
        "ins": ("{++" + a + "++}", a, ""),
        "del": ("{--" + a + "--}", "", a),
        "sub": ("{~~" + a + "~>" + b + "~~}", b, a),
        "hl": ("{==" + a + "==}", a, a),
        "note": ("{>>" + a + "<<}", "", ""),
        "hlnote": ("{==" + a + "==}{>>@" + "x " + b + "<<}", a, a),
    }[kind]


@given(st.lists(_segment(), max_size=8))
def test_accept_all_and_reject_all_on_generated_marks(segments):
    text = "".join(s[0] for s in segments)
    assert accept_all(text) == "".join(s[1] for s in segments)
    assert reject_all(text) == "".join(s[2] for s in segments)
    assert accept_all(strip_comments(text)) == accept_all(text)
    assert review_problems(accept_all(text)) == []


@given(st.lists(_segment(), max_size=8), st.booleans())
def test_resolving_one_at_a_time_equals_resolving_all(segments, accepting):
    text = "".join(s[0] for s in segments)
    expected = accept_all(text) if accepting else reject_all(text)
    resolve = accept if accepting else reject
    while marks := parse_marks(text):
        text = resolve(text, marks[len(marks) // 2])
    assert text == expected


@given(_plain)
def test_plain_text_without_marks_is_unchanged(text):
    assert parse_marks(text) == []
    assert accept_all(text) == text
    assert reject_all(text) == text
    assert strip_comments(text) == text
    assert review_problems(text) == []


@given(st.text())
def test_any_text_parses_and_resolves_without_error(text):
    final = accept_all(text)
    original = reject_all(text)
    assert isinstance(final, str) and isinstance(original, str)
    assert len(parse_marks(final)) <= len(parse_marks(text)) + text.count("{")


# The regular expression CriticMarkup was first read with: the definition the linear scan
# must agree with (it took time quadratic in the number of unclosed openers).
_REFERENCE_RE = re.compile(
    r"\{\+\+(?P<ins>.*?)\+\+\}"
    r"|\{--(?P<del>.*?)--\}"
    r"|\{~~(?P<old>.*?)~>(?P<new>.*?)~~\}"
    r"|\{==(?P<hl>.*?)==\}(?:\{>>(?P<hlnote>.*?)<<\})?"
    r"|\{>>(?P<note>.*?)<<\}",
    re.DOTALL,
)
CRITIC_PIECES = [
    "{++",
    "++}",
    "{--",
    "--}",
    "{~~",
    "~>",
    "~~}",
    "{==",
    "==}",
    "{>>",
    "<<}",
    "{",
    "}",
    "+",
    "-",
    "~",
    "=",
    ">",
    "<",
    "a",
    " ",
    "\n",
    "@x 2026-01-02: ",
]


@given(st.lists(st.sampled_from(CRITIC_PIECES), max_size=30))
def test_marks_are_where_the_reference_expression_finds_them(pieces):
    text = "".join(pieces)
    expected = []
    for m in _REFERENCE_RE.finditer(text):
        kind = m.lastgroup if m.lastgroup != "new" else "old"
        body = m.group(kind)
        expected.append((m.start(), m.end(), body, text.count("\n", 0, m.start()) + 1))
    marks = parse_marks(text)
    found = []
    for mark in marks:
        body = {
            MarkKind.INSERTION: mark.new,
            MarkKind.DELETION: mark.old,
            MarkKind.SUBSTITUTION: mark.old,
            MarkKind.HIGHLIGHT: mark.old,
        }.get(mark.kind)
        if mark.kind is MarkKind.COMMENT and text.startswith("{==", mark.start):
            # A highlight with its note: the reference's last group is the note, which
            # starts after the first "==}" (the highlight's lazy end) and its "{>>".
            body = text[text.index("==}", mark.start + 3) + 6 : mark.end - 3]
        elif mark.kind is MarkKind.COMMENT:
            body = text[mark.start + 3 : mark.end - 3]
        found.append((mark.start, mark.end, body, mark.line))
    assert found == expected
    inside = [(m.start(), m.end()) for m in _REFERENCE_RE.finditer(text)]
    openers = re.finditer(r"\{(?:\+\+|--|~~|==|>>)", text)
    assert unclosed_marks(text) == [
        (text.count("\n", 0, m.start()) + 1, m.group())
        for m in openers
        if not any(a <= m.start() < b for a, b in inside)
    ]


def test_unclosed_openers_are_searched_past_once(monkeypatch):
    from articleeditor.core import critic

    searched = [0]
    original = critic._Finder.find

    def counting(self, needle, start):
        remembered = self._answers.get(needle)
        answer = original(self, needle, start)
        if self._answers.get(needle) is not remembered:  # a real search, not a kept answer
            searched[0] += (answer if answer >= 0 else len(self.text)) - start
        return answer

    # Every opener below is never closed: read with a backtracking search, each one
    # costs the rest of the text.
    text = "{++{>>{~~{=={--" * 4000
    monkeypatch.setattr(critic._Finder, "find", counting)
    assert parse_marks(text) == [] and len(unclosed_marks(text)) == 20_000
    assert searched[0] <= 10 * len(text)
