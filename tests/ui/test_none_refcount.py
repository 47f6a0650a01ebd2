"""The PySide6 6.12.0 / Python 3.11 fallback: needed only where that pair is installed."""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

import PySide6
import pytest

from articleeditor.ui.none_refcount import guard_none_refcount, leaks_none

PYPROJECT = Path(__file__).resolve().parents[2] / "pyproject.toml"


def test_a_long_highlighted_document_does_not_exhaust_none(window):
    # Far more void Qt calls than None's natural reference count.
    text = "# Heading\n*emphasis* and `code` [@key] {++add++}\n" * 20_000
    window.editor.load_text(text)
    window.editor.load_text("")
    assert sys.getrefcount(None) > 1_000_000 or not leaks_none()


def test_only_the_excluded_pair_leaks(application):
    """pyproject.toml excludes PySide6 6.12.0 on Python < 3.12; any other pair must not leak,
    or the exclusion is too narrow."""
    excluded = PySide6.__version__ == "6.12.0" and sys.version_info < (3, 12)
    if not excluded:
        assert not leaks_none()
        assert guard_none_refcount() is False


def test_the_fallback_is_still_needed():
    """Fails once Python 3.11 is no longer supported: then delete ui/none_refcount.py, its
    call in ui/app.py, this test and the PySide6 marker in pyproject.toml."""
    project = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]
    assert project["requires-python"] == ">=3.11", (
        "Python 3.11 is dropped: the None reference-count fallback can go"
    )
    markers = [dep for dep in project["dependencies"] if dep.startswith("PySide6")]
    assert any("!=6.12.0" in dep and "3.12" in dep for dep in markers)


@pytest.fixture
def application():
    from articleeditor.ui.app import create_application

    return create_application()
