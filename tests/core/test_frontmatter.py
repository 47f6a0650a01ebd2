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
from tests.core.fmdiff import DELETED, assert_only_key_changed

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


# ----- the byte-level rule: an edit replaces exactly the edited key's lines -------------------

COMMENTED_YAML = """---
# Article settings
title: "Old: title"  # note

# the tags, kept short
tags: [a, 'b c']   # flow
cats:
    - x
    - y
    # end of cats

summary: |
  one

  two

# dates below
date: 2024-05-01
draft: false
# last comment
---
Body
"""

COMMENTED_TOML = """+++
# Article settings
title = 'literal' # c

# the tags
tags = ["a", "b"]
list = [
  1,
  2,
]
# after the list

draft = false
# table
[params]
x = 1
+++
Body
"""

COMMENTED_JSON = '{\n    "title": "a",\n\n    "tags": ["x"],\n    "draft": false\n}\nBody\n'

EDITS = [
    ("title", "New: title"),
    ("title", "it's #1"),
    ("tags", ["x", "y z"]),
    ("tags", []),
    ("cats", ["p"]),
    ("summary", "three\nfour\n"),
    ("date", date(2025, 1, 2)),
    ("draft", True),
    ("list", [3, 4]),
    ("weight", 7),
    ("title", DELETED),
    ("tags", DELETED),
    ("cats", DELETED),
    ("summary", DELETED),
    ("date", DELETED),
    ("draft", DELETED),
    ("list", DELETED),
]


@pytest.mark.parametrize(
    "text", [COMMENTED_YAML, COMMENTED_TOML, COMMENTED_JSON], ids=["yaml", "toml", "json"]
)
@pytest.mark.parametrize(("key", "value"), EDITS, ids=lambda v: str(v)[:12])
def test_an_edit_replaces_exactly_the_key_lines(text: str, key: str, value: object) -> None:
    if key not in parse(text).data and value is DELETED:
        assert delete_field(text, key) == text
        return
    new = delete_field(text, key) if value is DELETED else set_field(text, key, value)
    assert_only_key_changed(text, new, key, value)


def test_comment_lines_and_blank_lines_after_an_edited_key_stay() -> None:
    new = set_field(COMMENTED_YAML, "cats", ["p", "q"])
    assert new == COMMENTED_YAML.replace("    - x\n    - y\n", "    - p\n    - q\n")
    new = set_field(COMMENTED_YAML, "summary", "three\n")
    assert new == COMMENTED_YAML.replace("  one\n\n  two\n", "  three\n")
    new = delete_field(COMMENTED_YAML, "tags")
    assert new == COMMENTED_YAML.replace("tags: [a, 'b c']   # flow\n", "")
    new = delete_field(COMMENTED_TOML, "list")
    assert new == COMMENTED_TOML.replace("list = [\n  1,\n  2,\n]\n", "")


def test_the_comment_on_the_key_line_stays_on_it() -> None:
    assert set_field(COMMENTED_YAML, "tags", ["z"]) == COMMENTED_YAML.replace(
        "tags: [a, 'b c']   # flow", "tags: [z]   # flow"
    )
    assert set_field(COMMENTED_YAML, "title", "T") == COMMENTED_YAML.replace(
        '"Old: title"  # note', '"T"  # note'
    )
    assert set_field(COMMENTED_TOML, "title", "T") == COMMENTED_TOML.replace(
        "'literal' # c", "'T' # c"
    )


@pytest.mark.parametrize(
    ("old", "new", "key", "value"),
    [
        # Each is a plausible wrong edit whose parsed data is right: the rule must refuse it.
        (
            COMMENTED_YAML,
            COMMENTED_YAML.replace(
                "cats:\n    - x\n    - y\n    # end of cats\n\n", "cats:\n    - p\n"
            ),
            "cats",
            ["p"],
        ),
        (
            COMMENTED_YAML,
            COMMENTED_YAML.replace("  # note", "").replace("[a, 'b c']", "[z]"),
            "tags",
            ["z"],
        ),
        (
            COMMENTED_YAML,
            COMMENTED_YAML.replace("\n\n# dates", "\n# dates").replace("false", "true"),
            "draft",
            True,
        ),
        (COMMENTED_TOML, COMMENTED_TOML.replace("# after the list\n", ""), "list", DELETED),
        (COMMENTED_JSON, COMMENTED_JSON.replace('"a",\n\n', '"b",\n'), "title", "b"),
        (COMMENTED_JSON, COMMENTED_JSON.replace(',\n    "draft": false\n', ""), "draft", DELETED),
    ],
)
def test_the_rule_itself_refuses_edits_that_touch_other_lines(old, new, key, value) -> None:
    assert parse(new).error is None
    with pytest.raises(AssertionError):
        assert_only_key_changed(old, new, key, value)
