"""``articleeditor publish`` and ``articleeditor check`` as a user runs them (in-process)."""

from __future__ import annotations

from pathlib import Path

import pytest

from articleeditor.cli import main

DRAFT = """---
title: Liver cancer trial
date: 2026-10-14
summary: A trial.
references:
  - {id: shi2020, type: article-journal, title: CAR-GPC3 T cells, issued: {date-parts: [[2020]]}}
---

Cells [@shi2020].
"""


@pytest.fixture
def files(tmp_path) -> tuple[Path, Path]:
    site = tmp_path / "site"
    site.mkdir()
    (site / "hugo.toml").write_text('title = "t"\n', encoding="utf-8")
    draft = tmp_path / "draft.md"
    draft.write_text(DRAFT, encoding="utf-8")
    return draft, site


def test_publish_dry_run_lists_files_and_writes_nothing(files, capsys):
    draft, site = files
    assert main(["publish", str(draft), str(site), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "would write: content/posts/liver-cancer-trial/index.md" in out
    assert not (site / "content").exists()
    assert draft.read_text(encoding="utf-8") == DRAFT


def test_publish_writes_and_records_in_the_draft(files, capsys):
    draft, site = files
    assert main(["publish", str(draft), str(site)]) == 0
    assert (site / "content/posts/liver-cancer-trial/index.md").is_file()
    assert "publish_path: content/posts/liver-cancer-trial/index.md" in draft.read_text("utf-8")
    assert "published " in capsys.readouterr().out
    # a second publish of the same text writes nothing and says so
    assert main(["publish", str(draft), str(site)]) == 0
    out = capsys.readouterr().out
    assert "unchanged: content/posts/liver-cancer-trial/index.md" in out
    assert "the site is up to date" in out
    # an edited one replaces its own file without asking
    draft.write_text(draft.read_text("utf-8").replace("Cells", "T cells"), "utf-8")
    assert main(["publish", str(draft), str(site)]) == 0
    assert "replaced: content/posts" in capsys.readouterr().out


def test_dry_run_shows_a_diff_of_each_replaced_file(files, capsys):
    draft, site = files
    assert main(["publish", str(draft), str(site)]) == 0
    draft.write_text(draft.read_text("utf-8").replace("Cells [", "Engineered cells ["), "utf-8")
    capsys.readouterr()
    assert main(["publish", str(draft), str(site), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "would replace: content/posts/liver-cancer-trial/index.md" in out
    assert "--- a/content/posts/liver-cancer-trial/index.md" in out
    # (this site drops raw HTML: the citation is written as Markdown)
    assert "\n-Cells \\[[1](#references)\\]" in out
    assert "\n+Engineered cells \\[[1](#references)\\]" in out


def test_warnings_come_in_the_plan_before_the_result(files, capsys):
    draft, site = files
    draft.write_text(DRAFT.replace("summary:", "draft: true\nsummary:"), encoding="utf-8")
    assert main(["publish", str(draft), str(site)]) == 0
    out = capsys.readouterr().out
    assert out.index("warning: The article is marked as a draft") < out.index("published ")


def test_publish_and_unpublish_json(files, capsys):
    import json

    draft, site = files
    assert main(["publish", str(draft), str(site), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["action"] == "publish" and data["written"] is True
    assert data["files"] == [
        {"path": "content/posts/liver-cancer-trial/index.md", "action": "write", "diff": None}
    ]
    assert main(["unpublish", str(draft), str(site), "--json", "--dry-run"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["dry_run"] is True and data["files"] == [
        {"path": "content/posts/liver-cancer-trial/index.md", "action": "remove", "diff": None}
    ]
    assert (site / "content/posts/liver-cancer-trial/index.md").is_file()
    assert main(["unpublish", str(draft), str(site)]) == 0
    assert "removed: content/posts/liver-cancer-trial/index.md" in capsys.readouterr().out
    assert not (site / "content/posts/liver-cancer-trial").exists()
    assert "publish_path" not in draft.read_text("utf-8")


def test_unpublish_of_a_never_published_draft_fails(files, capsys):
    draft, site = files
    assert main(["unpublish", str(draft), str(site)]) == 1
    assert "never published" in capsys.readouterr().err
    assert main(["unpublish", str(draft), str(site), "--json"]) == 1
    assert "never published" in json_error(capsys.readouterr().out)


def json_error(out: str) -> str:
    import json

    return json.loads(out)["error"]


def test_publish_conflict_needs_force(files, capsys):
    draft, site = files
    target = site / "content/posts/liver-cancer-trial/index.md"
    target.parent.mkdir(parents=True)
    target.write_text("---\ntitle: Hand-written\n---\n", encoding="utf-8")
    assert main(["publish", str(draft), str(site)]) == 1
    err = capsys.readouterr().err
    assert "Hand-written" in err and "--force" in err
    assert main(["publish", str(draft), str(site), "--force"]) == 0
    assert "Liver cancer trial" in target.read_text(encoding="utf-8")


def test_publish_refuses_a_parent_folder_slug(files, capsys):
    draft, site = files
    draft.write_text(DRAFT.replace("summary:", "slug: ../../etc\nsummary:"), encoding="utf-8")
    assert main(["publish", str(draft), str(site)]) == 1
    assert "'../../etc' is not allowed" in capsys.readouterr().err
    assert not (site / "content").exists()


def test_check_reports_lines_and_exit_code(files, capsys):
    draft, site = files
    assert main(["check", str(draft), "--site", str(site)]) == 0
    assert "no problems found" in capsys.readouterr().out
    draft.write_text(DRAFT.replace("date: 2026-10-14\n", "") + "More [@missing].\n", "utf-8")
    assert main(["check", str(draft)]) == 1
    out = capsys.readouterr().out
    assert "error: the article has no date" in out
    assert f"{draft}:9: error: [@missing] is cited but not in the references" in out
