"""A narrow fallback for a PySide6 6.12.0 reference-count bug on Python 3.11.

On Python 3.11, PySide6 6.12.0 returns ``None`` from every C++ method returning ``void``
without taking a reference to it (harmless from Python 3.12 on, where ``None`` is immortal).
Each such call lowers ``None``'s reference count by one, and after some tens of thousands of
calls — a syntax highlighter makes that many while opening a long article — CPython aborts
with "deallocating None". The guard measures the leak once and, if present, raises ``None``'s
count far beyond what any session can use up.

pyproject.toml excludes that pair (``PySide6!=6.12.0; python_version < "3.12"``) and the
installers build on Python 3.12, so this only runs where someone installed the pair by hand.
tests/ui/test_none_refcount.py says when the guard can be deleted.

Upstream report: PYSIDE-3474, https://qt-project.atlassian.net/browse/PYSIDE-3474 in Qt's
bug tracker. That number was not confirmed on the tracker itself: it is the one that two other
projects hit by the same 6.12.0 crash on Python < 3.12 give as the upstream report (the
PyMemoryEditor 3.4.1 release notes, and a regression test of another project that also ties
it to PYSIDE-3424, building against the Python 3.12 headers, and reports it as not to be
fixed in 6.12.x). Check the report before relying on it.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject

# 2**50 leaked calls at a billion per second would take thirteen days.
_HEADROOM = 1 << 50
_guarded = False


def leaks_none() -> bool:
    """True if calling a void Qt method lowers ``None``'s reference count."""
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(1000):
        probe.setObjectName("probe")
    return before - sys.getrefcount(None) >= 900


def guard_none_refcount() -> bool:
    """Apply the guard once if this Python and PySide6 need it; True if applied."""
    global _guarded
    if _guarded or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    if not leaks_none():
        return False
    # ob_refcnt is the first field of every object in CPython 3.11 release builds. bool
    # results leak too: with None alone guarded, the test suite ended in "bool_dealloc:
    # deallocating True or False" at exit, so True and False keep the same headroom.
    for constant in (None, True, False):
        ctypes.c_ssize_t.from_address(id(constant)).value += _HEADROOM
    _guarded = True
    return True
