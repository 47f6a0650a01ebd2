"""Our CSL formatting agrees with pandoc 3's ``--citeproc`` on our own CSL files.

The oracle is the pandoc binary of the ``pypandoc_binary`` wheel (a test dependency), run on
a committed corpus of 66 works of every CSL type we support (``tests/core/refdata``). Every
bibliography entry and every in-text label is compared; each difference kept on purpose is
listed in ``KNOWN_DIFFERENCES`` (and in docs/citations.md with its reason), and the test
fails both on a new difference and on a listed one that has gone away.

The labels users see are checked too: the preview's pipeline (``render_markdown``, and
``render_article`` with the section cache the preview keeps, through edits that change how
other sections' works are cited) must write pandoc 3's labels and entries.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess

import pytest
import yaml

from articleeditor.core.citeproc import STYLES, format_bibliography, style_path
from articleeditor.core.render import RenderOptions, SegmentCache, render_article, render_markdown
from tests.e2e import pandoc_oracle as oracle

if importlib.util.find_spec("pypandoc") is None:
    if os.environ.get("CI"):  # the oracle must run on CI
        raise RuntimeError("pypandoc_binary (the test extra) is required on CI")
    pytest.skip("pandoc 3 comes with the pypandoc_binary test extra", allow_module_level=True)

# style -> keys of entries and Markdown of citations that differ from pandoc 3 on purpose
KNOWN_DIFFERENCES: dict[str, set[str]] = {style: set() for style in STYLES}


def ours(style: str) -> oracle.Rendered:
    """Our entries and labels for the oracle's document, numbered in corpus order."""
    items = oracle.load_corpus()
    page = oracle.render_document_citations(items, oracle.document_body(items), style)
    return oracle.extract(page)


@pytest.mark.parametrize("style", sorted(STYLES))
def test_entries_and_labels_match_pandoc3(style):
    items = oracle.load_corpus()
    theirs = oracle.pandoc_rendering(str(style_path(style)))
    result = oracle.compare(theirs, ours(style), oracle.citation_forms(items))
    assert result.entries_total == len(items)
    differing = set(result.entry_diffs) | set(result.cite_diffs)
    unexpected = {k: v for k, v in {**result.entry_diffs, **result.cite_diffs}.items()
                  if k not in KNOWN_DIFFERENCES[style]}  # fmt: skip
    assert unexpected == {}
    assert differing == KNOWN_DIFFERENCES[style], "a listed difference is gone: update the list"


# What users see: the labels of the preview's pipeline (render_markdown, and render_article
# with the section cache the preview keeps), not only format_cluster's.


def _article(items: list[dict], body: str) -> str:
    front = yaml.safe_dump({"references": items}, allow_unicode=True, sort_keys=False)
    return f"---\n{front}---\n\n{body}"


def _pandoc(text: str, style: str) -> oracle.Rendered:
    import pypandoc

    result = subprocess.run(
        [pypandoc.get_pandoc_path(), "-f", "markdown", "-t", "html5", "--citeproc",
         "--csl", str(style_path(style))],
        input=text, capture_output=True, text=True, check=True, timeout=120,
    )  # fmt: skip
    return oracle.extract(result.stdout)


def _labels_differing(theirs: oracle.Rendered, page: str) -> dict[int, tuple[str, str]]:
    got = oracle.extract(page).cites
    assert len(got) == len(theirs.cites)
    return {i: (t, o) for i, (t, o) in enumerate(zip(theirs.cites, got, strict=True)) if t != o}


@pytest.mark.parametrize("style", sorted(STYLES))
def test_the_preview_pipeline_writes_pandoc3_labels_and_entries(style):
    items = oracle.load_corpus()
    theirs = oracle.pandoc_rendering(str(style_path(style)))
    forms = oracle.citation_forms(items)
    options = RenderOptions(citation_style=style)
    whole = render_markdown(oracle.document_body(items), options, items)
    cached = render_article(
        _article(items, oracle.document_body(items)), options, SegmentCache()
    ).body_html
    for page in (whole, cached):
        result = oracle.compare(theirs, oracle.extract(page), forms)
        assert result.cite_diffs == {}
        assert result.entry_diffs == {}
        assert result.cites_same == len(forms)


_FORMS_OF_ONE = ("[@{k}]", "@{k}", "[-@{k}]", "[@{k}, p. 3]", "@{k} [p. 33]", "[see @{k}, 4]")


def _sectioned(items: list[dict]) -> tuple[str, str]:
    """An article in sections, before and after a last section cites kimsh2020 and
    smith2020b. That changes how kimmj2020 ("M. J. Kim") and smith2020a (2020a or b) are cited
    in APA, while no other work moves in the bibliography: only their sections and the new one
    have to render again."""
    keys = [e.key for e in format_bibliography(items, [i["id"] for i in items], "apa")]
    earlier = keys[: keys.index("kimmj2020")]  # before kimmj2020 and kimsh2020 in APA order
    sections = [
        f"# Work {key}\n\n" + "\n\n".join(f.format(k=key) for f in _FORMS_OF_ONE) + "\n"
        for key in ("kimmj2020", "smith2020a")
    ]
    for start in range(0, len(earlier), 8):
        cites = " ".join(f"[@{key}]" for key in earlier[start : start + 8])
        sections.append(f"# Part {start}\n\nText {cites}.\n")
    before = "\n".join(sections)
    return before, before + "\n# Added\n\nNow [@kimsh2020; @smith2020b] too.\n"


@pytest.mark.parametrize("style", sorted(STYLES))
def test_section_renders_keep_pandoc3_labels_when_the_cited_works_change(style):
    # A cached section must not keep a label that other sections' citations changed.
    items = oracle.load_corpus()
    before, after = (_article(items, body) for body in _sectioned(items))
    options = RenderOptions(citation_style=style)
    cache = SegmentCache()
    for text in (before, after):
        page = render_article(text, options, cache).body_html
        assert page == render_article(text, options).body_html
        assert _labels_differing(_pandoc(text, style), page) == {}
    # Typing in one section re-renders that section alone; the labels stay pandoc's.
    hits = cache.hits
    typed = after.replace("Now [@", "Now we see [@", 1)
    page = render_article(typed, options, cache).body_html
    assert cache.hits > hits
    assert _labels_differing(_pandoc(after, style), page) == {}
