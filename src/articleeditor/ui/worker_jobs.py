"""Jobs that run in a worker process (:class:`articleeditor.ui.workers.WorkerProcess`).

Each is a module-level function whose first argument is the editor's text, which the process
keeps between jobs; the state a process keeps for the next job (render cache, the blocks the
preview was last sent, loaded dictionaries) lives here. No Qt: the process imports this
module, not the GUI.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace

from articleeditor.core import fields
from articleeditor.core.bibstore import BibliographyStore
from articleeditor.core.blockpatch import BlockPatch
from articleeditor.core.docscan import DocumentScanner
from articleeditor.core.frontcache import FrontMatterCache
from articleeditor.core.frontmatter import parse
from articleeditor.core.index import user_cache_dir
from articleeditor.core.refcheck import (
    ReferenceProblem,
    ReferenceRow,
    check_references,
    reference_rows,
)
from articleeditor.core.render import (
    RenderOptions,
    SegmentCache,
    options_for_article,
    render_article,
)
from articleeditor.core.spelling import (
    Dictionary,
    PersonalWords,
    UnsupportedLanguage,
    document_words,
    language_code,
    lines_with,
)

# ----- preview (the render process) -----------------------------------------------------------

# Formatted bibliographies outlive the process: reopening an article does not format them again.
_render_cache = SegmentCache(store=BibliographyStore(user_cache_dir() / "bibliography"))
_sent_blocks: tuple[str, ...] | None = None  # what the GUI side holds after our last patch


def render_preview(
    text: str, options: RenderOptions, whole: bool = False, first: bool = False
) -> BlockPatch:
    """``render_article`` with this process's section cache, as a patch to the blocks sent
    last time (all blocks if ``whole``: the GUI side has none).

    ``first`` (an article just opened): the body may come before its bibliography, whose
    formatting is most of a first render; the patch then says it is not ``complete``, and the
    next render adds the References.

    A citation style that cannot be used gives way to one that can (the patch's
    ``style_problem`` says which, for the preview's note): the writer still sees the article.
    """
    global _sent_blocks
    options = replace(options, style_fallback=True)
    rendered = render_article(text, options, _render_cache, defer_bibliography=first)
    patch = BlockPatch.between(None if whole else _sent_blocks, rendered)
    _sent_blocks = rendered.blocks
    return patch


# What the first preview would otherwise pay for once: Python-Markdown and each extension
# set up, a Pygments lexer's rules compiled, the CSL style and its locale parsed, the regular
# expressions of the citation and footnote scanners compiled.
_WARM_UP_ARTICLE = """---
title: Warm-up
references:
  - id: warm
    type: article-journal
    title: A study
    author: [{family: Kim, given: Min-jun}]
    container-title: Nature
    issued: {date-parts: [[2020, 1]]}
    DOI: 10.1000/warm
---
# Heading

Text *with* **emphasis**, `code`, [a link][site], HTML, a note[^n] and citations
[@warm, p. 3; @warm] and @warm.

- an item [@warm]

| a | b |
|---|---|
| [@warm] | 2 |

> a quote

```python
@dataclass
def f(x: int) -> str:
    return "x"
```

[^n]: The note.

[site]: https://example.org
*[HTML]: Hypertext Markup Language
"""


def warm_up_render() -> Iterator[None]:
    """Render a small article, in a cache of its own, in steps of a few tens of milliseconds:
    the process takes a job that is waiting between two steps (see ``serve``)."""
    prose, code = _WARM_UP_ARTICLE.split("```python", 1)
    # The default style; a site's other style is set up by its first render.
    render_article(prose, RenderOptions(), SegmentCache())
    yield
    render_article("```python" + code, RenderOptions(), SegmentCache())
    yield


# ----- the analysis process -------------------------------------------------------------------

_reference_front = FrontMatterCache()
_reference_scanner = DocumentScanner()


def reference_view(
    text: str, options: RenderOptions
) -> tuple[list[ReferenceRow], list[ReferenceProblem]] | None:
    """The References panel's entries and the checks (None while the front matter is broken)."""
    front = _reference_front.parse(text)
    if front.error is not None:
        return None
    references = _reference_front.metadata(front).references
    # The style the preview formats in, the same stand-in when the one named cannot be used.
    style = options_for_article(replace(options, style_fallback=True), front.data).citation_style
    # One scan, kept by section between keystrokes, serves the rows and the checks.
    reading = _reference_scanner.scan(front.body).order
    return (
        reference_rows(front.body, references, style, reading),
        check_references(front.body, references, reading=reading),
    )


@dataclass(frozen=True)
class SpellCheckResult:
    """A finished check: the misspelled words, and the lines whose underlines change relative
    to ``shown`` (the underlined words when the check started, on a text of ``line_count``)."""

    language: str
    misspelled: set[str]
    shown: set[str]
    line_count: int
    lines: list[int]


_dictionaries: dict[str, Dictionary | None] = {}


def dictionary(language: str) -> Dictionary | None:
    """The word list for ``language``, loaded once per process (None if none ships)."""
    if language not in _dictionaries:
        try:
            _dictionaries[language] = Dictionary(language)
        except UnsupportedLanguage:
            _dictionaries[language] = None
    return _dictionaries[language]


def article_language(text: str, default: str) -> str:
    """The article's ``lang`` front matter, else ``default``."""
    _key, value = fields.get_field(parse(text).data, fields.LANGUAGE)
    return language_code(value, default)


def check_spelling(
    text: str, default_language: str, personal: frozenset[str], shown: set[str]
) -> SpellCheckResult:
    """The words of ``text`` that are neither in the language's list nor ``personal``."""
    language = article_language(text, default_language)
    words = dictionary(language)
    found: set[str] = set()
    if words is not None:
        words.personal = PersonalWords(personal)
        found = words.misspelled(document_words(text))
    # Which lines need new underlines, found here rather than on the GUI thread.
    lines = lines_with(text, found ^ shown)
    return SpellCheckResult(language, found, shown, text.count("\n") + 1, lines)
