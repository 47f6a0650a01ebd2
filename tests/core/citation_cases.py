"""Articles whose citation numbering pandoc decides, shared by the core and window tests.

Each case is a whole article file (its references in the front matter, as pandoc reads
them too); :func:`pandoc_numbers` asks a current pandoc (the ``pypandoc_binary`` wheel) how it
numbers them with the same CSL style.
"""

from __future__ import annotations

import re
import subprocess

import pypandoc
from lxml import html as lxml_html

from articleeditor.core.citeproc import style_path

_NAMES = {"a": "Ant", "b": "Bee", "c": "Cat", "d": "Dog", "e": "Eel", "f": "Fox"}
FRONT = (
    "---\ntitle: Numbering\nreferences:\n"
    + "".join(
        f"- id: {key}\n  type: article-journal\n  title: {name} study\n"
        f"  author: [{{family: {name}, given: A.}}]\n  container-title: Science\n"
        f"  issued: {{date-parts: [[2020]]}}\n"
        for key, name in _NAMES.items()
    )
    + "---\n\n"
)

CASES: dict[str, str] = {
    # The article: bare key, bracketed key, list item, last paragraph.
    "paragraphs-and-list": "First @a then [@b].\n\n- item [@c]\n\nLast [@d].\n",
    "headings": "# Intro to @c\n\nText [@b].\n\n## About [@a]\n\nMore [@d] and [@c].\n",
    "table": (
        "Before [@d].\n\n| Study | Finding |\n|---|---|\n| [@c] | x |\n| y | [@a] |\n\n"
        "After [@b].\n"
    ),
    "footnotes": (
        "Start [@e].\n\nA claim[^1] with [@b] beside it.\n\nMore[^long] and [@d].\n\n"
        "[^1]: The note cites [@c].\n\n[^long]: Another note [@a].\n\n    It goes on [@f].\n"
    ),
    "repeated-and-grouped": (
        "Group [@c; @a] then [@b] and [@a] again.\n\nAll [@d; @b; @a; @c] and [@c].\n"
    ),
    "suppressed-author": "As [-@b] showed, and @a agreed [-@c].\n\nThen [@a].\n",
    "code-span": "Not `[@a]` nor `@b` but [@c].\n\n```\n[@d]\n```\n\nThen [@b] and @a.\n",
    "block-quote": "Said [@d].\n\n> Quoted [@b] and @c.\n\nThen [@a].\n",
}


def article(case: str) -> str:
    """The whole file of ``case``."""
    return FRONT + CASES[case]


def _cited_numbers(tree) -> list[tuple[str, str]]:
    """(cited keys, the label's text) of each citation in the HTML, in document order."""
    spans = tree.xpath('//span[contains(concat(" ", @class, " "), " citation ")]')
    return [(span.get("data-cites", ""), " ".join(span.text_content().split())) for span in spans]


def numbering(page_html: str) -> tuple[list[str], list[tuple[str, str]]]:
    """The bibliography's keys in order and the in-text labels of an HTML page."""
    tree = lxml_html.fromstring(page_html)
    entries = [e.get("id")[len("ref-") :] for e in tree.xpath('//div[starts-with(@id, "ref-")]')]
    return entries, sorted(_cited_numbers(tree))


def pandoc_numbers(text: str, style: str = "numeric") -> tuple[list[str], list[tuple[str, str]]]:
    """How pandoc numbers ``text`` in ``style``: see :func:`numbering`."""
    result = subprocess.run(
        [pypandoc.get_pandoc_path(), "-f", "markdown", "-t", "html", "--citeproc",
         "--csl", str(style_path(style))],
        input=text, capture_output=True, text=True, check=True, timeout=60,
    )  # fmt: skip
    return numbering(result.stdout)


def numbers_by_key(labels: list[tuple[str, str]]) -> dict[str, int]:
    """Each key's number, read from the labels of one-key citations (``[3]``)."""
    found: dict[str, int] = {}
    for keys, label in labels:
        match = re.fullmatch(r"\[(\d+)\]", label)
        if " " not in keys and match:
            found[keys] = int(match.group(1))
    return found
