"""Health conditions on a list: read like names, never paired, checked with every ingredient."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from saferest.domain.conditions import condition_of, is_condition
from saferest.domain.engine import CheckResult, Engine
from saferest.domain.findings import Finding
from saferest.domain.models import Severity
from saferest.domain.pack import load_pack
from saferest.domain.report import check_to_json
from saferest.ui.wording import Words

DAY = dt.date(2026, 12, 7)


def _of_kind(result: CheckResult, kind: str) -> list[Finding]:
    return [f for f in result.findings if f.kind == kind]


def _read(engine: Engine, line: str) -> list[str]:
    return [item.entry_id for item in engine.parse(line, DAY).resolved]


# -- reading ----------------------------------------------------------------------------------


def test_a_condition_typed_as_a_line_is_read_as_an_item_of_kind_condition(engine: Engine) -> None:
    assert _read(engine, "I'm pregnant") == ["condition:pregnancy"]
    assert _read(engine, "apnea del sueño") == ["condition:sleep_apnoea"]
    assert condition_of("condition:pregnancy") == "pregnancy" and is_condition("condition:x")
    assert condition_of("kratom") is None


def test_a_condition_and_a_medicine_on_one_line_are_both_read(engine: Engine) -> None:
    assert _read(engine, "kratom, pregnant") == ["kratom", "condition:pregnancy"]


def test_a_negated_condition_is_not_on_the_list(engine: Engine) -> None:
    parsed = engine.parse("not pregnant", DAY)
    assert parsed.resolved == [] and [i.entry_id for i in parsed.not_taken] == [
        "condition:pregnancy"
    ]


def test_a_past_condition_counts_unless_the_condition_ends_with_the_past(engine: Engine) -> None:
    seizures = engine.parse("used to have seizures", DAY).resolved
    assert [(i.entry_id, i.status.value) for i in seizures] == [("condition:epilepsy", "taking")]
    ended = engine.parse("stopped being pregnant", DAY)
    assert ended.resolved == [] and ended.not_taken[0].entry_id == "condition:pregnancy"


@pytest.mark.parametrize("line", ["over 70", "I'm 72", "80 years old", "tengo 80 años", "age 65"])
def test_a_typed_age_from_the_threshold_up_reads_as_the_age_group(
    engine: Engine, line: str
) -> None:
    assert _read(engine, line) == ["condition:age_65_plus"]


@pytest.mark.parametrize("line", ["over 50", "I'm 30"])
def test_a_younger_age_is_shown_as_not_recognised_never_read_as_a_drug(
    engine: Engine, line: str
) -> None:
    parsed = engine.parse(line, DAY)
    assert parsed.resolved == [] and [u.reason for u in parsed.unresolved] == ["not_in_data"]


def test_a_dose_or_a_date_is_never_read_as_an_age(engine: Engine) -> None:
    assert _read(engine, "kratom 70") == ["kratom"]
    assert _read(engine, "hace 70 años") == []


def test_a_misspelt_condition_is_suggested_never_guessed(engine: Engine) -> None:
    parsed = engine.parse("sleep apnia", DAY)
    assert parsed.resolved == []
    assert [s.entry_id for s in parsed.unresolved[0].suggestions][:1] == ["condition:sleep_apnoea"]


# -- checking ---------------------------------------------------------------------------------


def test_a_condition_finding_names_the_condition_and_the_entry(engine: Engine) -> None:
    result = engine.check_lines(["I'm pregnant", "kratom"], DAY)
    [finding] = _of_kind(result, "condition")
    assert (finding.entries, finding.conditions) == (("kratom",), ("pregnancy",))
    assert finding.severity is Severity.UNSAFE and [r.id for r in finding.rules] == [
        "pregnancy+kratom"
    ]
    assert result.conditions == ["pregnancy"] and result.chosen_conditions == []


def test_every_rule_that_matches_a_condition_and_an_entry_is_kept_worst_first(
    engine: Engine,
) -> None:
    [finding] = _of_kind(engine.check_lines(["sleep apnea", "OxyContin"], DAY), "condition")
    assert [r.id for r in finding.rules] == ["osa+opioid", "osa+depressant"]
    assert finding.severity is Severity.UNSAFE


def test_conditions_are_never_paired_with_each_other_or_counted_as_items(engine: Engine) -> None:
    result = engine.check_lines(["sleep apnea", "pregnant", "epilepsy", "elderly"], DAY)
    assert result.findings == [] and result.no_known == [] and result.checked_pairs == 0
    assert result.checked == [] and len(result.conditions) == 4


def test_a_condition_is_never_an_ingredient_of_a_load(engine: Engine) -> None:
    """Two sedatives with sleep apnoea make a load only when a list rule asks for the
    condition; the condition itself never counts toward `at_least`."""
    result = engine.check_lines(["sleep apnea", "Xanax", "Ativan"], DAY)
    assert _of_kind(result, "list") == []


def test_a_list_rule_may_require_a_condition_and_names_it(engine: Engine) -> None:
    result = engine.check_lines(["kratom", "Ativan", "sleep apnea"], DAY)
    [load] = _of_kind(result, "list")
    assert load.entries == ("kratom", "lorazepam")
    assert load.conditions == ("sleep_apnoea",)
    assert load.severity is Severity.DANGEROUS
    assert load.lines == (0, 1, 2)
    others = [f for f in result.findings if f.kind != "list"]
    assert others and all(f.severity.rank < load.severity.rank for f in others)


def test_at_the_same_grade_the_load_about_the_persons_condition_is_the_one_shown() -> None:
    lines = ["kratom", "Ambien", "gabapentin", "Xanax", "Benadryl", "sleep apnea"]
    [load] = _of_kind(Engine.load().check_lines(lines, DAY), "list")
    assert load.severity is Severity.DANGEROUS
    assert load.conditions == ("sleep_apnoea",)


def test_without_the_condition_the_same_two_drugs_make_no_load(engine: Engine) -> None:
    assert _of_kind(engine.check_lines(["OxyContin", "Xanax"], DAY), "list") == []


def test_conditions_chosen_apart_from_the_lines_are_checked_like_typed_ones(engine: Engine) -> None:
    result = engine.check_lines(["kratom"], DAY, conditions=["pregnancy", "no_such_condition"])
    assert result.conditions == ["pregnancy"] and result.chosen_conditions == ["pregnancy"]
    [finding] = _of_kind(result, "condition")
    assert finding.lines == (0,)  # the condition has no line of its own


def test_a_condition_finding_of_a_stopped_item_tells_its_time(engine: Engine) -> None:
    result = engine.check_lines(["pregnant", "stopped OxyContin 2026-12-06"], DAY)
    [finding] = _of_kind(result, "condition")
    assert [t.entry_id for t in finding.time] == ["oxycodone"]


def test_a_report_without_conditions_leaves_them_and_their_findings_out(engine: Engine) -> None:
    result = engine.check_lines(["pregnant", "kratom, sleep apnea", "OxyContin"], DAY)
    shown = engine.without_conditions(result)
    assert shown.conditions == [] and _of_kind(shown, "condition") == []
    assert [line.input for line in shown.lines] == ["", "OxyContin"]
    assert shown.lines[0].withheld and [i.entry_id for i in shown.lines[0].resolved] == ["kratom"]
    assert engine.without_conditions(engine.check_lines(["kratom"], DAY)).lines[0].input == "kratom"


# -- presentation and JSON --------------------------------------------------------------------


def test_a_condition_finding_is_titled_with_the_condition_then_the_entry(engine: Engine) -> None:
    result = engine.check_lines(["I'm pregnant", "kratom"], DAY)
    view = engine.present(_of_kind(result, "condition")[0], "es")
    assert view.condition_names == ("Embarazo",)
    words = Words(lambda _c, source, _d=None, _n=-1: source)
    assert words.title(view) == "Embarazo: Kratom"


def test_a_load_that_counts_a_condition_is_titled_with_it(engine: Engine) -> None:
    result = engine.check_lines(["OxyContin", "Xanax", "sleep apnea"], DAY)
    view = engine.present(_of_kind(result, "list")[0])
    words = Words(lambda _c, source, _d=None, _n=-1: source)
    assert words.title(view) == "Together on your list: alprazolam, oxycodone; with Sleep apnoea"


def test_json_gives_condition_items_findings_and_a_list_of_conditions(engine: Engine) -> None:
    result = engine.check_lines(["I'm pregnant", "kratom", "Xanax"], DAY, conditions=["epilepsy"])
    data = check_to_json(engine, result)
    assert {"id": "pregnancy", "kind": "condition"}.items() <= data["resolved"][0].items()
    assert [c["id"] for c in data["conditions"]] == ["pregnancy", "epilepsy"]
    assert [c["chosen"] for c in data["conditions"]] == [False, True]
    [found] = [f for f in data["findings"] if f["kind"] == "condition"]
    assert found["conditions"] == ["pregnancy"] and found["condition_names"] == ["Pregnancy"]
    assert all(i["kind"] != "condition" for i in data["interactions"])


# -- data validation --------------------------------------------------------------------------


def _add(pack: Path, text: str) -> list[str]:
    (pack / "extra.toml").write_text(text, encoding="utf-8")
    return [str(p) for p in load_pack(pack).problems if "manifest" not in p.message]


RULE = """
[[rule]]
id = "x"
between = [{between}]
severity = "caution"
reliability = "inferred"
summary = "s"
mechanism = "m"
advice = "a"
sources = ["tanna-2022"]
reviewed = 2026-12-07
"""


def test_a_rule_between_two_conditions_is_refused(pack_copy: Path) -> None:
    problems = _add(pack_copy, RULE.format(between='"condition:pregnancy", "condition:epilepsy"'))
    assert problems == [
        "extra.toml: x: (entry): Value error, a condition rule names one condition and one entry "
        "or tag; conditions are never paired with each other"
    ]


def test_a_rule_naming_an_unknown_condition_is_a_problem(pack_copy: Path) -> None:
    problems = _add(pack_copy, RULE.format(between='"condition:gout", "kratom"'))
    assert problems == ["extra.toml: x: between: unknown condition 'condition:gout'"]


def test_a_list_rule_cannot_count_a_condition(pack_copy: Path) -> None:
    text = """
