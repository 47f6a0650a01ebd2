"""The Site panel's article list: publish status, sort orders, filter, New and Rename."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from articleeditor.core.article import Article
from articleeditor.core.article_list import (
    CHANGE_GRACE_SECONDS,
    ArticleNameRefused,
    ArticleStatus,
    Column,
    create_article,
    filter_rows,
    matches,
    new_article_path,
    new_article_text_titled,
    rename_article,
    row_for,
    sort_rows,
)
from articleeditor.core.frontmatter import parse
from articleeditor.core.index import read_entry
from articleeditor.core.publish import publish
from articleeditor.core.publish_record import (
    NOT_PUBLISHED,
    PublishRecord,
    published_time,
    read_publish_record,
)
from articleeditor.core.site import load_site
from articleeditor.core.slug import SlugRules

NOW = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)


def write(path: Path, text: str, mtime: datetime | None = None) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    if mtime is not None:
        os.utime(path, (mtime.timestamp(), mtime.timestamp()))
    return path


def row(path: Path):
    return row_for(read_entry(path), read_publish_record(path))


# ----- status --------------------------------------------------------------------------------


def test_a_real_publish_makes_the_draft_published_and_a_later_save_makes_it_changed(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    (site / "articleeditor.toml").write_text('[site]\ngenerator = "hugo"\n')
    draft = write(
        tmp_path / "drafts" / "cells.md",
        "---\ntitle: Cells\ndate: 2026-10-14\ntags: [A, B]\n---\n\nBody.\n",
    )
    assert row(draft).status is ArticleStatus.DRAFT
    publish(Article.load(draft), load_site(site))  # stamps the real clock, as a writer would
    record = read_publish_record(draft)
    assert record.published and record.publish_path == "content/posts/cells/index.md"
    assert record.article_id
    assert row(draft).status is ArticleStatus.PUBLISHED
    stamped = record.published_at
    assert stamped is not None
    later = stamped + timedelta(seconds=CHANGE_GRACE_SECONDS + 5)
    Article.load(draft).save()  # a save right after publishing is the publish's own
    os.utime(draft, (stamped.timestamp() + 1, stamped.timestamp() + 1))
    assert row(draft).status is ArticleStatus.PUBLISHED
    os.utime(draft, (later.timestamp(), later.timestamp()))
    assert row(draft).status is ArticleStatus.CHANGED


@pytest.mark.parametrize(
    ("front", "seconds_after", "status"),
    [
        ("published_at: '2026-11-01T12:00:00+00:00'", 0, ArticleStatus.PUBLISHED),
        (
            "published_at: 2026-11-01T12:00:00+00:00",
            CHANGE_GRACE_SECONDS - 1,
            ArticleStatus.PUBLISHED,
        ),
        ("published_at: 2026-11-01T12:00:00Z", CHANGE_GRACE_SECONDS + 1, ArticleStatus.CHANGED),
        ("published_at: '2026-11-01T13:00:00+01:00'", 3600, ArticleStatus.CHANGED),
        ("published_at: not a time", 0, ArticleStatus.DRAFT),
        ("publish_path: content/x.md", 0, ArticleStatus.DRAFT),
        ("title: [broken", 0, ArticleStatus.UNREADABLE),
    ],
)
def test_status_rule(tmp_path, front, seconds_after, status):
    path = write(tmp_path / "a.md", f"---\n{front}\n---\n", NOW + timedelta(seconds=seconds_after))
    assert row(path).status is status


def test_toml_front_matter_and_a_record_past_the_head(tmp_path):
    toml = write(
        tmp_path / "t.md", '+++\ntitle = "T"\npublished_at = "2026-11-01T12:00:00Z"\n+++\n', NOW
    )
    assert row(toml).status is ArticleStatus.PUBLISHED
    long_refs = "references:\n" + "".join(
        f"  - id: r{i}\n    title: {'x' * 60}\n" for i in range(2000)
    )
    big = write(
        tmp_path / "big.md",
        f"---\ntitle: Big\n{long_refs}published_at: 2026-11-01T12:00:00Z\n---\n",
        NOW,
    )
    assert big.stat().st_size > 65536
    assert read_publish_record(big).published_at == NOW


def test_published_time_reads_every_form():
    assert published_time("2026-11-01T12:00:00+00:00") == NOW
    assert published_time(NOW.replace(tzinfo=None)).tzinfo is not None
    assert published_time(datetime(2026, 11, 1).date()).hour == 23
    assert published_time(3) is None and published_time("soon") is None


def test_missing_and_binary_files_read_as_never_published(tmp_path):
    assert read_publish_record(tmp_path / "gone.md") is NOT_PUBLISHED
    (tmp_path / "bin.md").write_bytes(b"\xff\xfe\x00published_at\x00" * 10)
    assert read_publish_record(tmp_path / "bin.md") == PublishRecord()


# ----- rows, sorting, filtering ----------------------------------------------------------------


@pytest.fixture
def rows(tmp_path):
    write(tmp_path / "b.md", "---\ntitle: Zebra study\ndate: 2026-01-05\ntags: [Biology]\n---\n")
    write(
        tmp_path / "a.md",
        "---\ntitle: Étude des cellules\ndate: 2026-03-01T10:00:00+02:00\n"
        "tags: [Cells, Biology, Français]\npublished_at: '2020-01-01T00:00:00Z'\n---\n",
    )
    write(tmp_path / "c.md", "---\ntitle: apple orchards\ntags: []\n---\n")
    write(tmp_path / "no-title.md", "Just text.\n")
    return [row(p) for p in sorted(tmp_path.glob("*.md"))]


def titles(rows):
    return [r.title for r in rows]


def test_rows_take_the_file_name_when_there_is_no_title(rows):
    assert "no-title" in titles(rows)
    by_title = {r.title: r for r in rows}
    assert by_title["Étude des cellules"].tag_count == 3
    assert by_title["Étude des cellules"].status is ArticleStatus.CHANGED


def test_sort_by_each_column(rows):
    assert titles(sort_rows(rows, Column.TITLE)) == [
        "apple orchards",
        "Étude des cellules",
        "no-title",
        "Zebra study",
    ]
    assert titles(sort_rows(rows, Column.TITLE, descending=True))[0] == "Zebra study"
    # Dated first (oldest first), undated after, by title.
    assert titles(sort_rows(rows, Column.DATE)) == [
        "Zebra study",
        "Étude des cellules",
        "apple orchards",
        "no-title",
    ]
    assert titles(sort_rows(rows, Column.STATUS))[0] == "Étude des cellules"  # changed first
    assert titles(sort_rows(rows, Column.TAGS, descending=True))[:2] == [
        "Étude des cellules",
        "Zebra study",
    ]


def test_dates_with_offsets_compare_in_utc(tmp_path):
    write(tmp_path / "x.md", "---\ntitle: X\ndate: 2026-01-01T10:00:00+05:00\n---\n")
    write(tmp_path / "y.md", "---\ntitle: Y\ndate: 2026-01-01T06:00:00+00:00\n---\n")
    listed = [row(p) for p in sorted(tmp_path.glob("*.md"))]
    assert titles(sort_rows(listed, Column.DATE)) == ["X", "Y"]


def test_filter_by_title_tag_and_file_name_ignoring_case_and_accents(rows):
    assert titles(filter_rows(rows, "etude")) == ["Étude des cellules"]
    assert titles(filter_rows(rows, "BIOLOGY")) == ["Étude des cellules", "Zebra study"]
    assert titles(filter_rows(rows, "biology zebra")) == ["Zebra study"]
    assert titles(filter_rows(rows, "francais")) == ["Étude des cellules"]
    assert titles(filter_rows(rows, "no-title.md")) == ["no-title"]
    assert filter_rows(rows, "  ") == rows
    assert filter_rows(rows, "nothing-like-this") == []


@given(st.text(max_size=12))
def test_filtering_keeps_order_and_only_matching_rows(query):
    sample = [
        row_for(_entry(f"/s/{n}.md", title, tags))
        for n, (title, tags) in enumerate(
            [("Alpha", ["x"]), ("beta", ["Y", "z"]), ("Ça va", []), ("", ["ÉTÉ"])]
        )
    ]
    kept = filter_rows(sample, query)
    assert kept == [r for r in sample if matches(r, query)]
    assert all(matches(r, query) for r in kept)
    dropped = [r for r in sample if r not in kept]
    assert all(not matches(r, query) for r in dropped)
    if not query.split():
        assert kept == sample


@given(
    st.lists(
        st.tuples(
            st.text(max_size=8),
            st.sampled_from(["", "2026-01-02", "2025-12-31"]),
            st.integers(0, 4),
        ),
        max_size=8,
    ),
    st.sampled_from(list(Column)),
    st.booleans(),
)
def test_sorting_is_a_permutation_in_the_asked_order(spec, column, descending):
    from articleeditor.core.article_list import sort_key

    listed = [row_for(_entry(f"/s/{i}.md", t, ["t"] * n, d)) for i, (t, d, n) in enumerate(spec)]
    ordered = sort_rows(listed, column, descending)
    assert sorted(map(str, (r.path for r in ordered))) == sorted(str(r.path) for r in listed)
    keys = [sort_key(r, column) for r in ordered]
    assert keys == sorted(keys, reverse=descending)


def _entry(path: str, title: str, tags: list[str], date: str = ""):
    from articleeditor.core.index_entry import ArticleEntry

    return ArticleEntry(path, 1, 1, title=title, date=date, tags=tags)


# ----- New and Rename --------------------------------------------------------------------------


def test_new_article_gets_a_slug_name_and_its_title(tmp_path):
    site = load_site(
        write(
            tmp_path / "articleeditor.toml",
            '[site]\ngenerator = "plain"\n[slug]\nseparator = "_"\n',
        ).parent
    )
    path = create_article(tmp_path / "content", 'Über "fast" cells: a study', site)
    assert path == tmp_path / "content" / "uber_fast_cells_a_study.md"
    front = parse(path.read_text(encoding="utf-8"))
    assert front.error is None and front.data["title"] == 'Über "fast" cells: a study'
    with pytest.raises(ArticleNameRefused, match="already exists"):
        create_article(tmp_path / "content", "Über fast cells, a study", site)
    with pytest.raises(ArticleNameRefused, match="slug is empty"):
        new_article_path(tmp_path, "???", SlugRules())


def test_titled_text_keeps_the_template_when_the_title_fits():
    text = new_article_text_titled(None, "Plain title")
    assert parse(text).data["title"] == "Plain title"


def test_rename_moves_the_file_and_refuses_to_overwrite(tmp_path):
    old = write(tmp_path / "old.md", "old text")
    other = write(tmp_path / "taken.md", "other text")
    with pytest.raises(ArticleNameRefused, match="already exists"):
        rename_article(old, "taken", SlugRules())
    assert old.read_text() == "old text" and other.read_text() == "other text"
    with pytest.raises(ArticleNameRefused, match="not allowed"):
        rename_article(old, "../escape", SlugRules())
    with pytest.raises(ArticleNameRefused, match="capital"):
        rename_article(old, "New", SlugRules())
    with pytest.raises(ArticleNameRefused, match="already has this name"):
        rename_article(old, "old", SlugRules())
    new = rename_article(old, "fresh-name", SlugRules())
    assert new == tmp_path / "fresh-name.md" and new.read_text() == "old text"
    assert not old.exists()


def test_rename_without_hard_links_still_refuses_to_overwrite(tmp_path, monkeypatch):
    import errno

    def no_links(*_args, **_kwargs):
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_links)
    old = write(tmp_path / "old.md", "old text")
    assert rename_article(old, "moved", SlugRules()).read_text() == "old text"


_VALUES = st.sampled_from(
    [
        "2026-11-01T12:00:00+00:00",
        "'2026-11-01T12:00:00+02:00'",
        '"2026-11-01"',
        "2026-11-01",
        "abc123",
        "42",
        "[a, b]",
        "{x: 1}",
        "",
        "'content/posts/x/index.md'",
        "null",
    ]
)


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["published_at", "publish_path", "articleeditor_id", "title", "tags"]),
            _VALUES,
        ),
        max_size=6,
    ),
    st.booleans(),
)
def test_the_quick_read_agrees_with_the_full_parse(tmp_path_factory, pairs, references):
    from articleeditor.core.publish_record import record_from_front_matter

    lines = [f"{key}: {value}" for key, value in dict(pairs).items()]
    if references:
        lines.insert(0, "references:\n  - id: a\n    title: 'T: x'")
    text = "---\n" + "\n".join(lines) + "\n---\nBody published_at\n"
    path = tmp_path_factory.mktemp("quick") / "a.md"
    path.write_text(text, encoding="utf-8")
    front = parse(text)
    expected = record_from_front_matter(front.data) if front.error is None else NOT_PUBLISHED
    assert read_publish_record(path) == expected
