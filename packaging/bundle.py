"""Shared build steps: the version, the rendered icons and the PyInstaller one-folder bundle.

Imported by the per-platform entry scripts (``build_linux.py``, ``build_windows.py``,
``build_macos.py``); run them from any folder with the Python that has the app's dependencies
and PyInstaller installed (``pip install -e '.[packaging]'``).
"""

from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

PACKAGING = Path(__file__).resolve().parent
ROOT = PACKAGING.parent
RESOURCES = ROOT / "resources"
APP_ID = "io.github.articleeditor.ArticleEditor"
SPEC = PACKAGING / "articleeditor.spec"


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
