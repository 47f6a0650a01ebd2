"""The Markdown citation extension: numbering, links, errors, styles and the format cache."""

from __future__ import annotations

import markdown
import pytest

from articleeditor.core import citeproc
from articleeditor.core.citations import number_citations
from articleeditor.core.mdext.citations import CitationExtension

REFS = [
    {"id": "a", "type": "article-journal", "title": "Alpha", "container-title": "Nature",
     "author": [{"family": "Smith", "given": "John"}], "issued": {"date-parts": [[2020]]},
     "DOI": "10.1000/xyz"},
    {"id": "b", "type": "book", "title": "Beta", "author": [{"family": "Doe", "given": "Jane"}],
     "issued": {"date-parts": [[2015]]}, "publisher": "OUP"},
    {"id": "c", "type": "webpage", "title": "Gamma", "URL": "https://example.org/g",
     "author": [{"literal": "World Health Organization"}], "issued": {"date-parts": [[2021]]}},
]  # fmt: skip


def render(text: str, style: str = "numeric", refs=REFS) -> tuple[str, markdown.Markdown]:
    md = markdown.Markdown(extensions=[CitationExtension(references=refs, style=style)])
    return md.convert(text), md


def test_numbers_follow_first_citation_and_link_to_entries():
    html, md = render("One [@b]. Two [@a; @b]. Again [@b].")
    assert '[<a href="#ref-b">1</a>]' in html
    assert '[<a href="#ref-a">2</a>, <a href="#ref-b">1</a>]' not in html  # sorted in group
    assert '[<a href="#ref-b">1</a>, <a href="#ref-a">2</a>]' in html
    assert html.count('href="#ref-b">1<') == 3
    assert '<section class="references" id="references">' in html
    assert html.index('id="ref-b"') < html.index('id="ref-a"')
    assert [(w.key, w.number) for w in md.citation_order] == [("b", 1), ("a", 2)]


def test_ranges_collapse_and_links_doi_and_url():
    html, _ = render("All [@a; @b; @c].")
    assert '[<a href="#ref-a">1</a>–<a href="#ref-c">3</a>]' in html
    assert '<a href="https://doi.org/10.1000/xyz">' in html
    assert '<a href="https://example.org/g">' in html


def test_undefined_key_is_marked_as_an_error():
    html, _ = render("See [@nope] and [@a; @gone].")
    assert '<span class="citation-error">[@nope?]</span>' in html
    assert '<span class="citation-error">[@gone?]</span>' in html


def test_code_is_left_alone():
    html, _ = render("`[@a]`\n\n    [@b]\n")
    assert "references" not in html


@pytest.mark.parametrize("style", ["vancouver", "ama", "apa", "numeric"])
def test_every_offered_style_renders(style):
    html, md = render("Cited [@a; @c] and [-@b, p. 4].", style)
    assert html.count('class="csl-entry"') == 3
    assert len(md.citation_order) == 3


def test_author_date_citations_and_alphabetical_bibliography():
    html, _ = render("Cited [@c; @a].", "apa")
    assert '(<a href="#ref-a">Smith, 2020</a>; <a href="#ref-c">' in html
    assert html.index('id="ref-a"') < html.index('id="ref-c"')


def test_ama_citations_are_superscript():
    html, _ = render("Cited [@a].", "ama")
    assert '<sup><a href="#ref-a">1</a></sup>' in html


def test_number_citations_for_the_references_panel():
    works = number_citations("x [@c] y [@a; @missing] `@b`", REFS, "vancouver")
    assert [(w.key, w.number, w.label, w.defined) for w in works] == [
        ("c", 1, "1.", True), ("a", 2, "2.", True), ("missing", 0, "", False)
    ]  # fmt: skip


def test_extension_is_reusable_across_documents():
    md = markdown.Markdown(extensions=[CitationExtension(references=REFS)])
    md.convert("[@a]")
    md.reset()
    html = md.convert("[@b]")
    assert 'id="ref-a"' not in html and md.citation_order[0].key == "b"


def test_unknown_style_is_a_clear_error():
    with pytest.raises(citeproc.UnknownStyle, match="offered"):
        CitationExtension(references=REFS, style="chicago")


def _big_article(n_refs: int = 40) -> tuple[str, list[dict]]:
    refs = [
        {"id": f"r{i}", "type": "article-journal", "title": f"Finding number {i}",
         "author": [{"family": f"Author{i}", "given": "A."}], "container-title": "Science",
         "issued": {"date-parts": [[2000 + i % 20]]}, "volume": str(i), "page": f"{i}-{i + 9}"}
        for i in range(n_refs)
    ]  # fmt: skip
    para = "Text about results that matter to readers of science news. " * 4
    chunks = [f"{para}[@r{i % n_refs}; @r{(i * 7) % n_refs}]\n\n" for i in range(200)]
    return "".join(chunks)[:50_000], refs


def test_a_50_kb_article_formats_its_bibliography_once_and_reuses_it():
    # Speed itself is measured in bench/bench_citations.py; this checks the cache behind it.
    body, refs = _big_article()
    assert len(body) >= 49_000
    citeproc._format_cached.cache_clear()
    first, _ = render(body, "vancouver", refs)
    assert citeproc._format_cached.cache_info().misses == 1  # CSL ran once for 40 references
    md = markdown.Markdown(extensions=[CitationExtension(references=refs, style="vancouver")])
    html = md.convert(body + "\n\nOne more sentence [@r3].")
    info = citeproc._format_cached.cache_info()
    assert (info.misses, info.hits) == (1, 1)  # the edit reused the formatted entries
    assert len(md.citation_order) == 40
    assert html.count('id="ref-r') == first.count('id="ref-r') == 40
