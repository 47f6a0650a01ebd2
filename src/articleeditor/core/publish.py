"""Publish an article into a static site: plan -> check -> write, atomically.

``plan_publish`` works out every file to write and collects problems without touching the
disk; ``check_plan`` refuses a plan with problems or unconfirmed conflicts; ``write_plan``
stages every file beside its target, moves them in, and puts everything back if any step
fails. The writer's draft changes only to record where and when it was published.
"""

from __future__ import annotations

import errno
import os
import re
import socket
import tempfile
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from articleeditor.core.article import Article, Metadata
from articleeditor.core.citations import code_mask
from articleeditor.core.containment import is_inside
from articleeditor.core.critic import strip_comments
from articleeditor.core.errors import (
    ArticleEditorError,
    DraftNotWritable,
    PublishCheckFailed,
    PublishConflict,
    SaveError,
)
from articleeditor.core.filetransaction import write_all
from articleeditor.core.findings import Finding
from articleeditor.core.generators.hugo_config import (
    HugoConfig,
    HugoConfigError,
    load_hugo_config,
)
from articleeditor.core.generators.jekyll_config import (
    JekyllConfig,
    JekyllConfigError,
    load_jekyll_config,
)
from articleeditor.core.lint import Severity, lint_text, site_terms, term_issues
from articleeditor.core.page import page_html
from articleeditor.core.publish_content import (
    ID_KEY,
    PUBLISH_PATH_KEY,
    PUBLISHED_AT_KEY,
    CitationPlacementError,
    find_linked_files,
    liquid_safe,
    markdown_with_citations,
    pelican_document,
    published_fields,
    read_owner,
    rewrite_links,
    site_timezone,
    yaml_document,
)
from articleeditor.core.publish_schema import adopt_schema_names, field_rules, missing_fields
from articleeditor.core.published_copies import (
    PublishedCopy,
    asset_location,
    file_slug,
    files_naming,
    find_copies,
    hugo_aliases,
    hugo_url,
    jekyll_url,
    jekyll_uses_redirects,
)
from articleeditor.core.published_references import semantic_references
from articleeditor.core.render import (
    RenderedArticle,
    RenderOptions,
    render_header,
    render_markdown,
    without_source_lines,
)
from articleeditor.core.sanitize import sanitize_markdown
from articleeditor.core.site import Generator, PublishSettings, SiteConfig, publish_settings
from articleeditor.core.slug import SlugRules, slug_problem, slugify

_REFERENCES = re.compile(r'<section class="references"[^>]*>.*?</section>', re.S)
_RAW_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")


@dataclass(frozen=True)
class PlannedFile:
    """One file a publish writes; ``source`` is the file it is copied from, if any."""

    target: Path
    data: bytes
    source: Path | None = None
    replaces: bool = False  # an earlier publish of this article is there
    unchanged: bool = False  # the file there already holds exactly these bytes


@dataclass
class PublishPlan:
    """Everything a publish will do, and what stands in its way."""

    site: SiteConfig
    settings: PublishSettings
    source: Path | None
    slug: str = ""
    article_id: str = ""
    new_id: bool = False
    article_file: Path | None = None
    files: list[PlannedFile] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    conflicts: list[PublishConflict] = field(default_factory=list)
    # Files of earlier publishes (another title or slug) removed in the same change.
    removes: list[Path] = field(default_factory=list)
    moved_from: list[Path] = field(default_factory=list)  # the earlier copies' article files
    redirects: list[str] = field(default_factory=list)  # old addresses that keep working
    action: str = "publish"  # or "unpublish"
    source_published_at: str = ""  # the draft's record of its last publish, if any

    @property
    def changed_files(self) -> list[PlannedFile]:
        """The planned files whose bytes differ from what the site has."""
        return [f for f in self.files if not f.unchanged]

    @property
    def up_to_date(self) -> bool:
        """Whether the site already holds exactly what this plan would write."""
        return not self.changed_files and not self.removes

    def relative(self, path: Path) -> str:
        """``path`` relative to the site root, with "/" (for messages and the draft)."""
        try:
            return path.relative_to(self.site.root).as_posix()
        except ValueError:
            return str(path)


