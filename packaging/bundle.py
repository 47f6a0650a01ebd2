"""Shared build steps: the version, the rendered icons and the PyInstaller one-folder bundle.

Imported by the per-platform entry scripts (``build_linux.py``, ``build_windows.py``,
``build_macos.py``); run them from any folder with the Python that has the app's dependencies
and PyInstaller installed (``pip install -e '.[packaging]'``).
"""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

PACKAGING = Path(__file__).resolve().parent
ROOT = PACKAGING.parent
RESOURCES = ROOT / "resources"
APP_ID = "io.github.articleeditor.ArticleEditor"
SPEC = PACKAGING / "articleeditor.spec"
# Qt for Python ships with PyInstaller hooks that bundle exactly the Qt modules we import and
# what they need; walking them generically would drag in every Qt module. Their licence
# notice is written by hand (resources/licenses/qt-pyside6.txt).
QT_DISTRIBUTIONS = {"pyside6", "pyside6-essentials", "pyside6-addons", "shiboken6",
                    "pyside6-webengine", "pyside6-pdf"}


def _key(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def runtime_distributions() -> list[str]:
    """Our runtime dependencies from pyproject.toml and theirs, recursively, minus Qt."""
    from packaging.requirements import Requirement  # comes with PyInstaller

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    seen: dict[str, str] = {}
    todo = [Requirement(r) for r in project["dependencies"]]
    while todo:
        req = todo.pop()
        if _key(req.name) in seen or (req.marker and not req.marker.evaluate({"extra": ""})):
            continue
        seen[_key(req.name)] = metadata.distribution(req.name).metadata["Name"]
        todo += [Requirement(sub) for sub in metadata.requires(req.name) or []]
    return sorted(name for key, name in seen.items() if key not in QT_DISTRIBUTIONS)


def top_level_modules(distribution: str) -> list[str]:
    """Importable top-level names a distribution installs (e.g. PyYAML -> yaml, _yaml)."""
    return sorted(
        module for module, dists in metadata.packages_distributions().items()
        if any(_key(d) == _key(distribution) for d in dists) and not module.startswith("__")
    )


def app_version() -> str:
    """``articleeditor.__version__``, read from its one definition without importing the app."""
    text = (ROOT / "src" / "articleeditor" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"$', text, re.M)
    if not match:
        raise SystemExit("no __version__ in src/articleeditor/__init__.py")
    return match.group(1)


@dataclass(frozen=True)
class BuildDirs:
    """Where a build writes: finished artefacts in ``dist``, intermediate files in ``work``."""

    dist: Path
    work: Path

    @property
    def icons(self) -> Path:
        return self.work / "icons"  # the spec looks for rendered icons here

    @property
    def app(self) -> Path:
        return self.dist / "articleeditor"  # PyInstaller's one-folder output


def build_dirs(dist: Path | None, work: Path | None) -> BuildDirs:
    """Defaults under ``packaging/`` (both ignored by git)."""
    return BuildDirs(
        (dist or PACKAGING / "dist").resolve(), (work or PACKAGING / "build").resolve()
    )


def run(cmd: list[str], **kwargs) -> None:
    """Run a build tool, echoing the command; a failure stops the build."""
    print("+", " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True, **kwargs)


def render_icons(dirs: BuildDirs) -> None:
    """PNG sizes, .ico and .icns from resources/icons/articleeditor.svg (a Qt subprocess)."""
    run([sys.executable, str(PACKAGING / "icons.py"), str(dirs.icons)])


def build_bundle(dirs: BuildDirs) -> Path:
    """Run PyInstaller on the spec; return the one-folder app (or the .app on macOS)."""
    render_icons(dirs)
    run([
        sys.executable, "-m", "PyInstaller", "--noconfirm",
        "--distpath", str(dirs.dist), "--workpath", str(dirs.work), str(SPEC),
    ])
    if sys.platform == "darwin":
        return dirs.dist / "ArticleEditor.app"
    return dirs.app


if __name__ == "__main__":
    print(app_version())  # for scripts: e.g. the release workflow checks the tag against it
