"""Copy the licence texts of every bundled Python distribution into resources/licenses/.

    python packaging/collect_licenses.py

Run it after adding a runtime dependency (a test fails until its licence is there). The Qt,
LGPL/GPL, ArticleEditor and Python notices are kept by hand; this writes one file per
distribution found by the same dependency walk the PyInstaller spec uses. The first line of
each file is the title the About dialog lists.
"""

from __future__ import annotations

import sys
from importlib import metadata
from pathlib import Path

from bundle import RESOURCES, runtime_distributions

LICENSES = RESOURCES / "licenses"


def licence_files(distribution: str) -> list[Path]:
    """The licence files a distribution's metadata lists (or that look like one)."""
    dist = metadata.distribution(distribution)
    names = dist.metadata.get_all("License-File") or []
    found = [
        Path(str(dist.locate_file(f))) for f in dist.files or []
        if any(n == f.name or str(f).endswith(n) for n in names)
        or f.name.upper().startswith(("LICENSE", "LICENCE", "COPYING"))
    ]
    return sorted({p for p in found if p.is_file()})


def licence_name(distribution: str) -> str:
    meta = metadata.distribution(distribution).metadata
    expression = meta.get("License-Expression") or meta.get("License") or ""
    if not expression or len(expression) > 60:  # some put the whole text in License
        classifiers = [c for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
        expression = classifiers[0].rsplit("::", 1)[-1].strip() if classifiers else "see below"
    return expression


def main() -> None:
    missing = []
    for distribution in runtime_distributions():
        files = licence_files(distribution)
        if not files:
            missing.append(distribution)
            continue
        parts = [f"{distribution} — {licence_name(distribution)}\n"]
        parts += [f.read_text(encoding="utf-8", errors="replace").strip() + "\n" for f in files]
        target = LICENSES / f"{distribution}.txt"
        target.write_text("\n".join(parts), encoding="utf-8")
        print(target.relative_to(RESOURCES.parent))
    if missing:
        sys.exit(f"no licence file in the metadata of: {', '.join(missing)}; add it by hand")


if __name__ == "__main__":
    main()