def _rules(settings: PublishSettings) -> SlugRules:
    return SlugRules(settings.slug_max_length, settings.slug_lowercase, settings.slug_separator)


def _real(path: Path) -> Path:
    return Path(os.path.realpath(path))


# What a file outside its folder is, as escape_problem's callers name it: one code each.
_ESCAPE_CODES = {
    "article file": "escape-article-file",
    "copied file": "escape-copied-file",
    "earlier copy": "escape-earlier-copy",
    "published file": "escape-published-file",
}


def escape_problem(target: Path, allowed: Path, what: str) -> Finding | None:
    """A sentence if ``target`` (following symlinks) lies outside ``allowed``; ``what`` is one
    of "article file", "copied file", "earlier copy" and "published file"."""
    if not _real(target).is_relative_to(_real(allowed)):
        return Finding(_ESCAPE_CODES[what], {"path": target, "folder": allowed})
    return None


def refusal(error: DraftNotWritable) -> Finding:
    """A draft that cannot record the publish, as a sentence of the plan."""
    return Finding("draft-not-writable", {"path": error.path, "reason": error.reason})


def first_id(draft: Path | None) -> str:
    """The id a draft without one is published under.

    Derived from the draft's real path on this computer, so a publish whose record in the
    draft was lost (an older version, a crash) is recognised as this article's own the next
    time, rather than as another article's.
    """
    if draft is None:
        return uuid.uuid4().hex
    name = f"articleeditor:{socket.gethostname()}:{_real(draft)}"
    return uuid.uuid5(uuid.NAMESPACE_URL, name).hex


def draft_problem(draft: Path) -> DraftNotWritable | None:
    """Why the draft cannot record a publish (its file or folder is read-only), if it cannot.

    A save replaces the file by a new one made in the same folder, so that is what is tried.
    """
    if draft.exists() and not os.access(draft, os.W_OK):
        return DraftNotWritable(draft, Finding("draft-file-read-only"))
    try:
        handle, probe = tempfile.mkstemp(
            prefix=f".{draft.name}.", suffix=".probe", dir=draft.parent
        )
    except OSError as error:
        if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return DraftNotWritable(
                draft, Finding("draft-folder-read-only", {"folder": draft.parent})
            )
        return DraftNotWritable(draft, error.strerror or str(error))
    os.close(handle)
    os.unlink(probe)
    return None


def _section_problem(section: str) -> Finding | None:
    parts = section.replace("\\", "/").split("/")
    if (
        section.startswith(("/", "\\"))
        or any(p in ("..", ".") for p in parts)
        or (len(section) > 1 and section[1] == ":")
    ):
        return Finding("publish-bad-section", {"section": section})
    return None


def _slug_users(plan: PublishPlan, candidates: list[tuple[Path, str]]) -> list[Path]:
    """Other articles in the site already published under ``plan.slug``."""
    users: list[Path] = []
    source = _real(plan.source) if plan.source is not None else None
    planned = {f.target for f in plan.files}  # their owners are checked as conflicts
    for path, text in candidates:
        if plan.slug not in text and plan.slug not in path.parent.name + path.name:
            continue
        if path in planned or file_slug(path, text) != plan.slug:
            continue
        if source is not None and _real(path) == source:
            continue
        owner, _ = read_owner(path, plan.settings)
        if owner != plan.article_id:
            users.append(path)
    return sorted(users)


