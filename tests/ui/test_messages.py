"""Every error core raises has a wording of its own in the window, and every finding code
core makes has a template there: nothing core says reaches the window in English.

The check runs under a translation that turns every letter of our strings into ``x`` (their
placeholders kept) and wraps each in ⟦ ⟧. The errors below carry only digits, so what
``describe()`` returns must be one translated template, and a letter other than ``x`` in it
is English that did not go through a translation (an English reason core put into a field).
"""

from __future__ import annotations

import importlib
import pickle
import pkgutil
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

import articleeditor.core
from articleeditor.core.article_list import ArticleNameRefused
from articleeditor.core.citeproc import STYLES, BrokenStyleFile, UnknownStyle
from articleeditor.core.critic import MarkKind, StaleMarkError, parse_marks
from articleeditor.core.errors import (
    ArticleEditorError,
    BulkEditError,
    DraftNotWritable,
    FileFormatError,
    FileReadError,
    FilesChangedSince,
    FileTooLarge,
    FrontMatterError,
    LinkOutsideFolders,
    PublishCheckFailed,
    PublishConflict,
    PublishError,
    SaveError,
)
from articleeditor.core.findings import Finding
from articleeditor.core.generators.config_file import ConfigFileError
from articleeditor.core.references import BibliographyError
from articleeditor.core.site import SiteConfigError
from articleeditor.core.storage import FileChangedOnDisk
from articleeditor.core.time_limit import RENDERING, TimeLimitExceeded
from articleeditor.ui.messages import describe
from tests.ui.pseudo_translation import CLOSE, DISGUISE, OPEN, build_pseudo_qm, disguise
from tests.ui.test_main_window import ARTICLE, open_and_wait
from tests.ui.test_publish import wait_for_plan
from tests.ui.test_publish_draft_record import DRAFT
from tests.ui.test_references import import_file
from tests.ui.test_tags import open_site as open_tags_site

FILE = Path("/1/2")


def _marks() -> list[StaleMarkError]:
    text = "{++1++} {--2--} {~~3~>4~~} {==5==} {>>6<<}"
    return [StaleMarkError(mark) for mark in parse_marks(text)]


# One error of each class (each form its wording has), with digits for every value.
SAMPLES: list[ArticleEditorError] = [
    FileFormatError(FILE, "3"),
    FileFormatError(None, "3"),
    FileFormatError(FILE, Finding("text-binary", {"line": 1, "column": 2})),
    FileTooLarge(FILE, 25_000_000, 20_000_000),
    FrontMatterError(3, 4, "5", FILE),
    FrontMatterError(3, 4, "5"),
    SaveError(FILE, "6"),
    SaveError(FILE, Finding("write-disk-full")),
    FileChangedOnDisk(FILE),
    FileReadError(FILE, "3"),
    FileReadError(None, "3"),
    FileReadError(FILE, Finding("file-missing")),
    FileReadError(None, Finding("file-named-pipe")),
    PublishCheckFailed([Finding("no-title"), Finding("plan-sentence", {"finding": "7"})]),
    PublishCheckFailed(
        [
            Finding(
                "publish-generator-config",
                {"detail": ConfigFileError(FILE, Finding("config-file-not-table")).finding()},
            )
        ]
    ),
    PublishConflict(FILE, "7"),
    PublishError(FILE, "6"),
    PublishError(FILE, Finding("permission-denied")),
    PublishError(
        FILE,
        Finding(
            "publish-not-restored",
            {"reason": Finding("publish-folder-read-only", {"folder": FILE}), "paths": "/1, /2"},
        ),
    ),
    LinkOutsideFolders("8", FILE, (Path("/9"), Path("/10"))),
    DraftNotWritable(FILE, Finding("draft-file-read-only")),
    DraftNotWritable(FILE, "6"),
    DraftNotWritable(FILE, FileChangedOnDisk(FILE).reason),
    BulkEditError(FILE, "6", restored=True),
    BulkEditError(FILE, "6", restored=False),
    BulkEditError(FILE, Finding("write-folder-read-only"), restored=True),
    FilesChangedSince([FILE] * 4, "11"),
    SiteConfigError(FILE, "3"),
    SiteConfigError(FILE, Finding("config-not-table", {"name": "4"})),
    SiteConfigError(
        FILE,
        Finding(
            "config-outside-site",
            {"key": Finding("config-content-folder"), "value": "5", "path": FILE, "root": FILE},
        ),
    ),
    SaveError(FILE, Finding("write-not-regular", {"target": FILE})),
    ArticleNameRefused(FILE, Finding("name-taken")),
    ArticleNameRefused(FILE, Finding("name-unchanged")),
    ArticleNameRefused(FILE, "6"),
    BibliographyError(FILE, 3, "5"),
    BibliographyError(None, 0, "5"),
    BibliographyError(FILE, 0, Finding("bibliography-item-not-mapping", {"number": 4})),
    BibliographyError(FILE, 0, Finding("file-unreadable", {"detail": "5"})),
    BibliographyError(
        FILE, 3, Finding("bibtex-key-without-equals", {"field": "4 5", "delimiter": "}"})
    ),
    BibliographyError(
        FILE,
        3,
        Finding(
            "bibtex-name",
            {"key": "4", "name": "5, 6, 7", "reason": Finding("bibtex-name-too-many-commas")},
        ),
    ),
    UnknownStyle("9"),
    BrokenStyleFile(FILE, "12"),
    TimeLimitExceeded(RENDERING, 60),
    *_marks(),
]
# Values that are names, not words: the citation styles an unknown one is offered instead.
NAMES = (", ".join(STYLES),)


