"""Each line break of a file as it was on disk, so a save rewrites only the lines edited.

An article's text uses "\\n" for every line break; the file may mix "\\n", "\\r\\n" and a lone
"\\r". Saving with the file's dominant style alone would rewrite every other break the writer
never touched. Instead the breaks before and after the edited span keep their bytes, and only
breaks inside the span (typed, pasted) take the dominant style.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from articleeditor.core.textdelta import TextDelta

_BREAK = re.compile("\r\n|\r|\n")


@dataclass(frozen=True)
class LineEndings:
    """The line breaks of a loaded text, in order; ``uniform`` is the one style if all agree."""

    breaks: tuple[str, ...]
    uniform: str | None

    @classmethod
    def of(cls, original: str) -> LineEndings:
        """The breaks of ``original``, the text as decoded before newlines were normalised."""
        crlf = original.count("\r\n")
        lone_cr = original.count("\r") - crlf
        lf = original.count("\n") - crlf
        styles = [s for s, n in (("\n", lf), ("\r\n", crlf), ("\r", lone_cr)) if n]
        if len(styles) <= 1:
            return cls((), styles[0] if styles else None)
        return cls(tuple(m.group() for m in _BREAK.finditer(original)), None)

    def apply(self, text: str, loaded: str, newline: str) -> str:
        """``text`` (an edit of ``loaded``, both with "\\n" breaks) with its breaks as on disk:
        the untouched ones as they were, those in the edited span as ``newline``."""
        if not self.breaks:
            style = self.uniform or newline  # one style on disk (or no break yet): keep it
            return text if style == "\n" else text.replace("\n", style)
        delta = TextDelta.between(loaded, text)
        before = loaded.count("\n", 0, delta.start)
        after = loaded.count("\n", len(loaded) - delta.tail) if delta.tail else 0
        lines = text.split("\n")
        middle = len(lines) - 1 - before - after
        kept_after = self.breaks[len(self.breaks) - after :]
        breaks = [*self.breaks[:before], *([newline] * middle), *kept_after]
        parts = [lines[0]]
        for brk, line in zip(breaks, lines[1:], strict=True):
            parts += [brk, line]
        return "".join(parts)
