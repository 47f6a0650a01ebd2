"""Hugo's configuration read as Hugo reads it; the real ``hugo config`` is the referee."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from articleeditor.core.generators.hugo_config import HugoConfigError, load_hugo_config

UNSAFE_TOML = "[markup.goldmark.renderer]\nunsafe = true\n"

# name -> (files, does raw HTML survive?)
LAYOUTS: dict[str, tuple[dict[str, str], bool]] = {
    "new site": ({"hugo.toml": "baseURL = 'https://example.org/'\ntitle = 'x'\n"}, False),
    "root toml": ({"hugo.toml": "title = 'x'\n" + UNSAFE_TOML}, True),
    "legacy config.toml": ({"config.toml": "title = 'x'\n" + UNSAFE_TOML}, True),
    "commented out": (
        {"hugo.toml": "title = 'x'\n[markup.goldmark.renderer]\n# unsafe = true\n"},
        False,
    ),
    "under params": ({"hugo.toml": "title = 'x'\n[params]\nunsafe = true\n"}, False),
    "json": (
        {"hugo.json": '{"title": "x", "markup": {"goldmark": {"renderer": {"unsafe": true}}}}'},
        True,
    ),
    "yaml": (
        {"hugo.yaml": "title: x\nmarkup:\n  goldmark:\n    renderer:\n      unsafe: true\n"},
        True,
    ),
    "config dir markup file": (
        {
            "hugo.toml": "title = 'x'\n",
            "config/_default/markup.toml": "[goldmark.renderer]\nunsafe = true\n",
        },
        True,
    ),
    "config dir overrides the root": (
        {
            "hugo.toml": "title = 'x'\n" + UNSAFE_TOML,
            "config/_default/markup.toml": "[goldmark.renderer]\nunsafe = false\n",
        },
        False,
    ),
    "production environment": (
        {
            "config/_default/hugo.toml": "title = 'x'\n",
            "config/production/markup.yaml": "goldmark:\n  renderer:\n    unsafe: true\n",
        },
        True,
    ),
    "development only": (
        {
            "config/_default/hugo.toml": "title = 'x'\n",
            "config/development/markup.toml": "[goldmark.renderer]\nunsafe = true\n",
        },
        False,
    ),
    "keys in another case": (
        {"hugo.toml": "title = 'x'\n[Markup.Goldmark.Renderer]\nUnsafe = true\n"},
        True,
    ),
    "hugo.toml wins over config.toml": (
        {"hugo.toml": "title = 'x'\n", "config.toml": "title = 'x'\n" + UNSAFE_TOML},
        False,
    ),
    "string, not boolean": (
        {"hugo.toml": "title = 'x'\n[markup.goldmark.renderer]\nunsafe = 'true'\n"},
        False,
    ),
}


def _site(tmp_path: Path, files: dict[str, str]) -> Path:
    root = tmp_path / "site"
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    (root / "content").mkdir(exist_ok=True)
    return root


@pytest.mark.parametrize("name", sorted(LAYOUTS))
def test_raw_html_setting_is_read_like_hugo(tmp_path, name):
    files, expected = LAYOUTS[name]
    config = load_hugo_config(_site(tmp_path, files))
    assert config.keeps_raw_html is expected


@pytest.mark.skipif(shutil.which("hugo") is None, reason="hugo is not installed")
@pytest.mark.parametrize("name", sorted(LAYOUTS))
def test_real_hugo_agrees(tmp_path, name):
    files, expected = LAYOUTS[name]
    root = _site(tmp_path, files)
    if name == "string, not boolean":
        pytest.skip("Hugo casts the string; we ask the writer for a real boolean")
    shown = subprocess.run(
        ["hugo", "config"], cwd=root, capture_output=True, text=True, timeout=60, check=True
    ).stdout
    # Hugo 0.111 prints nested tables as Go maps: markup = map[goldmark:map[renderer:map[…]]]
    markup = re.search(r"^markup\s*[=:]\s*(.*)$", shown, re.MULTILINE)
    real = bool(markup and re.search(r"renderer:map\[[^\]]*unsafe:true", markup.group(1)))
    assert real is expected


def test_where_to_allow_names_the_file(tmp_path):
    config = load_hugo_config(_site(tmp_path, LAYOUTS["new site"][0]))
    advice = config.where_to_allow_raw_html()
    assert "hugo.toml" in advice and "[markup.goldmark.renderer]" in advice


def test_a_broken_file_names_itself(tmp_path):
    root = _site(tmp_path, {"hugo.toml": "title = 'x'\n[markup\n"})
    with pytest.raises(HugoConfigError) as raised:
        load_hugo_config(root)
    assert raised.value.path == root / "hugo.toml"


def test_a_list_is_not_a_configuration(tmp_path):
    with pytest.raises(HugoConfigError, match="table"):
        load_hugo_config(_site(tmp_path, {"hugo.yaml": "- a\n- b\n"}))


def test_a_fifo_in_place_of_a_configuration_is_refused_not_read(tmp_path):
    import os

    from articleeditor.core.generators.jekyll_config import (
        JekyllConfigError,
        load_jekyll_config,
    )

    root = _site(tmp_path, {"config/_default/hugo.toml": "title = 'x'\n"})
    os.mkfifo(root / "config" / "_default" / "markup.toml")
    assert not load_hugo_config(root).keeps_raw_html  # read the files, skipped the FIFO
    os.mkfifo(root / "_config.yml")
    with pytest.raises(JekyllConfigError, match=r"not a regular file|FIFO|pipe"):
        load_jekyll_config(root)


def test_why_a_configuration_cannot_be_read_is_a_finding_that_prints_as_before(tmp_path):
    # The publish plan carries the error as a finding the window words; the command line
    # prints its English, which is the error's text.
    from articleeditor.core.generators.jekyll_config import (
        JekyllConfigError,
        load_jekyll_config,
    )

    hugo = _site(tmp_path / "hugo", {"hugo.yaml": "- a\n- b\n"})
    with pytest.raises(HugoConfigError) as raised:
        load_hugo_config(hugo)
    assert raised.value.message.code == "config-file-not-table"
    assert str(raised.value) == f"{hugo / 'hugo.yaml'}: does not hold a table of settings"
    finding = raised.value.finding()
    assert (finding.code, finding) == ("file-problem", str(raised.value))

    jekyll = tmp_path / "jekyll"
    (jekyll / "_config.yml").mkdir(parents=True)
    with pytest.raises(JekyllConfigError) as raised_jekyll:
        load_jekyll_config(jekyll)
    assert raised_jekyll.value.message.code == "file-is-folder"
    assert raised_jekyll.value.finding() == str(raised_jekyll.value)
