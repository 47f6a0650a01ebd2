"""The difference between two versions of a text as one replaced span, so a worker process
that already holds the old version is sent a few characters per keystroke instead of the
whole document."""

from __future__ import annotations

from dataclasses import dataclass

# Compared a chunk at a time first: slicing and comparing strings runs in C, a
# character-by-character loop in Python would cost more than sending the text.
_CHUNK = 4096


class TextOutOfStep(ValueError):
    """A delta was applied to a text other than the one it was made from."""


@dataclass(frozen=True)
class TextDelta:
    """``new == old[:start] + replacement + old[len(old) - tail:]``; ``old`` had ``old_length``
    characters. A delta with ``old_length == -1`` carries the whole new text."""

    start: int
    tail: int
    replacement: str
    old_length: int

    @classmethod
    def whole(cls, text: str) -> TextDelta:
        """A delta that gives ``text`` whatever the receiver held before."""
        return cls(0, 0, text, -1)

    @classmethod
    def between(cls, old: str | None, new: str) -> TextDelta:
        """The smallest single-span change from ``old`` to ``new`` (whole text if no ``old``)."""
        if old is None:
            return cls.whole(new)
        start = common_prefix_length(old, new)
        tail = common_suffix_length(old, new, min(len(old), len(new)) - start)
        return cls(start, tail, new[start : len(new) - tail], len(old))

    def apply(self, old: str | None) -> str:
        """The new text; raises :class:`TextOutOfStep` if ``old`` is not the original."""
        if self.old_length == -1:
            return self.replacement
        if old is None or len(old) != self.old_length:
            raise TextOutOfStep(
                f"delta for a text of {self.old_length} characters, "
                f"applied to {'nothing' if old is None else len(old)}"
            )
        return old[: self.start] + self.replacement + old[len(old) - self.tail :]


def common_prefix_length(a: str, b: str) -> int:
    """How many leading characters ``a`` and ``b`` share."""
    limit = min(len(a), len(b))
    start = 0
    while start < limit and a[start : start + _CHUNK] == b[start : start + _CHUNK]:
        start += _CHUNK
    start = min(start, limit)
    # Binary search inside the first differing chunk.
    low, high = start, min(start + _CHUNK, limit)
    while low < high:
        middle = (low + high + 1) // 2
        if a[start:middle] == b[start:middle]:
            low = middle
        else:
            high = middle - 1
    return low


def common_suffix_length(a: str, b: str, limit: int | None = None) -> int:
    """How many trailing characters ``a`` and ``b`` share (at most ``limit``)."""
    limit = min(len(a), len(b), len(a) if limit is None else limit)
    end_a, end_b = len(a), len(b)

    def same(known: int, length: int) -> bool:
        # Only the characters between ``known`` and ``length`` from the end are compared.
        return a[end_a - length : end_a - known] == b[end_b - length : end_b - known]

    length = 0
    while length + _CHUNK <= limit and same(length, length + _CHUNK):
        length += _CHUNK
    low, high = length, min(length + _CHUNK, limit)
    while low < high:
        middle = (low + high + 1) // 2
        if same(length, middle):
            low = middle
        else:
            high = middle - 1
    return low
