"""Command line: argument parsing only; every command calls into core or ui."""

from __future__ import annotations

import argparse
import multiprocessing
import sys
from pathlib import Path

from articleeditor import APP_NAME, __version__
from articleeditor.core.errors import ArticleEditorError

COMMANDS = ("render", "screenshot")


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
    return parser


def _command_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="articleeditor")
    sub = parser.add_subparsers(dest="command", required=True)
    render = sub.add_parser("render", help="write the HTML page the preview shows")
    render.add_argument("file", type=Path, help="the article (Markdown with front matter)")
    render.add_argument("-o", "--output", type=Path, help="output .html (default: stdout)")
    shot = sub.add_parser("screenshot", help="render the main window headless to a PNG")
    shot.add_argument("file", type=Path, nargs="?", help="article or site (default: sample site)")
    shot.add_argument("-o", "--output", type=Path, required=True, help="output .png")
    shot.add_argument("--size", type=_size, default=(1400, 900), help="WIDTHxHEIGHT")
    shot.add_argument("--line", type=int, help="scroll the editor (and the preview) to LINE")
    return parser


def _render(args: argparse.Namespace) -> int:
    from articleeditor.core.article import Article
    from articleeditor.core.page import page_css, page_html
    from articleeditor.core.render import RenderOptions, render_article
    from articleeditor.core.site import find_site_root, load_site
    from articleeditor.core.storage import atomic_write

    article = Article.load(args.file)
    # The options and stylesheet the preview uses for this article's site.
    root = find_site_root(args.file.resolve())
    options = RenderOptions.for_site(load_site(root) if root else None)
    page = page_html(render_article(article.text, options), page_css(options))
    if args.output is None:
        sys.stdout.write(page)
    else:
        atomic_write(args.output, page.encode("utf-8"))
    return 0


def _screenshot(args: argparse.Namespace) -> int:
    if args.file is not None and not args.file.exists():
        raise UserError(f"{args.file}: no such file or folder")
    if args.file is not None and args.file.is_file():
        from articleeditor.core.article import Article

        Article.load(args.file, allow_large=True)  # bad input fails here, not in a dialog
    from articleeditor.ui.screenshot import take_screenshot

    problem = take_screenshot(args.file, args.output, args.size, args.line)
    if problem:
        raise UserError(problem)
    return 0


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``articleeditor`` launcher."""
    # A frozen bundle runs this entry point again for the preview's render worker process.
    multiprocessing.freeze_support()
    argv = sys.argv[1:] if argv is None else argv
    try:
        if argv and argv[0] in COMMANDS:
            args = _command_parser().parse_args(argv)
            return {"render": _render, "screenshot": _screenshot}[args.command](args)
        args = _gui_parser().parse_args(argv)
        if args.path and not Path(args.path).exists():
            raise UserError(f"{args.path}: no such file or folder")
        from articleeditor.ui.app import run_gui

        return run_gui(args.path)
    except (UserError, ArticleEditorError) as error:
        print(f"articleeditor: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
