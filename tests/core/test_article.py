"""Articles: byte-exact round trips over a corpus of tricky files, metadata, saving."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from articleeditor.core import fields
from articleeditor.core.article import Article, Metadata
from articleeditor.core.errors import FrontMatterError
from articleeditor.core.textfile import encode
from tests.core.fmdiff import DELETED, assert_only_key_changed

CORPUS = Path(__file__).parent / "corpus"
FILES = sorted(p for p in CORPUS.iterdir() if p.suffix == ".md")
NEW_TITLE = "Neuer Titel: “quotes”, 'apostrophes' & 🚀"


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_load_then_save_is_byte_identical(path: Path, tmp_path: Path) -> None:
    article = Article.load(path)
    assert article.to_bytes() == path.read_bytes()
    assert not article.is_modified
    copy = tmp_path / path.name
    article.save(copy)
    assert copy.read_bytes() == path.read_bytes()


# Mixed line endings become the dominant one on the first edit, so only its text is compared.
MIXED = "mixed_newlines.md"


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_set_title_changes_only_title_lines(path: Path) -> None:
    article = Article.load(path)
    old = article.text
    assert article.front_matter.error is None
    key = fields.get_field(article.front_matter.data, fields.TITLE)[0] or "title"
    article.set_field("title", NEW_TITLE)
    assert article.is_modified
    assert_only_key_changed(old, article.text, key, NEW_TITLE)
    if path.name != MIXED:
        # Byte for byte: the file's bytes with the title's lines replaced, encoded as before.
        assert encode(old, article.format) == path.read_bytes()
        assert article.to_bytes() == encode(article.text, article.format)


def _top_level_keys() -> list[tuple[Path, str]]:
    return [
        (path, key)
        for path in FILES
        for key in Article.load(path).front_matter.data
        if isinstance(key, str)
    ]


@pytest.mark.parametrize(
    ("path", "key"), _top_level_keys(), ids=lambda v: v.name if isinstance(v, Path) else v
)
@pytest.mark.parametrize(
    "value", ["Changed value", ["one", "two"], None], ids=["text", "list", "delete"]
)
def test_any_field_edit_changes_only_that_field_bytes(path: Path, key: str, value: object) -> None:
    article = Article.load(path)
    old = article.text
    try:
        article.set_field(key, value)
    except FrontMatterError as error:
        # Refused (an anchor shared with an alias, a key inside a table): nothing changed.
        assert "can't be edited safely" in error.message
        assert article.text == old
        return
    assert_only_key_changed(old, article.text, key, DELETED if value is None else value)
    if path.name != MIXED:
        assert article.to_bytes() == encode(article.text, article.format)


def test_metadata_reads_aliases() -> None:
    meta = Article.load(CORPUS / "hugo_aliases.md").metadata
    assert meta.title == "Capitalised key"
    assert meta.summary == "An alias for summary"
    assert meta.updated == date(2024, 5, 2)
    assert meta.draft is True  # published: false
    assert meta.cover == "images/cover.jpg"
    assert meta.language == "de"
    assert meta.categories == ["Physik"]
    assert meta.authors == ["Max Planck"]
    assert meta.extra == {}


def test_metadata_dates_and_lists() -> None:
    meta = Article.load(CORPUS / "yaml_dates.md").metadata
    assert meta.date == datetime(2024, 5, 1, 9, 30, tzinfo=timezone(timedelta(hours=2)))
    assert meta.updated == date(2024, 6, 1)  # "updated" wins over "lastmod"; string parsed
    assert set(meta.extra) == {"lastmod", "published_on", "naive"}
    meta = Metadata.from_front_matter({"date": "2024-05-01T09:30:00Z", "updated": "soon"})
    assert meta.date == datetime(2024, 5, 1, 9, 30, tzinfo=UTC)
    assert meta.updated is None
    meta = Article.load(CORPUS / "yaml_lists.md").metadata
    assert meta.tags == ["physics", "quantum computing", "qubits"]
    assert meta.categories == ["News", "Research"]
    assert [r["id"] for r in meta.references] == ["doe2020", "roe2021"]
    assert meta.extra["keywords"] == ["one", "two"]


def test_set_field_uses_existing_alias() -> None:
    article = Article.load(CORPUS / "hugo_aliases.md")
    article.set_field("summary", "New summary")
    article.set_field("updated", date(2025, 1, 1))
    article.set_field("draft", False)
    data = article.front_matter.data
    assert data["description"] == "New summary"
    assert data["lastmod"] == date(2025, 1, 1)
    assert data["published"] is True
    assert "summary" not in data and "draft" not in data
    assert article.metadata.draft is False


def test_new_article_and_save(tmp_path: Path) -> None:
    article = Article.new()
    assert article.to_bytes() == b"" and not article.is_modified
    article.text = "Hello\n"
    article.set_field("title", "First")
    path = tmp_path / "first.md"
    article.save(path)
    assert path.read_bytes() == b"---\ntitle: First\n---\nHello\n"
    assert not article.is_modified
    assert not article.changed_on_disk()
    path.write_bytes(b"changed elsewhere")
    assert article.changed_on_disk()


def test_crlf_edit_keeps_crlf(tmp_path: Path) -> None:
    article = Article.load(CORPUS / "crlf.md")
    article.set_field("tags", ["c"])
    assert article.to_bytes() == (
        b"---\r\ntitle: Windows line endings\r\ntags:\r\n  - c\r\n---\r\n"
        b"Body line one.\r\nBody line two.\r\n"
    )


def test_broken_front_matter_is_not_edited() -> None:
    article = Article.from_bytes(b"---\ntitle: [\n---\nBody\n", Path("x.md"))
    assert article.front_matter.error is not None
    assert article.metadata.title == ""
    with pytest.raises(FrontMatterError):
        article.set_field("title", "x")


def test_save_without_path_is_a_programming_error() -> None:
    with pytest.raises(ValueError):
        Article.new().save()


def test_save_failure_keeps_article_modified(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from articleeditor.core import storage
    from articleeditor.core.errors import SaveError

    path = tmp_path / "a.md"
    path.write_bytes(b"old\n")
    article = Article.load(path)
    article.text = "new\n"

    def full(*args: object) -> None:
        raise OSError(28, os.strerror(28))

    monkeypatch.setattr(storage.os, "replace", full)
    with pytest.raises(SaveError):
        article.save()
    assert article.is_modified and path.read_bytes() == b"old\n"
