"""A key cited 333,000 times with no reference: ``check`` lists the first few citations of it
and counts the rest, instead of printing one line (27 MB in all) per citation."""

from __future__ import annotations

import tempfile
from pathlib import Path

from articleeditor.core.capped import OCCURRENCES_SHOWN
from tests.hostile.corpus import file_cases
from tests.hostile.runner import _file_commands, run_limited


def test_check_of_bare_citations_prints_a_bounded_number_of_lines():
    case = next(c for c in file_cases() if c.name == "bare-citations-1mb")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        commands = {name: argv for name, argv, _qt, _watched in _file_commands(case, work, False)}
        run = run_limited(commands["check"], qt=False, cwd=work)
    assert run.returncode == 1, run.stderr
    lines = run.stdout.splitlines()
    citations = [line for line in lines if "[@a] is cited but not in the references" in line]
    assert len(citations) == OCCURRENCES_SHOWN
    [more] = [line for line in lines if "more citations of @a" in line]
    assert more.endswith(":7: error: …and 332990 more citations of @a")
    assert len(lines) <= OCCURRENCES_SHOWN + 5
