"""Where an article's images go and how the article refers to them.

A page bundle (``index.md`` / ``_index.md``, Hugo's convention) keeps images in ``images/``
beside it; any other article gets a ``<article-stem>-assets/`` folder beside it. Links are
relative with forward slashes, so they work in the preview and in the published folder alike.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from articleeditor.core.storage import atomic_write

IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".avif", ".bmp"}
_UNSAFE = re.compile(r"[^\w.-]+")


def assets_folder(article: Path) -> Path:
    """The folder for ``article``'s images (not created)."""
    if article.stem in ("index", "_index"):
        return article.parent / "images"
    return article.parent / f"{article.stem}-assets"


def safe_name(name: str) -> str:
    """A file name without spaces or characters that need escaping in a URL."""
    stem, dot, suffix = name.rpartition(".")
    if not dot:
        stem, suffix = name, ""
    clean = _UNSAFE.sub("-", stem).strip("-.").lower() or "image"
    return clean + ("." + suffix.lower() if suffix else "")


def unique_path(folder: Path, name: str) -> Path:
    """``folder/name``, or ``name-2``, ``name-3``… if that is taken."""
    candidate = folder / name
    stem, suffix = candidate.stem, candidate.suffix
    number = 2
    while candidate.exists():
        candidate = folder / f"{stem}-{number}{suffix}"
        number += 1
    return candidate


def relative_link(target: Path, article: Path) -> str:
    """``target`` relative to the article's folder, with forward slashes."""
    return Path(os.path.relpath(target, article.parent)).as_posix()


def store_image(article: Path, name: str, data: bytes) -> Path:
    """Write ``data`` under a unique safe ``name`` in the article's assets folder (atomic)."""
    folder = assets_folder(article)
    folder.mkdir(parents=True, exist_ok=True)
    target = unique_path(folder, safe_name(name))
    atomic_write(target, data)
    return target


def is_image(path: Path) -> bool:
    """True for file names with a common web image suffix."""
    return path.suffix.lower() in IMAGE_SUFFIXES
