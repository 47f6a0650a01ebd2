"""Reference checks shared by the editor, ``articleeditor check`` and Publish."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from articleeditor.core.capped import cap_per_key
from articleeditor.core.citations import (
    ReadingOrder,
    code_mask,
    iter_undefined_citations,
    parse_citations,
)
from articleeditor.core.findings import Finding

ERROR = "error"
WARNING = "warning"

# "[1]", "[1, 2]", "[1–3]" typed by hand; not footnotes "[^1]" and not links "[1](url)".
_HAND_NUMBERS = re.compile(r"\[\d+(?:\s*[,–-]\s*\d+)*\](?![(\[:])")


@dataclass(frozen=True)
class ReferenceProblem:
    """One finding; ``line`` is 1-based in the body given, 0 when it has no place."""

    severity: str
    # undefined-citation, duplicate-key, shared-doi, uncited, typed-number; and
    # undefined-citation-more, typed-number-more: how many more of one key or text were not
    # listed (core.capped), at the line of the first of them
    code: str
    message: str  # a Finding: the English sentence, worded from code and args in the window
    key: str = ""
    line: int = 0


def _line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def check_references(
    body: str,
    references: list[dict[str, Any]],
    shared: list[dict[str, Any]] | tuple[dict[str, Any], ...] = (),
    reading: ReadingOrder | None = None,
) -> list[ReferenceProblem]:
    """Undefined and duplicate keys (errors); uncited works, shared DOIs, typed numbers.

    ``shared`` is the site's bibliography: citing it is fine, not citing all of it is too.
    ``reading`` is the body's :func:`read_body` when the caller has it (no second scan).
    """
    groups = parse_citations(body) if reading is None else list(reading.groups)
    undefined = cap_per_key(
        iter_undefined_citations(body, [*references, *shared], groups), key=lambda found: found[0]
    )
    problems = [
        ReferenceProblem(
            ERROR, "undefined-citation", Finding("undefined-citation", {"key": key}), key, line
        )
        for key, line in undefined.shown
    ]
    problems += [
        ReferenceProblem(
            ERROR,
            "undefined-citation-more",
            Finding("undefined-citation-more", {"key": more.first[0], "count": more.count}),
            more.first[0],
            more.first[1],
        )
        for more in undefined.more
    ]
    by_fold: dict[str, list[str]] = defaultdict(list)
    by_doi: dict[str, list[str]] = defaultdict(list)
    for item in references:
        key = str(item.get("id", ""))
        by_fold[key.casefold()].append(key)
        if item.get("DOI"):
            by_doi[str(item["DOI"]).casefold()].append(key)
    for keys in by_fold.values():
        if len(keys) > 1:
            shown = ", ".join(keys)
            problems.append(
                ReferenceProblem(
                    ERROR, "duplicate-key", Finding("duplicate-key", {"keys": shown}), keys[0]
                )
            )
    for doi, keys in by_doi.items():
        if len(keys) > 1:
            problems.append(
                ReferenceProblem(
                    WARNING,
                    "shared-doi",
                    Finding("shared-doi", {"doi": doi, "keys": ", ".join(keys)}),
                    keys[1],
                )
            )
    cited = {key for group in groups for key in group.keys}
    for item in references:
        key = str(item.get("id", ""))
        if key and key not in cited:
            problems.append(
                ReferenceProblem(WARNING, "uncited", Finding("uncited", {"key": key}), key)
            )
    if references:
        problems += _typed_numbers(body)
    return problems


def _typed_numbers(body: str) -> list[ReferenceProblem]:
    """Hand-typed "[1]": the first few of each text with their lines, then how many more."""
    masked = code_mask(body)
    typed = cap_per_key(
        ((match.group(), match.start()) for match in _HAND_NUMBERS.finditer(masked)),
        key=lambda found: found[0],
    )
    problems = [
        ReferenceProblem(
            WARNING,
            "typed-number",
            Finding("typed-number", {"text": text}),
            line=_line_of(body, start),
        )
        for text, start in typed.shown
    ]
    problems += [
        ReferenceProblem(
            WARNING,
            "typed-number-more",
            Finding("typed-number-more", {"text": more.first[0], "count": more.count}),
            line=_line_of(body, more.first[1]),
        )
        for more in typed.more
    ]
    return problems


def citation_counts(body: str, reading: ReadingOrder | None = None) -> dict[str, int]:
    """How many times each key is cited in ``body`` (read as ``reading``, when given)."""
    counts: dict[str, int] = defaultdict(int)
    for group in parse_citations(body) if reading is None else reading.groups:
        for key in group.keys:
            counts[key] += 1
    return dict(counts)


def citation_offsets(body: str, key: str) -> list[int]:
    """Character offsets in ``body`` of each citation group that cites ``key``."""
    return [group.start for group in parse_citations(body) if key in group.keys]


@dataclass(frozen=True)
class ReferenceRow:
    """A reference as the References panel lists it: as printed, with its use count."""

    key: str
    label: str  # "[1]", "1." for cited works in numeric styles; "" otherwise
    text: str  # the entry as the bibliography prints it
    count: int


def reference_rows(
    body: str,
    references: list[dict[str, Any]],
    style: str = "numeric",
    reading: ReadingOrder | None = None,
) -> list[ReferenceRow]:
    """Cited works in bibliography order, then uncited ones, each formatted in ``style``.

    The numbers are the preview's: both come from :func:`citation_order`'s reading order.
    """
    from articleeditor.core.citations import number_citations, read_body
    from articleeditor.core.citeproc import format_bibliography

    reading = reading or read_body(body)
    counts = citation_counts(body, reading)
    known = [str(item.get("id", "")) for item in references]
    cited = [w for w in number_citations(body, references, style, reading) if w.defined]
    uncited = [key for key in known if key not in counts]
    order = [w.key for w in cited] + uncited
    entries = {e.key: e for e in format_bibliography(references, order, style)} if order else {}
    labels = {w.key: w.label for w in cited}
    return [
        ReferenceRow(
            key,
            labels.get(key, ""),
            entries[key].text if key in entries else "",
            counts.get(key, 0),
        )
        for key in order
    ]
