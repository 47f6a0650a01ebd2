"""Jekyll runs Liquid over a post before Markdown: whatever the article holds, Liquid must give
back its text unchanged. Checked against Liquid's own tokenizer and raw-block rules (Liquid 4,
which Jekyll 4 uses, and Liquid 5), re-implemented here from their regular expressions; the
real Jekyll build is in tests/e2e/test_generators.py."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from articleeditor.core.publish_content import liquid_safe

# Liquid::Tokenizer: the template is split on these (lib/liquid.rb, Liquid 4 and 5).
_TEMPLATE_PARSER = re.compile(r"(\{%.*?%\}|\{\{.*?\}\}?|\{%|\{\{)", re.S)
# Liquid::Raw: a token ends the raw block when this matches with "endraw" as the tag name.
_RAW_END = {
    4: re.compile(r"\A(.*)\{%\s*(\w+)\s*(.*)?%\}\Z", re.S),
    5: re.compile(r"\A(.*)\{%-?\s*(\w+)\s*(.*)?-?%\}\Z", re.S),
}
_TAG = re.compile(r"\A\{%-?\s*(\w+)\s*(.*?)-?%\}\Z", re.S)


class LiquidRan(AssertionError):
    """A tag or variable of the article was evaluated."""


def liquid_output(template: str, version: int) -> str:
    """What Liquid prints for a template made of text, raw blocks and ``{{ "{%" }}``."""
    tokens = [t for t in _TEMPLATE_PARSER.split(template) if t != ""]
    out: list[str] = []
    while tokens:
        token = tokens.pop(0)
        if token.startswith("{{"):
            if token != '{{ "{%" }}':
                raise LiquidRan(token)
            out.append("{%")
        elif token.startswith("{%"):
            tag = _TAG.match(token)
            if tag is None or tag.group(1) != "raw":
                raise LiquidRan(token)
            while True:
                if not tokens:
                    raise LiquidRan("raw block never closed")
                inner = tokens.pop(0)
                end = _RAW_END[version].match(inner)
                if end is not None and end.group(2) == "endraw":
                    out.append(end.group(1))
                    break
                if end is not None and version == 4:
                    out.append(end.group(1))  # Liquid 4 keeps the text before "{%" twice
                out.append(inner)
        else:
            out.append(token)
    return "".join(out)


CASES = [
    "Print {{ page.title }} and {% for p in site.posts %}.\n",
    "Escape: {% endraw %}{{ site.title }}{% raw %}\n",
    "{%- endraw -%}{{ site.title }} and {%endraw%} and {%\nendraw %}\n",
    "{{% endraw %} and {% foo {% endraw %} {%- endraw %}\n",
    "Hugo-style {{% note %}} and {{< figure >}} in a Jekyll post\n",
    "a {% foo {% bar %} b\n",
    "{{ unclosed and {% unclosed\n",
    '{{ "{%" }} already escaped {% raw %}{{ x }}{% endraw %}\n',
]


@pytest.mark.parametrize("version", [4, 5])
@pytest.mark.parametrize("body", CASES)
def test_liquid_gives_back_the_article(body, version):
    assert liquid_output(liquid_safe(body), version) == "\n" + body.rstrip("\n") + "\n\n"


def test_the_emulation_catches_the_old_wrapping():
    body = "Escape: {% endraw %}{{ site.title }}{% raw %}\n"
    with pytest.raises(LiquidRan):
        liquid_output("{% raw %}\n" + body + "{% endraw %}\n", 4)


PIECES = st.sampled_from(
    [
        "{%",
        "%}",
        "{{",
        "}}",
        "{",
        "}",
        "%",
        "-",
        " ",
        "\n",
        "endraw",
        "raw",
        "x",
        '"',
        "{% endraw %}",
        "{% raw %}",
        "{{ site.title }}",
    ]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(PIECES, max_size=16), st.sampled_from([4, 5]))
def test_no_body_makes_liquid_run(pieces, version):
    body = "".join(pieces)
    if not body.strip("\n"):
        return
    wrapped = "{{" in body or "{%" in body
    expected = "\n" + body.rstrip("\n") + "\n\n" if wrapped else body
    assert liquid_output(liquid_safe(body), version) == expected