def _article_location(
    site: SiteConfig, settings: PublishSettings, meta: Metadata, slug: str
) -> tuple[Path, str]:
    """(the article file, its section) for the site's generator."""
    generator = site.generator
    section = settings.section
    if generator is Generator.PELICAN and not section and meta.categories:
        section = slugify(meta.categories[0], _rules(settings))
    folder = site.content_dir / section if section else site.content_dir
    html = settings.body == "html" and generator in (Generator.HUGO, Generator.JEKYLL)
    suffix = ".html" if html else ".md"
    if generator is Generator.HUGO and settings.bundle:
        return folder / slug / f"index{suffix}", section
    if generator is Generator.JEKYLL:
        day = meta.date if isinstance(meta.date, date) else date.today()
        return folder / f"{day:%Y-%m-%d}-{slug}{suffix}", section
    return folder / f"{slug}{suffix}", section


def plan_publish(article: Article, site: SiteConfig, *, now: datetime | None = None) -> PublishPlan:
    """Work out what publishing ``article`` into ``site`` writes; never writes anything."""
    now = now or datetime.now().astimezone()
    settings = publish_settings(site)
    plan = PublishPlan(site, settings, article.path)
    text = article.text
    try:
        options = RenderOptions.for_site(site)
    except ArticleEditorError as error:  # e.g. the site's bibliography cannot be read
        plan.problems.append(error.finding())
        return plan
    try:
        zone = site_timezone(settings.timezone)
    except ValueError:
        plan.problems.append(Finding("publish-timezone", {"name": settings.timezone}))
        return plan
    for issue in lint_text(text, options.shared_references, _rules(settings)):
        (plan.problems if issue.severity is Severity.ERROR else plan.warnings).append(
            _plan_sentence(issue.message, issue.line)
        )
    front = article.front_matter
    if front.error is not None:
        return plan
    tags, categories = site_terms(site, plan.source)
    plan.warnings.extend(i.message for i in term_issues(text, site.generator, tags, categories))
    meta = article.metadata
    plan.slug = meta.slug or slugify(meta.title, _rules(settings))
    if meta.slug == "" and (problem := slug_problem(plan.slug, _rules(settings))):
        plan.problems.append(problem)
    if plan.problems:
        return plan
    if settings.body == "html" and site.generator is Generator.PELICAN:
        plan.problems.append(Finding("publish-pelican-html"))
        return plan
    if section_problem := _section_problem(settings.section):
        plan.problems.append(section_problem)
        return plan
    plan.source_published_at = str(front.data.get(PUBLISHED_AT_KEY) or "")
    existing_id = front.data.get(ID_KEY)
    plan.article_id = str(existing_id) if existing_id else first_id(plan.source)
    plan.new_id = not existing_id
    if plan.source is not None and (refused := draft_problem(plan.source)):
        plan.problems.append(refusal(refused))  # the other checks still run and are listed

    article_file, _ = _article_location(site, settings, meta, plan.slug)
    plan.article_file = article_file
    if plan.source is not None and _real(article_file) == _real(plan.source):
        plan.problems.append(Finding("publish-into-draft", {"path": article_file}))
        return plan

    # Files the body links to: copied next to the article (or where the site keeps them).
    base = plan.source.parent if plan.source is not None else None
    cover = (meta.cover,) if meta.cover else ()
    # Only files in the draft's folder tree or the site may be copied (the preview's rule).
    allowed = (base, site.root) if base is not None else (site.root,)
    found = find_linked_files(front.body, base, cover, allowed)
    linked = found.files
    for reference in found.missing:
        plan.warnings.append(Finding("publish-missing-link", {"reference": reference}))
    for outside in found.outside:
        plan.problems.append(
            Finding(
                "link-outside",
                {
                    "reference": outside.reference,
                    "path": outside.path,
                    "folders": " or ".join(str(folder) for folder in outside.folders),
                },
            )
        )
    assets_dir, assets_url = asset_location(site, settings, article_file, plan.slug)
    urls = {item.source: assets_url + item.name for item in linked}
    # Review comments and highlights never reach a site (suggestions block the publish in lint).
    body = rewrite_links(strip_comments(front.body), base, urls)
    if settings.raw_html == "keep":
        options = replace(options, sanitize_html=False)
        plan.warnings.append(Finding("publish-raw-html-keep"))
    else:
        # The preview's allow-list, applied to the Markdown the generator will read.
        body = sanitize_markdown(body, hugo=site.generator is Generator.HUGO)
    cover_url = urls.get((base / meta.cover).resolve()) if base and meta.cover else None

    try:
        reference_html = without_source_lines(render_markdown(body, options, meta.references))
    except ArticleEditorError as error:  # e.g. a citation style the site names but we lack
        plan.problems.append(error.finding())
        return plan
    if site.generator is not Generator.PLAIN:
        # Sites style neither the preview's reference layout nor its classes.
        reference_html = _REFERENCES.sub(lambda m: semantic_references(m.group(0)), reference_html)
    raw_html_dropped = _hugo_drops_raw_html(plan)
    if settings.body == "html":
        published_body = reference_html + "\n"
    else:
        try:
            published_body = markdown_with_citations(
                body,
                reference_html,
                plain=raw_html_dropped is not None,
                heading_id=site.generator is Generator.HUGO,
            )
        except CitationPlacementError:
            plan.problems.append(Finding("publish-citations-misplaced"))
            return plan
    if site.generator is Generator.JEKYLL:
        # Jekyll runs Liquid over posts first; the article's braces are text, not templates.
        published_body = liquid_safe(published_body)
    values = published_fields(
        meta,
        settings,
        site.generator,
        slug=plan.slug,
        article_id=plan.article_id,
        cover_url=cover_url or (meta.cover or None),
        zone=zone,
    )
    # One read of the site for the files that name this slug or this id.
    candidates = files_naming(site.content_dir, (plan.slug, plan.article_id))
    copies = find_copies(site, settings, plan.article_id, plan.source, candidates)
    _keep_old_addresses(plan, values, [c for c in copies if c.path != article_file])
    rules = field_rules(site, settings)
    plan.problems.extend(rules.problems)
    adopt_schema_names(values, rules, settings)
    # Checked before anything is written: a file the site's schema rejects breaks its build.
    plan.problems.extend(missing_fields(values, rules, settings))
    if site.generator is Generator.PELICAN:
        document = pelican_document(values, published_body)
    else:
        document = yaml_document(values, published_body, settings, site.generator, rules.types)
    plan.files.append(PlannedFile(article_file, document.encode("utf-8")))
    for item in linked:
        try:
            data = item.source.read_bytes()
        except OSError as error:
            plan.problems.append(
                Finding(
                    "publish-unreadable-file",
                    {"path": item.source, "detail": error.strerror or str(error)},
                )
            )
            continue
        plan.files.append(PlannedFile(assets_dir / item.name, data, item.source))
    if site.generator is Generator.PLAIN:
        rendered = RenderedArticle(render_header(meta), reference_html, meta.title)
        css = None
        if site.css is not None and site.css.is_file():
            if not is_inside(site.css, (site.root,)):
                plan.problems.append(
                    Finding("publish-stylesheet-outside", {"path": site.css, "site": site.root})
                )
                return plan
            css = site.css.read_text(encoding="utf-8", errors="replace")
        page = page_html(rendered, css)
        plan.files.append(PlannedFile(article_file.with_suffix(".html"), page.encode("utf-8")))

    _check_targets(plan, candidates)
    _plan_removals(plan, copies)
    _warn(plan, meta, now)
    if raw_html_dropped is not None:
        _warn_raw_html(plan, body, raw_html_dropped, 'class="citation"' in reference_html)
    return plan


