"""Articles with tricky fences, shared by the block scanner's tests in core and in the editor.

Each line of prose or code holds its own words, so what the renderer puts in ``<pre>`` can be
traced back to source lines by word.
"""

from __future__ import annotations

import html
import re

TRICKY_ARTICLES: dict[str, str] = {
    "indented fences 1-3 spaces are text": (
        "Intro alpha\n\n ```\none bravo\n ```\n\n  ```\ntwo charlie\n  ```\n\n"
        "   ~~~\nthree delta\n   ~~~\n\n# Echo heading\n"
    ),
    "a fence indented 4 spaces is indented code": (
        "Intro foxtrot\n\n    ```\n    golf inside\n    ```\n\nAfter hotel\n"
    ),
    "tildes": "~~~\nindia code\n# Juliet not heading\n~~~\n\nKilo after\n",
    "backtick in a backtick fence's info string": (
        "```py`x\nlima word\n```\n\n# Mike heading\n\n```\nnovember code\n```\n"
    ),
    "longer closing fence does not close": (
        "```\noscar code\n````\npapa code\n```\n\nQuebec after\n"
    ),
    "shorter inner fence": "````\nromeo code\n```\nsierra code\n````\n\n## Tango heading\n",
    "unclosed fence is text": "Uniform before\n\n```\nvictor text\n# Whiskey heading\n",
    "fences inside list items": (
        "- xray item\n\n    ```\n    yankee listed\n    ```\n\n- zulu item\n```\namber code\n```\n"
        "\nBeryl after\n"
    ),
    "fence in a block quote": "> ```\n> coral quoted\n> ```\n\nDaisy after\n",
    "front matter holding a fence": (
        "---\ntitle: T\nnote: |\n  ```\n---\nEmber prose\n\n```\nfrost code\n```\n\nGarnet end\n"
    ),
    "headings inside fences": (
        "```\n# Hazel not heading\n```\n# Iris heading\n\n~~~~\nJade underlined\n===\n~~~~\n"
    ),
    "citations in code": (
        "See [@prosekey] there.\n\n```\n[@fencekey]\n```\n\n    [@indentkey] code\n\n"
        "- kept item\n\n    [@listkey] continues\n"
    ),
    "setext under a list item": "- lotus item\n---\n\nMaple after\n",
}

_PRE = re.compile(r"<pre\b.*?</pre>", re.S)
_TAG = re.compile(r"<[^>]+>")
_HEADING = re.compile(r"<h([1-6])\b[^>]*>(.*?)</h\1>", re.S)
_CODE_DIV = re.compile(r'<div data-line="(\d+)" class="codehilite">')
_CITES = re.compile(r'data-cites="([^"]*)"')
WORD = re.compile(r"[A-Za-z@]+")


def text_of(fragment: str) -> str:
    """The text of an HTML fragment (each tag a space, entities decoded)."""
    return html.unescape(_TAG.sub(" ", fragment))


def code_blocks(body_html: str) -> list[str]:
    """The text of each ``<pre>`` the renderer made."""
    return [text_of(m.group(0)) for m in _PRE.finditer(body_html)]


def code_text(body_html: str) -> str:
    """The text the renderer put inside ``<pre>``."""
    return "\n".join(code_blocks(body_html))


def prose_text(body_html: str) -> str:
    """The rendered text outside ``<pre>``."""
    return text_of(_PRE.sub("\n", body_html))


def heading_titles(body_html: str) -> list[str]:
    """The text of every rendered heading, in order."""
    return [text_of(m.group(2)).strip() for m in _HEADING.finditer(body_html)]


def code_block_lines(body_html: str) -> set[int]:
    """1-based source lines the top-level code blocks are anchored at."""
    return {int(m.group(1)) for m in _CODE_DIV.finditer(body_html)}


def cited_keys(body_html: str) -> set[str]:
    """Keys of the citations the renderer resolved."""
    return {key for m in _CITES.finditer(body_html) for key in m.group(1).split()}


def rendered_code_lines(text: str, body_html: str) -> set[int]:
    """0-based lines of ``text`` holding a word the renderer shows only inside ``<pre>``."""
    only_code = set(WORD.findall(code_text(body_html))) - set(WORD.findall(prose_text(body_html)))
    return {
        number
        for number, line in enumerate(text.split("\n"))
        if set(WORD.findall(line)) & only_code
    }
