"""Limits on hostile input: alias bombs, deep nesting, huge numbers, impossible dates, long
lines, special files. Each must become one positioned error, never a crash or a hang."""

from __future__ import annotations

import calendar
import os
import stat
import subprocess
import threading
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from articleeditor.core import frontmatter
from articleeditor.core.article import Article
from articleeditor.core.errors import FileReadError, FileTooLarge
from articleeditor.core.frontmatter_limits import MAX_DEPTH, MAX_LINE_CHARS, load_yaml
from articleeditor.core.index import SiteIndex
from articleeditor.core.publish import plan_publish
from articleeditor.core.site import load_site
from articleeditor.core.textfile import read_regular, read_text

from .test_publish import NOW, make_site

CORPUS = Path(__file__).parent / "corpus"


def _error(text: str):
    fm = frontmatter.parse(text)
    assert fm.error is not None, "expected the front matter to be refused"
    return fm.error


def _bomb(levels: int) -> str:
    lines = ["title: Bomb", "a0: &a0 [lol,lol,lol,lol,lol,lol,lol,lol,lol]"]
    lines += [f"a{n}: &a{n} [{','.join([f'*a{n - 1}'] * 9)}]" for n in range(1, levels)]
    lines.append(f"tags: [{','.join([f'*a{levels - 1}'] * 9)}]")
    return "---\n" + "\n".join(lines) + "\n---\nbody\n"


def test_alias_bomb_is_refused_at_the_line_where_it_outgrows_the_limit():
    error = _error(_bomb(9))
    # 9**6 * 4 characters passes 1 000 000 at a6, the eighth line of the file.
    assert error.line == 8
    assert "aliases" in error.message
    assert "1,000,000" in error.message


def test_modest_aliases_still_load():
    fm = frontmatter.parse(_bomb(3))
    assert fm.error is None
    assert len(fm.data["tags"]) == 9 and len(fm.data["tags"][0][0]) == 9
    hugo = frontmatter.parse((CORPUS / "yaml_anchors.md").read_text(encoding="utf-8"))
    assert hugo.error is None


@pytest.mark.parametrize("text", ["tags: &a [*a]", "m: &m {self: *m}", "m: &m {k: [1, *m]}"])
def test_an_alias_inside_its_own_anchor_is_refused(text):
    error = _error(f"---\ntitle: x\n{text}\n---\n")
    assert error.line == 3
    assert "inside" in error.message


@pytest.mark.parametrize(
    ("template", "line"),
    [
        ("---\ntitle: x\na: {open}1{close}\n---\n", 3),
        ('{{"title": "x",\n"a": {open}1{close}}}\nbody\n', 2),
        ("+++\ntitle = 'x'\na = {open}1{close}\n+++\n", 3),
    ],
    ids=["yaml", "json", "toml"],
)
def test_nesting_is_limited_in_every_syntax(template, line):
    ok = template.format(open="[" * (MAX_DEPTH - 2), close="]" * (MAX_DEPTH - 2))
    assert frontmatter.parse(ok).error is None
    deep = template.format(open="[" * MAX_DEPTH, close="]" * MAX_DEPTH)
    error = _error(deep)
    assert error.line == line
    assert f"more than {MAX_DEPTH} levels" in error.message


def test_deep_json_keeps_its_body():
    text = '{"a": ' + "[" * 20_000 + "]" * 20_000 + "}\nThe body.\n"
    fm = frontmatter.parse(text)
    assert fm.error is not None and fm.error.line == 1
    assert fm.body == "The body.\n"


def test_deep_block_yaml_is_limited():
    nested = "".join(" " * n + f"k{n}:\n" for n in range(MAX_DEPTH + 5)) + " " * 60 + "x\n"
    error = _error("---\ntitle: x\n" + nested + "---\n")
    assert f"more than {MAX_DEPTH} levels" in error.message
    assert error.line > 2


@pytest.mark.parametrize(
    ("text", "line", "column"),
    [
        ("---\ntitle: x\nn: {digits}\n---\n", 3, 4),
        ("+++\ntitle = 'x'\nn = {digits}\n+++\n", 3, 5),
        ('{{"title": "x",\n "n": {digits}}}\n', 2, 7),
    ],
    ids=["yaml", "toml", "json"],
)
def test_a_5000_digit_integer_is_a_positioned_error(text, line, column):
    error = _error(text.format(digits="9" * 5000))
    assert (error.line, error.column) == (line, column)
    assert "digits" in error.message
    assert frontmatter.parse(text.format(digits="9" * 4000)).error is None


@pytest.mark.parametrize(
    "value",
    [
        "2026-02-30",
        "2026-13-01",
        "2026-00-10",
        "2026-01-01 25:00:00",
        "2025-02-29",
        "!!timestamp soon",
    ],
)
def test_an_impossible_date_names_line_column_and_format(value):
    error = _error(f"---\ntitle: x\ndate: {value}\n---\n")
    assert (error.line, error.column) == (3, 7)
    assert "YYYY-MM-DD" in error.message


@settings(max_examples=200, deadline=None)
@given(
    year=st.integers(1, 9999),
    month=st.integers(1, 12),
    day=st.integers(1, 31),
    line=st.integers(0, 5),
)
def test_dates_load_exactly_when_they_exist(year, month, day, line):
    padding = "".join(f"k{n}: v\n" for n in range(line))
    text = f"---\n{padding}date: {year:04d}-{month:02d}-{day:02d}\n---\n"
    fm = frontmatter.parse(text)
    if day <= calendar.monthrange(year, month)[1]:
        assert fm.error is None
        assert fm.data["date"] == date(year, month, day)
    else:
        assert fm.error is not None
        assert fm.error.line == line + 2


