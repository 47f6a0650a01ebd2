"""Render the app icon from its SVG: PNGs for Linux, .ico for Windows, .icns for macOS.

Run as a script (it needs a QGuiApplication, so the build scripts call it in a subprocess):
``python packaging/icons.py OUT_DIR``. Uses only PySide6, which the build needs anyway.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "resources" / "icons" / "articleeditor.svg"
# hicolor sizes for Linux; Windows and macOS take their own subsets below.
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS entry types holding PNG data, by pixel size.
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09"}


def render_pngs(svg: Path, out_dir: Path, sizes: tuple[int, ...] = PNG_SIZES) -> dict[int, Path]:
    """Render ``svg`` as square PNGs ``articleeditor-<size>.png``; return them by size."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG")
    out_dir.mkdir(parents=True, exist_ok=True)
    written = {}
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        path = out_dir / f"articleeditor-{size}.png"
        if not image.save(str(path), "PNG"):
            raise SystemExit(f"could not write {path}")
        written[size] = path
    return written


def write_ico(pngs: dict[int, Path], target: Path) -> None:
    """A Windows .ico whose entries are PNG images (supported since Windows Vista)."""
    sizes = [s for s in ICO_SIZES if s in pngs]
    blobs = [pngs[s].read_bytes() for s in sizes]
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries = b""
    for size, blob in zip(sizes, blobs, strict=True):
        dim = 0 if size >= 256 else size  # 0 means 256 in the directory entry
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
    target.write_bytes(header + entries + b"".join(blobs))


def write_icns(pngs: dict[int, Path], target: Path) -> None:
    """A macOS .icns whose entries are PNG images."""
    body = b""
    for size, kind in ICNS_TYPES.items():
        if size in pngs:
            blob = pngs[size].read_bytes()
            body += kind + struct.pack(">I", len(blob) + 8) + blob
    target.write_bytes(b"icns" + struct.pack(">I", len(body) + 8) + body)


def build_icons(out_dir: Path) -> None:
    """Render every icon format the installers use into ``out_dir``."""
    pngs = render_pngs(SVG, out_dir)
    write_ico(pngs, out_dir / "articleeditor.ico")
    write_icns(pngs, out_dir / "articleeditor.icns")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit("usage: python packaging/icons.py OUT_DIR")
    build_icons(Path(sys.argv[1]))
