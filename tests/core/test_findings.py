"""Findings keep the English the command line printed before they had codes.

Each case is a code, its values, and the sentence the check printed for them before findings
were data (copied from the f-strings they replaced). ``check``, ``check --json`` and the
publish reports print these strings, so a change here is a change of their output.
"""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from articleeditor.core.citeproc import BrokenStyleFile, UnknownStyle
from articleeditor.core.errors import (
    ArticleEditorError,
    FileFormatError,
    FileReadError,
    FileTooLarge,
    SaveError,
)
from articleeditor.core.findings import ENGLISH, Finding, placeholders
from articleeditor.core.references import BibliographyError

CASES: dict[str, tuple[dict[str, object], str]] = {
    "front-matter": (
        {"column": 5, "detail": "mapping values are not allowed here"},
        "the front matter does not parse (column 5): mapping values are not allowed here",
    ),
    "no-title": ({}, "the article has no title"),
    "no-date": ({}, "the article has no date"),
    "bad-date": (
        {"date": "14.10.2026"},
        "the date '14.10.2026' is not a date (write e.g. 2026-10-14 or 2026-10-14T09:30:00+02:00)",
    ),
    "no-summary": ({}, "the article has no summary"),
    "references-not-list": ({"key": "references"}, "'references' must be a list of references"),
    "reference-named": (
        {"name": "'smith2020'", "problem": "has no type (e.g. type: article-journal)"},
        "reference 'smith2020' has no type (e.g. type: article-journal)",
    ),
    "reference-numbered": (
        {"number": 3, "problem": "is not a mapping (id: ..., type: ..., title: ...)"},
        "reference 3 is not a mapping (id: ..., type: ..., title: ...)",
    ),
    "site-reference": (
        {
            "bibliography": "/s/refs.json",
            "name": "'x'",
            "problem": "needs an id that is a word, such as smith2020",
        },
        "/s/refs.json: reference 'x' needs an id that is a word, such as smith2020",
    ),
    "item-not-mapping": ({}, "is not a mapping (id: ..., type: ..., title: ...)"),
    "item-no-id": ({}, "needs an id that is a word, such as smith2020"),
    "item-no-type": ({}, "has no type (e.g. type: article-journal)"),
    "item-unknown-type": (
        {"type": "'journal'"},
        "has an unknown type 'journal' (e.g. article-journal, book, webpage)",
    ),
    "item-field": (
        {"field": "author", "problem": "has a name part that is not text"},
        "author has a name part that is not text",
    ),
    "field-names": ({}, "must be a list of names such as {family: Smith, given: Jane}"),
    "field-name-part": ({}, "has a name part that is not text"),
    "field-date-text": ({}, "must be a date such as 2020-05-01 or [[2020, 5]]"),
    "field-date": ({}, "must be a date such as [[2020, 5, 1]] or {date-parts: [[2020, 5, 1]]}"),
    "field-date-parts-missing": ({}, "needs date-parts (or a literal text)"),
    "field-date-parts": ({}, "date-parts must be a list of [year, month, day] lists of numbers"),
    "field-plain": ({}, "must be text or a number"),
    "style-not-name": (
        {"key": "citation-style", "type": "int"},
        "citation-style must be a style name, not int",
    ),
    "style-unknown": (
        {"name": "'mla'", "offered": "numeric, apa"},
        "Unknown citation style 'mla'; offered: numeric, apa",
    ),
    "undefined-citation": ({"key": "doe2021"}, "[@doe2021] is cited but not in the references"),
    "undefined-citation-more": (
        {"key": "a", "count": 332_990},
        "…and 332990 more citations of @a",
    ),
    "duplicate-key": ({"keys": "Smith, smith"}, "duplicate reference key: Smith, smith"),
    "shared-doi": ({"doi": "10.1/x", "keys": "a, b"}, "the same DOI 10.1/x is listed as a, b"),
    "uncited": ({"key": "lee2019"}, "lee2019 is never cited"),
    "typed-number": (
        {"text": "[1, 2]"},
        "[1, 2] looks like a hand-typed citation; cite with [@key] so the numbers stay right",
    ),
    "review-unresolved": ({"mark": 'insertion "new"'}, 'unresolved insertion "new"'),
    "review-unclosed": ({"opener": "{++"}, '"{++" is never closed'),
    "review-unresolved-more": ({"count": 3}, "…and 3 more unresolved suggestions"),
    "review-unclosed-more": ({"opener": "{++", "count": 5}, '…and 5 more "{++" never closed'),
    "typed-number-more": ({"text": "[1]", "count": 1_234}, "…and 1234 more hand-typed [1]"),
    "review-comments": (
        {"count": 2},
        "2 review comment(s) or highlight(s) will be left out when published",
    ),
    "mark-substitution": ({"old": "a", "new": "b"}, 'substitution "a" → "b"'),
    "mark-comment": ({"text": "why?"}, 'comment: "why?"'),
    "mark-comment-by": ({"author": "dana", "text": "why?"}, 'comment by @dana: "why?"'),
    "mark-insertion": ({"text": "x"}, 'insertion "x"'),
    "mark-deletion": ({"text": "x"}, 'deletion "x"'),
    "mark-highlight": ({"text": "x"}, 'highlight "x"'),
    "site-style": (
        {"path": "/s/articleeditor.toml", "problem": "Unknown citation style 'x'; offered: apa"},
        "/s/articleeditor.toml: citations.style: Unknown citation style 'x'; offered: apa",
    ),
    "site-extension-option": (
        {"path": "/s/articleeditor.toml", "option": "foo"},
        "/s/articleeditor.toml: markdown.extension_configs: an extension has no option foo",
    ),
    "site-extensions": (
        {"path": "/s/articleeditor.toml", "detail": "No module named 'x'"},
        "/s/articleeditor.toml: markdown.extensions: cannot be used (No module named 'x')",
    ),
    "slug-empty": ({}, "The slug is empty: give the article a title or a slug."),
    "slug-path": (
        {"slug": "a/b"},
        "The slug 'a/b' is not allowed: a slug names one file inside "
        "the site's content folder, so it cannot contain '/', '\\' or '..'.",
    ),
    "slug-too-long": ({"slug": "abc", "limit": 2}, "The slug 'abc' is longer than 2 characters."),
    "slug-characters": (
        {"slug": "a b", "separator": "-", "suggestion": "a-b"},
        "The slug 'a b' may hold only ASCII letters, digits and single '-' "
        "between words; try 'a-b'.",
    ),
    "slug-capitals": (
        {"slug": "Ab", "lower": "ab"},
        "The slug 'Ab' has capital letters; this site uses 'ab'.",
    ),
    "tag-hash": (
        {"tag": "#go", "bare": "go"},
        "The tag '#go' starts with '#', which breaks its link on the site; write 'go'.",
    ),
    "category-hash": (
        {"tag": "#go", "bare": "go"},
        "The category '#go' starts with '#', which breaks its link on the site; write 'go'.",
    ),
    "tag-empty-slug": (
        {"tag": "!!", "generator": "hugo"},
        "The tag '!!' gives an empty address "
        "on a hugo site, so its page cannot be built; use letters or digits.",
    ),
    "category-empty-slug": (
        {"tag": "!!", "generator": "hugo"},
        "The category '!!' gives an "
        "empty address on a hugo site, so its page cannot be built; use "
        "letters or digits.",
    ),
    "tag-variant": (
        {"tag": "Go", "existing": "go"},
        "The site already has the tag 'go'; 'Go' "
        "differs only in case, accents or spacing. Use 'go'.",
    ),
    "category-variant": (
        {"tag": "Go", "existing": "go"},
        "The site already has the category "
        "'go'; 'Go' differs only in case, accents or spacing. Use 'go'.",
    ),
    "tag-site-clash": (
        {"tag": "c++", "other": "c", "slug": "c", "generator": "jekyll"},
        "The tag 'c++' and the site's 'c' share one page (c) on a jekyll site, "
        "so their articles would be mixed.",
    ),
    "category-site-clash": (
        {"tag": "c++", "other": "c", "slug": "c", "generator": "jekyll"},
        "The category 'c++' and the site's 'c' share one page (c) on a "
        "jekyll site, so their articles would be mixed.",
    ),
    "tag-own-clash": (
        {"tag": "c++", "other": "c", "slug": "c", "generator": "jekyll"},
        "The tags 'c' and 'c++' share one page (c) on a jekyll site; keep one.",
    ),
    # The one sentence that changed: it was built as f"{kind}s" and printed "categorys".
    "category-own-clash": (
        {"tag": "c++", "other": "c", "slug": "c", "generator": "jekyll"},
        "The categories 'c' and 'c++' share one page (c) on a jekyll site; keep one.",
    ),
    "category-count": (
        {"generator": "Pelican", "limit": 1, "dropped": "'b', 'c'"},
        "Pelican keeps only 1 category per article; 'b', 'c' would be dropped.",
    ),
    "plan-sentence": ({"finding": "the article has no title"}, "The article has no title"),
    "plan-sentence-line": (
        {"finding": 'unresolved insertion "x"', "line": 7},
        'Unresolved insertion "x" (line 7)',
    ),
    "publish-pelican-html": ({}, 'publish.body = "html" is not supported for Pelican sites.'),
    "publish-into-draft": (
        {"path": "/s/content/a.md"},
        "The published file would be the draft "
        "itself (/s/content/a.md); keep drafts outside the folder the site "
        "publishes from, or set publish.section.",
    ),
    "publish-missing-link": (
        {"reference": "img/a.png"},
        "'img/a.png' is not a file next to the draft; its link is kept.",
    ),
    "publish-raw-html-keep": (
        {},
        'The site sets [publish] raw_html = "keep": raw HTML in the '
        "article is published as written, without the preview's "
        "allow-list (scripts and event handlers too).",
    ),
    "publish-raw-html-cited": (
        {"generator": "Hugo", "how": "set X in hugo.toml"},
        "This Hugo site drops raw HTML, so the citations and References "
        "are written as plain Markdown (citations link to the References "
        "heading). To publish them as the preview shows them, set X in "
        "hugo.toml.",
    ),
    "publish-raw-html-dropped": (
        {"generator": "Hugo", "how": "set X in hugo.toml"},
        "This Hugo site drops raw HTML, and the article has some (e.g. "
        "<sup> or <mark>): it is replaced with a comment. To keep it, "
        "set X in hugo.toml.",
    ),
    "publish-folder-target": (
        {"path": "content/a.md"},
        "content/a.md is a folder; nothing was published.",
    ),
    "publish-special-target": (
        {"path": "content/a.md"},
        "content/a.md is a named pipe, a device or a socket, not a regular file; nothing "
        "was published.",
    ),
    "publish-bad-section": (
        {"section": "../x"},
        "The section '../x' must be a folder name inside the content folder.",
    ),
    "draft-not-writable": (
        {"path": "/d/a.md", "reason": "the file is read-only"},
        "The draft /d/a.md cannot be updated (the file is read-only); Publish "
        "records where and when the article was published in it, so nothing "
        "was published. Make the file and its folder writable, or save the "
        "draft somewhere writable.",
    ),
    "draft-file-read-only": ({}, "the file is read-only"),
    "draft-folder-read-only": ({"folder": "/d"}, "its folder /d is read-only"),
    "link-outside": (
        {"reference": "../x.png", "path": "/x.png", "folders": "/d or /s"},
        "'../x.png' points to /x.png, outside /d or /s; only files inside the "
        "article's folder or the site are published or exported; nothing was "
        "published.",
    ),
    "publish-unreadable-file": (
        {"path": "/d/a.png", "detail": "Permission denied"},
        "Cannot read /d/a.png: Permission denied.",
    ),
    "publish-stylesheet-outside": (
        {"path": "/x.css", "site": "/s"},
        "The site stylesheet "
        "/x.css is outside the site /s; only files inside the site "
        "are published.",
    ),
    "publish-generator-config": (
        {"detail": "hugo.toml: bad"},
        "The site's configuration cannot be read: hugo.toml: bad.",
    ),
    "publish-folder-read-only": (
        {"folder": "/s/content/posts"},
        "the folder /s/content/posts is read-only (permission denied)",
    ),
    "publish-not-restored": (
        {"reason": "the disk is full", "paths": "/s/a.md, /s/b"},
        "the disk is full; could not restore /s/a.md, /s/b",
    ),
    "slug-taken": (
        {"slug": "a", "articles": "content/a.md"},
        "The slug 'a' is already used by content/a.md; give the article another slug.",
    ),
    "escape-article-file": (
        {"path": "/x/a.md", "folder": "/s/content"},
        "The article file /x/a.md would be written outside /s/content "
        "(through '..', an absolute path or a symbolic link); nothing was "
        "published.",
    ),
    "escape-copied-file": (
        {"path": "/x/a.png", "folder": "/s"},
        "The copied file /x/a.png would be written outside /s (through "
        "'..', an absolute path or a symbolic link); nothing was published.",
    ),
    "escape-earlier-copy": (
        {"path": "/x/a.md", "folder": "/s"},
        "The earlier copy /x/a.md would be written outside /s (through "
        "'..', an absolute path or a symbolic link); nothing was "
        "published.",
    ),
    "escape-published-file": (
        {"path": "/x/a.md", "folder": "/s"},
        "The published file /x/a.md would be written outside /s (through "
        "'..', an absolute path or a symbolic link); nothing was "
        "published.",
    ),
    "unpublish-front-matter": (
        {"line": 3, "column": 5, "detail": "bad"},
        "The front matter cannot be read: line 3:5: bad.",
    ),
    "unpublish-never-published": (
        {},
        "The article was never published: its front matter has no articleeditor_id.",
    ),
    "config-required-not-list": (
        {},
        "publish.required in articleeditor.toml must be a list of names.",
    ),
    "config-types": (
        {},
        'publish.types in articleeditor.toml must map field names to "string" or "list".',
    ),
    "declared-by-schema": (
        {"path": "src/content.config.ts"},
        "the site's schema (src/content.config.ts)",
    ),
    "declared-by-config": ({}, "articleeditor.toml"),
    "field-required": (
        {
            "declared": "articleeditor.toml",
            "key": "series",
            "hint": "add 'series' to the article's front matter",
        },
        "Articleeditor.toml requires 'series': add 'series' to the article's front matter.",
    ),
    "hint-title": ({}, "give the article a title in the Article panel"),
    "hint-summary": ({}, "write a summary in the Article panel"),
    "hint-date": ({}, "set the date in the Article panel"),
    "hint-updated": ({}, "set the updated date in the Article panel"),
    "hint-authors": ({}, "add an author in the Article panel (or publish.default_author)"),
    "hint-cover": ({}, "choose a cover image in the Article panel"),
    "hint-tags": ({}, "add a tag in the Tags panel"),
    "hint-categories": ({}, "add a category in the Tags panel"),
    "hint-language": ({}, "set the language in the Article panel"),
    "hint-field": ({"key": "series"}, "add 'series' to the article's front matter"),
    "publish-draft-flag": ({}, "The article is marked as a draft; the site may not show it."),
    "publish-future-date": ({}, "The article's date is in the future; the site may hide it."),
    "publish-timezone": (
        {"name": "Mars/Olympus"},
        "publish.timezone 'Mars/Olympus' is not a known time zone",
    ),
    "publish-citations-misplaced": (
        {},
        "The citations found in the text do not match the rendered ones; publish with "
        'publish.body = "html" instead.',
    ),
    "index-front-matter": (
        {"line": 3, "column": 5, "detail": "flow sequence"},
        "line 3, column 5: flow sequence",
    ),
    "name-taken": ({}, "a file with this name already exists"),
    "name-unchanged": ({}, "the article already has this name"),
    "task-rendering": ({}, "rendering"),
    # Copied from the f-strings of core.textfile and core.storage they replaced.
    "text-not-utf8": (
        {"byte": "E9", "line": 2, "column": 11},
        "not valid UTF-8: byte 0xE9 at line 2, column 11 — save it as UTF-8 and try again",
    ),
    "text-utf32": ({}, "UTF-32 text is not supported — save it as UTF-8 and try again"),
    "text-binary": (
        {"line": 1, "column": 1},
        "binary file (a NUL byte at line 1, column 1), not text",
    ),
    "text-not-valid": (
        {"encoding": "UTF-16-LE", "detail": "truncated data", "at": 8},
        "not valid UTF-16-LE: truncated data at byte 8",
    ),
    "file-missing": ({}, "the file does not exist"),
    "file-is-folder": ({}, "this is a folder, not a file"),
    "file-named-pipe": ({}, "a named pipe, not a regular file; only regular files are opened"),
    "file-character-device": (
        {},
        "a character device, not a regular file; only regular files are opened",
    ),
    "file-block-device": ({}, "a block device, not a regular file; only regular files are opened"),
    "file-socket": ({}, "a socket, not a regular file; only regular files are opened"),
    "file-special": ({}, "a special file, not a regular file; only regular files are opened"),
    "file-unreadable": ({"detail": "Too many levels"}, "cannot be read: Too many levels"),
    "permission-denied": ({}, "permission denied"),
    "write-folder-read-only": ({}, "the folder is read-only"),
    "write-disk-full": ({}, "the disk is full"),
    "write-quota": ({}, "the disk quota is exceeded"),
    "write-read-only-file-system": ({}, "the file system is read-only"),
    "write-no-folder": ({}, "the folder does not exist"),
    "write-not-a-folder": ({}, "a part of the path is not a folder"),
    "write-folder-exists": ({}, "a folder with that name exists"),
    "write-name-too-long": ({}, "the file name is too long"),
    "write-io-error": ({}, "the disk reported an input/output error"),
    "write-changed-on-disk": ({}, "another program changed the file since it was opened"),
    "config-nested": ({}, "nested too deeply"),
    "config-not-table": ({"name": "site"}, "'site' must be a table ([site])"),
    "config-not-path": ({"key": "site.css"}, "'site.css' must be a path string"),
    "config-outside-site": (
        {"key": "site.css", "value": "../x.css", "path": "/x.css", "root": "/s"},
        "site.css '../x.css' resolves to /x.css, outside the site folder /s "
        "(through '..', an absolute path or a symbolic link); it must be inside the site",
    ),
    "config-content-folder": ({}, "the content folder"),
    "config-generator": ({"names": "hugo, jekyll"}, "site.generator must be one of: hugo, jekyll"),
    "config-content-dir": ({}, "site.content_dir must be a path string"),
    "config-extension-configs": (
        {},
        "markdown.extension_configs must hold one table per extension",
    ),
    "config-extensions": ({}, "markdown.extensions must be a list of names"),
    "config-tag-style": ({}, "tags.style must be keep, lower or slug"),
    "config-not-string": ({"key": "publish.section"}, "publish.section must be a string"),
    "config-fields": ({}, "publish.fields must map field names to strings"),
    "config-body": ({}, "publish.body must be markdown or html"),
    "config-raw-html": ({}, "publish.raw_html must be sanitize or keep"),
    "config-booleans": ({}, "publish.bundle and slug.lowercase must be true/false"),
    "config-max-length": ({}, "slug.max_length must be a number from 8 to 200"),
    "config-separator": ({}, "slug.separator must be '-' or '_'"),
    "write-not-regular": (
        {"target": "/d/a.md"},
        "/d/a.md is not a regular file (a device, pipe or folder)",
    ),
    "bibliography-not-list": ({}, "expected a list of CSL items"),
    "bibliography-item-not-mapping": ({"number": 4}, "item 4 is not a mapping"),
    "bibliography-no-records": ({"format": "RIS"}, "no RIS records found"),
    "bibliography-too-large": ({"limit": 20}, "larger than 20 MB"),
    "bibliography-not-utf8": ({}, "not UTF-8 text; export it as UTF-8 and try again"),
    "bibliography-too-deep": ({"limit": 64}, "nested more than 64 levels deep"),
    "bibliography-json-not-list": ({}, "a CSL-JSON bibliography must be a list of items"),
    "bibliography-format": ({"suffix": "'.xyz'"}, "unsupported bibliography format '.xyz'"),
    # bibtexparser's sentences as the import printed them (core.bibtex_failures)
    "bibtex-field-without-equals": (
        {"key": "smith2020", "field": "'year'"},
        "@smith2020: expected 'field = value' at 'year'",
    ),
    "bibtex-name": (
        {"key": "c", "name": "Smith, J., Jr., X", "reason": "Too many commas"},
        "@c: Cannot split the following name `Smith, J., Jr., X` into parts: Too many commas",
    ),
    "bibtex-name-too-many-commas": ({}, "Too many commas"),
    "bibtex-name-unmatched-brace": ({}, "Unmatched closing brace"),
    "bibtex-name-unterminated-brace": ({}, "Unterminated opening brace"),
    "bibtex-name-trailing-comma": ({}, "Trailing comma at end of name"),
    "bibtex-end-of-file": ({}, "Unexpectedly reached end of file."),
    "bibtex-block-start": (
        {"mark": "@book"},
        "Unexpected block start: `@book`. Was still looking for closing bracket",
    ),
    "bibtex-block-start-in-value": (
        {"mark": "@book", "closing": '"'},
        'Unexpected block start: `@book`. Was still looking for field-value closing `"`',
    ),
    "bibtex-block-start-after-value": (
        {"mark": "@book", "delimiter": "}"},
        "Unexpected block start: `@book`. Was still looking for field-value closing `,` or `}`",
    ),
    "bibtex-key-without-equals": (
        {"field": "year 2020", "delimiter": "}"},
        "Expected a `=` after entry key `year 2020`, but found the end of the entry (`}`).",
    ),
    "bibtex-equals-expected": ({"mark": "{"}, "Expected a `=` after entry key, but found `{`."),
    "bibtex-comma-or-end-expected": (
        {"delimiter": "}", "mark": '"'},
        'Expected either a `,` or `}` after a closed entry field value, but found a " before.',
    ),
    "bibtex-comma-expected": ({"mark": "="}, "Expected comma after entry key, but found ="),
    "bibtex-string-equals-expected": (
        {"mark": "}"},
        "Expected equals sign after field key, but found }",
    ),
    "bibtex-duplicate-fields": (
        {"fields": "title"},
        "Duplicate field keys on entry: 'title'. Note: The entry (containing duplicates) is "
        "available as `failed_block.ignore_error_block`",
    ),
    "bibtex-duplicate-key": ({"key": "a"}, "Duplicate entry key 'a'"),
    "bibtex-unreadable-entry": ({}, "unreadable entry"),
    "config-file-not-table": ({}, "does not hold a table of settings"),
    "raw-html-hugo-toml": (
        {"file": "hugo.toml"},
        "add `unsafe = true` under `[markup.goldmark.renderer]` in hugo.toml",
    ),
    "raw-html-hugo-json": (
        {"file": "hugo.json"},
        'set "markup": {"goldmark": {"renderer": {"unsafe": true}}} in hugo.json',
    ),
    "raw-html-hugo-yaml": (
        {"file": "hugo.yaml"},
        "set markup: goldmark: renderer: unsafe: true in hugo.yaml",
    ),
    "raw-html-jekyll": (
        {"file": "_config.yml"},
        'add "UNSAFE" to the options under commonmark: in _config.yml',
    ),
    "error-text": ({"text": "something broke"}, "something broke"),
    "file-problem": (
        {"path": "/d/refs.bib", "detail": "permission denied"},
        "/d/refs.bib: permission denied",
    ),
    "file-too-large": (
        {"path": "/d/big.md", "size": "25.0", "limit": "20"},
        "/d/big.md: 25.0 MB is larger than 20 MB",
    ),
    "bibliography": (
        {"where": "/s/refs.xyz", "detail": "unsupported bibliography format '.xyz'"},
        "/s/refs.xyz: unsupported bibliography format '.xyz'",
    ),
    "bibliography-line": (
        {"where": "/s/refs.json", "line": 3, "detail": "Expecting value"},
        "/s/refs.json:3: Expecting value",
    ),
    "style-broken-file": (
        {"path": "/r/csl/apa.csl", "element": "citation"},
        "/r/csl/apa.csl: the CSL style has no <citation> element",
    ),
}


