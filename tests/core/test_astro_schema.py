"""Astro collection schemas as the templates and docs write them."""

from __future__ import annotations

from pathlib import Path

from articleeditor.core.generators.astro_schema import FieldKind, read_collection_schema

STARTER = """import { glob } from 'astro/loaders';
import { defineCollection, z } from 'astro:content';

const blog = defineCollection({
	// Load Markdown and MDX files in the `src/content/blog/` directory.
	loader: glob({ base: './src/content/blog', pattern: '**/*.{md,mdx}' }),
	// Type-check frontmatter using a schema
	schema: ({ image }) => z.object({
		title: z.string(),
		description: z.string(),
		// Transform string to Date object
		pubDate: z.coerce.date(),
		updatedDate: z.coerce.date().optional(),
		heroImage: image().optional(),
	}),
});

export const collections = { blog };
"""


def _site(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return tmp_path


def test_the_blog_starter_schema(tmp_path):
    schema = read_collection_schema(_site(tmp_path, "src/content.config.ts", STARTER), "blog")
    assert schema is not None
    assert schema.required() == ["title", "description", "pubDate"]
    assert schema.fields["pubDate"].kind is FieldKind.DATE
    assert schema.fields["heroImage"].kind is FieldKind.IMAGE
    assert not schema.fields["updatedDate"].required


def test_strings_versus_arrays_and_defaults(tmp_path):
    source = """import { defineCollection, z } from 'astro:content';
export const collections = {
  'news': defineCollection({
    type: 'content',
    schema: z.object({
      title: z.string(),
      author: z.string(),               // one name, not a list
      tags: z.array(z.string()).default([]),
      "draft": z.boolean().optional(),
      note: z.string().describe("a, b, c: with commas (and brackets)"),
    }),
  }),
};
"""
    schema = read_collection_schema(_site(tmp_path, "src/content/config.ts", source), "news")
    assert schema is not None
    assert schema.fields["author"].kind is FieldKind.STRING
    assert schema.fields["tags"].kind is FieldKind.ARRAY
    assert schema.required() == ["title", "author", "note"]


def test_renamed_export_and_unknown_collection(tmp_path):
    source = STARTER.replace("{ blog }", "{ posts: blog }")
    root = _site(tmp_path, "src/content.config.mjs", source)
    posts = read_collection_schema(root, "posts")
    assert posts is not None and "description" in posts.required()
    assert read_collection_schema(root, "missing") is None


def test_no_config_or_no_schema(tmp_path):
    assert read_collection_schema(tmp_path, "blog") is None
    root = _site(
        tmp_path,
        "src/content.config.ts",
        "const blog = defineCollection({ loader: x });\nexport const collections = { blog };\n",
    )
    assert read_collection_schema(root, "blog") is None


def test_a_commented_out_field_is_not_required(tmp_path):
    source = STARTER.replace("\t\tdescription: z.string(),", "\t\t// description: z.string(),")
    schema = read_collection_schema(_site(tmp_path, "src/content.config.ts", source), "blog")
    assert schema is not None and "description" not in schema.fields
