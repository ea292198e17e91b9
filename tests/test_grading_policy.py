"""The written grading policy (resources/data/README.md, "Grading policy") holds on the shipped
pack.

Each test checks one invariant over every entry of the pack that it concerns, so a new entry or a
new rule that breaks the policy fails here, naming the pair.
"""

from __future__ import annotations

import datetime as dt
import json
from itertools import combinations
from pathlib import Path

import pytest

from saferest.domain.engine import Engine
from saferest.domain.findings import CheckItem
from saferest.domain.models import Medication, Severity, Source, Substance
from saferest.domain.pack import load_pack
from saferest.domain.presentation import joined

BEFORE = Path(__file__).parent / "data" / "rule_grades_before_policy.json"
POLICY_DATE = dt.date(2026, 12, 7)
DAY = dt.date(2026, 12, 7)

STRONG_DEPRESSANTS = ["benzodiazepine", "alcohol", "ghb", "barbiturate"]
OTHER_DEPRESSANTS = ["z_drug", "gabapentinoid", "antipsychotic&sedating"]


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(load_pack())


def _entries(engine: Engine) -> list[str]:
    pack = engine.pack
    ids = [*pack.substances, *pack.medications]
    return [i for i in ids if not engine.ingredients(i)]


def _with(engine: Engine, side: str) -> list[str]:
    """Entries (not combination products) that a rule side matches."""
    return [e for e in _entries(engine) if side in engine.checker.pairs.sides(e)]


def _grade(engine: Engine, a: str, b: str) -> Severity | None:
    verdict = engine.checker.pairs.verdict(a, b)
    return verdict.rules[0].severity if verdict.rules else None


def _rank(severity: Severity | None) -> int:
    return severity.rank if severity else 0


def _full(engine: Engine) -> list[str]:
    return _with(engine, "tag:opioid_agonist")


def _partial(engine: Engine) -> list[str]:
    full = set(_full(engine))
    partial = _with(engine, "tag:opioid_partial_agonist") + _with(engine, "tag:kratom_alkaloids")
    return sorted(set(partial) - full)


def _below(engine: Engine, opioids: list[str], families: list[str], floor: Severity) -> list[str]:
    return [
        f"{o} + {d}: {_grade(engine, o, d)}"
        for o in opioids
        for family in families
        for d in _with(engine, f"tag:{family}")
        if d != o and _rank(_grade(engine, o, d)) < floor.rank
    ]


def test_the_policy_families_are_all_present(engine: Engine) -> None:
    assert {"kratom", "buprenorphine"} <= set(_partial(engine))
    assert {"oxycodone", "heroin", "7oh"} <= set(_full(engine))
    for family in [*STRONG_DEPRESSANTS, *OTHER_DEPRESSANTS]:
        assert _with(engine, f"tag:{family}"), family


def test_full_opioids_with_the_strongest_depressants_are_dangerous(engine: Engine) -> None:
    assert _below(engine, _full(engine), STRONG_DEPRESSANTS, Severity.DANGEROUS) == []


def test_full_opioids_with_other_strong_sedatives_are_at_least_unsafe(engine: Engine) -> None:
    families = [*OTHER_DEPRESSANTS, "sedating_antihistamine"]
    full = _full(engine)
    assert _below(engine, full, families, Severity.UNSAFE) == []
    assert [
        f"{o} + carisoprodol" for o in full if _rank(_grade(engine, o, "carisoprodol")) < 3
    ] == []


def test_partial_agonists_and_kratom_with_depressants_are_never_below_the_floor(
    engine: Engine,
) -> None:
    partial = _partial(engine)
    assert _below(engine, partial, STRONG_DEPRESSANTS + OTHER_DEPRESSANTS, Severity.UNSAFE) == []
    assert [p for p in partial if _rank(_grade(engine, p, "carisoprodol")) < 3] == []
    assert _below(engine, partial, ["sedating_antihistamine"], Severity.CAUTION) == []


