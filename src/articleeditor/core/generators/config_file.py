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

from articleeditor.core.errors import FileReadError, FileTooLarge
from articleeditor.core.findings import Finding
from articleeditor.core.textfile import read_regular

MAX_CONFIG_BYTES = 2_000_000  # a site's configuration is a few KB


class ConfigFileError(ValueError):
    """A configuration file that cannot be read; carries the file. ``message`` is a Finding,
    or the TOML, YAML or JSON parser's own words (data, like a front matter's parse error)."""

    def __init__(self, path: Path, message: str) -> None:
        self.path = path
        self.message = message
        super().__init__(f"{path}: {message}")

    def finding(self) -> Finding:
        """The error as a Finding whose English is ``str(self)``, for a publish plan."""
        return Finding("file-problem", {"path": self.path, "detail": self.message})


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
    except FileReadError as error:
        raise ConfigFileError(path, error.message) from None
    except FileTooLarge as error:  # "<path>: 2.5 MB is larger than 2 MB"
        raise ConfigFileError(path, error.finding()) from None
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
        raise ConfigFileError(path, Finding("config-file-not-table"))
    return value