def core_error_classes() -> set[type[ArticleEditorError]]:
    """Every ArticleEditorError subclass defined in articleeditor.core."""
    for module in pkgutil.walk_packages(articleeditor.core.__path__, "articleeditor.core."):
        importlib.import_module(module.name)
    found: set[type[ArticleEditorError]] = set()
    stack: list[type[ArticleEditorError]] = [ArticleEditorError]
    while stack:
        for subclass in stack.pop().__subclasses__():
            if subclass.__module__.startswith("articleeditor.core."):
                found.add(subclass)
            stack.append(subclass)
    return found


def english_in(text: str) -> str:
    """The letters of ``text`` that no translation made (names in NAMES aside)."""
    for name in NAMES:
        text = text.replace(name, "")
    return "".join(ch for ch in text if ch.isalpha() and ch != DISGUISE)


@pytest.fixture(scope="module")
def disguised_qm(tmp_path_factory) -> Path:
    return build_pseudo_qm(
        tmp_path_factory.mktemp("disguised"), lambda source: f"{OPEN}{disguise(source)}{CLOSE}"
    )


@pytest.fixture
def disguised(qapp, disguised_qm):
    translator = QTranslator()
    assert translator.load(str(disguised_qm))
    qapp.installTranslator(translator)
    # The check would pass vacuously if the translation were not in effect.
    shown = QCoreApplication.translate("Messages", "Cannot open {0}: {1}")
    assert shown == f"{OPEN}xxxxxx xxxx {{0}}: {{1}}{CLOSE}"
    yield translator
    qapp.removeTranslator(translator)


def test_every_error_class_in_core_has_a_sample() -> None:
    # A new error class fails here until it has a sample, and so a wording, below.
    assert {type(error) for error in SAMPLES} == core_error_classes()
    assert {e.mark.kind for e in SAMPLES if isinstance(e, StaleMarkError)} == set(MarkKind)


@pytest.mark.parametrize("error", SAMPLES, ids=lambda e: type(e).__name__)
def test_every_core_error_is_worded_by_the_window(disguised, error: ArticleEditorError) -> None:
    shown = describe(error)
    # One translated template around it all: not the error's own text.
    assert shown.startswith(OPEN) and shown.endswith(CLOSE), shown
    assert english_in(shown) == "", shown


@pytest.mark.parametrize("error", SAMPLES, ids=lambda e: type(e).__name__)
def test_an_error_from_the_worker_process_is_worded_as_it_was(qapp, error) -> None:
    # Jobs' errors come back pickled: with their fields, so describe() words them the same.
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error) and str(copy) == str(error)
    assert describe(copy) == describe(error)


def test_an_english_reason_inside_an_error_is_caught(disguised) -> None:
    # The check can fail: text that did not go through a translation keeps its letters.
    assert not describe(ValueError("7")).startswith(OPEN)
    assert english_in(describe(ValueError("plain"))) == "plain"
    assert english_in(describe(SaveError(FILE, "the disk is full"))) == "thediskisfull"


def test_untranslated_wording_keeps_the_values(qapp) -> None:
    assert describe(ArticleNameRefused(Path("/d/a.md"), Finding("name-taken"))) == (
        "a.md: a file with this name already exists"
    )
    assert describe(TimeLimitExceeded(RENDERING, 60)) == (
        "Rendering took longer than 60 s and was stopped"
    )
    assert describe(UnknownStyle("mla")) == str(UnknownStyle("mla"))
    (stale,) = [e for e in _marks() if e.mark.kind is MarkKind.SUBSTITUTION]
    assert describe(stale) == "Line 1: the replacement changed since it was read"


