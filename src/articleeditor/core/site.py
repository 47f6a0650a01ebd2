"""A site: its root folder, which generator builds it, and its ArticleEditor configuration.

The configuration lives in ``articleeditor.toml`` at the site root; every key is optional and
detection from the folder fills in what is missing.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Any

from articleeditor.core.errors import ArticleEditorError
from articleeditor.core.findings import Finding

CONFIG_FILE = "articleeditor.toml"
CONFIG_MAX_BYTES = 1_000_000


class Generator(Enum):
    """Static site generators we publish for."""

    HUGO = "hugo"
    JEKYLL = "jekyll"
    PELICAN = "pelican"
    ASTRO = "astro"
    PLAIN = "plain"


class SiteConfigError(ArticleEditorError):
    """``articleeditor.toml`` is malformed or holds a value of the wrong kind."""

    def __init__(self, path: Path, message: str) -> None:
        self.path = path
        # What is wrong, without the path: a Finding, or the TOML parser's own message.
        self.message = message
        super().__init__(f"{path}: {message}")


# Files whose presence tells which generator builds a folder, checked in this order.
_MARKERS: tuple[tuple[Generator, tuple[str, ...]], ...] = (
    (Generator.HUGO, ("hugo.toml", "hugo.yaml", "hugo.json", "config.toml", "config/_default")),
    (Generator.JEKYLL, ("_config.yml", "_config.yaml", "_posts")),
    (Generator.PELICAN, ("pelicanconf.py",)),
    (Generator.ASTRO, ("astro.config.mjs", "astro.config.ts", "astro.config.js")),
)
_CONTENT_DIRS = {
    Generator.HUGO: "content",
    Generator.JEKYLL: "_posts",
    Generator.PELICAN: "content",
    Generator.ASTRO: "src/content",
    Generator.PLAIN: ".",
}


def detect_generator(root: Path) -> Generator:
    """Guess the generator from marker files; a folder with none is plain."""
    for generator, markers in _MARKERS:
        if any((root / marker).exists() for marker in markers):
            return generator
    return Generator.PLAIN


@dataclass(frozen=True)
class SiteConfig:
    """Everything a site decides about rendering, tags, citations and publishing."""

    root: Path
    generator: Generator
    content_dir: Path
    markdown_extensions: tuple[str, ...] = ()
    markdown_extension_configs: dict[str, dict[str, Any]] = field(default_factory=dict)
    css: Path | None = None
    tag_style: str = "keep"  # keep | lower | slug: how new tags are written
    citation_style: str = "numeric"
    bibliography: Path | None = None
    references_heading: str = "References"
    raw: dict[str, Any] = field(default_factory=dict)

    def section(self, name: str) -> dict[str, Any]:
        """A table of the configuration file (e.g. ``publish``), empty when absent."""
        value = self.raw.get(name, {})
        return value if isinstance(value, dict) else {}


def _path_in(root: Path, value: Any, key: str, config_path: Path) -> Path | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise SiteConfigError(config_path, Finding("config-not-path", {"key": key}))
    return (root / value).resolve()


def _inside_root(root: Path, path: Path, key: str, value: str, config_path: Path) -> Path:
    """``path`` (already resolved, symbolic links followed) if it lies in the site folder.

    Publish writes into the content folder and copies the stylesheet into pages; either one
    reaching outside the site (``../x``, an absolute path, a symbolic link) would write or
    publish files that are not the site's.
    """
    if not path.is_relative_to(root):
        where = {"key": key, "value": value, "path": path, "root": root}
        raise SiteConfigError(config_path, Finding("config-outside-site", where))
    return path


def _read_config(config_path: Path) -> dict[str, Any]:
    """The parsed configuration file: a regular, size-capped UTF-8 file (a FIFO or /dev/zero
    in its place is refused, not read) of valid TOML."""
    from articleeditor.core.textfile import read_user_text  # textfile imports storage: keep light

    try:
        return tomllib.loads(read_user_text(config_path, CONFIG_MAX_BYTES))
    except ValueError as error:  # TOMLDecodeError, or a number too long for Python
        raise SiteConfigError(config_path, str(error)) from None
    except ArticleEditorError as error:
        raise SiteConfigError(config_path, getattr(error, "message", str(error))) from None
    except RecursionError:
        raise SiteConfigError(config_path, Finding("config-nested")) from None


def _table(raw: dict[str, Any], name: str, config_path: Path) -> dict[str, Any]:
    value = raw.get(name, {})
    if not isinstance(value, dict):
        raise SiteConfigError(config_path, Finding("config-not-table", {"name": name}))
    return value


def load_site(root: Path) -> SiteConfig:
    """Read ``root/articleeditor.toml`` (if any) over what detection finds."""
    root = root.resolve()
    config_path = root / CONFIG_FILE
    raw: dict[str, Any] = {}
    if config_path.exists() or config_path.is_symlink():
        raw = _read_config(config_path)
    site, markdown, tags, citations = (
        _table(raw, name, config_path) for name in ("site", "markdown", "tags", "citations")
    )
    try:
        generator = Generator(site.get("generator") or detect_generator(root).value)
    except ValueError:
        names = ", ".join(g.value for g in Generator)
        raise SiteConfigError(config_path, Finding("config-generator", {"names": names})) from None
    content = site.get("content_dir") or _CONTENT_DIRS[generator]
    if not isinstance(content, str):
        raise SiteConfigError(config_path, Finding("config-content-dir"))
    what = "site.content_dir" if site.get("content_dir") else Finding("config-content-folder")
    content_dir = _inside_root(root, (root / content).resolve(), what, content, config_path)
    css = _path_in(root, site.get("css"), "site.css", config_path)
    if css is not None:
        css = _inside_root(root, css, "site.css", site["css"], config_path)
    extension_configs = markdown.get("extension_configs", {})
    if not isinstance(extension_configs, dict) or not all(
        isinstance(v, dict) for v in extension_configs.values()
    ):
        raise SiteConfigError(config_path, Finding("config-extension-configs"))
    extensions = markdown.get("extensions", [])
    if not isinstance(extensions, list) or not all(isinstance(e, str) for e in extensions):
        raise SiteConfigError(config_path, Finding("config-extensions"))
    tag_style = tags.get("style", "keep")
    if tag_style not in {"keep", "lower", "slug"}:
        raise SiteConfigError(config_path, Finding("config-tag-style"))
    return SiteConfig(
        root=root,
        generator=generator,
        content_dir=content_dir,
        markdown_extensions=tuple(extensions),
        markdown_extension_configs=dict(extension_configs),
        css=css,
        tag_style=tag_style,
        citation_style=str(citations.get("style", "numeric")),
        bibliography=_path_in(root, citations.get("bibliography"), "bibliography", config_path),
        references_heading=str(citations.get("heading", "References")),
        raw=raw,
    )


def find_site_root(path: Path) -> Path | None:
    """The nearest folder at or above ``path`` holding a site config or generator marker."""
    start = path if path.is_dir() else path.parent
    for folder in (start, *start.parents):
        if (folder / CONFIG_FILE).is_file() or detect_generator(folder) is not Generator.PLAIN:
            return folder
    return None


# ----- publishing ------------------------------------------------------------------------------

# Canonical field (core.fields) -> the key each generator reads; "" drops the field.
_FIELD_NAMES: dict[Generator, dict[str, str]] = {
    Generator.HUGO: {"updated": "lastmod", "authors": "author"},
    Generator.JEKYLL: {
        "summary": "description",
        "updated": "last_modified_at",
        "authors": "author",
    },
    Generator.PELICAN: {
        "title": "Title",
        "date": "Date",
        "updated": "Modified",
        "authors": "Authors",
        "slug": "Slug",
        "summary": "Summary",
        "categories": "Category",
        "tags": "Tags",
        "draft": "Status",
        "cover": "Image",
        "language": "Lang",
        "id": "Articleeditor_id",
    },
    Generator.ASTRO: {
        "date": "pubDate",
        "updated": "updatedDate",
        "summary": "description",
        "cover": "heroImage",
    },
    Generator.PLAIN: {},
}
# Where an article goes below the content folder (a Hugo section, an Astro collection).
_SECTIONS = {
    Generator.HUGO: "posts",
    Generator.JEKYLL: "",
    Generator.PELICAN: "",
    Generator.ASTRO: "blog",
    Generator.PLAIN: "published",
}
# Where copied images go (relative to the site root) and how the article links them;
# "{slug}" is replaced, "{article_dir}" is the folder the article file is written to.
_ASSETS = {
    Generator.HUGO: ("{article_dir}", ""),
    Generator.JEKYLL: ("assets/{slug}", "/assets/{slug}/"),
    Generator.PELICAN: ("{content_dir}/images/{slug}", "{static}/images/{slug}/"),
    Generator.ASTRO: ("public/images/{slug}", "/images/{slug}/"),
    Generator.PLAIN: ("{article_dir}/{slug}", "{slug}/"),
}
_DATE_FORMATS = {Generator.JEKYLL: "%Y-%m-%d %H:%M:%S %z"}


@dataclass(frozen=True)
class PublishSettings:
    """The ``[publish]`` and ``[slug]`` tables with each generator's defaults filled in."""

    section: str
    bundle: bool  # Hugo: content/<section>/<slug>/index.md (False: <slug>.md)
    body: str  # "markdown" (citations rendered in place) or "html"
    raw_html: str  # "sanitize" (the preview's allow-list) or "keep" (published as written)
    field_names: dict[str, str]
    date_format: str  # "rfc3339" or a strftime pattern
    timezone: str  # for dates written without an offset; "" = this computer's zone
    default_author: str
    layout: str  # Jekyll's layout
    assets_dir: str
    assets_url: str
    slug_max_length: int
    slug_lowercase: bool
    slug_separator: str

    def field_name(self, canonical: str) -> str:
        """The key the generator reads for a canonical field ("" when it is not written)."""
        return self.field_names.get(canonical, canonical)