def _hugo_drops_raw_html(plan: PublishPlan) -> HugoConfig | JekyllConfig | None:
    """The generator's configuration when it turns the Markdown's raw HTML into comments
    (Hugo without ``unsafe``; Jekyll on cmark without ``UNSAFE``), else None."""
    if plan.settings.body != "markdown":
        return None
    config: HugoConfig | JekyllConfig
    try:
        if plan.site.generator is Generator.HUGO:
            config = load_hugo_config(plan.site.root)
        elif plan.site.generator is Generator.JEKYLL:
            config = load_jekyll_config(plan.site.root)
        else:
            return None  # Pelican's Python-Markdown and Astro's remark keep raw HTML
    except (HugoConfigError, JekyllConfigError) as error:
        detail = error.finding()  # "<file>: <why>", the why worded in the window's language
        plan.problems.append(Finding("publish-generator-config", {"detail": detail}))
        return None
    return None if config.keeps_raw_html else config


def _warn_raw_html(
    plan: PublishPlan, body: str, config: HugoConfig | JekyllConfig, cited: bool
) -> None:
    """Say what a site that drops raw HTML does to the article, and how to change it."""
    where = config.where_to_allow_raw_html()
    name = plan.site.generator.value.capitalize()
    if cited:
        plan.warnings.append(Finding("publish-raw-html-cited", {"generator": name, "how": where}))
    if _RAW_TAG.search(code_mask(body)):
        plan.warnings.append(Finding("publish-raw-html-dropped", {"generator": name, "how": where}))


