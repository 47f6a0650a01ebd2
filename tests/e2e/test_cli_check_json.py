"""``articleeditor check FILE --json``: every finding as data, exit 1 on errors."""

from __future__ import annotations

import json
from pathlib import Path

from articleeditor.cli import main


def run_check(path: Path, capsys) -> tuple[int, list[dict]]:
    code = main(["check", str(path), "--json"])
    return code, json.loads(capsys.readouterr().out)


def test_findings_with_severity_line_code_and_exit_1(tmp_path: Path, capsys):
    article = tmp_path / "a.md"
    article.write_text("---\ntitle: T\ndate: 2026-01-02\n---\n\nCites [@missing].\n",
                       encoding="utf-8")  # fmt: skip
    code, findings = run_check(article, capsys)
    assert code == 1
    assert all(set(f) == {"severity", "line", "column", "code", "message"} for f in findings)
    undefined = [f for f in findings if f["code"] == "undefined-citation"]
    assert undefined and undefined[0]["severity"] == "error" and undefined[0]["line"] == 6
    summary = next(f for f in findings if f["code"] == "no-summary")
    assert summary["severity"] == "warning" and summary["line"] is None


def test_broken_front_matter_has_its_line_and_column(tmp_path: Path, capsys):
    article = tmp_path / "b.md"
    article.write_text("---\ntitle: T\ntags: [a, b\n---\n\nBody.\n", encoding="utf-8")
    code, findings = run_check(article, capsys)
    assert code == 1
    (finding,) = findings
    assert finding["code"] == "front-matter" and finding["line"] >= 3
    assert isinstance(finding["column"], int) and finding["column"] >= 1


def test_clean_article_prints_an_empty_list_and_exits_0(tmp_path: Path, capsys):
    article = tmp_path / "c.md"
    article.write_text("---\ntitle: T\ndate: 2026-01-02\nsummary: S\n---\n\nBody.\n",
                       encoding="utf-8")  # fmt: skip
    assert run_check(article, capsys) == (0, [])
