"""Slugs: readable ASCII names for URLs and files, from titles in any script.

Transliteration is anyascii's (ISC licence, tables for every script). Chinese, Japanese and
Korean characters transliterate to whole syllables that it runs together ("BeiJing"), so each
is spaced apart first and a title such as "北京大学" becomes ``bei-jing-da-xue``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from anyascii import anyascii

from articleeditor.core.findings import Finding

DEFAULT_MAX_LENGTH = 80

_UNSAFE = re.compile(r"[^A-Za-z0-9]+")


@dataclass(frozen=True)
class SlugRules:
    """How a site wants its slugs: ``[slug]`` in ``articleeditor.toml``."""

    max_length: int = DEFAULT_MAX_LENGTH
    lowercase: bool = True
    separator: str = "-"


def _is_syllabic(char: str) -> bool:
    """CJK ideographs, kana and Hangul: one character is one syllable or word."""
    code = ord(char)
    return (
        0x2E80 <= code <= 0x9FFF  # CJK radicals, kana, ideographs
        or 0xAC00 <= code <= 0xD7AF  # Hangul syllables
        or 0xF900 <= code <= 0xFAFF  # CJK compatibility ideographs
        or 0x20000 <= code <= 0x2FA1F  # CJK extensions
    )


def transliterate(text: str) -> str:
    """ASCII for ``text``: "Über Café" -> "Uber Cafe", "北京" -> "Bei Jing"."""
    text = unicodedata.normalize("NFC", text)
    out = []
    for char in text:
        ascii_text = anyascii(char)
        out.append(f" {ascii_text} " if _is_syllabic(char) and ascii_text else ascii_text)
    return "".join(out)


def slugify(text: str, rules: SlugRules | None = None) -> str:
    """A slug for ``text``: ASCII letters and digits joined by the separator; may be empty."""
    rules = rules or SlugRules()
    ascii_text = transliterate(text.replace("'", "").replace("’", ""))
    if rules.lowercase:
        ascii_text = ascii_text.lower()
    words = [w for w in _UNSAFE.split(ascii_text) if w]
    slug = ""
    for word in words:
        candidate = f"{slug}{rules.separator}{word}" if slug else word
        if len(candidate) > rules.max_length:
            break
        slug = candidate
    if not slug and words:  # a single word longer than the limit
        slug = words[0][: rules.max_length]
    return slug


def slug_problem(slug: str, rules: SlugRules | None = None) -> Finding | None:
    """Why ``slug`` cannot name a published file (a complete sentence), or None if it can."""
    rules = rules or SlugRules()
    if not slug:
        return Finding("slug-empty")
    if "/" in slug or "\\" in slug or ".." in slug or slug.startswith("."):
        return Finding("slug-path", {"slug": slug})
    if len(slug) > rules.max_length:
        return Finding("slug-too-long", {"slug": slug, "limit": rules.max_length})
    sep = re.escape(rules.separator)
    pattern = rf"[A-Za-z0-9]+(?:(?:{sep}|[-_])[A-Za-z0-9]+)*"
    if not re.fullmatch(pattern, slug):
        return Finding(
            "slug-characters",
            {"slug": slug, "separator": rules.separator, "suggestion": slugify(slug, rules)},
        )
    if rules.lowercase and slug != slug.lower():
        return Finding("slug-capitals", {"slug": slug, "lower": slug.lower()})
    return None
