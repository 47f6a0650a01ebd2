"""pandoc 3 (the ``pypandoc_binary`` wheel) as the oracle for our CSL formatting.

One document cites every work of ``tests/core/refdata/csl_corpus.yaml`` once, in corpus
order (so the numbering of numeric styles is trivially the same in both), then a set of
citation forms. pandoc formats it with each of our CSL files; we format the same items.
``compare(style)`` pairs every bibliography entry and every in-text label.
"""

from __future__ import annotations

import functools
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from lxml import html as lxml_html

CORPUS = Path(__file__).parents[1] / "core" / "refdata" / "csl_corpus.yaml"

# Each form is one paragraph; keys refer to the corpus.
CITATION_FORMS = (
    "[@nakamura2021]",
    "@nakamura2021",
    "[@nakamura2021, p. 33]",
    "@nakamura2021 [p. 33]",
    "[-@nakamura2021]",
    "[-@noauthor2019]",
    "[@nakamura2021, 33]",
    "[@pageonly, pp. 3980-3982]",
    "[@doe2015, chap. 3]",
    "[@solo2019, fig. 2]",
    "[see @smith2020a; @three2018]",
    "[see @smith2020a; also @smith2020b]",
    "[@smith2020a; @smith2020b]",
    "[@kimmj2020; @kimsh2020]",
    "[@solo2019; @nakamura2021; @three2018]",
    "[@solo2019; @three2018; @four2017; @six2020]",
    "[@who2021]",
    "[@noauthor2019]",
    "[@edited2019]",
    "@who2021",
    "@seven2016",
    "[e.g., @vanderberg2015; @delacruz2012, p. 4]",
)


def load_corpus() -> list[dict[str, Any]]:
    """The corpus items as pandoc reads them (CSL-YAML)."""
    return yaml.safe_load(CORPUS.read_text(encoding="utf-8"))["references"]


def document_body(items: list[dict[str, Any]]) -> str:
    """Every work cited once in corpus order, then each citation form, one per paragraph."""
    first = [f"[@{item['id']}]" for item in items]
    return "\n\n".join([*first, *CITATION_FORMS]) + "\n"


def _text(element) -> str:
    return " ".join(element.text_content().split())


@dataclass
class Rendered:
    """In-text labels in document order and bibliography entries by key."""

    cites: list[str]
    entries: dict[str, tuple[str, str, tuple[str, ...]]]  # key -> (label, text, italics)


def extract(page: str) -> Rendered:
    """The citations and entries of an HTML page in pandoc's (and our) markup."""
    tree = lxml_html.fromstring(f"<div>{page}</div>")
    cites = [_text(e) for e in tree.xpath('//span[contains(@class, "citation")][@data-cites]')]
    entries = {}
    for entry in tree.xpath('//div[contains(@class, "csl-entry")]'):
        margin = entry.xpath('./div[@class="csl-left-margin"]')
        body = entry.xpath('./div[@class="csl-right-inline"]')
        label = _text(margin[0]) if margin else ""
        key = (entry.get("id") or "").removeprefix("ref-")
        italics = tuple(_text(e) for e in entry.xpath(".//em | .//i"))  # pandoc <em>, ours <i>
        entries[key] = (label, _text(body[0]) if body else _text(entry), italics)
    return Rendered(cites, entries)


@functools.cache
def pandoc_rendering(style_file: str) -> Rendered:
    """pandoc 3's HTML for the corpus document in the CSL style ``style_file``."""
    import pypandoc

    items = load_corpus()
    source = "---\n" + yaml.safe_dump({"references": items}, allow_unicode=True) + "---\n\n"
    source += document_body(items)
    result = subprocess.run(
        [pypandoc.get_pandoc_path(), "-f", "markdown", "-t", "html5", "--citeproc",
         "--csl", style_file],
        input=source, capture_output=True, text=True, check=True, timeout=120,
    )  # fmt: skip
    return extract(result.stdout)


@dataclass
class Comparison:
    """Where we agree with pandoc and where we differ, for one style."""

    entries_same: int = 0
    entries_total: int = 0
    cites_same: int = 0
    cites_total: int = 0
    entry_diffs: dict[str, tuple[Any, Any]] = field(default_factory=dict)
    cite_diffs: dict[str, tuple[str, str]] = field(default_factory=dict)


def compare(theirs: Rendered, ours: Rendered, forms: list[str]) -> Comparison:
    """Pair entries by key and in-text labels by position (``forms`` names each)."""
    result = Comparison()
    for key, expected in theirs.entries.items():
        got = ours.entries.get(key)
        result.entries_total += 1
        if got == expected:
            result.entries_same += 1
        else:
            result.entry_diffs[key] = (expected, got)
    for index, form in enumerate(forms):
        expected = theirs.cites[index] if index < len(theirs.cites) else ""
        got = ours.cites[index] if index < len(ours.cites) else ""
        result.cites_total += 1
        if got == expected:
            result.cites_same += 1
        else:
            result.cite_diffs[form] = (expected, got)
    return result


def citation_forms(items: list[dict[str, Any]]) -> list[str]:
    """The name of each citation in the document, in order (its Markdown)."""
    return [f"[@{item['id']}]" for item in items] + list(CITATION_FORMS)


def render_document_citations(items: list[dict[str, Any]], body: str, style: str) -> str:
    """Our HTML for ``body``: each citation as ``format_cluster`` writes it, then the entries.

    Works are numbered by first citation, which in the oracle's document is corpus order.
    """
    import html

    from articleeditor.core.citations import parse_citations
    from articleeditor.core.citeproc import format_bibliography, format_cluster

    groups = parse_citations(body)
    known = {str(i["id"]) for i in items}
    order = list(dict.fromkeys(k for g in groups for k in g.keys if k in known))
    numbers = {k: n + 1 for n, k in enumerate(order)}
    spans = [
        f'<span class="citation" data-cites="{html.escape(" ".join(g.keys))}">'
        f"{format_cluster(items, list(g.items), style, numbers, not g.bracketed, order)}</span>"
        for g in groups
    ]
    entries = []
    for entry in format_bibliography(items, order, style):
        if entry.label:
            label = entry.label.replace(str(entry.label).strip("[].") or "?",
                                        str(numbers[entry.key]), 1)  # fmt: skip
            inner = (f'<div class="csl-left-margin">{html.escape(label)}</div>'
                     f'<div class="csl-right-inline">{entry.html}</div>')  # fmt: skip
        else:
            inner = entry.html
        entries.append(f'<div class="csl-entry" id="ref-{html.escape(entry.key)}">{inner}</div>')
    return "<p>" + "</p><p>".join(spans) + "</p>" + "".join(entries)
