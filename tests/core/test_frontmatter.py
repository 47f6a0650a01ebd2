"""Front matter parsing with whole-file error positions, and careful one-key patches."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from articleeditor.core.errors import FrontMatterError
from articleeditor.core.frontmatter import (
    FrontMatterKind,
    delete_field,
    parse,
    set_field,
)

YAML = """---
# comment kept
title: "Old: title"  # note
tags: [a, 'b c']
cats:
    - x
    - y
summary: |
  one
  two
date: 2024-05-01
---
Body
"""


def test_parse_yaml_block() -> None:
    fm = parse(YAML)
    assert fm.kind is FrontMatterKind.YAML
    assert list(fm.data) == ["title", "tags", "cats", "summary", "date"]
    assert fm.data["date"] == date(2024, 5, 1)
    assert fm.body == "Body\n"
    assert fm.body_line == 13
    assert YAML[fm.span[0] : fm.span[1]].endswith("---\n")
    assert fm.error is None


def test_no_and_empty_front_matter() -> None:
    assert parse("# Hi\n").kind is FrontMatterKind.NONE
    fm = parse("---\n---\nBody")
    assert (fm.kind, fm.data, fm.body, fm.body_line) == (FrontMatterKind.YAML, {}, "Body", 3)
    # "{{<" is a Hugo shortcode, not JSON front matter.
    assert parse("{{< figure >}}\n").kind is FrontMatterKind.NONE


def test_malformed_yaml_reports_whole_file_position() -> None:
    fm = parse("---\ntitle: ok\ntags: [a, b\nnext: 1\n---\nBody\n")
    assert fm.error is not None and fm.data == {}
    assert fm.body == "Body\n"
    assert (fm.error.line, fm.error.column) == (4, 5)
    fm = parse("---\ntitle: a\n  bad: indent\n---\n")
    assert fm.error is not None
    assert (fm.error.line, fm.error.column) == (3, 6)


def test_unterminated_block() -> None:
    fm = parse("---\ntitle: x\nBody\n")
    assert fm.error is not None
    assert "no closing ---" in fm.error.message
    assert fm.body == "---\ntitle: x\nBody\n"


def test_python_tags_never_run(tmp_path) -> None:  # type: ignore[no-untyped-def]
    marker = tmp_path / "ran"
    text = f"---\ntitle: !!python/object/apply:os.system ['touch {marker}']\n---\n"
    fm = parse(text)
    assert not marker.exists()
    assert fm.error is not None and (fm.error.line, fm.error.column) == (2, 8)
    assert "not allowed" in fm.error.message


def test_non_mapping_is_an_error() -> None:
    fm = parse("---\n- a\n- b\n---\n")
    assert fm.error is not None and fm.error.line == 2


def test_toml_and_json_errors() -> None:
    fm = parse('+++\ntitle = "x"\ndate = \n+++\n')
    assert fm.error is not None and fm.error.line == 3
    fm = parse('{\n  "a": 1,\n  "b" 2\n}\n')
    assert fm.error is not None and (fm.error.line, fm.error.column) == (3, 7)


def test_set_field_keeps_quotes_and_comment() -> None:
    new = set_field(YAML, "title", "New")
    assert 'title: "New"  # note' in new
    assert new.replace('"New"', '"Old: title"') == YAML


@pytest.mark.parametrize(
    ("key", "value", "expected"),
    [
        ("tags", ["x", "y z"], "tags: [x, y z]\n"),
        ("tags", ["it's"], "tags: [it's]\n"),
        ("cats", ["p", "q"], "cats:\n    - p\n    - q\n"),
        ("summary", "three\nfour\n", "summary: |\n  three\n  four\n"),
        ("date", date(2025, 1, 2), "date: 2025-01-02\n"),
        (
            "date",
            datetime(2024, 5, 1, 9, 30, tzinfo=timezone(timedelta(hours=2))),
            "date: 2024-05-01T09:30:00+02:00\n",
        ),
        ("draft", True, "draft: true\n---"),
    ],
)
def test_set_field_styles(key: str, value: object, expected: str) -> None:
    new = set_field(YAML, key, value)
    assert expected in new
    assert parse(new).data[key] == value


def test_plain_value_that_would_change_type_gets_quoted() -> None:
    new = set_field("---\nslug: a\n---\n", "slug", "2024-01-01")
    assert parse(new).data["slug"] == "2024-01-01"
    new = set_field("---\nslug: a\n---\n", "slug", "yes")
    assert parse(new).data["slug"] == "yes"


def test_delete_and_create() -> None:
    assert "cats" not in delete_field(YAML, "cats")
    assert set_field(YAML, "cats", None) == delete_field(YAML, "cats")
    assert delete_field(YAML, "absent") == YAML
    assert set_field("Body\n", "title", "T") == "---\ntitle: T\n---\nBody\n"


def test_anchor_shared_with_alias_is_refused() -> None:
    text = "---\nauthor: &me Ada\nreviewer: *me\n---\n"
    with pytest.raises(FrontMatterError, match="can't be edited safely"):
        set_field(text, "author", "Grace")
    new = set_field(text, "reviewer", "Grace")
    assert parse(new).data == {"author": "Ada", "reviewer": "Grace"}


def test_duplicate_key_refused_and_error_front_matter_refused() -> None:
    with pytest.raises(FrontMatterError):
        set_field("---\na: 1\na: 2\n---\n", "a", 3)
    with pytest.raises(FrontMatterError):
        set_field("---\na: [\n---\n", "b", 3)


TOML = """+++
title = 'literal' # c
tags = ["a", "b"]
list = [
  1,
  2,
]

# table
[params]
x = 1
+++
Body
"""


def test_toml_patch() -> None:
    new = set_field(TOML, "title", "new")
    assert "title = 'new' # c\n" in new
    new = set_field(TOML, "list", [3, 4])
    assert "list = [\n  3,\n  4,\n]\n" in new
    new = set_field(TOML, "date", date(2024, 1, 1))
    assert "]\ndate = 2024-01-01\n\n# table\n[params]" in new
    assert parse(new).data["params"] == {"x": 1}
    assert "tags" not in parse(delete_field(TOML, "tags")).data


def test_json_patch_keeps_layout() -> None:
    text = '{\n    "title": "a",\n    "tags": ["x"]\n}\nBody\n'
    new = set_field(text, "title", "b")
    assert new == text.replace('"a"', '"b"')
    new = set_field(text, "date", datetime(2024, 1, 1, tzinfo=UTC))
    assert new.endswith('    "tags": ["x"],\n    "date": "2024-01-01T00:00:00+00:00"\n}\nBody\n')
    assert parse(delete_field(text, "tags")).data == {"title": "a"}
    assert parse(delete_field(text, "title")).data == {"tags": ["x"]}
