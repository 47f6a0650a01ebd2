"""Spell check, images and crash recovery through the real window."""

from __future__ import annotations

import os
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QEvent, QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QColor, QImage, QKeyEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication, QMessageBox, QPlainTextEdit

from articleeditor.core.recovery import RecoveryJournal, key_for
from articleeditor.ui.editor.features import user_data_folder

ARTICLE = "content/posts/car-t-cells-liver-cancer.md"


def underlined_words(window) -> list[str]:
    """The text of every range the highlighter gave a spell-check underline."""
    found = []
    doc = window.editor.document()
    block = doc.firstBlock()
    while block.isValid():
        for rng in block.layout().formats():
            if rng.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline:
                found.append(block.text()[rng.start : rng.start + rng.length])
        block = block.next()
    return found


def cursor_at(window, text: str, offset: int = 1) -> QTextCursor:
    cursor = QTextCursor(window.editor.document())
    cursor.setPosition(window.editor.text().index(text) + offset)
    return cursor


def test_misspelled_words_are_underlined_in_prose_only(qtbot, window):
    window.editor.load_text(
        "---\ntitle: A wrold tour\nsumary: fine\n---\n"
        "Scientists discoverd a drug. `codde` https://exmple.org [@smithh2020]\n"
        "```\nimprt os\n```\n"
    )
    qtbot.waitUntil(lambda: "discoverd" in underlined_words(window), timeout=10_000)
    words = set(underlined_words(window))
    assert words == {"wrold", "discoverd"}


def test_context_menu_suggests_and_replaces(qtbot, window):
    window.editor.load_text("Scientists discoverd a drug.\n")
    qtbot.waitUntil(lambda: "discoverd" in underlined_words(window), timeout=10_000)
    spelling = window.editor_features.spelling
    # The real context menu at the word's position carries the suggestions first.
    rect = window.editor.cursorRect(cursor_at(window, "discoverd", 2))
    menu = window.editor.context_menu_at(QPoint(rect.center().x(), rect.center().y()))
    texts = [a.text() for a in menu.actions()]
    assert texts[0] == "discovered"
    assert "&Add to Dictionary" in texts
    menu.actions()[0].trigger()
    assert window.editor.text() == "Scientists discovered a drug.\n"
    qtbot.waitUntil(lambda: underlined_words(window) == [], timeout=10_000)
    assert spelling.language == "en"


def test_add_to_dictionary_persists_in_the_data_folder(qtbot, window):
    window.editor.load_text("The Zorblax protein.\n")
    qtbot.waitUntil(lambda: "Zorblax" in underlined_words(window), timeout=10_000)
    rect = window.editor.cursorRect(cursor_at(window, "Zorblax", 3))
    menu = window.editor.context_menu_at(rect.center())
    [add] = [a for a in menu.actions() if a.text() == "&Add to Dictionary"]
    add.trigger()
    assert underlined_words(window) == []
    words = (user_data_folder() / "dictionary.txt").read_text(encoding="utf-8").split()
    assert "Zorblax" in words


def test_spell_check_language_comes_from_front_matter(qtbot, window):
    spelling = window.editor_features.spelling
    with qtbot.waitSignal(spelling.checked, timeout=10_000) as signal:
        window.editor.load_text("---\nlang: de-DE\n---\nDas Haus ist grosss.\n")
    while signal.args[0] != "de":  # a check of an earlier text may finish first
        with qtbot.waitSignal(spelling.checked, timeout=10_000) as signal:
            pass
    assert signal.args[1] == {"grosss"}


def test_spelling_language_setting_applies_without_lang(qtbot, window):
    features = window.editor_features
    [german] = [a for a in features.language_menu.actions() if a.data() == "de"]
    with qtbot.waitSignal(features.spelling.checked, timeout=10_000):
        german.trigger()
    qtbot.waitUntil(lambda: features.spelling.language == "de", timeout=10_000)
    window.editor.load_text("Das Haus ist grosss.\n")
    qtbot.waitUntil(lambda: underlined_words(window) == ["grosss"], timeout=10_000)


def test_spell_check_can_be_turned_off(qtbot, window):
    window.editor.load_text("Speling.\n")
    qtbot.waitUntil(lambda: underlined_words(window) == ["Speling"], timeout=10_000)
    window.editor_features.actions.spell_check.trigger()
    assert underlined_words(window) == []
    window.editor_features.actions.spell_check.trigger()
    qtbot.waitUntil(lambda: underlined_words(window) == ["Speling"], timeout=10_000)


