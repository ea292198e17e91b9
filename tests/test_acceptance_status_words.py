"""Issue #12's time acceptance in the text form: status words read from the line itself.

Reading "stopped phenelzine 2026-12-02" is issue #11's work (the list reader). Until it is merged
this file skips; after the merge it runs as is: `pytest tests/test_acceptance_status_words.py`.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest

from saferest.__main__ import main
from saferest.domain.engine import Engine
from saferest.domain.medication_list import ItemStatus, ListItem


def _reads_status_words() -> bool:
    engine = Engine.load()
    line = engine.read_item(ListItem("stopped phenelzine 2026-12-02"), dt.date(2026, 12, 7))
    return any(item.status is ItemStatus.STOPPED for item in line.resolved)


pytestmark = pytest.mark.skipif(
    not _reads_status_words(), reason="needs issue #11: status words read from the line"
)


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
