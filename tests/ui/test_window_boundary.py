"""Features reach the window only through WindowServices and the session they are given: no
module of the UI but the window itself (and the code that creates and starts one) imports
MainWindow, and none touches a window's private attributes or its render timer."""

from __future__ import annotations

import ast
from pathlib import Path

import articleeditor.ui

UI = Path(articleeditor.ui.__file__).parent
# Modules that build or start a window; they may name MainWindow, never its private parts.
MAY_IMPORT_WINDOW = {"main_window.py", "app.py", "screenshot.py", "workday.py"}
# Names a feature might hold the window by.
WINDOW_NAMES = {"window", "main_window", "win"}


def _holder_name(node: ast.expr) -> str | None:
    """``window`` for ``window.x`` and ``self.window.x``; None for anything else."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
        return node.attr if node.value.id == "self" else None
    return None


def violations(source: str, name: str) -> list[str]:
    """What in ``source`` (the module file ``name``) crosses the window's boundary."""
    found = []
    for node in ast.walk(ast.parse(source)):
        is_import = isinstance(node, ast.Import | ast.ImportFrom)
        imported = [alias.name for alias in node.names] if is_import else []
        if (
            name not in MAY_IMPORT_WINDOW
            and isinstance(node, ast.ImportFrom)
            and (node.module == "articleeditor.ui.main_window" or "MainWindow" in imported)
        ):
            found.append(f"{name}:{node.lineno} imports MainWindow")
        if (
            name not in MAY_IMPORT_WINDOW
            and isinstance(node, ast.Import)
            and ("articleeditor.ui.main_window" in imported)
        ):
            found.append(f"{name}:{node.lineno} imports the main window module")
        if name == "main_window.py" or not isinstance(node, ast.Attribute):
            continue
        if _holder_name(node.value) in WINDOW_NAMES and (
            (node.attr.startswith("_") and not node.attr.startswith("__"))
            or node.attr == "render_timer"
        ):
            found.append(f"{name}:{node.lineno} touches window.{node.attr}")
    return found


def test_no_ui_module_reaches_into_the_main_window():
    found = []
    for path in sorted(UI.rglob("*.py")):
        found += violations(path.read_text(encoding="utf-8"), path.name)
    assert found == []


def test_the_scan_catches_each_kind_of_violation():
    planted = {
        "from articleeditor.ui.main_window import MainWindow\n": "imports MainWindow",
        "import articleeditor.ui.main_window\n": "imports the main window module",
        "def f(window):\n    return window._dock('a', 'b', None)\n": "touches window._dock",
        "class F:\n    def g(self):\n        self.window.render_timer.start()\n": (
            "touches window.render_timer"
        ),
        "class F:\n    def g(self):\n        return self.window._reload_from_disk()\n": (
            "touches window._reload_from_disk"
        ),
    }
    for source, message in planted.items():
        found = violations(source, "feature.py")
        assert len(found) == 1 and message in found[0], (source, found)
    # The same code is fine in the window itself; a session's own timer is fine anywhere.
    assert violations("def f(window):\n    return window._dock\n", "main_window.py") == []
    assert violations("def f(session):\n    session.render_timer.start()\n", "x.py") == []
