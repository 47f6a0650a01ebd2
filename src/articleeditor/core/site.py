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

CONFIG_FILE = "articleeditor.toml"


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
        raise SiteConfigError(config_path, f"'{key}' must be a path string")
    return (root / value).resolve()


def load_site(root: Path) -> SiteConfig:
    """Read ``root/articleeditor.toml`` (if any) over what detection finds."""
    root = root.resolve()
    config_path = root / CONFIG_FILE
    raw: dict[str, Any] = {}
    if config_path.is_file():
        try:
            raw = tomllib.loads(config_path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
            raise SiteConfigError(config_path, str(error)) from None
    site = raw.get("site", {})
    markdown = raw.get("markdown", {})
    tags = raw.get("tags", {})
    citations = raw.get("citations", {})
    try:
        generator = Generator(site.get("generator") or detect_generator(root).value)
    except ValueError:
        names = ", ".join(g.value for g in Generator)
        raise SiteConfigError(config_path, f"site.generator must be one of: {names}") from None
    content = site.get("content_dir") or _CONTENT_DIRS[generator]
    extensions = markdown.get("extensions", [])
    if not isinstance(extensions, list) or not all(isinstance(e, str) for e in extensions):
        raise SiteConfigError(config_path, "markdown.extensions must be a list of names")
    tag_style = tags.get("style", "keep")
    if tag_style not in {"keep", "lower", "slug"}:
        raise SiteConfigError(config_path, "tags.style must be keep, lower or slug")
    return SiteConfig(
        root=root,
        generator=generator,
        content_dir=(root / content).resolve(),
        markdown_extensions=tuple(extensions),
        markdown_extension_configs=dict(markdown.get("extension_configs", {})),
        css=_path_in(root, site.get("css"), "site.css", config_path),
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
