"""Property tests: any article survives open -> save byte for byte; an edit of one front matter
key changes exactly that key's lines, every other byte (comments, blank lines) kept."""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

import yaml
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from articleeditor.core.article import Article
from articleeditor.core.frontmatter import FrontMatterKind, parse, set_field
from articleeditor.core.textfile import TextFormat, decode, encode
from tests.core.fmdiff import DELETED, assert_only_key_changed

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# No surrogates (not encodable). Bodies: no "\r" (reading normalises newlines) and no NUL
# (a NUL marks a binary file); field values may hold both, since they are written escaped.
chars = st.characters(blacklist_categories=("Cs",))
body_chars = st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\x00")
titles = st.text(chars, max_size=40)
tags = st.lists(st.text(chars, max_size=12), max_size=5)
zones = st.sampled_from(
    [None, UTC, timezone(timedelta(hours=2)), timezone(-timedelta(hours=5, minutes=30))]
)
datetimes = st.datetimes(datetime(1900, 1, 1), datetime(2100, 1, 1), timezones=zones)
dates = st.one_of(st.dates(date(1900, 1, 1), date(2100, 1, 1)), datetimes)
formats = st.builds(
    TextFormat,
    st.sampled_from(["utf-8", "utf-16-le", "utf-16-be"]),
    st.booleans(),
    st.sampled_from(["\n", "\r\n"]),
).filter(lambda f: f.encoding == "utf-8" or f.bom)
scalars = st.one_of(titles, st.booleans(), st.integers(-(10**6), 10**6), dates)
values = st.one_of(scalars, st.lists(st.one_of(titles, st.integers()), max_size=4))


def _expected(kind: FrontMatterKind, value: Any) -> Any:
    """JSON has no dates: they are stored as ISO strings."""
    if kind is FrontMatterKind.JSON:
        if isinstance(value, date):
            return value.isoformat()
        if isinstance(value, list):
            return [_expected(kind, v) for v in value]
    return value


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, datetime) and isinstance(b, datetime):
        return a == b and a.utcoffset() == b.utcoffset()
    return type(a) is type(b) and a == b


@st.composite
def articles(draw: st.DrawFn) -> tuple[str, dict[str, Any]]:
    """Article text in YAML (many emitter styles), JSON or TOML, with the data it holds."""
    data: dict[str, Any] = {"title": draw(titles), "tags": draw(tags), "date": draw(dates)}
    kind = draw(st.sampled_from(["yaml", "yaml", "edited", "json", "handwritten", "toml"]))
    if kind == "yaml":
        block = yaml.safe_dump(
            data,
            sort_keys=False,
            allow_unicode=draw(st.booleans()),
            default_flow_style=draw(st.sampled_from([False, None])),
            indent=draw(st.integers(2, 4)),
            width=draw(st.integers(20, 80)),
        )
        loaded = yaml.safe_load(block)
        # PyYAML's emitter cannot round-trip a few characters (e.g. "\x85"); not our concern.
        assume(all(_same(loaded[k], v) for k, v in data.items()))
        comment = draw(st.sampled_from(["", "# a comment\n"]))
        block = _between_entries(draw, block)
        assume(all(_same(yaml.safe_load(block)[k], v) for k, v in data.items()))
        text = "---\n" + comment + block + "---\n"
    elif kind == "json":
        stored = {k: _expected(FrontMatterKind.JSON, v) for k, v in data.items()}
        data = stored
        text = (
            json.dumps(
                stored, ensure_ascii=draw(st.booleans()), indent=draw(st.sampled_from([None, 2, 4]))
            )
            + "\n"
        )
    elif kind == "handwritten":
        text = _handwritten(draw, data)
    elif kind == "toml":
        # json.dumps with ensure_ascii is a valid TOML string, except for DEL and astral chars.
        data["title"] = "".join(c for c in data["title"] if c < "\uffff" and c != "\x7f")
        tag_list = ", ".join(json.dumps(t).replace("\x7f", "\\u007f") for t in data["tags"])
        assume(all(c < "\uffff" for t in data["tags"] for c in t))
        text = (
            f"+++\ntitle = {json.dumps(data['title'])} # the title\n"
            f"tags = [{tag_list}]\ndate = {data['date'].isoformat()}\n+++\n"
        )
    else:
        text = ""
        for key, value in data.items():
            text = set_field(text, key, value)
    return text + draw(st.text(body_chars, max_size=80)), data


# What people leave between keys: a comment, an indented one, a blank line, or nothing.
_GAPS = st.sampled_from(["", "\n", "# a note\n", "    # an indented note\n", "\n# a note\n\n"])


