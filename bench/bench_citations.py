"""Re-render time of an article with 100 references and 300 citations (target: median <= 150 ms).

Run: python bench/bench_citations.py [--runs N]
"""

from __future__ import annotations

import argparse
import random
import statistics
import time

import yaml

from articleeditor.core.render import RenderOptions, render_article

STYLES = ("numeric", "vancouver", "ama", "apa")


def make_article(references: int = 100, citations: int = 300, seed: int = 7) -> str:
    """A synthetic news article: paragraphs citing random works, with CSL items."""
    rng = random.Random(seed)
    items = [
        {
            "id": f"ref{n}",
            "type": "article-journal",
            "title": f"Study number {n} of cell therapy in solid tumours",
            "author": [
                {"family": f"Author{n}", "given": "A. B."},
                {"family": f"Coauthor{n}", "given": "C."},
            ],
            "container-title": "Journal of Clinical Oncology",
            "volume": str(10 + n % 30),
            "page": f"{n}-{n + 9}",
            "issued": {"date-parts": [[2000 + n % 25]]},
            "DOI": f"10.1000/jco.{n}",
        }
        for n in range(references)
    ]
    paragraphs = []
    for _ in range(citations // 3):
        keys = rng.sample(range(references), 3)
        paragraphs.append(
            "Researchers reported new results in patients with advanced disease "
            f"[@ref{keys[0]}], building on earlier work [@ref{keys[1]}; @ref{keys[2]}]."
        )
    front = yaml.safe_dump({"title": "Benchmark", "references": items}, sort_keys=False)
    return f"---\n{front}---\n\n" + "\n\n".join(paragraphs) + "\n"


def measure(text: str, style: str, runs: int) -> tuple[float, float]:
    """(first render, median re-render after a one-character edit) in milliseconds."""
    options = RenderOptions(citation_style=style)
    start = time.perf_counter()
    render_article(text, options)
    first = (time.perf_counter() - start) * 1000
    samples = []
    for n in range(runs):
        edited = text + ("x" * (n + 1))  # typing: new text, same cited works
        start = time.perf_counter()
        render_article(edited, options)
        samples.append((time.perf_counter() - start) * 1000)
    return first, statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    text = make_article()
    print(f"article: {len(text) / 1000:.0f} KB, 100 references, 300 citations, {args.runs} runs")
    print(f"{'style':<10} {'first render ms':>16} {'re-render median ms':>20} {'target':>8}")
    for style in STYLES:
        first, median = measure(text, style, args.runs)
        verdict = "ok" if median <= 150 else "MISSED"
        print(f"{style:<10} {first:>16.0f} {median:>20.1f} {verdict:>8}")


if __name__ == "__main__":
    main()
