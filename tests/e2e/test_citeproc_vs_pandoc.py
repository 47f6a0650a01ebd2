"""Our CSL formatting agrees with pandoc 3's ``--citeproc`` on our own CSL files.

The oracle is the pandoc binary of the ``pypandoc_binary`` wheel (a test dependency), run on
a committed corpus of 66 works of every CSL type we support (``tests/core/refdata``). Every
bibliography entry and every in-text label is compared; each difference kept on purpose is
listed in ``KNOWN_DIFFERENCES`` (and in docs/citations.md with its reason), and the test
fails both on a new difference and on a listed one that has gone away.
"""

from __future__ import annotations

import importlib.util
import os

import pytest

from articleeditor.core.citeproc import STYLES, style_path
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
