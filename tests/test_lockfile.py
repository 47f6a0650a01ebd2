"""packaging/requirements.lock, which release builds install from, still matches pyproject.toml."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[1]
LOCK = ROOT / "packaging" / "requirements.lock"
REFRESH = "refresh the lock as packaging/README.md says"
# The lock is compiled for the Python the installers are built with (release.yml).
LOCK_PYTHON = {"python_version": "3.12", "python_full_version": "3.12.0", "extra": ""}
_PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;\\]+)", re.M)


def _normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def locked_versions() -> dict[str, Version]:
    """Normalised name -> pinned version of every entry in the lock."""
    return {_normalise(name): Version(v) for name, v in _PIN.findall(LOCK.read_text("utf-8"))}


def release_requirements() -> list[Requirement]:
    """The runtime dependencies and the packaging extra, as the release build installs them."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    specs = project["dependencies"] + project["optional-dependencies"]["packaging"]
    return [Requirement(spec) for spec in specs]


def test_every_lock_entry_is_pinned_with_hashes():
    text = LOCK.read_text(encoding="utf-8")
    entries = [e for e in re.split(r"\n(?=[A-Za-z0-9])", text) if _PIN.match(e)]
    assert len(entries) >= 10, "the lock looks empty"
    unhashed = [e.split()[0] for e in entries if "--hash=sha256:" not in e]
    assert unhashed == [], "pip --require-hashes refuses these"


def test_the_lock_covers_every_runtime_dependency():
    locked = locked_versions()
    missing = sorted({r.name for r in release_requirements() if _normalise(r.name) not in locked})
    assert missing == [], f"not in packaging/requirements.lock: {REFRESH}"


def test_the_locked_versions_meet_pyproject():
    locked = locked_versions()
    outside = [
        f"{req} (locked {locked[_normalise(req.name)]})"
        for req in release_requirements()
        if (req.marker is None or req.marker.evaluate(LOCK_PYTHON))
        and _normalise(req.name) in locked
        and not req.specifier.contains(locked[_normalise(req.name)], prereleases=True)
    ]
    assert outside == [], f"the lock no longer satisfies pyproject.toml: {REFRESH}"
