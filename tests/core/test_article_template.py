"""New Article: the site's archetype or template, else ours; the slug Publish will use."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

from articleeditor.core.article_template import derived_slug, new_article_text
from articleeditor.core.frontmatter import parse
from articleeditor.core.site import load_site

NOW = datetime(2026, 12, 3, 9, 30, tzinfo=timezone(timedelta(hours=1)))

HUGO_0_111 = (
    '---\ntitle: "{{ replace .Name "-" " " | title }}"\ndate: {{ .Date }}\ndraft: true\n---\n\n'
)
HUGO_NEW = (
    "+++\ndate = '{{ .Date }}'\ndraft = true\n"
    'title = \'{{ replace .File.ContentBaseName "-" " " | title }}\'\n+++\n'
)


def _site(tmp_path: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return tmp_path


def test_without_a_site_our_template_parses():
    text = new_article_text(None, NOW, "Liver cancer")
    data = parse(text).data
    assert data["title"] == "Liver cancer"
    assert data["draft"] is True and data["tags"] == []
    assert data["date"] == NOW


def test_hugo_archetypes_of_two_hugo_versions(tmp_path):
    for archetype in (HUGO_0_111, HUGO_NEW):
        root = _site(tmp_path, {"hugo.toml": "title = 'x'\n", "archetypes/default.md": archetype})
        data = parse(new_article_text(load_site(root), NOW, "Liver cancer")).data
        assert data["title"] == "Liver cancer"
        assert data["draft"] is True
        assert str(data["date"]).startswith("2026-12-03")


def test_a_section_archetype_wins(tmp_path):
    root = _site(
        tmp_path,
        {
            "hugo.toml": "",
            "archetypes/default.md": "---\nkind: default\n---\n",
            "archetypes/news.md": "---\nkind: news\nslug: {{ .Name }}\n{{ .Site.Title }}\n---\n",
            "articleeditor.toml": '[publish]\nsection = "news"\n',
        },
    )
    text = new_article_text(load_site(root), NOW, "Liver cancer")
    assert parse(text).data == {"kind": "news", "slug": "liver-cancer"}


def test_a_template_named_in_the_configuration(tmp_path):
    root = _site(
        tmp_path,
        {
            "articleeditor.toml": '[new]\ntemplate = "templates/article.md"\n',
            "templates/article.md": '---\ntitle: "{title}"\ndate: {date}\ncategories: '
            "[ScienceNews]\n---\n\nLead paragraph.\n",
        },
    )
    text = new_article_text(load_site(root), NOW, "Liver cancer")
    assert parse(text).data["categories"] == ["ScienceNews"]
    assert text.endswith("Lead paragraph.\n")


def test_a_template_outside_the_site_is_not_read(tmp_path):
    outside = tmp_path / "secret.md"
    outside.write_text("---\nsecret: yes\n---\n")
    root = _site(tmp_path / "site", {"articleeditor.toml": '[new]\ntemplate = "../secret.md"\n'})
    assert "secret" not in new_article_text(load_site(root), NOW)


def test_the_slug_follows_the_sites_rules(tmp_path):
    root = _site(tmp_path, {"articleeditor.toml": '[slug]\nseparator = "_"\nmax_length = 12\n'})
    site = load_site(root)
    assert derived_slug("CAR-T cells against liver cancer", "", site) == "car_t_cells"
    assert derived_slug("Anything", "own-slug", site) == "own-slug"
    assert derived_slug("北京大学", "", None) == "bei-jing-da-xue"
