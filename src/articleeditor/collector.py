"""Garbage collection in a long-running process.

What start-up builds (modules, Qt wrappers, the window, compiled patterns, parsed styles)
lives as long as the process. Python's collector still walks all of it in each full
collection, and one falls due every so often while the writer works: on the GUI thread of a
built window that walk took 125 ms, in the middle of opening an article (its front matter's
2,000 YAML nodes were what tipped the count). Frozen, those objects are left out of every
later collection, which then walks only what was made since.
"""

from __future__ import annotations

import gc


def freeze_startup_objects() -> None:
    """Leave every object alive now out of later collections (``gc.freeze``).

    Call once start-up is done. Cyclic garbage alive at that moment is never freed; start-up
    leaves little, and a collection first would cost the pause this avoids.
    """
    gc.freeze()
