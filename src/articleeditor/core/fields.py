"""The one place that names front matter fields and the aliases site generators use for them."""

from __future__ import annotations

from typing import Any

TITLE = "title"
DATE = "date"
UPDATED = "updated"
AUTHORS = "authors"
SLUG = "slug"
SUMMARY = "summary"
CATEGORIES = "categories"
TAGS = "tags"
DRAFT = "draft"
PUBLISHED = "published"  # the inverse of draft (Jekyll)
COVER = "cover"
LANGUAGE = "language"
REFERENCES = "references"

# Keys read for each canonical field, in order of preference; the canonical name comes first.
ALIASES: dict[str, tuple[str, ...]] = {
    TITLE: (TITLE,),
    DATE: (DATE,),
    UPDATED: (UPDATED, "lastmod", "modified"),
    AUTHORS: (AUTHORS, "author"),
    SLUG: (SLUG,),
    SUMMARY: (SUMMARY, "description", "excerpt"),
    CATEGORIES: (CATEGORIES, "category"),
    TAGS: (TAGS,),  # "keywords" is deliberately not an alias: it means SEO keywords
    DRAFT: (DRAFT,),
    COVER: (COVER, "cover_image", "image", "featured_image"),
    LANGUAGE: (LANGUAGE, "lang"),
    REFERENCES: (REFERENCES,),
}

CANONICAL = tuple(ALIASES)


def get_field(data: dict[Any, Any], name: str) -> tuple[str | None, Any]:
    """Return (the key actually used, its value) for a canonical field, or (None, None)."""
    keys = ALIASES.get(name, (name,))
    for key in keys:
        if key in data:
            return key, data[key]
    # Hugo treats keys case-insensitively, so "Title" still names the title.
    lowered = {k.lower(): k for k in data if isinstance(k, str)}
    for key in keys:
        if key in lowered:
            return lowered[key], data[lowered[key]]
    return None, None