def test_a_huge_front_matter_line_is_refused_with_its_line():
    text = "---\ntitle: x\nsummary: " + "s" * (MAX_LINE_CHARS + 1) + "\n---\nbody\n"
    error = _error(text)
    assert error.line == 3
    assert "longer than" in error.message


def test_a_huge_body_line_is_not_a_front_matter_problem():
    fm = frontmatter.parse("---\ntitle: x\n---\n" + "w" * (MAX_LINE_CHARS * 2) + "\n")
    assert fm.error is None and fm.data == {"title": "x"}


def test_load_yaml_refuses_a_bomb_in_a_reference_file():
    with pytest.raises(Exception, match="aliases"):
        load_yaml(_bomb(9).strip("-\nbody"))


# ----- special files ---------------------------------------------------------------------------


def _within(seconds: float, call):
    """Run ``call`` in a thread; fail (rather than hang the suite) if it does not return."""
    outcome: dict[str, object] = {}

    def target() -> None:
        try:
            outcome["value"] = call()
        except Exception as error:  # handed to the test thread to assert on
            outcome["error"] = error

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"still running after {seconds} s"
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome.get("value")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_a_fifo_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "pipe.md"
    os.mkfifo(fifo)
    with pytest.raises(FileReadError, match="named pipe"):
        _within(5, lambda: read_text(fifo))


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom", "/dev/null"])  # read only
def test_a_link_to_a_device_is_refused(tmp_path, device):
    if not (os.path.exists(device) and stat.S_ISCHR(os.stat(device).st_mode)):
        pytest.skip(f"{device} is not a character device here")
    link = tmp_path / "article.md"
    link.symlink_to(device)
    with pytest.raises(FileReadError, match="character device"):
        _within(5, lambda: read_text(link))


def test_links_that_loop_or_names_too_long_are_read_errors(tmp_path):
    loop = tmp_path / "loop.md"
    loop.symlink_to("loop.md")
    with pytest.raises(FileReadError, match="cannot be read"):
        read_text(loop)
    with pytest.raises(FileReadError, match="cannot be read"):
        read_text(tmp_path / ("n" * 300 + ".md"))
    with pytest.raises(FileReadError, match="folder"):
        read_text(tmp_path)


def test_read_regular_caps_what_it_reads(tmp_path):
    path = tmp_path / "big.md"
    path.write_bytes(b"x" * 1000)
    with pytest.raises(FileTooLarge):
        read_regular(path, 999)
    head, st = read_regular(path, 10, head=True)
    assert head == b"x" * 10 and st.st_size == 1000
    assert read_regular(path, 1000)[0] == b"x" * 1000


# ----- one hostile file never takes down the index ---------------------------------------------


def test_the_index_survives_every_hostile_file(tmp_path):
    content = tmp_path / "content"
    content.mkdir()
    good = "---\ntitle: Good\ndate: 2026-03-01\ntags: [alpha]\n---\nx\n"
    (content / "good.md").write_text(good, encoding="utf-8")
    (content / "bomb.md").write_text(_bomb(9), encoding="utf-8")
    (content / "date.md").write_text("---\ntitle: x\ndate: 2026-02-30\n---\n", encoding="utf-8")
    (content / "int.md").write_text("---\ntitle: " + "9" * 5000 + "\n---\n", encoding="utf-8")
    (content / "loop.md").symlink_to("loop.md")
    (content / "long.md").symlink_to("x" * 300 + ".md")
    if hasattr(os, "mkfifo"):
        os.mkfifo(content / "pipe.md")
    if Path("/dev/zero").exists():
        (content / "zero.md").symlink_to("/dev/zero")
    deep = content
    for _ in range(1100):  # deeper than Python's recursion limit
        deep = deep / "d"
        os.mkdir(deep)  # one by one: Path.mkdir(parents=True) itself recurses
    (deep / "deep.md").write_text(good, encoding="utf-8")

    try:
        index = _within(60, lambda: SiteIndex(content).scan())
        folders = SiteIndex(content).folders()
    finally:
        subprocess.run(["rm", "-rf", str(content / "d")], check=True)  # rmtree recurses too

    assert index.counts() == {"alpha": 2}
    broken = {Path(e.path).name: e.error for e in index.broken()}
    assert broken["bomb.md"].startswith("line 8,") and "aliases" in broken["bomb.md"]
    assert broken["date.md"].startswith("line 3,") and "YYYY-MM-DD" in broken["date.md"]
    assert broken["int.md"].startswith("line 2,")
    assert "pipe.md" not in index.entries and "zero.md" not in broken
    assert len(folders) == 1101


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
@pytest.mark.parametrize("which", ["article file", "copied file"])
def test_publish_refuses_a_fifo_where_it_would_write(tmp_path, which):
    # Publish compares each target already there with what it would write: reading a named
    # pipe there blocked publish and its dry run for good.
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    (drafts / "fig.png").write_bytes(b"\x89PNG figure")
    draft_path = drafts / "a.md"
    draft_path.write_text(
        "---\ntitle: A pipe\ndate: 2026-03-01\nsummary: s\n---\n![fig](fig.png)\n",
        encoding="utf-8",
    )
    site = load_site(make_site(tmp_path / "site", "hugo"))
    draft = Article.load(draft_path)
    targets = {
        "copied file" if f.source else "article file": f.target
        for f in plan_publish(draft, site, now=NOW).files
    }
    target = targets[which]
    target.parent.mkdir(parents=True, exist_ok=True)
    os.mkfifo(target)
    plan = _within(5, lambda: plan_publish(draft, site, now=NOW))
    assert any("named pipe, a device or a socket" in str(p) for p in plan.problems), plan.problems
    assert stat.S_ISFIFO(os.stat(target).st_mode)
