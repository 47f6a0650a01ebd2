"""Raw-HTML sanitising of the Markdown Publish writes (core.sanitize.sanitize_markdown):
a realistic 1 MB article and hostile inputs built to make it slow. Prints medians in ms.

Run: ``PYTHONPATH=src:. python bench/bench_sanitize.py``.
"""

from __future__ import annotations

import statistics
import time

from articleeditor.core.sanitize import sanitize_markdown
from bench.long_article import long_article

RUNS = 3
CASES = {
    "1 MB article (long_article)": long_article(1_000_000),
    "20k unclosed <script>": "<script>" * 20_000,
    "20k lines starting <div>": "<div>\n" * 20_000,
    "30k lone backticks": "`a " * 30_000,
    "20k javascript: links": "[a](javascript:x) " * 20_000,
    "20k tags with an attribute": "<b x=1>" * 20_000,
    "50k 'a<b' (not tags)": "a<b " * 50_000,
    "20k lines of code span + tag": "`x` <i>y</i>\n" * 20_000,
    "20k unclosed fences with a language": "````x\n" * 20_000,
    "20k '](' without a space": "](" * 20_000,
    "20k '<a ' on one line": "<a " * 20_000,
    "20k '<a x=\"' on one line": '<a x="' * 20_000,
    "a 100k-digit entity in a link": "[a](&#" + "0" * 100_000 + "106;avascript:x)",
    "20k fences closed far below": "````x\n" * 20_000 + "`````\n",
}


def median_ms(text: str) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        sanitize_markdown(text)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    print(f"{'input':38s} {'chars':>9s} {'median ms':>10s}")
    for name, text in CASES.items():
        print(f"{name:38s} {len(text):>9d} {median_ms(text):>10.1f}")


if __name__ == "__main__":
    main()
