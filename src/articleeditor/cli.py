"""Command line: argument parsing only; every command calls into core or ui."""

from __future__ import annotations

import argparse
import multiprocessing
import sys
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from articleeditor import APP_NAME, __version__
from articleeditor.core.errors import ArticleEditorError

if TYPE_CHECKING:
    from articleeditor.core.site import SiteConfig

COMMANDS = ("render", "screenshot", "refs", "publish", "unpublish", "check")


class UserError(Exception):
    """Bad input from the user: printed as one line, exit code 1."""


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected WIDTHxHEIGHT, got {text!r}") from None
    if not (200 <= width <= 8000 and 200 <= height <= 8000):
        raise argparse.ArgumentTypeError("width and height must be between 200 and 8000")
    return width, height


def _gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="articleeditor",
        description=f"{APP_NAME}: write, preview and publish articles. "
        f"Commands: {', '.join(COMMANDS)} (see 'articleeditor COMMAND --help').",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "path", nargs="?", help="an article file or a site folder (default: the sample site)"
    )
    _add_language(parser)
    return parser


def _add_language(parser: argparse.ArgumentParser) -> None:
    from articleeditor.translations import SOURCE_LANGUAGE, shipped_codes

    codes = [SOURCE_LANGUAGE, *shipped_codes()]
    parser.add_argument(
        "--lang",
        choices=codes,
        metavar="LANG",
        help=f"interface language for this run: {', '.join(codes)} "
        "(default: the View > Interface Language setting, else the system's language)",
    )


def _command_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="articleeditor")
    sub = parser.add_subparsers(dest="command", required=True)
    render = sub.add_parser("render", help="write the HTML page the preview shows")
    render.add_argument("file", type=Path, help="the article (Markdown with front matter)")
    render.add_argument("-o", "--output", type=Path, help="output .html (default: stdout)")
    shot = sub.add_parser("screenshot", help="render the main window headless to a PNG")
    shot.add_argument(
        "file",
        type=Path,
        nargs="*",
        help="article or site (default: sample site); several articles open in "
        "tabs, the last one shown",
    )
    shot.add_argument("-o", "--output", type=Path, required=True, help="output .png")
    shot.add_argument("--size", type=_size, default=(1400, 900), help="WIDTHxHEIGHT")
    refs = sub.add_parser("refs", help="manage an article's references")
    refs_sub = refs.add_subparsers(dest="refs_command", required=True)
    refs_import = refs_sub.add_parser(
        "import", help="add references from BibTeX, RIS, PubMed (.nbib) or CSL-JSON/YAML"
    )
    refs_import.add_argument("file", type=Path, help="the reference file")
    refs_import.add_argument(
        "--into",
        type=Path,
        required=True,
        metavar="ARTICLE",
        help="the article whose front matter receives them",
    )
    pub = sub.add_parser("publish", help="write the article into a static site's content folder")
    pub.add_argument("file", type=Path, help="the article (Markdown with front matter)")
    pub.add_argument("site", type=Path, help="the site's root folder")
    pub.add_argument(
        "--dry-run",
        action="store_true",
        help="show what would be written (a diff of each replaced file) and write nothing",
    )
    pub.add_argument(
        "--force", action="store_true", help="replace files that belong to another article"
    )
    pub.add_argument(
        "--json", action="store_true", help="print the plan and the result as one JSON object"
    )
    unpub = sub.add_parser("unpublish", help="remove the article's published files from a site")
    unpub.add_argument("file", type=Path, help="the article (its draft, with articleeditor_id)")
    unpub.add_argument("site", type=Path, help="the site's root folder")
    unpub.add_argument(
        "--dry-run", action="store_true", help="show what would be removed and remove nothing"
    )
    unpub.add_argument(
        "--json", action="store_true", help="print the plan and the result as one JSON object"
    )
    check = sub.add_parser("check", help="report problems that would stop a publish")
    check.add_argument("file", type=Path, help="the article (Markdown with front matter)")
    check.add_argument("--site", type=Path, help="the site's root (default: found from FILE)")
    check.add_argument(
        "--json",
        action="store_true",
        help="print the findings as a JSON list of {severity, line, column, "
        "code, message} (line and column 1-based, null when unknown)",
    )
    shot.add_argument("--line", type=int, help="scroll the editor (and the preview) to LINE")
    _add_language(shot)
    return parser