def test_partial_agonists_are_never_graded_above_a_full_opioid_with_the_same_drug(
    engine: Engine,
) -> None:
    reference = "morphine"
    families = [*STRONG_DEPRESSANTS, *OTHER_DEPRESSANTS, "sedating_antihistamine", "cns_depressant"]
    above = [
        f"{p} + {d}: {_grade(engine, p, d)} above {reference}'s {_grade(engine, reference, d)}"
        for p in _partial(engine)
        for family in families
        for d in _with(engine, f"tag:{family}")
        if d not in (p, reference)
        and "tag:opioid" not in engine.checker.pairs.sides(d)
        and _sedation_grade(engine, p, d) > _rank(_grade(engine, reference, d))
    ]
    assert above == []


SEDATION_WORDS = ("depressant", "benzo", "z_drug", "barbit", "ghb", "alcohol", "gaba", "sedating")


def _sedation_grade(engine: Engine, a: str, b: str) -> int:
    """The grade from sedation rules only (kratom's CYP and QT rules are another mechanism)."""
    rules = engine.checker.pairs.verdict(a, b).rules
    sedation = [
        r
        for r in rules
        if any(s == "carisoprodol" or any(w in s for w in SEDATION_WORDS) for s in r.between)
    ]
    return max((r.severity.rank for r in sedation), default=0)


def test_serotonergic_cyp2d6_blockers_with_dextromethorphan_are_one_step_above(
    engine: Engine,
) -> None:
    blockers = _with(engine, "tag:serotonergic&cyp2d6_inhibitor_strong")
    assert {"fluoxetine", "paroxetine"} <= set(blockers)
    for drug in blockers:
        assert _rank(_grade(engine, "dextromethorphan", drug)) >= Severity.UNSAFE.rank, drug
    others = [
        d
        for d in _with(engine, "tag:ssri")
        if d not in blockers and "tag:maoi" not in engine.checker.pairs.sides(d)
    ]
    assert others
    for drug in others:
        assert _grade(engine, "dextromethorphan", drug) is Severity.CAUTION, drug
    for maoi in _with(engine, "tag:maoi"):
        assert _grade(engine, "dextromethorphan", maoi) is Severity.DANGEROUS, maoi


def test_strong_cyp3a4_inhibitors_with_narrow_margin_substrates_are_at_least_unsafe(
    engine: Engine,
) -> None:
    assert (
        _below(
            engine,
            _with(engine, "tag:cyp3a4_inhibitor_strong"),
            ["cyp3a4_substrate_narrow", "cyp3a4_substrate_sensitive"],
            Severity.UNSAFE,
        )
        == []
    )
    assert (
        _below(
            engine,
            _with(engine, "tag:cyp3a4_inhibitor_moderate"),
            ["cyp3a4_substrate_narrow"],
            Severity.CAUTION,
        )
        == []
    )


def test_everyday_caffeine_is_never_graded_as_masking_or_above_caution(engine: Engine) -> None:
    depressants = _with(engine, "tag:cns_depressant")
    for drug in depressants:
        verdict = engine.checker.pairs.verdict("caffeine", drug)
        assert "ru-stimulant-depressant-masking" not in [r.id for r in verdict.rules], drug
        if "tag:maoi" not in engine.checker.pairs.sides(drug):
            assert _rank(_grade(engine, "caffeine", drug)) <= Severity.CAUTION.rank, drug
    assert _grade(engine, "amphetamines", "alprazolam") is Severity.CAUTION


def test_a_high_potency_opioid_or_street_heroin_with_any_opioid_is_dangerous(
    engine: Engine,
) -> None:
    opioids = _with(engine, "tag:opioid")
    strong = sorted({*_with(engine, "tag:opioid_high_potency"), "heroin"})
    assert {"kratom", "fentanyl", "nitazenes"} <= {*opioids, *strong}
    assert [
        f"{s} + {o}: {_grade(engine, s, o)}"
        for s in strong
        for o in opioids
        if o != s and _grade(engine, s, o) is not Severity.DANGEROUS
    ] == []