@pytest.mark.parametrize(
    "setting",
    [
        ('style = "numeric"', 'style = "numeric"\n[publish]\ntimezone = "0/1"'),
        ('style = "numeric"', 'style = "9"'),
    ],
    ids=["time-zone", "citation-style"],
)
def test_publish_dialog_words_the_errors_core_found(qtbot, disguised, window, site, setting):
    # A site setting core cannot use: the plan names it as a finding, and the dialog shows
    # it in the interface language, not in core's English.
    config = site / "articleeditor.toml"
    config.write_text(config.read_text(encoding="utf-8").replace(*setting), encoding="utf-8")
    assert window.open_path(site / ARTICLE)  # (the preview falls back to the default style)
    window.actions.publish.trigger()
    dialog = wait_for_plan(qtbot, window)
    shown = [dialog.messages.item(i).text() for i in range(dialog.messages.count())]
    assert len(window.publisher.plan.problems) == 1
    assert shown and [english_in(text) for text in shown] == [""] * len(shown), shown


def test_a_style_the_preview_cannot_use_is_worded_too(qtbot, disguised, window, site):
    # The preview renders with the default style in place of the site's unknown one; the
    # error comes back whole from the worker process and the note over the preview words it.
    config = site / "articleeditor.toml"
    text = config.read_text(encoding="utf-8").replace('style = "numeric"', 'style = "9"')
    config.write_text(text, encoding="utf-8")
    assert window.open_path(site / ARTICLE)
    note = window.preview.note
    qtbot.waitUntil(lambda: "“9”" in note.text() and note.isVisible(), timeout=20_000)
    problem = window.preview.rendered.style_problem
    # The offered styles and the one used are names, not words.
    shown = note.text().replace(", ".join(STYLES), "").replace(problem.used, "")
    assert english_in(shown) == "", note.text()


def test_tag_browser_words_a_broken_files_error(qtbot, disguised, window, site):
    # The index records the error as a finding; the parser's own detail stays as it is.
    (site / "content" / "1.md").write_text("---\ntitle: [oops\n---\n", encoding="utf-8")
    open_tags_site(qtbot, window, site)
    browser = window.tags_feature.browser
    browser.kind.setCurrentIndex(browser.kind.findData("broken"))
    shown = browser.articles.item(0).text()
    (entry,) = window.tags_feature.service.index.broken()
    detail = entry.error_args["detail"]
    assert f"3, {DISGUISE}" in shown and detail in shown, shown
    assert english_in(shown.replace(detail, "").replace("1.md", "")) == "", shown


def test_a_broken_bibtex_file_imported_is_worded(
    qtbot, disguised, window, dialogs, tmp_path, monkeypatch
):
    # bibtexparser's sentences about broken entries reach the window as findings: only the
    # BibTeX text they quote (here digits and punctuation) is shown as it is.
    article = tmp_path / "1.md"
    article.write_text("---\ntitle: '1'\n---\n\n2\n", encoding="utf-8")
    open_and_wait(qtbot, window, article)
    bib = tmp_path / "2.bib"
    bib.write_text(
        "@misc{1,\n  title = {2},\n  3 4\n}\n\n"
        "@misc{5, author = {6, 7, 8, 9}, title = {1}}\n\n"
        "@misc{6, x = {7}, x = {8}}\n\n"  # (a field named as the disguise writes)
        "@misc{9 title = {1}}\n",
        encoding="utf-8",
    )
    import_file(monkeypatch, window, bib)
    title, shown = dialogs.shown[-1]
    assert shown.count(str(bib)) == 4, shown  # one sentence for each broken entry
    assert english_in(title) == "" and english_in(shown.replace(str(bib), "")) == "", shown


def _hugo_site(root: Path, files: dict[str, str]) -> None:
    (root / "hugo.toml").write_text('title = "t"\n', encoding="utf-8")
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")


def _jekyll_site(root: Path, files: dict[str, str]) -> None:
    (root / "_posts").mkdir()
    for name, text in files.items():
        if text:
            (root / name).write_text(text, encoding="utf-8")
        else:
            (root / name).mkdir()  # a folder where the file should be


