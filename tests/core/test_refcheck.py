"""Reference checks: what the editor, `check` and Publish report."""

from __future__ import annotations

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
