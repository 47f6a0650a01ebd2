"""Offline spell checking: which words of an article to check, and a dictionary to check them.

The tokeniser skips what is not prose: front matter keys, fenced and inline code, URLs, e-mail
addresses, citations ``[@key]``, link destinations, HTML tags, and words with digits. The word
lists come from pyspellchecker (word-frequency lists for English, German, French, Spanish and
others, shipped inside the package), so checking needs no network and no system dictionary.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable, Iterator, Set
from pathlib import Path

from articleeditor.core.blocks import CODE_KINDS, LineKind, scan
from articleeditor.core.storage import atomic_write

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# Spans that are not prose, found before words so words inside them are skipped.
_SKIP = re.compile(
    r"`+[^`\n]*`+"  # inline code
    r"|<[a-zA-Z/!][^>\n]*>"  # HTML tags and comments
    r"|\[-?@[^\]\n]*\]|(?<![\w.])@[\w:.#$%&+?<>~/-]+"  # citations [@key] and bare @key
    r"|\]\([^)\n]*\)"  # link and image destinations
    r"|\b(?:[a-zA-Z][a-zA-Z+.-]*://|www\.)[^\s<>)\]]+"  # URLs
    r"|[\w.+-]+@[\w-]+\.[\w.-]+"  # e-mail addresses
    r"|(?<!\S)[^\s\d]*\d\S*"  # anything with a digit: versions, units, ids
    r"|\{[^}\n]*\}"  # attribute lists and shortcode arguments
)
# One pass over a line: skipped spans are consumed first, so words inside them never match.
_TOKEN = re.compile(f"(?:{_SKIP.pattern})|(?P<word>{_WORD.pattern})")
_TOP_KEY = re.compile(r"""^(?:"([^"]*)"|'([^']*)'|([^\s:=#"'-][^:=]*?))[ \t]*[:=](?:\s|$)""")
# Front matter fields whose values are prose for readers; other values are names and ids.
PROSE_FIELDS = frozenset(
    {
        "title",
        "subtitle",
        "summary",
        "description",
        "excerpt",
        "abstract",
        "lead",
        "caption",
        "teaser",
        "linktitle",
    }
)


# Longer runs of letters are not checked: no language has such a word, the editor does not
# style the lines that hold one (they are longer still), and the pattern that finds the lines
# of misspelled words took seconds to build for a pasted megabyte of letters.
LONGEST_WORD = 5_000


def _checkable(word: str) -> bool:
    # Single letters, acronyms (NASA) and mixed-case names (PubMed, mRNA) are not checked.
    return 1 < len(word) <= LONGEST_WORD and word[1:] == word[1:].lower()


def line_tokens(line: str, start: int = 0) -> Iterator[tuple[int, int, str]]:
    """(start, end, word) for each word of a prose ``line`` worth checking."""
    for m in _TOKEN.finditer(line, start):
        word = m.group("word")
        if word is not None and _checkable(word):
            yield m.start(), m.end(), word


def front_matter_tokens(line: str, prose_before: bool) -> tuple[list[tuple[int, int, str]], bool]:
    """Words to check on a front matter line, and whether the next lines continue a prose value.

    Keys are never checked. Only the values of prose fields (title, summary…) are: names, tags,
    slugs and references are not prose, and underlining them would only be noise.
    """
    m = _TOP_KEY.match(line)
    if m:
        key = next(g for g in m.groups() if g is not None).strip().lower()
        prose = key in PROSE_FIELDS
        return (list(line_tokens(line, m.end())) if prose else []), prose
    if not line.strip() or line.lstrip().startswith("#"):
        return [], prose_before
    if line[0] in " \t":  # a continuation of the value above (folded text, list items)
        return (list(line_tokens(line)) if prose_before else []), prose_before
    return [], False


def _lines(text: str) -> tuple[list[tuple[int, str]], list[str]]:
    """The front matter's lines (with their offsets) and the body's lines that are not code."""
    blocks = scan(text)
    lines, kinds = blocks.lines, blocks.kinds
    front: list[tuple[int, str]] = []
    offset = 0
    for line in lines[: blocks.body_start]:
        front.append((offset, line))
        offset += len(line) + 1
    prose = [line for line, kind in zip(lines, kinds, strict=True) if kind not in CODE_KINDS]
    return front, prose[blocks.body_start :]


def document_tokens(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, word) with offsets into ``text`` for every checkable word."""
    blocks = scan(text)
    prose_value = False
    offset = 0
    for line, kind in zip(blocks.lines, blocks.kinds, strict=True):
        if kind is LineKind.FRONT_MATTER:
            tokens, prose_value = front_matter_tokens(line, prose_value)
            for s, e, w in tokens:
                yield offset + s, offset + e, w
        elif kind not in CODE_KINDS:
            for s, e, w in line_tokens(line):
                yield offset + s, offset + e, w
        offset += len(line) + 1


def document_words(text: str) -> set[str]:
    """The distinct checkable words of ``text`` (the same words :func:`document_tokens` finds).

    Prose lines are searched in one pass with ``findall``: a 1 MB article is checked in the
    time of a regex scan rather than a Python loop per word.
    """
    front, prose = _lines(text)
    words: set[str] = set()
    prose_value = False
    for _offset, line in front:
        tokens, prose_value = front_matter_tokens(line, prose_value)
        words.update(w for _s, _e, w in tokens)
    found = set(_TOKEN.findall("\n".join(prose)))
    words.update(w for w in found if _checkable(w))
    return words


def language_code(value: object, default: str = "en") -> str:
    """ "en-GB", "de_DE" or "fr" → the two-letter code our dictionaries use."""
    if isinstance(value, str) and value.strip():
        return re.split(r"[-_]", value.strip().lower())[0]
    return default


class PersonalDictionary:
    """The writer's own words, one per line in a UTF-8 file, saved atomically on each add."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except FileNotFoundError:
            lines = []
        self.words: set[str] = {w.strip() for w in lines if w.strip()}

    def add(self, word: str) -> None:
        """Remember ``word`` and write the list."""
        self.words.add(word)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(self.path, ("\n".join(sorted(self.words)) + "\n").encode("utf-8"))

    def __contains__(self, word: str) -> bool:
        return is_listed(word, self.words)


