"""Jobs that run in a worker process (:class:`articleeditor.ui.workers.WorkerProcess`).

Each is a module-level function whose first argument is the editor's text, which the process
keeps between jobs; the state a process keeps for the next job (render cache, the blocks the
preview was last sent, loaded dictionaries) lives here. No Qt: the process imports this
module, not the GUI.
"""

from __future__ import annotations

from dataclasses import dataclass

from articleeditor.core import fields
from articleeditor.core.blockpatch import BlockPatch
from articleeditor.core.docscan import DocumentScanner
from articleeditor.core.frontcache import FrontMatterCache
from articleeditor.core.frontmatter import parse
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

_render_cache = SegmentCache()
_sent_blocks: tuple[str, ...] | None = None  # what the GUI side holds after our last patch


def render_preview(text: str, options: RenderOptions, whole: bool = False) -> BlockPatch:
    """``render_article`` with this process's section cache, as a patch to the blocks sent
    last time (all blocks if ``whole``: the GUI side has none)."""
    global _sent_blocks
    rendered = render_article(text, options, _render_cache)
    patch = BlockPatch.between(None if whole else _sent_blocks, rendered)
    _sent_blocks = rendered.blocks
    return patch


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
    style = options_for_article(options, front.data).citation_style
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


