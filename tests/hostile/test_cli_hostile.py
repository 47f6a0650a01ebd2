"""Every CLI command over the hostile corpus, each in a subprocess with a time limit and (outside
Qt) a 2 GB address-space limit: no traceback, exit 0 or 1, no hang, no input byte changed."""

from __future__ import annotations

import pytest

from tests.hostile.corpus import file_cases, site_cases
from tests.hostile.runner import SCREENSHOT_CASES, run_corpus

# A few inputs that cover each kind of limit, run by default; the whole corpus is slow.
QUICK = ("alias-bomb", "impossible-date", "deep-json", "refs-no-type", "fifo", "site-symlink-loop")


def _check(kind: str, case) -> None:
    runs = run_corpus([(kind, case)], SCREENSHOT_CASES, workers=1)
    assert runs, "no command ran"
    failures = [f"{r.command}: {r.problem()}" for r in runs if r.problem()]
    assert not failures, "\n".join(failures)
    for run in runs:
        if run.returncode == 1:
            assert run.stderr.strip() or run.stdout.strip(), f"{run.command}: silent failure"


_ALL = [("file", c) for c in file_cases()] + [("site", c) for c in site_cases()]


@pytest.mark.parametrize(
    ("kind", "case"),
    [kc for kc in _ALL if kc[1].name in QUICK],
    ids=lambda value: getattr(value, "name", value),
)
def test_hostile_input_quick(kind, case):
    _check(kind, case)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("kind", "case"),
    [kc for kc in _ALL if kc[1].name not in QUICK],
    ids=lambda value: getattr(value, "name", value),
)
def test_hostile_input(kind, case):
    _check(kind, case)


def test_the_corpus_covers_every_kind_the_issue_names():
    names = {case.name for _, case in _ALL}
    for required in (
        "alias-bomb",
        "impossible-date",
        "month-13",
        "deep-json",
        "deep-yaml-flow",
        "deep-toml",
        "big-int-yaml",
        "huge-body-line",
        "fifo",
        "dev-zero-link",
        "dev-urandom-link",
        "symlink-loop",
        "name-too-long",
        "unreadable",
        "folder-named-md",
        "refs-no-type",
        "refs-id-list",
        "unknown-citation-style",
        "site-unknown-extension",
        "site-unknown-style",
        "site-symlink-loop",
        "site-fifo-at-target",
        "site-long-link",
        "bom-utf8",
        "latin1",
        "png",
        "empty",
        "slug-traversal",
        "unclosed-tags-1mb",
        "attr-list-headings-1mb",
        "heading-lines-90k",
        "backslashes-1mb",
        "emphasis-run-1mb",
        "bare-citations-1mb",
    ):
        assert required in names, required
