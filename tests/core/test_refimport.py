"""Importing references: formats, tolerant parsing, generated keys, duplicates."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from articleeditor.core.refimport import (
    detect_format,
    import_references,
    make_key,
    parse_references_text,
    read_reference_file,
)

DATA = Path(__file__).parent / "refdata"


def test_bibtex_keeps_keys_and_reports_broken_entry_with_line():
    path = DATA / "sample.bib"
    result = import_references(read_reference_file(path), [], path=path)
    assert [item["id"] for item in result.items] == ["Neelapu2017", "june2018"]
    assert len(result.problems) == 1
    assert result.problems[0].line == 12
    assert "sample.bib:12:" in str(result.problems[0])
    neelapu = result.items[0]
    assert neelapu["DOI"] == "10.1056/NEJMoa1707447"
    assert neelapu["author"][0] == {"family": "Neelapu", "given": "Sattva S."}


def test_ris_gets_generated_keys():
    result = import_references(read_reference_file(DATA / "sample.ris"), [])
    assert [item["id"] for item in result.items] == ["wilding2021onceweekly", "sung2021global"]
    assert result.problems == []


def test_same_doi_is_a_duplicate_not_added_twice():
    existing = [{"id": "wilding2021", "DOI": "10.1056/nejmoa2032183"}]
    result = import_references(read_reference_file(DATA / "sample.ris"), existing)
    assert [d.existing_key for d in result.duplicates] == ["wilding2021"]
    assert [item["id"] for item in result.items] == ["sung2021global"]


def test_same_pmid_is_a_duplicate():
    nbib = (
        "PMID- 29226797\nTI  - Tisagenlecleucel in children.\n"
        "FAU - Maude, Shannon L\nDP  - 2018 Feb 1\n"
    )
    result = import_references(nbib, [{"id": "maude", "PMID": "29226797"}])
    assert result.items == [] and result.duplicates[0].reason == "PMID 29226797"


def test_key_taken_ignoring_case_gets_a_new_one():
    bib = "@article{Smith2020, title={A}, author={Smith, J}, year={2020}}"
    result = import_references(bib, [{"id": "smith2020"}])
    assert result.items[0]["id"] == "smith2020a"


def test_csl_json_and_yaml():
    items = [{"id": "k1", "type": "article-journal", "title": "T"}]
    assert parse_references_text(json.dumps(items))[0][0]["id"] == "k1"
    yaml_text = "- id: k2\n  type: book\n  title: Y\n"
    assert detect_format(yaml_text) == "csl-yaml"
    assert parse_references_text(yaml_text)[0][0]["id"] == "k2"


def test_malformed_csl_json_reports_line():
    items, problems = parse_references_text('[\n{"id": "a",\n}', "csl-json")
    assert items == [] and problems[0].line == 3


def test_detect_format_by_content():
    assert detect_format("TY  - JOUR\nER  - \n") == "ris"
    assert detect_format("PMID- 1\n") == "nbib"
    assert detect_format("@book{x, title={y}}") == "bibtex"
    assert detect_format("[]") == "csl-json"


def test_non_utf8_file_is_refused_clearly(tmp_path):
    path = tmp_path / "refs.bib"
    path.write_bytes("@article{a, title={Caf\xe9}}".encode("latin-1"))
    try:
        read_reference_file(path)
    except Exception as error:  # BibliographyError
        assert "refs.bib" in str(error) and "UTF-8" in str(error)
    else:
        raise AssertionError("latin-1 file was accepted")


def test_key_is_ascii_folded():
    item = {"author": [{"family": "Müller-Łukasz"}], "issued": [[2019]], "title": "Über die Zellen"}
    assert make_key(item, set()) == "mullerukasz2019uber"


@given(st.lists(st.text(max_size=12), min_size=1, max_size=20))
def test_generated_keys_are_unique_ignoring_case(titles):
    taken: set[str] = set()
    keys = [make_key({"title": t, "author": [{"family": "Lee"}]}, taken) for t in titles]
    assert len({k.casefold() for k in keys}) == len(keys)


def test_bibtex_keeps_every_field_csl_has_a_place_for():
    bib = (
        "@phdthesis{t,\n  author = {Santos, Jr., Juan and {World Health Organization} and "
        "de la Cruz, Mar{\\'\\i}a},\n  editor = {Roe, Richard},\n"
        "  title = {On \\textit{Drosophila} $\\beta$-cells of {\\dh}orn},\n"
        "  school = {MIT}, type = {Doctoral dissertation}, edition = {2},\n"
        "  year = 2020, month = may, urldate = {2024-02-10}, language = {english},\n"
        "  note = {PMID: 12345678}, isbn = {978-3-16-148410-0}, address = {Cambridge, MA}\n}\n"
    )
    (item,) = import_references(bib, []).items
    assert item["author"] == [
        {"family": "Santos", "given": "Juan", "suffix": "Jr."},
        {"literal": "World Health Organization"},
        {"family": "Cruz", "given": "María", "non-dropping-particle": "de la"},
    ]
    assert item["editor"] == [{"family": "Roe", "given": "Richard"}]
    assert item["title"] == "On *Drosophila* β-cells of ðorn"
    assert item["publisher"] == "MIT" and item["edition"] == "2"
    assert item["genre"] == "Doctoral dissertation"
    assert item["issued"] == [[2020, 5]]
    assert item["accessed"] == [[2024, 2, 10]]
    assert (item["PMID"], item["language"], item["ISBN"]) == ("12345678", "english",
                                                             "978-3-16-148410-0")  # fmt: skip
    assert item["publisher-place"] == "Cambridge, MA"


def test_ris_keeps_editors_place_pmid_access_date_full_date_and_isbn():
    ris = (
        "TY  - BOOK\nAU  - World Health Organization\nED  - Roe, Richard\nTI  - Report\n"
        "CY  - Geneva\nAN  - 31415926\nY2  - 2024/02/10\nDA  - 2020/05/03\nPY  - 2020\n"
        "SN  - 978-92-4-000000-0\nET  - 2nd\nLA  - en\nER  - \n"
    )
    (item,) = import_references(ris, []).items
    assert item["author"] == [{"literal": "World Health Organization"}]
    assert item["editor"] == [{"family": "Roe", "given": "Richard"}]
    assert item["publisher-place"] == "Geneva" and item["PMID"] == "31415926"
    assert item["accessed"] == [[2024, 2, 10]]
    assert item["issued"] == [[2020, 5, 3]]
    assert item["ISBN"] == "978-92-4-000000-0" and "ISSN" not in item
    assert (item["edition"], item["language"]) == ("2nd", "en")


def test_nbib_keeps_group_author_full_date_and_suffix():
    nbib = (
        "PMID- 32678530\nTI  - Dexamethasone in Hospitalized Patients with Covid-19.\n"
        "DP  - 2021 Feb 25\nFAU - Horby, Peter\nFAU - Landray, Martin J Jr\n"
        "CN  - RECOVERY Collaborative Group\nPMC - PMC7383595\nLA  - eng\n"
        "AID - 10.1056/NEJMoa2021436 [doi]\n"
    )
    (item,) = import_references(nbib, []).items
    assert item["author"] == [
        {"family": "Horby", "given": "Peter"},
        {"family": "Landray", "given": "Martin J", "suffix": "Jr"},
        {"literal": "RECOVERY Collaborative Group"},
    ]
    assert item["issued"] == [[2021, 2, 25]]
    assert (item["PMCID"], item["language"]) == ("PMC7383595", "en")


_WORD = st.text(st.characters(whitelist_categories=("Lu", "Ll", "Lo"), max_codepoint=0x9FFF),
                min_size=1, max_size=12)  # fmt: skip
_PLAIN = st.lists(_WORD, min_size=1, max_size=6).map(" ".join)


@given(family=_WORD, given_name=_PLAIN, title=_PLAIN, organisation=_PLAIN)
def test_ris_names_and_titles_survive(family, given_name, title, organisation):
    ris = (f"TY  - JOUR\nAU  - {family}, {given_name}\nAU  - {organisation}\n"
           f"TI  - {title}\nPY  - 2020\nER  - \n")  # fmt: skip
    (item,) = parse_references_text(ris, "ris")[0]
    assert item["author"] == [{"family": family, "given": given_name}, {"literal": organisation}]
    assert item["title"] == title


@given(title=_PLAIN, family=_WORD, given_name=_PLAIN, year=st.integers(1000, 2999),
       month=st.integers(1, 12))  # fmt: skip
def test_bibtex_plain_fields_survive(title, family, given_name, year, month):
    bib = (f"@article{{k, title = {{{title}}}, author = {{{family}, {given_name}}},\n"
           f"  year = {year}, month = {month}}}\n")  # fmt: skip
    (item,) = parse_references_text(bib, "bibtex")[0]
    assert item["title"] == title
    assert item["author"][0]["family"] == family and item["author"][0]["given"] == given_name
    assert item["issued"] == {"date-parts": [[year, month]]}


@given(year=st.integers(1800, 2100), month=st.integers(1, 12), day=st.integers(1, 28))
def test_pubmed_dates_keep_month_and_day(year, month, day):
    names = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    nbib = f"PMID- 1\nTI  - T.\nDP  - {year} {names[month - 1]} {day}\n"
    (item,) = parse_references_text(nbib, "nbib")[0]
    assert item["issued"] == {"date-parts": [[year, month, day]]}


def test_bibtex_text_that_is_no_field_is_reported_at_its_entry_and_the_rest_imports():
    bib = (
        '@article{a, title={x},\n  note = "a quoted note\n  over two lines"}\n\n'
        "@article{b,\n  title = {y},\n  year 2020\n}\n\n"
        "@article{c, title={z}, author = {A, B} and {C}}\n"
    )
    items, problems = parse_references_text(bib, "bibtex")
    # bibtexparser 2.1 refuses the entry with "year 2020" (no "=") and names the text; the
    # entries around it, quoted multi-line note and braced names included, are imported.
    assert [item["id"] for item in items] == ["a", "c"]
    assert [(p.line, "year 2020" in p.message) for p in problems] == [(5, True)]