def test_pasting_an_image_writes_a_png_and_links_it_relatively(qtbot, window, site):
    path = site / ARTICLE
    assert window.open_path(path)
    window.editor.moveCursor(QTextCursor.MoveOperation.End)
    image = QImage(8, 6, QImage.Format.Format_RGB32)
    image.fill(QColor("teal"))
    QApplication.clipboard().setImage(image)
    window.editor.paste()
    assets = path.parent / "car-t-cells-liver-cancer-assets"
    [png] = list(assets.iterdir())
    assert png.read_bytes().startswith(b"\x89PNG")
    assert QImage(str(png)).size() == image.size()
    link = f"![{png.stem}](car-t-cells-liver-cancer-assets/{png.name})"
    assert window.editor.text().endswith(link)
    window.editor.paste()  # a second paste never overwrites the first image
    assert len(list(assets.iterdir())) == 2


def test_dropping_an_image_file_copies_it_into_the_assets_folder(qtbot, window, site, tmp_path):
    path = site / ARTICLE
    assert window.open_path(path)
    outside = tmp_path / "My Figure.PNG"
    QImage(4, 4, QImage.Format.Format_RGB32).save(str(outside), "PNG")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(outside))])
    assert window.editor.canInsertFromMimeData(mime)
    window.editor.insertFromMimeData(mime)
    copied = path.parent / "car-t-cells-liver-cancer-assets" / "my-figure.png"
    assert copied.read_bytes() == outside.read_bytes()
    assert "![My Figure](car-t-cells-liver-cancer-assets/my-figure.png)" in window.editor.text()


def test_images_need_a_saved_article(qtbot, window, dialogs):
    image = QImage(2, 2, QImage.Format.Format_RGB32)
    assert window.editor_features.images.insert_image(image) is None
    assert dialogs.shown and "Save the article first" in dialogs.shown[-1][0]


def test_unsaved_text_is_journaled_and_removed_on_save(qtbot, window, site):
    path = site / ARTICLE
    assert window.open_path(path)
    keeper = window.editor_features.recovery
    journal = keeper.journal
    window.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(window.editor, "Unsaved words.")
    keeper.write_now()  # what the timer does a few seconds after typing stops
    keeper.wait()
    entry = journal.entry(key_for(path))
    assert entry is not None and entry.text.endswith("Unsaved words.")
    assert entry.path == path
    window.actions.save.trigger()
    assert journal.entry(key_for(path)) is None


def test_timer_journals_after_typing_pauses(qtbot, window, site):
    path = site / ARTICLE
    assert window.open_path(path)
    keeper = window.editor_features.recovery
    keeper._timer.setInterval(50)
    qtbot.keyClicks(window.editor, "x")
    qtbot.waitUntil(lambda: keeper.journal.entry(key_for(path)) is not None, timeout=5_000)
    window.editor.document().setModified(False)  # as after a save
    assert keeper.journal.entry(key_for(path)) is None


@pytest.fixture
def new_window(qtbot, dialogs):
    """Windows created inside the test, as at the next start of the app; closed afterwards."""
    from articleeditor.ui.app import create_application, dispose
    from articleeditor.ui.main_window import MainWindow

    create_application()
    made = []

    def make():
        win = MainWindow()
        win.show()
        made.append(win)
        return win

    yield make
    for win in made:
        win.editor.document().setModified(False)
        win.close()
        dispose(win)


def test_after_a_crash_the_next_window_offers_and_restores(qtbot, new_window, site):
    path = site / ARTICLE
    saved = path.read_text(encoding="utf-8")
    recovered = saved + "\nWords typed just before the crash.\n"
    # A crash: the journal is left behind and no window closed normally.
    RecoveryJournal(user_data_folder() / "recovery").write(key_for(path), path, recovered)

    window = new_window()
    assert window.open_path(path)
    keeper = window.editor_features.recovery
    assert keeper.offered() is not None
    assert window.banner.isVisible()
    assert window.banner.button_texts() == ["Restore", "Show Differences", "Discard"]
    diff = keeper.differences_dialog(keeper.offered())
    text = diff.findChild(QPlainTextEdit, "recovery-diff").toPlainText()
    assert "+Words typed just before the crash." in text
    window.banner.trigger("Restore")
    assert window.editor.text() == recovered
    assert window.editor.document().isModified()
    assert path.read_text(encoding="utf-8") == saved  # restored into the editor, not the file
    window.editor.undo()
    assert window.editor.text() == saved
    window.editor.redo()
    window.actions.save.trigger()
    assert path.read_text(encoding="utf-8") == recovered
    assert keeper.journal.entries() == []