def test_cocaine_with_a_full_opioid_is_dangerous_and_methamphetamine_at_least_unsafe(
    engine: Engine,
) -> None:
    full = _full(engine)
    assert _below(engine, ["cocaine"], ["opioid_agonist"], Severity.DANGEROUS) == []
    assert [o for o in full if _rank(_grade(engine, "methamphetamine", o)) < 3] == []


def test_the_sedative_load_follows_its_floors(engine: Engine) -> None:
    def load(*lines: str) -> Severity | None:
        result = engine.check_lines(lines, DAY)
        found = [f for f in result.findings if f.kind == "list" and "zolpidem" in f.entries]
        return found[0].severity if found else None

    assert load("Ambien", "Benadryl", "trazodone") is Severity.CAUTION
    assert load("Ambien", "Benadryl", "alcohol") is Severity.UNSAFE
    assert load("Ambien", "gabapentin", "kratom") is Severity.DANGEROUS
    assert load("Ambien", "Benadryl", "kratom") is Severity.UNSAFE


# -- every rule that moved says why and names its source --------------------------------------


def _names(source: Source) -> set[str]:
    """Short names a sentence would use for a source."""
    text = f"{source.title} {source.publisher}"
    names = {source.publisher}
    if "Food and Drug" in text or "FDA" in text:
        names.add("FDA")
    if "CDC" in text or "Disease Control" in text or "MMWR" in text:
        names.add("CDC")
    if "Beers" in text:
        names.add("Beers")
    if "label" in text.lower() or "prescribing information" in text.lower():
        names.add("label")
    return names


def test_every_rule_whose_grade_changed_says_why_and_names_its_source(engine: Engine) -> None:
    before: dict[str, str] = json.loads(BEFORE.read_text(encoding="utf-8"))["grades"]
    pack = load_pack()
    moved = [r for r in pack.rules.values() if r.id in before and before[r.id] != r.severity.value]
    assert moved, "the policy re-graded some rules"
    problems = []
    for rule in moved:
        text = rule.mechanism["en"]
        if rule.reviewed < POLICY_DATE:
            problems.append(f"{rule.id}: not reviewed since the policy")
        if "policy" not in text:
            problems.append(f"{rule.id}: does not say the grading policy moved it")
        if "es" not in rule.mechanism:
            problems.append(f"{rule.id}: no Spanish text")
        names = set().union(*(_names(pack.sources[s]) for s in rule.sources))
        if not any(name in text for name in names):
            problems.append(f"{rule.id}: names none of its sources ({sorted(names)})")
    assert problems == []


def test_every_rule_added_for_the_policy_is_sourced_in_both_languages() -> None:
    pack = load_pack()
    before: dict[str, str] = json.loads(BEFORE.read_text(encoding="utf-8"))["grades"]
    added = [r for r in pack.rules.values() if r.id not in before]
    assert added
    for rule in [*added, *pack.list_rules.values()]:
        for text in (rule.summary, rule.mechanism, rule.advice):
            assert set(text) >= {"en", "es"}, rule.id
        assert rule.sources and rule.reviewed >= POLICY_DATE, rule.id


# -- one voice over the shipped pack -----------------------------------------------------------

POPULATION_WORDS = (
    "older adult",
    "older people",
    "elderly",
    "pregnan",
    "personas mayores",
    "embaraz",
)


def test_advice_for_a_group_of_people_is_always_a_note() -> None:
    """A rule for everyone keeps group advice in a note; a rule about a health condition
    (pregnancy, age 65 or over) applies only when the person said so, so it speaks to them."""
    pack = load_pack()
    everyone = [r for r in pack.rules.values() if r.condition is None]
    everyone += [r for r in pack.list_rules.values() if not r.conditions]
    assert len(everyone) < len(pack.rules) + len(pack.list_rules)
    for rule in everyone:
        for text in (*rule.advice.values(), *rule.summary.values()):
            assert not any(w in text.lower() for w in POPULATION_WORDS), rule.id