def _keep_old_addresses(
    plan: PublishPlan, values: dict[str, Any], earlier: list[PublishedCopy]
) -> None:
    """Where the generator can redirect, the earlier copies' addresses lead to the new one
    (Hugo ``aliases``; Jekyll ``redirect_from`` with jekyll-redirect-from)."""
    site = plan.site
    assert plan.article_file is not None
    if site.generator is Generator.HUGO:
        key, url_of = "aliases", hugo_url
    elif site.generator is Generator.JEKYLL and jekyll_uses_redirects(site.root):
        key, url_of = "redirect_from", jekyll_url
    else:
        return
    here = url_of(site, PublishedCopy(plan.article_file, plan.slug, ()))
    written = values.get(key)
    addresses = [str(written)] if isinstance(written, str) else [str(a) for a in written or []]
    for copy in earlier:
        if site.generator is Generator.HUGO:
            addresses.extend(hugo_aliases(copy))
        if (url := url_of(site, copy)) is not None and url != here:
            plan.redirects.append(url)
            addresses.append(url)
    # An address the article is served at again (a title given back) is no redirect.
    unique = [a for a in dict.fromkeys(addresses) if a != here]
    if unique:
        values[key] = unique
    else:
        values.pop(key, None)


def _plan_removals(plan: PublishPlan, copies: list[PublishedCopy]) -> None:
    """The earlier copies (and their assets) a publish removes, and the assets the copy it
    replaces links to that this publish no longer writes."""
    assert plan.article_file is not None
    planned = {f.target for f in plan.files}
    removes: list[Path] = []
    for copy in copies:
        if copy.path == plan.article_file:
            removes.extend(a for a in copy.assets if a not in planned)
            continue
        plan.moved_from.append(copy.path)
        removes.extend(p for p in copy.files if p not in planned)
    for path in dict.fromkeys(removes):
        if problem := escape_problem(path, plan.site.root, "earlier copy"):
            plan.problems.append(problem)
            continue
        plan.removes.append(path)


