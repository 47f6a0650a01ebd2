"""The runtime dependencies in pyproject.toml are exactly what the app imports."""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from pathlib import Path

from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "articleeditor"

# Distribution (normalised name) -> the top-level modules the app imports from it.
IMPORT_NAMES = {
    "pyside6": {"PySide6"},
    "markdown": {"markdown"},
    "pyyaml": {"yaml"},
    "pygments": {"pygments"},
    "nh3": {"nh3"},
    "citeproc-py": {"citeproc"},
    "anyascii": {"anyascii"},
    "pyspellchecker": {"spellchecker"},
    "bibtexparser": {"bibtexparser"},
    "pylatexenc": {"pylatexenc"},
    "rispy": {"rispy"},
}
# Declared but reached only through another library: distribution -> (why, text of ours that
# proves the route still exists).
INDIRECT = {
    "pygments": ("Markdown's codehilite extension imports it", '"codehilite"'),
}


def _normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def declared_distributions() -> set[str]:
    """Normalised names of the runtime dependencies in pyproject.toml (markers ignored)."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return {_normalise(Requirement(spec).name) for spec in project["dependencies"]}


def third_party_imports() -> dict[str, list[str]]:
    """Top-level module -> files of src/articleeditor importing it (anywhere in the file)."""
    found: dict[str, list[str]] = {}
    for module in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                top = name.split(".")[0]
                if top in sys.stdlib_module_names or top == "articleeditor":
                    continue
                found.setdefault(top, []).append(str(module.relative_to(ROOT)))
    return found


def test_the_scan_sees_imports():
    # Guards against a scan that finds nothing and so passes every check below.
    imports = third_party_imports()
    assert {"PySide6", "markdown", "yaml", "citeproc"} <= set(imports)
    assert "os" not in imports and "articleeditor" not in imports


def test_every_declared_dependency_has_its_import_names():
    unmapped = declared_distributions() - set(IMPORT_NAMES)
    assert unmapped == set(), f"add these to IMPORT_NAMES in {Path(__file__).name}"


def test_every_import_is_a_declared_dependency():
    declared = declared_distributions()
    provided = {name for dist in declared for name in IMPORT_NAMES.get(dist, ())}
    undeclared = {
        name: files for name, files in third_party_imports().items() if name not in provided
    }
    assert undeclared == {}, "imported at run time but not in [project] dependencies"


def test_every_declared_dependency_is_imported():
    imports = set(third_party_imports())
    unused = {
        dist
        for dist in declared_distributions()
        if not IMPORT_NAMES.get(dist, set()) & imports and dist not in INDIRECT
    }
    assert unused == set(), "declared in [project] dependencies but never imported"


def test_indirect_dependencies_are_still_reached():
    sources = "\n".join(p.read_text(encoding="utf-8") for p in PACKAGE.rglob("*.py"))
    for dist, (why, evidence) in INDIRECT.items():
        assert evidence in sources, f"{dist}: {why}, but {evidence} is gone from the app"
        assert not IMPORT_NAMES[dist] & set(third_party_imports()), (
            f"{dist} is imported directly now: drop it from INDIRECT"
        )