def test_no_finding_repeats_a_sentence(engine: Engine) -> None:
    entries = [
        e for e in _entries(engine)[::3] if isinstance(engine.entry(e), Substance | Medication)
    ]
    repeated = []
    for a, b in combinations(entries, 2):
        outcome = engine.checker.check([CheckItem(a, 0), CheckItem(b, 1)], DAY)
        for finding in outcome.findings:
            for lang in ("en", "es"):
                view = engine.present(finding, lang)
                said = [view.headline.text, *(t.text for t in (*view.why, *view.advice))]
                if len(said) != len(set(said)):
                    repeated.append(f"{a} + {b} ({lang}): {joined(view.why)}")
    assert repeated == []


# -- 7. health conditions ----------------------------------------------------------------------


def _condition_grade(engine: Engine, condition: str, entry: str) -> Severity | None:
    rules = engine.checker.conditions.rules_for(condition, entry)
    return rules[0].severity if rules else None


def _ungraded(engine: Engine, condition: str, sides: list[str]) -> list[str]:
    return [
        f"{condition} + {e} ({side})"
        for side in sides
        for e in _with(engine, side)
        if _condition_grade(engine, condition, e) is None
    ]


BREATHING = ["sleep_apnoea", "copd_asthma"]
DEPRESSANT_FAMILIES = [
    "tag:opioid_agonist",
    "tag:opioid_partial_agonist",
    "tag:kratom_alkaloids",
    "tag:benzodiazepine",
    "tag:z_drug",
    "tag:gabapentinoid",
    "tag:barbiturate",
    "tag:ghb",
    "tag:alcohol",
    "tag:sedating_antihistamine",
    "tag:antipsychotic&sedating",
    "tag:muscle_relaxant",
    "tag:cns_depressant",
]


def test_breathing_conditions_grade_every_entry_of_every_depressant_family(engine: Engine) -> None:
    for condition in BREATHING:
        assert _ungraded(engine, condition, DEPRESSANT_FAMILIES) == []


def test_breathing_conditions_with_opioids_and_no_ceiling_depressants_are_at_least_unsafe(
    engine: Engine,
) -> None:
    strong = ["tag:opioid_agonist", "tag:benzodiazepine", "tag:barbiturate", "tag:ghb"]
    low = [
        f"{c} + {e}"
        for c in BREATHING
        for side in strong
        for e in _with(engine, side)
        if _rank(_condition_grade(engine, c, e)) < Severity.UNSAFE.rank
    ]
    assert low == []


OPIOID_EFFECT_CONDITIONS = [*BREATHING, "lost_tolerance", "age_65_plus", "pregnancy"]


def test_partial_agonists_and_kratom_are_never_graded_above_a_full_opioid_for_its_opioid_effect(
    engine: Engine,
) -> None:
    """Kratom's own liver, seizure and heart-rhythm reports are graded on their own sources."""
    above = [
        f"{c} + {p}"
        for c in OPIOID_EFFECT_CONDITIONS
        for p in _partial(engine)
        if _rank(_condition_grade(engine, c, p)) > _rank(_condition_grade(engine, c, "morphine"))
    ]
    assert above == []


def test_lost_tolerance_grades_every_opioid_acting_entry_and_full_opioids_dangerous(
    engine: Engine,
) -> None:
    assert _ungraded(engine, "lost_tolerance", ["tag:opioid"]) == []
    for entry in _full(engine):
        assert _condition_grade(engine, "lost_tolerance", entry) is Severity.DANGEROUS, entry


def test_pregnancy_grades_the_issue_list_and_its_known_teratogens(engine: Engine) -> None:
    floors = {
        "kratom": Severity.UNSAFE,
        "oxycodone": Severity.UNSAFE,
        "heroin": Severity.UNSAFE,
        "alprazolam": Severity.CAUTION,
        "valproic_acid": Severity.DANGEROUS,
        "methotrexate": Severity.DANGEROUS,
        "mycophenolate": Severity.DANGEROUS,
        "alcohol": Severity.DANGEROUS,
        "warfarin": Severity.UNSAFE,
        "ibuprofen": Severity.UNSAFE,
        "lisinopril": Severity.UNSAFE,
        "losartan": Severity.UNSAFE,
        "topiramate": Severity.UNSAFE,
        "carbamazepine": Severity.UNSAFE,
        "phenytoin": Severity.UNSAFE,
        "lithium": Severity.CAUTION,
    }
    low = [
        e
        for e, floor in floors.items()
        if _rank(_condition_grade(engine, "pregnancy", e)) < floor.rank
    ]
    assert low == []


