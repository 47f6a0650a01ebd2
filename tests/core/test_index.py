"""The site index: scanning (broken files included), the cache, and keeping it current."""

from __future__ import annotations

import json
import os
from pathlib import Path

from articleeditor.core.index import CACHE_VERSION, CATEGORIES, HEAD_BYTES, SiteIndex


def write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return path


def article(title: str, tags: list[str], categories=("News",), date="2026-01-02") -> str:
    return (
        f"---\ntitle: {title}\ndate: {date}\ntags: [{', '.join(tags)}]\n"
        f"categories: [{', '.join(categories)}]\n---\nBody\n"
    )


def test_scan_reads_every_article_and_lists_broken_ones(tmp_path):
    write(tmp_path / "a.md", article("A", ["CAR-T", "Liver"]))
    write(tmp_path / "deep" / "b.markdown", article("B", ["car t", "Heart"], date="2026-03-01"))
    write(tmp_path / "c.md", '+++\ntitle = "C"\ntags = ["Heart"]\ndraft = true\n+++\n')
    write(tmp_path / "broken.md", "---\ntitle: [unclosed\ntags: [x]\n---\nBody\n")
    write(tmp_path / "binary.md", b"\x00\x01\x02")
    write(tmp_path / "latin1.md", "---\ntitle: caf\xe9\n---\n".encode("latin-1"))
    write(tmp_path / "notes.txt", article("ignored", ["Ignored"]))
    write(tmp_path / ".hidden" / "d.md", article("D", ["Hidden"]))
    index = SiteIndex(tmp_path).scan()
    assert len(index) == 6
    # "CAR-T" and "car t" are one tag in two spellings, counted once, most used first.
    assert list(index.counts().items()) == [("CAR-T", 2), ("Heart", 2), ("Liver", 1)]
    c = index.entries[str(tmp_path / "c.md")]
    assert (c.title, c.draft, c.tags) == ("C", True, ["Heart"])
    broken = {Path(e.path).name: e.error for e in index.broken()}
    assert set(broken) == {"broken.md", "binary.md", "latin1.md"}
    assert broken["broken.md"].startswith("line 3, column 5: ")
    assert "binary" in broken["binary.md"] and "UTF-8" in broken["latin1.md"]
    assert [Path(e.path).name for e in index.articles_with("CAR-T")] == ["b.markdown", "a.md"]
    assert index.counts(CATEGORIES) == {"News": 2}


def test_fields_are_read_through_their_aliases(tmp_path):
    write(tmp_path / "j.md", "---\nTitle: J\npublished: false\ncategory: News\ntags: one\n---\n")
    write(tmp_path / "k.md", "---\ntitle: K\ndraft: 'yes'\ndate: 2026-05-06T07:08:09Z\n---\n")
    index = SiteIndex(tmp_path).scan()
    j, k = (index.entries[str(tmp_path / n)] for n in ("j.md", "k.md"))
    assert (j.title, j.draft, j.categories, j.tags) == ("J", True, ["News"], ["one"])
    assert (k.draft, k.date) == (True, "2026-05-06T07:08:09+00:00")


