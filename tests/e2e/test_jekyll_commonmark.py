"""A Jekyll site on cmark (jekyll-commonmark) drops raw HTML: the real build still shows the
citations and the References, written as Markdown."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from articleeditor.resources import sample_site_dir
from tests.e2e.test_generators import missing, require

pytestmark = pytest.mark.slow

ARTICLE = "content/posts/car-t-cells-liver-cancer.md"


def _has_commonmark_plugin() -> bool:
    found = subprocess.run(
        ["gem", "list", "-i", "jekyll-commonmark"], capture_output=True, text=True
    )
    return found.stdout.strip() == "true"


def test_citations_survive_a_commonmark_jekyll_build(tmp_path):
    jekyll = require("jekyll")
    if not _has_commonmark_plugin():
        missing("jekyll-commonmark is not installed")
    site = tmp_path / "site"
    (site / "_posts").mkdir(parents=True)
    (site / "_config.yml").write_text(
        "title: t\nmarkdown: CommonMark\nplugins: [jekyll-commonmark]\n", encoding="utf-8"
    )
    draft = tmp_path / "draft.md"
    draft.write_bytes((sample_site_dir() / ARTICLE).read_bytes())
    published = subprocess.run(
        [sys.executable, "-m", "articleeditor", "publish", str(draft), str(site)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert published.returncode == 0, published.stderr
    assert 'add "UNSAFE"' in published.stdout + published.stderr
    subprocess.run([jekyll, "build", "-q"], cwd=site, check=True, timeout=300, capture_output=True)
    page = next(Path(site, "_site").rglob("car-t-cells-liver-cancer.html")).read_text("utf-8")
    assert "raw HTML omitted" not in page
    assert '[<a href="#references">1</a>]' in page
    assert "<h2>References</h2>" in page and "Tisagenlecleucel" in page
