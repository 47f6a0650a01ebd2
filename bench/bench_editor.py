"""Editor costs on a 1 MB article: highlighting per keystroke, spell check, counts, outline.

Run: ``python bench/bench_editor.py`` (headless). Prints a table of medians.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from articleeditor.core.outline import headings
from articleeditor.core.spelling import Dictionary, document_words, lines_with
from articleeditor.core.textstats import count
from articleeditor.ui.editor.markdown_editor import MarkdownEditor

TARGET_BYTES = 1_000_000

SECTION = """## Section {n}: results from trial {n}

Researchers at the institute reported that the **treatment** reduced *symptoms* in most
patients [@smith2020; @lee2021]. The ~~earlier~~ findings, published in `Nature`, were
confirmed by an independent team (see [the paper](https://example.org/paper/{n})).
Some writers misspel a wurd now and then, which the checker should find.

- first point about the dosage and its {{++effects++}} on the liver
- second point with a {{>>reviewer comment<<}} attached
  1. nested numbered item
  2. another one

> A quoted sentence from a scientist who was not involved in the study.

| Group | Patients | Outcome |
|-------|----------|---------|
| A     | 120      | better  |

```python
def dose(weight_kg: float) -> float:
    return 0.5 * weight_kg  # mg
```

<span class="note">Inline HTML note.</span> ![Figure {n}](images/figure-{n}.png)

"""


def make_document() -> str:
    """About 1 MB of article-like Markdown with front matter."""
    parts = ["---\ntitle: A very long article\nlang: en\ntags: [oncology, trials]\n---\n\n"]
    size = len(parts[0])
    n = 0
    while size < TARGET_BYTES:
        n += 1
        block = SECTION.format(n=n)
        parts.append(block)
        size += len(block.encode("utf-8"))
    return "".join(parts)


def median_ms(run: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def style_in_slices(app: QApplication, editor: MarkdownEditor) -> tuple[float, float]:
    """Run the event loop until the highlighter has styled everything waiting; returns the
    longest turn of the loop and the total, in ms."""
    start = last = time.perf_counter()
    longest = 0.0
    while editor.highlighter.busy:
        app.processEvents()
        now = time.perf_counter()
        longest, last = max(longest, now - last), now
    return longest * 1000, (time.perf_counter() - start) * 1000


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    text = make_document()
    rows: list[tuple[str, float, int]] = []

    editor = MarkdownEditor()
    editor.resize(900, 700)
    start = time.perf_counter()
    editor.load_text(text)
    rows.append(("load, first screen styled (GUI)", (time.perf_counter() - start) * 1000, 1))
    longest, total = style_in_slices(app, editor)
    rows.append(("rest styled in slices: longest GUI step", longest, 1))
    rows.append(("rest styled in slices: until all styled (wall)", total, 1))

    doc = editor.document()
    rng = random.Random(7)
    blocks = doc.blockCount()
    # Lines with text (prose, lists, tables, code): typing into a blank line costs nothing.
    busy = [n for n in range(blocks) if len(doc.findBlockByNumber(n).text()) > 20]

    def keystroke() -> None:
        # A character typed at the end of a non-blank line somewhere in the document.
        block = doc.findBlockByNumber(rng.choice(busy))
        cursor = QTextCursor(block)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
        cursor.insertText("x")

    rows.append(("keystroke (insert + rehighlight its line)", median_ms(keystroke, 300), 300))

    def enter_in_list() -> None:
        block = doc.findBlockByNumber(rng.randrange(blocks))
        editor.setTextCursor(QTextCursor(block))
        editor.formatter.enter()

    rows.append(("Enter (list-aware, one edit block)", median_ms(enter_in_list, 100), 100))

    def fence_toggle() -> None:
        # The worst case: opening a fence restyles everything below it, closing restores it.
        cursor = QTextCursor(doc.findBlockByNumber(blocks // 2))
        cursor.insertText("```\n")
        cursor.movePosition(QTextCursor.MoveOperation.PreviousBlock)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        cursor.movePosition(
            QTextCursor.MoveOperation.NextCharacter, QTextCursor.MoveMode.KeepAnchor
        )
        cursor.removeSelectedText()

    rows.append(("open + close a fence mid-document", median_ms(fence_toggle, 20), 20))

    # The worst case: a fence opened near the top of a long document with no other fences
    # restyles every line below it (the price of correct multi-line highlighting).
    prose = MarkdownEditor()
    prose.load_text("\n\n".join(["Plain prose paragraph with *some* words."] * 20_000))
    prose.highlighter.finish()

    def fence_at_top() -> None:
        cursor = QTextCursor(prose.document().findBlockByNumber(2))
        cursor.insertText("```")
        cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()

    keystrokes, rest = [], []
    for _ in range(3):
        start = time.perf_counter()
        fence_at_top()
        keystrokes.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        prose.highlighter.finish()
        rest.append((time.perf_counter() - start) * 1000)
    rows.append(("fence above 40 000 lines: the two keystrokes", statistics.median(keystrokes), 3))
    rows.append(("fence above 40 000 lines: the rest, in slices", statistics.median(rest), 3))

    start = time.perf_counter()
    english = Dictionary("en")
    rows.append(("load English word list (once)", (time.perf_counter() - start) * 1000, 1))
    body = editor.text()
    rows.append(("spell check: tokenise 1 MB", median_ms(lambda: document_words(body), 5), 5))
    words = document_words(body)
    rows.append(
        ("spell check: look up distinct words", median_ms(lambda: english.misspelled(words), 5), 5)
    )
    rows.append(
        (
            "spell check: whole 1 MB (analysis process)",
            median_ms(lambda: english.misspelled(document_words(body)), 5),
            5,
        )
    )
    misspelled = english.misspelled(words)
    rows.append(
        (
            "find lines to underline (analysis process)",
            median_ms(lambda: lines_with(body, misspelled), 5),
            5,
        )
    )
    lines = lines_with(body, misspelled)
    editor.highlighter.set_misspelled(misspelled, lines)
    longest, total = style_in_slices(app, editor)
    rows.append(
        (f"underline {len(misspelled)} words on {len(lines)} lines: longest GUI step", longest, 1)
    )
    rows.append((f"underline {len(misspelled)} words: until all restyled (wall)", total, 1))
    start = time.perf_counter()
    editor.highlighter.set_misspelled(misspelled | {"treatment"})
    editor.highlighter.finish()
    rows.append(
        ("one new misspelling, whole-document scan (GUI)", (time.perf_counter() - start) * 1000, 1)
    )
    rows.append(
        (
            "suggestions for one word (context menu)",
            median_ms(lambda: english.suggestions("wurd"), 5),
            5,
        )
    )
    rows.append(("word count 1 MB (analysis process)", median_ms(lambda: count(body), 5), 5))
    rows.append(("outline 1 MB (analysis process)", median_ms(lambda: headings(body), 5), 5))

    print(f"Document: {len(text.encode('utf-8')) / 1e6:.2f} MB, {blocks} lines\n")
    print(f"| {'operation':<48} | {'median ms':>10} | {'runs':>4} |")
    print(f"|{'-' * 50}|{'-' * 12}|{'-' * 6}|")
    for name, ms, runs in rows:
        print(f"| {name:<48} | {ms:>10.2f} | {runs:>4} |")
    editor.deleteLater()
    app.processEvents()


if __name__ == "__main__":
    main()
