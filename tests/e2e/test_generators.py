"""External truth: Hugo, Jekyll and Pelican build a tiny site holding a published article.

Needs ``hugo`` and ``jekyll`` (Debian packages) and ``pelican`` (PyPI, the ``test`` extra).
Skipped locally when a tool is missing; a failure on CI (``CI`` set), where .ci/run installs them.
"""

from __future__ import annotations

import base64
import importlib.util
import os
import re
import shutil
import subprocess
import sys
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
        if os.environ.get("CI"):
            pytest.fail(f"{tool} is required on CI (installed by .ci/run)")
        pytest.skip(f"{tool} is not installed")
    return path


def run(args: list[str], cwd: Path) -> None:
    result = subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=240)
    assert result.returncode == 0, result.stdout + result.stderr


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
    site = tmp_path / "jekyll"
    (site / "_layouts").mkdir(parents=True)
    (site / "articleeditor.toml").write_text(f'[publish]\nbody = "{body}"\n', "utf-8")
    (site / "_config.yml").write_text("title: Test\nmarkdown: kramdown\n", encoding="utf-8")
    (site / "_layouts" / "post.html").write_text(
        "<html><body><h1>{{ page.title }}</h1>{{ content }}</body></html>", encoding="utf-8"
    )
    publish(draft, load_site(site))
    suffix = ".md" if body == "markdown" else ".html"
    assert (site / "_posts" / f"2025-03-14-{SLUG}{suffix}").is_file()
    run([jekyll, "build", "--quiet", "--source", str(site),
         "--destination", str(tmp_path / "_site")], cwd=site)
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
    run([sys.executable, "-m", "pelican", "content", "-s", "pelicanconf.py", "-o", str(out)],
        cwd=site)
    assert_page(out / f"{SLUG}.html")
    assert (out / "images" / SLUG / "tumour.png").read_bytes() == PNG
