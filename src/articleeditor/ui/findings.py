"""The checks' findings worded in the interface language.

Core reports a finding as a code and named values (``core.findings.Finding``), with an
English sentence for the command line. The window words it here from a translated template
per code, with the same placeholders (a test holds them in step). Values that are findings
themselves are worded the same way; other values (names, numbers, paths, a parser's own
message) are shown as they are.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication

from articleeditor.core.findings import CAPITALISED, Finding

log = logging.getLogger(__name__)


def word(text: str) -> str:
    """``text`` in the interface language when it is a Finding; other text as it is."""
    if not isinstance(text, Finding):
        return text
    template = templates().get(text.code)
    if template is None:
        log.warning("no wording for the finding %s; shown in English", text.code)
        return str(text)
    values: dict[str, Any] = {
        name: word(value) if isinstance(value, Finding) else value
        for name, value in text.args.items()
    }
    worded = template.format(**values)
    return worded[:1].upper() + worded[1:] if text.code in CAPITALISED else worded


def templates() -> dict[str, str]:
    """The translated template of every finding's code (in the current language)."""
    # Each call is written out with its literal text so pyside6-lupdate can collect it.
    translate = QCoreApplication.translate
    return {
        "front-matter": translate(
            "Findings",
            "the front matter does not parse (column {column}): {detail}",
        ),
        "no-title": translate("Findings", "the article has no title"),
        "no-date": translate("Findings", "the article has no date"),
        "bad-date": translate(
            "Findings",
            "the date '{date}' is not a date (write e.g. 2026-10-14 or 2026-10-14T09:30:00+02:00)",
        ),
        "no-summary": translate("Findings", "the article has no summary"),
        "references-not-list": translate("Findings", "'{key}' must be a list of references"),
        "reference-named": translate("Findings", "reference {name} {problem}"),
        "reference-numbered": translate("Findings", "reference {number} {problem}"),
        "site-reference": translate("Findings", "{bibliography}: reference {name} {problem}"),
        "item-not-mapping": translate(
            "Findings",
            "is not a mapping (id: ..., type: ..., title: ...)",
        ),
        "item-no-id": translate("Findings", "needs an id that is a word, such as smith2020"),
        "item-no-type": translate("Findings", "has no type (e.g. type: article-journal)"),
        "item-unknown-type": translate(
            "Findings",
            "has an unknown type {type} (e.g. article-journal, book, webpage)",
        ),
        "item-field": translate("Findings", "{field} {problem}"),
        "field-names": translate(
            "Findings",
            "must be a list of names such as {{family: Smith, given: Jane}}",
        ),
        "field-name-part": translate("Findings", "has a name part that is not text"),
        "field-date-text": translate(
            "Findings",
            "must be a date such as 2020-05-01 or [[2020, 5]]",
        ),
        "field-date": translate(
            "Findings",
            "must be a date such as [[2020, 5, 1]] or {{date-parts: [[2020, 5, 1]]}}",
        ),
        "field-date-parts-missing": translate("Findings", "needs date-parts (or a literal text)"),
        "field-date-parts": translate(
            "Findings",
            "date-parts must be a list of [year, month, day] lists of numbers",
        ),
        "field-plain": translate("Findings", "must be text or a number"),
        "style-not-name": translate("Findings", "{key} must be a style name, not {type}"),
        "style-unknown": translate("Findings", "Unknown citation style {name}; offered: {offered}"),
        "undefined-citation": translate("Findings", "[@{key}] is cited but not in the references"),
        "undefined-citation-more": translate(
            "Findings",
            "…and {count} more citations of @{key}",
            "after the first few findings for a key cited with no reference: how many further "
            "citations of it there are",
        ),
        "duplicate-key": translate("Findings", "duplicate reference key: {keys}"),
        "shared-doi": translate("Findings", "the same DOI {doi} is listed as {keys}"),
        "uncited": translate("Findings", "{key} is never cited"),
        "typed-number": translate(
            "Findings",
            "{text} looks like a hand-typed citation; cite with [@key] so the numbers stay right",
        ),
        "typed-number-more": translate(
            "Findings",
            "…and {count} more hand-typed {text}",
            "after the first few findings for a hand-typed citation number such as [1]: how "
            "many more times it is typed",
        ),
        "review-unresolved": translate("Findings", "unresolved {mark}"),
        "review-unresolved-more": translate(
            "Findings",
            "…and {count} more unresolved suggestions",
            "after the first few findings for review suggestions (insertions, deletions, "
            "substitutions) not yet accepted or rejected: how many more there are",
        ),
        "review-unclosed": translate("Findings", '"{opener}" is never closed'),
        "review-unclosed-more": translate(
            "Findings",
            '…and {count} more "{opener}" never closed',
            "after the first few findings for a review mark opener such as {++ that is never "
            "closed: how many more there are",
        ),
        "review-comments": translate(
            "Findings",
            "{count} review comment(s) or highlight(s) will be left out when published",
        ),
        "mark-substitution": translate("Findings", 'substitution "{old}" → "{new}"'),
        "mark-comment": translate("Findings", 'comment: "{text}"'),
        "mark-comment-by": translate("Findings", 'comment by @{author}: "{text}"'),
        "mark-insertion": translate("Findings", 'insertion "{text}"'),
        "mark-deletion": translate("Findings", 'deletion "{text}"'),
        "mark-highlight": translate("Findings", 'highlight "{text}"'),
        "site-style": translate("Findings", "{path}: citations.style: {problem}"),
        "site-extension-option": translate(
            "Findings",
            "{path}: markdown.extension_configs: an extension has no option {option}",
        ),
        "site-extensions": translate(
            "Findings",
            "{path}: markdown.extensions: cannot be used ({detail})",
        ),
        "slug-empty": translate(
            "Findings",
            "The slug is empty: give the article a title or a slug.",
        ),
        "slug-path": translate(
            "Findings",
            "The slug '{slug}' is not allowed: a slug names one file inside the "
            "site's content folder, so it cannot contain '/', '\\' or '..'.",
        ),
        "slug-too-long": translate(
            "Findings",
            "The slug '{slug}' is longer than {limit} characters.",
        ),
        "slug-characters": translate(
            "Findings",
            "The slug '{slug}' may hold only ASCII letters, digits and single "
            "'{separator}' between words; try '{suggestion}'.",
        ),
        "slug-capitals": translate(
            "Findings",
            "The slug '{slug}' has capital letters; this site uses '{lower}'.",
        ),
        "tag-hash": translate(
            "Findings",
            "The tag '{tag}' starts with '#', which breaks its link on the site; write '{bare}'.",
        ),
        "category-hash": translate(
            "Findings",
            "The category '{tag}' starts with '#', which breaks its link on the "
            "site; write '{bare}'.",
        ),
        "tag-empty-slug": translate(
            "Findings",
            "The tag '{tag}' gives an empty address on a {generator} site, so its "
            "page cannot be built; use letters or digits.",
        ),
        "category-empty-slug": translate(
            "Findings",
            "The category '{tag}' gives an empty address on a {generator} site, so "
            "its page cannot be built; use letters or digits.",
        ),
        "tag-variant": translate(
            "Findings",
            "The site already has the tag '{existing}'; '{tag}' differs only in "
            "case, accents or spacing. Use '{existing}'.",
        ),
        "category-variant": translate(
            "Findings",
            "The site already has the category '{existing}'; '{tag}' differs only "
            "in case, accents or spacing. Use '{existing}'.",
        ),
        "tag-site-clash": translate(
            "Findings",
            "The tag '{tag}' and the site's '{other}' share one page ({slug}) on a "
            "{generator} site, so their articles would be mixed.",
        ),
        "category-site-clash": translate(
            "Findings",
            "The category '{tag}' and the site's '{other}' share one page ({slug}) "
            "on a {generator} site, so their articles would be mixed.",
        ),
        "tag-own-clash": translate(
            "Findings",
            "The tags '{other}' and '{tag}' share one page ({slug}) on a "
            "{generator} site; keep one.",
        ),
        "category-own-clash": translate(
            "Findings",
            "The categories '{other}' and '{tag}' share one page ({slug}) on a "
            "{generator} site; keep one.",
        ),
        "category-count": translate(
            "Findings",
            "{generator} keeps only {limit} category per article; {dropped} would be dropped.",
        ),
        "plan-sentence": translate(
            "Findings",
            "{finding}",
            "a check's finding as a sentence of the publish plan",
        ),
        "plan-sentence-line": translate("Findings", "{finding} (line {line})"),
        "publish-pelican-html": translate(
            "Findings",
            'publish.body = "html" is not supported for Pelican sites.',
        ),
        "publish-into-draft": translate(
            "Findings",
            "The published file would be the draft itself ({path}); keep drafts "
            "outside the folder the site publishes from, or set publish.section.",
        ),
        "publish-missing-link": translate(
            "Findings",
            "'{reference}' is not a file next to the draft; its link is kept.",
        ),
        "publish-folder-target": translate(
            "Findings",
            "{path} is a folder; nothing was published.",
        ),
        "publish-special-target": translate(
            "Findings",
            "{path} is a named pipe, a device or a socket, not a regular file; nothing "
            "was published.",
        ),
        "publish-raw-html-keep": translate(
            "Findings",
            'The site sets [publish] raw_html = "keep": raw HTML in the article is '
            "published as written, without the preview's allow-list (scripts and "
            "event handlers too).",
        ),
        "publish-raw-html-cited": translate(
            "Findings",
            "This {generator} site drops raw HTML, so the citations and References "
            "are written as plain Markdown (citations link to the References "
            "heading). To publish them as the preview shows them, {how}.",
        ),
        "publish-raw-html-dropped": translate(
            "Findings",
            "This {generator} site drops raw HTML, and the article has some (e.g. "
            "<sup> or <mark>): it is replaced with a comment. To keep it, {how}.",
        ),
        "publish-bad-section": translate(
            "Findings",
            "The section '{section}' must be a folder name inside the content folder.",
        ),
        "draft-not-writable": translate(
            "Findings",
            "The draft {path} cannot be updated ({reason}); Publish records where "
            "and when the article was published in it, so nothing was published. "
            "Make the file and its folder writable, or save the draft somewhere "
            "writable.",
        ),
        "draft-file-read-only": translate("Findings", "the file is read-only"),
        "draft-folder-read-only": translate("Findings", "its folder {folder} is read-only"),
        "link-outside": translate(
            "Findings",
            "'{reference}' points to {path}, outside {folders}; only files inside "
            "the article's folder or the site are published or exported; nothing "
            "was published.",
        ),
        "publish-unreadable-file": translate("Findings", "Cannot read {path}: {detail}."),
        "publish-stylesheet-outside": translate(
            "Findings",
            "The site stylesheet {path} is outside the site {site}; only files "
            "inside the site are published.",
        ),
        "publish-generator-config": translate(
            "Findings",
            "The site's configuration cannot be read: {detail}.",
        ),
        "publish-folder-read-only": translate(
            "Findings", "the folder {folder} is read-only (permission denied)"
        ),
        "publish-not-restored": translate(
            "Findings",
            "{reason}; could not restore {paths}",
            "why a publish failed, and the files it could not put back as they were",
        ),
        "slug-taken": translate(
            "Findings",
            "The slug '{slug}' is already used by {articles}; give the article another slug.",
        ),
        "escape-article-file": translate(
            "Findings",
            "The article file {path} would be written outside {folder} (through "
            "'..', an absolute path or a symbolic link); nothing was published.",
        ),
        "escape-copied-file": translate(
            "Findings",
            "The copied file {path} would be written outside {folder} (through "
            "'..', an absolute path or a symbolic link); nothing was published.",
        ),
        "escape-earlier-copy": translate(
            "Findings",
            "The earlier copy {path} would be written outside {folder} (through "
            "'..', an absolute path or a symbolic link); nothing was published.",
        ),
        "escape-published-file": translate(
            "Findings",
            "The published file {path} would be written outside {folder} (through "
            "'..', an absolute path or a symbolic link); nothing was published.",
        ),
        "unpublish-front-matter": translate(
            "Findings",
            "The front matter cannot be read: line {line}:{column}: {detail}.",
        ),
        "unpublish-never-published": translate(
            "Findings",
            "The article was never published: its front matter has no articleeditor_id.",
        ),
        "config-required-not-list": translate(
            "Findings",
            "publish.required in articleeditor.toml must be a list of names.",
        ),
        "config-types": translate(
            "Findings",
            'publish.types in articleeditor.toml must map field names to "string" or "list".',
        ),
        "declared-by-schema": translate("Findings", "the site's schema ({path})"),
        "declared-by-config": translate("Findings", "articleeditor.toml"),
        "field-required": translate("Findings", "{declared} requires '{key}': {hint}."),
        "hint-title": translate("Findings", "give the article a title in the Article panel"),
        "hint-summary": translate("Findings", "write a summary in the Article panel"),
        "hint-date": translate("Findings", "set the date in the Article panel"),
        "hint-updated": translate("Findings", "set the updated date in the Article panel"),
        "hint-authors": translate(
            "Findings",
            "add an author in the Article panel (or publish.default_author)",
        ),
        "hint-cover": translate("Findings", "choose a cover image in the Article panel"),
        "hint-tags": translate("Findings", "add a tag in the Tags panel"),
        "hint-categories": translate("Findings", "add a category in the Tags panel"),
        "hint-language": translate("Findings", "set the language in the Article panel"),
        "hint-field": translate("Findings", "add '{key}' to the article's front matter"),
        "publish-draft-flag": translate(
            "Findings",
            "The article is marked as a draft; the site may not show it.",
        ),
        "publish-future-date": translate(
            "Findings",
            "The article's date is in the future; the site may hide it.",
        ),
        "publish-timezone": translate(
            "Findings",
            "publish.timezone '{name}' is not a known time zone",
        ),
        "publish-citations-misplaced": translate(
            "Findings",
            "The citations found in the text do not match the rendered ones; publish "
            'with publish.body = "html" instead.',
        ),
        "index-front-matter": translate(
            "Findings",
            "line {line}, column {column}: {detail}",
            "a file whose front matter does not parse (the detail comes from the parser)",
        ),
        "name-taken": translate("Findings", "a file with this name already exists"),
        "name-unchanged": translate("Findings", "the article already has this name"),
        "task-rendering": translate(
            "Findings",
            "rendering",
            "the work a time limit stopped: '… took longer than 60 s and was stopped'",
        ),
        "text-not-utf8": translate(
            "Findings",
            "not valid UTF-8: byte 0x{byte} at line {line}, column {column} — save it as "
            "UTF-8 and try again",
        ),
        "text-utf32": translate(
            "Findings",
            "UTF-32 text is not supported — save it as UTF-8 and try again",
        ),
        "text-binary": translate(
            "Findings",
            "binary file (a NUL byte at line {line}, column {column}), not text",
        ),
        "text-not-valid": translate(
            "Findings",
            "not valid {encoding}: {detail} at byte {at}",
            "a file that does not decode (the detail comes from the decoder)",
        ),
        "file-missing": translate("Findings", "the file does not exist"),
        "file-is-folder": translate("Findings", "this is a folder, not a file"),
        "file-named-pipe": translate(
            "Findings",
            "a named pipe, not a regular file; only regular files are opened",
        ),
        "file-character-device": translate(
            "Findings",
            "a character device, not a regular file; only regular files are opened",
        ),
        "file-block-device": translate(
            "Findings",
            "a block device, not a regular file; only regular files are opened",
        ),
        "file-socket": translate(
            "Findings",
            "a socket, not a regular file; only regular files are opened",
        ),
        "file-special": translate(
            "Findings",
            "a special file, not a regular file; only regular files are opened",
        ),
        "file-unreadable": translate("Findings", "cannot be read: {detail}"),
        "permission-denied": translate("Findings", "permission denied"),
        "write-folder-read-only": translate("Findings", "the folder is read-only"),
        "write-disk-full": translate("Findings", "the disk is full"),
        "write-quota": translate("Findings", "the disk quota is exceeded"),
        "write-read-only-file-system": translate("Findings", "the file system is read-only"),
        "write-no-folder": translate("Findings", "the folder does not exist"),
        "write-not-a-folder": translate("Findings", "a part of the path is not a folder"),
        "write-folder-exists": translate("Findings", "a folder with that name exists"),
        "write-name-too-long": translate("Findings", "the file name is too long"),
        "write-io-error": translate("Findings", "the disk reported an input/output error"),
        "write-changed-on-disk": translate(
            "Findings", "another program changed the file since it was opened"
        ),
        "config-nested": translate("Findings", "nested too deeply"),
        "config-not-table": translate("Findings", "'{name}' must be a table ([{name}])"),
        "config-not-path": translate("Findings", "'{key}' must be a path string"),
        "config-outside-site": translate(
            "Findings",
            "{key} '{value}' resolves to {path}, outside the site folder {root} "
            "(through '..', an absolute path or a symbolic link); it must be inside the site",
        ),
        "config-content-folder": translate("Findings", "the content folder"),
        "config-generator": translate("Findings", "site.generator must be one of: {names}"),
        "config-content-dir": translate("Findings", "site.content_dir must be a path string"),
        "config-extension-configs": translate(
            "Findings", "markdown.extension_configs must hold one table per extension"
        ),
        "config-extensions": translate("Findings", "markdown.extensions must be a list of names"),
        "config-tag-style": translate("Findings", "tags.style must be keep, lower or slug"),
        "config-not-string": translate("Findings", "{key} must be a string"),
        "config-fields": translate("Findings", "publish.fields must map field names to strings"),
        "config-body": translate("Findings", "publish.body must be markdown or html"),
        "config-raw-html": translate("Findings", "publish.raw_html must be sanitize or keep"),
        "config-booleans": translate(
            "Findings", "publish.bundle and slug.lowercase must be true/false"
        ),
        "config-max-length": translate(
            "Findings", "slug.max_length must be a number from 8 to 200"
        ),
        "config-separator": translate("Findings", "slug.separator must be '-' or '_'"),
        "write-not-regular": translate(
            "Findings", "{target} is not a regular file (a device, pipe or folder)"
        ),
        "bibliography-not-list": translate("Findings", "expected a list of CSL items"),
        "bibliography-item-not-mapping": translate("Findings", "item {number} is not a mapping"),
        "bibliography-no-records": translate("Findings", "no {format} records found"),
        "bibliography-too-large": translate("Findings", "larger than {limit} MB"),
        "bibliography-not-utf8": translate(
            "Findings", "not UTF-8 text; export it as UTF-8 and try again"
        ),
        "bibliography-too-deep": translate("Findings", "nested more than {limit} levels deep"),
        "bibliography-json-not-list": translate(
            "Findings", "a CSL-JSON bibliography must be a list of items"
        ),
        "bibliography-format": translate("Findings", "unsupported bibliography format {suffix}"),
        "bibtex-field-without-equals": translate(
            "Findings",
            "@{key}: expected 'field = value' at {field}",
            "a BibTeX entry (its key) and the line with no '=' (its first word)",
        ),
        "bibtex-name": translate(
            "Findings",
            "@{key}: Cannot split the following name `{name}` into parts: {reason}",
            "a BibTeX entry (its key) and an author or editor name as written in it",
        ),
        "bibtex-name-too-many-commas": translate("Findings", "Too many commas"),
        "bibtex-name-unmatched-brace": translate("Findings", "Unmatched closing brace"),
        "bibtex-name-unterminated-brace": translate("Findings", "Unterminated opening brace"),
        "bibtex-name-trailing-comma": translate("Findings", "Trailing comma at end of name"),
        "bibtex-end-of-file": translate("Findings", "Unexpectedly reached end of file."),
        "bibtex-block-start": translate(
            "Findings",
            "Unexpected block start: `{mark}`. Was still looking for closing bracket",
            "a BibTeX entry that is not closed before the next one (@book…) starts",
        ),
        "bibtex-block-start-in-value": translate(
            "Findings",
            "Unexpected block start: `{mark}`. Was still looking for field-value closing "
            "`{closing}`",
            "a BibTeX field value that is not closed before the next entry (@book…) starts",
        ),
        "bibtex-block-start-after-value": translate(
            "Findings",
            "Unexpected block start: `{mark}`. Was still looking for field-value closing "
            "`,` or `{delimiter}`",
            "a BibTeX field value not followed by a comma before the next entry starts",
        ),
        "bibtex-key-without-equals": translate(
            "Findings",
            "Expected a `=` after entry key `{field}`, but found the end of the entry "
            "(`{delimiter}`).",
            "a BibTeX field name (as written) with no '=' and value after it",
        ),
        "bibtex-equals-expected": translate(
            "Findings",
            "Expected a `=` after entry key, but found `{mark}`.",
            "a BibTeX field name followed by a character other than '='",
        ),
        "bibtex-comma-or-end-expected": translate(
            "Findings",
            "Expected either a `,` or `{delimiter}` after a closed entry field value, but "
            "found a {mark} before.",
        ),
        "bibtex-comma-expected": translate(
            "Findings",
            "Expected comma after entry key, but found {mark}",
            "a BibTeX entry's citation key not followed by a comma",
        ),
        "bibtex-string-equals-expected": translate(
            "Findings",
            "Expected equals sign after field key, but found {mark}",
            "a BibTeX @string definition with no '='",
        ),
        "bibtex-duplicate-fields": translate(
            "Findings",
            "Duplicate field keys on entry: '{fields}'. Note: The entry (containing "
            "duplicates) is available as `failed_block.ignore_error_block`",
            "a BibTeX entry that has a field twice; the entry is not imported",
        ),
        "bibtex-duplicate-key": translate("Findings", "Duplicate entry key '{key}'"),
        "bibtex-unreadable-entry": translate("Findings", "unreadable entry"),
        "config-file-not-table": translate(
            "Findings",
            "does not hold a table of settings",
            "a site generator's configuration file (hugo.toml, _config.yml) that holds a "
            "list or a single value",
        ),
        "raw-html-hugo-toml": translate(
            "Findings",
            "add `unsafe = true` under `[markup.goldmark.renderer]` in {file}",
            "how to let Hugo keep raw HTML; the setting is written as in the file",
        ),
        "raw-html-hugo-json": translate(
            "Findings",
            'set "markup": {{"goldmark": {{"renderer": {{"unsafe": true}}}}}} in {file}',
            "how to let Hugo keep raw HTML; the setting is written as in the file",
        ),
        "raw-html-hugo-yaml": translate(
            "Findings",
            "set markup: goldmark: renderer: unsafe: true in {file}",
            "how to let Hugo keep raw HTML; the setting is written as in the file",
        ),
        "raw-html-jekyll": translate(
            "Findings",
            'add "UNSAFE" to the options under commonmark: in {file}',
            "how to let Jekyll's CommonMark keep raw HTML; the setting is written as in the file",
        ),
        "error-text": translate(
            "Findings",
            "{text}",
            "an error's own text, for errors that have no wording of their own",
        ),
        "file-problem": translate(
            "Findings",
            "{path}: {detail}",
            "a file and why it cannot be read (the detail comes from the system)",
        ),
        "file-too-large": translate("Findings", "{path}: {size} MB is larger than {limit} MB"),
        "bibliography": translate(
            "Findings",
            "{where}: {detail}",
            "a bibliography file and why it cannot be read (the detail comes from its parser)",
        ),
        "bibliography-line": translate(
            "Findings",
            "{where}:{line}: {detail}",
            "a bibliography file, the line, and why it cannot be read",
        ),
        "style-broken-file": translate(
            "Findings",
            "{path}: the CSL style has no <{element}> element",
        ),
    }
