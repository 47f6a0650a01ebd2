"""What a new article starts from: the site's own template, or ours.

Writers of a Hugo site expect New Article to give what ``hugo new`` gives, so the site's
archetype (``archetypes/<section>.md``, else ``archetypes/default.md``) comes first; then a
template named in articleeditor.toml (``[new] template = "…"``); then a front matter with the
fields every generator reads. The slug shown in the Article panel is derived here by the
same rules Publish uses.
"""

from __future__ import annotations

import logging
import re
from datetime import datetime
from pathlib import Path

from articleeditor.core.site import (
    CONFIG_FILE,
    Generator,
    SiteConfig,
    SiteConfigError,
    publish_settings,
)
from articleeditor.core.slug import SlugRules, slugify

log = logging.getLogger(__name__)

DEFAULT_TITLE = "Untitled article"
_MAX_TEMPLATE_BYTES = 200_000

# Go template actions of Hugo archetypes we can fill in; any other action is left empty.
_GO_ACTION = re.compile(r"\{\{-?\s*(.*?)\s*-?\}\}", re.DOTALL)
_TITLE_ACTIONS = re.compile(
    r"""^replace\s+\.(?:Name|File\.ContentBaseName|File\.BaseFileName)\s+["`]-["`]\s+["`] ["`]"""
    r"""\s*\|\s*title$"""
)
_SLUG_ACTIONS = re.compile(r"^\.(?:Name|File\.ContentBaseName|File\.BaseFileName)$")


def slug_rules(site: SiteConfig | None) -> SlugRules:
    """The site's ``[slug]`` rules (defaults without a site or with a bad value)."""
    if site is None:
        return SlugRules()
    try:
        settings = publish_settings(site)
    except SiteConfigError:
        return SlugRules()
    return SlugRules(settings.slug_max_length, settings.slug_lowercase, settings.slug_separator)


def derived_slug(title: str, slug: str, site: SiteConfig | None) -> str:
    """The slug Publish uses: the article's own, else one made from its title."""
    return slug or slugify(title, slug_rules(site))


def _date_text(now: datetime) -> str:
    return now.isoformat(timespec="seconds")


def _fill_archetype(source: str, title: str, slug: str, now: datetime) -> str:
    def action(match: re.Match[str]) -> str:
        expression = match.group(1)
        if expression == ".Date":
            return _date_text(now)
        if _TITLE_ACTIONS.match(expression):
            return title
        if _SLUG_ACTIONS.match(expression):
            return slug
        return ""

    return _GO_ACTION.sub(action, source)


def _read(path: Path) -> str | None:
    try:
        if not path.is_file():
            return None
        data = path.read_bytes()[:_MAX_TEMPLATE_BYTES]
        return data.decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        log.warning("template %s not used: %s", path, error)
        return None


def _ours(title: str, now: datetime) -> str:
    return f'---\ntitle: "{title}"\ndate: {_date_text(now)}\ntags: []\ndraft: true\n---\n\n'


def template_source(site: SiteConfig | None) -> Path | None:
    """The file New Article starts from in ``site``, or None for the built-in template."""
    if site is None:
        return None
    new = site.section("new")
    named = new.get("template")
    if site.generator is Generator.HUGO:
        section = site.section("publish").get("section", "posts")
        for name in (f"{section}.md", "default.md"):
            candidate = site.root / "archetypes" / str(name)
            if candidate.is_file():
                return candidate
    if isinstance(named, str) and named:
        candidate = (site.root / named).resolve()
        if not candidate.is_relative_to(site.root):
            raise SiteConfigError(
                site.root / CONFIG_FILE, "new.template must be a file inside the site"
            )
        return candidate
    return None


def new_article_text(
    site: SiteConfig | None, now: datetime | None = None, title: str = DEFAULT_TITLE
) -> str:
    """The text of a new article for ``site``: its template filled in, or ours."""
    now = now or datetime.now().astimezone()
    slug = slugify(title, slug_rules(site))
    try:
        source = template_source(site)
    except SiteConfigError as error:
        log.warning("%s", error)
        source = None
    text = _read(source) if source is not None else None
    if text is None:
        return _ours(title, now)
    if source is not None and source.parent.name == "archetypes":
        return _fill_archetype(text, title, slug, now)
    # An articleeditor template: {title}, {date} and {slug}, nothing else replaced.
    return text.replace("{title}", title).replace("{date}", _date_text(now)).replace("{slug}", slug)
