"""List rules: loads over the whole list, counted by distinct active ingredient."""

from __future__ import annotations

import datetime as dt

from saferest.domain.engine import CheckResult, Engine
from saferest.domain.findings import Finding
from saferest.domain.medication_list import ItemStatus, ListItem
from saferest.domain.models import Severity

DAY = dt.date(2026, 12, 7)


def _loads(result: CheckResult) -> list[Finding]:
    return [f for f in result.findings if f.kind == "list"]


def test_three_sedatives_make_one_list_finding_naming_all_three(engine: Engine) -> None:
    [load] = _loads(engine.check_lines(["kratom", "Xanax", "Ativan"], DAY))
    assert load.entries == ("alprazolam", "kratom", "lorazepam")
    assert load.severity is Severity.CAUTION
    assert [r.id for r in load.rules] == ["sedative-load"]


def test_an_opioid_among_them_raises_the_load_to_its_higher_floor(engine: Engine) -> None:
    [load] = _loads(engine.check_lines(["OxyContin", "Xanax", "Ativan"], DAY))
    assert load.severity is Severity.UNSAFE
    assert [r.id for r in load.rules] == ["sedative-load-opioid"]


def test_two_sedatives_are_not_a_load(engine: Engine) -> None:
    assert _loads(engine.check_lines(["Xanax", "Ativan"], DAY)) == []


def test_one_drug_under_two_names_counts_once(engine: Engine) -> None:
    assert _loads(engine.check_lines(["Xanax", "alprazolam 0.5 mg", "Ativan"], DAY)) == []


def test_a_combination_product_counts_by_ingredient(engine: Engine) -> None:
    [load] = _loads(engine.check_lines(["Percocet", "Xanax", "Ativan"], DAY))
    assert load.severity is Severity.UNSAFE
    assert "oxycodone" in load.entries and "acetaminophen" not in load.entries


def test_the_load_names_the_list_lines_it_came_from(engine: Engine) -> None:
    [load] = _loads(engine.check_lines(["Tylenol", "Xanax", "kratom", "Ativan"], DAY))
    assert load.lines == (1, 2, 3)


def test_a_list_finding_never_changes_a_pair_finding(engine: Engine) -> None:
    lines = ["OxyContin", "Xanax", "Ativan", "kratom"]
    with_loads = [f for f in engine.check_lines(lines, DAY).findings if f.kind != "list"]
    evaluators = engine.checker.evaluators
    engine.checker.evaluators = [e for e in evaluators if e is not engine.checker.lists]
    try:
        without = engine.check_lines(lines, DAY).findings
    finally:
        engine.checker.evaluators = evaluators
    assert with_loads == without


def test_a_stopped_item_whose_effect_has_worn_off_does_not_count(engine: Engine) -> None:
    items = [
        ListItem("OxyContin", ItemStatus.STOPPED, DAY - dt.timedelta(days=30)),
        ListItem("Xanax"),
        ListItem("Ativan"),
    ]
    assert _loads(engine.check_items(items, DAY)) == []


def test_list_findings_lead_their_severity(engine: Engine) -> None:
    result = engine.check_lines(["OxyContin", "kratom", "Xanax"], DAY)
    unsafe = [f.kind for f in result.findings if f.severity is Severity.UNSAFE]
    assert unsafe[0] == "list"
