"""The interface language: choosing it, compiling and loading a translation, and menus that
stay usable from the keyboard in every shipped language."""

from __future__ import annotations

import logging
import os
import re
import shutil
import time

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QAbstractButton, QDialog, QLabel, QMenu, QToolBar

from articleeditor import translations
from articleeditor.translations import compiled_translation, shipped_codes, ts_path
from tests.ui.test_main_window import ARTICLE, open_and_wait

_MNEMONIC = re.compile(r"&([^&\s])")


@pytest.fixture
def translated(qapp, tmp_path, request):
    """Install the shipped translation ``request.param`` for one test."""
    translator = QTranslator()
    if request.param == "en":  # the source language: no translation
        yield request.param
        return
    compiled = compiled_translation(request.param, tmp_path / "cache")
    assert compiled is not None and translator.load(str(compiled))
    qapp.installTranslator(translator)
    yield request.param
    qapp.removeTranslator(translator)


def _mnemonic(text: str) -> str | None:
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).lower() if found else None


def _clashes(menu_texts: list[str]) -> list[str]:
    seen: dict[str, str] = {}
    clashes = []
    for text in menu_texts:
        key = _mnemonic(text)
        if key is None:
            continue
        if key in seen:
            clashes.append(f"{seen[key]!r} and {text!r} both use &{key}")
        seen[key] = text
    return clashes


@pytest.mark.parametrize("translated", [*shipped_codes(), "en"], indirect=True)
def test_every_menu_has_distinct_accelerators(qtbot, translated, window, site):
    if translated != "en":
        assert QCoreApplication.translate("MainWindow", "&File") != "&File"
    open_and_wait(qtbot, window, site / ARTICLE)
    clashes = {}
    menus = window.findChildren(QMenu)
    assert len(menus) > 5
    for menu in menus:
        menu.aboutToShow.emit()
        texts = [a.text() for a in menu.actions() if not a.isSeparator() and a.isVisible()]
        if found := _clashes(texts):
            clashes[menu.title()] = found
    bar = [action.text() for action in window.menuBar().actions()]
    if found := _clashes(bar):
        clashes["menu bar"] = found
    assert clashes == {}


def _dialog_texts(dialog: QDialog) -> list[str]:
    """Texts that give a dialog's controls their Alt+letter: buttons and buddied labels."""
    texts = [b.text() for b in dialog.findChildren(QAbstractButton) if b.isVisibleTo(dialog)]
    texts += [
        label.text()
        for label in dialog.findChildren(QLabel)
        if label.buddy() is not None and label.isVisibleTo(dialog)
    ]
    return texts


@pytest.mark.parametrize("translated", [*shipped_codes(), "en"], indirect=True)
def test_every_dialog_has_distinct_accelerators(qtbot, translated, window, site):
    from tests.ui.test_untranslated_text import _open_everything

    open_and_wait(qtbot, window, site / ARTICLE)
    dialogs = _open_everything(qtbot, window)
    try:
        clashes = {
            dialog.windowTitle(): found
            for dialog in window.findChildren(QDialog)
            if (found := _clashes(_dialog_texts(dialog)))
        }
    finally:
        for dialog in dialogs:
            dialog.close()
    assert len(dialogs) >= 6
    assert clashes == {}


def test_the_check_finds_a_clash():
    assert _clashes(["&Datei", "&Drucken", "Ö&ffnen"]) == ["'&Datei' and '&Drucken' both use &d"]
    assert _clashes(["文件(&F)", "编辑(&E)", "Save && &Quit"]) == []


@pytest.mark.parametrize("translated", ["zh_CN"], indirect=True)
def test_the_window_speaks_the_language(translated, window):
    assert window.menuBar().actions()[0].text() == "文件(&F)"
    assert window.actions.save.text() == "保存(&S)"
    toolbar = window.findChild(QToolBar, "main-toolbar")
    buttons = [toolbar.widgetForAction(action).text() for action in toolbar.actions()]
    assert buttons == ["新建文章", "打开", "保存"]  # without the menu's "(&S)"


# ----- which language ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("de_DE", "de"),
        ("de_AT", "de"),
        ("zh_CN", "zh_CN"),
        ("zh_SG", "zh_CN"),
        ("zh_TW", None),
        ("fr_FR", None),
        ("en_US", None),
    ],
)
def test_a_locale_finds_its_translation(locale, expected):
    from articleeditor.ui.language import language_for_locale

    assert language_for_locale(QLocale(locale)) == expected


def test_the_option_beats_the_setting_which_beats_the_system(qapp, monkeypatch):
    from articleeditor.ui import language
    from articleeditor.ui import settings as keys

    monkeypatch.setattr(language, "system_language", lambda: "de")
    keys.settings().setValue(keys.LANGUAGE, "")
    assert language.resolve_language() == "de"
    keys.settings().setValue(keys.LANGUAGE, "zh_CN")
    assert language.resolve_language() == "zh_CN"
    assert language.resolve_language("en") is None
    assert language.resolve_language("de") == "de"
    keys.settings().setValue(keys.LANGUAGE, "xx")  # not shipped: the system decides
    assert language.resolve_language() == "de"
    keys.settings().remove(keys.LANGUAGE)


