"""Site panel benchmark: building the article list of a large site (publish records read from
every draft), again with the records cached, and a filter plus sort as the writer types.

Run: ``PYTHONPATH=src python bench/bench_article_list.py [--articles 5000] [--runs 3]``.
One article in five is published; each carries 30 references, the slow case for reading its
front matter.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from articleeditor.core.article_list import Column, filter_rows, sort_rows
from articleeditor.core.index import SiteIndex
from articleeditor.ui.site_articles_feature import _build_rows

REFERENCES = "".join(
    f"  - id: ref{i}\n    type: article-journal\n    title: 'Reference {i}: cells and mice'\n"
    f"    author: [{{family: Smith, given: Ada}}]\n    issued: {{date-parts: [[2020]]}}\n"
    for i in range(30)
)


def generate_site(root: Path, count: int) -> None:
    """``count`` drafts in one folder; every fifth has been published."""
    for n in range(count):
        published = (
            "published_at: '2026-01-01T00:00:00+00:00'\npublish_path: content/posts/a/index.md\n"
            if n % 5 == 0
            else ""
        )
        (root / f"article-{n:05d}.md").write_text(
            f"---\ntitle: Article {n}\ndate: 2026-01-{n % 28 + 1:02d}\ntags: [A, B{n % 7}]\n"
            f"{published}references:\n{REFERENCES}---\n\nBody of article {n}.\n",
            encoding="utf-8",
        )


def _median_ms(work, runs: int) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        generate_site(root, args.articles)
        entries = list(SiteIndex(root, None).scan().entries.values())
        _, rows, cache = _build_rows(root, entries, {})
        cold = _median_ms(lambda: _build_rows(root, entries, {}), args.runs)
        warm = _median_ms(lambda: _build_rows(root, entries, cache), args.runs)
        typed = _median_ms(
            lambda: sort_rows(filter_rows(rows, "article 12"), Column.DATE), args.runs
        )
    table = [
        (f"{args.articles} articles", "median ms"),
        ("list, records read (worker)", f"{cold:.0f}"),
        ("list, records cached (each index change)", f"{warm:.0f}"),
        ("filter + sort (each keystroke)", f"{typed:.0f}"),
    ]
    for number, (name, value) in enumerate(table):
        print(f"| {name:<42} | {value:>9} |")
        if number == 0:
            print(f"|{'-' * 44}|{'-' * 10}:|")


if __name__ == "__main__":
    main()
