"""References in the real window: import, cite, renumber, panel view, checks, completion."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDialog, QMessageBox

from articleeditor.core.frontmatter import parse
from articleeditor.ui.dialogs.import_references import ImportReferencesDialog
from tests.core.citation_cases import CASES, article, numbers_by_key, pandoc_numbers
from tests.ui.conftest import preview_text

REFDATA = Path(__file__).parents[1] / "core" / "refdata"
PLAIN = "---\ntitle: Cell therapy news\n---\n\nFirst paragraph.\n\nSecond paragraph.\n"


def open_and_wait(qtbot, window, path):
    with qtbot.waitSignal(window.preview_updated, timeout=20_000):
        assert window.open_path(path)


def import_file(monkeypatch, window, path: Path) -> None:
    """Drive the real Import action; the dialog loads ``path`` as its Load File button does."""

    def run_dialog(dialog: ImportReferencesDialog) -> int:
        dialog.load_file(path)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportReferencesDialog, "exec", run_dialog)
    window.actions.import_references.trigger()


def cite_at_end_of_paragraph(qtbot, window, paragraph: str, key: str) -> None:
    text = window.editor.text()
    position = text.index(paragraph) + len(paragraph) - 1  # before the full stop
    cursor = window.editor.textCursor()
    cursor.setPosition(position)
    window.editor.setTextCursor(cursor)
    window.references_panel.select_key(key)
    window.references_panel.cite_action.trigger()


def references_in_text(window) -> list[str]:
    return [item["id"] for item in parse(window.editor.text()).data.get("references", [])]


def test_import_bib_and_ris_cite_and_renumber(qtbot, window, dialogs, tmp_path, monkeypatch):
    path = tmp_path / "news.md"
    path.write_text(PLAIN, encoding="utf-8")
    open_and_wait(qtbot, window, path)

    import_file(monkeypatch, window, REFDATA / "sample.bib")
    # The broken entry is reported with its line; the two good ones are added.
    assert f"{REFDATA / 'sample.bib'}, line 12: " in dialogs.shown[-1][1]
    import_file(monkeypatch, window, REFDATA / "sample.ris")
    assert references_in_text(window) == [
        "Neelapu2017",
        "june2018",
        "wilding2021onceweekly",
        "sung2021global",
    ]

    cite_at_end_of_paragraph(qtbot, window, "First paragraph.", "june2018")
    cite_at_end_of_paragraph(qtbot, window, "Second paragraph.", "sung2021global")
    assert "First paragraph[@june2018]." in window.editor.text()
    qtbot.waitUntil(lambda: "Second paragraph[2]." in preview_text(qtbot, window), timeout=10_000)
    body = preview_text(qtbot, window)
    assert "First paragraph[1]." in body
    refs = body[body.index("References") :]
    assert refs.index("June") < refs.index("Sung")

    # Move the second paragraph above the first: both numbers follow.
    text = window.editor.text()
    first, second = "First paragraph[@june2018].", "Second paragraph[@sung2021global]."
    window.editor.apply_text(text.replace(first, "\0").replace(second, first).replace("\0", second))
    qtbot.waitUntil(lambda: "Second paragraph[1]." in preview_text(qtbot, window), timeout=10_000)
    body = preview_text(qtbot, window)
    assert "First paragraph[2]." in body
    refs = body[body.index("References") :]
    assert refs.index("Sung") < refs.index("June")


def test_duplicate_doi_is_offered_not_added(qtbot, window, dialogs, site, monkeypatch):
    open_and_wait(qtbot, window, site / "content/posts/semaglutide-heart-outcomes.md")
    dialogs.answer = QMessageBox.StandardButton.No
    import_file(monkeypatch, window, REFDATA / "sample.ris")
    assert "Already in the article" in [title for title, _ in dialogs.shown]
    keys = references_in_text(window)
    assert keys.count("wilding2021") == 1 and "wilding2021onceweekly" not in keys
    assert "sung2021global" in keys


def test_panel_lists_entries_as_printed_with_counts(qtbot, window, site):
    open_and_wait(qtbot, window, site / "content/posts/car-t-cells-liver-cancer.md")
    tree = window.references_panel.tree
    qtbot.waitUntil(
        lambda: tree.topLevelItemCount() == 3 and tree.topLevelItem(0).text(0) == "[1]",
        timeout=10_000,
    )
    first = tree.topLevelItem(0)
    assert first.text(1) == "maude2018" and first.text(2) == "1"
    assert first.text(3).startswith("S. L. Maude, T. W. Laetsch, and J. Buechner")
    assert [tree.topLevelItem(i).text(2) for i in range(3)] == ["1", "2", "2"]


def test_undefined_key_shows_in_red_and_in_problems(qtbot, window, site):
    open_and_wait(qtbot, window, site / "content/posts/car-t-cells-liver-cancer.md")
    window.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(window.editor, "Unknown [@nobody2020].")
    qtbot.waitUntil(lambda: "[@nobody2020?]" in preview_text(qtbot, window), timeout=10_000)
    problems = window.references_panel.problems
    qtbot.waitUntil(lambda: problems.count() > 0, timeout=10_000)
    assert "[@nobody2020] is cited but not in the references" in [
        problems.item(i).text() for i in range(problems.count())
    ]


def test_a_key_cited_often_is_listed_ten_times_then_counted(qtbot, window, site):
    open_and_wait(qtbot, window, site / "content/posts/car-t-cells-liver-cancer.md")
    window.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(window.editor, "See @nobody2020 " * 14)
    problems = window.references_panel.problems

    def shown() -> list[str]:
        return [problems.item(i).text() for i in range(problems.count())]

    qtbot.waitUntil(lambda: "…and 4 more citations of @nobody2020" in shown(), timeout=10_000)
    assert shown().count("[@nobody2020] is cited but not in the references") == 10


def test_removing_a_cited_reference_warns(qtbot, window, dialogs, site):
    open_and_wait(qtbot, window, site / "content/posts/car-t-cells-liver-cancer.md")
    panel = window.references_panel
    qtbot.waitUntil(lambda: panel.tree.topLevelItemCount() == 3, timeout=10_000)
    qtbot.waitUntil(lambda: panel.tree.topLevelItem(0).text(2) == "1", timeout=10_000)
    panel.select_key("maude2018")
    dialogs.answer = QMessageBox.StandardButton.No
    panel.remove_action.trigger()
    assert "maude2018" in references_in_text(window)
    dialogs.answer = QMessageBox.StandardButton.Yes
    panel.remove_action.trigger()
    assert "maude2018" not in references_in_text(window)


def test_next_use_moves_the_cursor_to_each_citation(qtbot, window, site):
    open_and_wait(qtbot, window, site / "content/posts/car-t-cells-liver-cancer.md")
    panel = window.references_panel
    qtbot.waitUntil(lambda: panel.tree.topLevelItemCount() == 3, timeout=10_000)
    panel.select_key("shi2020")
    panel.use_action.trigger()
    text = window.editor.text()
    first = window.editor.textCursor().position()
    assert text[first:].startswith("[@shi2020]")
    panel.use_action.trigger()
    assert text[window.editor.textCursor().position() :].startswith("[@shi2020; @llovet2021]")


def test_typing_bracket_at_offers_keys(qtbot, window, site):
    open_and_wait(qtbot, window, site / "content/posts/car-t-cells-liver-cancer.md")
    window.editor.setFocus()
    window.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(window.editor, "See [@mau")
    popup = window.references_feature.completer.completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=5_000)
    assert window.references_feature.completer.completer.currentCompletion() == "maude2018"
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert window.editor.text().endswith("See [@maude2018]")


def test_keys_are_offered_at_the_end_of_a_long_line_after_emoji(qtbot, window, site):
    open_and_wait(qtbot, window, site / "content/posts/car-t-cells-liver-cancer.md")
    window.editor.setFocus()
    window.editor.moveCursor(QTextCursor.MoveOperation.End)
    # Emoji take two of Qt's positions; the completer reads the line's end from the text.
    window.editor.textCursor().insertText("\n\n" + "word\u00a0😀 " * 2_000)
    qtbot.keyClicks(window.editor, "See [@mau")
    popup = window.references_feature.completer.completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=5_000)
    assert window.references_feature.completer.completer.currentCompletion() == "maude2018"
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert window.editor.text().endswith("😀 See [@maude2018]")


def test_edit_reference_through_the_dialog(qtbot, window, site, monkeypatch):
    from articleeditor.ui.dialogs.reference_dialog import ReferenceDialog

    open_and_wait(qtbot, window, site / "content/posts/car-t-cells-liver-cancer.md")
    panel = window.references_panel
    qtbot.waitUntil(lambda: panel.tree.topLevelItemCount() == 3, timeout=10_000)

    def edit(dialog: ReferenceDialog) -> int:
        assert dialog.title.text() == "Hepatocellular carcinoma"
        dialog.pmid.setText("33479224")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ReferenceDialog, "exec", edit)
    panel.select_key("llovet2021")
    panel.edit_action.trigger()
    item = next(
        r for r in parse(window.editor.text()).data["references"] if r["id"] == "llovet2021"
    )
    assert item["PMID"] == "33479224" and item["DOI"] == "10.1038/s41572-020-00240-3"
    assert item["author"][0] == {"family": "Llovet", "given": "Josep M."}


def test_undefined_citation_is_underlined_in_the_editor(qtbot, window, site):
    from PySide6.QtGui import QTextCharFormat

    open_and_wait(qtbot, window, site / "content/posts/car-t-cells-liver-cancer.md")
    window.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(window.editor, "Unknown [@nobody2020] and known [@shi2020].")
    highlighter = window.editor.highlighter
    qtbot.waitUntil(lambda: highlighter.undefined_keys == {"nobody2020"}, timeout=10_000)
    block = window.editor.document().lastBlock()
    text = block.text()

    def underline_at(index: int) -> QTextCharFormat.UnderlineStyle:
        for span in block.layout().formats():
            if span.start <= index < span.start + span.length:
                return span.format.underlineStyle()
        return QTextCharFormat.UnderlineStyle.NoUnderline

    wavy = QTextCharFormat.UnderlineStyle.WaveUnderline
    qtbot.waitUntil(lambda: underline_at(text.index("nobody2020")) == wavy, timeout=5_000)
    assert underline_at(text.index("shi2020")) != wavy


def preview_citation_labels(qtbot, window) -> list[tuple[str, str]]:
    """(cited keys, label text) of each citation the preview's page shows, sorted."""
    from PySide6.QtWebEngineCore import QWebEngineScript

    script = (
        "JSON.stringify(Array.from(document.querySelectorAll('#article-body span.citation'))"
        ".map(s => [s.dataset.cites || '', s.innerText.split(/\\s+/).join(' ').trim()]))"
    )
    result: list[str] = []
    window.preview.page().runJavaScript(
        script, QWebEngineScript.ScriptWorldId.ApplicationWorld, result.append
    )
    qtbot.waitUntil(lambda: bool(result), timeout=10_000)
    return sorted(tuple(pair) for pair in json.loads(result[0]))


def panel_numbers(window) -> dict[str, int]:
    tree = window.references_panel.tree
    rows = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    return {row.text(1): int(row.text(0).strip("[].")) for row in rows if row.text(0)}


def check_numbering(qtbot, window, path: Path, case: str) -> None:
    """Open ``case`` and wait until the preview and the panel number its citations as pandoc
    does (both fill asynchronously, so a timeout is the failure)."""
    path.write_text(article(case), encoding="utf-8")
    expected_labels = pandoc_numbers(article(case))[1]
    expected = numbers_by_key(expected_labels)
    assert expected, case
    open_and_wait(qtbot, window, path)
    qtbot.waitUntil(
        lambda: preview_citation_labels(qtbot, window) == expected_labels, timeout=10_000
    )

    def panel_matches() -> bool:
        shown = panel_numbers(window)
        return {key: shown.get(key) for key in expected} == expected

    qtbot.waitUntil(panel_matches, timeout=10_000)
    assert numbers_by_key(preview_citation_labels(qtbot, window)) == expected, case


def test_panel_and_preview_number_as_pandoc_does(qtbot, window, tmp_path):
    for case in sorted(CASES):
        check_numbering(qtbot, window, tmp_path / f"{case}.md", case)
