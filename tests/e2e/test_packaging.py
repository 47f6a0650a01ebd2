"""The installers as a user gets them: build the frozen app and the .deb, install it, run it.

The slow tests need PyInstaller, dpkg-deb, desktop-file-validate and appstreamcli; they are
skipped on a developer's machine without them and fail in CI (``CI`` set), where ``.ci/run``
installs them.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from articleeditor import APP_ID, __version__

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "resources" / "linux"
ARTICLE = "sample-site/content/posts/car-t-cells-liver-cancer.md"


def require_tool(tool: str) -> str:
    """The tool's path; a skip on a developer's machine, a failure in CI."""
    path = shutil.which(tool)
    if path:
        return path
    if os.environ.get("CI"):
        pytest.fail(f"{tool} is missing; .ci/run installs it")
    pytest.skip(f"{tool} is not installed")


def test_metainfo_release_is_the_app_version():
    tree = ET.parse(LINUX / f"{APP_ID}.metainfo.xml")
    assert tree.find("id").text == APP_ID
    assert tree.find("releases/release").get("version") == __version__
    assert tree.find("launchable").text == f"{APP_ID}.desktop"


def test_desktop_file_opens_markdown_with_the_launcher():
    entry = (LINUX / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    assert "MimeType=text/markdown;" in entry
    assert "Exec=articleeditor %f" in entry
    assert f"Icon={APP_ID}" in entry


def _packaging_module(name: str):
    path = ROOT / "packaging" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"_packaging_{name}", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[f"_packaging_{name}"] = module  # dataclasses look their module up here
    spec.loader.exec_module(module)
    return module


def test_packaging_scripts_use_the_app_id():
    assert _packaging_module("bundle").APP_ID == APP_ID


def test_every_bundled_distribution_ships_its_licence():
    bundle = _packaging_module("bundle")
    licences = ROOT / "resources" / "licenses"
    missing = [
        name for name in bundle.runtime_distributions() if not (licences / f"{name}.txt").is_file()
    ]
    assert missing == [], "run: python packaging/collect_licenses.py"
    for notice in ("ArticleEditor", "Qt-PySide6", "LGPL-3.0", "GPL-3.0", "Python"):
        assert (licences / f"{notice}.txt").is_file()


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """Run packaging/build_linux.py once: the one-folder app, the .deb and the .tar.gz."""
    if importlib.util.find_spec("PyInstaller") is None:
        if os.environ.get("CI"):
            pytest.fail("PyInstaller is missing; it is in the 'test' extra")
        pytest.skip("PyInstaller is not installed")
    require_tool("dpkg-deb")
    out = tmp_path_factory.mktemp("packages")
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "packaging" / "build_linux.py"),
            "--fast",
            "--dist",
            str(out / "dist"),
            "--work",
            str(out / "work"),
        ],
        capture_output=True,
        text=True,
        timeout=1500,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    debs = list((out / "dist").glob("articleeditor_*.deb"))
    tarballs = list((out / "dist").glob("articleeditor-*.tar.gz"))
    assert len(debs) == 1 and len(tarballs) == 1, list((out / "dist").iterdir())
    return debs[0], tarballs[0]


def _installed_version() -> str | None:
    result = subprocess.run(
        ["dpkg-query", "-W", "-f", "${Status} ${Version}", "articleeditor"],
        capture_output=True,
        text=True,
    )
    return result.stdout if result.returncode == 0 and "installed" in result.stdout else None


@pytest.fixture(scope="module")
def installed(built, tmp_path_factory):
    """Install the .deb: dpkg -i as root (purged afterwards), else unpack it into a temp root.

    Returns (root folder, command that starts the app)."""
    deb, _ = built
    if os.geteuid() == 0 and shutil.which("dpkg") and _installed_version() is None:
        result = subprocess.run(["dpkg", "-i", str(deb)], capture_output=True, text=True)
        try:
            assert result.returncode == 0, result.stdout + result.stderr
            yield Path("/"), Path("/usr/bin/articleeditor")
        finally:
            purge = subprocess.run(["dpkg", "--purge", "articleeditor"], capture_output=True)
        assert purge.returncode == 0, purge.stderr
        assert not Path("/opt/articleeditor").exists()  # nothing left behind, even at runtime
        return
    # Not root, or a real installation we must not replace: unpack, and start the app itself
    # (the /usr/bin launcher points at /opt, outside the temp root).
    root = tmp_path_factory.mktemp("root")
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    launcher = (root / "usr/bin/articleeditor").read_text(encoding="utf-8")
    assert "exec /opt/articleeditor/articleeditor" in launcher
    yield root, root / "opt/articleeditor/articleeditor"


def run_installed(command: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV"}
    }
    env.update(
        QT_QPA_PLATFORM="offscreen",
        QTWEBENGINE_CHROMIUM_FLAGS="--no-sandbox",  # tests run as root in CI
        XDG_DATA_HOME=str(cwd / "data"),
        XDG_CONFIG_HOME=str(cwd / "config"),
    )
    return subprocess.run(
        [str(command), *args],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
        cwd=cwd,
    )


@pytest.mark.slow
@pytest.mark.timeout(1800)
def test_deb_installs_files_where_desktops_look(installed):
    root, _ = installed
    share = root / "usr/share"
    assert (share / "applications" / f"{APP_ID}.desktop").is_file()
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    assert (share / "icons/hicolor/scalable/apps" / f"{APP_ID}.svg").is_file()
    for size in (16, 32, 48, 128, 256):
        png = share / f"icons/hicolor/{size}x{size}/apps/{APP_ID}.png"
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", png
    assert os.access(root / "usr/bin/articleeditor", os.X_OK)
    assert (root / "opt/articleeditor/_internal/resources/MANIFEST").is_file()
    assert (root / "opt/articleeditor/_internal/resources/licenses").is_dir()
    # Compiled by the spec: a frozen app has no lrelease to compile them at run time.
    i18n = root / "opt/articleeditor/_internal/resources/i18n"
    assert {p.name for p in i18n.glob("*.qm")} == {"articleeditor_de.qm", "articleeditor_zh_CN.qm"}


@pytest.mark.slow
@pytest.mark.timeout(1800)
def test_installed_desktop_file_and_metainfo_validate(installed):
    root, _ = installed
    share = root / "usr/share"
    desktop = subprocess.run(
        [require_tool("desktop-file-validate"), str(share / "applications" / f"{APP_ID}.desktop")],
        capture_output=True,
        text=True,
    )
    assert desktop.returncode == 0 and not desktop.stdout.strip(), desktop.stdout
    appstream = subprocess.run(
        [
            require_tool("appstreamcli"),
            "validate",
            "--no-net",
            str(share / "metainfo" / f"{APP_ID}.metainfo.xml"),
        ],
        capture_output=True,
        text=True,
    )
    assert appstream.returncode == 0, appstream.stdout + appstream.stderr


@pytest.mark.slow
@pytest.mark.timeout(1800)
def test_installed_app_prints_its_version(installed, tmp_path):
    _, command = installed
    result = run_installed(command, "--version", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"ArticleEditor {__version__}"


@pytest.mark.slow
@pytest.mark.timeout(1800)
def test_installed_app_screenshot_shows_the_article_preview(installed, tmp_path):
    from PySide6.QtGui import QColor, QImage

    root, command = installed
    article = root / "opt/articleeditor/_internal/resources" / ARTICLE
    out = tmp_path / "shot.png"
    result = run_installed(
        command, "screenshot", str(article), "-o", str(out), "--size", "1400x900", cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr[-3000:]
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1400, 900)
    # The preview (middle of the window) shows the rendered article: many colours, and
    # coloured ones (the blue category and tag pills) that the monochrome editor never has.
    pixels = [QColor(image.pixel(x, y)) for x in range(560, 1000, 3) for y in range(60, 880, 3)]
    colours = {c.rgb() for c in pixels}
    saturated = [c for c in pixels if max(c.getRgb()[:3]) - min(c.getRgb()[:3]) > 80]
    assert len(colours) > 20
    assert len(saturated) > 100


@pytest.mark.slow
@pytest.mark.timeout(1800)
def test_tarball_holds_the_same_app(built, tmp_path):
    import tarfile

    _, tarball = built
    with tarfile.open(tarball) as archive:
        names = set(archive.getnames())
    top = tarball.name.removesuffix(".tar.gz")
    assert f"{top}/articleeditor" in names
    assert f"{top}/_internal/resources/MANIFEST" in names
