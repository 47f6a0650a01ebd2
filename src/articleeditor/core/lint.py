"""Checks shared by the editor, ``articleeditor check`` and Publish.

Errors stop a publish (a missing title or date, broken front matter, a citation with no
reference); warnings are shown but never block.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

from articleeditor.core import fields
from articleeditor.core.article import Metadata, parse_date
from articleeditor.core.capped import cap_per_key
from articleeditor.core.citeproc import STYLES, UnknownStyle, style_info
from articleeditor.core.critic import (
    describe,
    parse_marks,
    strip_comments,
    unclosed_marks,
    unresolved_marks,
)
from articleeditor.core.errors import ArticleEditorError
from articleeditor.core.findings import Finding
from articleeditor.core.frontmatter import parse
from articleeditor.core.refcheck import check_references
from articleeditor.core.references import item_problems
from articleeditor.core.site import CONFIG_FILE, Generator, SiteConfig, publish_settings
from articleeditor.core.slug import SlugRules, slug_problem
from articleeditor.core.taglint import lint_categories, lint_tags

# The front matter key an article chooses its own citation style with (as render reads it).
ARTICLE_STYLE_KEY = "citation-style"


class Severity(Enum):
    """How much a problem matters: errors block a publish."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class LintIssue:
    """One problem, at a 1-based line of the whole file (0 when it has no place).

    ``message`` is a :class:`Finding` for every check here (the English sentence, with the
    code and values the window words it from); other text may still arrive as a plain str."""

    severity: Severity
    code: str
    message: str
    line: int = 0

    def __str__(self) -> str:
        where = f"line {self.line}: " if self.line else ""
        return f"{where}{self.severity.value}: {self.message}"


def lint_text(
    text: str,
    shared_references: tuple[dict[str, Any], ...] | list[dict[str, Any]] = (),
    slug_rules: SlugRules | None = None,
) -> list[LintIssue]:
    """Every problem in an article file's text, in file order within each kind."""
    front = parse(text)
    if front.error is not None:
        error = front.error
        return [
            LintIssue(
                Severity.ERROR,
                "front-matter",
                Finding("front-matter", {"column": error.column, "detail": error.message}),
                error.line,
            )
        ]
    issues: list[LintIssue] = []
    meta = Metadata.from_front_matter(front.data)
    if not meta.title.strip():
        issues.append(LintIssue(Severity.ERROR, "no-title", Finding("no-title")))
    date_key, date_value = fields.get_field(front.data, fields.DATE)
    if date_key is None:
        issues.append(LintIssue(Severity.ERROR, "no-date", Finding("no-date")))
    elif parse_date(date_value) is None:
        issues.append(
            LintIssue(
                Severity.ERROR,
                "bad-date",
                Finding("bad-date", {"date": date_value}),
            )
        )
    if meta.slug:
        problem = slug_problem(meta.slug, slug_rules)
        if problem:
            issues.append(LintIssue(Severity.ERROR, "bad-slug", problem))
    issues += _reference_issues(text, front.data)
    own_ids = {str(item.get("id")) for item in meta.references}
    shared = [item for item in shared_references if str(item.get("id")) not in own_ids]
    # "@dana" inside a review comment is a reviewer, not a citation.
    for found in check_references(strip_comments(front.body), meta.references, shared):
        issues.append(
            LintIssue(
                Severity(found.severity),
                found.code,
                found.message,
                found.line + front.body_line - 1 if found.line else 0,
            )
        )
    issues += _review_issues(front.body, front.body_line)
    if not meta.summary.strip():
        issues.append(LintIssue(Severity.WARNING, "no-summary", Finding("no-summary")))
    return issues


def _key_line(text: str, key: str | None) -> int:
    """The line of a top-level front matter key (0 when it cannot be found)."""
    if not key:
        return 0
    match = re.search(rf"^[\"']?{re.escape(key)}[\"']?\s*[:=]", text, re.M)
    return text.count("\n", 0, match.start()) + 1 if match else 0


