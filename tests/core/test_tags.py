"""Tag rules, and site-wide rename/merge/delete: lossless, undoable, never overwriting a file
another program saved after it was read."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from articleeditor.core import frontmatter, storage
from articleeditor.core.bulk_tags import (
    TermChange,
    apply_plan,
    change_text,
    plan_change,
    undo_change,
)
from articleeditor.core.errors import BulkEditError
from articleeditor.core.tags import canonical, complete, split_tag_input, styled, tag_key

COUNTS = {"CARTcell": 12, "CAR-T": 3, "Cardiology": 7, "HealthTech": 20, "Café Science": 2}


@pytest.mark.parametrize("typed", ["car-t", "CAR-T", "CAR T", "cart", " Car  T "])
def test_spellings_of_an_existing_tag_find_it(typed):
    assert tag_key(typed) == tag_key("CAR-T")
    assert canonical(typed, ["HealthTech", "CAR-T"], "slug") == "CAR-T"
    names = [name for name, _ in complete(typed, COUNTS)]
    assert names[:2] == ["CARTcell", "CAR-T"]  # both start with "cart"; most used first


def test_completion_ignores_accents_and_shows_counts():
    assert complete("cafe sci", COUNTS) == [("Café Science", 2)]
    # Prefix matches before inner matches, each by use count.
    assert [n for n, _ in complete("t", {"Tech": 1, "HealthTech": 9, "Trials": 4})] == [
        "Trials",
        "Tech",
        "HealthTech",
    ]
    assert complete("  ", COUNTS) == []


def test_pasted_hashtags_split_into_tags():
    assert split_tag_input("#HealthTech #CancerResearch #CARTcell") == [
        "HealthTech",
        "CancerResearch",
        "CARTcell",
    ]
    assert split_tag_input("a, b; c") == ["a", "b", "c"]


@pytest.mark.parametrize(
    ("style", "written"),
    [("keep", "Liver Cancer"), ("lower", "liver cancer"), ("slug", "liver-cancer")],
)
def test_new_tags_follow_the_site_style(style, written):
    assert styled("Liver  Cancer", style) == written
    assert canonical("Liver  Cancer", ["Other"], style) == written


def test_slug_style_drops_accents():
    assert styled("Café Science!", "slug") == "cafe-science"


def test_rename_merge_delete_keep_order_and_collapse_duplicates():
    rename = TermChange("tags", ("cart cell",), "CAR-T")
    assert rename.apply(["A", "CARTcell", "B"]) == ["A", "CAR-T", "B"]
    merge = TermChange("tags", ("Obesity", "GLP1"), "Metabolism")
    assert merge.apply(["GLP1", "X", "Obesity", "metabolism"]) == ["Metabolism", "X"]
    delete = TermChange("tags", ("X",), None)
    assert delete.apply(["X", "Y", "x"]) == ["Y"]
    assert delete.apply(["Y"]) == ["Y"]


def test_change_text_touches_only_the_tags_line():
    text = (
        "---\n# a comment\ntitle: 'Q'   # keep me\ntags:\n  - Alpha\n  - beta\n"
        "categories: [News]\n---\nBody #Alpha\n"
    )
    new = change_text(text, TermChange("tags", ("alpha",), "Gamma"))
    assert new.replace("Gamma", "Alpha") == text
    assert change_text(text, TermChange("tags", ("nothing",), "X")) is text
    cats = change_text(text, TermChange("categories", ("news",), "Science"))
    assert cats == text.replace("[News]", "[Science]")


def test_unnamed_terms_keep_their_type():
    text = "---\ntags: [2024, AI, true]\n---\n"
    assert change_text(text, TermChange("tags", ("ai",), "ML")) == (
        "---\ntags: [2024, ML, true]\n---\n"
    )


def test_a_single_category_string_stays_a_string():
    text = "---\ntitle: T\ncategory: News\n---\n"
    assert change_text(text, TermChange("categories", ("news",), "Science")) == (
        "---\ntitle: T\ncategory: Science\n---\n"
    )


def test_toml_and_json_front_matter_are_edited_in_place():
    toml = '+++\ntitle = "T"\ntags = ["a", "b"]\n+++\nBody\n'
    assert change_text(toml, TermChange("tags", ("a",), "c")) == toml.replace('"a"', '"c"')
    js = '{\n  "title": "T",\n  "tags": ["a", "b"]\n}\nBody\n'
    assert change_text(js, TermChange("tags", ("b",), None)) == js.replace(', "b"', "")


_tag = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=12
).filter(lambda t: tag_key(t) != "" and t.strip() == t)


@settings(max_examples=100, suppress_health_check=[HealthCheck.too_slow])
@given(tags=st.lists(_tag, max_size=8), flow=st.booleans())
def test_any_tag_list_survives_a_rename_of_an_unrelated_tag(tags, flow):
    text = frontmatter.set_field("---\ntitle: T\n---\nBody\n", "tags", tags)
    if flow:
        text = frontmatter.set_field(text, "tags", tags)
    unrelated = "Unrelated" + "Q" * 3
    if any(tag_key(t) == tag_key(unrelated) for t in tags):
        return
    assert change_text(text, TermChange("tags", (unrelated,), "Other")) is text
    if tags:
        renamed = change_text(text, TermChange("tags", (tags[0],), unrelated))
        after = frontmatter.parse(renamed).data["tags"]
        assert after[0] == unrelated
        assert [t for t in after[1:]] == [t for t in tags[1:] if tag_key(t) != tag_key(tags[0])]


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lists=st.lists(st.lists(_tag, max_size=6), min_size=1, max_size=5))
def test_a_site_survives_renaming_an_unrelated_tag_byte_for_byte(lists):
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for n, tags in enumerate(lists):
            text = frontmatter.set_field(f"---\ntitle: A{n} # c\n---\nBody\n", "tags", tags)
            paths.append(Path(folder) / f"{n}.md")
            paths[-1].write_bytes(text.encode("utf-8"))
        before = {p: p.read_bytes() for p in paths}
        unrelated = "ZzUnrelatedTag"
        if any(tag_key(t) == tag_key(unrelated) for tags in lists for t in tags):
            return
        plan = plan_change(paths, TermChange("tags", (unrelated,), "Other"))
        assert plan.edits == [] and plan.problems == []
        apply_plan(plan)
        assert {p: p.read_bytes() for p in paths} == before


# ----- across a generated site -------------------------------------------------------------


def make_site(root: Path, count: int = 12) -> list[Path]:
    paths = []
    for n in range(count):
        path = root / f"section{n % 3}" / f"a{n:02d}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        tags = ["Shared", f"Only{n}"] + (["car t"] if n % 2 else ["CARTcell"])
        newline = "\r\n" if n % 4 == 0 else "\n"
        text = (
            f"---\ntitle: Article {n}  # comment\ntags: [{', '.join(tags)}]\n"
            f"categories:\n  - News\n---\nBody mentions Shared {n}.\n"
        )
        path.write_bytes(text.replace("\n", newline).encode("utf-8"))
        paths.append(path)
    return paths


def test_rename_across_a_site_is_lossless_and_undoable(tmp_path):
    paths = make_site(tmp_path)
    before = {p: p.read_bytes() for p in paths}
    plan = plan_change(paths, TermChange("tags", ("CAR-T cells",), "CAR-T"))
    assert plan.edits == []  # "CAR-T cells" is another tag than "CARTcell"
    plan = plan_change(paths, TermChange("tags", ("CARTcell", "car t"), "CAR-T"))
    assert len(plan.edits) == len(paths) and not plan.problems
    applied = apply_plan(plan)
    assert applied.paths == [e.path for e in plan.edits] and applied.skipped == []
    for path in paths:
        new = path.read_bytes()
        old = before[path]
        assert b"\r\n" in new if b"\r\n" in old else b"\r\n" not in new
        assert new.replace(b"CAR-T", b"X") == old.replace(b"CARTcell", b"X").replace(b"car t", b"X")
    undone = undo_change(applied)
    assert undone.paths == applied.paths and undone.skipped == []
    assert {p: p.read_bytes() for p in paths} == before


def test_a_failure_midway_restores_the_files_already_written(tmp_path, monkeypatch):
    paths = make_site(tmp_path, 6)
    before = {p: p.read_bytes() for p in paths}
    plan = plan_change(paths, TermChange("tags", ("Shared",), "Common"))
    real = storage.atomic_write
    calls = []

    def failing(path, data, **guard):
        calls.append(path)
        if len(calls) == 4:  # the fourth file: the disk fills up
            raise storage.SaveError(Path(path), "the disk is full")
        real(path, data, **guard)

    monkeypatch.setattr("articleeditor.core.bulk_tags.atomic_write", failing)
    with pytest.raises(BulkEditError, match="the disk is full; stopped, no file was changed"):
        apply_plan(plan)
    # Three files were written, then put back (three more writes).
    assert len(calls) == 7
    assert {p: p.read_bytes() for p in paths} == before


def test_a_file_changed_after_planning_is_skipped_never_overwritten(tmp_path):
    paths = make_site(tmp_path, 4)
    plan = plan_change(paths, TermChange("tags", ("Shared",), "Common"))
    paths[2].write_text(paths[2].read_text() + "edited elsewhere\n")
    theirs = paths[2].read_bytes()
    applied = apply_plan(plan)
    assert applied.skipped == [paths[2]]
    assert sorted(applied.paths) == sorted([paths[0], paths[1], paths[3]])
    assert paths[2].read_bytes() == theirs
    assert all(b"Common" in p.read_bytes() for p in applied.paths)


def test_a_same_size_edit_with_its_mtime_put_back_is_still_seen(tmp_path):
    paths = make_site(tmp_path, 2)
    plan = plan_change(paths, TermChange("tags", ("Shared",), "Common"))
    st = paths[0].stat()
    theirs = paths[0].read_bytes().replace(b"Body", b"BODY")
    paths[0].write_bytes(theirs)
    os.utime(paths[0], ns=(st.st_atime_ns, st.st_mtime_ns))
    applied = apply_plan(plan)
    assert applied.skipped == [paths[0]] and applied.paths == [paths[1]]
    assert paths[0].read_bytes() == theirs


def test_a_save_during_the_apply_is_kept_the_file_skipped(tmp_path, monkeypatch):
    # Another program saves the third file while the first is being written, that is after
    # every file was checked once: only a check just before each replacement can see it.
    paths = make_site(tmp_path, 5)
    plan = plan_change(paths, TermChange("tags", ("Shared",), "Common"))
    real = storage.atomic_write
    theirs = paths[2].read_bytes() + b"saved by another program\n"

    def save_elsewhere_first(path, data, **guard):
        if not paths[2].read_bytes().endswith(b"program\n"):
            paths[2].write_bytes(theirs)
        real(path, data, **guard)

    monkeypatch.setattr("articleeditor.core.bulk_tags.atomic_write", save_elsewhere_first)
    applied = apply_plan(plan)
    assert applied.skipped == [paths[2]]
    assert paths[2].read_bytes() == theirs
    assert len(applied.paths) == 4 and all(b"Common" in p.read_bytes() for p in applied.paths)


def test_the_check_runs_after_the_new_bytes_are_written_just_before_the_rename(
    tmp_path, monkeypatch
):
    # A save landing while the new file is being written and synced (the slow part) is kept.
    paths = make_site(tmp_path, 1)
    plan = plan_change(paths, TermChange("tags", ("Shared",), "Common"))
    theirs = paths[0].read_bytes() + b"late save\n"
    real_fsync = os.fsync

    def save_during_fsync(fd):
        real_fsync(fd)
        if paths[0].read_bytes() != theirs:
            paths[0].write_bytes(theirs)

    monkeypatch.setattr(storage.os, "fsync", save_during_fsync)
    applied = apply_plan(plan)
    assert applied.skipped == paths and applied.paths == []
    assert paths[0].read_bytes() == theirs
    assert [p.name for p in tmp_path.rglob("*") if p.is_file()] == [paths[0].name]


def test_a_deleted_file_is_skipped_not_recreated(tmp_path):
    paths = make_site(tmp_path, 2)
    plan = plan_change(paths, TermChange("tags", ("Shared",), "Common"))
    paths[1].unlink()
    applied = apply_plan(plan)
    assert applied.skipped == [paths[1]] and not paths[1].exists()


def test_undo_skips_a_file_changed_since_and_restores_the_others(tmp_path):
    paths = make_site(tmp_path, 4)
    before = {p: p.read_bytes() for p in paths}
    applied = apply_plan(plan_change(paths, TermChange("tags", ("Shared",), None)))
    paths[1].write_text(paths[1].read_text() + "later edit\n")
    theirs = paths[1].read_bytes()
    undone = undo_change(applied)
    assert undone.skipped == [paths[1]]
    assert sorted(undone.paths) == sorted([paths[0], paths[2], paths[3]])
    assert paths[1].read_bytes() == theirs
    assert {p: p.read_bytes() for p in undone.paths} == {p: before[p] for p in undone.paths}


def test_a_failure_midway_never_puts_back_over_a_later_save(tmp_path, monkeypatch):
    # The first file is written, another program saves it, then the disk fills up: putting
    # the first file back would lose that save, so it is left, and the error says so.
    paths = make_site(tmp_path, 3)
    plan = plan_change(paths, TermChange("tags", ("Shared",), "Common"))
    real = storage.atomic_write
    calls = []
    theirs = b"---\ntags: [Mine]\n---\n"

    def failing(path, data, **guard):
        calls.append(path)
        if len(calls) == 2:
            paths[0].write_bytes(theirs)
            raise storage.SaveError(Path(path), "the disk is full")
        real(path, data, **guard)

    monkeypatch.setattr("articleeditor.core.bulk_tags.atomic_write", failing)
    with pytest.raises(BulkEditError, match="the disk is full; stopped, some files were changed"):
        apply_plan(plan)
    assert paths[0].read_bytes() == theirs


def test_broken_files_are_skipped_and_anchors_left_alone(tmp_path):
    broken = tmp_path / "broken.md"
    broken.write_text("---\ntags: [Shared\n---\n")
    anchored = tmp_path / "anchor.md"
    anchored.write_text("---\nkeywords: &k [Shared]\ntags: *k\n---\n")
    plan = plan_change([broken, anchored], TermChange("tags", ("Shared",), "X"))
    assert [(e.path, e.after) for e in plan.edits] == [
        (anchored, b"---\nkeywords: &k [Shared]\ntags: [X]\n---\n")
    ]
    assert plan.problems == []


def test_a_file_that_is_not_text_is_skipped_with_a_finding(tmp_path):
    binary = tmp_path / "image.md"
    binary.write_bytes(b"---\ntags: [Shared]\n---\n\x00\x01\x02" * 10)
    plan = plan_change([binary], TermChange("tags", ("Shared",), "X"))
    assert plan.edits == []
    ((path, reason),) = plan.problems
    # The window words it from its code; the command line prints what it printed before.
    assert path == binary and reason.code == "file-problem" and reason.args["path"] == binary
    assert reason.startswith(f"{binary}: ")