def _check_targets(plan: PublishPlan, candidates: list[tuple[Path, str]]) -> None:
    """Containment, the slug's uniqueness and files that belong to another article."""
    site, settings = plan.site, plan.settings
    assert plan.article_file is not None
    for planned in plan.files:
        is_article = planned.source is None
        what = "article file" if is_article else "copied file"
        # The content folder itself must lie in the site (a symbolic link could take it out).
        for allowed in (site.content_dir, site.root) if is_article else (site.root,):
            if problem := escape_problem(planned.target, allowed, what):
                plan.problems.append(problem)
                break
    if plan.problems:
        return
    users = _slug_users(plan, candidates)
    if users:
        names = ", ".join(plan.relative(p) for p in users)
        plan.problems.append(Finding("slug-taken", {"slug": plan.slug, "articles": names}))
    owner, _ = (
        read_owner(plan.article_file, settings) if plan.article_file.is_file() else (None, "")
    )
    if owner and owner != plan.article_id and plan.new_id:
        _adopt_unrecorded_publish(plan, owner)
    ours = owner == plan.article_id
    for index, planned in enumerate(plan.files):
        target = planned.target
        if target.is_dir():
            plan.problems.append(Finding("publish-folder-target", {"path": plan.relative(target)}))
            continue
        if not target.exists():
            continue
        if not target.is_file():  # a named pipe would block the read below, a device never end
            plan.problems.append(Finding("publish-special-target", {"path": plan.relative(target)}))
            continue
        same = target.read_bytes() == planned.data
        if ours or (planned.source is not None and same):
            plan.files[index] = PlannedFile(target, planned.data, planned.source, True, same)
            continue
        file_owner, title = read_owner(target, settings) if planned.source is None else (None, "")
        who = (
            f"another article ('{title}', id {file_owner})"
            if file_owner
            else f"'{title}', not published by ArticleEditor"
            if title
            else "another article or file"
        )
        plan.conflicts.append(PublishConflict(target, who))


def _adopt_unrecorded_publish(plan: PublishPlan, owner: str) -> None:
    """Take ``owner`` as this article's id when the file there is exactly what this draft
    publishes under that id: an earlier publish of it whose record in the draft was lost
    (the draft moved, or was copied out of a read-only folder). An edited draft is not
    recognised this way and stays a conflict the writer confirms."""
    assert plan.article_file is not None
    ours, theirs = plan.article_id.encode("ascii"), owner.encode("utf-8")
    article = next(f for f in plan.files if f.target == plan.article_file)
    try:
        on_disk = plan.article_file.read_bytes()
    except OSError:
        return
    if article.data.replace(ours, theirs) != on_disk:
        return
    plan.article_id = owner
    plan.files = [
        replace(f, data=f.data.replace(ours, theirs)) if f.source is None else f for f in plan.files
    ]


def _plan_sentence(message: str, line: int) -> str:
    """A lint finding as a sentence of the plan: capitalised, with its line when it has one."""
    if isinstance(message, Finding):
        if line:
            return Finding("plan-sentence-line", {"finding": message, "line": line})
        return Finding("plan-sentence", {"finding": message})
    return f"{message[:1].upper()}{message[1:]}" + (f" (line {line})" if line else "")


def _warn(plan: PublishPlan, meta: Metadata, now: datetime) -> None:
    if meta.draft:
        plan.warnings.append(Finding("publish-draft-flag"))
    when = meta.date
    if isinstance(when, datetime):
        aware = when if when.tzinfo else when.astimezone()
        if aware > now:
            plan.warnings.append(Finding("publish-future-date"))
    elif isinstance(when, date) and when > now.date():
        plan.warnings.append(Finding("publish-future-date"))


def check_plan(plan: PublishPlan, *, overwrite: bool = False) -> None:
    """Raise PublishCheckFailed for problems, PublishConflict unless ``overwrite``.

    Whether the draft can record the publish is checked again: the writer may have
    changed its folder since the plan was made.
    """
    problems = list(plan.problems)
    if not problems and plan.source is not None and (refused := draft_problem(plan.source)):
        problems.append(refusal(refused))
    if problems:
        raise PublishCheckFailed(problems)
    if plan.conflicts and not overwrite:
        raise plan.conflicts[0]


# ----- writing ---------------------------------------------------------------------------------


def write_plan(plan: PublishPlan, before_commit: Callable[[], None] | None = None) -> None:
    """Write every changed planned file and remove every planned removal, or do none of it
    (see ``core.filetransaction``); raises PublishError.

    ``before_commit`` runs with every file in place; if it raises, the site is put back.
    """
    # A folder emptied by a removal goes (a page bundle, an asset folder); the content
    # folder and the section folder (a Hugo section, an Astro collection) stay.
    content = plan.site.content_dir
    keep = (content, content / plan.settings.section) if plan.settings.section else (content,)
    write_all(
        [(planned.target, planned.data) for planned in plan.changed_files],
        plan.site.root,
        before_commit,
        removals=plan.removes,
        keep_folders=keep,
    )


