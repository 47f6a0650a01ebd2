"""Checks shared by the editor, ``articleeditor check`` and Publish.

Errors stop a publish (a missing title or date, broken front matter, a citation with no
reference); warnings are shown but never block.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Any

from articleeditor.core import fields
from articleeditor.core.article import Metadata, parse_date
from articleeditor.core.critic import (
    describe,
    parse_marks,
    strip_comments,
    unclosed_marks,
    unresolved_marks,
)
from articleeditor.core.frontmatter import parse
from articleeditor.core.refcheck import check_references
from articleeditor.core.site import SiteConfig, publish_settings
from articleeditor.core.slug import SlugRules, slug_problem


class Severity(Enum):
    """How much a problem matters: errors block a publish."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class LintIssue:
    """One problem, at a 1-based line of the whole file (0 when it has no place)."""

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
                f"the front matter does not parse (column {error.column}): {error.message}",
                error.line,
            )
        ]
    issues: list[LintIssue] = []
    meta = Metadata.from_front_matter(front.data)
    if not meta.title.strip():
        issues.append(LintIssue(Severity.ERROR, "no-title", "the article has no title"))
    date_key, date_value = fields.get_field(front.data, fields.DATE)
    if date_key is None:
        issues.append(LintIssue(Severity.ERROR, "no-date", "the article has no date"))
    elif parse_date(date_value) is None:
        issues.append(
            LintIssue(
                Severity.ERROR,
                "bad-date",
                f"the date '{date_value}' is not a date (write e.g. 2026-10-14 or "
                "2026-10-14T09:30:00+02:00)",
            )
        )
    if meta.slug:
        problem = slug_problem(meta.slug, slug_rules)
        if problem:
            issues.append(LintIssue(Severity.ERROR, "bad-slug", problem))
    own_ids = {str(item.get("id")) for item in meta.references}
    shared = [item for item in shared_references if str(item.get("id")) not in own_ids]
    # "@dana" inside a review comment is a reviewer, not a citation.
    for problem in check_references(strip_comments(front.body), meta.references, shared):
        issues.append(
            LintIssue(
                Severity(problem.severity),
                problem.code,
                problem.message,
                problem.line + front.body_line - 1 if problem.line else 0,
            )
        )
    issues += _review_issues(front.body, front.body_line)
    if not meta.summary.strip():
        issues.append(LintIssue(Severity.WARNING, "no-summary", "the article has no summary"))
    return issues


def _review_issues(body: str, body_line: int) -> list[LintIssue]:
    """Unresolved suggestions and unclosed marks block a publish; comments are only noted
    (Publish strips them)."""
    issues = [
        LintIssue(Severity.ERROR, "review-suggestion", f"unresolved {describe(mark)}",
                  mark.line + body_line - 1)
        for mark in unresolved_marks(body)
    ]
    issues += [
        LintIssue(Severity.ERROR, "review-unclosed", f'"{opener}" is never closed',
                  line + body_line - 1)
        for line, opener in unclosed_marks(body)
    ]
    comments = [m for m in parse_marks(body) if not m.is_suggestion]
    if comments:
        issues.append(LintIssue(
            Severity.WARNING, "review-comment",
            f"{len(comments)} review comment(s) or highlight(s) will be left out when published",
            comments[0].line + body_line - 1,
        ))
    return issues


def errors(issues: list[LintIssue]) -> list[LintIssue]:
    """Only the issues that block a publish."""
    return [issue for issue in issues if issue.severity is Severity.ERROR]


def lint_in_site(text: str, site: SiteConfig | None) -> list[LintIssue]:
    """``lint_text`` with the site's shared bibliography and slug rules (None: no site)."""
    from articleeditor.core.render import RenderOptions

    if site is None:
        return lint_text(text)
    settings = publish_settings(site)
    rules = SlugRules(settings.slug_max_length, settings.slug_lowercase, settings.slug_separator)
    return lint_text(text, RenderOptions.for_site(site).shared_references, rules)
