"""Which local files may leave the writer's machine in a published page or an export.

Publish copies linked files into a site and exports embed images: only files whose real path
(symbolic links followed) lies inside the draft's folder tree or the site may go, the same
folders the preview is allowed to load from. Anything else (``../../../../etc/passwd``, a link
to ``~/.ssh``) is refused, naming the link.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from articleeditor.core.errors import LinkOutsideFolders


def real_path(path: Path) -> Path:
    """``path`` with every symbolic link and ``..`` resolved (the file actually read)."""
    return Path(os.path.realpath(path))


def is_inside(path: Path, folders: Iterable[Path]) -> bool:
    """True when the real ``path`` is one of ``folders`` (resolved) or lies below one."""
    target = real_path(path)
    return any(target.is_relative_to(real_path(folder)) for folder in folders)


def check_inside(reference: str, path: Path, folders: Iterable[Path]) -> None:
    """Raise LinkOutsideFolders when the file ``reference`` points to lies outside ``folders``."""
    folders = tuple(folders)
    if not is_inside(path, folders):
        raise LinkOutsideFolders(reference, real_path(path), folders)
