"""The shipped translations are complete and current, and lupdate sees every string.

When one of these fails after a change of the interface's texts, run
``python -m articleeditor.translations update`` and translate what it added.
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from articleeditor.translations import (
    empty_ts,
    python_sources,
    run_lupdate,
    shipped_codes,
    ts_path,
)

Message = tuple[str, str]  # (context, source)
_PLACEHOLDER = re.compile(r"%n|%\d|\{\d*\}|\{[a-z_]+\}")


def _messages(ts: Path) -> dict[Message, ET.Element]:
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): message
        for context in ET.parse(ts).getroot().iter("context")
        for message in context.iter("message")
    }


@pytest.fixture(scope="module")
def current(tmp_path_factory) -> dict[Message, ET.Element]:
    """What lupdate extracts from the sources as they are now."""
    ts = tmp_path_factory.mktemp("lupdate") / "current.ts"
    ts.write_text(empty_ts("de"), encoding="utf-8")
    run_lupdate([ts])
    return _messages(ts)


def _listing(messages) -> str:
    return "\n".join(f"  [{context}] {source!r}" for context, source in sorted(messages))


def _translations(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


@pytest.mark.parametrize("code", shipped_codes())
def test_every_message_is_translated(code):
    messages = _messages(ts_path(code))
    assert len(messages) > 300  # the file holds the app's strings, not a stub
    unfinished = [
        key
        for key, message in messages.items()
        if message.find("translation").get("type") in {"unfinished", "obsolete", "vanished"}
        or not all(text.strip() for text in _translations(message))
    ]
    assert unfinished == [], f"untranslated in {code}:\n{_listing(unfinished)}"


@pytest.mark.parametrize("code", shipped_codes())
def test_the_file_matches_the_sources(code, current):
    shipped = _messages(ts_path(code))
    new = set(current) - set(shipped)
    vanished = set(shipped) - set(current)
    assert not new and not vanished, (
        f"run `python -m articleeditor.translations update`, then translate.\n"
        f"New in the sources, missing from {code}:\n{_listing(new)}\n"
        f"No longer in the sources (obsolete in {code}):\n{_listing(vanished)}"
    )


@pytest.mark.parametrize("code", shipped_codes())
def test_translations_keep_placeholders_and_one_accelerator(code):
    wrong = []
    for key, message in _messages(ts_path(code)).items():
        source = key[1]
        wanted = sorted(_PLACEHOLDER.findall(source))
        for text in _translations(message):
            if not text:
                continue
            got = sorted(_PLACEHOLDER.findall(text))
            if message.get("numerus") == "yes":  # a plural form may leave the count implicit
                got, wanted_here = sorted(set(got) - {"%n"}), sorted(set(wanted) - {"%n"})
            else:
                wanted_here = wanted
            accelerators = len(re.findall(r"&(?!&)\S", text.replace("&&", "")))
            if got != wanted_here or accelerators != ("&" in source.replace("&&", "")):
                wrong.append((key, text))
    assert wrong == [], "\n".join(f"[{c}] {s!r} -> {t!r}" for (c, s), t in wrong)


# ----- every tr() call is one lupdate reads --------------------------------------------------


def _name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def translation_calls(path: Path) -> tuple[list[tuple[str | None, str, int]], list[str]]:
    """(context or None for tr, source, line) of each call in ``path``, and the calls lupdate
    would misread."""
    found, problems = [], []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        where = f"{path.name}:{node.lineno}"
        if _name(node) == "tr":
            source = _literal(node.args[0])
            if isinstance(node.args[0], ast.JoinedStr):
                problems.append(f"{where}: an f-string inside tr(): format the result instead")
            elif source is None:
                problems.append(f"{where}: tr() of a value lupdate cannot read")
            else:
                found.append((None, source, node.lineno))
        elif _name(node) == "translate" and len(node.args) >= 2:
            context, source = _literal(node.args[0]), _literal(node.args[1])
            if context is None or source is None:
                problems.append(f"{where}: translate() needs a literal context and text")
            elif len(node.args) > 3 or node.keywords:
                problems.append(f"{where}: lupdate reads no plural from translate(); use tr()")
            else:
                found.append((context, source, node.lineno))
    return found, problems


def test_every_translated_string_is_one_lupdate_extracts(current):
    sources = {source for _context, source in current}
    missed, problems = [], []
    for path in python_sources():
        calls, misread = translation_calls(path)
        problems += misread
        for context, source, line in calls:
            known = (context, source) in current if context else source in sources
            if not known:
                missed.append(f"{path.name}:{line}: {source!r}")
    assert problems == []
    assert missed == [], "lupdate does not extract:\n" + "\n".join(missed)


def test_the_check_finds_strings_lupdate_cannot_read(tmp_path):
    module = tmp_path / "planted.py"
    module.write_text(
        "class A:\n"
        "    def f(self, name, n):\n"
        "        self.tr(f'Hello {name}')\n"
        "        self.tr(name)\n"
        "        QCoreApplication.translate('A', '%n files', '', n)\n"
        "        self.tr('Fine {0}').format(name)\n",
        encoding="utf-8",
    )
    found, problems = translation_calls(module)
    assert [source for _context, source, _line in found] == ["Fine {0}"]
    assert len(problems) == 3


# ----- no literal text handed to a widget ----------------------------------------------------

# Calls that put text on screen, with the positions of their text arguments.
_SHOWS_TEXT = {
    **dict.fromkeys(
        [
            "setText",
            "setToolTip",
            "setWindowTitle",
            "setPlaceholderText",
            "setStatusTip",
            "showMessage",
            "setTitle",
            "addMenu",
            "addToolBar",
            "setHeaderLabels",
            "setHorizontalHeaderLabels",
            "addItem",
            "addItems",
            "setAccessibleName",
            "setAccessibleDescription",
            "QLabel",
            "QPushButton",
            "QCheckBox",
            "QRadioButton",
            "QGroupBox",
            "QAction",
            "QDockWidget",
            "QMenu",
            "QToolButton",
        ],
        (0,),
    ),
    "addTab": (1,),
    "setTabText": (1,),
    "setTabToolTip": (1,),
    "show_message": (1,),  # (level, text, buttons)
    "report_error": (0, 1),  # (title, text)
}
_MESSAGE_BOX = {"warning", "question", "information", "critical", "about"}  # (parent, title, text)


def _plain_text_argument(call: ast.Call, positions: tuple[int, ...]) -> bool:
    for position in positions:
        if position >= len(call.args):
            continue
        arg = call.args[position]
        if isinstance(arg, ast.JoinedStr):
            parts = [v.value for v in arg.values if isinstance(v, ast.Constant)]
            if any(ch.isalpha() for part in parts for ch in str(part)):
                return True
        elif (text := _literal(arg)) is not None and any(ch.isalpha() for ch in text):
            return True
    return False


def literal_texts_shown(path: Path) -> list[str]:
    """Calls in ``path`` that show a string literal (or f-string) not passed through tr()."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = _name(node)
        owner = node.func.value if isinstance(node.func, ast.Attribute) else None
        if name in _MESSAGE_BOX and getattr(owner, "id", "") == "QMessageBox":
            positions: tuple[int, ...] = (1, 2)
        else:
            positions = _SHOWS_TEXT.get(name, ())
        if _plain_text_argument(node, positions):
            found.append(f"{path.name}:{node.lineno}: {ast.unparse(node)[:100]}")
    return found


def test_no_widget_is_given_untranslated_text():
    ui = [p for p in python_sources() if "ui" in p.parts]
    assert len(ui) > 40
    found = [line for path in ui for line in literal_texts_shown(path)]
    assert found == [], "shown without tr():\n" + "\n".join(found)


def test_the_widget_check_finds_a_plain_label(tmp_path):
    module = tmp_path / "planted.py"
    module.write_text(
        "label = QLabel('Plain words')\n"
        "label.setToolTip(f'{n} words')\n"
        "QMessageBox.warning(None, 'Oops', 'Broken')\n"
        "label.setText(self.tr('Fine'))\n"
        "label.setText('—')\n",
        encoding="utf-8",
    )
    assert len(literal_texts_shown(module)) == 3
