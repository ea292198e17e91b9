"""Curated content v1: minimum counts, must-have substances, sources and the seed claims."""

from __future__ import annotations

import pytest

from saferest.domain.engine import Engine
from saferest.domain.models import Medication
from saferest.domain.pack import DataPack, load_pack
from saferest.domain.text import normalize


@pytest.fixture(scope="module")
def pack() -> DataPack:
    return load_pack()


@pytest.fixture(scope="module")
def engine(pack: DataPack) -> Engine:
    return Engine(pack)


def test_minimum_counts(pack: DataPack) -> None:
    generics = [m for m in pack.medications.values() if m.form == "generic"]
    combinations = [m for m in pack.medications.values() if m.form == "combination"]
    foods = [m for m in pack.medications.values() if m.form == "food"]
    assert len(pack.substances) >= 45
    assert len(generics) >= 400
    assert len(combinations) >= 25
    assert len(foods) >= 2
    assert len(pack.practices) >= 20
    assert len(pack.emergency) >= 6


MUST_INCLUDE = {
    "kratom": ["kratom", "ketum"],
    "7oh": ["7-OH", "7-hydroxymitragynine"],
    "alcohol": ["alcohol", "booze"],
    "cannabis": ["cannabis", "weed", "marijuana"],
    "cbd": ["CBD", "cannabidiol"],
    "kava": ["kava"],
    "phenibut": ["phenibut"],
    "ghb": ["GHB", "GBL"],
    "tianeptine": ["tianeptine"],
    "nicotine": ["nicotine"],
    "caffeine": ["caffeine"],
    "melatonin": ["melatonin"],
    "valerian": ["valerian"],
    "diphenhydramine": ["diphenhydramine", "Benadryl"],
    "doxylamine": ["doxylamine"],
    "hydroxyzine": ["hydroxyzine", "Atarax"],
    "benzodiazepines": ["benzodiazepines", "benzos"],
    "z_drugs": ["Z-drugs"],
    "orexin_antagonists": ["orexin receptor antagonists"],
    "trazodone": ["trazodone", "Desyrel"],
    "mirtazapine": ["mirtazapine", "Remeron"],
    "quetiapine": ["quetiapine", "Seroquel"],
    "gabapentin": ["gabapentin", "Neurontin"],
    "pregabalin": ["pregabalin", "Lyrica"],
    "fentanyl": ["fentanyl"],
    "heroin": ["heroin", "smack"],
    "prescription_opioids": ["prescription opioids"],
    "tramadol": ["tramadol", "Ultram"],
    "methadone": ["methadone"],
    "buprenorphine": ["buprenorphine", "Subutex"],
    "naloxone": ["naloxone", "Narcan"],
    "naltrexone": ["naltrexone"],
    "loperamide": ["loperamide", "Imodium"],
    "dextromethorphan": ["dextromethorphan", "DXM"],
    "amphetamines": ["amphetamines", "speed"],
    "methylphenidate": ["methylphenidate", "Ritalin"],
    "cocaine": ["cocaine", "coke"],
    "methamphetamine": ["methamphetamine", "crystal meth"],
    "modafinil": ["modafinil", "Provigil"],
    "ssris": ["SSRIs"],
    "snris": ["SNRIs"],
    "tricyclics": ["tricyclic antidepressants"],
    "maois": ["MAOIs"],
    "bupropion": ["bupropion", "Wellbutrin"],
    "lithium": ["lithium"],
    "ketamine": ["ketamine"],
    "xylazine": ["xylazine", "tranq"],
    "mdma": ["MDMA", "ecstasy", "molly"],
    "lsd": ["LSD", "acid"],
    "psilocybin": ["psilocybin", "magic mushrooms"],
    "nitrous_oxide": ["nitrous oxide", "laughing gas"],
    "poppers": ["poppers", "amyl nitrite"],
    "st_johns_wort": ["St John's wort", "St. John's Wort"],
}


@pytest.mark.parametrize(("card", "names"), sorted(MUST_INCLUDE.items()))
def test_must_include_substances_resolve_by_common_names(
    engine: Engine, card: str, names: list[str]
) -> None:
    assert card in engine.pack.substances
    for name in names:
        parsed = engine.parse(name)
        assert [r.entry_id for r in parsed.resolved] == [card], name
        assert parsed.unresolved == []


def test_every_source_has_url_and_access_date_and_is_cited(pack: DataPack) -> None:
    cited: set[str] = set()
    for card in pack.substances.values():
        cited.update(card.sources)
        for section in card.sections:
            cited.update(section.sources)
        for claim in card.claims:
            cited.update(claim.sources)
    groups = (pack.rules, pack.list_rules, pack.lasting_effects)
    for group in (*groups, pack.practices, pack.emergency, pack.medications):
        for item in group.values():
            cited.update(item.sources)
    for number in pack.emergency_numbers.values():
        cited.update(number.sources)
    for word in pack.words.values():
        cited.update(word.sources)
    assert all(
        s.url.startswith(("https://", "http://")) and s.accessed for s in pack.sources.values()
    )
    uncited = sorted(set(pack.sources) - cited)
    assert uncited == []


