"""Wheel build hook: compile resources/i18n/*.ts into .qm files inside the wheel.

The .qm files are build outputs and not in git. lrelease comes with PySide6: when the build
environment has neither PySide6 nor ``pyside6-lrelease`` on PATH (pip's isolated build), the
wheel ships the .ts sources only and the installed app compiles them into the user's cache at
its first start, with the lrelease of its own PySide6 dependency.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class TranslationsBuildHook(BuildHookInterface):
    """Adds ``articleeditor/resources/i18n/articleeditor_<code>.qm`` to the wheel."""

    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel" or version == "editable":
            return  # an editable install compiles at run time, from the .ts being edited
        root = Path(self.root)
        sys.path.insert(0, str(root / "src"))
        try:
            from articleeditor.translations import ToolMissing, release_all
        finally:
            sys.path.pop(0)
        output = Path(tempfile.mkdtemp(prefix="articleeditor-qm-"))
        try:
            written = release_all(output, root / "resources" / "i18n")
        except ToolMissing as error:
            self.app.display_warning(
                f"translations not compiled ({error}); the app compiles them at first start"
            )
            return
        for qm in written:
            build_data["force_include"][str(qm)] = f"articleeditor/resources/i18n/{qm.name}"
