"""Content v2: the sleep supplements and street products this audience takes beside kratom."""

from __future__ import annotations

import json

import pytest

from saferest.__main__ import main
from saferest.domain.engine import Engine
from saferest.domain.models import Substance
from saferest.domain.pack import DataPack, load_pack


@pytest.fixture(scope="module")
def pack() -> DataPack:
    return load_pack()


@pytest.fixture(scope="module")
def engine(pack: DataPack) -> Engine:
    return Engine(pack)


NEW_CARDS = {
    "magnesium": [
        "magnesium",
        "magnesium glycinate",
        "milk of magnesia",
        "magnesio",
        "citrato de magnesio",
    ],
    "chamomile": ["chamomile", "chamomile tea", "camomile", "manzanilla", "té de manzanilla"],
    "ashwagandha": ["ashwagandha", "Withania somnifera", "ashwaganda", "ginseng indio"],
    "l_theanine": ["L-theanine", "l theanine", "theanine", "L-teanina"],
    "5htp": ["5-HTP", "5HTP", "5-hydroxytryptophan", "5-hidroxitriptófano"],
    "l_tryptophan": ["L-tryptophan", "tryptophan", "triptófano", "L-triptófano"],
    "gaba_supplements": ["GABA supplement", "gamma-aminobutyric acid", "suplemento de GABA"],
    "passionflower": ["passionflower", "passion flower", "pasiflora", "pasionaria"],
    "lemon_balm": ["lemon balm", "Melissa officinalis", "melisa", "té de melisa"],
    "hops": ["hops", "hop extract", "lúpulo", "lupulo"],
    "lavender_oil": ["lavender", "Silexan", "Lasea", "lavanda", "aceite de lavanda"],
    "blue_lotus": ["blue lotus", "Nymphaea caerulea", "loto azul"],
    "delta8_thc": ["delta-8", "delta 8 THC", "delta-8 gummies", "gominolas de delta-8"],
    "counterfeit_pills": ["M30", "M-30", "blues", "fake oxy", "fake Xanax", "pastillas falsas"],
    "nitazenes": ["nitazenes", "isotonitazene", "metonitazene", "nitacenos"],
    "designer_benzodiazepines": [
        "designer benzos",
        "designer benzodiazepines",
        "benzodiacepinas de diseño",
    ],
}


@pytest.mark.parametrize(("card", "name"), [(c, n) for c, ns in NEW_CARDS.items() for n in ns])
def test_new_entries_resolve_by_the_names_people_type(engine: Engine, card: str, name: str) -> None:
    parsed = engine.parse(name)
    assert [r.entry_id for r in parsed.resolved] == [card]
    assert parsed.unresolved == []


def _texts(card: Substance) -> list[tuple[str, dict[str, str]]]:
    texts = [("name", card.name), ("summary", card.summary)]
    for section in card.sections:
        texts += [
            (f"{section.topic} title", section.title),
            (f"{section.topic} body", section.body),
        ]
    for n, claim in enumerate(card.claims):
        texts += [(f"claim {n}", claim.claim), (f"claim {n} explanation", claim.explanation)]
    return texts


@pytest.mark.parametrize("card", sorted(NEW_CARDS))
def test_every_text_of_a_new_card_has_spanish(pack: DataPack, card: str) -> None:
    missing = [field for field, text in _texts(pack.substances[card]) if not text.get("es")]
    assert missing == []


@pytest.mark.parametrize("card", sorted(NEW_CARDS))
def test_every_claim_of_a_new_card_has_a_verdict(pack: DataPack, card: str) -> None:
    claims = pack.substances[card].claims
    assert claims
    assert all(claim.verdict is not None for claim in claims)


