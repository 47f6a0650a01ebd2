"""Unpublish: remove every copy of an article from a site (found by its ``articleeditor_id``)
with the files each copy owns, as one change with the draft's record of it."""

from __future__ import annotations

from articleeditor.core.article import Article
from articleeditor.core.findings import Finding
from articleeditor.core.publish import (
    PublishPlan,
    apply_fields,
    check_plan,
    draft_problem,
    escape_problem,
    refusal,
    write_with_draft,
)
from articleeditor.core.publish_content import ID_KEY, PUBLISH_PATH_KEY, PUBLISHED_AT_KEY
from articleeditor.core.published_copies import find_copies
from articleeditor.core.site import SiteConfig, publish_settings


def plan_unpublish(article: Article, site: SiteConfig) -> PublishPlan:
    """Work out which files unpublishing ``article`` from ``site`` removes; writes nothing."""
    settings = publish_settings(site)
    plan = PublishPlan(site, settings, article.path, action="unpublish")
    front = article.front_matter
    if front.error is not None:
        plan.problems.append(
            Finding(
                "unpublish-front-matter",
                {
                    "line": front.error.line,
                    "column": front.error.column,
                    "detail": front.error.message,
                },
            )
        )
        return plan
    article_id = front.data.get(ID_KEY)
    if not article_id:
        plan.problems.append(Finding("unpublish-never-published"))
        return plan
    plan.article_id = str(article_id)
    plan.slug = str(article.metadata.slug or "")
    if plan.source is not None and (refused := draft_problem(plan.source)):
        plan.problems.append(refusal(refused))
    for copy in find_copies(site, settings, plan.article_id, plan.source):
        plan.moved_from.append(copy.path)
        for path in copy.files:
            if problem := escape_problem(path, site.root, "published file"):
                plan.problems.append(problem)
            elif path not in plan.removes:
                plan.removes.append(path)
    if plan.moved_from:
        plan.article_file = plan.moved_from[0]
    return plan


def unpublished_fields() -> dict[str, str | None]:
    """The draft's front matter keys an unpublish removes: where and when it was published
    (it keeps its id for a later publish)."""
    return {PUBLISH_PATH_KEY: None, PUBLISHED_AT_KEY: None}


def record_unpublished(article: Article) -> None:
    """The draft no longer says where it is published; it keeps its id for a later publish."""
    apply_fields(article, unpublished_fields())


def write_unpublish(plan: PublishPlan, article: Article) -> bool:
    """Remove the planned files and save the draft's record, as one change
    (``core.publish.write_with_draft``).

    Returns False when there was nothing to do (no copy in the site, no record in the draft).
    """
    recorded = any(k in article.front_matter.data for k in (PUBLISH_PATH_KEY, PUBLISHED_AT_KEY))
    if not plan.removes and (not recorded or article.path is None):
        return False
    if article.path is None:
        write_with_draft(plan, None)
        return True
    before = article.text
    record_unpublished(article)
    try:
        write_with_draft(plan, article)
    except BaseException:
        article.text = before
        raise
    return True


def unpublish(article: Article, site: SiteConfig, *, dry_run: bool = False) -> PublishPlan:
    """Plan, check and remove; then record in the draft that it is no longer published."""
    plan = plan_unpublish(article, site)
    check_plan(plan)
    if not dry_run:
        write_unpublish(plan, article)
    return plan
