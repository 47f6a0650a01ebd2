"""The loop of the render worker process. No Qt here: the spawned process imports only this
module (and what its jobs need), so it starts fast and holds no GUI state."""

from __future__ import annotations

from multiprocessing.connection import Connection

from articleeditor.core.render import RenderedArticle, RenderOptions, SegmentCache, render_article

# Lives in the worker process: the sections rendered for earlier keystrokes.
_preview_cache = SegmentCache()


def render_preview(text: str, options: RenderOptions) -> RenderedArticle:
    """``render_article`` with the worker's section cache (same output, less work per edit)."""
    return render_article(text, options, _preview_cache)


def serve(connection: Connection) -> None:
    """The worker process's loop: run each job it is sent and send back its outcome."""
    while True:
        try:
            work = connection.recv()
        except (EOFError, OSError):
            return
        if work is None:
            return
        try:
            result = work()
        except Exception as error:  # sent back and reported on the GUI thread
            try:
                connection.send((None, error))
            except Exception:  # the error itself would not pickle
                connection.send((None, RuntimeError(f"{type(error).__name__}: {error}")))
        else:
            connection.send((result, None))