def test_the_language_menu_stores_the_choice_for_the_next_start(window):
    from articleeditor.ui import settings as keys

    menu = window.findChild(QMenu, "language-menu")
    assert menu is not None
    names = [action.text() for action in menu.actions() if action.isCheckable()]
    assert names == ["&System Default", "English", "Deutsch", "简体中文"]
    chinese = next(a for a in menu.actions() if a.data() == "zh_CN")
    chinese.trigger()
    assert keys.settings().value(keys.LANGUAGE) == "zh_CN"
    assert "next starts" in window.statusBar().currentMessage()
    # The window itself does not switch: its texts were built once, in English.
    assert window.menuBar().actions()[0].text() == "&File"


# ----- compiled at run time ------------------------------------------------------------------


@pytest.fixture
def source_copy(tmp_path, monkeypatch):
    """A copy of the German .ts standing in for the bundled one (no compiled file beside it)."""
    folder = tmp_path / "i18n"
    folder.mkdir()
    shutil.copy(ts_path("de"), folder)
    monkeypatch.setattr(translations, "ts_path", lambda code: folder / f"articleeditor_{code}.ts")
    return folder / "articleeditor_de.ts"


def test_a_checkout_compiles_into_the_cache_once(source_copy, tmp_path):
    cache = tmp_path / "cache"
    first = compiled_translation("de", cache)
    assert first == cache / "articleeditor_de.qm" and first.stat().st_size > 1000
    built = first.stat().st_mtime_ns
    assert compiled_translation("de", cache) == first
    assert first.stat().st_mtime_ns == built  # fresh: not compiled again
    later = time.time() + 5
    os.utime(source_copy, (later, later))  # the translator edited the .ts
    assert compiled_translation("de", cache) == first
    assert first.stat().st_mtime_ns != built


def test_a_shipped_compiled_file_is_used_as_it_is(source_copy, tmp_path):
    shipped = source_copy.with_suffix(".qm")
    translations.run_lrelease(source_copy, shipped)
    assert compiled_translation("de", tmp_path / "cache") == shipped
    assert not (tmp_path / "cache").exists()


def test_without_lrelease_the_app_stays_in_english(source_copy, tmp_path, monkeypatch, caplog):
    def missing(name):
        raise translations.ToolMissing(f"{name} was not found")

    monkeypatch.setattr(translations, "qt_tool", missing)
    with caplog.at_level(logging.WARNING, logger="articleeditor.translations"):
        assert compiled_translation("de", tmp_path / "cache") is None
    assert "stays in English" in caplog.text


def test_the_cli_takes_only_shipped_languages(capsys):
    from articleeditor.cli import main

    with pytest.raises(SystemExit):
        main(["screenshot", "--lang", "xx", "-o", "x.png"])
    assert "invalid choice: 'xx'" in capsys.readouterr().err


# ----- core's errors in the interface language -----------------------------------------------


@pytest.mark.parametrize("translated", ["de"], indirect=True)
def test_a_failed_save_is_reported_in_german(qtbot, translated, window, site, dialogs, monkeypatch):
    from articleeditor.core import article as article_module
    from articleeditor.core.errors import SaveError

    def disk_full(path, data, **_guard):
        raise SaveError(path, "No space left on device")

    article = site / ARTICLE
    before = article.read_bytes()
    open_and_wait(qtbot, window, article)
    qtbot.keyClicks(window.editor, "Neu ")
    monkeypatch.setattr(article_module, "atomic_write", disk_full)
    window.actions.save.trigger()
    assert dialogs.shown[-1] == (
        "Nicht gespeichert",
        f"{article} konnte nicht gespeichert werden: No space left on device",
    )
    assert article.read_bytes() == before


@pytest.mark.parametrize("translated", ["zh_CN"], indirect=True)
def test_core_errors_are_worded_from_their_fields(translated, tmp_path):
    from articleeditor.core.errors import FrontMatterError, PublishConflict
    from articleeditor.ui.messages import describe

    path = tmp_path / "a.md"
    assert describe(PublishConflict(path, "b.md")) == f"{path} 已存在，且属于 b.md"
    assert describe(FrontMatterError(3, 7, "mapping values are not allowed here", path)) == (
        f"{path} 的前置元数据无法解析（第 3 行第 7 列）：mapping values are not allowed here"
    )
    assert describe(ValueError("plain")) == "plain"  # not ours: shown as it is


def test_qts_own_strings_follow_the_language(qapp):
    from articleeditor.ui import language

    before = QLocale()
    assert language.install_translation("de") == "de"
    try:
        assert QCoreApplication.translate("MainWindow", "&File") == "&Datei"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
        if QLocale.system().language() != QLocale.Language.German:
            assert QLocale().toString(1300) == "1.300"  # numbers follow the interface
    finally:
        while language._installed:
            qapp.removeTranslator(language._installed.pop())
        QLocale.setDefault(before)
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
