"""Formatted bibliographies kept on disk: read back instead of formatted again, and never
read when an entry, the style or its locale changed."""

from __future__ import annotations

import os

import pytest

from articleeditor.core import citeproc
from articleeditor.core.bibstore import BibliographyStore
from articleeditor.core.citeproc import bibliography_stored, format_bibliography

REFS = [
    {
        "id": "ant",
        "type": "article-journal",
        "title": "Ants at work",
        "author": [{"family": "Ant", "given": "Anna"}],
        "container-title": "Nature",
        "issued": {"date-parts": [[2020]]},
    },
    {
        "id": "bee",
        "type": "book",
        "title": "Bees and honey",
        "author": [{"family": "Bee", "given": "Bob"}],
        "issued": {"date-parts": [[2019]]},
    },
]


@pytest.fixture(autouse=True)
def fresh_memory():
    # Each test starts with nothing formatted in this process.
    citeproc._from_store.clear()
    citeproc._format_cached.cache_clear()
    citeproc._formatting_identity.cache_clear()
    yield
    citeproc._from_store.clear()
    citeproc._formatting_identity.cache_clear()


def forget_in_memory() -> None:
    """What a new process starts with: nothing but the store on disk."""
    citeproc._from_store.clear()
    citeproc._format_cached.cache_clear()


def test_a_stored_bibliography_is_read_back_without_the_engine(tmp_path):
    store = BibliographyStore(tmp_path)
    formatted = format_bibliography(REFS, ["bee", "ant"], "numeric", store=store)
    forget_in_memory()
    assert bibliography_stored(REFS, ["bee", "ant"], "numeric", store)
    again = format_bibliography(REFS, ["bee", "ant"], "numeric", store=store)
    assert again == formatted
    assert citeproc._format_cached.cache_info().misses == 0  # the CSL engine never ran


def test_a_changed_entry_is_formatted_again(tmp_path):
    store = BibliographyStore(tmp_path)
    format_bibliography(REFS, ["ant", "bee"], "numeric", store=store)
    forget_in_memory()
    edited = [dict(REFS[0], title="Ants at rest"), REFS[1]]
    assert not bibliography_stored(edited, ["ant", "bee"], "numeric", store)
    entries = format_bibliography(edited, ["ant", "bee"], "numeric", store=store)
    assert "Ants at rest" in entries[0].text
    assert citeproc._format_cached.cache_info().misses == 1


def test_another_citation_order_or_style_is_formatted_again(tmp_path):
    store = BibliographyStore(tmp_path)
    format_bibliography(REFS, ["ant", "bee"], "numeric", store=store)
    forget_in_memory()
    assert not bibliography_stored(REFS, ["bee", "ant"], "numeric", store)
    assert not bibliography_stored(REFS, ["ant", "bee"], "vancouver", store)
    assert bibliography_stored(REFS, ["ant", "bee"], "numeric", store)


def test_a_changed_style_file_or_locale_is_formatted_again(tmp_path, monkeypatch):
    store = BibliographyStore(tmp_path)
    format_bibliography(REFS, ["ant", "bee"], "numeric", store=store)
    forget_in_memory()
    original = citeproc.style_path("numeric").read_text(encoding="utf-8")
    # The same style with another locale: what citeproc-py then reads its terms from.
    german = tmp_path / "numeric-de.csl"
    german.write_text(
        original.replace("<style ", '<style default-locale="de-DE" ', 1), encoding="utf-8"
    )
    monkeypatch.setattr(citeproc, "style_path", lambda _name: german)
    citeproc._formatting_identity.cache_clear()
    assert not bibliography_stored(REFS, ["ant", "bee"], "numeric", store)
    # A style file edited in any way (here only a comment) is a new style.
    edited = tmp_path / "numeric-edited.csl"
    edited.write_text(original.replace("?>", "?><!-- edited -->", 1), encoding="utf-8")
    monkeypatch.setattr(citeproc, "style_path", lambda _name: edited)
    citeproc._formatting_identity.cache_clear()
    assert not bibliography_stored(REFS, ["ant", "bee"], "numeric", store)


def test_a_damaged_store_file_is_ignored_and_replaced(tmp_path):
    store = BibliographyStore(tmp_path)
    formatted = format_bibliography(REFS, ["ant"], "numeric", store=store)
    forget_in_memory()
    (stored,) = tmp_path.glob("*.json")
    stored.write_text('{"not": "rows"}', encoding="utf-8")
    assert not bibliography_stored(REFS, ["ant"], "numeric", store)
    assert format_bibliography(REFS, ["ant"], "numeric", store=store) == formatted
    forget_in_memory()
    assert bibliography_stored(REFS, ["ant"], "numeric", store)


def test_the_oldest_files_are_pruned(tmp_path):
    store = BibliographyStore(tmp_path, max_files=3)
    for n in range(6):
        digest = BibliographyStore.digest([n])
        store.save(digest, [["k", "", f"<i>{n}</i>", str(n)]])
        os.utime(tmp_path / f"{digest}.json", (1_000_000 + n, 1_000_000 + n))  # n-th oldest
    assert len(list(tmp_path.glob("*.json"))) == 3
    assert store.load(BibliographyStore.digest([5])) == [["k", "", "<i>5</i>", "5"]]
