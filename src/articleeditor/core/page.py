"""A rendered article as a complete HTML page: the preview's shell and ``render``'s output."""

from __future__ import annotations

import html
import re
from functools import cache

from articleeditor.core.render import RenderedArticle
from articleeditor.resources import resource_path

_PLACEHOLDER = re.compile(r"\{(title|css|header|body)\}")


@cache
def default_css() -> str:
    """The default article stylesheet (light and dark)."""
    return resource_path("preview", "article.css").read_text(encoding="utf-8")


@cache
def _template() -> str:
    return resource_path("preview", "template.html").read_text(encoding="utf-8")


def page_html(rendered: RenderedArticle | None, css: str | None = None) -> str:
    """Fill the page template; ``None`` gives the empty shell the preview loads once."""
    values = {
        "title": html.escape(rendered.title if rendered else ""),
        "css": default_css() if css is None else css,
        "header": rendered.header_html if rendered else "",
        "body": rendered.body_html if rendered else "",
    }
    # One pass, not str.format: CSS is full of braces and article text may contain "{body}".
    return _PLACEHOLDER.sub(lambda m: values[m.group(1)], _template())
