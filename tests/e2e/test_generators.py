"""External truth: Hugo, Jekyll, Pelican and Astro build a tiny site holding a published article.

Needs ``hugo`` and ``jekyll`` (Debian packages), ``pelican`` (PyPI, the ``test`` extra) and
``npm`` (Astro itself is installed from the npm registry into the test's site). Skipped locally
when a tool is missing; a failure on CI (``CI`` set), where .ci/run installs them.
"""

from __future__ import annotations

import base64
import importlib.util
import os
import re
import shutil
import subprocess
import sys
from html import unescape
from pathlib import Path

import pytest

from articleeditor.core.article import Article
from articleeditor.core.publish import publish
from articleeditor.core.site import load_site

pytestmark = pytest.mark.slow

TITLE = "Glypican-3 CAR-T cells: first results in liver cancer"
SLUG = "glypican-3-car-t-cells-first-results-in-liver-cancer"
REFERENCE = "Chimeric antigen receptor-glypican-3 T-cell therapy"
# A valid 1x1 PNG, so a generator that looks at images accepts it.
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
)
DRAFT = f"""---
title: "{TITLE}"
date: 2025-03-14T09:30:00+01:00
authors: [Dana Whitfield]
summary: Engineered T cells against hepatocellular carcinoma.
categories: [Science]
tags: [LiverCancer, Immunotherapy]
references:
  - id: shi2020
    type: article-journal
    title: "{REFERENCE} for advanced hepatocellular carcinoma: results of phase I trials"
    author:
      - {{family: Shi, given: Dehua}}
    container-title: Clinical Cancer Research
    volume: 26
    page: 3979-3989
    issued: {{date-parts: [[2020]]}}
---

Engineered T cells found their target in liver tumours [@shi2020].

![Tumour cells under the microscope](images/tumour.png)
"""


def require(tool: str) -> str:
    path = shutil.which(tool)
    if path is None and tool == "pelican" and importlib.util.find_spec("pelican"):
        path = sys.executable  # installed in this environment, run as "python -m pelican"
    if path is None:
        missing(f"{tool} is not installed")
    return path


def missing(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"{reason}: required on CI (.ci/run installs it)")
    pytest.skip(reason)


def run(args: list[str], cwd: Path) -> None:
    result = subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=240)
    assert result.returncode == 0, result.stdout + result.stderr


def jekyll_site(tmp_path: Path, config: str, layout_body: str) -> Path:
    """A minimal Jekyll site: ``config`` lines (kramdown added) and a post layout."""
    site = tmp_path / "jekyll"
    (site / "_layouts").mkdir(parents=True)
    (site / "_config.yml").write_text(f"{config}\nmarkdown: kramdown\n", encoding="utf-8")
    layout = f"<html><body>{layout_body}</body></html>"
    (site / "_layouts" / "post.html").write_text(layout, encoding="utf-8")
    return site


def build_jekyll(jekyll: str, site: Path) -> None:
    """``jekyll build`` of ``site`` into the ``_site`` folder beside it."""
    out = site.parent / "_site"
    run([jekyll, "build", "--quiet", "--source", str(site), "--destination", str(out)], site)


@pytest.fixture
def draft(tmp_path) -> Article:
    folder = tmp_path / "drafts"
    (folder / "images").mkdir(parents=True)
    (folder / "images" / "tumour.png").write_bytes(PNG)
    path = folder / "article.md"
    path.write_text(DRAFT, encoding="utf-8")
    return Article.load(path)


def assert_page(page: Path) -> None:
    html = page.read_text(encoding="utf-8")
    assert TITLE in html.replace("&#39;", "'").replace("&rsquo;", "’")
    assert re.search(r'<a href="#ref-shi2020"[^>]*>1</a>', html), "numbered citation missing"
    assert REFERENCE in html
    assert 'id="ref-shi2020"' in html


