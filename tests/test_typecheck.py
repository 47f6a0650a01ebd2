"""core is type-checked strictly (pyproject.toml's [tool.mypy]): the checker's verdict is a test."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow  # about 35 s from a cold cache on a shared machine
def test_mypy_finds_nothing_in_core(tmp_path: Path) -> None:
    try:
        import mypy  # noqa: F401
    except ImportError:
        pytest.fail("mypy is not installed; it is a test dependency")
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    # A cache of its own: a stale shared cache must not hide an error.
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--cache-dir",
            str(tmp_path / "cache"),
            "src/articleeditor/core",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
    )
    assert result.returncode == 0, result.stdout + result.stderr
