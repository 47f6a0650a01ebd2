"""Tag hazards: tags that the site generator would link wrongly, merge, or drop.

Each generator turns a tag into a URL its own way; two tags that become one URL are merged
(Hugo) or overwrite each other's archive page (jekyll-archives), and a tag whose URL is empty
or starts with ``#`` gives a broken link. The rules below follow each generator's slug
function for tag pages; ``check``, the Tags panel and the publish plan all use them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from articleeditor.core.findings import Finding
from articleeditor.core.site import Generator
from articleeditor.core.slug import slugify
from articleeditor.core.tags import max_categories, tag_key


def _hugo(tag: str) -> str:
    # helpers.MakePath: keep letters, digits, marks and . / \ _ - # + ~; spaces become "-";
    # then lower-cased (disablePathToLower is off by default). Accents are kept.
    out = []
    for char in tag.strip():
        if char.isspace():
            out.append("-")
        elif char.isalnum() or unicodedata.category(char).startswith("M") or char in "./\\_-#+~":
            out.append(char)
    return "".join(out).lower()


def _jekyll(tag: str) -> str:
    # Jekyll::Utils.slugify in its default mode (jekyll-archives' tag pages).
    return re.sub(r"[^\w]+|_+", "-", tag.lower()).strip("-")


def _pelican(tag: str) -> str:
    # pelican.utils.slugify with the default substitutions, ASCII only, lower-cased.
    text = unicodedata.normalize("NFKD", tag).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"[^\w\s-]", "", text).strip()
    return re.sub(r"[-\s]+", "-", text).lower()


def _astro(tag: str) -> str:
    # Astro blog templates build tag pages from the tag itself, lower-cased.
    return re.sub(r"\s+", "-", tag.strip().lower())


TAG_SLUGS: dict[Generator, Callable[[str], str]] = {
    Generator.HUGO: _hugo,
    Generator.JEKYLL: _jekyll,
    Generator.PELICAN: _pelican,
    Generator.ASTRO: _astro,
    Generator.PLAIN: slugify,
}


def tag_slug(tag: str, generator: Generator) -> str:
    """The URL part of ``tag``'s page on a ``generator`` site."""
    return TAG_SLUGS[generator](tag)


@dataclass(frozen=True)
class TagFinding:
    """One hazard. ``code`` says which; ``suggestion`` is the spelling to use instead, if any.
    ``message`` is a Finding: the English wording for the CLI, with the code and values the
    window words it from (its code says "tag" or "category")."""

    code: str  # tag-hash | tag-variant | tag-slug-clash | tag-empty-slug | category-count
    tag: str
    message: str
    suggestion: str | None = None
    other: str | None = None


def lint_tags(
    tags: Iterable[str],
    generator: Generator,
    site_tags: Iterable[str] = (),
    *,
    kind: str = "tag",
) -> list[TagFinding]:
    """Hazards of an article's ``tags`` on a ``generator`` site that already has ``site_tags``.

    ``kind`` is "tag" or "category": categories are slugged like tags by every generator here.
    """
    tags = list(tags)
    site_by_key: dict[str, str] = {}
    site_by_slug: dict[str, str] = {}
    for known in site_tags:
        site_by_key.setdefault(tag_key(known), known)
        site_by_slug.setdefault(tag_slug(known, generator), known)
    findings: list[TagFinding] = []
    seen_slugs: dict[str, str] = {}
    for tag in tags:
        slug = tag_slug(tag, generator)
        if tag.lstrip().startswith("#"):
            bare = tag.lstrip().lstrip("#").strip()
            findings.append(
                TagFinding(
                    "tag-hash",
                    tag,
                    Finding(f"{kind}-hash", {"tag": tag, "bare": bare}),
                    bare or None,
                )
            )
            continue
        if not slug.strip("-"):
            findings.append(
                TagFinding(
                    "tag-empty-slug",
                    tag,
                    Finding(f"{kind}-empty-slug", {"tag": tag, "generator": generator.value}),
                )
            )
            continue
        existing = site_by_key.get(tag_key(tag))
        if existing is not None and existing != tag:
            findings.append(
                TagFinding(
                    "tag-variant",
                    tag,
                    Finding(f"{kind}-variant", {"tag": tag, "existing": existing}),
                    existing,
                    existing,
                )
            )
        elif slug in site_by_slug and site_by_slug[slug] != tag and existing is None:
            other = site_by_slug[slug]
            findings.append(
                TagFinding(
                    "tag-slug-clash",
                    tag,
                    Finding(
                        f"{kind}-site-clash",
                        {"tag": tag, "other": other, "slug": slug, "generator": generator.value},
                    ),
                    other,
                    other,
                )
            )
        if slug in seen_slugs and seen_slugs[slug] != tag:
            findings.append(
                TagFinding(
                    "tag-slug-clash",
                    tag,
                    Finding(
                        f"{kind}-own-clash",
                        {
                            "tag": tag,
                            "other": seen_slugs[slug],
                            "slug": slug,
                            "generator": generator.value,
                        },
                    ),
                    seen_slugs[slug],
                    seen_slugs[slug],
                )
            )
        seen_slugs.setdefault(slug, tag)
    return findings


def lint_categories(
    categories: Iterable[str], generator: Generator, site_categories: Iterable[str] = ()
) -> list[TagFinding]:
    """Hazards of an article's categories, including too many for the generator."""
    categories = list(categories)
    findings = lint_tags(categories, generator, site_categories, kind="category")
    limit = max_categories(generator)
    if limit is not None and len(categories) > limit:
        dropped = ", ".join(f"'{c}'" for c in categories[limit:])
        findings.append(
            TagFinding(
                "category-count",
                categories[limit],
                Finding(
                    "category-count",
                    {"generator": generator.value.capitalize(), "limit": limit, "dropped": dropped},
                ),
                categories[0],
            )
        )
    return findings
