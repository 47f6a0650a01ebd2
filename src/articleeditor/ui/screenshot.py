"""``articleeditor screenshot``: the real main window, rendered headless, saved as PNG."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer

# Time for the preview's first paint after its DOM is updated.
SETTLE_MS = 400
TIMEOUT_MS = 60_000


def take_screenshot(
    path: Path | Sequence[Path] | None,
    output: Path,
    size: tuple[int, int],
    line: int | None = None,
    language: str | None = None,
) -> str | None:
    """Open ``path`` (or the sample site), wait for the preview, save ``output``. Several
    paths open in tabs, in order; the last one is shown.

    With ``line``, the editor is scrolled to that source line first and the preview follows.
    ``language`` (a shipped code or ``en``) overrides the interface language setting.

    Returns an error message, or None on success.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from articleeditor.ui.app import create_application, dispose
    from articleeditor.ui.language import install_translation
    from articleeditor.ui.main_window import MainWindow
    from articleeditor.ui.sample_site import ensure_sample_site

    create_application()
    install_translation(language)
    window = MainWindow()
    window.resize(*size)
    window.show()
    loop = QEventLoop()
    window.preview_updated.connect(lambda: QTimer.singleShot(SETTLE_MS, loop.quit))
    timed_out = []
    QTimer.singleShot(TIMEOUT_MS, lambda: (timed_out.append(True), loop.quit()))
    paths = [path] if isinstance(path, Path) else list(path or [])
    for each in paths or [ensure_sample_site()]:
        if not window.open_path(each):
            return getattr(window, "last_error", "could not open the article")
    loop.exec()
    if timed_out:
        return "the preview did not finish loading within 60 s"
    window.editor.highlighter.finish()  # a long article is styled in slices: show it all
    # The panels' numbers, spelling marks and outline come from the analysis process.
    window.references_feature.runner.wait()
    window.editor_features.wait()
    settle_panels = QEventLoop()
    QTimer.singleShot(SETTLE_MS, settle_panels.quit)
    settle_panels.exec()
    if line is not None:
        from articleeditor.ui.preview.scroll_sync import scroll_editor_to_line

        scroll_editor_to_line(window.editor, line)
        settle = QEventLoop()
        QTimer.singleShot(SETTLE_MS * 2, settle.quit)
        settle.exec()
    image = window.grab()
    output.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(output), "PNG"):
        return f"could not write {output}"
    # Not close(): a screenshot must not store its window size as the writer's layout.
    window.hide()
    window.stop_workers()
    dispose(window)
    return None
