"""Tag and category hazards, reported by `check` and in the publish plan, against the tags the
site's other articles already use."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from articleeditor.cli import main
from articleeditor.core.article import Article
from articleeditor.core.lint import lint_in_site, term_issues
from articleeditor.core.publish import plan_publish
from articleeditor.core.site import Generator, load_site

NOW = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)
DRAFT = """---
title: Liver cancer trial
date: 2026-10-14
summary: A trial.
categories: [Science, Health]
tags: ["#LiverCancer", CAR-T, "!!!"]
---

Text.
"""


def hugo_site(root: Path) -> Path:
    (root / "content/posts/older").mkdir(parents=True)
    (root / "hugo.toml").write_text('title = "t"\n', encoding="utf-8")
    (root / "content/posts/older/index.md").write_text(
        "---\ntitle: Older\ntags: [car-t, Immunology]\n---\nOld.\n", encoding="utf-8"
    )
    return root


def test_check_reports_each_hazard_on_the_tags_line(tmp_path, capsys):
    site = hugo_site(tmp_path / "site")
    draft = site / "content/posts/draft.md"
    draft.write_text(DRAFT, encoding="utf-8")
    main(["check", str(draft), "--site", str(site)])
    out = capsys.readouterr().out
    assert f"{draft}:6: warning: The tag '#LiverCancer' starts with '#'" in out
    assert "write 'LiverCancer'" in out
    assert "The site already has the tag 'car-t'; 'CAR-T' differs only in case" in out
    assert "The tag '!!!' gives an empty address on a hugo site" in out


def test_the_draft_own_tags_are_not_the_sites(tmp_path):
    site = hugo_site(tmp_path / "site")
    draft = site / "content/posts/draft.md"
    draft.write_text(DRAFT.replace("CAR-T", "Fresh").replace("car-t, ", ""), encoding="utf-8")
    issues = lint_in_site(draft.read_text("utf-8"), load_site(site), draft)
    assert not any(i.code == "tag-variant" for i in issues)


def test_publish_plan_warns_about_tags_before_writing(tmp_path):
    site = hugo_site(tmp_path / "site")
    draft = tmp_path / "draft.md"
    draft.write_text(DRAFT, encoding="utf-8")
    plan = plan_publish(Article.load(draft), load_site(site), now=NOW)
    codes = " ".join(plan.warnings)
    assert "starts with '#'" in codes and "'car-t'" in codes


def test_pelican_keeps_one_category():
    issues = term_issues(DRAFT, Generator.PELICAN, [], [])
    found = [i for i in issues if i.code == "category-count"]
    assert found and found[0].line == 5 and "'Health' would be dropped" in found[0].message
    assert not [i for i in term_issues(DRAFT, Generator.HUGO, [], []) if i.code == "category-count"]