def test_discard_removes_the_journal(qtbot, window, site):
    path = site / ARTICLE
    journal = RecoveryJournal(user_data_folder() / "recovery")
    journal.write(key_for(path), path, "something else")
    assert window.open_path(path)
    window.banner.trigger("Discard")
    assert journal.entries() == []
    assert window.editor.text() == path.read_text(encoding="utf-8")


def test_untitled_work_is_offered_at_start(qtbot, new_window, dialogs):
    journal = RecoveryJournal(user_data_folder() / "recovery")
    journal.write("untitled-crashed", None, "A draft never saved.")
    window = new_window()
    keeper = window.editor_features.recovery
    qtbot.waitUntil(lambda: keeper.offered() is not None, timeout=5_000)
    window.banner.trigger("Restore")
    assert window.editor.text() == "A draft never saved."
    assert window.editor.document().isModified()
    keeper.wait()
    # The old session's entry is gone; the draft is journaled again under this session.
    assert [e.text for e in journal.entries()] == ["A draft never saved."]
    assert journal.entry("untitled-crashed") is None
    window.close()  # the dialogs fixture answers "Cancel"; the window stays open
    assert window.isVisible()
    dialogs.answer = QMessageBox.StandardButton.Discard
    window.close()
    assert journal.entries() == []


def test_insert_image_dialog_copies_and_uses_the_description(
    qtbot, window, site, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QFileDialog, QInputDialog

    path = site / ARTICLE
    assert window.open_path(path)
    picture = tmp_path / "scan.jpg"
    QImage(3, 3, QImage.Format.Format_RGB32).save(str(picture), "JPG")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(picture), ""))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("A liver scan", True))
    window.editor.moveCursor(QTextCursor.MoveOperation.End)
    window.editor_features.actions.image.trigger()
    assert window.editor.text().endswith(
        "![A liver scan](car-t-cells-liver-cancer-assets/scan.jpg)"
    )
    assert (path.parent / "car-t-cells-liver-cancer-assets" / "scan.jpg").is_file()


def test_copied_text_with_a_picture_of_it_pastes_as_text(qtbot, window, site):
    path = site / ARTICLE
    assert window.open_path(path)
    window.editor.moveCursor(QTextCursor.MoveOperation.End)
    mime = QMimeData()
    mime.setText("two words")
    mime.setImageData(QImage(4, 4, QImage.Format.Format_RGB32))
    window.editor.insertFromMimeData(mime)
    assert window.editor.text().endswith("two words")
    assert not (path.parent / "car-t-cells-liver-cancer-assets").exists()


def test_writes_queued_before_a_save_never_bring_the_journal_back(qtbot, window, site):
    path = site / ARTICLE
    assert window.open_path(path)
    keeper = window.editor_features.recovery
    qtbot.keyClicks(window.editor, "a")
    keeper.write_now()
    qtbot.keyClicks(window.editor, "b")
    keeper.write_now()  # waits behind the first
    window.actions.save.trigger()
    keeper.wait()
    qtbot.wait(50)  # let the queued write start, if it were going to
    keeper.wait()
    assert keeper.journal.entry(key_for(path)) is None


def test_a_journal_that_cannot_be_written_is_reported(qtbot, window, tmp_path):
    keeper = window.editor_features.recovery
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("", encoding="utf-8")
    keeper.journal = RecoveryJournal(blocked)
    qtbot.keyClicks(window.editor, "text")
    keeper.write_now()
    qtbot.waitUntil(
        lambda: "Recovery journal not written" in window.statusBar().currentMessage(),
        timeout=5_000,
    )


# ----- lossless text ------------------------------------------------------------------------

_TOKEN = re.compile(r"\r\n|.", re.DOTALL)
_SPECIAL = [
    "\n",
    "\r\n",
    "\r",
    "\u00a0",
    "\u2028",
    "\u2029",
    "\ufeff",
    "\ufdd0",
    "\ufdd1",
    "\x0b",
    "\x0c",
    "\x1c",
    "\x85",
    "\x7f",
    "\x01",
    "\t",
    "😀",
    "é",
]
_file_text = st.lists(
    st.one_of(
        st.sampled_from(_SPECIAL),
        st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\x00"), max_size=6),
    ),
    max_size=30,
).map("".join)


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _type_key(editor, text: str) -> None:
    """A key press that types ``text`` (QTest's keyClicks knows only ASCII)."""
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(editor, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, text))


