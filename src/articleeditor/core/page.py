"""A rendered article as a complete HTML page: the preview's shell, ``render``'s output and the
standalone export (stylesheet and local images inside the file)."""

from __future__ import annotations

import base64
import html
import logging
import mimetypes
import re
from functools import cache
from pathlib import Path
from urllib.parse import unquote, urlsplit

from articleeditor.core.containment import check_inside
from articleeditor.core.errors import FileReadError, FileTooLarge
from articleeditor.core.render import RenderedArticle, RenderOptions
from articleeditor.core.textfile import read_regular
from articleeditor.resources import resource_path

_PLACEHOLDER = re.compile(r"\{(title|css|header|body|img_src)\}")
_IMG_SRC_RE = re.compile(r'(<img\b[^>]*?\ssrc=")([^"]*)(")')
# Images larger than this stay links in a standalone export rather than bloat it.
MAX_EMBEDDED_IMAGE = 20 * 1024 * 1024
MAX_SITE_CSS_BYTES = 5_000_000
logger = logging.getLogger(__name__)


@cache
def default_css() -> str:
    """The default article stylesheet (light and dark)."""
    return resource_path("preview", "article.css").read_text(encoding="utf-8")


@cache
def _template() -> str:
    return resource_path("preview", "template.html").read_text(encoding="utf-8")


def page_css(options: RenderOptions | None = None) -> str:
    """The default stylesheet, then the site's own (so the site's rules win) when it has one."""
    css = default_css()
    site_css = options.css if options else None
    if site_css is not None and site_css.is_file():
        try:  # is_file() then read_regular(): a file swapped for a FIFO in between is refused
            raw, _ = read_regular(site_css, MAX_SITE_CSS_BYTES)
        except (FileReadError, FileTooLarge) as error:
            logger.warning("site stylesheet left out: %s", error)
            return css
        text = raw.decode("utf-8", errors="replace")
        css = f"{css}\n/* {site_css.name} */\n{text}"
    return css


def page_html(
    rendered: RenderedArticle | None,
    css: str | None = None,
    remote_images: bool = False,
) -> str:
    """Fill the page template; ``None`` gives the empty shell the preview loads once.

    The page's content security policy allows no script and no network request other than
    images from the page's own origin; with ``remote_images`` images may come from anywhere.
    """
    values = {
        "title": html.escape(rendered.title if rendered else ""),
        "css": default_css() if css is None else css,
        "header": rendered.header_html if rendered else "",
        "body": rendered.body_html if rendered else "",
        # 'self': a published page served over HTTP shows its own images (beside it); for
        # the preview, a file: page, it adds nothing.
        "img_src": "'self' file: data: http: https:" if remote_images else "'self' file: data:",
    }
    # One pass, not str.format: CSS is full of braces and article text may contain "{body}".
    return _PLACEHOLDER.sub(lambda m: values[m.group(1)], _template())


def _local_image(src: str, folder: Path) -> Path | None:
    parts = urlsplit(html.unescape(src))
    if parts.scheme not in {"", "file"} or (parts.scheme == "" and parts.netloc):
        return None
    raw = unquote(parts.path)
    path = Path(raw) if parts.scheme == "file" or raw.startswith("/") else folder / raw
    try:
        path = path.resolve()
    except OSError:
        return None
    return path if path.is_file() else None


def embed_images(fragment: str, folder: Path, allowed: tuple[Path, ...] = ()) -> str:
    """Turn every local ``<img src>`` (relative to ``folder``) into a ``data:`` URI.

    Only files inside ``allowed`` (default: ``folder``) are embedded, as the preview only
    loads those; an image elsewhere raises LinkOutsideFolders naming it.
    """
    folders = allowed or (folder,)

    def replace(match: re.Match[str]) -> str:
        path = _local_image(match.group(2), folder)
        if path is None:
            return match.group(0)
        check_inside(html.unescape(match.group(2)), path, folders)
        if path.stat().st_size > MAX_EMBEDDED_IMAGE:
            return match.group(0)
        mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        data = base64.b64encode(path.read_bytes()).decode("ascii")
        return f"{match.group(1)}data:{mime};base64,{data}{match.group(3)}"

    return _IMG_SRC_RE.sub(replace, fragment)


def standalone_html(
    rendered: RenderedArticle,
    folder: Path | None,
    options: RenderOptions | None = None,
    allowed: tuple[Path, ...] = (),
) -> str:
    """One self-contained HTML file: the stylesheet inline, local images as ``data:`` URIs.

    Images are taken only from ``allowed`` folders (default: ``folder``; the window passes
    the article's folder and its site); raises LinkOutsideFolders for any other.
    """
    if folder is not None:
        rendered = RenderedArticle(
            header_html=rendered.header_html,
            body_html=embed_images(rendered.body_html, folder, allowed),
            title=rendered.title,
        )
    remote = bool(options and options.remote_images)
    return page_html(rendered, page_css(options), remote_images=remote)
