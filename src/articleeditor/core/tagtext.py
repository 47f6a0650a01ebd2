"""Reading tags as writers type or paste them."""

from __future__ import annotations

import re
import unicodedata

_HASHTAG = re.compile(r"#([^\s#,;]+)")


def split_tag_input(text: str) -> list[str]:
    """``"#HealthTech #CancerResearch"`` -> two tags; ``"a, b"`` -> two; else one tag."""
    text = text.strip()
    if not text:
        return []
    if "#" in text:
        return _HASHTAG.findall(text)
    return [part.strip() for part in re.split(r"[,;]", text) if part.strip()]


def tag_key(tag: str) -> str:
    """Identity of a tag for duplicate detection: case, accents, spaces and dashes ignored."""
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
