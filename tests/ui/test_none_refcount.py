"""The PySide6 6.12 / Python 3.11 guard: a long article highlights without aborting."""

from __future__ import annotations

import sys

from articleeditor.ui.none_refcount import leaks_none


def test_a_long_highlighted_document_does_not_exhaust_none(window):
    # Far more void Qt calls than None's natural reference count.
    text = "# Heading\n*emphasis* and `code` [@key] {++add++}\n" * 20_000
    window.editor.load_text(text)
    window.editor.load_text("")
    assert sys.getrefcount(None) > 1_000_000 or not leaks_none()
