"""Nothing outside the draft's folder tree or the site leaves the machine: not through a link
in the body, a symbolic link, the cover, the site's stylesheet or the standalone export; and
the content folder itself must lie in the site."""

from __future__ import annotations

from pathlib import Path

import pytest

from articleeditor.core.article import Article
from articleeditor.core.errors import LinkOutsideFolders, PublishCheckFailed
from articleeditor.core.page import standalone_html
from articleeditor.core.publish import plan_publish, publish
from articleeditor.core.render import render_article
from articleeditor.core.site import SiteConfigError, load_site

from .test_publish import NOW, make_site, site_files

PNG = b"\x89PNG private photo"
HEAD = "---\ntitle: Leak\ndate: 2026-01-02\nsummary: s\n---\n"


@pytest.fixture
def private(tmp_path) -> Path:
    """A folder beside the drafts and the site whose files must never be published."""
    folder = tmp_path / "private"
    folder.mkdir()
    (folder / "secret.pdf").write_bytes(b"%PDF private")
    (folder / "photo.png").write_bytes(PNG)
    return folder


def write_draft(tmp_path: Path, body: str) -> Article:
    folder = tmp_path / "drafts"
    folder.mkdir(exist_ok=True)
    path = folder / "leak.md"
    path.write_text(HEAD + body, encoding="utf-8")
    return Article.load(path)


@pytest.mark.parametrize("generator", ["hugo", "jekyll", "pelican", "astro", "plain"])
def test_a_link_to_a_file_outside_is_refused_naming_it(tmp_path, private, generator):
    site = make_site(tmp_path / "site", generator)
    before = site_files(site)
    draft = write_draft(tmp_path, "Get [the data](../private/secret.pdf).\n")
    plan = plan_publish(draft, load_site(site), now=NOW)
    assert len(plan.problems) == 1
    assert "'../private/secret.pdf' points to" in plan.problems[0]
    assert str(private / "secret.pdf") in plan.problems[0]
    with pytest.raises(PublishCheckFailed):
        publish(draft, load_site(site), now=NOW)
    assert site_files(site) == before


def test_etc_passwd_through_parent_folders_is_refused(tmp_path):
    if not Path("/etc/passwd").is_file():
        pytest.skip("no /etc/passwd here")
    site = make_site(tmp_path / "site", "hugo")
    draft = write_draft(tmp_path, "[data](" + "../" * 40 + "etc/passwd)\n")
    with pytest.raises(PublishCheckFailed) as caught:
        publish(draft, load_site(site), now=NOW)
    assert "points to /etc/passwd" in str(caught.value)
    assert not (site / "content").exists()


def test_a_symbolic_link_beside_the_draft_is_followed_before_deciding(tmp_path, private):
    site = make_site(tmp_path / "site", "hugo")
    draft = write_draft(tmp_path, "![photo](img/photo.png)\n")
    (draft.path.parent / "img").mkdir()
    (draft.path.parent / "img" / "photo.png").symlink_to(private / "photo.png")
    plan = plan_publish(draft, load_site(site), now=NOW)
    assert plan.problems and "'img/photo.png' points to" in plan.problems[0]
    assert str(private / "photo.png") in plan.problems[0]
    assert all(f.source is None for f in plan.files)


def test_a_cover_outside_is_refused(tmp_path, private):
    site = make_site(tmp_path / "site", "astro")
    draft = write_draft(tmp_path, "Text.\n")
    draft.set_field("cover", "../private/photo.png")
    plan = plan_publish(draft, load_site(site), now=NOW)
    assert any("'../private/photo.png' points to" in p for p in plan.problems)


def test_files_in_the_draft_tree_and_in_the_site_are_copied(tmp_path):
    site = make_site(tmp_path / "site", "hugo")
    (site / "static").mkdir()
    (site / "static" / "logo.png").write_bytes(b"logo")
    folder = site / "drafts"
    (folder / "deep" / "img").mkdir(parents=True)
    (folder / "deep" / "img" / "a.png").write_bytes(b"a")
    path = folder / "deep" / "post.md"
    path.write_text(HEAD + "![a](img/a.png) ![logo](../../static/logo.png)\n", "utf-8")
    plan = publish(Article.load(path), load_site(site), now=NOW)
    assert sorted(f.target.name for f in plan.files) == ["a.png", "index.md", "logo.png"]


def test_site_css_outside_the_site_is_refused(tmp_path, private):
    (private / "theme.css").write_text("body { color: red }", encoding="utf-8")
    site = make_site(tmp_path / "site", "plain", 'css = "../private/theme.css"\n')
    with pytest.raises(SiteConfigError) as caught:
        load_site(site)
    assert "site.css '../private/theme.css'" in str(caught.value)
    assert "outside the site folder" in str(caught.value)


def test_site_css_inside_the_site_is_used_by_the_plain_page(tmp_path):
    site = make_site(tmp_path / "site", "plain", 'css = "look.css"\n')
    (site / "look.css").write_text("body { color: rebeccapurple }", encoding="utf-8")
    draft = write_draft(tmp_path, "Text.\n")
    plan = publish(draft, load_site(site), now=NOW)
    page = next(f for f in plan.files if f.target.suffix == ".html")
    assert b"rebeccapurple" in page.data


@pytest.mark.parametrize("content_dir", ["../outside", "/tmp"])
def test_content_dir_outside_the_site_is_refused(tmp_path, content_dir):
    site = make_site(tmp_path / "site", "hugo", f'content_dir = "{content_dir}"\n')
    with pytest.raises(SiteConfigError) as caught:
        load_site(site)
    assert f"site.content_dir '{content_dir}'" in str(caught.value)


def test_a_content_folder_that_is_a_symbolic_link_out_of_the_site_is_refused(tmp_path):
    site = make_site(tmp_path / "site", "hugo")
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (site / "content").symlink_to(outside, target_is_directory=True)
    with pytest.raises(SiteConfigError) as caught:
        load_site(site)
    assert f"the content folder 'content' resolves to {outside}, outside the site" in str(
        caught.value
    )
    assert list(outside.iterdir()) == []


def test_a_content_folder_linked_inside_the_site_is_fine(tmp_path):
    site = make_site(tmp_path / "site", "hugo")
    (site / "real-content").mkdir()
    (site / "content").symlink_to(site / "real-content", target_is_directory=True)
    assert load_site(site).content_dir == (site / "real-content").resolve()


# ----- the standalone export ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "image",
    [
        "![p](../private/photo.png)",
        '<img src="{private}/photo.png">',
        '<img src="file://{private}/photo.png">',
    ],
)
def test_standalone_export_refuses_images_outside(tmp_path, private, image):
    folder = tmp_path / "drafts"
    folder.mkdir()
    rendered = render_article(HEAD + image.format(private=private) + "\n")
    with pytest.raises(LinkOutsideFolders) as caught:
        standalone_html(rendered, folder)
    assert caught.value.path == private / "photo.png"
    # The site's folder may be allowed as well; then the image is embedded.
    page = standalone_html(rendered, folder, allowed=(folder, private))
    assert "data:image/png;base64," in page


def test_standalone_export_never_embeds_etc_passwd(tmp_path):
    if not Path("/etc/passwd").is_file():
        pytest.skip("no /etc/passwd here")
    rendered = render_article(HEAD + '<img src="file:///etc/passwd">\n')
    with pytest.raises(LinkOutsideFolders):
        standalone_html(rendered, tmp_path)
