"""External truth for an article's life in a site: Hugo, Jekyll and Pelican build the site after
a publish, after a retitle (one copy left; Hugo's old address redirects) and after an
unpublish (the article is gone). Also: a Hugo site that drops raw HTML still shows every
citation and the References."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from articleeditor.core.article import Article
from articleeditor.core.errors import PublishCheckFailed
from articleeditor.core.publish import publish
from articleeditor.core.site import load_site
from articleeditor.core.unpublish import unpublish
from tests.e2e import test_generators
from tests.e2e.test_generators import (
    ASTRO_FILES,
    DRAFT,
    PNG,
    REFERENCE,
    SLUG,
    TITLE,
    require,
    run,
)

pytestmark = pytest.mark.slow
astro_modules = test_generators.astro_modules  # Astro installed once per session

NEW_TITLE = "Liver cancer: CAR-T cells reach the tumour"
NEW_SLUG = "liver-cancer-car-t-cells-reach-the-tumour"
TWO_CITATIONS = DRAFT.replace(
    "in liver tumours [@shi2020].",
    "in liver tumours [@shi2020]. The trial was small [see @shi2020, p. 3981].",
)


@pytest.fixture
def draft_path(tmp_path) -> Path:
    folder = tmp_path / "drafts"
    (folder / "images").mkdir(parents=True)
    (folder / "images" / "tumour.png").write_bytes(PNG)
    path = folder / "article.md"
    path.write_text(TWO_CITATIONS, encoding="utf-8")
    return path


def retitle(path: Path, title: str) -> Article:
    article = Article.load(path)
    article.set_field("title", title)
    article.save()
    return Article.load(path)


def hugo_site(root: Path, config: str) -> Path:
    layouts = root / "layouts" / "_default"
    layouts.mkdir(parents=True)
    (root / "hugo.toml").write_text(
        'baseURL = "http://example.org/"\ntitle = "Test"\n' + config, encoding="utf-8"
    )
    (layouts / "single.html").write_text(
        "<html><body><h1>{{ .Title }}</h1>{{ .Content }}</body></html>", encoding="utf-8"
    )
    (layouts / "list.html").write_text(
        '<html><body>{{ range .Site.RegularPages }}<p class="entry">{{ .Title }}</p>'
        "{{ end }}</body></html>",
        encoding="utf-8",
    )
    return root


def build_hugo(site: Path, out: Path) -> None:
    import shutil

    shutil.rmtree(out, ignore_errors=True)
    run([require("hugo"), "--quiet", "--destination", str(out)], cwd=site)


def test_hugo_without_unsafe_shows_every_citation_and_the_references(tmp_path, draft_path):
    site = hugo_site(tmp_path / "hugo", "")  # what `hugo new site` writes: no unsafe
    plan = publish(Article.load(draft_path), load_site(site))
    assert any(
        "add `unsafe = true` under `[markup.goldmark.renderer]` in hugo.toml" in w
        for w in plan.warnings
    )
    out = tmp_path / "public"
    build_hugo(site, out)
    html = (out / "posts" / SLUG / "index.html").read_text(encoding="utf-8")
    assert "raw HTML omitted" not in html
    assert len(re.findall(r'\[<a href="#references">1</a>\]', html)) == 1
    # The numeric CSL style prints a page locator without its label, as pandoc does.
    assert re.search(r'\[see <a href="#references">1</a>, 3981\]', html)
    assert '<h2 id="references">References</h2>' in html
    entry = re.search(r"<p>\[1\] (.*?)</p>", html, re.S)
    assert (
        entry
        and REFERENCE in entry.group(1)
        and "<em>Clinical Cancer Research</em>" in (entry.group(1))
    )


def test_hugo_with_unsafe_gets_entries_on_one_line(tmp_path, draft_path):
    site = hugo_site(tmp_path / "hugo", "[markup.goldmark.renderer]\nunsafe = true\n")
    publish(Article.load(draft_path), load_site(site))
    out = tmp_path / "public"
    build_hugo(site, out)
    html = (out / "posts" / SLUG / "index.html").read_text(encoding="utf-8")
    assert re.search(
        r'<p class="csl-entry" id="ref-shi2020"><span class="csl-left-margin">'
        r'\[1\]</span> <span class="csl-right-inline">',
        html,
    )
    assert re.search(r'<a href="#ref-shi2020"[^>]*>1</a>', html)


def test_hugo_retitle_leaves_one_copy_and_redirects_then_unpublish_removes_it(tmp_path, draft_path):
    site = hugo_site(tmp_path / "hugo", "")
    out = tmp_path / "public"
    publish(Article.load(draft_path), load_site(site))
    build_hugo(site, out)
    assert (out / "posts" / SLUG / "tumour.png").read_bytes() == PNG

    publish(retitle(draft_path, NEW_TITLE), load_site(site))
    build_hugo(site, out)
    home = (out / "index.html").read_text(encoding="utf-8")
    assert home.count('class="entry"') == 1 and NEW_TITLE in home
    assert TITLE not in home  # the one entry is the new title
    assert (out / "posts" / NEW_SLUG / "tumour.png").read_bytes() == PNG
    old = (out / "posts" / SLUG / "index.html").read_text(encoding="utf-8")
    assert f'http-equiv="refresh" content="0; url=http://example.org/posts/{NEW_SLUG}/"' in old
    assert not (out / "posts" / SLUG / "tumour.png").exists()

    unpublish(Article.load(draft_path), load_site(site))
    build_hugo(site, out)
    assert not (out / "posts" / NEW_SLUG).exists()
    assert not (out / "posts" / SLUG).exists()
    assert 'class="entry"' not in (out / "index.html").read_text(encoding="utf-8")
    assert not list((site / "content").rglob("*.md"))


def test_jekyll_retitle_and_unpublish(tmp_path, draft_path):
    jekyll = require("jekyll")
    site = tmp_path / "jekyll"
    (site / "_layouts").mkdir(parents=True)
    (site / "_config.yml").write_text("title: Test\nmarkdown: kramdown\n", encoding="utf-8")
    (site / "_layouts" / "post.html").write_text(
        "<html><body><h1>{{ page.title }}</h1>{{ content }}</body></html>", encoding="utf-8"
    )
    out = tmp_path / "_site"

    def build() -> list[Path]:
        import shutil

        shutil.rmtree(out, ignore_errors=True)
        run(
            [jekyll, "build", "--quiet", "--source", str(site), "--destination", str(out)], cwd=site
        )
        return sorted(p for p in out.rglob("*.html"))

    publish(Article.load(draft_path), load_site(site))
    assert [p.name for p in build()] == [f"{SLUG}.html"]
    publish(retitle(draft_path, NEW_TITLE), load_site(site))
    pages = build()
    assert [p.name for p in pages] == [f"{NEW_SLUG}.html"]
    assert NEW_TITLE in pages[0].read_text(encoding="utf-8")
    assert [p.name for p in (out / "assets").iterdir()] == [NEW_SLUG]
    unpublish(Article.load(draft_path), load_site(site))
    assert build() == []
    assert not (site / "assets" / NEW_SLUG).exists()
    assert not list((site / "assets").iterdir())


def test_pelican_retitle_and_unpublish(tmp_path, draft_path):
    require("pelican")
    site = tmp_path / "pelican"
    (site / "content").mkdir(parents=True)
    (site / "pelicanconf.py").write_text(
        'AUTHOR = "Test"\nSITENAME = "Test"\nSITEURL = ""\nTIMEZONE = "UTC"\n'
        'DEFAULT_LANG = "en"\nPATH = "content"\nSTATIC_PATHS = ["images"]\n'
        "FEED_ALL_ATOM = None\nCATEGORY_FEED_ATOM = None\n",
        encoding="utf-8",
    )
    out = tmp_path / "output"

    def build() -> set[str]:
        import shutil

        shutil.rmtree(out, ignore_errors=True)
        run(
            [sys.executable, "-m", "pelican", "content", "-s", "pelicanconf.py", "-o", str(out)],
            cwd=site,
        )
        return {p.name for p in out.glob("*.html")}

    publish(Article.load(draft_path), load_site(site))
    assert f"{SLUG}.html" in build()
    publish(retitle(draft_path, NEW_TITLE), load_site(site))
    built = build()
    assert f"{NEW_SLUG}.html" in built and f"{SLUG}.html" not in built
    assert {p.name for p in (out / "images").iterdir()} == {NEW_SLUG}
    unpublish(Article.load(draft_path), load_site(site))
    built = build()
    assert f"{NEW_SLUG}.html" not in built
    assert not list((site / "content").rglob("*.md"))


def test_astro_schema_author_string_retitle_and_unpublish(tmp_path, draft_path, astro_modules):
    site = tmp_path / "astro"
    for name, text in ASTRO_FILES.items():
        (site / name).parent.mkdir(parents=True, exist_ok=True)
        (site / name).write_text(text, encoding="utf-8")
    config = site / "src" / "content.config.ts"
    config.write_text(
        config.read_text("utf-8").replace(
            "description: z.string(),", "description: z.string(),\n    author: z.string(),"
        ),
        "utf-8",
    )
    (site / "node_modules").symlink_to(astro_modules, target_is_directory=True)
    astro = str(astro_modules / ".bin" / "astro")
    # Another post of the site (Astro's glob loader keeps stale entries of an empty folder).
    other = site / "src" / "content" / "blog" / "other.md"
    other.parent.mkdir(parents=True)
    other.write_text(
        "---\ntitle: Other\ndescription: d\npubDate: 2025-01-01\nauthor: A\n---\nOther post.\n",
        encoding="utf-8",
    )
    dist = site / "dist" / "blog"

    # The starter's schema requires a description: refused before writing, naming it.
    bare = Article.load(draft_path)
    bare.set_field("summary", None)
    with pytest.raises(PublishCheckFailed) as refused:
        publish(bare, load_site(site))
    assert "requires 'description': write a summary in the Article panel" in str(refused.value)
    assert [p.name for p in other.parent.iterdir()] == ["other.md"]

    article = Article.load(draft_path)
    article.set_field("authors", ["Dana Whitfield", "Li Wei"])
    article.save()
    publish(Article.load(draft_path), load_site(site))
    run([astro, "build", "--silent"], cwd=site)
    assert (dist / SLUG / "index.html").is_file()

    publish(retitle(draft_path, NEW_TITLE), load_site(site))
    run([astro, "build", "--silent"], cwd=site)
    assert sorted(p.name for p in dist.iterdir()) == [NEW_SLUG, "other"]

    unpublish(Article.load(draft_path), load_site(site))
    run([astro, "build", "--silent"], cwd=site)
    assert sorted(p.name for p in dist.iterdir()) == ["other"]
    assert not (site / "public" / "images" / NEW_SLUG).exists()


def test_jekyll_old_address_redirects_with_jekyll_redirect_from(tmp_path, draft_path):
    jekyll = require("jekyll")
    plugin = subprocess.run(
        ["ruby", "-e", "require 'jekyll-redirect-from'"], capture_output=True, check=False
    )
    if plugin.returncode != 0:
        pytest.skip("jekyll-redirect-from is not installed (Debian: ruby-jekyll-redirect-from)")
    site = tmp_path / "jekyll"
    (site / "_layouts").mkdir(parents=True)
    (site / "_config.yml").write_text(
        "title: Test\nmarkdown: kramdown\nplugins:\n  - jekyll-redirect-from\n", "utf-8"
    )
    (site / "_layouts" / "post.html").write_text(
        "<html><body><h1>{{ page.title }}</h1>{{ content }}</body></html>", encoding="utf-8"
    )
    out = tmp_path / "_site"
    publish(Article.load(draft_path), load_site(site))
    run([jekyll, "build", "--quiet", "--source", str(site), "--destination", str(out)], cwd=site)
    old = out / "science" / "2025" / "03" / "14" / f"{SLUG}.html"
    assert TITLE in old.read_text(encoding="utf-8")
    publish(retitle(draft_path, NEW_TITLE), load_site(site))
    run([jekyll, "build", "--quiet", "--source", str(site), "--destination", str(out)], cwd=site)
    new = out / "science" / "2025" / "03" / "14" / f"{NEW_SLUG}.html"
    assert NEW_TITLE in new.read_text(encoding="utf-8")
    redirect = old.read_text(encoding="utf-8")
    assert f"/science/2025/03/14/{NEW_SLUG}.html" in redirect and "refresh" in redirect
    assert len(list((site / "_posts").iterdir())) == 1
