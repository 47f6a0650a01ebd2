"""``articleeditor tags``: list with counts, rename, merge and delete across a site."""

from __future__ import annotations

import json
import shutil

import pytest

from articleeditor.resources import sample_site_dir
from tests.e2e.test_cli import run_cli

SEMA = "content/posts/semaglutide-heart-outcomes.md"
CART = "content/posts/car-t-cells-liver-cancer.md"


@pytest.fixture
def site(tmp_path):
    target = tmp_path / "site"
    shutil.copytree(sample_site_dir(), target)
    return target


def test_lists_tags_with_counts_as_text_and_json(site):
    (site / "content" / "broken.md").write_text("---\ntags: [oops\n---\n")
    result = run_cli("tags", str(site))
    assert result.returncode == 0, result.stderr
    assert result.stderr.startswith(f"unreadable {site.resolve() / 'content' / 'broken.md'}: ")
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["ScienceNews", "3"] and len(lines) == 12
    result = run_cli("tags", str(site), "--json")
    rows = json.loads(result.stdout)
    assert rows[0] == {"name": "ScienceNews", "count": 3}
    assert {"name": "CARTcell", "count": 1} in rows
    cats = json.loads(run_cli("tags", str(site), "--json", "--categories").stdout)
    assert cats == [{"name": "ScienceNews", "count": 3}]


def test_rename_dry_run_changes_nothing_then_rename_changes_only_tags(site):
    before = (site / CART).read_bytes()
    result = run_cli("tags", "rename", "cart cell", "CAR-T", str(site), "--dry-run")
    assert result.returncode == 0, result.stderr
    assert "would change" in result.stdout and (site / CART).read_bytes() == before
    result = run_cli("tags", "rename", "CARTcell", "CAR-T", str(site))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("1 file(s) changed")
    assert (site / CART).read_bytes() == before.replace(b", CARTcell,", b", CAR-T,")


def test_merge_into_and_delete(site):
    result = run_cli("tags", "merge", "Obesity", "GLP1", "--into", "Metabolism", str(site))
    assert result.returncode == 0, result.stderr
    assert (
        "tags: [ScienceNews, Cardiology, Metabolism, ClinicalTrials]" in (site / SEMA).read_text()
    )
    result = run_cli("tags", "delete", "sciencenews", str(site))
    assert result.returncode == 0, result.stderr
    assert "3 file(s) changed" in result.stdout
    assert "categories: [ScienceNews]" in (site / SEMA).read_text()  # categories untouched
    assert "tags: [Cardiology, Metabolism, ClinicalTrials]" in (site / SEMA).read_text()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["rename", "NoSuchTag", "X"], "no article has the tag 'NoSuchTag'"),
        (["rename", "CARTcell", "  "], "the new name is empty"),
    ],
)
def test_errors_are_one_line_with_exit_code_1(site, args, message):
    before = (site / CART).read_bytes()
    result = run_cli("tags", *args, str(site))
    assert result.returncode == 1
    assert result.stderr.strip() == f"articleeditor: {message}"
    assert (site / CART).read_bytes() == before


def test_a_missing_site_is_an_error(tmp_path):
    result = run_cli("tags", str(tmp_path / "nope"))
    assert result.returncode == 1
    assert result.stderr.strip().endswith("nope: not a folder")


def test_a_file_saved_elsewhere_during_a_rename_is_skipped_with_exit_code_3(
    site, monkeypatch, capsys
):
    # In-process, so the other program's save can land exactly while the first file is written.
    from articleeditor import cli
    from articleeditor.core import bulk_tags

    real = bulk_tags.atomic_write
    theirs = (site / SEMA).read_bytes() + b"\nSaved by another program.\n"

    def save_elsewhere_first(path, data, **guard):
        if (site / SEMA).read_bytes() != theirs:
            (site / SEMA).write_bytes(theirs)
        real(path, data, **guard)

    monkeypatch.setattr(bulk_tags, "atomic_write", save_elsewhere_first)
    code = cli.main(["tags", "rename", "ScienceNews", "Science News", str(site)])
    out, err = capsys.readouterr()
    assert code == 3
    sema = (site / SEMA).resolve()
    assert (site / SEMA).read_bytes() == theirs
    assert err.splitlines() == [f"skipped {sema}: changed on disk since it was read; left as it is"]
    assert out.splitlines()[-1] == (
        f"2 file(s) changed, 1 skipped because they changed on disk: {sema}"
    )
    assert b"tags: [Science News" in (site / CART).read_bytes()


def test_edit_help_documents_the_partly_done_exit_code():
    result = run_cli("tags", "rename", "--help")
    assert result.returncode == 0
    assert "3 partly done" in " ".join(result.stdout.split())