def test_5htp_with_sertraline_is_flagged_as_serotonin_toxicity_risk(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["check", "--json", "magnesium 400mg", "5-HTP", "Zoloft"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [r["id"] for r in data["resolved"]] == ["magnesium", "5htp", "sertraline"]
    assert data["unresolved"] == []
    [pair] = [i for i in data["interactions"] if {i["a"], i["b"]} == {"5htp", "sertraline"}]
    assert pair["severity"] in {"unsafe", "dangerous"}
    assert pair["sources"]


def test_tryptophan_with_an_maoi_keeps_the_maoi_grade(engine: Engine) -> None:
    [finding] = engine.check_lines(["L-tryptophan", "phenelzine"]).findings
    assert finding.severity.value == "dangerous"


@pytest.mark.parametrize(
    ("name", "owners"),
    [
        ("bars", {"alprazolam", "counterfeit_pills"}),
        ("Xanax bars", {"alprazolam", "counterfeit_pills"}),
        ("gaba", {"gaba_supplements", "gabapentin"}),
        ("gaba 300mg", {"gaba_supplements", "gabapentin"}),
    ],
)
def test_truly_shared_names_ask_instead_of_guessing(
    engine: Engine, name: str, owners: set[str]
) -> None:
    parsed = engine.parse(name)
    assert parsed.resolved == []
    [item] = parsed.unresolved
    assert item.reason == "ambiguous"
    assert {s.entry_id for s in item.suggestions} == owners


def test_pill_slang_names_the_counterfeit_pill_not_fentanyl_powder(pack: DataPack) -> None:
    fentanyl = pack.substances["fentanyl"]
    assert "blues" not in fentanyl.street_names and "M30s" not in fentanyl.street_names
    assert {"blues", "M30s"} <= set(pack.substances["counterfeit_pills"].street_names)


def test_a_counterfeit_pill_is_checked_as_a_strong_opioid_and_a_benzodiazepine(
    engine: Engine, pack: DataPack
) -> None:
    assert {"opioid_high_potency", "benzodiazepine"} <= pack.tag_closure(
        pack.substances["counterfeit_pills"].tags
    )
    [with_xanax] = engine.check_lines(["M30", "Xanax"]).findings
    assert with_xanax.severity.value == "dangerous"


@pytest.mark.parametrize("partner", ["Xanax", "fentanyl", "oxycodone"])
def test_designer_benzodiazepines_take_the_benzodiazepine_rules(
    engine: Engine, partner: str
) -> None:
    [finding] = engine.check_lines(["bromazolam", partner]).findings
    assert finding.severity.value in {"unsafe", "dangerous"}


def test_designer_benzodiazepine_medications_open_the_designer_card(pack: DataPack) -> None:
    for med in ["bromazolam", "etizolam", "flualprazolam", "flubromazolam", "clonazolam"]:
        assert pack.medications[med].card == "designer_benzodiazepines"


@pytest.mark.parametrize(
    "herb", ["chamomile", "passionflower", "lemon_balm", "hops", "ashwagandha", "blue_lotus"]
)
def test_mild_calming_herbs_are_not_full_cns_depressants(pack: DataPack, herb: str) -> None:
    tags = pack.tag_closure(pack.substances[herb].tags)
    assert "sedating_mild" in tags
    assert "cns_depressant" not in tags


@pytest.mark.parametrize("partner", ["kratom", "Ambien", "oxycodone", "alcohol"])
def test_a_mild_calming_herb_with_a_depressant_stays_at_caution(
    engine: Engine, partner: str
) -> None:
    [finding] = engine.check_lines(["passionflower", partner]).findings
    assert finding.severity.value == "caution"


@pytest.mark.parametrize(
    "partner", ["doxycycline", "ciprofloxacin", "alendronate", "levothyroxine", "gabapentin"]
)
def test_magnesium_spacing_is_flagged_with_absorption_medicines(
    engine: Engine, partner: str
) -> None:
    [finding] = engine.check_lines(["magnesium", partner]).findings
    assert finding.severity.value == "caution"


def test_every_new_rule_says_where_in_each_source_its_fact_is(pack: DataPack) -> None:
    new_rules = [r for r in pack.rules.values() if r.id.startswith("ne-")]
    assert len(new_rules) >= 15
    for rule in new_rules:
        assert set(rule.locators) == set(rule.sources), rule.id
        assert rule.summary.get("es") and rule.mechanism.get("es") and rule.advice.get("es")
