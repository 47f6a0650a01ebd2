"""Jekyll's ``_config.yml``, for the one question Publish asks of it: does raw HTML survive?

kramdown (Jekyll's default Markdown) writes raw HTML through. jekyll-commonmark
(``markdown: CommonMark`` or ``CommonMarkGhPages``) uses cmark, which replaces raw HTML with a
comment unless ``UNSAFE`` is among ``commonmark: options``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from articleeditor.core.findings import Finding
from articleeditor.core.generators.config_file import ConfigFileError, read_settings

CONFIG_NAMES = ("_config.yml", "_config.yaml")
_COMMONMARK = {"commonmark", "commonmarkghpages"}


class JekyllConfigError(ConfigFileError):
    """``_config.yml`` cannot be read; carries the file."""


@dataclass(frozen=True)
class JekyllConfig:
    """The parts of a Jekyll configuration Publish needs."""

    values: dict[str, Any]
    path: Path | None

    @property
    def markdown(self) -> str:
        """The Markdown converter's name as configured (kramdown by default)."""
        return str(self.values.get("markdown") or "kramdown")

    @property
    def keeps_raw_html(self) -> bool:
        """Whether the configured converter writes the Markdown's raw HTML through."""
        if self.markdown.lower() not in _COMMONMARK:
            return True
        section = self.values.get("commonmark")
        options = section.get("options", []) if isinstance(section, dict) else []
        if isinstance(options, str):
            options = [options]
        return any(str(o).upper() == "UNSAFE" for o in options or [])

    def where_to_allow_raw_html(self) -> Finding:
        """What to change, naming the file."""
        name = self.path.name if self.path else "_config.yml"
        return Finding("raw-html-jekyll", {"file": name})


def load_jekyll_config(root: Path) -> JekyllConfig:
    """The site's ``_config.yml`` (empty when there is none); raises JekyllConfigError."""
    for name in CONFIG_NAMES:
        path = root / name
        if path.exists() or path.is_symlink():
            try:
                return JekyllConfig(read_settings(path), path)
            except ConfigFileError as error:
                raise JekyllConfigError(path, error.message) from None
    return JekyllConfig({}, None)
