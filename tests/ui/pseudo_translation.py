"""A pseudo-translation of every string lupdate finds in the sources: each one wrapped in
⟦ ⟧, so a text on screen without the brackets did not go through tr()."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

from articleeditor.translations import empty_ts, run_lrelease, run_lupdate

OPEN, CLOSE = "⟦", "⟧"
_INNERMOST = re.compile(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}")


# What a translation must keep as it is: str.format placeholders (and escaped braces), Qt's
# %n and %1 arguments.
_KEPT = re.compile(r"\{\{|\}\}|\{[^{}]*\}|%n|%L?\d+")
DISGUISE = "x"


def disguise(source: str) -> str:
    """``source`` with every letter of its own made ``x``, its placeholders kept: formatted,
    a letter other than ``x`` can only come from a value put into it."""
    parts = []
    last = 0
    for match in _KEPT.finditer(source):
        parts.append(re.sub(r"[^\W\d_]", DISGUISE, source[last : match.start()]))
        parts.append(match.group(0))
        last = match.end()
    parts.append(re.sub(r"[^\W\d_]", DISGUISE, source[last:]))
    return "".join(parts)


def build_pseudo_qm(folder: Path, translate: Callable[[str], str] | None = None) -> Path:
    """Run lupdate over the current sources into ``folder`` and compile each string as
    ``translate`` gives it (by default wrapped in ⟦ ⟧)."""
    translate = translate or (lambda source: f"{OPEN}{source}{CLOSE}")
    ts = folder / "pseudo.ts"
    ts.write_text(empty_ts("en"), encoding="utf-8")  # English plurals: two forms
    run_lupdate([ts])
    tree = ET.parse(ts)
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        wrapped = translate(source)
        forms = translation.findall("numerusform")
        if message.get("numerus") == "yes":
            for form in forms:
                translation.remove(form)
            for _ in range(2):  # English: one and other
                ET.SubElement(translation, "numerusform").text = wrapped
        else:
            translation.text = wrapped
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    qm = folder / "pseudo.qm"
    run_lrelease(ts, qm)
    return qm


def untranslated_rest(text: str) -> str:
    """What is left of ``text`` outside the brackets (nested ones too: a translated message
    formatted into another)."""
    previous = None
    while previous != text:
        previous, text = text, _INNERMOST.sub(" ", text)
    return text


def has_words(text: str) -> bool:
    """True if ``text`` holds a letter: a number, a shortcut key or punctuation alone is not
    a sentence that needs translating."""
    return any(ch.isalpha() for ch in text)