def test_every_code_has_a_case() -> None:
    assert set(CASES) == set(ENGLISH)


@pytest.mark.parametrize("code", sorted(CASES))
def test_english_is_what_was_printed(code: str) -> None:
    args, printed = CASES[code]
    finding = Finding(code, args)
    assert finding == printed
    assert (finding.code, dict(finding.args)) == (code, args)
    assert placeholders(ENGLISH[code]) == set(args)


def test_nested_finding_keeps_its_code_and_english() -> None:
    inner = Finding("item-no-type")
    outer = Finding("reference-named", {"name": "'a'", "problem": inner})
    assert outer == "reference 'a' has no type (e.g. type: article-journal)"
    assert outer.args["problem"].code == "item-no-type"


def test_finding_survives_pickling() -> None:
    # Reference checks and plans come back from worker processes.
    finding = Finding("plan-sentence-line", {"finding": Finding("no-title"), "line": 3})
    copy = pickle.loads(pickle.dumps(finding))
    assert copy == finding == "The article has no title (line 3)"
    assert copy.code == "plan-sentence-line"
    assert copy.args["finding"].code == "no-title"


# One error of each class that words itself as a finding, as core raises it.
ERRORS = [
    FileFormatError(Path("/d/a.md"), "binary data, not text"),
    FileFormatError(None, "binary data, not text"),
    FileReadError(Path("/d/a.md"), "permission denied"),
    FileReadError(None, "the file does not exist"),
    FileTooLarge(Path("/d/a.md"), 25_000_000, 20_000_000),
    BibliographyError(Path("/s/refs.json"), 3, "Expecting value"),
    BibliographyError(None, 0, "cannot be read: bad"),
    UnknownStyle("mla"),
    BrokenStyleFile(Path("/r/csl/apa.csl"), "citation"),
    SaveError(Path("/d/a.md"), "the disk is full"),  # no wording of its own: its text
]


@pytest.mark.parametrize("error", ERRORS, ids=lambda e: type(e).__name__)
def test_an_errors_finding_prints_as_the_error(error: ArticleEditorError) -> None:
    # Publish and tag plans list an error as its finding; the command line prints it.
    finding = error.finding()
    assert finding == str(error)
    assert pickle.loads(pickle.dumps(finding)).code == finding.code
