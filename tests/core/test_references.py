"""CSL items from front matter and from bibliography files (CSL-JSON, BibTeX, RIS, PubMed)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from articleeditor.core.references import (
    BibliographyError,
    load_bibliography,
    normalise_item,
    parse_bibtex,
    parse_doi,
    parse_nbib,
    parse_ris,
    validate_items,
)


def test_normalise_front_matter_item():
    raw = {"id": 2020, "title": "T", "author": ["Smith, John", "WHO"],
           "issued": "2020-05-03", "volume": 12, "DOI": "doi:10.1234/ab"}  # fmt: skip
    item = normalise_item(raw)
    assert item["id"] == "2020" and item["type"] == "article-journal"
    assert item["author"] == [{"family": "Smith", "given": "John"}, {"literal": "WHO"}]
    assert item["issued"] == {"date-parts": [[2020, 5, 3]]}
    assert item["volume"] == "12" and item["DOI"] == "10.1234/ab"
    assert normalise_item({"id": "x", "issued": "Spring 2019"})["issued"] == {
        "literal": "Spring 2019"
    }


def test_validate_reports_missing_and_duplicate_ids():
    problems = validate_items([{"id": "a", "title": "A"}, {"id": "a", "title": "B"}, {}, "x"])
    assert "duplicate reference id 'a'" in problems
    assert "reference 3 has no id" in problems
    assert "reference 4 is not a mapping" in problems


@pytest.mark.parametrize(
    ("text", "doi"),
    [("https://doi.org/10.1038/nphys1170", "10.1038/nphys1170"),
     ("doi: 10.1000/xyz123.", "10.1000/xyz123"), ("no doi here", None)],
)  # fmt: skip
def test_parse_doi(text, doi):
    assert parse_doi(text) == doi


def test_bibtex_with_strings_accents_group_author_and_month():
    (item,) = parse_bibtex(
        '@string{nat = "Nature"}\n'
        "@article{smith2020,\n"
        '  author = {M{\\"u}ller, J{\\"u}rgen and {World Health Organization}},\n'
        "  title = {A {DNA} study}, journal = nat, year = 2020, month = may,\n"
        "  pages = {1--10}, doi = {10.1/abc}\n}\n"
    )
    assert item["author"] == [{"family": "Müller", "given": "Jürgen"},
                              {"literal": "World Health Organization"}]  # fmt: skip
    assert item["container-title"] == "Nature" and item["title"] == "A DNA study"
    assert item["issued"] == {"date-parts": [[2020, 5]]} and item["page"] == "1–10"


def test_broken_bibtex_names_file_and_line(tmp_path: Path):
    path = tmp_path / "refs.bib"
    path.write_text("@article{a, title={x}}\n\n@article{b,\n  title = {never closed,\n"
                    "  year = 2020\n}\n\n@article{c, title={z}}\n")  # fmt: skip
    with pytest.raises(BibliographyError) as caught:
        load_bibliography(path)
    assert caught.value.line == 3 and str(caught.value).startswith(f"{path}:3:")


def test_csl_json_file(tmp_path: Path):
    path = tmp_path / "refs.json"
    path.write_text(json.dumps([{"id": "k", "type": "book", "title": "T"}]))
    assert load_bibliography(path)[0]["id"] == "k"
    path.write_text("[{]")
    with pytest.raises(BibliographyError, match=r"refs\.json:1:"):
        load_bibliography(path)


def test_ris_import():
    (item,) = parse_ris(
        "TY  - JOUR\nAU  - Smith, John\nAU  - Doe, Jane\nTI  - A study\nJO  - Nature\n"
        "PY  - 2020/05\nVL  - 5\nSP  - 10\nEP  - 20\nDO  - 10.1/x\nER  - \n"
    )
    assert item["id"] == "smith2020" and item["page"] == "10-20"
    assert item["issued"] == {"date-parts": [[2020, 5]]} and item["DOI"] == "10.1/x"


def test_pubmed_nbib_import():
    (item,) = parse_nbib(
        "PMID- 12345678\nTI  - A very long title that goes on\n      over two lines.\n"
        "FAU - Smith, John A\nFAU - Doe, Jane\nJT  - The Lancet\nVI  - 393\nIP  - 2\n"
        "PG  - 1-10\nDP  - 2019 Jan\nAID - 10.1016/x [doi]\n"
    )
    assert item["PMID"] == "12345678"
    assert item["title"] == "A very long title that goes on over two lines"
    assert item["author"][0] == {"family": "Smith", "given": "John A"}
    assert item["DOI"] == "10.1016/x" and item["issued"] == {"date-parts": [[2019, 1]]}


def test_every_patched_citeproc_method_exists_in_the_installed_citeproc_py():
    import subprocess
    import sys

    from articleeditor.core import _citeproc_fixes

    # a fresh interpreter sees citeproc-py as installed, before our patches replace anything
    names = [f"{cls.__module__}.{cls.__qualname__}.{attr}" for cls, attr in _citeproc_fixes.PATCHED]
    script = (
        "import importlib, sys\n"
        "missing = []\n"
        "for name in sys.argv[1:]:\n"
        "    module, cls, attr = name.rsplit('.', 2)\n"
        "    if not hasattr(getattr(importlib.import_module(module), cls), attr):\n"
        "        missing.append(name)\n"
        "print(' '.join(missing))\n"
    )
    result = subprocess.run([sys.executable, "-c", script, *names],
                            capture_output=True, text=True, check=True)  # fmt: skip
    assert len(names) >= 10
    assert result.stdout.strip() == ""


def test_citeproc_py_is_the_pinned_version():
    import re
    from importlib.metadata import version

    pyproject = (Path(__file__).parents[2] / "pyproject.toml").read_text(encoding="utf-8")
    pinned = re.search(r'"citeproc-py==([\d.]+)"', pyproject)
    assert pinned is not None and version("citeproc-py") == pinned.group(1)


@pytest.mark.parametrize(
    "issued", [[[2020, 5]], {"date-parts": [[2020, 5]]}, "2020-05-03", {"literal": "2020 spring"}]
)
def test_panel_label_reads_every_date_form(issued):
    from articleeditor.core.reflabel import reference_label

    item = {"id": "k", "title": "T", "author": [{"family": "Kim"}], "issued": issued}
    assert reference_label(item) == "[k] Kim (2020) T"
