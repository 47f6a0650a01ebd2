"""Publish and Commit: the real git commits exactly the published files."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from articleeditor.core.sitegit import GitError, commit_paths, repository_root

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def git(root: Path, *args: str) -> str:
    return subprocess.run(
        ["git", "-C", str(root), *args], capture_output=True, text=True, check=True
    ).stdout


@pytest.fixture
def repo(tmp_path) -> Path:
    root = tmp_path / "site"
    root.mkdir()
    git(root, "init", "-q")
    git(root, "config", "user.email", "writer@example.org")
    git(root, "config", "user.name", "Writer")
    (root / "content").mkdir()
    (root / "content" / "old.md").write_text("old\n")
    (root / "notes.txt").write_text("mine\n")
    git(root, "add", "-A")
    git(root, "commit", "-qm", "start")
    return root


def test_commits_only_the_published_files(repo):
    (repo / "content" / "new.md").write_text("new article\n")
    (repo / "content" / "old.md").unlink()  # a retitled article moved away
    (repo / "notes.txt").write_text("an unrelated edit, not published\n")
    (repo / "staged.txt").write_text("staged by the writer\n")
    git(repo, "add", "staged.txt")
    commit = commit_paths(
        repo, [repo / "content" / "new.md", repo / "content" / "old.md"], "Publish “Liver cancer”"
    )
    changed = git(repo, "show", "--name-status", "--format=%s", commit).split("\n")
    assert changed[0] == "Publish “Liver cancer”"
    assert sorted(line for line in changed[1:] if line) == [
        "A\tcontent/new.md",
        "D\tcontent/old.md",
    ]
    status = git(repo, "status", "--porcelain")
    assert " M notes.txt" in status and "A  staged.txt" in status


def test_nothing_new_is_an_error(repo):
    with pytest.raises(GitError, match="already committed"):
        commit_paths(repo, [repo / "content" / "old.md"], "Publish")


def test_outside_a_repository(tmp_path):
    assert repository_root(tmp_path) is None
    with pytest.raises(GitError, match="not in a git repository"):
        commit_paths(tmp_path, [tmp_path / "a.md"], "Publish")


def test_paths_with_glob_characters_are_literal(repo):
    (repo / "content" / "a[1].md").write_text("x\n")
    (repo / "content" / "a1.md").write_text("y\n")
    commit = commit_paths(repo, [repo / "content" / "a[1].md"], "Publish")
    names = git(repo, "show", "--name-only", "--format=", commit).split()
    assert names == ["content/a[1].md"]
