"""Issue #12's time acceptance in the text form: status words read from the line itself.

Reading "stopped phenelzine 2026-12-02" is the list reader's work (issue #11); judging it on the
day given with --on is the checker's (issue #12).
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from saferest.__main__ import main


def _check(capsys: pytest.CaptureFixture[str], on: str) -> dict[str, Any]:
    assert main(["check", "--json", "--on", on, "stopped phenelzine 2026-12-02", "sertraline"]) == 0
    data: dict[str, Any] = json.loads(capsys.readouterr().out)
    return data


def test_stopped_five_days_ago_is_flagged_and_says_so(capsys: pytest.CaptureFixture[str]) -> None:
    data = _check(capsys, "2026-12-07")
    [pair] = [f for f in data["findings"] if f["entries"] == ["phenelzine", "sertraline"]]
    time = next(t for t in pair["time"] if t["entry"] == "phenelzine")
    assert (time["status"], time["days_since"], time["effect_lasts_days"]) == ("stopped", 5, 14)


def test_after_its_effect_it_is_listed_as_stopped_and_not_checked(
    capsys: pytest.CaptureFixture[str],
) -> None:
    data = _check(capsys, "2027-01-15")
    assert data["findings"] == []
    assert [s["entry"] for s in data["stopped_not_checked"]] == ["phenelzine"]


def test_relative_words_count_back_from_the_day_given_with_on(
    capsys: pytest.CaptureFixture[str],
) -> None:
    line = "stopped phenelzine 5 days ago"
    assert main(["check", "--json", "--on", "2026-12-07", line, "sertraline"]) == 0
    data = json.loads(capsys.readouterr().out)
    [phenelzine] = [r for r in data["resolved"] if r["id"] == "phenelzine"]
    assert (phenelzine["status"], phenelzine["stopped_on"]) == ("stopped", "2026-12-02")
    [pair] = [f for f in data["findings"] if f["entries"] == ["phenelzine", "sertraline"]]
    assert [t["days_since"] for t in pair["time"] if t["entry"] == "phenelzine"] == [5]
