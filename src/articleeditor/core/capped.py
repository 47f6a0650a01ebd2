"""Findings that repeat: the first few occurrences of each thing, then how many more.

A key cited 300,000 times without a reference is one mistake; listing every citation would
bury the other findings (and cost memory in proportion to the text). Checks keep the first
:data:`OCCURRENCES_SHOWN` occurrences of each key with their places and count the rest, so the
caller can add one finding per key saying how many further occurrences there are.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from typing import Generic, TypeVar

# How many occurrences of one key a check lists, each with its place, before it only counts.
OCCURRENCES_SHOWN = 10

T = TypeVar("T")


@dataclass(frozen=True)
class Overflow(Generic[T]):
    """The occurrences of one key beyond those shown: how many, and the first of them."""

    key: Hashable
    count: int
    first: T


@dataclass(frozen=True)
class Capped(Generic[T]):
    """The occurrences shown (in the order given), then one :class:`Overflow` per key that
    had more, in the order those keys were first seen."""

    shown: list[T]
    more: list[Overflow[T]]


def cap_per_key(
    occurrences: Iterable[T],
    key: Callable[[T], Hashable],
    limit: int = OCCURRENCES_SHOWN,
) -> Capped[T]:
    """The first ``limit`` occurrences of each ``key``; the rest only counted.

    Reads ``occurrences`` once, holding the shown ones and one count per key: give it an
    iterator and the occurrences past the limit are never stored.
    """
    shown: list[T] = []
    seen: dict[Hashable, int] = {}
    first_hidden: dict[Hashable, T] = {}
    for occurrence in occurrences:
        name = key(occurrence)
        count = seen.get(name, 0) + 1
        seen[name] = count
        if count <= limit:
            shown.append(occurrence)
        elif count == limit + 1:
            first_hidden[name] = occurrence
    more = [Overflow(name, seen[name] - limit, first) for name, first in first_hidden.items()]
    return Capped(shown, more)
