"""Source differences between two versions of an article, as HTML a dialog or browser shows."""

from __future__ import annotations

import difflib
import html
from dataclasses import dataclass

_STYLE = """<style>
body { font-family: monospace; font-size: 10pt; }
table.diff { border-collapse: collapse; width: 100%; }
.diff td { padding: 0 4px; vertical-align: top; white-space: pre-wrap; }
.diff_header, .line-no { color: #777; text-align: right; }
.diff_add, .added { background: #dff5e3; color: #14532d; }
.diff_sub, .removed { background: #fde2e1; color: #7f1d1d; }
.diff_chg { background: #fff2b3; }
.hunk { color: #0b6bcb; }
pre { margin: 0; white-space: pre-wrap; }
</style>"""


@dataclass(frozen=True)
class DiffStats:
    """How many lines one version adds and removes compared with the other."""

    added: int
    removed: int

    @property
    def identical(self) -> bool:
        """True when the two texts have the same lines."""
        return self.added == 0 and self.removed == 0


def diff_stats(old: str, new: str) -> DiffStats:
    """Count added and removed lines from ``old`` to ``new``."""
    added = removed = 0
    matcher = difflib.SequenceMatcher(None, old.splitlines(), new.splitlines(), autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag in ("replace", "delete"):
            removed += i2 - i1
        if tag in ("replace", "insert"):
            added += j2 - j1
    return DiffStats(added, removed)


def unified_diff_html(old: str, new: str, old_name: str, new_name: str, context: int = 3) -> str:
    """A coloured unified diff from ``old`` to ``new``."""
    lines = difflib.unified_diff(
        old.splitlines(), new.splitlines(), old_name, new_name, n=context, lineterm=""
    )
    rows = []
    for line in lines:
        css = (
            "hunk"
            if line.startswith("@@")
            else "added"
            if line.startswith("+") and not line.startswith("+++")
            else "removed"
            if line.startswith("-") and not line.startswith("---")
            else ""
        )
        rows.append(f'<span class="{css}">{html.escape(line) or " "}</span>')
    body = "\n".join(rows) if rows else html.escape("(no differences)")
    return f"{_STYLE}<pre>{body}</pre>"


def side_by_side_html(old: str, new: str, old_name: str, new_name: str, context: int = 3) -> str:
    """The two versions side by side, changed lines coloured, unchanged runs folded."""
    table = difflib.HtmlDiff(tabsize=4, wrapcolumn=60).make_table(
        old.splitlines(),
        new.splitlines(),
        html.escape(old_name),
        html.escape(new_name),
        context=True,
        numlines=context,
    )
    return _STYLE + table
