"""A site kept in git: commit exactly the files a publish wrote or removed.

Teams share a site through git, so "Publish and Commit" records the publish as one commit
naming the article. It runs the git command line (the writer's own configuration, hooks and
credentials apply) and stages only the given paths, never anything else in the work tree.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
from collections.abc import Iterable
from pathlib import Path

log = logging.getLogger(__name__)

_TIMEOUT = 60  # seconds; a commit hook that takes longer is reported, not waited for


class GitError(Exception):
    """git is missing, the folder is not a repository, or a git command failed."""

    def __init__(self, message: str, output: str = "") -> None:
        self.message = message
        self.output = output
        super().__init__(message + (f": {output}" if output else ""))


def git_executable() -> str | None:
    """The git command, or None when git is not installed."""
    return shutil.which("git")


def _git(root: Path, *args: str) -> str:
    git = git_executable()
    if git is None:
        raise GitError("git is not installed")
    try:
        done = subprocess.run(
            [git, "-C", str(root), *args],
            capture_output=True,
            text=True,
            timeout=_TIMEOUT,
            stdin=subprocess.DEVNULL,
        )
    except subprocess.TimeoutExpired:
        raise GitError(f"git {args[0]} did not finish within {_TIMEOUT} s") from None
    except OSError as error:
        raise GitError(f"git could not be run ({error.strerror})") from None
    if done.returncode != 0:
        raise GitError(f"git {args[0]} failed", (done.stderr or done.stdout).strip())
    return done.stdout


def repository_root(folder: Path) -> Path | None:
    """The work tree holding ``folder``, or None when it is not in a git repository."""
    if git_executable() is None or not folder.is_dir():
        return None
    try:
        return Path(_git(folder, "rev-parse", "--show-toplevel").strip()).resolve()
    except GitError:
        return None


def commit_paths(folder: Path, paths: Iterable[Path], message: str) -> str:
    """Commit the current state of ``paths`` (written, changed or deleted) and nothing else.

    Returns the new commit's hash; raises GitError (also when there is nothing to commit).
    """
    root = repository_root(folder)
    if root is None:
        raise GitError(f"{folder} is not in a git repository")
    relative = sorted({str(Path(p).resolve().relative_to(root)) for p in paths})
    if not relative:
        raise GitError("nothing was published, so there is nothing to commit")
    # --ignore-removal off: a removed file is staged as removed. Pathspecs are literal.
    _git(root, "add", "--all", "--", *(f":(literal){p}" for p in relative))
    staged = _git(
        root, "diff", "--cached", "--name-only", "--", *(f":(literal){p}" for p in relative)
    ).split()
    if not staged:
        raise GitError("the published files are already committed as they are")
    # Only these paths: anything else the writer had staged stays staged, uncommitted.
    _git(
        root,
        "commit",
        "--quiet",
        "-m",
        message,
        "--only",
        "--",
        *(f":(literal){p}" for p in relative),
    )
    return _git(root, "rev-parse", "HEAD").strip()
