"""Required fields and field types: from an Astro collection's schema and articleeditor.toml;
a publish the site would reject is refused before anything is written."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from articleeditor.core.article import Article
from articleeditor.core.errors import PublishCheckFailed
from articleeditor.core.frontmatter import parse
from articleeditor.core.publish import plan_publish, publish
from articleeditor.core.site import load_site

from .test_publish import DRAFT

NOW = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)
SCHEMA = """import { defineCollection, z } from 'astro:content';
const blog = defineCollection({
  schema: z.object({
    title: z.string(),
    description: z.string(),
    pubDate: z.coerce.date(),
    author: z.string(),
    tags: z.array(z.string()).optional(),
  }),
});
export const collections = { blog };
"""


def astro_site(root: Path, schema: str = SCHEMA) -> Path:
    (root / "src").mkdir(parents=True)
    (root / "astro.config.mjs").write_text("export default {};\n", encoding="utf-8")
    (root / "src" / "content.config.ts").write_text(schema, encoding="utf-8")
    return root


def draft_at(tmp_path: Path, text: str) -> Article:
    path = tmp_path / "draft.md"
    path.write_text(text, encoding="utf-8")
    return Article.load(path)


def test_a_missing_required_field_is_refused_naming_where_to_fill_it(tmp_path):
    site = astro_site(tmp_path / "site")
    article = draft_at(tmp_path, DRAFT.replace("summary: Engineered T cells.\n", ""))
    plan = plan_publish(article, load_site(site), now=NOW)
    assert (
        "The site's schema (src/content.config.ts) requires 'description': write a summary "
        "in the Article panel."
    ) in plan.problems
    with pytest.raises(PublishCheckFailed):
        publish(article, load_site(site), now=NOW)
    assert not (site / "src" / "content" / "blog").exists()


def test_authors_follow_the_schema_name_and_type(tmp_path):
    site = astro_site(tmp_path / "site")
    article = draft_at(
        tmp_path, DRAFT.replace("authors: [Dana Whitfield]", "authors: [Dana Whitfield, Li Wei]")
    )
    plan = plan_publish(article, load_site(site), now=NOW)
    assert not plan.problems
    data = parse(plan.files[0].data.decode("utf-8")).data
    assert data["author"] == "Dana Whitfield, Li Wei" and "authors" not in data
    assert data["tags"] == ["LiverCancer"]


def test_no_author_is_refused_when_the_schema_requires_one(tmp_path):
    site = astro_site(tmp_path / "site")
    article = draft_at(tmp_path, DRAFT.replace("authors: [Dana Whitfield]\n", ""))
    problems = plan_publish(article, load_site(site), now=NOW).problems
    assert any("requires 'author': add an author" in p for p in problems)


def test_articleeditor_toml_required_and_types(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    (site / "hugo.toml").write_text("[markup.goldmark.renderer]\nunsafe = true\n", "utf-8")
    (site / "articleeditor.toml").write_text(
        '[publish]\nrequired = ["summary", "series"]\n[publish.types]\ncategories = "string"\n'
        'author = "list"\n',
        encoding="utf-8",
    )
    article = draft_at(tmp_path, DRAFT)
    plan = plan_publish(article, load_site(site), now=NOW)
    assert plan.problems == [
        "Articleeditor.toml requires 'series': add 'series' to the article's front matter."
    ]
    article = draft_at(tmp_path, DRAFT.replace("summary:", "series: Trials\nsummary:"))
    plan = plan_publish(article, load_site(site), now=NOW)
    assert not plan.problems
    data = parse(plan.files[0].data.decode("utf-8")).data
    assert data["categories"] == "Science News"
    assert data["author"] == ["Dana Whitfield"]  # Hugo's one author as a string, unless typed


def test_bad_rules_in_articleeditor_toml_are_problems(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    (site / "articleeditor.toml").write_text(
        '[site]\ngenerator = "hugo"\n[publish]\nrequired = "summary"\n[publish.types]\n'
        'tags = "set"\n',
        encoding="utf-8",
    )
    problems = plan_publish(draft_at(tmp_path, DRAFT), load_site(site), now=NOW).problems
    assert any("publish.required" in p for p in problems)
    assert any("publish.types" in p for p in problems)