def _render(args: argparse.Namespace) -> int:
    from articleeditor.core.article import Article
    from articleeditor.core.lint import render_problems
    from articleeditor.core.page import page_css, page_html
    from articleeditor.core.render import RenderOptions, render_article
    from articleeditor.core.site import find_site_root, load_site
    from articleeditor.core.storage import atomic_write
    from articleeditor.core.time_limit import RENDER_TIME_LIMIT_S, RENDERING, time_limit

    article = Article.load(args.file)
    # The options and stylesheet the preview uses for this article's site.
    root = find_site_root(args.file.resolve())
    site = load_site(root) if root else None
    _require_renderable(site)
    options = RenderOptions.for_site(site)
    with time_limit(RENDER_TIME_LIMIT_S, RENDERING):
        page = page_html(render_article(article.text, options), page_css(options))
    if args.output is None:
        sys.stdout.write(page)
    else:
        atomic_write(args.output, page.encode("utf-8"))
    error = article.front_matter.error
    if error is not None:
        # The page is written (the body as the preview shows it), but not what was asked.
        print(
            f"articleeditor: {args.file}:{error.line}:{error.column}: the front matter does "
            f"not parse, so the page has no title or date: {error.message}",
            file=sys.stderr,
        )
        return 1
    left_out = render_problems(article.text)
    if left_out:
        issue = left_out[0]
        more = f" (and {len(left_out) - 1} more: see 'articleeditor check')" if left_out[1:] else ""
        print(
            f"articleeditor: {args.file}:{issue.line}: {issue.message}; left out of the page{more}",
            file=sys.stderr,
        )
        return 1
    return 0


def _require_renderable(site: SiteConfig | None) -> None:
    """Stop with one line when the site's configuration would make rendering fail."""
    from articleeditor.core.lint import site_problems

    problems = site_problems(site) if site is not None else []
    if problems:
        raise UserError(problems[0])


def _screenshot(args: argparse.Namespace) -> int:
    for path in args.file:
        if not path.exists():
            raise UserError(f"{path}: no such file or folder")
        if not path.is_dir():
            from articleeditor.core.article import Article

            # Bad input (a FIFO, a device, broken bytes) fails here: in the headless window it
            # would be a dialog that nobody can close.
            Article.load(path, allow_large=True)
    from articleeditor.ui.screenshot import take_screenshot

    problem = take_screenshot(args.file, args.output, args.size, args.line, args.lang)
    if problem:
        raise UserError(problem)
    return 0


def _refs(args: argparse.Namespace) -> int:
    from articleeditor.core.article import Article
    from articleeditor.core.refimport import import_references, read_reference_file

    article = Article.load(args.into)
    if article.front_matter.error is not None:
        raise article.front_matter.error
    existing = article.metadata.references
    result = import_references(read_reference_file(args.file), existing, path=args.file)
    for problem in result.problems:
        print(f"articleeditor: skipped: {problem}", file=sys.stderr)
    for duplicate in result.duplicates:
        print(
            f"skipped {duplicate.item.get('title', '?')!r}: same {duplicate.reason} as "
            f"{duplicate.existing_key}"
        )
    if result.items:
        article.set_field("references", [*existing, *result.items])
        article.save()
    print(
        f"imported {len(result.items)} reference(s) into {args.into}: "
        + ", ".join(str(item["id"]) for item in result.items)
    )
    return 1 if result.problems and not result.items else 0


def _print_json(data: dict[str, object]) -> None:
    import json

    print(json.dumps(data, ensure_ascii=False, indent=2))


def _checked(plan, args: argparse.Namespace, overwrite: bool = False) -> int | None:
    """Check the plan; on refusal print it (JSON or words) and return the exit code."""
    from articleeditor.core.errors import PublishCheckFailed, PublishConflict
    from articleeditor.core.publish import check_plan
    from articleeditor.core.publish_report import plan_data

    try:
        check_plan(plan, overwrite=overwrite)
    except (PublishCheckFailed, PublishConflict) as error:
        if args.json:
            data = plan_data(plan, done=False)
            data["error"] = str(error)
            _print_json(data)
            return 1
        for warning in plan.warnings:
            print(f"warning: {warning}", file=sys.stderr)
        if isinstance(error, PublishConflict):
            raise UserError(f"{error} (use --force to replace it)") from None
        raise
    return None