def _open_bytes(window, path, data: bytes) -> None:
    path.write_bytes(data)
    window.editor.document().setModified(False)
    assert window.open_path(path)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(original=_file_text, data=st.data())
def test_typing_one_character_changes_only_that_character_on_disk(
    qtbot, window, tmp_path, original, data
):
    # A leading U+FEFF is the byte-order mark, which the editor does not show.
    bom = "\ufeff" if original.startswith("\ufeff") else ""
    tokens = _TOKEN.findall(original[len(bom) :])
    at = data.draw(st.integers(0, len(tokens)), label="insert before token")
    typed = data.draw(st.sampled_from(["x", ";", "é", "\u00a0", "€"]), label="typed")
    path = tmp_path / "article.md"
    _open_bytes(window, path, original.encode("utf-8"))

    window.actions.save.trigger()  # open -> save unchanged
    assert path.read_bytes() == original.encode("utf-8")

    cursor = window.editor.textCursor()
    # "\r\n" is one character in the editor; every other token is one character.
    cursor.setPosition(sum(1 if t == "\r\n" else _utf16_len(t) for t in tokens[:at]))
    window.editor.setTextCursor(cursor)
    _type_key(window.editor, typed)
    window.actions.save.trigger()
    expected = bom + "".join(tokens[:at]) + typed + "".join(tokens[at:])
    assert path.read_bytes() == expected.encode("utf-8")

    qtbot.keyClick(window.editor, Qt.Key.Key_Backspace)  # typed and removed: the original
    window.actions.save.trigger()
    assert path.read_bytes() == original.encode("utf-8")


FRENCH = (
    '---\ntitle: "L’été\u00a0: enquête\u00a0!"\n---\n\nBonjour\u00a0! Voici «\u00a0un '
    "texte\u00a0».\u2028Ligne suivante.\u2029Paragraphe.\n\nFin\u00a0?\n"
)


def test_french_no_break_spaces_and_separators_survive_a_save(qtbot, window, tmp_path):
    path = tmp_path / "fr.md"
    _open_bytes(window, path, FRENCH.encode("utf-8"))
    window.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(window.editor, "x")
    window.actions.save.trigger()
    assert path.read_bytes() == (FRENCH + "x").encode("utf-8")
    assert window.article.metadata.title == "L’été\u00a0: enquête\u00a0!"


def test_undo_and_formatting_keep_paragraph_separators(qtbot, window, tmp_path):
    text = "one\u2029two\nthree\u2029four\n"
    path = tmp_path / "sep.md"
    _open_bytes(window, path, text.encode("utf-8"))
    editor = window.editor
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    assert editor.text() == ""
    editor.undo()
    assert editor.text() == text
    editor.redo()
    editor.undo()
    assert editor.text() == text
    cursor = editor.textCursor()  # bold across "two\nthree\u2029fo"
    cursor.setPosition(text.index("two"))
    cursor.setPosition(text.index("ur"), QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    editor.formatter.bold()
    assert editor.text() == "one\u2029**two\nthree\u2029fo**ur\n"
    editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)  # removes "\n"
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # Enter is a line break, never a U+2029
    assert editor.text() == "one\u2029**two\nthree\u2029fo**ur\n"


def test_pasted_separators_are_kept(qtbot, window):
    mime = QMimeData()
    mime.setText("a\u2029b\u00a0c\u2028d")
    window.editor.insertFromMimeData(mime)
    assert window.editor.text() == "a\u2029b\u00a0c\u2028d"


_edit_text = st.lists(
    st.one_of(
        st.sampled_from([*_SPECIAL, "\U0001f600\u2029", "a", "b"]),
        st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\x00\r"), max_size=4),
    ),
    max_size=12,
).map("".join)


@settings(max_examples=80, deadline=None)
@given(st.lists(_edit_text, min_size=1, max_size=6))
def test_the_text_mirror_follows_edits_and_undo_exactly(qtbot_free_editor, versions):
    # Every version goes in as one replaced span; undo and redo walk through each exactly.
    editor = qtbot_free_editor
    editor.setPlainText("")
    editor.document().clearUndoRedoStacks()
    resyncs = editor.text_mirror.resyncs
    history = [""]
    for version in versions:
        version = version.replace("\r", "")  # the editor stores "\r" as a line break
        editor.apply_text(version)
        assert editor.text() == version
        if version != history[-1]:
            history.append(version)
    for previous in reversed(history[:-1]):
        editor.undo()
        assert editor.text() == previous
    for following in history[1:]:
        editor.redo()
        assert editor.text() == following
    assert editor.text_mirror.resyncs == resyncs


