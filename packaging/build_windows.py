"""Build the Windows installer: the PyInstaller app wrapped by Inno Setup.

    python packaging/build_windows.py [--dist DIR] [--work DIR]

Needs PyInstaller (``pip install -e '.[packaging]'``) and Inno Setup 6 (``choco install
innosetup``); writes ``ArticleEditor-<version>-windows-x64-setup.exe`` to the dist folder.
"""

from __future__ import annotations

import argparse
import os
import shutil
from pathlib import Path

from bundle import PACKAGING, app_version, build_bundle, build_dirs, run


def find_iscc() -> str:
    """Inno Setup's compiler: on PATH, or where its installer puts it."""
    found = shutil.which("iscc")
    if found:
        return found
    for base in (os.environ.get("PROGRAMFILES(X86)"), os.environ.get("PROGRAMFILES")):
        candidate = Path(base or "") / "Inno Setup 6" / "ISCC.exe"
        if base and candidate.is_file():
            return str(candidate)
    raise SystemExit("Inno Setup 6 (ISCC.exe) not found: choco install innosetup")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, help="output folder (default packaging/dist)")
    parser.add_argument("--work", type=Path, help="build folder (default packaging/build)")
    args = parser.parse_args()
    iscc = find_iscc()
    dirs = build_dirs(args.dist, args.work)
    app = build_bundle(dirs)
    run([
        iscc, f"/DAppVersion={app_version()}", f"/DAppDir={app}",
        f"/DOutputDir={dirs.dist}", f"/DIconFile={dirs.icons / 'articleeditor.ico'}",
        str(PACKAGING / "windows" / "articleeditor.iss"),
    ])


if __name__ == "__main__":
    main()
