"""How the engine judges pairs: precedence, worst-wins, duplicates and determinism."""

from __future__ import annotations

from saferest.domain.engine import Engine
from saferest.domain.models import Reliability, Severity


def _finding(engine: Engine, *lines: str) -> list[tuple[str, str, str, list[str]]]:
    result = engine.check_lines(lines)
    return [(f.a, f.b, f.severity.value, [r.id for r in f.rules]) for f in result.findings]


def test_tag_rules_collect_and_the_worst_severity_wins(engine: Engine) -> None:
    result = engine.check_lines(["OxyContin", "Xanax"])
    [finding] = result.findings
    assert finding.severity is Severity.DANGEROUS
    assert [r.id for r in finding.rules] == ["opioid+benzodiazepine", "depressant+depressant"]
    assert finding.reliability is Reliability.PROVEN


def test_entry_with_tag_rule_is_collected_like_a_tag_rule(engine: Engine) -> None:
    [(a, b, severity, rules)] = _finding(engine, "kratom", "Xanax 1mg")
    assert (a, b) == ("alprazolam", "kratom")
    assert severity == "unsafe"
    assert rules == ["kratom+benzodiazepine", "depressant+depressant"]


def test_explicit_pair_rule_overrides_every_tag_rule(engine: Engine) -> None:
    [(_, _, severity, rules)] = _finding(engine, "kratom", "midazolam")
    assert severity == "unsafe"
    assert rules == ["kratom+midazolam"]


def test_combination_products_are_checked_by_ingredient(engine: Engine) -> None:
    findings = _finding(engine, "Percocet", "Xanax")
    assert (
        "alprazolam",
        "oxycodone",
        "dangerous",
        ["opioid+benzodiazepine", "depressant+depressant"],
    ) in findings


def test_same_drug_under_two_names_is_a_duplicate(engine: Engine) -> None:
    result = engine.check_lines(["Xanax", "alprazolam 0.5mg"])
    [finding] = result.findings
    assert finding.kind == "duplicate"
    assert finding.a == finding.b == "alprazolam"
    assert [r.id for r in finding.rules] == ["same-ingredient"]


def test_ingredient_shared_by_two_products_is_a_duplicate(engine: Engine) -> None:
    findings = _finding(engine, "Percocet", "Tylenol")
    assert ("acetaminophen", "acetaminophen", "caution", ["same-ingredient"]) in findings


def test_two_members_of_a_class_match_a_same_tag_rule(engine: Engine) -> None:
    [(a, b, severity, rules)] = _finding(engine, "Xanax", "Ativan")
    assert (a, b, severity) == ("alprazolam", "lorazepam", "caution")
    assert rules == ["depressant+depressant"]


def test_pair_without_rule_is_no_known_interaction(engine: Engine) -> None:
    result = engine.check_lines(["Zoloft", "Tylenol"])
    assert result.findings == []
    assert result.no_known == [("acetaminophen", "sertraline")]
    assert result.checked_pairs == 1


def test_antidepressant_is_not_a_depressant(engine: Engine) -> None:
    """Tags are explicit memberships: 'antidepressant' never matches 'depressant' rules."""
    result = engine.check_lines(["Zoloft", "Xanax"])
    assert result.findings == []


def test_unrecognised_items_are_reported_and_not_paired(engine: Engine) -> None:
    result = engine.check_lines(["zzqqxx", "Xanax"])
    assert [u.text for u in result.unresolved] == ["zzqqxx"]
    assert result.findings == [] and result.no_known == []


def test_results_are_ordered_by_severity_then_name(engine: Engine) -> None:
    result = engine.check_lines(["Ativan", "kratom", "OxyContin", "Xanax"])
    severities = [f.severity.rank for f in result.findings]
    assert severities == sorted(severities, reverse=True)
    again = engine.check_lines(["Xanax", "OxyContin", "kratom", "Ativan"])
    assert [(f.a, f.b) for f in again.findings] == [(f.a, f.b) for f in result.findings]


def test_card_interaction_summary_comes_from_rules(engine: Engine) -> None:
    rules = [rule.id for rule, _ in engine.rules_involving("kratom")]
    # Worst severity first, then the better-supported rule.
    assert rules == ["kratom+midazolam", "kratom+benzodiazepine", "depressant+depressant"]


def test_a_finding_reports_the_strongest_reliability_of_its_deciding_rules(
    engine: Engine,
) -> None:
    [finding] = engine.check_lines(["warfarin", "Advil"]).findings
    assert {(r.id, r.reliability) for r in finding.deciding} == {
        ("warfarin+nsaid", Reliability.PROVEN),
        ("anticoagulant+nsaid", Reliability.INFERRED),
    }
    assert finding.reliability is Reliability.PROVEN


def test_ingredients_of_one_product_are_never_paired_with_each_other(engine: Engine) -> None:
    alone = engine.check_lines(["Percocet"])
    assert alone.findings == [] and alone.no_known == [] and alone.checked_pairs == 0
    with_xanax = engine.check_lines(["Percocet", "Xanax"])
    pairs = {(f.a, f.b) for f in with_xanax.findings} | set(with_xanax.no_known)
    assert pairs == {("acetaminophen", "alprazolam"), ("alprazolam", "oxycodone")}


def test_two_products_named_on_one_line_are_paired(engine: Engine) -> None:
    [finding] = engine.check_lines(["Xanax 1mg and OxyContin 10mg"]).findings
    assert (finding.entries, finding.severity) == (("alprazolam", "oxycodone"), Severity.DANGEROUS)


def test_a_finding_names_a_tuple_of_entries(engine: Engine) -> None:
    result = engine.check_lines(["Xanax", "alprazolam 0.5mg", "OxyContin"])
    kinds = {f.kind: f.entries for f in result.findings}
    assert kinds == {"pair": ("alprazolam", "oxycodone"), "duplicate": ("alprazolam",)}
