"""Why bibtexparser refused a BibTeX entry, as findings the window can word.

bibtexparser explains a broken entry in an English sentence of its own. The ones it writes
today are matched here and become a Finding whose English is that very sentence (so the
command line prints what it always printed) and whose values are the BibTeX text it names.
A sentence a later bibtexparser words differently is kept as it is, like a parser's message.
"""

from __future__ import annotations

import re

from bibtexparser.middlewares.names import InvalidNameError
from bibtexparser.model import Block, DuplicateBlockKeyBlock, DuplicateFieldKeyBlock

from articleeditor.core.findings import Finding

# bibtexparser's abort reasons (the first line, stripped), as patterns and their codes.
_ABORTED = {
    r"Unexpectedly reached end of file\.": "bibtex-end-of-file",
    r"Unexpected block start: `(?P<mark>[^`]+)`\. Was still looking for closing bracket": (
        "bibtex-block-start"
    ),
    r"Unexpected block start: `(?P<mark>[^`]+)`\. Was still looking for field-value closing "
    r'`(?P<closing>["}])`': "bibtex-block-start-in-value",
    r"Unexpected block start: `(?P<mark>[^`]+)`\. Was still looking for field-value closing "
    r"`,` or `(?P<delimiter>[})])`": "bibtex-block-start-after-value",
    r"Expected a `=` after entry key `(?P<field>.+)`, but found the end of the entry "
    r"\(`(?P<delimiter>[})])`\)\.": "bibtex-key-without-equals",
    r"Expected a `=` after entry key, but found `(?P<mark>.+)`\.": "bibtex-equals-expected",
    r"Expected either a `,` or `(?P<delimiter>[})])` after a closed entry field value, but "
    r"found a (?P<mark>.+) before\.": "bibtex-comma-or-end-expected",
    r"Expected comma after entry key, but found (?P<mark>.+)": "bibtex-comma-expected",
    r"Expected equals sign after field key, but found (?P<mark>.+)": (
        "bibtex-string-equals-expected"
    ),
}
_NAME_REASONS = {
    "Too many commas": "bibtex-name-too-many-commas",
    "Unmatched closing brace": "bibtex-name-unmatched-brace",
    "Unterminated opening brace": "bibtex-name-unterminated-brace",
    "Trailing comma at end of name": "bibtex-name-trailing-comma",
}


def failed_block_problem(block: Block) -> str:
    """Why bibtexparser could not read ``block``: a Finding, or its own words when unknown."""
    failure = getattr(block, "error", None)
    lines = str(getattr(failure, "abort_reason", "") or failure or "").strip().splitlines()
    if not lines:
        return Finding("bibtex-unreadable-entry")
    reason = lines[0].strip()
    finding = _finding_for(block, reason)
    # Only a finding that prints exactly bibtexparser's sentence stands in for it.
    return finding if finding == reason else reason


def _finding_for(block: Block, reason: str) -> Finding | None:
    if isinstance(block, DuplicateFieldKeyBlock):
        fields = ", ".join(sorted(block.duplicate_keys))
        return Finding("bibtex-duplicate-fields", {"fields": fields})
    if isinstance(block, DuplicateBlockKeyBlock):
        return Finding("bibtex-duplicate-key", {"key": block.key})
    for pattern in _ABORTED:
        match = re.fullmatch(pattern, reason)
        if match is not None:
            return Finding(_ABORTED[pattern], match.groupdict())
    return None


def name_problem(key: str, error: InvalidNameError) -> str:
    """An author or editor name bibtexparser cannot split, in the entry ``key``."""
    reason: str = error.reason
    if reason in _NAME_REASONS:
        reason = Finding(_NAME_REASONS[reason])
    finding = Finding("bibtex-name", {"key": key, "name": error.name, "reason": reason})
    original = f"@{key}: {error}"
    return finding if finding == original else original