def publish_settings(site: SiteConfig) -> PublishSettings:
    """How ``site`` wants articles published; raises SiteConfigError for a bad value."""
    config_path = site.root / CONFIG_FILE
    table = site.section("publish")
    slug = site.section("slug")
    generator = site.generator

    def text(key: str, default: str, where: dict[str, Any] = table, name: str = "publish") -> str:
        value = where.get(key, default)
        if not isinstance(value, str):
            raise SiteConfigError(
                config_path, Finding("config-not-string", {"key": f"{name}.{key}"})
            )
        return value

    names = dict(_FIELD_NAMES[generator])
    custom = table.get("fields", {})
    if not isinstance(custom, dict) or not all(isinstance(v, str) for v in custom.values()):
        raise SiteConfigError(config_path, Finding("config-fields"))
    names.update(custom)
    body = text("body", "markdown")
    if body not in {"markdown", "html"}:
        raise SiteConfigError(config_path, Finding("config-body"))
    raw_html = text("raw_html", "sanitize")
    if raw_html not in {"sanitize", "keep"}:
        raise SiteConfigError(config_path, Finding("config-raw-html"))
    bundle = table.get("bundle", True)
    max_length = slug.get("max_length", 80)
    lowercase = slug.get("lowercase", True)
    if not isinstance(bundle, bool) or not isinstance(lowercase, bool):
        raise SiteConfigError(config_path, Finding("config-booleans"))
    if not isinstance(max_length, int) or not 8 <= max_length <= 200:
        raise SiteConfigError(config_path, Finding("config-max-length"))
    separator = text("separator", "-", slug, "slug")
    if separator not in {"-", "_"}:
        raise SiteConfigError(config_path, Finding("config-separator"))
    assets_dir, assets_url = _ASSETS[generator]
    if generator is Generator.HUGO and not bundle:
        assets_dir, assets_url = "static/images/{slug}", "/images/{slug}/"
    return PublishSettings(
        section=text("section", _SECTIONS[generator]),
        bundle=bundle,
        body=body,
        raw_html=raw_html,
        field_names=names,
        date_format=text("date_format", _DATE_FORMATS.get(generator, "rfc3339")),
        timezone=text("timezone", ""),
        default_author=text("default_author", ""),
        layout=text("layout", "post" if generator is Generator.JEKYLL else ""),
        assets_dir=text("assets_dir", assets_dir),
        assets_url=text("assets_url", assets_url),
        slug_max_length=max_length,
        slug_lowercase=lowercase,
        slug_separator=separator,
    )
