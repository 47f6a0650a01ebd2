"""Reference checks: what the editor, `check` and Publish report."""

from __future__ import annotations

from articleeditor.core.capped import OCCURRENCES_SHOWN
from articleeditor.core.refcheck import (
    ERROR,
    WARNING,
    check_references,
    citation_counts,
    citation_offsets,
)

REFS = [
    {"id": "a", "DOI": "10.1/x"},
    {"id": "b", "DOI": "10.1/X"},
    {"id": "c"},
]


def messages(problems, severity):
    return [p.message for p in problems if p.severity == severity]


def test_undefined_key_is_an_error_with_its_line():
    problems = check_references("Intro.\n\nSee [@a; @zzz].\n", REFS)
    undefined = [p for p in problems if p.key == "zzz"]
    assert undefined[0].severity == ERROR and undefined[0].line == 3


def test_duplicate_keys_differing_in_case_are_errors():
    problems = check_references("[@a]", [{"id": "Key"}, {"id": "key"}])
    assert any("duplicate reference key: Key, key" in m for m in messages(problems, ERROR))


def test_uncited_and_shared_doi_are_warnings():
    problems = check_references("[@a] [@b]", REFS)
    warnings = messages(problems, WARNING)
    assert "c is never cited" in warnings
    assert any("same DOI" in m and "a, b" in m for m in warnings)
    assert messages(problems, ERROR) == []


def test_hand_typed_numbers_warn_but_not_in_code_links_or_footnotes():
    body = "Typed [1] and [2, 3].\n\n`[4]` and [^5] and [6](http://x)\n\n    [7]\n"
    problems = check_references(body, REFS)
    typed = [p for p in problems if "hand-typed" in p.message]
    assert [p.message.split()[0] for p in typed] == ["[1]", "[2,"]
    assert check_references("Typed [1].", []) == []


def test_counts_and_offsets():
    body = "[@a] then [@a; @b] and @c"
    assert citation_counts(body) == {"a": 2, "b": 1, "c": 1}
    assert citation_offsets(body, "a") == [0, 10]


def test_a_missing_key_cited_25_times_is_listed_10_times_then_counted():
    body = "".join(f"Line {n} cites [@gone].\n" for n in range(1, 26))
    problems = check_references(body, REFS)
    listed = [p for p in problems if p.code == "undefined-citation"]
    assert [(p.key, p.line) for p in listed] == [("gone", n) for n in range(1, 11)]
    [more] = [p for p in problems if p.code == "undefined-citation-more"]
    assert more.severity == ERROR and more.key == "gone"
    assert more.message.args == {"key": "gone", "count": 15}
    assert more.line == 11  # where the citations not listed begin
    assert more.message == "…and 15 more citations of @gone"


def test_two_missing_keys_are_capped_separately():
    body = "[@x] [@y]\n" * 12 + "[@y]\n" * 3
    problems = check_references(body, REFS)
    listed = [p.key for p in problems if p.code == "undefined-citation"]
    assert listed.count("x") == 10 and listed.count("y") == 10
    counted = {p.key: p.message.args["count"] for p in problems if p.code.endswith("-more")}
    assert counted == {"x": 2, "y": 5}


def test_a_missing_key_cited_up_to_the_cap_has_no_count():
    problems = check_references("[@gone] " * OCCURRENCES_SHOWN, REFS)
    assert [p.code for p in problems].count("undefined-citation") == OCCURRENCES_SHOWN
    assert not any(p.code.endswith("-more") for p in problems)


def test_bare_citations_of_a_missing_key_do_not_make_a_finding_each():
    problems = check_references("@a " * 50_000, [])
    assert [p.code for p in problems] == ["undefined-citation"] * 10 + ["undefined-citation-more"]
    assert problems[-1].message.args["count"] == 49_990


def test_hand_typed_numbers_are_capped_per_text():
    body = "[1] " * 30 + "\n[2]\n"
    typed = check_references(body, REFS)
    assert [p.message.args["text"] for p in typed if p.code == "typed-number"] == ["[1]"] * 10 + [
        "[2]"
    ]
    [more] = [p for p in typed if p.code == "typed-number-more"]
    assert more.message.args == {"text": "[1]", "count": 20} and more.line == 1
