"""The interface language: which translation to load, loading it (ours and Qt's own for the
standard buttons), and the View › Interface Language menu that chooses it for the next launch.

Switching live would need every widget to re-read its texts on ``LanguageChange``; the app
builds its texts once, so a new choice takes effect when the app next starts, and the menu
says so.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QStandardPaths, QTranslator
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu

from articleeditor import APP_NAME
from articleeditor.translations import (
    SHIPPED,
    SOURCE_LANGUAGE,
    compiled_translation,
    shipped_codes,
)
from articleeditor.ui import settings as keys

log = logging.getLogger(__name__)

# Kept alive for the application's lifetime: Qt does not own installed translators.
_installed: list[QTranslator] = []


def chosen_language() -> str:
    """The language setting: a shipped code, ``en``, or "" for the system's language."""
    value = keys.settings().value(keys.LANGUAGE, "")
    return str(value or "")


def language_for_locale(locale: QLocale) -> str | None:
    """The shipped translation that suits ``locale`` (``de_AT`` -> ``de``), or None."""
    codes = shipped_codes()
    if locale.language() == QLocale.Language.Chinese:
        simplified = locale.script() == QLocale.Script.SimplifiedChineseScript or (
            locale.script() == QLocale.Script.AnyScript
            and locale.territory() in (QLocale.Country.China, QLocale.Country.Singapore)
        )
        return "zh_CN" if simplified and "zh_CN" in codes else None
    name = locale.name()  # "de_DE"
    for code in (name, name.split("_")[0]):
        if code in codes:
            return code
    return None


def system_language() -> str | None:
    """The first of the system's preferred interface languages that ships, or None."""
    for name in QLocale.system().uiLanguages():
        if name.startswith("en"):  # the source language comes first: stay in English
            return None
        code = language_for_locale(QLocale(name))
        if code:
            return code
    return None


def resolve_language(override: str | None = None) -> str | None:
    """The translation to load: ``override`` (``--lang``), then the setting, then the system."""
    choice = override if override is not None else chosen_language()
    if choice == SOURCE_LANGUAGE:
        return None
    if choice:
        if choice in shipped_codes():
            return choice
        log.warning("no %s translation ships; following the system language", choice)
    return system_language()


def translation_cache() -> Path:
    """Where a source checkout's translations are compiled: ~/.cache/ArticleEditor/i18n and
    the like (CacheLocation would repeat the name: organisation and app are one)."""
    location = QStandardPaths.StandardLocation.GenericCacheLocation
    return Path(QStandardPaths.writableLocation(location)) / APP_NAME / "i18n"


def install_translation(override: str | None = None) -> str | None:
    """Load and install the interface translation; return the code loaded, or None (English)."""
    app = QCoreApplication.instance()
    assert app is not None, "create the application first"
    code = resolve_language(override)
    if code is None:
        return None
    compiled = compiled_translation(code, translation_cache())
    if compiled is None:
        return None
    ours = QTranslator(app)
    if not ours.load(str(compiled)):
        log.warning("could not load %s; the interface stays in English", compiled)
        return None
    app.installTranslator(ours)
    _installed.append(ours)
    # Qt's own strings: the standard dialog buttons (OK, Cancel, Save…) and file dialogs.
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qtbase = QTranslator(app)
    if qtbase.load(f"qtbase_{code}", qt_folder):
        app.installTranslator(qtbase)
        _installed.append(qtbase)
    else:
        log.info("Qt's own translation for %s is not in %s", code, qt_folder)
    # Numbers and dates follow the interface when it differs from the system's language
    # (--lang de on an English system); a de_AT system keeps its own de_AT conventions.
    if QLocale.system().language() != QLocale(code).language():
        QLocale.setDefault(QLocale(code))
    log.info("interface language: %s", code)
    return code


class LanguageMenu(QMenu):
    """View › Interface Language: "System default" and each shipped language, by its own name."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(self.tr("&Interface Language"), window)
        self.setObjectName("language-menu")
        self._window = window
        note = self.addAction(self.tr("Takes effect the next time ArticleEditor starts"))
        note.setEnabled(False)
        self.addSeparator()
        group = QActionGroup(self)
        current = chosen_language()
        choices = [("", self.tr("&System Default")), (SOURCE_LANGUAGE, "English")]
        # Each language is named in itself, so a reader can find theirs in any interface.
        choices += [(language.code, language.native_name) for language in SHIPPED]
        for code, text in choices:
            action = QAction(text, self)
            action.setCheckable(True)
            action.setData(code)
            action.setObjectName(f"language-{code or 'system'}")
            action.setChecked(code == current)
            group.addAction(action)
            self.addAction(action)
        group.triggered.connect(self._choose)

    def _choose(self, action: QAction) -> None:
        keys.settings().setValue(keys.LANGUAGE, action.data())
        self._window.statusBar().showMessage(
            self.tr("The new language applies when ArticleEditor next starts."), 10000
        )
