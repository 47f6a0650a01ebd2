"""Build the macOS disk image: the PyInstaller ArticleEditor.app in a .dmg.

    python packaging/build_macos.py [--dist DIR] [--work DIR]

Needs PyInstaller (``pip install -e '.[packaging]'``) and hdiutil (part of macOS). The app is
not signed or notarised: on first launch, Control-click it and choose Open.
"""

from __future__ import annotations

import argparse
import platform
import shutil
from pathlib import Path

from bundle import app_version, build_bundle, build_dirs, run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, help="output folder (default packaging/dist)")
    parser.add_argument("--work", type=Path, help="build folder (default packaging/build)")
    args = parser.parse_args()
    if not shutil.which("hdiutil"):
        raise SystemExit("hdiutil not found: build the .dmg on macOS")
    dirs = build_dirs(args.dist, args.work)
    app = build_bundle(dirs)
    # The disk image shows the app next to a link to /Applications: drag one onto the other.
    stage = dirs.work / "dmg"
    shutil.rmtree(stage, ignore_errors=True)
    stage.mkdir(parents=True)
    shutil.copytree(app, stage / app.name, symlinks=True)
    (stage / "Applications").symlink_to("/Applications")
    dmg = dirs.dist / f"ArticleEditor-{app_version()}-macos-{platform.machine()}.dmg"
    run([
        "hdiutil", "create", "-volname", f"ArticleEditor {app_version()}",
        "-srcfolder", str(stage), "-ov", "-format", "UDZO", str(dmg),
    ])
    print(dmg)


if __name__ == "__main__":
    main()