[[list_rule]]
id = "y"
family = "z"
counts = ["condition:pregnancy"]
at_least = 2
severity = "caution"
reliability = "inferred"
summary = "s"
mechanism = "m"
advice = "a"
sources = ["tanna-2022"]
reviewed = 2026-12-07
"""
    [problem] = _add(pack_copy, text)
    assert problem.startswith("extra.toml: y: counts: Value error, counts cannot name a condition")


def test_a_condition_name_that_leads_to_a_medicine_is_a_problem(pack_copy: Path) -> None:
    text = """
[[condition]]
id = "gout"
name = "Gout"
names = ["Xanax"]
means = "m"
sources = ["tanna-2022"]
reviewed = 2026-12-07
"""
    assert _add(pack_copy, text) == [
        "extra.toml: gout: names[0]: 'xanax' is also a name of entry 'alprazolam'"
    ]


def test_a_condition_may_share_a_name_with_an_emergency_topic(pack_copy: Path) -> None:
    """A list line never reads an emergency topic, and search never offers a condition."""
    text = """
[[condition]]
id = "overdosed"
name = "Past overdose"
names = ["opioid overdose"]
means = "m"
sources = ["tanna-2022"]
reviewed = 2026-12-07
"""
    assert _add(pack_copy, text) == []
    shared = Engine(load_pack(pack_copy))
    assert _read(shared, "opioid overdose") == ["condition:overdosed"]
    assert [h.entry_id for h in shared.search("opioid overdose")][:1] == ["opioid_overdose"]
