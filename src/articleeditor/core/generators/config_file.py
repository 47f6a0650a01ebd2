"""One generator configuration file (TOML, YAML or JSON) read as settings.

Read through the same guard as an article (regular files only, size-capped), so a FIFO or a
link to /dev/zero named ``hugo.toml`` or ``_config.yml`` is refused instead of hanging Publish.
"""

from __future__ import annotations

import json
import tomllib
from pathlib import Path
from typing import Any

import yaml

from articleeditor.core.errors import ArticleEditorError
from articleeditor.core.textfile import read_regular

MAX_CONFIG_BYTES = 2_000_000  # a site's configuration is a few KB


class ConfigFileError(ValueError):
    """A configuration file that cannot be read; carries the file."""

    def __init__(self, path: Path, message: str) -> None:
        self.path = path
        self.message = message
        super().__init__(f"{path}: {message}")


def read_settings(path: Path) -> dict[str, Any]:
    """The settings in ``path`` (by its suffix: .toml, .json, else YAML); empty when blank."""
    try:
        raw, _ = read_regular(path, MAX_CONFIG_BYTES)
        text = raw.decode("utf-8-sig")
        if path.suffix == ".toml":
            value: Any = tomllib.loads(text)
        elif path.suffix == ".json":
            value = json.loads(text)
        else:
            value = yaml.safe_load(text)
    except ArticleEditorError as error:
        raise ConfigFileError(path, getattr(error, "message", None) or str(error)) from None
    except (
        UnicodeDecodeError,
        tomllib.TOMLDecodeError,
        json.JSONDecodeError,
        yaml.YAMLError,
        RecursionError,
        ValueError,
    ) as error:
        first = str(error).splitlines()[0] if str(error) else type(error).__name__
        raise ConfigFileError(path, first) from None
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise ConfigFileError(path, "does not hold a table of settings")
    return value