def _record_is_current(article: Article, plan: PublishPlan) -> bool:
    data = article.front_matter.data
    assert plan.article_file is not None
    return (
        not plan.new_id
        and str(data.get(ID_KEY, "")) == plan.article_id
        and data.get(PUBLISH_PATH_KEY) == plan.relative(plan.article_file)
        and bool(data.get(PUBLISHED_AT_KEY))
    )


def write_with_draft(
    plan: PublishPlan, draft: Article | None, *, check_unchanged: bool = False
) -> None:
    """Write the plan and save ``draft`` (its text already recording the publish) as one
    change: if the draft cannot be saved, the site is put back as it was and DraftNotWritable
    says why. ``None``: the draft needs no change, only the site is written.

    With ``check_unchanged``, a draft another program changed since ``draft`` was loaded or
    saved is refused (the content check of a save), never overwritten.
    """
    if draft is None or draft.path is None:
        write_plan(plan)
        return
    path = draft.path

    def save_draft() -> None:
        try:
            draft.save(check_unchanged=check_unchanged)
        except SaveError as error:
            raise DraftNotWritable(path, error.reason) from error

    write_plan(plan, save_draft)


def write_and_record(plan: PublishPlan, article: Article, when: datetime) -> bool:
    """Write the plan and save the draft's record of it as one change (``write_with_draft``).

    Returns False when nothing needed writing: the site already held exactly this publish
    and the draft already recorded it (``published_at`` then keeps its time).
    """
    if article.path is None:
        if not plan.up_to_date:
            write_plan(plan)
        return not plan.up_to_date
    if plan.up_to_date and _record_is_current(article, plan):
        return False
    before = article.text
    record_publication(article, plan, when)
    try:
        write_with_draft(plan, article)
    except BaseException:
        article.text = before
        raise
    return True


# ----- the whole publish -----------------------------------------------------------------------


def publication_fields(plan: PublishPlan, when: datetime) -> dict[str, str]:
    """The draft's front matter keys that record a publish: id (once), where and when."""
    assert plan.article_file is not None
    values = {ID_KEY: plan.article_id} if plan.new_id else {}
    values[PUBLISH_PATH_KEY] = plan.relative(plan.article_file)
    if not plan.up_to_date or not plan.source_published_at:
        # The time says when what is published last changed, not when Publish was pressed.
        values[PUBLISHED_AT_KEY] = when.isoformat(timespec="seconds")
    return values


def fields_to_change(
    data: Mapping[Any, Any], values: Mapping[str, str | None]
) -> dict[str, str | None]:
    """The ``values`` (None: remove the key) that front matter ``data`` does not already
    hold: what recording a publish or an unpublish changes in the draft."""
    return {
        key: value
        for key, value in values.items()
        if data.get(key) != value or (value is None and key in data)
    }


def apply_fields(article: Article, values: Mapping[str, str | None]) -> bool:
    """Set each of ``values`` that the front matter does not already hold (``fields_to_change``);
    True when the text changed. The draft's record of a publish or an unpublish."""
    before = article.text
    for key, value in fields_to_change(article.front_matter.data, values).items():
        article.set_field(key, value)
    return article.text != before


def record_publication(article: Article, plan: PublishPlan, when: datetime) -> None:
    """Note in the draft's text where and when it was published (and its id, once)."""
    apply_fields(article, publication_fields(plan, when))


def publish(
    article: Article,
    site: SiteConfig,
    *,
    overwrite: bool = False,
    dry_run: bool = False,
    now: datetime | None = None,
) -> PublishPlan:
    """Plan, check and write; then record the publication in the draft and save it."""
    now = now or datetime.now().astimezone()
    plan = plan_publish(article, site, now=now)
    check_plan(plan, overwrite=overwrite)
    if dry_run:
        return plan
    write_and_record(plan, article, now)
    return plan
