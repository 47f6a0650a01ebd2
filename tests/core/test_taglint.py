"""Tag hazards per generator."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from articleeditor.core.site import Generator
from articleeditor.core.taglint import lint_categories, lint_tags, tag_slug


def codes(findings):
    return [f.code for f in findings]


@pytest.mark.parametrize("generator", list(Generator))
def test_a_leading_hash_is_reported_with_the_bare_tag(generator):
    findings = lint_tags(["#LiverCancer", "ScienceNews"], generator)
    assert codes(findings) == ["tag-hash"]
    assert findings[0].suggestion == "LiverCancer"


def test_a_case_variant_of_a_site_tag_offers_the_site_spelling():
    findings = lint_tags(["CAR-T"], Generator.HUGO, ["car-t", "Immunotherapy"])
    assert codes(findings) == ["tag-variant"]
    assert findings[0].suggestion == "car-t"


def test_accent_and_spacing_variants():
    findings = lint_tags(
        ["Cancer Research", "Crème"], Generator.JEKYLL, ["cancer-research", "creme"]
    )
    assert codes(findings) == ["tag-variant", "tag-variant"]


def test_the_same_tag_is_fine():
    assert lint_tags(["car-t", "Immunotherapy"], Generator.HUGO, ["car-t"]) == []


def test_two_tags_of_one_article_with_one_page():
    # Jekyll's slugify turns both into "c": jekyll-archives writes one page for the two.
    findings = lint_tags(["C", "C++"], Generator.JEKYLL)
    assert codes(findings) == ["tag-slug-clash"]
    assert findings[0].other == "C"


def test_a_new_tag_clashing_with_a_different_site_tag():
    # Pelican drops what is not ASCII: "日本 News" gets the page of the site's "News".
    findings = lint_tags(["日本 News"], Generator.PELICAN, ["News"])
    assert codes(findings) == ["tag-slug-clash"]
    assert lint_tags(["日本 News"], Generator.HUGO, ["News"]) == []


def test_a_tag_whose_address_would_be_empty():
    assert codes(lint_tags(["++"], Generator.PELICAN)) == ["tag-empty-slug"]
    assert codes(lint_tags(["肝癌"], Generator.PELICAN)) == ["tag-empty-slug"]
    assert lint_tags(["肝癌"], Generator.HUGO) == []  # Hugo keeps Unicode letters


def test_more_than_one_category_on_pelican():
    findings = lint_categories(["Oncology", "News"], Generator.PELICAN)
    assert codes(findings) == ["category-count"]
    assert "'News'" in findings[0].message
    assert lint_categories(["Oncology", "News"], Generator.HUGO) == []


@pytest.mark.parametrize(
    ("generator", "tag", "slug"),
    [
        (Generator.HUGO, "Liver Cancer", "liver-cancer"),
        (Generator.HUGO, "Crème", "crème"),
        (Generator.JEKYLL, "CAR-T Cells", "car-t-cells"),
        (Generator.PELICAN, "Crème brûlée", "creme-brulee"),
        (Generator.ASTRO, "Liver Cancer", "liver-cancer"),
    ],
)
def test_slugs_follow_each_generator(generator, tag, slug):
    assert tag_slug(tag, generator) == slug


@given(st.lists(st.text(min_size=1, max_size=12), max_size=6), st.sampled_from(list(Generator)))
def test_findings_only_name_tags_of_the_article(tags, generator):
    for finding in lint_tags(tags, generator, ["car-t", "news"]):
        assert finding.tag in tags
        assert finding.message