# A site whose generator's configuration cannot be read: (make it, the unreadable file).
BAD_CONFIGS = {
    "hugo-not-a-table": (_hugo_site, {"config/_default/markup.yaml": "- 1\n- 2\n"}),
    "hugo-does-not-parse": (_hugo_site, {"config/_default/markup.toml": "[1\n"}),
    "jekyll-not-a-table": (_jekyll_site, {"_config.yml": "- 1\n- 2\n"}),
    "jekyll-a-folder": (_jekyll_site, {"_config.yml": ""}),
}


@pytest.mark.parametrize("bad", sorted(BAD_CONFIGS))
def test_a_bad_generator_configuration_in_the_publish_plan_is_worded(
    qtbot, disguised, window, tmp_path, bad
):
    make, files = BAD_CONFIGS[bad]
    root = tmp_path / "site"
    root.mkdir()
    make(root, files)
    draft = root / "drafts" / "record.md"
    draft.parent.mkdir()
    draft.write_text(DRAFT, encoding="utf-8")
    open_and_wait(qtbot, window, draft)
    window.actions.publish.trigger()
    dialog = wait_for_plan(qtbot, window)
    (problem,) = window.publisher.plan.problems
    assert problem.code == "publish-generator-config"
    unreadable = problem.args["detail"]
    (config,) = files
    assert unreadable.args["path"] == root / config
    # A TOML parser's own message is data, as a YAML parser's is for the front matter.
    detail = unreadable.args["detail"]
    parser_says = "" if isinstance(detail, Finding) else detail
    assert bool(parser_says) == (bad == "hugo-does-not-parse")
    shown = [dialog.messages.item(i).text() for i in range(dialog.messages.count())]
    (sentence,) = [text for text in shown if str(root / config) in text]
    rest = sentence.replace(str(root / config), "").replace(parser_says, "")
    assert english_in(rest) == "", sentence


def test_a_draft_changed_on_disk_during_a_publish_is_worded(qtbot, disguised, window, tmp_path):
    # The save guard refuses to overwrite the draft another program changed; its reason is
    # a finding, worded with the rest of the sentence.
    root = tmp_path / "site"
    root.mkdir()
    _hugo_site(root, {})
    draft = root / "drafts" / "record.md"
    draft.parent.mkdir()
    draft.write_text(DRAFT, encoding="utf-8")
    open_and_wait(qtbot, window, draft)
    window.actions.publish.trigger()
    dialog = wait_for_plan(qtbot, window)
    draft.write_bytes(DRAFT.replace("The body.", "1 2.").encode("utf-8"))
    dialog.publish_button.click()  # before the window could notice the change
    # (The busy text is disguised too: wait for the sentence that names the draft.)
    qtbot.waitUntil(lambda: str(draft) in dialog.status.text(), timeout=20_000)
    shown = dialog.status.text()
    assert str(draft) in shown and shown.startswith(OPEN), shown
    assert english_in(shown.replace(str(draft), "")) == "", shown


@pytest.mark.parametrize(
    ("make", "files", "generator", "config"),
    [
        (_hugo_site, {}, "Hugo", "hugo.toml"),
        (_jekyll_site, {"_config.yml": "markdown: CommonMark\n"}, "Jekyll", "_config.yml"),
    ],
    ids=["hugo", "jekyll"],
)
def test_how_to_keep_raw_html_is_worded(
    qtbot, disguised, window, tmp_path, make, files, generator, config
):
    # A site that drops raw HTML: the warning says which setting to change, in the window's
    # language; only the generator's name, the file's name and the setting stay as written.
    root = tmp_path / "site"
    root.mkdir()
    make(root, files)
    draft = root / "drafts" / "record.md"
    draft.parent.mkdir()
    draft.write_text(DRAFT.replace("The body.", "1<sup>2</sup>"), encoding="utf-8")
    open_and_wait(qtbot, window, draft)
    window.actions.publish.trigger()
    dialog = wait_for_plan(qtbot, window)
    (warning,) = [w for w in window.publisher.plan.warnings if w.code == "publish-raw-html-dropped"]
    how = warning.args["how"]
    assert how.code.startswith("raw-html-") and how.args["file"] == config
    setting = {
        "hugo": ("unsafe = true", "[markup.goldmark.renderer]"),
        "jekyll": ("UNSAFE", "commonmark:"),
    }[generator.lower()]
    shown = [dialog.messages.item(i).text() for i in range(dialog.messages.count())]
    (sentence,) = [text for text in shown if config in text]
    rest = sentence
    for value in (generator, config, *setting):
        rest = rest.replace(value, "")
    assert english_in(rest) == "", sentence