def test_front_matter_longer_than_the_head_is_read_whole(tmp_path):
    filler = "".join(f"  - item {n} with some words in it\n" for n in range(HEAD_BYTES // 30))
    write(tmp_path / "long.md", f"---\nnotes:\n{filler}tags: [Late]\n---\nBody\n")
    index = SiteIndex(tmp_path).scan()
    assert index.entries[str(tmp_path / "long.md")].tags == ["Late"]
    assert index.broken() == []


def test_reopen_uses_the_cache_and_notices_changes(tmp_path):
    site, cache = tmp_path / "site", tmp_path / "cache"
    a = write(site / "a.md", article("A", ["One"]))
    write(site / "b.md", article("B", ["Two"]))
    first = SiteIndex(site, cache).scan()
    assert first.reused == 0 and first.cache_path.is_file()
    again = SiteIndex(site, cache).scan()
    assert again.reused == 2 and again.counts() == first.counts()
    # A changed size (or time) invalidates that one entry; a deleted file drops out.
    write(a, article("A", ["One", "Three"]))
    (site / "b.md").unlink()
    third = SiteIndex(site, cache).scan()
    assert third.reused == 0 and third.counts() == {"One": 1, "Three": 1}


def test_a_damaged_cache_is_rebuilt(tmp_path):
    site, cache = tmp_path / "site", tmp_path / "cache"
    write(site / "a.md", article("A", ["One"]))
    index = SiteIndex(site, cache).scan()
    index.cache_path.write_text("{not json")
    assert SiteIndex(site, cache).scan().counts() == {"One": 1}
    index.cache_path.write_text(
        json.dumps(
            {"version": CACHE_VERSION, "root": str(site.resolve()), "entries": [{"bogus": 1}]}
        )
    )
    assert SiteIndex(site, cache).scan().counts() == {"One": 1}


def test_a_broken_files_error_keeps_its_finding_through_the_cache(tmp_path):
    # The Site and Tags panels word it in the interface language, from the cache too.
    site, cache = tmp_path / "site", tmp_path / "cache"
    write(site / "broken.md", "---\ntitle: [unclosed\ntags: [x]\n---\nBody\n")
    write(site / "binary.md", b"\x00\x01\x02")
    SiteIndex(site, cache).scan().save_cache()
    again = SiteIndex(site, cache).scan()
    assert again.reused == 2
    problems = {Path(e.path).name: e.problem for e in again.broken()}
    assert problems["broken.md"].code == "index-front-matter"
    assert problems["broken.md"].args["line"] == 3
    assert problems["broken.md"] == again.entries[str(site / "broken.md")].error
    assert problems["binary.md"].code == "file-problem"
    assert problems["binary.md"].startswith(f"{site / 'binary.md'}: ")
    assert problems["binary.md"].args["detail"].code == "text-binary"  # why, worded too
    # A cache edited by hand, its values no longer those of the code: the text is shown.
    entry = again.entries[str(site / "broken.md")]
    entry.error_args = {"line": 3}
    assert entry.problem == entry.error and not hasattr(entry.problem, "code")


def test_update_and_remove_file_keep_the_index_current(tmp_path):
    a = write(tmp_path / "a.md", article("A", ["One"]))
    index = SiteIndex(tmp_path).scan()
    write(a, article("A", ["One", "Two"]))
    index.update_file(a)
    assert index.counts() == {"One": 1, "Two": 1}
    b = write(tmp_path / "sub" / "b.md", article("B", ["Two"]))
    assert index.stale_in(tmp_path / "sub") == [b]
    index.update_file(b)
    assert index.counts()["Two"] == 2
    os.unlink(a)
    assert index.stale_in(tmp_path) == [a]
    index.update_file(a)  # gone: removed
    assert index.counts() == {"Two": 1}
    index.remove_file(b)
    assert len(index) == 0


CORPUS = Path(__file__).parent / "corpus"


def _exact(path: Path) -> tuple:
    """What the editor reads from the file: the full parse and Metadata."""
    from articleeditor.core.article import Article

    article = Article.load(path)
    meta = article.metadata
    date = meta.date.isoformat() if meta.date else ""
    return meta.title, date, meta.draft, meta.tags, meta.categories


def test_the_index_reads_what_the_editor_reads(tmp_path):
    extra = {
        "alias.md": "---\nTitle: Up\nCategory: One\nPublished: no\nrefs:\n  - {a: 1}\n---\n",
        "tagged.md": "---\ntitle: !!str 12\ntags: [a]\n---\n",
        "merge.md": "---\nbase: &b {tags: [x]}\n<<: *b\ntitle: M\n---\n",
        "list.md": "---\n- not\n- a mapping\n---\n",
        "empty.md": "---\n---\nBody\n",
    }
    paths = sorted(CORPUS.glob("*.md")) + [write(tmp_path / n, t) for n, t in extra.items()]
    for path in paths:
        entry = SiteIndex(path.parent).update_file(path)
        if entry.error:
            assert Path(path).name == "list.md"
            continue
        got = (entry.title, entry.date, entry.draft, entry.tags, entry.categories)
        assert got == _exact(path), path.name


def test_impossible_values_make_a_broken_entry_not_a_crash(tmp_path):
    write(tmp_path / "month.md", "---\ntitle: T\ndate: 2026-13-45\n---\n")
    write(tmp_path / "ok.md", article("OK", ["Fine"]))
    index = SiteIndex(tmp_path).scan()
    assert [Path(e.path).name for e in index.broken()] == ["month.md"]
    assert index.counts() == {"Fine": 1}
