"""Installed size and start-up time of the frozen app (the PyInstaller bundle).

    python bench/bench_startup.py [--app PATH] [--runs N]

``--app`` is the bundle's executable: ``packaging/dist/articleeditor/articleeditor`` after
``python packaging/build_linux.py`` (the default), or ``/opt/articleeditor/articleeditor``
once the .deb is installed. Each run starts with an empty settings and data folder, as on a
first launch, and the window is rendered headless (``QT_QPA_PLATFORM=offscreen``).

Measured per run, from process start:
  * ``--version``: the bootloader unpacking nothing and Python starting (no Qt);
  * first preview: the main window open on a sample article and the preview painted (the time
    the screenshot PNG appears, minus the screenshot command's settle delay);
  * screenshot exit: the whole ``articleeditor screenshot`` command, shutdown included.
The first run reads the bundle from disk only if the page cache is cold: on Linux run
``sync; echo 3 > /proc/sys/vm/drop_caches`` as root first. The median is over the later runs.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from articleeditor.ui.screenshot import SETTLE_MS  # noqa: E402

ARTICLE = "sample-site/content/posts/car-t-cells-liver-cancer.md"


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def environment(home: Path) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.update(XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "config"))
    for key in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV"):
        env.pop(key, None)
    if os.geteuid() == 0:  # QtWebEngine's sandbox refuses root; benchmarks only
        env["QTWEBENGINE_CHROMIUM_FLAGS"] = "--no-sandbox"
    return env


def time_version(app: Path) -> float:
    with tempfile.TemporaryDirectory() as home:
        start = time.perf_counter()
        subprocess.run(
            [str(app), "--version"], check=True, capture_output=True, env=environment(Path(home))
        )
        return time.perf_counter() - start


def time_screenshot(app: Path, article: Path) -> tuple[float, float]:
    """Seconds to the first preview (PNG written minus the settle delay) and to exit."""
    with tempfile.TemporaryDirectory() as home:
        png = Path(home) / "shot.png"
        start = time.perf_counter()
        process = subprocess.Popen(
            [str(app), "screenshot", str(article), "-o", str(png)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            env=environment(Path(home)),
        )
        shown = None
        while process.poll() is None:
            if shown is None and png.exists():
                shown = time.perf_counter() - start - SETTLE_MS / 1000
            time.sleep(0.005)
        ended = time.perf_counter() - start
        if process.returncode != 0 or shown is None:
            raise SystemExit(f"screenshot failed: {process.stderr.read().decode()[-2000:]}")
        return shown, ended


def main() -> None:
    parser = argparse.ArgumentParser(description="Frozen app: installed size, start-up time")
    parser.add_argument(
        "--app", type=Path, default=ROOT / "packaging/dist/articleeditor/articleeditor"
    )
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    app = args.app.resolve()
    if not app.is_file():
        raise SystemExit(f"{app}: build it first (python packaging/build_linux.py)")
    article = app.parent / "_internal" / "resources" / ARTICLE
    runs = [(time_version(app), *time_screenshot(app, article)) for _ in range(args.runs)]
    first, later = runs[0], runs[1:] or runs
    print(f"App folder: {app.parent}  installed size: {folder_size(app.parent) / 2**20:.0f} MiB")
    print(f"{'measure':<22} {'first run':>10} {'median':>10}   (of {len(later)} later runs)")
    for index, name in enumerate(("--version", "first preview", "screenshot exit")):
        median = statistics.median(run[index] for run in later)
        print(f"{name:<22} {first[index]:>9.2f}s {median:>9.2f}s")


if __name__ == "__main__":
    main()