def _between_entries(draw: st.DrawFn, block: str) -> str:
    """``block`` with comment and blank lines put after some of its top-level entries."""
    out = []
    for line in block.splitlines(keepends=True):
        if out and line[:1] not in ("", " ", "-", "\n"):  # a new top-level key starts here
            out.append(draw(_GAPS))
        out.append(line)
    return "".join(out) + draw(_GAPS)


def _handwritten(draw: st.DrawFn, data: dict[str, Any]) -> str:
    """YAML as people write it: quoted titles, comments, flow or indented block lists."""
    title = data["title"]
    quote = draw(st.sampled_from(["'", '"']))
    if quote == "'":
        assume(all(c.isprintable() for c in title))
        title_text = "'" + title.replace("'", "''") + "'"
    else:
        # A JSON string is also a valid YAML double-quoted string.
        title_text = json.dumps(title, ensure_ascii=False)
        assume(all(c.isprintable() or c in "\t\n" for c in title))
    tag_texts = [json.dumps(t, ensure_ascii=False) for t in data["tags"]]
    assume(all(c.isprintable() for t in data["tags"] for c in t))
    if draw(st.booleans()) or not tag_texts:  # an empty block list would read as null
        tags_text = "tags: [" + ", ".join(tag_texts) + "]  # flow\n"
    else:
        indent = draw(st.sampled_from(["", "  ", "    "]))
        tags_text = "tags:\n" + "".join(f"{indent}- {t}\n" for t in tag_texts)
    date_text = data["date"].isoformat()
    return (
        "---\n# Written by hand\n"
        f"title: {title_text}   # shown in lists\n"
        f"{tags_text}{draw(_GAPS)}\n# dates below\ndate: {date_text}\n---\n"
    )


@SETTINGS
@given(articles(), formats)
def test_open_save_is_identity(article: tuple[str, dict[str, Any]], fmt: TextFormat) -> None:
    text, data = article
    raw = encode(text, fmt)
    assert decode(raw)[0] == text
    loaded = Article.from_bytes(raw)
    # What a save writes once the text is edited: encode() of the text, so it must give back
    # every original byte (to_bytes() of an unedited article returns the bytes it was given).
    assert (loaded.format.encoding, loaded.format.bom) == (fmt.encoding, fmt.bom)
    if "\n" in text:  # a text without a newline cannot show which one the file uses
        assert loaded.format.newline == fmt.newline
    assert encode(loaded.text, loaded.format) == raw
    loaded.text += "x"
    assert loaded.to_bytes() == raw + encode("x", dataclasses.replace(fmt, bom=False))
    fm = loaded.front_matter
    assert fm.error is None
    assert all(_same(fm.data[k], v) for k, v in data.items())


KEYS = ("title", "tags", "date", "weight")
edits = st.one_of(values, st.just(DELETED))  # DELETED: set_field(key, None)


# An indented comment after a block list: once deleted by any edit of the list.
LIST_THEN_COMMENT = (
    "---\ntitle: T\ntags:\n- a\n- b\n    # an indented note\n\ndate: 2024-05-01\n---\nBody\n",
    {"title": "T", "tags": ["a", "b"], "date": date(2024, 5, 1)},
)


@SETTINGS
@given(articles(), formats, st.tuples(*(edits for _ in KEYS)))
@example(LIST_THEN_COMMENT, TextFormat.DEFAULT, ("New", ["c"], DELETED, 3))
def test_set_field_changes_exactly_that_key_lines(
    article: tuple[str, dict[str, Any]], fmt: TextFormat, new_values: tuple[Any, ...]
) -> None:
    text, _ = article
    raw = encode(text, fmt)
    before = parse(text)
    for key, value in zip(KEYS, new_values, strict=True):  # each key edited on its own
        edited = Article.from_bytes(raw)
        edited.set_field(key, None if value is DELETED else value)
        if value is DELETED and key not in before.data:
            assert edited.to_bytes() == raw
            continue
        # Byte for byte: the old text with exactly the key's lines replaced, saved the same way.
        assert_only_key_changed(text, edited.text, key, value)
        assert edited.to_bytes() == encode(edited.text, fmt)
        after = parse(edited.text)
        assert after.error is None and after.body == before.body
        if value is not DELETED:
            assert _same(after.data[key], _expected(before.kind, value))


@SETTINGS
@given(st.binary(max_size=200))
def test_any_utf8_bytes_round_trip(raw: bytes) -> None:
    try:
        article = Article.from_bytes(raw)
    except Exception as error:  # only our clear refusals are acceptable
        assert type(error).__name__ == "FileFormatError"
        return
    assert article.to_bytes() == raw
    article.front_matter  # never raises  # noqa: B018