def test_opioid_treatment_in_pregnancy_is_told_by_its_own_rule_not_the_opioid_one(
    engine: Engine,
) -> None:
    for entry in ("methadone", "buprenorphine"):
        [rule] = engine.checker.conditions.rules_for("pregnancy", entry)
        assert rule.severity is Severity.CAUTION and entry in rule.between


def test_liver_and_kidney_disease_grade_the_issue_list(engine: Engine) -> None:
    assert _ungraded(engine, "liver_disease", ["tag:hepatotoxic"]) == []
    assert _condition_grade(engine, "liver_disease", "kava") is Severity.UNSAFE
    assert _condition_grade(engine, "liver_disease", "ashwagandha") is Severity.UNSAFE
    assert _condition_grade(engine, "liver_disease", "acetaminophen") is Severity.CAUTION
    assert _condition_grade(engine, "liver_disease", "valproic_acid") is Severity.DANGEROUS
    nsaids = [e for e in _with(engine, "tag:nsaid") if e != "aspirin"]
    for entry in nsaids:
        assert _condition_grade(engine, "kidney_disease", entry) is Severity.UNSAFE, entry
    assert _condition_grade(engine, "kidney_disease", "lithium") is Severity.UNSAFE
    assert _ungraded(engine, "kidney_disease", ["tag:gabapentinoid"]) == []


def test_epilepsy_bipolar_and_long_qt_grade_every_entry_of_their_tags(engine: Engine) -> None:
    assert _ungraded(engine, "epilepsy", ["tag:lowers_seizure_threshold"]) == []
    assert _condition_grade(engine, "epilepsy", "bupropion") is Severity.DANGEROUS
    assert _rank(_condition_grade(engine, "epilepsy", "tramadol")) >= Severity.UNSAFE.rank
    assert _ungraded(engine, "bipolar_disorder", ["tag:antidepressant"]) == []
    assert _condition_grade(engine, "bipolar_disorder", "st_johns_wort") is Severity.UNSAFE
    assert _ungraded(engine, "long_qt", ["tag:qt_prolonging", "kratom", "loperamide"]) == []
    for entry in _with(engine, "tag:qt_prolonging_known"):
        assert _rank(_condition_grade(engine, "long_qt", entry)) >= Severity.UNSAFE.rank, entry


def test_older_adults_avoid_the_beers_families(engine: Engine) -> None:
    for side in ("tag:benzodiazepine", "tag:z_drug", "tag:sedating_antihistamine"):
        for entry in _with(engine, side):
            grade = _condition_grade(engine, "age_65_plus", entry)
            assert grade is Severity.UNSAFE, (side, entry)


def test_every_condition_rule_is_sourced_in_both_languages_in_its_own_files() -> None:
    pack = load_pack()
    about = [r for r in pack.rules.values() if r.condition is not None]
    about += [r for r in pack.list_rules.values() if r.conditions]
    assert len(about) >= 70
    for rule in about:
        origin = pack.origin[f"{'rule' if rule.kind == 'rule' else 'list_rule'}:{rule.id}"]
        assert origin.startswith("rules/conditions_"), rule.id
        assert rule.id.startswith("co-") and rule.sources and rule.reviewed >= POLICY_DATE, rule.id
        for text in (rule.summary, rule.mechanism, rule.advice):
            assert set(text) >= {"en", "es"}, rule.id


def test_a_breathing_condition_raises_two_sedatives_above_the_pair(engine: Engine) -> None:
    def worst(kind: str, *lines: str) -> int:
        result = engine.check_lines(lines, DAY, conditions=["sleep_apnoea"])
        return max(f.severity.rank for f in result.findings if f.kind == kind)

    assert worst("list", "Ambien", "gabapentin") > worst("pair", "Ambien", "gabapentin")
    assert worst("list", "kratom", "Ambien") > worst("pair", "kratom", "Ambien")
