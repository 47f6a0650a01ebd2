"""Slugs: readable ASCII from any script, and the reasons a slug is refused."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from articleeditor.core.slug import SlugRules, slug_problem, slugify


def test_latin_titles_lose_accents_and_punctuation():
    assert slugify("Über Café Ørsted — what's next?") == "uber-cafe-orsted-whats-next"


def test_cjk_titles_become_readable_syllables():
    assert slugify("北京大学的新发现") == "bei-jing-da-xue-de-xin-fa-xian"
    assert slugify("東京の研究") == "dong-jing-no-yan-jiu"
    assert slugify("한국어 기사") == "han-gug-eo-gi-sa"


def test_cyrillic_and_greek():
    assert slugify("Привет мир") == "privet-mir"
    assert slugify("Αθήνα 2026") == "athina-2026"


def test_rules_length_case_and_separator():
    rules = SlugRules(max_length=12, lowercase=False, separator="_")
    assert slugify("Liver Cancer Trials Begin", rules) == "Liver_Cancer"


def test_parent_folder_and_absolute_slugs_are_refused_with_a_reason():
    for slug in ("../../etc", "/etc/passwd", "a/b", "..", ".hidden", "a\\b"):
        problem = slug_problem(slug)
        assert problem is not None and "cannot contain" in problem, slug


def test_malformed_slugs_suggest_a_fix():
    assert "try 'bad-slug'" in slug_problem("Bad Slug")
    assert slug_problem("") is not None
    assert slug_problem("fine-slug-2") is None


@given(st.text(max_size=200))
def test_any_title_gives_a_valid_or_empty_slug(title):
    slug = slugify(title)
    assert slug == "" or slug_problem(slug) is None
    assert re.fullmatch(r"[a-z0-9-]*", slug)
    assert len(slug) <= 80
