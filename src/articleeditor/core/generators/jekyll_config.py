"""Jekyll's ``_config.yml``, for the one question Publish asks of it: does raw HTML survive?

kramdown (Jekyll's default Markdown) writes raw HTML through. jekyll-commonmark
(``markdown: CommonMark`` or ``CommonMarkGhPages``) uses cmark, which replaces raw HTML with a
comment unless ``UNSAFE`` is among ``commonmark: options``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

CONFIG_NAMES = ("_config.yml", "_config.yaml")
_MAX_BYTES = 2_000_000
_COMMONMARK = {"commonmark", "commonmarkghpages"}


class JekyllConfigError(ValueError):
    """``_config.yml`` cannot be read; carries the file."""

    def __init__(self, path: Path, message: str) -> None:
        self.path = path
        super().__init__(f"{path}: {message}")


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

    def where_to_allow_raw_html(self) -> str:
        """What to change, naming the file."""
        name = self.path.name if self.path else "_config.yml"
        return f'add "UNSAFE" to the options under commonmark: in {name}'


def load_jekyll_config(root: Path) -> JekyllConfig:
    """The site's ``_config.yml`` (empty when there is none); raises JekyllConfigError."""
    for name in CONFIG_NAMES:
        path = root / name
        if not path.is_file():
            continue
        try:
            data = path.read_bytes()
            if len(data) > _MAX_BYTES:
                raise JekyllConfigError(path, "is too large to be a configuration file")
            values = yaml.safe_load(data.decode("utf-8-sig"))
        except JekyllConfigError:
            raise
        except (OSError, UnicodeDecodeError, yaml.YAMLError, RecursionError) as error:
            first = str(error).splitlines()[0] if str(error) else type(error).__name__
            raise JekyllConfigError(path, first) from None
        if values is None:
            values = {}
        if not isinstance(values, dict):
            raise JekyllConfigError(path, "does not hold a table of settings")
        return JekyllConfig(values, path)
    return JekyllConfig({}, None)
