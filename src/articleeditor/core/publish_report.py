"""What a publish or unpublish plan does, in words and as data: the lines ``publish`` prints,
a unified diff of each file it replaces, and the JSON of ``--json``."""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Any

from articleeditor.core.publish import PlannedFile, PublishPlan


@dataclass(frozen=True)
class FileChange:
    """One file of a plan: what happens to it ("write", "replace", "unchanged", "remove")."""

    path: str
    action: str
    diff: str = ""  # unified diff for a replaced text file


def _text(data: bytes) -> str | None:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return None if "\0" in text else text


def file_diff(plan: PublishPlan, planned: PlannedFile) -> str:
    """The unified diff from the site's file to the planned one ("" when not text)."""
    try:
        old = planned.target.read_bytes()
    except OSError:
        return ""
    before, after = _text(old), _text(planned.data)
    if before is None or after is None:
        return ""
    name = plan.relative(planned.target)
    return "".join(
        difflib.unified_diff(
            before.splitlines(keepends=True),
            after.splitlines(keepends=True),
            fromfile=f"a/{name}",
            tofile=f"b/{name}",
        )
    )


def changes(plan: PublishPlan, *, with_diff: bool = True) -> list[FileChange]:
    """Every file the plan touches, in order: written, replaced, unchanged, then removed."""
    found = []
    for planned in plan.files:
        path = plan.relative(planned.target)
        if planned.unchanged:
            found.append(FileChange(path, "unchanged"))
        elif planned.target.exists():
            found.append(FileChange(path, "replace", file_diff(plan, planned) if with_diff else ""))
        else:
            found.append(FileChange(path, "write"))
    found.extend(FileChange(plan.relative(path), "remove") for path in plan.removes)
    return found


_VERBS = {
    (False, "write"): "would write",
    (True, "write"): "wrote",
    (False, "replace"): "would replace",
    (True, "replace"): "replaced",
    (False, "remove"): "would remove",
    (True, "remove"): "removed",
    (False, "unchanged"): "unchanged",
    (True, "unchanged"): "unchanged",
}


def plan_lines(plan: PublishPlan, *, done: bool, with_diff: bool = False) -> list[str]:
    """The plan as the command line prints it: warnings first, then each file."""
    lines = [f"warning: {warning}" for warning in plan.warnings]
    for copy in plan.moved_from:
        if plan.action == "publish":
            lines.append(f"moves the article from {plan.relative(copy)}")
    for address in plan.redirects:
        lines.append(f"the old address {address} redirects to the new one")
    for change in changes(plan, with_diff=with_diff):
        lines.append(f"{_VERBS[(done, change.action)]}: {change.path}")
        if change.diff:
            lines.append(change.diff.rstrip("\n"))
    return lines


def plan_data(plan: PublishPlan, *, done: bool) -> dict[str, Any]:
    """The plan as JSON-ready data (``publish --json``), made before it is written; the caller
    sets ``written`` to the result."""
    return {
        "action": plan.action,
        "dry_run": not done,
        "site": str(plan.site.root),
        "generator": plan.site.generator.value,
        "article_id": plan.article_id,
        "slug": plan.slug,
        "article_file": plan.relative(plan.article_file) if plan.article_file else None,
        "up_to_date": plan.up_to_date if plan.action == "publish" else not plan.removes,
        "problems": list(plan.problems),
        "warnings": list(plan.warnings),
        "conflicts": [{"path": plan.relative(c.path), "owner": c.owner} for c in plan.conflicts],
        "moved_from": [plan.relative(p) for p in plan.moved_from],
        "redirects": list(plan.redirects),
        "files": [
            {"path": c.path, "action": c.action, "diff": c.diff or None} for c in changes(plan)
        ],
        "written": None,
    }
