"""The copies of an article already in a site: found by its ``articleeditor_id``, with the
asset files each copy links to and the address each is served at.

A publish after a retitle moves the article (its earlier copies and their assets go in the same
change) and Unpublish removes them all, so both need to know exactly which files a copy owns:
the article file, the standalone page beside it (plain sites) and the copied files it links to.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from articleeditor.core import fields
from articleeditor.core.errors import ArticleEditorError
from articleeditor.core.frontmatter import parse
from articleeditor.core.publish_content import read_owner
from articleeditor.core.site import Generator, PublishSettings, SiteConfig
from articleeditor.core.textfile import MAX_OPEN_BYTES, read_regular

logger = logging.getLogger(__name__)

_JEKYLL_POST = re.compile(r"^(\d{4})-(\d{2})-(\d{2})-(.+)$")
_ARTICLE_SUFFIXES = (".md", ".markdown", ".html")
_SKIPPED_FOLDERS = {"node_modules"}


@dataclass(frozen=True)
class PublishedCopy:
    """One earlier publish of the article: its file, its slug, and the files it owns."""

    path: Path
    slug: str
    assets: tuple[Path, ...]
    companions: tuple[Path, ...] = ()  # the plain profile's standalone page

    @property
    def files(self) -> tuple[Path, ...]:
        """Every file this copy owns, the article file first."""
        return (self.path, *self.companions, *self.assets)


def file_slug(path: Path, text: str) -> str:
    """The slug a file in the site is published under."""
    front = parse(text)
    _, value = fields.get_field(front.data, fields.SLUG)
    if value:
        return str(value)
    match = re.search(r"^Slug:\s*(\S+)\s*$", text[:2000], re.M)
    if match and not front.data:
        return match.group(1)
    stem = path.parent.name if path.stem in ("index", "_index") else path.stem
    jekyll = _JEKYLL_POST.match(stem)
    return jekyll.group(4) if jekyll else stem


def fill_placeholders(template: str, values: dict[str, str]) -> str:
    """Replace ``{slug}``-style placeholders; other braces (Pelican's ``{static}``) stay."""
    return re.sub(r"\{(\w+)\}", lambda m: values.get(m.group(1), m.group(0)), template)


def _relative(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return str(path)


def asset_location(
    site: SiteConfig, settings: PublishSettings, article_file: Path, slug: str
) -> tuple[Path, str]:
    """(the folder the article's copied files go to, the URL prefix they are linked by)."""
    placeholders = {
        "slug": slug,
        "article_dir": _relative(article_file.parent, site.root),
        "content_dir": _relative(site.content_dir, site.root),
    }
    return (
        site.root / fill_placeholders(settings.assets_dir, placeholders),
        fill_placeholders(settings.assets_url, placeholders),
    )


def _linked_assets(text: str, folder: Path, url: str, article_file: Path) -> tuple[Path, ...]:
    """The files of ``folder`` that the published ``text`` links to (what Publish copied)."""
    if not folder.is_dir():
        return ()
    found = []
    for entry in sorted(folder.iterdir()):
        if not entry.is_file() or entry == article_file or entry.name.startswith("."):
            continue
        if entry.suffix.lower() in _ARTICLE_SUFFIXES:
            continue
        name = re.escape(url + entry.name) if url else re.escape(entry.name)
        if re.search(rf"(?<![\w.-]){name}(?![\w.-])", text):
            found.append(entry)
    return tuple(found)


def _article_files(content: Path) -> Iterator[Path]:
    # A stack, not os.walk: Python 3.11's walk recurses, and a site with folders nested a
    # thousand deep would end in RecursionError. Symbolic links to folders are not followed.
    stack = [content]
    while stack:
        folder = stack.pop()
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as error:
            logger.warning("cannot list %s: %s", folder, error)
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            try:
                if entry.is_dir(follow_symlinks=False):
                    if entry.name not in _SKIPPED_FOLDERS:
                        stack.append(Path(entry.path))
                elif Path(entry.name).suffix.lower() in _ARTICLE_SUFFIXES:
                    yield Path(entry.path)
            except OSError:
                continue


def _read_article(path: Path) -> str | None:
    """An article's text for a search, through the guards of opening one: a FIFO or a link
    to /dev/zero in the site is skipped, never read."""
    try:
        raw, _ = read_regular(path, MAX_OPEN_BYTES, head=True)
    except ArticleEditorError as error:
        logger.warning("not read: %s", error)
        return None
    return raw.decode("utf-8", errors="replace")


def files_naming(content: Path, needles: tuple[str, ...]) -> list[tuple[Path, str]]:
    """(path, text) of each article file under ``content`` whose text or name contains one of
    ``needles``: one read of the site serves every check that looks for a slug or an id (a
    file can only claim either by naming it; parsing front matter is the slow part)."""
    found: list[tuple[Path, str]] = []
    needles = tuple(n for n in needles if n)
    if not needles or not content.is_dir():
        return found
    for path in _article_files(content):
        text = _read_article(path)
        if text is None:
            continue
        name = path.parent.name + path.name
        if any(n in text or n in name for n in needles):
            found.append((path, text))
    return found


def find_copies(
    site: SiteConfig,
    settings: PublishSettings,
    article_id: str,
    draft: Path | None = None,
    candidates: list[tuple[Path, str]] | None = None,
) -> list[PublishedCopy]:
    """Every file in the site's content folder published under ``article_id`` (never the
    draft itself), with the files each owns. ``candidates``: from ``files_naming`` (read
    once for several checks); by default the site is read here."""
    if not article_id:
        return []
    if candidates is None:
        candidates = files_naming(site.content_dir, (article_id,))
    draft_real = Path(os.path.realpath(draft)) if draft is not None else None
    copies = []
    for path, text in candidates:
        if article_id not in text:
            continue
        if draft_real is not None and Path(os.path.realpath(path)) == draft_real:
            continue
        owner, _ = read_owner(path, settings)
        if owner != article_id:
            continue
        slug = file_slug(path, text)
        folder, url = asset_location(site, settings, path, slug)
        companions: tuple[Path, ...] = ()
        if site.generator is Generator.PLAIN and path.suffix.lower() != ".html":
            page = path.with_suffix(".html")
            companions = (page,) if page.is_file() else ()
        copies.append(
            PublishedCopy(path, slug, _linked_assets(text, folder, url, path), companions)
        )
    # A plain site's standalone page never carries the id; it is a companion, not a copy.
    companion_pages = {page for copy in copies for page in copy.companions}
    return sorted((c for c in copies if c.path not in companion_pages), key=lambda c: c.path)


# ----- the address a copy is served at ---------------------------------------------------------


def _front(path: Path) -> dict[Any, Any]:
    text = _read_article(path)
    return parse(text).data if text is not None else {}


def _string_list(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [str(v) for v in value if isinstance(v, (str, int, float))]
    return []


def hugo_url(site: SiteConfig, copy: PublishedCopy) -> str | None:
    """Where Hugo serves ``copy`` under its default permalinks (a ``url`` field wins)."""
    data = _front(copy.path)
    url = data.get("url")
    if isinstance(url, str):
        return url
    try:
        relative = copy.path.relative_to(site.content_dir)
    except ValueError:
        return None
    section = relative.parent.parent if copy.path.stem == "index" else relative.parent
    parts = [p for p in section.parts if p] + [copy.slug]
    return "/" + "/".join(parts) + "/"


def hugo_aliases(copy: PublishedCopy) -> list[str]:
    """The aliases an earlier copy already carried (addresses from before it)."""
    return _string_list(_front(copy.path).get("aliases"))


def jekyll_uses_redirects(root: Path) -> bool:
    """Whether the Jekyll site at ``root`` loads jekyll-redirect-from (Gemfile or _config)."""
    gemfile = root / "Gemfile"
    try:
        if gemfile.is_file() and "jekyll-redirect-from" in gemfile.read_text("utf-8", "replace"):
            return True
    except OSError as error:
        logger.warning("cannot read %s: %s", gemfile, error)
    config = _jekyll_config(root)
    plugins = _string_list(config.get("plugins")) + _string_list(config.get("gems"))
    return "jekyll-redirect-from" in plugins


def _jekyll_config(root: Path) -> dict[Any, Any]:
    path = root / "_config.yml"
    if not path.is_file():
        return {}
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8", errors="replace"))
    except (OSError, yaml.YAMLError) as error:
        logger.warning("cannot read %s: %s", path, error)
        return {}
    return data if isinstance(data, dict) else {}


_JEKYLL_STYLES = {
    "date": "/:categories/:year/:month/:day/:title:output_ext",
    "pretty": "/:categories/:year/:month/:day/:title/",
    "none": "/:categories/:title:output_ext",
}


def jekyll_url(site: SiteConfig, copy: PublishedCopy) -> str | None:
    """Where Jekyll serves the post ``copy`` (its permalink style; None if we cannot tell)."""
    data = _front(copy.path)
    permalink = data.get("permalink")
    if isinstance(permalink, str):
        return permalink
    match = _JEKYLL_POST.match(copy.path.stem)
    if match is None:
        return None
    style = _jekyll_config(site.root).get("permalink", "date")
    pattern = _JEKYLL_STYLES.get(str(style), str(style))
    categories = _string_list(data.get("categories")) or _string_list(data.get("category"))
    values = {
        "categories": "/".join(c.lower() for c in categories),
        "year": match.group(1),
        "month": match.group(2),
        "day": match.group(3),
        "title": copy.slug,
        "slug": copy.slug,
        "output_ext": ".html",
    }
    url = re.sub(r":(\w+)", lambda m: values.get(m.group(1), m.group(0)), pattern)
    if ":" in url:
        return None  # a placeholder we do not know: no guess
    return re.sub(r"/+", "/", "/" + url)
