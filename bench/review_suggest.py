"""Suggest mode and review rendering on long articles: median milliseconds per operation.

Run: python bench/review_suggest.py  (headless; needs PySide6 for the editor rows)
"""

from __future__ import annotations

import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from articleeditor.core.critic import accept_all, parse_marks
from articleeditor.core.render import RenderOptions, render_markdown
from articleeditor.core.suggest import delete_backward, type_text

PARAGRAPH = (
    "Researchers found {~~tiny~>measurable~~} amounts of plastic in the blood of "
    "{==17 of 22==}{>>@dana 2026-11-20: check<<} volunteers.{++ A first.++} "
    "The team looked for five common plastics, among them PET and polystyrene. "
    "{--Every sample was tested twice. --}Half of the samples contained PET.\n\n"
)


def median_ms(work, repeat: int = 15) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def document(paragraphs: int) -> str:
    return PARAGRAPH * paragraphs


def measure(paragraphs: int) -> tuple[int, int, list[float]]:
    """(size, marks, timings) for an article of ``paragraphs`` reviewed paragraphs."""
    from articleeditor.ui.editor.markdown_editor import MarkdownEditor
    from articleeditor.ui.review.suggest_mode import SuggestMode

    text = document(paragraphs)
    middle = len(text) // 2
    editor = MarkdownEditor()
    editor.load_text(text)
    mode = SuggestMode(editor)
    mode.set_enabled(True)
    cursor = editor.textCursor()
    cursor.setPosition(middle)
    editor.setTextCursor(cursor)
    timings = [
        median_ms(lambda: parse_marks(text)),
        median_ms(lambda: type_text(text, middle, middle, "x")),
        median_ms(lambda: delete_backward(text, middle, middle)),
        median_ms(lambda: mode.type_text("x")),
        median_ms(lambda: accept_all(text)),
        median_ms(lambda: render_markdown(text, RenderOptions(review_view="changes")), 5),
        median_ms(lambda: render_markdown(text, RenderOptions(review_view="final")), 5),
    ]
    editor.deleteLater()
    return len(text), len(parse_marks(text)), timings


def main() -> None:
    from articleeditor.ui.app import create_application

    create_application()
    widths = (8, 8, 8, 13, 11, 11, 13)
    print(
        f"{'article':>8} {'marks':>6} {'parse':>8} {'type':>8} {'backsp':>8} "
        f"{'key (editor)':>13} {'accept all':>11} {'render chg':>11} {'render final':>13}"
    )
    for paragraphs in (10, 100, 500):
        size, marks, timings = measure(paragraphs)
        cells = " ".join(f"{v:>{w}.2f}" for v, w in zip(timings, widths, strict=True))
        print(f"{size // 1000:>5} kB {marks:>6} {cells}")


if __name__ == "__main__":
    main()
