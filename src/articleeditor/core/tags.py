"""Tag and category rules: reading what writers type, matching spellings, writing new terms."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping

from articleeditor.core.site import Generator

TAG_STYLES = ("keep", "lower", "slug")

_HASHTAG = re.compile(r"#([^\s#,;]+)")
_NOT_SLUG = re.compile(r"[^0-9a-z]+")


def split_tag_input(text: str) -> list[str]:
    """``"#HealthTech #CancerResearch"`` -> two tags; ``"a, b"`` -> two; else one tag."""
    text = text.strip()
    if not text:
        return []
    if "#" in text:
        return _HASHTAG.findall(text)
    return [part.strip() for part in re.split(r"[,;]", text) if part.strip()]


def tag_key(tag: str) -> str:
    """Identity of a tag for matching: case, accents, spaces and punctuation ignored."""
    decomposed = unicodedata.normalize("NFKD", tag.casefold())
    return "".join(ch for ch in decomposed if ch.isalnum())


def merge_tags(existing: list[str], new: list[str]) -> list[str]:
    """Append ``new`` tags to ``existing``, dropping any whose key is already there."""
    seen = {tag_key(t) for t in existing}
    merged = list(existing)
    for tag in new:
        key = tag_key(tag)
        if key and key not in seen:
            seen.add(key)
            merged.append(tag)
    return merged


def dedupe(tags: Iterable[str]) -> list[str]:
    """``tags`` in order with later spellings of the same tag (and empty ones) dropped."""
    return merge_tags([], list(tags))


def styled(tag: str, style: str) -> str:
    """How a NEW tag is written under the site's rule: keep | lower | slug."""
    tag = " ".join(tag.split())
    if style == "lower":
        return tag.lower()
    if style == "slug":
        plain = unicodedata.normalize("NFKD", tag.lower())
        plain = "".join(ch for ch in plain if not unicodedata.combining(ch))
        return _NOT_SLUG.sub("-", plain).strip("-")
    return tag


def canonical(tag: str, known: Iterable[str], style: str = "keep") -> str:
    """The site's existing spelling of ``tag`` if it has one, else ``tag`` in the site's style."""
    key = tag_key(tag)
    for existing in known:
        if tag_key(existing) == key:
            return existing
    return styled(tag, style)


def complete(text: str, counts: Mapping[str, int], limit: int = 20) -> list[tuple[str, int]]:
    """Known tags matching ``text`` (prefix matches first), most used first, with their counts."""
    key = tag_key(text)
    if not key:
        return []
    prefix, inner = [], []
    for tag, count in counts.items():
        tag_k = tag_key(tag)
        if tag_k.startswith(key):
            prefix.append((tag, count))
        elif key in tag_k:
            inner.append((tag, count))

    def order(item: tuple[str, int]) -> tuple[int, str]:
        return (-item[1], item[0].casefold())

    return (sorted(prefix, key=order) + sorted(inner, key=order))[:limit]


def max_categories(generator: Generator) -> int | None:
    """How many categories an article may have: Pelican allows one; None means no limit."""
    return 1 if generator is Generator.PELICAN else None
