"""Build the Linux packages: a .deb installing under /opt/articleeditor and a .tar.gz.

    python packaging/build_linux.py [--dist DIR] [--work DIR] [--fast]

Needs PyInstaller (``pip install -e '.[packaging]'``) and dpkg-deb (Debian/Ubuntu: dpkg).
``--fast`` compresses with gzip -1 instead of xz, for tests.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import tarfile
import xml.etree.ElementTree as ET
from pathlib import Path

from bundle import APP_ID, RESOURCES, BuildDirs, app_version, build_bundle, build_dirs, run

PREFIX = "opt/articleeditor"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# System libraries the bundled Qt expects but PyInstaller leaves to the system (OpenGL/EGL,
# X11/xcb, fonts, sound, D-Bus). Alternatives cover Ubuntu 24.04's 64-bit time_t renames.
DEPENDS = [
    "libc6", "libegl1", "libgl1", "libopengl0", "libfontconfig1", "libfreetype6",
    "libxkbcommon0", "libxkbcommon-x11-0", "libdbus-1-3", "libx11-xcb1", "libxcb1",
    "libxcb-cursor0", "libxcb-icccm4", "libxcb-image0", "libxcb-keysyms1",
    "libxcb-randr0", "libxcb-render-util0", "libxcb-shape0", "libxcb-xfixes0", "libxcb-xkb1",
    "libxcomposite1", "libxdamage1", "libxrandr2", "libxtst6", "libxshmfence1", "libgbm1",
    "libxkbfile1", "libasound2 | libasound2t64",
]
LAUNCHER = f'#!/bin/sh\nexec /{PREFIX}/articleeditor "$@"\n'
# QtWebEngine, run as root, may create folders inside the app (resources/locales); dpkg
# leaves what it did not install, so remove the rest of our own prefix.
POSTRM = f"""#!/bin/sh
set -e
if [ "$1" = remove ] || [ "$1" = purge ]; then
  rm -rf /{PREFIX}
fi
"""
DESCRIPTION = """\
Write, preview and publish science-news articles to static sites
 ArticleEditor is a desktop editor for articles written in Markdown with front
 matter. It shows the article as the site will show it, keeps tags and
 references in order, and publishes into a static site's content folder.
"""


def check_metainfo_version(version: str) -> None:
    """The newest release in the AppStream file must be the version being packaged."""
    tree = ET.parse(RESOURCES / "linux" / f"{APP_ID}.metainfo.xml")
    release = tree.find("releases/release")
    if release is None or release.get("version") != version:
        found = None if release is None else release.get("version")
        raise SystemExit(f"metainfo's newest release is {found}, the app is {version}: add it")


def deb_architecture() -> str:
    return subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()


def installed_size_kib(folder: Path) -> int:
    # PyInstaller links some libraries into place; a symlink must not count its target twice.
    files = (p for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return sum(p.stat().st_size for p in files) // 1024 + 1


def write(path: Path, text: str, mode: int = 0o644) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    path.chmod(mode)


def copy(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    target.chmod(0o644)


def stage_deb(app: Path, dirs: BuildDirs, version: str) -> Path:
    """The file tree the .deb installs, plus DEBIAN/control."""
    root = dirs.work / "deb-root"
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(app, root / PREFIX, symlinks=True)
    write(root / "usr/bin/articleeditor", LAUNCHER, 0o755)
    share = root / "usr/share"
    for name, folder in (
        (f"{APP_ID}.desktop", "applications"), (f"{APP_ID}.metainfo.xml", "metainfo")
    ):
        copy(RESOURCES / "linux" / name, share / folder / name)
    icons = share / "icons/hicolor"
    copy(RESOURCES / "icons/articleeditor.svg", icons / "scalable/apps" / f"{APP_ID}.svg")
    for size in ICON_SIZES:
        copy(dirs.icons / f"articleeditor-{size}.png", icons / f"{size}x{size}/apps/{APP_ID}.png")
    write(
        share / "doc/articleeditor/copyright",
        "ArticleEditor is released under the MIT licence. The licences of the bundled\n"
        f"components (Qt, PySide6, Python and others) are in /{PREFIX}/_internal/resources/"
        "licenses/\nand shown in the app's About dialog.\n",
    )
    control = (
        f"Package: articleeditor\nVersion: {version}\nArchitecture: {deb_architecture()}\n"
        "Maintainer: ArticleEditor developers <articleeditor@users.noreply.github.com>\n"
        f"Installed-Size: {installed_size_kib(root)}\nDepends: {', '.join(DEPENDS)}\n"
        "Section: editors\nPriority: optional\n"
        f"Description: {DESCRIPTION}"
    )
    write(root / "DEBIAN/control", control)
    write(root / "DEBIAN/postrm", POSTRM, 0o755)
    return root


def build_deb(app: Path, dirs: BuildDirs, version: str, fast: bool) -> Path:
    root = stage_deb(app, dirs, version)
    deb = dirs.dist / f"articleeditor_{version}_{deb_architecture()}.deb"
    # xz makes the package about a quarter smaller than gzip -6 (166 MB against 225 MB).
    compression = ["-Zgzip", "-z1"] if fast else ["-Zxz", "-z6", f"--threads-max={os.cpu_count()}"]
    # --root-owner-group: files are owned by root in the package without needing fakeroot.
    run(["dpkg-deb", "--root-owner-group", *compression, "--build", str(root), str(deb)])
    return deb


def build_tarball(app: Path, dirs: BuildDirs, version: str, fast: bool) -> Path:
    name = f"articleeditor-{version}-linux-{platform.machine()}"
    tarball = dirs.dist / f"{name}.tar.gz"
    with tarfile.open(tarball, "w:gz", compresslevel=1 if fast else 6) as archive:
        archive.add(app, arcname=name)
    return tarball


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, help="output folder (default packaging/dist)")
    parser.add_argument("--work", type=Path, help="build folder (default packaging/build)")
    parser.add_argument("--fast", action="store_true", help="light compression, for tests")
    args = parser.parse_args()
    if not shutil.which("dpkg-deb"):
        raise SystemExit("dpkg-deb is missing (Debian/Ubuntu: apt-get install dpkg)")
    version = app_version()
    check_metainfo_version(version)
    dirs = build_dirs(args.dist, args.work)
    app = build_bundle(dirs)
    os.chmod(app / "articleeditor", 0o755)
    print(build_deb(app, dirs, version, args.fast))
    print(build_tarball(app, dirs, version, args.fast))


if __name__ == "__main__":
    main()
