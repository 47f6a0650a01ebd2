"""The block scanner (core.blocks) and the readers built on it, on a 1 MB article.

Every reader below runs again after an edit (the status bar's counts, the outline, the spell
check, the preview's section split and its citation scan), so their time on a long article is
typing latency spent somewhere. Run this file with the ``src`` of one checkout, then another,
to compare them (``PYTHONPATH=<checkout>/src python bench/bench_blocks.py``): the readers that
do not exist in one are skipped.
"""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable

from bench.long_article import long_article
from bench.real_articles import release_notes

RUNS = 7


def median_ms(job: Callable[[], object], runs: int = RUNS) -> float:
    """Median wall time of ``job`` in milliseconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        job()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def readers(text: str) -> dict[str, Callable[[], object]]:
    """The per-edit readers of ``text`` available in the imported checkout."""
    from articleeditor.core.citations import code_mask
    from articleeditor.core.frontmatter import body_offset
    from articleeditor.core.outline import headings
    from articleeditor.core.sections import split_sections
    from articleeditor.core.spelling import document_words
    from articleeditor.core.textstats import count

    body = text[body_offset(text) :]
    jobs: dict[str, Callable[[], object]] = {}
    try:
        from articleeditor.core.blocks import scan

        jobs["blocks.scan"] = lambda: scan(text)
    except ImportError:
        pass
    jobs.update(
        {
            "outline.headings": lambda: headings(text),
            "textstats.count": lambda: count(text),
            "spelling.document_words": lambda: document_words(text),
            "citations.code_mask(body)": lambda: code_mask(body),
            "sections.split_sections": lambda: split_sections(body),
        }
    )
    return jobs


def highlighter_rows(text: str) -> dict[str, float]:
    """The editor's highlighter (a core.blocks consumer line by line) on ``text``."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QTextCursor
    from PySide6.QtWidgets import QApplication

    from articleeditor.ui.editor.markdown_editor import MarkdownEditor

    app = QApplication.instance() or QApplication([])
    editor = MarkdownEditor()
    rows = {}
    start = time.perf_counter()
    editor.load_text(text)
    editor.highlighter.finish()
    rows["highlighter: style all lines"] = (time.perf_counter() - start) * 1000
    document = editor.document()
    middle = document.blockCount() // 2

    def keystroke() -> None:
        cursor = QTextCursor(document.findBlockByNumber(middle))
        cursor.insertText("x")
        cursor.deletePreviousChar()

    def fence_toggle() -> None:
        cursor = QTextCursor(document.findBlockByNumber(middle))
        cursor.insertText("```\n")
        move, keep = QTextCursor.MoveOperation, QTextCursor.MoveMode.KeepAnchor
        cursor.movePosition(move.PreviousBlock)
        cursor.movePosition(move.EndOfBlock, keep)
        cursor.movePosition(move.NextCharacter, keep)
        cursor.removeSelectedText()
        editor.highlighter.finish()

    rows["highlighter: keystroke mid-text"] = median_ms(keystroke, 51)
    rows["highlighter: type + delete a fence line"] = median_ms(fence_toggle)
    editor.deleteLater()
    app.processEvents()
    return rows


def main() -> None:
    import articleeditor

    print(f"articleeditor from {articleeditor.__file__}")
    for name, text in (
        ("long_article 1 MB", long_article(1_000_000)),
        ("release_notes ~1 MB", release_notes()),
    ):
        print(f"\n{name}: {len(text):,} chars, {text.count(chr(10)):,} lines (median of {RUNS})")
        for label, job in readers(text).items():
            print(f"  {label:40} {median_ms(job):8.1f} ms")
        for label, ms in highlighter_rows(text).items():
            print(f"  {label:40} {ms:8.1f} ms")


if __name__ == "__main__":
    main()