def _publish(args: argparse.Namespace) -> int:
    from articleeditor.core.article import Article
    from articleeditor.core.publish import plan_publish, write_and_record
    from articleeditor.core.publish_report import plan_data, plan_lines
    from articleeditor.core.site import load_site

    if not args.site.is_dir():
        raise UserError(f"{args.site}: not a folder")
    article = Article.load(args.file)
    site = load_site(args.site)
    _require_renderable(site)
    plan = plan_publish(article, site)
    if (refused := _checked(plan, args, overwrite=args.force)) is not None:
        return refused
    # Described before writing: afterwards every file would look "unchanged".
    data = plan_data(plan, done=not args.dry_run)
    lines = plan_lines(plan, done=not args.dry_run, with_diff=args.dry_run)
    if not args.dry_run:
        # The site and the draft's record of the publish change together or not at all.
        data["written"] = write_and_record(plan, article, datetime.now().astimezone())
    if args.json:
        _print_json(data)
        return 0
    print("\n".join(lines))
    if plan.up_to_date:
        print(
            "the site is up to date: nothing " + ("would be " if args.dry_run else "") + "written"
        )
    elif not args.dry_run:
        print(f"published {plan.article_file}")
    return 0


def _unpublish(args: argparse.Namespace) -> int:
    from articleeditor.core.article import Article
    from articleeditor.core.publish_report import plan_data, plan_lines
    from articleeditor.core.site import load_site
    from articleeditor.core.unpublish import plan_unpublish, write_unpublish

    if not args.site.is_dir():
        raise UserError(f"{args.site}: not a folder")
    article = Article.load(args.file)
    plan = plan_unpublish(article, load_site(args.site))
    if (refused := _checked(plan, args)) is not None:
        return refused
    data = plan_data(plan, done=not args.dry_run)
    lines = plan_lines(plan, done=not args.dry_run)
    if not args.dry_run:
        data["written"] = write_unpublish(plan, article)
    if args.json:
        _print_json(data)
        return 0
    print("\n".join(lines))
    if not plan.removes:
        print(f"no published copy of the article is in {args.site}")
    elif not args.dry_run:
        print(f"unpublished {args.file} from {args.site}")
    return 0


def _check(args: argparse.Namespace) -> int:
    from articleeditor.core.article import Article
    from articleeditor.core.lint import errors, lint_in_site
    from articleeditor.core.site import find_site_root, load_site

    article = Article.load(args.file)
    root = args.site or find_site_root(args.file.resolve())
    issues = lint_in_site(article.text, load_site(root) if root else None, args.file)
    if args.json:
        import json

        findings = [_finding(issue, article.text) for issue in issues]
        print(json.dumps(findings, ensure_ascii=False, indent=2))
        return 1 if errors(issues) else 0
    for issue in issues:
        line = f"{issue.line}:" if issue.line else ""
        print(f"{args.file}:{line} {issue.severity.value}: {issue.message}")
    if not issues:
        print(f"{args.file}: no problems found")
    return 1 if errors(issues) else 0


def _finding(issue, text: str) -> dict[str, object]:
    """One lint issue as the JSON object ``check --json`` prints."""
    column = None
    if issue.code == "front-matter":  # the parser knows the column; the issue keeps the line
        from articleeditor.core.frontmatter import parse

        error = parse(text).error
        column = error.column if error is not None and error.column else None
    return {
        "severity": issue.severity.value,
        "line": issue.line or None,
        "column": column,
        "code": issue.code,
        "message": issue.message,
    }


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``articleeditor`` launcher."""
    # A frozen bundle runs this entry point again for the preview's render worker process.
    multiprocessing.freeze_support()
    argv = sys.argv[1:] if argv is None else argv
    try:
        if argv and argv[0] == "tags":  # its own parser: subcommands with free-form terms
            from articleeditor import cli_tags

            try:
                return cli_tags.run(argv[1:])
            except cli_tags.TagsUsageError as error:
                raise UserError(str(error)) from None
        if argv and argv[0] in COMMANDS:
            args = _command_parser().parse_args(argv)
            commands = {
                "render": _render,
                "screenshot": _screenshot,
                "refs": _refs,
                "publish": _publish,
                "unpublish": _unpublish,
                "check": _check,
            }
            return commands[args.command](args)
        args = _gui_parser().parse_args(argv)
        if args.path and not Path(args.path).exists():
            raise UserError(f"{args.path}: no such file or folder")
        from articleeditor.ui.app import run_gui

        return run_gui(args.path, args.lang)
    except (UserError, ArticleEditorError) as error:
        print(f"articleeditor: {error}", file=sys.stderr)
        return 1
    except OSError as error:
        # A path the system refuses (a symbolic-link loop, a name too long, a vanished folder)
        # reached by a check before any reader could word it.
        where = f"{error.filename}: " if error.filename else ""
        print(f"articleeditor: {where}{error.strerror or error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
