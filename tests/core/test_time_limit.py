"""The command-line render stops hostile text at a time limit, with a one-line error."""

from __future__ import annotations

import signal
import time

import pytest

from articleeditor.cli import main as cli_main
from articleeditor.core import time_limit as limits
from articleeditor.core.time_limit import TimeLimitExceeded, time_limit

pytestmark = pytest.mark.skipif(not hasattr(signal, "setitimer"), reason="needs SIGALRM")


def test_work_past_the_limit_is_stopped_and_the_old_handler_comes_back():
    before = signal.getsignal(signal.SIGALRM)
    started = time.monotonic()
    with pytest.raises(TimeLimitExceeded) as raised, time_limit(0.2, "counting"):
        while True:
            pass
    assert time.monotonic() - started < 5
    assert str(raised.value) == "counting took longer than 0.2 s and was stopped"
    assert signal.getsignal(signal.SIGALRM) is before
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_work_within_the_limit_is_untouched():
    with time_limit(5, "adding"):
        total = sum(range(1000))
    assert total == 499500
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_render_of_hostile_text_ends_with_one_line_at_the_limit(tmp_path, monkeypatch, capsys):
    # Python-Markdown spends some 0.1 ms on each heading (the table of contents included):
    # 200,000 of them take over ten seconds.
    article = tmp_path / "hostile.md"
    article.write_text("# a\n" * 200_000, encoding="utf-8")
    monkeypatch.setattr(limits, "RENDER_TIME_LIMIT_S", 1.0)
    output = tmp_path / "page.html"
    assert cli_main(["render", str(article), "-o", str(output)]) == 1
    error = capsys.readouterr().err
    assert error == "articleeditor: rendering took longer than 1 s and was stopped\n"
    assert not output.exists()


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_an_alarm_dropped_in_a_finaliser_is_raised_again():
    class SlowFinaliser:
        def __del__(self) -> None:  # Python reports an exception raised here, then drops it
            end = time.monotonic() + 0.3
            while time.monotonic() < end:
                pass

    started = time.monotonic()
    with pytest.raises(TimeLimitExceeded), time_limit(0.1, "work"):
        SlowFinaliser()  # finalised at once, across the deadline
        while time.monotonic() - started < 5:  # without a second alarm this loop ends quietly
            pass