@pytest.mark.parametrize("body", ["markdown", "html"])
def test_hugo_builds_the_published_article(tmp_path, draft, body):
    hugo = require("hugo")
    site = tmp_path / "hugo"
    layouts = site / "layouts" / "_default"
    layouts.mkdir(parents=True)
    (site / "hugo.toml").write_text(
        'baseURL = "http://example.org/"\ntitle = "Test"\n'
        "[markup.goldmark.renderer]\nunsafe = true\n",
        encoding="utf-8",
    )
    (site / "articleeditor.toml").write_text(f'[publish]\nbody = "{body}"\n', "utf-8")
    (layouts / "single.html").write_text(
        "<html><body><h1>{{ .Title }}</h1>{{ .Content }}</body></html>", encoding="utf-8"
    )
    (layouts / "list.html").write_text("<html><body>{{ .Title }}</body></html>", "utf-8")
    publish(draft, load_site(site))
    run([hugo, "--quiet", "--destination", str(tmp_path / "public")], cwd=site)
    out = tmp_path / "public" / "posts" / SLUG
    assert_page(out / "index.html")
    assert (out / "tumour.png").read_bytes() == PNG
    assert 'src="tumour.png"' in (out / "index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("body", ["markdown", "html"])
def test_jekyll_builds_the_published_article(tmp_path, draft, body):
    jekyll = require("jekyll")
    site = jekyll_site(tmp_path, "title: Test", "<h1>{{ page.title }}</h1>{{ content }}")
    (site / "articleeditor.toml").write_text(f'[publish]\nbody = "{body}"\n', "utf-8")
    publish(draft, load_site(site))
    suffix = ".md" if body == "markdown" else ".html"
    assert (site / "_posts" / f"2025-03-14-{SLUG}{suffix}").is_file()
    build_jekyll(jekyll, site)
    pages = list((tmp_path / "_site").rglob(f"{SLUG}.html"))
    assert len(pages) == 1, pages
    assert_page(pages[0])
    assert (tmp_path / "_site" / "assets" / SLUG / "tumour.png").read_bytes() == PNG
    assert f'src="/assets/{SLUG}/tumour.png"' in pages[0].read_text(encoding="utf-8")


def test_pelican_builds_the_published_article(tmp_path, draft):
    require("pelican")
    site = tmp_path / "pelican"
    (site / "content").mkdir(parents=True)
    (site / "pelicanconf.py").write_text(
        'AUTHOR = "Test"\nSITENAME = "Test"\nSITEURL = ""\nTIMEZONE = "UTC"\n'
        'DEFAULT_LANG = "en"\nPATH = "content"\nSTATIC_PATHS = ["images"]\n'
        "FEED_ALL_ATOM = None\nCATEGORY_FEED_ATOM = None\n",
        encoding="utf-8",
    )
    publish(draft, load_site(site))
    assert (site / "content" / "science" / f"{SLUG}.md").is_file()
    out = tmp_path / "output"
    run(
        [sys.executable, "-m", "pelican", "content", "-s", "pelicanconf.py", "-o", str(out)],
        cwd=site,
    )
    assert_page(out / f"{SLUG}.html")
    assert (out / "images" / SLUG / "tumour.png").read_bytes() == PNG


# A minimal Astro 5 site: the "blog" content collection with the schema of Astro's blog
# starter (description is required there), and a page per entry.
ASTRO_FILES = {
    "package.json": '{"name": "astro-test", "private": true, "type": "module",'
    ' "dependencies": {"astro": "^5.18.0"}}\n',
    "astro.config.mjs": "import { defineConfig } from 'astro/config';\n"
    "export default defineConfig({});\n",
    "src/content.config.ts": """import { defineCollection, z } from 'astro:content';
import { glob } from 'astro/loaders';

const blog = defineCollection({
  loader: glob({ pattern: '**/*.md', base: './src/content/blog' }),
  schema: z.object({
    title: z.string(),
    description: z.string(),
    pubDate: z.coerce.date(),
    updatedDate: z.coerce.date().optional(),
    heroImage: z.string().optional(),
  }),
});

export const collections = { blog };
""",
    "src/pages/blog/[...slug].astro": """---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  const posts = await getCollection('blog');
  return posts.map((post) => ({ params: { slug: post.id }, props: post }));
}
const post = Astro.props;
const { Content } = await render(post);
---
<html><body>
<h1>{post.data.title}</h1><p>{post.data.pubDate.toISOString()}</p><Content />
</body></html>
""",
}


@pytest.fixture(scope="session")
def astro_modules(tmp_path_factory) -> Path:
    """Astro installed once from the npm registry (a node_modules folder to link to)."""
    npm = require("npm")
    folder = tmp_path_factory.mktemp("astro-install")
    (folder / "package.json").write_text(ASTRO_FILES["package.json"], encoding="utf-8")
    result = subprocess.run(
        [npm, "install", "--no-audit", "--no-fund", "--loglevel=error"],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=600,
    )
    if result.returncode != 0:
        missing(f"npm could not install Astro: {result.stderr[-500:]}")
    return folder / "node_modules"


def test_astro_builds_the_published_article(tmp_path, draft, astro_modules):
    site = tmp_path / "astro"
    for name, text in ASTRO_FILES.items():
        (site / name).parent.mkdir(parents=True, exist_ok=True)
        (site / name).write_text(text, encoding="utf-8")
    (site / "node_modules").symlink_to(astro_modules, target_is_directory=True)
    publish(draft, load_site(site))
    assert (site / "src" / "content" / "blog" / f"{SLUG}.md").is_file()
    run([str(astro_modules / ".bin" / "astro"), "build", "--silent"], cwd=site)
    page = site / "dist" / "blog" / SLUG / "index.html"
    assert_page(page)
    assert "2025-03-14T08:30:00.000Z" in page.read_text(encoding="utf-8")  # pubDate read
    assert (site / "dist" / "images" / SLUG / "tumour.png").read_bytes() == PNG
    assert f'src="/images/{SLUG}/tumour.png"' in page.read_text(encoding="utf-8")


LIQUID_TUTORIAL = """---
title: "Liquid for beginners"
date: 2025-03-14
summary: Tags and objects.
---

Print the title with {{ page.title }} and loop with {% for post in site.posts %}.

An escape attempt: {% endraw %}{{ site.title }}{% raw %} and {%- endraw -%}{{ site.title }}.
Split over lines: {%
endraw %}{{ site.title }}

A Hugo shortcode quoted in a Jekyll post: {{% note %}} and {% foo {% endraw %}.

```liquid
{% raw %}{{ site.title }}{% endraw %}
```
"""


def test_jekyll_never_runs_liquid_from_the_article(tmp_path):
    jekyll = require("jekyll")
    site = jekyll_site(
        tmp_path, "title: SITE-TITLE-LEAKED", "<h1>{{ page.title }}</h1>{{ content }}"
    )
    draft = tmp_path / "liquid.md"
    draft.write_text(LIQUID_TUTORIAL, encoding="utf-8")
    publish(Article.load(draft), load_site(site))
    build_jekyll(jekyll, site)
    pages = list((tmp_path / "_site").rglob("liquid-for-beginners.html"))
    assert len(pages) == 1, pages
    html = pages[0].read_text(encoding="utf-8")
    assert "SITE-TITLE-LEAKED" not in html  # no Liquid of the article ran
    text = shown_text(html)
    for shown in (
        "{{ page.title }}",
        "{% for post in site.posts %}",
        "{% endraw %}{{ site.title }}{% raw %}",
        "{%- endraw -%}{{ site.title }}",
        "{%\nendraw %}{{ site.title }}",
        "{% raw %}{{ site.title }}{% endraw %}",
        "shortcode quoted in a Jekyll post: {{% note %}} and {% foo {% endraw %}.",
    ):
        assert shown in text, shown


HOSTILE_ARTICLE = """---
title: "Hostile markup"
date: 2025-03-14
summary: s
---

Text <img src="x.png" onerror="alert(1)"> and [go](javascript:alert(2)).

<script>alert(3)</script>
<iframe src="https://example.org/"></iframe>

<div>

`<img src=y onerror=alert(4)>`

</div>

```html
<script>kept as code</script>
```
"""


def shown_text(html: str) -> str:
    """The text a reader sees (highlighted code is cut into spans)."""
    return unescape(re.sub(r"<[^>]+>", "", html))


def assert_no_active_content(html: str) -> None:
    lowered = html.lower()
    for banned in ("<script", "onerror", "javascript:", "<iframe", "alert(3)"):
        assert banned not in lowered, banned
    assert "<script>kept as code</script>" in shown_text(html)


def test_hugo_page_of_hostile_markup_has_nothing_active(tmp_path):
    hugo = require("hugo")
    site = tmp_path / "hugo"
    layouts = site / "layouts" / "_default"
    layouts.mkdir(parents=True)
    (site / "hugo.toml").write_text(
        'baseURL = "http://example.org/"\ntitle = "Test"\n'
        "[markup.goldmark.renderer]\nunsafe = true\n",
        encoding="utf-8",
    )
    (layouts / "single.html").write_text("<html><body>{{ .Content }}</body></html>", "utf-8")
    (layouts / "list.html").write_text("<html><body>{{ .Title }}</body></html>", "utf-8")
    draft = tmp_path / "hostile.md"
    draft.write_text(
        HOSTILE_ARTICLE + "\n{{<highlight html>}}\n<script>shown by highlight</script>\n"
        '{{</highlight>}}\n\n{{<figure src="fig.png" alt="A figure">}}\n',
        encoding="utf-8",
    )
    publish(Article.load(draft), load_site(site))
    run([hugo, "--quiet", "--destination", str(tmp_path / "public")], cwd=site)
    page = (tmp_path / "public" / "posts" / "hostile-markup" / "index.html").read_text("utf-8")
    assert_no_active_content(page)
    # Hugo's own shortcodes still work: highlighted code shown as text, the figure built
    assert "<script>shown by highlight</script>" in shown_text(page)
    assert re.search(r'<img src="fig.png"\s+alt="A figure"', page), page


def test_jekyll_page_of_hostile_markup_has_nothing_active(tmp_path):
    jekyll = require("jekyll")
    site = jekyll_site(tmp_path, "title: Test", "{{ content }}")
    draft = tmp_path / "hostile.md"
    draft.write_text(HOSTILE_ARTICLE, encoding="utf-8")
    publish(Article.load(draft), load_site(site))
    build_jekyll(jekyll, site)
    pages = list((tmp_path / "_site").rglob("hostile-markup.html"))
    assert len(pages) == 1, pages
    assert_no_active_content(pages[0].read_text(encoding="utf-8"))
