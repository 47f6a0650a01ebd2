"""Hugo's site configuration, merged the way Hugo merges it.

Hugo reads one root file (``hugo.toml`` before ``config.toml``; TOML, YAML or JSON) and then
the configuration directory: ``config/_default/`` and, on top, ``config/<environment>/``. In the
directory, ``hugo.*`` / ``config.*`` hold root keys and any other file holds the keys of the
table it is named after (``markup.toml`` is the ``[markup]`` table; ``menus.en.toml`` is
``menus``). Keys are case-insensitive. We only need a few answers from it (does raw HTML
survive Goldmark? how are tags slugged?), so this reads files and never runs Hugo, which may
not be installed on the writer's machine.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from articleeditor.core.findings import Finding
from articleeditor.core.generators.config_file import ConfigFileError, read_settings

log = logging.getLogger(__name__)

ROOT_NAMES = ("hugo", "config")
EXTENSIONS = (".toml", ".yaml", ".yml", ".json")


class HugoConfigError(ConfigFileError):
    """A Hugo configuration file that cannot be read; carries the file."""


@dataclass(frozen=True)
class HugoConfig:
    """The merged configuration (keys lower-cased) and the files it came from."""

    values: dict[str, Any]
    files: tuple[Path, ...]

    def get(self, dotted: str, default: Any = None) -> Any:
        """``get("markup.goldmark.renderer.unsafe")``, ignoring case like Hugo."""
        node: Any = self.values
        for part in dotted.lower().split("."):
            if not isinstance(node, dict) or part not in node:
                return default
            node = node[part]
        return node

    @property
    def keeps_raw_html(self) -> bool:
        """Whether Goldmark writes raw HTML through (otherwise it becomes a comment)."""
        return self.get("markup.goldmark.renderer.unsafe") is True

    def where_to_allow_raw_html(self) -> Finding:
        """Where the writer should allow raw HTML, in words that name the file to edit."""
        target = self.files[0].name if self.files else "hugo.toml"
        if target.endswith(".toml"):
            return Finding("raw-html-hugo-toml", {"file": target})
        if target.endswith(".json"):
            return Finding("raw-html-hugo-json", {"file": target})
        return Finding("raw-html-hugo-yaml", {"file": target})


def _lower_keys(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(key).lower(): _lower_keys(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_lower_keys(item) for item in value]
    return value


def _merge(base: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def read_config_file(path: Path) -> dict[str, Any]:
    """One configuration file as a dict with lower-case keys; raises HugoConfigError."""
    try:
        settings = read_settings(path)
    except ConfigFileError as error:
        raise HugoConfigError(path, error.message) from None
    return {str(key).lower(): _lower_keys(value) for key, value in settings.items()}


def _first_existing(folder: Path) -> Path | None:
    for name in ROOT_NAMES:
        for extension in EXTENSIONS:
            candidate = folder / f"{name}{extension}"
            if candidate.is_file():
                return candidate
    return None


def _directory_layer(folder: Path) -> tuple[dict[str, Any], list[Path]]:
    values: dict[str, Any] = {}
    files: list[Path] = []
    if not folder.is_dir():
        return values, files
    for path in sorted(folder.iterdir()):
        if path.suffix not in EXTENSIONS or not path.is_file():
            continue
        data = read_config_file(path)
        key = path.name.split(".", 1)[0].lower()
        values = _merge(values, data if key in ROOT_NAMES else {key: data})
        files.append(path)
    return values, files


def load_hugo_config(root: Path, environment: str = "production") -> HugoConfig:
    """The configuration ``hugo`` (a production build) would use for the site at ``root``."""
    values: dict[str, Any] = {}
    files: list[Path] = []
    root_file = _first_existing(root)
    if root_file is not None:
        values = read_config_file(root_file)
        files.append(root_file)
    config_dir = root / str(values.get("configdir", "config"))
    for layer in ("_default", environment):
        layer_values, layer_files = _directory_layer(config_dir / layer)
        values = _merge(values, layer_values)
        files.extend(layer_files)
    return HugoConfig(values=values, files=tuple(files))
