"""Word counts (CJK by character, front matter excluded) and the heading outline."""

from __future__ import annotations

from articleeditor.core.outline import Heading, headings
from articleeditor.core.textstats import count


def test_english_words_characters_and_reading_time():
    text = "---\ntitle: Many words in the title\ntags: [a, b]\n---\nIt's a COVID-19 test.\n"
    stats = count(text)
    assert stats.words == 4  # front matter not counted; "It's" and "COVID-19" are one word each
    assert stats.characters == len("It's a COVID-19 test.")
    assert stats.reading_minutes == 1


def test_cjk_counted_by_character():
    stats = count("研究人员发现 a new 方法")
    assert stats.cjk_characters == 8
    assert stats.words == 8 + 2


def test_link_destinations_and_code_are_not_words():
    assert count("See [the paper](https://example.org/a/b/c).").words == 3
    # The preview shows the fence's lines as code: nothing there is read as prose.
    assert count("```python\ncode here\n```\nOne two").words == 2
    # An unclosed fence is text in the preview, so its words count.
    assert count("```python\ncode here").words == 3


def test_reading_time_rounds_up():
    assert count(" ".join(["word"] * 231)).reading_minutes == 2
    assert count("").reading_minutes == 0


def test_outline_skips_front_matter_and_code():
    text = (
        "---\ntitle: T\n# not a heading\n---\n# One\ntext\n```\n# in code\n```\n"
        "Setext two\n---\n### Three ###\n- item\n---\n"
    )
    # "- item" underlined is an <h2> in the preview (Python-Markdown reads the underline
    # before the list), so the outline lists it too.
    assert headings(text) == [
        Heading(1, "One", 4),
        Heading(2, "Setext two", 9),
        Heading(3, "Three", 11),
        Heading(2, "- item", 12),
    ]