@pytest.fixture(scope="module")
def qtbot_free_editor():
    from articleeditor.ui.app import create_application
    from articleeditor.ui.editor.markdown_editor import MarkdownEditor

    create_application()
    editor = MarkdownEditor()
    yield editor
    editor.deleteLater()


def test_the_text_before_a_position_never_starts_inside_an_emoji(qtbot_free_editor):
    editor = qtbot_free_editor
    editor.load_text("a😀b\u00a0c\n")  # Qt positions: a 0, 😀 1-2, b 3, no-break space 4
    mirror = editor.text_mirror
    assert mirror.text_before(4, 2) == "b"  # from position 2, the emoji's second half
    assert mirror.text_before(4, 3) == "😀b"
    assert mirror.text_before(5, 10) == "a😀b\u00a0"
    assert mirror.text_before(6, 2) == "\u00a0c"
    assert mirror.text_before(7, 0) == ""  # at the very end
    assert mirror.text_before(0, 5) == ""


# ----- the save guard ---------------------------------------------------------------------


def _type_at_end(qtbot, window, text: str) -> None:
    window.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(window.editor, text)


def test_a_read_only_file_is_replaced_only_when_the_writer_says_so(
    qtbot, window, dialogs, tmp_path
):
    path = tmp_path / "locked.md"
    path.write_bytes(b"# Locked\n")
    path.chmod(0o444)
    assert window.open_path(path)
    _type_at_end(qtbot, window, "Edit.")
    dialogs.answer = QMessageBox.StandardButton.Cancel
    assert not window.save()
    assert path.read_bytes() == b"# Locked\n"
    assert "read-only" in dialogs.shown[-1][1]
    assert window.editor.document().isModified()
    dialogs.answer = QMessageBox.StandardButton.Save
    assert window.save()
    assert path.read_bytes() == b"# Locked\nEdit."
    assert (path.stat().st_mode & 0o777) == 0o444  # still marked read-only


def test_an_outside_edit_of_the_same_size_with_its_mtime_put_back_is_caught(
    qtbot, window, dialogs, tmp_path
):
    path = tmp_path / "a.md"
    path.write_bytes(b"Their text: one\n")
    assert window.open_path(path)
    before = path.stat()
    _type_at_end(qtbot, window, "Mine.")
    path.write_bytes(b"Their text: two\n")  # same size
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    dialogs.answer = QMessageBox.StandardButton.Cancel
    assert not window.save()
    assert path.read_bytes() == b"Their text: two\n"
    assert "changed by another program" in dialogs.shown[-1][1]
    assert window.editor.text() == "Their text: one\nMine."


def test_a_panel_edit_changes_only_its_own_line(qtbot, window, tmp_path):
    path = tmp_path / "fr.md"
    _open_bytes(window, path, FRENCH.encode("utf-8"))
    window.article_panel.field_edited.emit("summary", "Résumé\u00a0: court")
    window.actions.save.trigger()
    before = FRENCH.encode("utf-8").split(b"\n")
    after = path.read_bytes().split(b"\n")
    added = [line for line in after if line not in before]
    assert added == ["summary: 'Résumé\u00a0: court'".encode()] or added == [
        'summary: "Résumé\u00a0: court"'.encode()
    ]
    assert [line for line in after if line not in added] == before


def test_copy_and_paste_inside_the_editor_keep_every_character(qtbot, window, tmp_path):
    path = tmp_path / "fr.md"
    _open_bytes(window, path, FRENCH.encode("utf-8"))
    editor = window.editor
    start = FRENCH.index("Bonjour")
    piece = FRENCH[start : FRENCH.index("Fin")]
    assert "\u00a0" in piece and "\u2028" in piece and "\u2029" in piece
    cursor = editor.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len(piece), QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    editor.copy()
    assert QApplication.clipboard().text() == piece
    editor.moveCursor(QTextCursor.MoveOperation.End)
    editor.paste()
    assert editor.text() == FRENCH + piece
    editor.undo()
    cursor.setPosition(start)
    cursor.setPosition(start + len(piece), QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    editor.cut()
    assert editor.text() == FRENCH.replace(piece, "")
    editor.paste()
    assert editor.text() == FRENCH
