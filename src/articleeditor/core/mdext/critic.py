"""Python-Markdown extension: CriticMarkup shown as a reviewer wants to see it.

``markdown.Markdown(extensions=[CriticExtension(view="changes")])``. Views:

- ``"changes"``: insertions as ``<ins>``, deletions as ``<del>``, highlights as ``<mark>`` and
  comments as notes in the margin; each mark gets ``id="critic-N"`` (N counts marks in the body
  from 0) so the review panel can scroll the preview to it.
- ``"final"``: the text with every suggestion accepted and every comment removed.
- ``"original"``: the text with every suggestion rejected and every comment removed.

The marks are resolved before any other Markdown syntax is read, so a suggestion may hold
emphasis, links or citations; in the "changes" view only the tags are stashed as raw HTML.
"""

from __future__ import annotations

import html
import re
from typing import Any

from markdown import Extension, Markdown
from markdown.preprocessors import Preprocessor

from articleeditor.core.critic import Mark, MarkKind, accept_all, has_marks, parse_marks, reject_all

VIEWS = ("changes", "final", "original")
_PARAGRAPH_BREAK = re.compile(r"(\n[ \t]*\n+)")


class _CriticPreprocessor(Preprocessor):
    def __init__(self, md: Markdown, view: str) -> None:
        super().__init__(md)
        self.view = view

    def run(self, lines: list[str]) -> list[str]:
        text = "\n".join(lines)
        if not has_marks(text):
            return lines
        if self.view == "final":
            text = accept_all(text)
        elif self.view == "original":
            text = reject_all(text)
        else:
            text = self._changes(text)
        return text.split("\n")

    def _stash(self, fragment: str) -> str:
        return self.md.htmlStash.store(fragment)

    def _wrap(self, tag: str, css: str, content: str, number: int | None) -> str:
        """``content`` between stashed tags; each paragraph of it wrapped on its own."""
        parts = _PARAGRAPH_BREAK.split(content)
        out = []
        for index, part in enumerate(parts):
            if index % 2 or not part:
                out.append(part)  # the paragraph break itself stays Markdown
                continue
            anchor = f' id="critic-{number}"' if index == 0 and number is not None else ""
            opening = self._stash(f'<{tag} class="critic {css}"{anchor}>')
            out.append(opening + part + self._stash(f"</{tag}>"))
        if not any(out) and number is not None:  # an empty mark still needs its anchor
            out.append(self._stash(f'<{tag} class="critic {css}" id="critic-{number}"></{tag}>'))
        return "".join(out)

    def _note(self, mark: Mark, number: int) -> str:
        esc = html.escape
        who = f'<span class="critic-author">@{esc(mark.author)}</span> ' if mark.author else ""
        when = f'<span class="critic-date">{esc(mark.date)}</span> ' if mark.date else ""
        anchor = "" if mark.old else f' id="critic-{number}"'
        return self._stash(
            f'<span class="critic-comment-marker"{anchor}></span>'
            f'<span class="critic-comment" role="note">{who}{when}'
            f'<span class="critic-note">{esc(mark.comment)}</span></span>'
        )

    def _changes(self, text: str) -> str:
        parts, at = [], 0
        for number, mark in enumerate(parse_marks(text)):
            parts.append(text[at : mark.start])
            at = mark.end
            if mark.kind is MarkKind.INSERTION:
                parts.append(self._wrap("ins", "critic-ins", mark.new, number))
            elif mark.kind is MarkKind.DELETION:
                parts.append(self._wrap("del", "critic-del", mark.old, number))
            elif mark.kind is MarkKind.SUBSTITUTION:
                parts.append(self._wrap("del", "critic-del critic-sub", mark.old, number))
                parts.append(self._wrap("ins", "critic-ins critic-sub", mark.new, None))
            elif mark.kind is MarkKind.HIGHLIGHT:
                parts.append(self._wrap("mark", "critic-mark", mark.old, number))
            else:
                if mark.old:
                    parts.append(self._wrap("mark", "critic-mark", mark.old, number))
                parts.append(self._note(mark, number))
        parts.append(text[at:])
        return "".join(parts)


class CriticExtension(Extension):
    """Render CriticMarkup in one of :data:`VIEWS`."""

    def __init__(self, view: str = "changes", **kwargs: Any) -> None:
        super().__init__(**kwargs)
        if view not in VIEWS:
            raise ValueError(f"unknown review view {view!r}; expected one of {', '.join(VIEWS)}")
        self.view = view

    def extendMarkdown(self, md: Markdown) -> None:
        """Register the preprocessor: after whitespace is normalised, before anything else."""
        md.registerExtension(self)
        md.preprocessors.register(_CriticPreprocessor(md, self.view), "critic", 29)
