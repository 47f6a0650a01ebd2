"""Import speed of BibTeX, RIS and PubMed files: median seconds for 500, 2,000 and 8,000 entries.

Entries are shaped like a Zotero export (accents in LaTeX, group authors, editors, months,
notes with a PMID); the time should grow linearly. Run: ``python bench/bench_import.py``.
"""

from __future__ import annotations

import statistics
import time

from articleeditor.core.refimport import import_references

SIZES = (500, 2000, 8000)
REPEATS = 3


def bibtex(count: int) -> str:
    """``count`` BibTeX entries of varied types."""
    out = []
    for n in range(count):
        if n % 3 == 0:
            out.append(
                f"@article{{smith{n},\n"
                f'  author = {{M{{\\"u}}ller, J{{\\"u}}rgen and Santos, Jr., Juan and '
                f"{{World Health Organization}}}},\n"
                f"  title = {{On the \\textit{{Drosophila}} $\\beta$-cell number {n}}},\n"
                f"  journal = {{Nature}}, year = {{2020}}, month = may,\n"
                f"  volume = {{{n % 900}}}, number = {{3}}, pages = {{100--{110 + n % 50}}},\n"
                f"  doi = {{10.1000/x{n}}}, note = {{PMID: {30000000 + n}}}\n}}\n"
            )
        elif n % 3 == 1:
            out.append(
                f"@incollection{{doe{n},\n  author = {{Doe, Jane}},\n"
                f"  editor = {{Roe, Richard and Poe, Edgar}},\n"
                f"  title = {{A chapter {n}}}, booktitle = {{The Book}},\n"
                f"  publisher = {{Springer}}, address = {{Berlin}}, edition = {{2}},\n"
                f"  year = 2019, pages = {{1--20}}, isbn = {{978-3-16-148410-0}}\n}}\n"
            )
        else:
            out.append(
                f"@phdthesis{{th{n},\n  author = {{Ngũ, An}},\n  title = {{Thesis {n}}},\n"
                f"  school = {{University of {{\\AA}}rhus}}, year = 2018,\n"
                f"  urldate = {{2024-02-10}}, url = {{https://example.org/{n}}}\n}}\n"
            )
    return "\n".join(out)


def median_seconds(text: str) -> float:
    """Median wall time of importing ``text`` into an empty article."""
    times = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        result = import_references(text, [], fmt="bibtex")
        times.append(time.perf_counter() - start)
        assert not result.problems, result.problems[:3]
    return statistics.median(times)


def main() -> None:
    """Print the table."""
    print("| BibTeX entries | median s | s per 1,000 |")
    print("|---:|---:|---:|")
    for size in SIZES:
        seconds = median_seconds(bibtex(size))
        print(f"| {size:,} | {seconds:.2f} | {seconds / size * 1000:.2f} |")


if __name__ == "__main__":
    main()
