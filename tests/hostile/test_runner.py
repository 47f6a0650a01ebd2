"""The corpus runner measures what it claims: a command's own peak memory, not the runner's,
and screenshots that really open their input."""

from __future__ import annotations

from pathlib import Path

from tests.hostile.corpus import GOOD
from tests.hostile.runner import run_limited


def test_peak_memory_is_the_commands_own_not_the_runners(tmp_path: Path):
    # Linux keeps a process's peak resident size across exec: a command forked straight from a
    # runner holding 300 MB reported at least 300 MB.
    ballast = bytearray(b"x") * (300 * 1024 * 1024)  # written, so resident
    run = run_limited(["--version"], qt=False, cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert "ArticleEditor" in run.stdout
    assert 0 < run.peak_rss_mb < 150, run.peak_rss_mb
    del ballast


def test_exit_status_and_messages_come_through_the_launcher(tmp_path: Path):
    run = run_limited(["render", str(tmp_path / "missing.md")], qt=False, cwd=tmp_path)
    assert run.returncode == 1
    assert run.stderr.startswith("articleeditor:"), run.stderr
    assert not run.problem()


def test_a_screenshot_opens_the_article_outside_pytest_too(tmp_path: Path, monkeypatch):
    # bench/hostile_inputs.py runs without tests/conftest.py: under root, QtWebEngine then
    # refused to start and every screenshot was an exit 1 that never read its input.
    monkeypatch.delenv("QTWEBENGINE_CHROMIUM_FLAGS", raising=False)
    article = tmp_path / "a.md"
    article.write_text(GOOD, encoding="utf-8")
    shot = tmp_path / "shot.png"
    argv = ["screenshot", str(article), "-o", str(shot), "--size", "400x300"]
    run = run_limited(argv, qt=True, cwd=tmp_path)
    assert run.returncode == 0, run.stderr[-2000:]
    assert shot.read_bytes().startswith(b"\x89PNG")
