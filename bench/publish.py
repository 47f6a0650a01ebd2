"""Publish timings: planning (checks, rendering, the site-wide slug scan) and writing, for the
sample article into Hugo sites holding 0, 1,000 and 5,000 other articles. Prints medians."""

from __future__ import annotations

import shutil
import statistics
import tempfile
import time
from pathlib import Path

from articleeditor.core.article import Article
from articleeditor.core.publish import plan_publish, write_plan
from articleeditor.core.site import load_site
from articleeditor.resources import sample_site_dir

RUNS = 7


def median_ms(work) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    draft = Article.load(sample_site_dir() / "content/posts/car-t-cells-liver-cancer.md")
    print("| other articles | plan (ms) | write (ms) |\n| ---: | ---: | ---: |")
    for others in (0, 1000, 5000):
        root = Path(tempfile.mkdtemp(prefix="publish-bench-"))
        try:
            (root / "hugo.toml").write_text('title = "bench"\n', encoding="utf-8")
            for n in range(others):
                folder = root / "content" / "posts" / f"article-{n}"
                folder.mkdir(parents=True)
                (folder / "index.md").write_text(
                    f"---\ntitle: Article {n}\ndate: 2026-01-01\n---\nText.\n", encoding="utf-8"
                )
            site = load_site(root)
            plan_ms = median_ms(lambda site=site: plan_publish(draft, site))
            plan = plan_publish(draft, site)
            write_ms = median_ms(lambda plan=plan: write_plan(plan))
            print(f"| {others:,} | {plan_ms:.0f} | {write_ms:.1f} |")
        finally:
            shutil.rmtree(root)


if __name__ == "__main__":
    main()
