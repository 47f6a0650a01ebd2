"""A broken BibTeX entry is reported as a finding (a code and the BibTeX text it names) whose
English is bibtexparser's own sentence, exactly as the import printed it before."""

from __future__ import annotations

import pytest
from bibtexparser.model import ParsingFailedBlock

from articleeditor.core import bibtex
from articleeditor.core.bibtex_failures import failed_block_problem
from articleeditor.core.findings import Finding
from articleeditor.core.refimport import import_references

# BibTeX text, the code of its first problem, and the sentence printed for it.
BROKEN = [
    (
        "@article{a,\n title={x},\n year 2020\n}",
        "bibtex-key-without-equals",
        "Expected a `=` after entry key `year 2020`, but found the end of the entry (`}`).",
    ),
    ("@article{b, title={x}\n", "bibtex-end-of-file", "Unexpectedly reached end of file."),
    (
        "@article{c, author={Smith, J., Jr., X, Y}, title={t}}",
        "bibtex-name",
        "@c: Cannot split the following name `Smith, J., Jr., X, Y` into parts: Too many commas",
    ),
    (
        "@article{d, title = {x}, title={y}}",
        "bibtex-duplicate-fields",
        "Duplicate field keys on entry: 'title'. Note: The entry (containing duplicates) is "
        "available as `failed_block.ignore_error_block`",
    ),
    (
        "@article{e title={x}}",
        "bibtex-comma-expected",
        "Expected comma after entry key, but found =",
    ),
    (
        "@article{f, title={x}\n@book{g, title={y}}",
        "bibtex-block-start-after-value",
        "Unexpected block start: `@book`. Was still looking for field-value closing `,` or `}`",
    ),
    (
        '@article{h, title="x\n@book{g, title={y}}',
        "bibtex-block-start-in-value",
        'Unexpected block start: `@book`. Was still looking for field-value closing `"`',
    ),
    (
        "@article{o, title {x}}",
        "bibtex-equals-expected",
        "Expected a `=` after entry key, but found `{`.",
    ),
    (
        "@string{k x}",
        "bibtex-string-equals-expected",
        "Expected equals sign after field key, but found }",
    ),
    (
        "@article{a, title={x}}\n@article{a, title={y}}",
        "bibtex-duplicate-key",
        "Duplicate entry key 'a'",
    ),
    (
        "@article{m,\n title={x},\n note 2020 =  {y}\n}",
        "bibtex-field-without-equals",
        "@m: expected 'field = value' at 'note'",
    ),
]


@pytest.mark.parametrize(("text", "code", "printed"), BROKEN, ids=[c for _, c, _ in BROKEN])
def test_a_broken_entry_is_a_finding_that_prints_bibtexparsers_sentence(text, code, printed):
    _, errors = bibtex.parse(text)
    message = errors[0].message
    assert isinstance(message, Finding) and message.code == code
    assert message == printed
    # The import reports it with its line, as the command line prints it.
    (problem,) = import_references(text, [], fmt="bibtex").problems
    assert problem.message.code == code
    assert str(problem) == f"<text>:{errors[0].line}: {printed}"


def test_a_name_problem_has_its_reason_as_a_finding():
    _, errors = bibtex.parse("@article{l, author={Smith, }, title={t}}")
    reason = errors[0].message.args["reason"]
    assert (reason.code, reason) == ("bibtex-name-trailing-comma", "Trailing comma at end of name")


def test_a_sentence_bibtexparser_words_otherwise_is_kept_as_it_is():
    block = ParsingFailedBlock(error=ValueError("A new kind of failure\nmore detail"))
    problem = failed_block_problem(block)
    assert not isinstance(problem, Finding) and problem == "A new kind of failure"
    assert failed_block_problem(ParsingFailedBlock(error=ValueError(""))).code == (
        "bibtex-unreadable-entry"
    )