def test_every_card_rule_and_practice_is_sourced_and_reviewed(pack: DataPack) -> None:
    for group in (pack.substances, pack.rules, pack.practices, pack.emergency):
        for item in group.values():
            assert item.sources and item.reviewed, item.id


SEED_CLAIMS = {
    "natural sleep aid": ["sleep aid"],
    "sleep-wake cycle": ["sleep-wake"],
    "GABA": ["gaba"],
    "cortisol": ["cortisol"],
    "serotonin, dopamine and melatonin": ["melatonin"],
    "red vein strains sedating": ["red bali", "red borneo", "maeng da", "indo"],
    "red strains higher in 7-OH": ["7-hydroxymitragynine"],
    "2-3 g stimulating, 5 g sedating": ["2-3 g"],
    "4-8 g moderate": ["4 to 8"],
    "start low": ["start low"],
    "antidepressant-like": ["antidepressant"],
    "anxiolytic": ["anxiolytic"],
    "pain relief helps sleep": ["pain"],
    "an hour before bed nightly": ["before bed"],
    "consult a healthcare provider": ["healthcare provider"],
    "legal status varies": ["legal status"],
    "lack of long-term studies": ["long-term"],
}


@pytest.mark.parametrize(("label", "words"), sorted(SEED_CLAIMS.items()))
def test_each_seed_claim_is_answered_on_the_kratom_card(
    pack: DataPack, label: str, words: list[str]
) -> None:
    claims = pack.substances["kratom"].claims
    matching = [c for c in claims if any(w in c.claim["en"].lower() for w in words)]
    assert matching, label
    for claim in matching:
        assert claim.sources and claim.evidence and claim.explanation["en"]


def test_kratom_card_covers_the_required_topics(pack: DataPack) -> None:
    text = normalize(
        " ".join(s.title["en"] + " " + s.body["en"] for s in pack.substances["kratom"].sections)
    )
    for topic in [
        "7 hydroxymitragynine",
        "withdrawal",
        "insomnia",
        "cyp3a",
        "cyp2d6",
        "qtc",
        "seizure",
        "liver",
        "pregnan",
        "salmonella",
        "lead",
        "fda",
        "other substances",
        "drug test",
        "naloxone",
        "buprenorphine",
    ]:
        assert topic in text, topic


def test_combination_products_hide_different_ingredients(engine: Engine) -> None:
    assert set(engine.ingredients(engine.parse("Tylenol PM").resolved[0].entry_id)) == {
        "acetaminophen",
        "diphenhydramine",
    }
    assert set(engine.ingredients(engine.parse("NyQuil").resolved[0].entry_id)) >= {
        "acetaminophen",
        "dextromethorphan",
        "doxylamine",
    }
    unisom = engine.parse("Unisom")
    assert unisom.resolved == [] and unisom.unresolved[0].reason == "ambiguous"


def test_an_ordinary_list_resolves_and_is_not_flagged_without_reason(engine: Engine) -> None:
    everyday = [
        "metformin 500mg",
        "lisinopril 10 mg",
        "atorvastatin 20mg",
        "levothyroxine",
        "amlodipine",
        "the pill",
        "salbutamol inhaler",
        "amoxicillin",
    ]
    result = engine.check_lines(everyday)
    assert result.unresolved == []
    assert [f for f in result.findings if f.severity.value in {"dangerous", "unsafe"}] == []


def test_acenocoumarol_carries_every_bleeding_and_enzyme_tag_of_warfarin(pack: DataPack) -> None:
    warfarin = pack.medications["warfarin"]
    acenocoumarol = pack.medications["acenocoumarol"]
    assert {"anticoagulant", "bleeding_risk", "cyp2c9_substrate"} <= pack.tag_closure(
        acenocoumarol.tags
    )
    assert pack.tag_closure(warfarin.tags) <= pack.tag_closure(acenocoumarol.tags)


def test_sintrom_with_an_nsaid_is_flagged_as_a_bleeding_risk(engine: Engine) -> None:
    result = engine.check_lines(["Sintrom", "Enantyum"])
    assert {f.severity.value for f in result.findings} == {"unsafe"}


def test_foods_that_matter_are_entries(pack: DataPack) -> None:
    foods = [m for m in pack.medications.values() if isinstance(m, Medication) and m.form == "food"]
    assert any("grapefruit" in m.id for m in foods)
    assert any("tyramine_rich" in m.tags for m in foods)


@pytest.mark.parametrize(
    ("other", "severity"),
    [
        ("sertraline", "unsafe"),
        ("meperidine", "dangerous"),
        ("aged cheese", "caution"),
        ("dextromethorphan", "dangerous"),
    ],
)
def test_rasagiline_is_graded_from_its_own_label_not_as_an_old_maoi(
    engine: Engine, other: str, severity: str
) -> None:
    [finding] = engine.check_lines(["rasagiline", other]).findings
    assert finding.severity.value == severity


def test_a_short_street_name_next_to_a_form_word_is_not_guessed(engine: Engine) -> None:
    parsed = engine.parse("ice cream")
    assert parsed.resolved == []
    assert [u.text for u in parsed.unresolved] == ["ice"]