def _reference_issues(text: str, data: dict[Any, Any]) -> list[LintIssue]:
    """What render would stumble on: items citeproc cannot format, an unknown citation style."""
    issues = []
    key, references = fields.get_field(data, fields.REFERENCES)
    line = _key_line(text, key)
    if references is not None and not isinstance(references, list):
        issues.append(
            LintIssue(
                Severity.ERROR, "bad-reference", Finding("references-not-list", {"key": key}), line
            )
        )
    for number, item in enumerate(references if isinstance(references, list) else [], 1):
        name = item.get("id") if isinstance(item, dict) else None
        issues += [
            LintIssue(Severity.ERROR, "bad-reference", _item_finding(name, number, problem), line)
            for problem in item_problems(item)
        ]
    style = data.get(ARTICLE_STYLE_KEY)
    if style is not None:
        problem = style_problem(style)
        if problem:
            issues.append(
                LintIssue(
                    Severity.ERROR,
                    "bad-citation-style",
                    problem,
                    _key_line(text, ARTICLE_STYLE_KEY),
                )
            )
    return issues


def _item_finding(name: Any, number: int, problem: str) -> Finding:
    """ "reference 'smith2020' <problem>", or by its place in the list when it has no id."""
    if isinstance(name, str) and name:
        return Finding("reference-named", {"name": repr(name), "problem": problem})
    return Finding("reference-numbered", {"number": number, "problem": problem})


def render_problems(text: str) -> list[LintIssue]:
    """What render leaves out of an article whose front matter parses: references it cannot
    format and an unknown citation style (the site's is used instead)."""
    front = parse(text)
    return [] if front.error is not None else _reference_issues(text, front.data)


def style_problem(style: Any) -> Finding | str:
    """Why ``style`` is not a citation style we can format with ("" when it is)."""
    if not isinstance(style, str):
        return Finding("style-not-name", {"key": ARTICLE_STYLE_KEY, "type": type(style).__name__})
    try:
        style_info(style.strip())
    except UnknownStyle as error:
        return Finding("style-unknown", {"name": repr(error.name), "offered": ", ".join(STYLES)})
    return ""


def _review_issues(body: str, body_line: int) -> list[LintIssue]:
    """Unresolved suggestions and unclosed marks block a publish; comments are only noted
    (Publish strips them)."""
    # Each suggestion is worded from its own text, so all of them are capped as one key.
    unresolved = cap_per_key(unresolved_marks(body), key=lambda mark: "")
    issues = [
        LintIssue(
            Severity.ERROR,
            "review-suggestion",
            Finding("review-unresolved", {"mark": describe(mark)}),
            mark.line + body_line - 1,
        )
        for mark in unresolved.shown
    ]
    issues += [
        LintIssue(
            Severity.ERROR,
            "review-suggestion-more",
            Finding("review-unresolved-more", {"count": more.count}),
            more.first.line + body_line - 1,
        )
        for more in unresolved.more
    ]
    unclosed = cap_per_key(unclosed_marks(body), key=lambda found: found[1])
    issues += [
        LintIssue(
            Severity.ERROR,
            "review-unclosed",
            Finding("review-unclosed", {"opener": opener}),
            line + body_line - 1,
        )
        for line, opener in unclosed.shown
    ]
    issues += [
        LintIssue(
            Severity.ERROR,
            "review-unclosed-more",
            Finding("review-unclosed-more", {"opener": more.first[1], "count": more.count}),
            more.first[0] + body_line - 1,
        )
        for more in unclosed.more
    ]
    comments = [m for m in parse_marks(body) if not m.is_suggestion]
    if comments:
        issues.append(
            LintIssue(
                Severity.WARNING,
                "review-comment",
                Finding("review-comments", {"count": len(comments)}),
                comments[0].line + body_line - 1,
            )
        )
    return issues


def errors(issues: list[LintIssue]) -> list[LintIssue]:
    """Only the issues that block a publish."""
    return [issue for issue in issues if issue.severity is Severity.ERROR]


