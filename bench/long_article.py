"""A long, realistic article of a chosen size: headings, paragraphs, lists, quotes, code,
tables and citations, for the preview benchmark and the screenshot."""

from __future__ import annotations

FRONT_MATTER = """---
title: "A long review of immunotherapy trials"
date: 2026-11-02
authors: [Dana Whitfield, Ravi Menon]
categories: [ScienceNews]
tags: [Immunotherapy, CancerResearch, ClinicalTrials]
---
"""

_SECTION = """
## Trial {n}: what the data show

Researchers followed **{n} cohorts** of patients for a median of 18 months. The response rate
was higher than in earlier studies, and the authors note that *dosing schedules* matter as much
as the target antigen. See [the registry entry](https://example.org/trials/{n}) for details.

- Primary end point: overall survival at 12 months
- Secondary end points: progression-free survival and quality of life
- Adverse events were graded with CTCAE version 5

> "We did not expect the effect to last this long," said one of the investigators, who asked
> that the hospital not be named before the paper is published.

| Arm | Patients | Responders |
|-----|---------:|-----------:|
| A   | {a}      | {b}        |
| B   | {c}      | {d}        |

```python
response_rate = responders / patients  # cohort {n}
```

The next phase will enrol more patients across several centres, and an independent board will
review the safety data every six months before the trial continues.
"""


def long_article(size: int) -> str:
    """Front matter and as many sections as needed to reach about ``size`` characters."""
    parts = [FRONT_MATTER, "\nAn introduction paragraph that sets the scene.\n"]
    total = sum(len(p) for p in parts)
    n = 0
    while total < size:
        n += 1
        section = _SECTION.format(n=n, a=20 + n % 7, b=5 + n % 5, c=22 + n % 3, d=7 + n % 4)
        parts.append(section)
        total += len(section)
    return "".join(parts)