class PersonalWords(frozenset[str]):
    """A copy of the personal words sent to a worker process; matches like the dictionary."""

    def __contains__(self, word: object) -> bool:
        has = super().__contains__
        return isinstance(word, str) and (has(word) or has(word.lower()))


def is_listed(word: str, words: Set[str]) -> bool:
    """True if ``word``, or its lower-case form, is one of the writer's ``words``."""
    return word in words or word.lower() in words


def words_pattern(words: Iterable[str]) -> re.Pattern[str]:
    """A pattern finding any of ``words`` as a whole word."""
    ordered = sorted(words, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in ordered) + r")(?!\w)")


def lines_with(text: str, words: Set[str]) -> list[int]:
    """0-based numbers of the lines of ``text`` that contain any of ``words``."""
    if not words:
        return []
    pattern = words_pattern(words)
    return [n for n, line in enumerate(text.split("\n")) if pattern.search(line)]


# British → American spelling patterns, tried one after another on every form made so far:
# "randomised" → "randomized", "tumours" → "tumors", "centres" → "centers",
# "paediatric" → "pediatric", "travelled" → "traveled", "programme" → "program".
_BRITISH_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), american)
    for pattern, american in (
        (r"(?<=\w)is(e|ed|es|ing|ation|ations|er|ers)$", r"iz\1"),
        (r"(?<=\w)ys(e|ed|es|ing|er|ers)$", r"yz\1"),
        (r"(?<=\w)our(?=s?$|ed$|ing$|ite|able|er|ful|less|al)", "or"),
        (r"(?<=\w[bt])re(s|d)?$", r"er\1"),
        (r"(?<=\w)ae(?=\w)", "e"),
        (r"(?<=\w)oe(?=\w)|^oe(?=s)", "e"),
        (r"(?<=\w)ence(s)?$", r"ense\1"),
        (r"(?<=\w[aeiou])ll(ed|ing|er|ers)$", r"l\1"),
        (r"(?<=\w)mme(s)?$", r"m\1"),
        (r"(?<=\w)ogue(s)?$", r"og\1"),
    )
)


def american_forms(word: str) -> set[str]:
    """The American spellings a British-spelled lower-case ``word`` may stand for."""
    forms = {word}
    for pattern, american in _BRITISH_PATTERNS:
        forms |= {pattern.sub(american, form) for form in forms}
    forms.discard(word)
    return forms


def available_languages() -> list[str]:
    """Codes of the languages with a word list ("en", "de"…)."""
    from spellchecker import SpellChecker

    return sorted(SpellChecker.languages())


def extra_words(language: str) -> list[str]:
    """Words shipped beside a language's list (medicine and the life sciences for English),
    so common terms such as "hepatocellular" are not underlined."""
    from articleeditor.resources import resource_path

    path = resource_path("dictionaries", f"science-{language}.txt")
    if not path.is_file():
        return []
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


class UnsupportedLanguage(ValueError):
    """No word list ships for the requested language."""


class Dictionary:
    """A language's word list plus the personal words; thread-safe for reads."""

    def __init__(self, language: str = "en", personal: Container[str] | None = None) -> None:
        from spellchecker import SpellChecker  # imported late: loading a word list takes 0.2 s

        try:
            self._checker = SpellChecker(language=language, distance=2)
        except ValueError as error:
            raise UnsupportedLanguage(language) from error
        science = extra_words(language)
        if science:
            self._checker.word_frequency.load_words(science)
        self.language = language
        self.personal = personal

    def known(self, word: str) -> bool:
        """True if ``word`` is spelled correctly (either apostrophe form, any case)."""
        if self.personal is not None and word in self.personal:
            return True
        plain = word.replace("’", "'").lower()
        if plain in self._checker:
            return True
        # Possessives and contractions the lists lack: "researcher's".
        if plain.endswith("'s") and plain[:-2] in self._checker:
            return True
        # The English list is American; British spellings are as correct for our writers.
        return self.language == "en" and any(
            form in self._checker for form in american_forms(plain)
        )

    def misspelled(self, words: Iterable[str]) -> set[str]:
        """The words of ``words`` that are not known."""
        return {w for w in words if not self.known(w)}

    def suggestions(self, word: str, limit: int = 7) -> list[str]:
        """Likely corrections, most probable first, in the word's capitalisation."""
        plain = word.lower()
        candidates = self._checker.candidates(plain) or set()
        ranked = sorted(
            (c for c in candidates if c != plain), key=lambda c: (-self._checker[c], c)
        )[:limit]
        if word[:1].isupper():
            ranked = [c[:1].upper() + c[1:] for c in ranked]
        return ranked