def site_problems(site: SiteConfig) -> list[str]:
    """What in the site's configuration would make rendering fail: an unknown citation style,
    a Markdown extension that is not installed or an option it does not take, or a
    bibliography that cannot be read. Each a Finding."""
    import markdown

    from articleeditor.core.render import RenderOptions

    where = site.root / CONFIG_FILE
    problems: list[str] = []
    style = style_problem(site.citation_style)
    if style:
        problems.append(Finding("site-style", {"path": where, "problem": style}))
    try:
        options = RenderOptions.for_site(site)
    except ArticleEditorError as error:  # e.g. the site's bibliography cannot be read
        return [*problems, error.finding()]
    try:
        markdown.Markdown(
            extensions=list(options.extensions), extension_configs=options.extension_configs
        )
    except KeyError as error:
        problems.append(
            Finding(
                "site-extension-option",
                {"path": where, "option": error.args[0] if error.args else ""},
            )
        )
    except (ImportError, AttributeError, TypeError, ValueError) as error:
        detail = str(error) or type(error).__name__
        problems.append(Finding("site-extensions", {"path": where, "detail": detail}))
    return problems


def lint_in_site(text: str, site: SiteConfig | None, path: Path | None = None) -> list[LintIssue]:
    """``lint_text`` with the site's shared bibliography and slug rules (None: no site), and
    the hazards of the article's tags and categories beside the site's (``path``: the article,
    whose own terms are not the site's)."""
    from articleeditor.core.render import RenderOptions

    if site is None:
        return lint_text(text)
    problems = site_problems(site)
    if problems:
        return [LintIssue(Severity.ERROR, "site-config", p) for p in problems] + lint_text(text)
    settings = publish_settings(site)
    rules = SlugRules(settings.slug_max_length, settings.slug_lowercase, settings.slug_separator)
    shared = RenderOptions.for_site(site).shared_references
    # Items of the site's bibliography that render would have to leave out.
    issues = [
        LintIssue(
            Severity.ERROR,
            "bad-reference",
            Finding(
                "site-reference",
                {
                    "bibliography": site.bibliography,
                    "name": repr(item.get("id")),
                    "problem": problem,
                },
            ),
        )
        for item in shared
        for problem in item_problems(item)
    ]
    issues += lint_text(text, shared, rules)
    tags, categories = site_terms(site, path)
    return issues + term_issues(text, site.generator, tags, categories)


# ----- tags and categories against the site's -------------------------------------------------


def site_terms(site: SiteConfig, exclude: Path | None = None) -> tuple[list[str], list[str]]:
    """(every tag, every category) the site's articles use, in each spelling, other than
    those of ``exclude`` (the article being checked: its own spelling is no hazard)."""
    from articleeditor.core.index import SiteIndex, user_cache_dir

    folder = site.content_dir if site.content_dir.is_dir() else site.root
    # The window's tag index keeps the same cache: a plan re-reads only changed files.
    index = SiteIndex(folder, user_cache_dir()).scan()
    skip = str(exclude.resolve()) if exclude is not None else None
    tags: dict[str, None] = {}
    categories: dict[str, None] = {}
    for path, entry in index.entries.items():
        if path == skip:
            continue
        tags.update(dict.fromkeys(entry.tags))
        categories.update(dict.fromkeys(entry.categories))
    return list(tags), list(categories)


def _field_line(text: str, names: tuple[str, ...]) -> int:
    """The 1-based line of the front matter key among ``names`` (0 if not found)."""
    for number, line in enumerate(text.splitlines()[:400], 1):
        key = line.split(":", 1)[0].strip().lower()
        if ":" in line and key in names and not line.startswith((" ", "\t", "-")):
            return number
    return 0


def term_issues(
    text: str, generator: Generator, site_tags: list[str], site_categories: list[str]
) -> list[LintIssue]:
    """Tag and category hazards on a ``generator`` site (warnings): a leading '#', a variant
    of a site tag, two tags on one page, an empty slug, too many categories."""
    front = parse(text)
    if front.error is not None:
        return []
    meta = Metadata.from_front_matter(front.data)
    issues = []
    tags_line = _field_line(text, fields.ALIASES[fields.TAGS])
    for finding in lint_tags(meta.tags, generator, site_tags):
        issues.append(LintIssue(Severity.WARNING, finding.code, finding.message, tags_line))
    categories_line = _field_line(text, fields.ALIASES[fields.CATEGORIES])
    for finding in lint_categories(meta.categories, generator, site_categories):
        issues.append(LintIssue(Severity.WARNING, finding.code, finding.message, categories_line))
    return issues
