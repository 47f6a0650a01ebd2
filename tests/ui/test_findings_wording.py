"""The checks' findings in the window: a template per code, in the interface language."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

import articleeditor.core
from articleeditor.core.critic import MarkKind
from articleeditor.core.findings import ENGLISH, Finding, placeholders
from articleeditor.ui.findings import templates, word
from tests.core.test_findings import CASES
from tests.ui import test_languages, test_untranslated_text
from tests.ui.pseudo_translation import has_words, untranslated_rest
from tests.ui.test_main_window import ARTICLE, open_and_wait
from tests.ui.test_publish import wait_for_plan

# The fixtures that load a shipped translation and the pseudo-translation.
translated = test_languages.translated
pseudo = test_untranslated_text.pseudo
pseudo_qm = test_untranslated_text.pseudo_qm


def test_every_code_has_a_template_with_the_same_placeholders(qapp) -> None:
    worded = templates()
    assert set(worded) == set(ENGLISH)
    differing = {
        code: (placeholders(ENGLISH[code]), placeholders(worded[code]))
        for code in ENGLISH
        if placeholders(ENGLISH[code]) != placeholders(worded[code])
    }
    assert differing == {}


# Modules that rebuild a finding from a code they stored earlier (the index's JSON cache):
# their codes were made by the calls this test reads.
_REBUILT_FROM_STORED_CODES = {"index_entry.py"}


def _codes_made_in_core() -> tuple[set[str], list[str]]:
    """(the codes core passes to ``Finding(...)``, as written or as a module's table of them;
    the patterns of codes it builds with an f-string, as regular expressions)."""
    codes: set[str] = set()
    patterns: list[str] = []
    for source in Path(articleeditor.core.__path__[0]).rglob("*.py"):
        tree = ast.parse(source.read_text(encoding="utf-8"))
        tables = {
            node.targets[0].id: node.value
            for node in tree.body
            if isinstance(node, ast.Assign)
            and isinstance(node.targets[0], ast.Name)
            and isinstance(node.value, ast.Dict)
        }
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and getattr(node.func, "id", "") == "Finding"):
                continue
            code = node.args[0]
            if isinstance(code, ast.Constant):
                codes.add(code.value)
            elif isinstance(code, ast.JoinedStr):
                patterns.append(
                    "".join(
                        re.escape(part.value) if isinstance(part, ast.Constant) else "[a-z]+"
                        for part in code.values
                    )
                )
            elif isinstance(code, ast.Subscript) and getattr(code.value, "id", "") in tables:
                table = tables[code.value.id]
                assert isinstance(table, ast.Dict)
                codes.update(v.value for v in table.values if isinstance(v, ast.Constant))
            elif source.name in _REBUILT_FROM_STORED_CODES:
                continue
            else:
                raise AssertionError(f"{source.name}:{node.lineno}: a code this test cannot read")
    return codes, patterns


def test_every_code_core_makes_has_a_wording(qapp) -> None:
    codes, patterns = _codes_made_in_core()
    worded = templates()
    assert len(codes) > 50 and len(patterns) >= 2  # the scan found core's findings
    assert codes - set(worded) == set()
    assert [p for p in patterns if not any(re.fullmatch(p, code) for code in worded)] == []
    # The codes built from a kind: every kind has its code.
    assert {f"mark-{kind.value}" for kind in MarkKind} <= set(worded)
    for suffix in ("hash", "empty-slug", "variant", "site-clash", "own-clash"):
        assert {f"tag-{suffix}", f"category-{suffix}"} <= set(worded)


@pytest.mark.parametrize("code", sorted(CASES))
def test_untranslated_wording_is_the_command_lines(qapp, code: str) -> None:
    args, printed = CASES[code]
    assert word(Finding(code, args)) == printed


def test_every_template_reaches_the_translation_files(pseudo) -> None:
    # Under the pseudo-translation built from what lupdate collects, a finding's words are
    # all inside its marks: a template written so that lupdate misses it stays bare.
    bare = []
    for code, template in ENGLISH.items():
        finding = Finding(code, dict.fromkeys(placeholders(template), "0"))
        if has_words(untranslated_rest(word(finding))):
            bare.append(f"{code}: {word(finding)!r}")
    assert bare == []


def test_other_text_is_shown_as_it_is(qapp) -> None:
    assert word("Cannot read x: permission denied") == "Cannot read x: permission denied"


@pytest.mark.parametrize("translated", ["de"], indirect=True)
def test_publish_dialog_words_the_findings_in_german(qtbot, translated, window, site):
    assert QCoreApplication.translate("Findings", "the article has no title") != (
        "the article has no title"
    )
    draft = site / ARTICLE
    text = draft.read_text(encoding="utf-8")
    body_at = text.index("\n---", 3) + 4
    # An unresolved suggestion (an error, worded inside "… (line N)") and a hand-typed
    # citation number (a warning) in the body.
    draft.write_text(
        text[:body_at] + "\nSee [7] and {++neue Wörter++}.\n" + text[body_at:], encoding="utf-8"
    )
    line = text[:body_at].count("\n") + 2
    open_and_wait(qtbot, window, draft)
    window.actions.publish.trigger()
    dialog = wait_for_plan(qtbot, window)
    shown = [dialog.messages.item(i).text() for i in range(dialog.messages.count())]
    assert f"Fehler: Unerledigt: Einfügung „neue Wörter“ (Zeile {line})" in shown
    assert any(
        item.startswith("Warnung: [7] sieht nach einer von Hand getippten Zitation")
        for item in shown
    ), shown
    assert not dialog.publish_button.isEnabled()


@pytest.mark.parametrize("translated", ["zh_CN"], indirect=True)
def test_references_panel_words_its_problems_in_chinese(qtbot, translated, window, site):
    draft = site / ARTICLE
    draft.write_text(
        draft.read_text(encoding="utf-8") + "\nUnknown [@nobody2020].\n", encoding="utf-8"
    )
    open_and_wait(qtbot, window, draft)
    problems = window.references_panel.problems
    qtbot.waitUntil(lambda: problems.count() > 0, timeout=10_000)
    shown = [problems.item(i).text() for i in range(problems.count())]
    assert "[@nobody2020] 被引用，但不在参考文献中" in shown, shown
