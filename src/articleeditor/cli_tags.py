"""The ``tags`` command: list a site's tags with counts, rename, merge or delete one.

    articleeditor tags SITE [--categories] [--json]
    articleeditor tags rename OLD NEW SITE [--categories] [--dry-run]
    articleeditor tags merge A B [C ...] --into TARGET SITE [--categories] [--dry-run]
    articleeditor tags delete TAG SITE [--categories] [--dry-run]

An edit exits with 3 when it left files alone because another program changed them while it ran.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from articleeditor.core.bulk_tags import AppliedChange, TermChange, apply_plan, plan_change
from articleeditor.core.index import CATEGORIES, TAGS, SiteIndex, user_cache_dir
from articleeditor.core.site import load_site

EDITS = ("rename", "merge", "delete")
# Exit code of an edit that left some files alone because they changed on disk meanwhile.
PARTLY_DONE = 3
SUMMARY_NAMES = 5  # files named in the summary line; every one is listed on stderr


class TagsUsageError(Exception):
    """A problem with the command's input: printed as one line, exit code 1."""


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--categories", action="store_true", help="work on categories instead of tags"
    )


def _list_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="articleeditor tags",
        description="List a site's tags with the number of articles using each. "
        "Also: 'tags rename|merge|delete ... --help'.",
    )
    parser.add_argument("site", type=Path, help="the site folder")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    _common(parser)
    return parser


def _edit_parser(edit: str) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=f"articleeditor tags {edit}",
        epilog="Each file is checked just before it is replaced; one that another program "
        f"changed meanwhile is left as it is and listed. Exit codes: 0 done, {PARTLY_DONE} "
        "partly done (files skipped), 1 an error (nothing changed).",
    )
    if edit == "rename":
        parser.description = "Rename a tag in every article of the site."
        parser.add_argument("old")
        parser.add_argument("new")
    elif edit == "merge":
        parser.description = "Merge tags into one (TARGET) in every article of the site."
        parser.add_argument("sources", nargs="+", metavar="TAG")
        parser.add_argument("--into", required=True, metavar="TARGET", help="the tag to keep")
    else:
        parser.description = "Remove a tag from every article of the site."
        parser.add_argument("tag")
    parser.add_argument("site", type=Path, help="the site folder")
    parser.add_argument(
        "--dry-run", action="store_true", help="list the files that would change, change nothing"
    )
    _common(parser)
    return parser


def _index(site: Path) -> SiteIndex:
    if not site.is_dir():
        raise TagsUsageError(f"{site}: not a folder")
    config = load_site(site)
    content = config.content_dir if config.content_dir.is_dir() else config.root
    return SiteIndex(content, user_cache_dir()).scan()


def _list(args: argparse.Namespace) -> int:
    kind = CATEGORIES if args.categories else TAGS
    index = _index(args.site)
    counts = index.counts(kind)
    for entry in index.broken():
        print(f"unreadable {entry.path}: {entry.error}", file=sys.stderr)
    if args.json:
        rows = [{"name": name, "count": count} for name, count in counts.items()]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        width = max((len(name) for name in counts), default=0)
        for name, count in counts.items():
            print(f"{name:<{width}}  {count}")
    return 0


def _edit(args: argparse.Namespace) -> int:
    kind = CATEGORIES if args.categories else TAGS
    if "old" in args:
        sources, target = (args.old,), args.new
    elif "sources" in args:
        sources, target = tuple(args.sources), args.into
    else:
        sources, target = (args.tag,), None
    try:
        change = TermChange(kind, sources, target)
    except ValueError as error:
        raise TagsUsageError(str(error)) from None
    index = _index(args.site)
    paths = sorted({Path(e.path) for s in sources for e in index.articles_with(s, kind)})
    plan = plan_change(paths, change)
    for path, reason in plan.problems:
        print(f"skipped {path}: {reason}", file=sys.stderr)
    if not plan.edits:
        raise TagsUsageError(
            f"no article has the {kind[:-1]} {', '.join(sources)!r}"
            if not paths
            else "nothing to change"
        )
    if args.dry_run:
        for edit in plan.edits:
            print(f"would change {edit.path}")
        print(f"{len(plan.edits)} file(s) would change")
        return 0
    applied = apply_plan(plan)
    for path in applied.paths:
        print(f"changed {path}")
    for path in applied.skipped:
        print(f"skipped {path}: changed on disk since it was read; left as it is", file=sys.stderr)
    print(_summary(applied))
    return PARTLY_DONE if applied.skipped else 0


def _summary(applied: AppliedChange) -> str:
    """``N file(s) changed``, then the files left alone because another program saved them."""
    summary = f"{len(applied.edits)} file(s) changed"
    if applied.skipped:
        names = [str(p) for p in applied.skipped[:SUMMARY_NAMES]]
        more = len(applied.skipped) - len(names)
        summary += (
            f", {len(applied.skipped)} skipped because they changed on disk: "
            + ", ".join(names)
            + (f" and {more} more" if more else "")
        )
    return summary


def run(argv: list[str]) -> int:
    """Run ``articleeditor tags ...`` (``argv`` without the word ``tags``)."""
    if argv and argv[0] in EDITS:
        # Intermixed: "merge A B --into C SITE" gives the trailing SITE to its own argument.
        return _edit(_edit_parser(argv[0]).parse_intermixed_args(argv[1:]))
    return _list(_list_parser().parse_args(argv))
