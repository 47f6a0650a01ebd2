"""The ``articleeditor`` command as a user runs it: exit codes, messages, files written."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from articleeditor import __version__
from articleeditor.resources import sample_site_dir

ARTICLE = sample_site_dir() / "content/posts/car-t-cells-liver-cancer.md"


def run_cli(*args: str, timeout: int = 120) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "articleeditor", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
    )


def test_version():
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"ArticleEditor {__version__}"


@pytest.mark.parametrize("args", [["--help"], ["render", "--help"], ["screenshot", "--help"]])
def test_help(args):
    result = run_cli(*args)
    assert result.returncode == 0
    assert "usage:" in result.stdout


def test_render_writes_the_preview_page(tmp_path):
    out = tmp_path / "out.html"
    result = run_cli("render", str(ARTICLE), "-o", str(out))
    assert result.returncode == 0, result.stderr
    page = out.read_text(encoding="utf-8")
    assert re.search(r'<h2 [^>]*id="a-target-on-liver-cancer-cells"', page)
    assert "slug: car-t" not in page


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"---\ntitle: Caf\xe9\n---\n", "UTF-8"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    ],
)
def test_render_bad_input_is_one_line_no_traceback(tmp_path, content, expected):
    bad = tmp_path / "bad.md"
    bad.write_bytes(content)
    result = run_cli("render", str(bad))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "bad.md" in result.stderr and expected in result.stderr


def test_missing_file_is_a_user_error(tmp_path):
    result = run_cli("render", str(tmp_path / "nope.md"))
    assert result.returncode == 1
    assert "nope.md" in result.stderr and "Traceback" not in result.stderr


def test_screenshot_shows_editor_and_preview(tmp_path):
    from PySide6.QtGui import QImage

    out = tmp_path / "shot.png"
    result = run_cli("screenshot", str(ARTICLE), "-o", str(out), "--size", "1200x800")
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1200, 800)
    # The preview is not blank: its area holds many distinct colours (text, tags, headings).
    colours = {image.pixel(x, y) for x in range(400, 900, 3) for y in range(100, 700, 3)}
    assert len(colours) > 20


def test_screenshot_in_another_language(tmp_path):
    out = tmp_path / "shot.png"
    env = dict(
        os.environ, XDG_DATA_HOME=str(tmp_path / "data"), XDG_CACHE_HOME=str(tmp_path / "cache")
    )
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "articleeditor",
            "screenshot",
            str(ARTICLE),
            "-o",
            str(out),
            "--size",
            "800x600",
            "--lang",
            "zh_CN",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(env, QT_QPA_PLATFORM="offscreen"),
    )
    assert result.returncode == 0, result.stderr
    assert out.is_file()
    log = (tmp_path / "data/ArticleEditor/logs/articleeditor.log").read_text(encoding="utf-8")
    assert "interface language: zh_CN" in log
    # A checkout compiles the translation into the cache; a wheel ships it compiled.
    shipped = sample_site_dir().parent / "i18n/articleeditor_zh_CN.qm"
    compiled = tmp_path / "cache/ArticleEditor/i18n/articleeditor_zh_CN.qm"
    assert shipped.is_file() or compiled.is_file()


def test_screenshot_bad_size_is_a_user_error(tmp_path):
    result = run_cli("screenshot", str(ARTICLE), "-o", str(tmp_path / "s.png"), "--size", "big")
    assert result.returncode == 2  # argparse's usage error
    assert "WIDTHxHEIGHT" in result.stderr


def test_no_traceback_when_opening_missing_path(tmp_path):
    result = run_cli(str(Path(tmp_path) / "missing.md"))
    assert result.returncode == 1
    assert "missing.md" in result.stderr


def test_refs_import_into_article(tmp_path):
    import shutil

    from articleeditor.core.frontmatter import parse

    article = tmp_path / "a.md"
    shutil.copy(ARTICLE, article)
    before = article.read_text(encoding="utf-8")
    refdata = Path(__file__).parents[1] / "core" / "refdata"
    result = run_cli("refs", "import", str(refdata / "sample.bib"), "--into", str(article))
    assert result.returncode == 0, result.stderr
    assert "sample.bib:12" in result.stderr  # the broken entry, named with its line
    assert "imported 2 reference(s)" in result.stdout
    after = article.read_text(encoding="utf-8")
    keys = [r["id"] for r in parse(after).data["references"]]
    assert keys[-2:] == ["Neelapu2017", "june2018"]
    # Everything outside the references block is untouched.
    assert after.split("references:")[0] == before.split("references:")[0]
    assert after.split("\n---\n", 1)[1] == before.split("\n---\n", 1)[1]


def test_render_uses_the_site_options_and_stylesheet(tmp_path):
    site = tmp_path / "site"
    (site / "content").mkdir(parents=True)
    (site / "articleeditor.toml").write_text('[site]\ncss = "theme.css"\n', encoding="utf-8")
    (site / "theme.css").write_text("h1 { color: rgb(9, 8, 7); }", encoding="utf-8")
    article = site / "content" / "post.md"
    article.write_text("---\ntitle: T\n---\n# Hello\n", encoding="utf-8")
    out = tmp_path / "out.html"
    result = run_cli("render", str(article), "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert "rgb(9, 8, 7)" in out.read_text(encoding="utf-8")
