"""Findings of the checks, as data the window can word in its own language.

A check (lint, references, slugs, tags, Publish) reports a :class:`Finding`: a stable
``code`` and the named values it is about (``args``). It is also a ``str`` holding its English
sentence, made from the template of its code below, so the command line, ``check --json`` and
the publish reports print exactly what they printed before findings had codes. The window
words the same finding from its code and args with a translated template of its own
(``ui/findings.py``); a test keeps the placeholders of both in step.

Numbers, names and file paths stay values in ``args``; a value that is itself a Finding (a
reference problem inside "reference 'x' …") is worded in the same language as the outer one.
"""

from __future__ import annotations

from collections.abc import Mapping
from string import Formatter
from typing import Any

# One English template per code, with named placeholders. Wording changes here change what
# the command line prints: tests/core/test_findings.py holds the sentences as printed.
ENGLISH: dict[str, str] = {
    # lint: the article's front matter
    "front-matter": "the front matter does not parse (column {column}): {detail}",
    "no-title": "the article has no title",
    "no-date": "the article has no date",
    "bad-date": "the date '{date}' is not a date (write e.g. 2026-10-14 or "
    "2026-10-14T09:30:00+02:00)",
    "no-summary": "the article has no summary",
    # lint: references in the front matter and the site's bibliography
    "references-not-list": "'{key}' must be a list of references",
    "reference-named": "reference {name} {problem}",
    "reference-numbered": "reference {number} {problem}",
    "site-reference": "{bibliography}: reference {name} {problem}",
    "item-not-mapping": "is not a mapping (id: ..., type: ..., title: ...)",
    "item-no-id": "needs an id that is a word, such as smith2020",
    "item-no-type": "has no type (e.g. type: article-journal)",
    "item-unknown-type": "has an unknown type {type} (e.g. article-journal, book, webpage)",
    "item-field": "{field} {problem}",
    "field-names": "must be a list of names such as {{family: Smith, given: Jane}}",
    "field-name-part": "has a name part that is not text",
    "field-date-text": "must be a date such as 2020-05-01 or [[2020, 5]]",
    "field-date": "must be a date such as [[2020, 5, 1]] or {{date-parts: [[2020, 5, 1]]}}",
    "field-date-parts-missing": "needs date-parts (or a literal text)",
    "field-date-parts": "date-parts must be a list of [year, month, day] lists of numbers",
    "field-plain": "must be text or a number",
    # lint: citation styles
    "style-not-name": "{key} must be a style name, not {type}",
    "style-unknown": "Unknown citation style {name}; offered: {offered}",
    # references in the body (core.refcheck)
    "undefined-citation": "[@{key}] is cited but not in the references",
    # past the first few of one key or text (core.capped), one finding counts the rest
    "undefined-citation-more": "…and {count} more citations of @{key}",
    "duplicate-key": "duplicate reference key: {keys}",
    "shared-doi": "the same DOI {doi} is listed as {keys}",
    "uncited": "{key} is never cited",
    "typed-number": "{text} looks like a hand-typed citation; cite with [@key] so the "
    "numbers stay right",
    "typed-number-more": "…and {count} more hand-typed {text}",
    # review marks (core.critic)
    "review-unresolved": "unresolved {mark}",
    "review-unresolved-more": "…and {count} more unresolved suggestions",
    "review-unclosed": '"{opener}" is never closed',
    "review-unclosed-more": '…and {count} more "{opener}" never closed',
    "review-comments": "{count} review comment(s) or highlight(s) will be left out when published",
    "mark-substitution": 'substitution "{old}" → "{new}"',
    "mark-comment": 'comment: "{text}"',
    "mark-comment-by": 'comment by @{author}: "{text}"',
    "mark-insertion": 'insertion "{text}"',
    "mark-deletion": 'deletion "{text}"',
    "mark-highlight": 'highlight "{text}"',
    # the site's configuration (lint.site_problems)
    "site-style": "{path}: citations.style: {problem}",
    "site-extension-option": "{path}: markdown.extension_configs: an extension has no "
    "option {option}",
    "site-extensions": "{path}: markdown.extensions: cannot be used ({detail})",
    # slugs (core.slug)
    "slug-empty": "The slug is empty: give the article a title or a slug.",
    "slug-path": "The slug '{slug}' is not allowed: a slug names one file inside the site's "
    "content folder, so it cannot contain '/', '\\' or '..'.",
    "slug-too-long": "The slug '{slug}' is longer than {limit} characters.",
    "slug-characters": "The slug '{slug}' may hold only ASCII letters, digits and single "
    "'{separator}' between words; try '{suggestion}'.",
    "slug-capitals": "The slug '{slug}' has capital letters; this site uses '{lower}'.",
    # tags and categories (core.taglint); "tag" and "category" words have codes of their own
    "tag-hash": "The tag '{tag}' starts with '#', which breaks its link on the site; "
    "write '{bare}'.",
    "category-hash": "The category '{tag}' starts with '#', which breaks its link on the "
    "site; write '{bare}'.",
    "tag-empty-slug": "The tag '{tag}' gives an empty address on a {generator} site, so its "
    "page cannot be built; use letters or digits.",
    "category-empty-slug": "The category '{tag}' gives an empty address on a {generator} "
    "site, so its page cannot be built; use letters or digits.",
    "tag-variant": "The site already has the tag '{existing}'; '{tag}' differs only in case, "
    "accents or spacing. Use '{existing}'.",
    "category-variant": "The site already has the category '{existing}'; '{tag}' differs only "
    "in case, accents or spacing. Use '{existing}'.",
    "tag-site-clash": "The tag '{tag}' and the site's '{other}' share one page ({slug}) on a "
    "{generator} site, so their articles would be mixed.",
    "category-site-clash": "The category '{tag}' and the site's '{other}' share one page "
    "({slug}) on a {generator} site, so their articles would be mixed.",
    "tag-own-clash": "The tags '{other}' and '{tag}' share one page ({slug}) on a "
    "{generator} site; keep one.",
    "category-own-clash": "The categories '{other}' and '{tag}' share one page ({slug}) on a "
    "{generator} site; keep one.",
    "category-count": "{generator} keeps only {limit} category per article; {dropped} would "
    "be dropped.",
    # Publish (core.publish): a lint finding as a sentence of the plan
    "plan-sentence": "{finding}",
    "plan-sentence-line": "{finding} (line {line})",
    "publish-pelican-html": 'publish.body = "html" is not supported for Pelican sites.',
    "publish-into-draft": "The published file would be the draft itself ({path}); keep drafts "
    "outside the folder the site publishes from, or set publish.section.",
    "publish-missing-link": "'{reference}' is not a file next to the draft; its link is kept.",
    "publish-folder-target": "{path} is a folder; nothing was published.",
    "publish-special-target": "{path} is a named pipe, a device or a socket, not a regular "
    "file; nothing was published.",
    "publish-raw-html-keep": 'The site sets [publish] raw_html = "keep": raw HTML in the '
    "article is published as written, without the preview's "
    "allow-list (scripts and event handlers too).",
    "publish-raw-html-cited": "This {generator} site drops raw HTML, so the citations and "
    "References are written as plain Markdown (citations link to the "
    "References heading). To publish them as the preview shows "
    "them, {how}.",
    "publish-raw-html-dropped": "This {generator} site drops raw HTML, and the article has "
    "some (e.g. <sup> or <mark>): it is replaced with a comment. "
    "To keep it, {how}.",
    "publish-bad-section": "The section '{section}' must be a folder name inside the content "
    "folder.",
    "draft-not-writable": "The draft {path} cannot be updated ({reason}); Publish records "
    "where and when the article was published in it, so nothing was "
    "published. Make the file and its folder writable, or save the "
    "draft somewhere writable.",
    "draft-file-read-only": "the file is read-only",
    "draft-folder-read-only": "its folder {folder} is read-only",
    "link-outside": "'{reference}' points to {path}, outside {folders}; only files inside the "
    "article's folder or the site are published or exported; nothing was "
    "published.",
    "publish-unreadable-file": "Cannot read {path}: {detail}.",
    "publish-stylesheet-outside": "The site stylesheet {path} is outside the site {site}; only "
    "files inside the site are published.",
    "publish-generator-config": "The site's configuration cannot be read: {detail}.",
    "publish-folder-read-only": "the folder {folder} is read-only (permission denied)",
    "publish-not-restored": "{reason}; could not restore {paths}",
    "slug-taken": "The slug '{slug}' is already used by {articles}; give the article another slug.",
    "escape-article-file": "The article file {path} would be written outside {folder} "
    "(through '..', an absolute path or a symbolic link); nothing was "
    "published.",
    "escape-copied-file": "The copied file {path} would be written outside {folder} (through "
    "'..', an absolute path or a symbolic link); nothing was published.",
    "escape-earlier-copy": "The earlier copy {path} would be written outside {folder} "
    "(through '..', an absolute path or a symbolic link); nothing was "
    "published.",
    "escape-published-file": "The published file {path} would be written outside {folder} "
    "(through '..', an absolute path or a symbolic link); nothing "
    "was published.",
    "unpublish-front-matter": "The front matter cannot be read: line {line}:{column}: {detail}.",
    "unpublish-never-published": "The article was never published: its front matter has no "
    "articleeditor_id.",
    # the site's publish schema (core.publish_schema)
    "config-required-not-list": "publish.required in articleeditor.toml must be a list of names.",
    "config-types": 'publish.types in articleeditor.toml must map field names to "string" or '
    '"list".',
    "declared-by-schema": "the site's schema ({path})",
    "declared-by-config": "articleeditor.toml",
    "field-required": "{declared} requires '{key}': {hint}.",
    "hint-title": "give the article a title in the Article panel",
    "hint-summary": "write a summary in the Article panel",
    "hint-date": "set the date in the Article panel",
    "hint-updated": "set the updated date in the Article panel",
    "hint-authors": "add an author in the Article panel (or publish.default_author)",
    "hint-cover": "choose a cover image in the Article panel",
    "hint-tags": "add a tag in the Tags panel",
    "hint-categories": "add a category in the Tags panel",
    "hint-language": "set the language in the Article panel",
    "hint-field": "add '{key}' to the article's front matter",
    "publish-draft-flag": "The article is marked as a draft; the site may not show it.",
    "publish-future-date": "The article's date is in the future; the site may hide it.",
    "publish-timezone": "publish.timezone '{name}' is not a known time zone",
    "publish-citations-misplaced": "The citations found in the text do not match the rendered "
    'ones; publish with publish.body = "html" instead.',
    # the site index (core.index_entry): a file whose front matter does not parse
    "index-front-matter": "line {line}, column {column}: {detail}",
    # naming an article file (core.article_list)
    "name-taken": "a file with this name already exists",
    "name-unchanged": "the article already has this name",
    # what a time limit stopped (core.time_limit)
    "task-rendering": "rendering",
    # why a file cannot be read as text (core.textfile)
    "text-not-utf8": "not valid UTF-8: byte 0x{byte} at line {line}, column {column} — save it "
    "as UTF-8 and try again",
    "text-utf32": "UTF-32 text is not supported — save it as UTF-8 and try again",
    "text-binary": "binary file (a NUL byte at line {line}, column {column}), not text",
    "text-not-valid": "not valid {encoding}: {detail} at byte {at}",
    "file-missing": "the file does not exist",
    "file-is-folder": "this is a folder, not a file",
    "file-named-pipe": "a named pipe, not a regular file; only regular files are opened",
    "file-character-device": "a character device, not a regular file; only regular files are "
    "opened",
    "file-block-device": "a block device, not a regular file; only regular files are opened",
    "file-socket": "a socket, not a regular file; only regular files are opened",
    "file-special": "a special file, not a regular file; only regular files are opened",
    "file-unreadable": "cannot be read: {detail}",
    "permission-denied": "permission denied",
    # why a file cannot be written (core.storage)
    "write-folder-read-only": "the folder is read-only",
    "write-disk-full": "the disk is full",
    "write-quota": "the disk quota is exceeded",
    "write-read-only-file-system": "the file system is read-only",
    "write-no-folder": "the folder does not exist",
    "write-not-a-folder": "a part of the path is not a folder",
    "write-folder-exists": "a folder with that name exists",
    "write-name-too-long": "the file name is too long",
    "write-io-error": "the disk reported an input/output error",
    "write-changed-on-disk": "another program changed the file since it was opened",
    # the site's articleeditor.toml (core.site)
    "config-nested": "nested too deeply",
    "config-not-table": "'{name}' must be a table ([{name}])",
    "config-not-path": "'{key}' must be a path string",
    "config-outside-site": "{key} '{value}' resolves to {path}, outside the site folder {root} "
    "(through '..', an absolute path or a symbolic link); it must be inside the site",
    "config-content-folder": "the content folder",
    "config-generator": "site.generator must be one of: {names}",
    "config-content-dir": "site.content_dir must be a path string",
    "config-extension-configs": "markdown.extension_configs must hold one table per extension",
    "config-extensions": "markdown.extensions must be a list of names",
    "config-tag-style": "tags.style must be keep, lower or slug",
    "config-not-string": "{key} must be a string",
    "config-fields": "publish.fields must map field names to strings",
    "config-body": "publish.body must be markdown or html",
    "config-raw-html": "publish.raw_html must be sanitize or keep",
    "config-booleans": "publish.bundle and slug.lowercase must be true/false",
    "config-max-length": "slug.max_length must be a number from 8 to 200",
    "config-separator": "slug.separator must be '-' or '_'",
    "write-not-regular": "{target} is not a regular file (a device, pipe or folder)",
    # why a bibliography cannot be read (core.references, core.refimport)
    "bibliography-not-list": "expected a list of CSL items",
    "bibliography-item-not-mapping": "item {number} is not a mapping",
    "bibliography-no-records": "no {format} records found",
    "bibliography-too-large": "larger than {limit} MB",
    "bibliography-not-utf8": "not UTF-8 text; export it as UTF-8 and try again",
    "bibliography-too-deep": "nested more than {limit} levels deep",
    "bibliography-json-not-list": "a CSL-JSON bibliography must be a list of items",
    "bibliography-format": "unsupported bibliography format {suffix}",
    # why bibtexparser refused an entry (core.bibtex_failures): its own sentences, so the
    # command line prints what it printed before; values are BibTeX text as written
    "bibtex-field-without-equals": "@{key}: expected 'field = value' at {field}",
    "bibtex-name": "@{key}: Cannot split the following name `{name}` into parts: {reason}",
    "bibtex-name-too-many-commas": "Too many commas",
    "bibtex-name-unmatched-brace": "Unmatched closing brace",
    "bibtex-name-unterminated-brace": "Unterminated opening brace",
    "bibtex-name-trailing-comma": "Trailing comma at end of name",
    "bibtex-end-of-file": "Unexpectedly reached end of file.",
    "bibtex-block-start": "Unexpected block start: `{mark}`. Was still looking for closing bracket",
    "bibtex-block-start-in-value": "Unexpected block start: `{mark}`. Was still looking for "
    "field-value closing `{closing}`",
    "bibtex-block-start-after-value": "Unexpected block start: `{mark}`. Was still looking "
    "for field-value closing `,` or `{delimiter}`",
    "bibtex-key-without-equals": "Expected a `=` after entry key `{field}`, but found the end "
    "of the entry (`{delimiter}`).",
    "bibtex-equals-expected": "Expected a `=` after entry key, but found `{mark}`.",
    "bibtex-comma-or-end-expected": "Expected either a `,` or `{delimiter}` after a closed "
    "entry field value, but found a {mark} before.",
    "bibtex-comma-expected": "Expected comma after entry key, but found {mark}",
    "bibtex-string-equals-expected": "Expected equals sign after field key, but found {mark}",
    "bibtex-duplicate-fields": "Duplicate field keys on entry: '{fields}'. Note: The entry "
    "(containing duplicates) is available as `failed_block.ignore_error_block`",
    "bibtex-duplicate-key": "Duplicate entry key '{key}'",
    "bibtex-unreadable-entry": "unreadable entry",
    # why a generator's configuration file cannot be read (core.generators.config_file)
    "config-file-not-table": "does not hold a table of settings",
    # how to let the generator keep raw HTML ({how} of publish-raw-html-*), naming the file
    "raw-html-hugo-toml": "add `unsafe = true` under `[markup.goldmark.renderer]` in {file}",
    "raw-html-hugo-json": 'set "markup": {{"goldmark": {{"renderer": {{"unsafe": true}}}}}} '
    "in {file}",
    "raw-html-hugo-yaml": "set markup: goldmark: renderer: unsafe: true in {file}",
    "raw-html-jekyll": 'add "UNSAFE" to the options under commonmark: in {file}',
    # core's exceptions as findings (ArticleEditorError.finding): each prints as str(error)
    "error-text": "{text}",
    "file-problem": "{path}: {detail}",
    "file-too-large": "{path}: {size} MB is larger than {limit} MB",
    "bibliography": "{where}: {detail}",
    "bibliography-line": "{where}:{line}: {detail}",
    "style-broken-file": "{path}: the CSL style has no <{element}> element",
}


# A lint finding ("the article has no title") read as a sentence of a publish plan.
# "Articleeditor.toml requires …" too: the command line has always printed it so.
CAPITALISED = frozenset({"plan-sentence", "plan-sentence-line", "field-required"})


def placeholders(template: str) -> set[str]:
    """The named fields of a ``str.format`` template."""
    return {name for _, name, _, _ in Formatter().parse(template) if name}


class Finding(str):
    """A check's finding: ``code`` and ``args``, and (as a ``str``) its English sentence."""

    code: str
    args: Mapping[str, Any]

    def __new__(cls, code: str, args: Mapping[str, Any] | None = None) -> Finding:
        args = dict(args or {})
        text = ENGLISH[code].format(**args)
        if code in CAPITALISED:
            text = text[:1].upper() + text[1:]
        self = super().__new__(cls, text)
        self.code = code
        self.args = args
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        # Plans and reference checks come back from worker processes pickled; the default
        # reduction of a str subclass would pass the English text as the code.
        return (Finding, (self.code, dict(self.args)))
