"""Reading what people really type, with the shipped pack: nothing invented, everyday words
understood, and what a line says about use carried to the check."""

from __future__ import annotations

import datetime as dt

import pytest

from saferest.domain.engine import Engine
from saferest.domain.line_words import FORMS
from saferest.domain.medication_list import ItemStatus

TODAY = dt.date(2026, 12, 10)


@pytest.fixture(scope="module")
def shipped() -> Engine:
    return Engine.load()


def _ids(engine: Engine, line: str) -> list[str]:
    return [item.entry_id for item in engine.parse(line, TODAY).resolved]


def test_a_glass_of_wine_tablets_and_a_drink_mix_invent_nothing(shipped: Engine) -> None:
    result = shipped.check_lines(["a glass of wine", "trazodone tablets 50mg", "crystal light"])
    assert [item.entry_id for item in result.resolved] == ["alcohol", "trazodone"]
    assert [item.text for item in result.unresolved] == ["crystal light"]


def test_beer_pill_slang_and_a_brand_are_read_and_alcohol_is_flagged_with_the_opioid(
    shipped: Engine,
) -> None:
    result = shipped.check_lines(["2 beers", "oxy 30", "Zoloft"])
    assert [item.entry_id for item in result.resolved] == ["alcohol", "oxycodone", "sertraline"]
    assert any({f.a, f.b} == {"alcohol", "oxycodone"} for f in result.findings)


def test_what_is_not_taken_is_never_an_active_item(shipped: Engine) -> None:
    result = shipped.check_lines(["no alcohol", "oxycodone 5mg"], TODAY)
    assert [item.entry_id for item in result.checked] == ["oxycodone"]
    assert result.findings == []


def test_past_use_without_a_day_is_not_read_as_current_use(shipped: Engine) -> None:
    """'used to take Xanax' is past use: pairing it would invent a danger the person lacks."""
    result = shipped.check_lines(["used to take Xanax", "oxycodone 5mg"], TODAY)
    assert result.findings == []
    [stopped] = result.stopped
    assert (stopped.entry_id, stopped.stopped_on) == ("alprazolam", None)


def test_past_use_without_a_day_of_a_long_acting_drug_is_checked_in_case_it_still_acts(
    shipped: Engine,
) -> None:
    """An irreversible MAOI acts for about two weeks after the last tablet, whatever the words."""
    result = shipped.check_lines(["stopped phenelzine", "Zoloft"], TODAY)
    [finding] = result.findings
    time = finding.time_of("phenelzine")
    assert time is not None and (time.status, time.days_since) == (ItemStatus.STOPPED, None)
    assert time.effect_lasts_days == 14


def test_a_stopped_item_is_shown_with_its_day_but_not_checked_yet(shipped: Engine) -> None:
    result = shipped.check_lines(["stopped Xanax 2 weeks ago", "oxycodone"], TODAY)
    [stopped] = result.stopped
    assert (stopped.entry_id, stopped.stopped_on) == ("alprazolam", dt.date(2026, 11, 26))
    assert result.findings == []


def test_an_as_needed_item_is_still_checked(shipped: Engine) -> None:
    result = shipped.check_lines(["Xanax as needed", "oxycodone"], TODAY)
    assert result.checked[0].status is ItemStatus.AS_NEEDED
    assert result.findings


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("ice", ["methamphetamine"]),
        ("2 points of ice", ["methamphetamine"]),
        ("snow 1g", ["cocaine"]),
        ("ice cream", []),
        ("snow peas", []),
        ("speed bump", []),
        ("crystal light", []),
        ("a glass of wine", ["alcohol"]),
        ("rum and coke", ["alcohol"]),
        ("vodka on ice", ["alcohol"]),
        ("charlie horse", []),
    ],
)
def test_a_street_name_counts_only_where_the_line_is_about_that_substance(
    shipped: Engine, line: str, expected: list[str]
) -> None:
    assert _ids(shipped, line) == expected


def test_a_set_aside_street_word_is_not_suggested_for_the_line(shipped: Engine) -> None:
    [item] = shipped.parse("crystal light").unresolved
    assert "methamphetamine" not in {s.entry_id for s in item.suggestions}


def test_no_form_word_on_its_own_is_ever_a_name(shipped: Engine) -> None:
    read = {word: _ids(shipped, f"kratom {word}") for word in sorted(FORMS)}
    assert {word: ids for word, ids in read.items() if ids != ["kratom"]} == {}


def test_the_bracketed_part_of_a_display_name_is_never_read_from_a_line(shipped: Engine) -> None:
    assert _ids(shipped, "ibuprofen 200 mg tablets") == ["ibuprofen"]
    assert _ids(shipped, "tyramine rich") == []


def test_a_list_line_is_never_read_as_a_sleep_practice_or_emergency_topic(
    shipped: Engine,
) -> None:
    assert _ids(shipped, "OD") == []
    assert _ids(shipped, "Xanax 1mg OD") == ["alprazolam"]


def test_a_mix_means_every_entry_in_it(shipped: Engine) -> None:
    assert _ids(shipped, "lean") == ["codeine", "promethazine"]
    assert _ids(shipped, "spliff") == ["cannabis", "nicotine"]


def test_ambiguous_slang_is_asked_about_never_guessed(shipped: Engine) -> None:
    parsed = shipped.parse("K")
    assert parsed.resolved == []
    [item] = parsed.unresolved
    assert item.reason == "ambiguous"
    assert {s.entry_id for s in item.suggestions} == {"ketamine", "potassium_chloride"}


def test_slang_for_something_not_in_the_pack_is_not_recognised(shipped: Engine) -> None:
    parsed = shipped.parse("tusi")
    assert parsed.resolved == []
    assert [item.text for item in parsed.unresolved] == ["tusi"]


def test_pressed_pill_slang_reads_as_a_counterfeit_pill_not_as_a_pharmacy_drug(
    shipped: Engine,
) -> None:
    assert [r.entry_id for r in shipped.parse("M30").resolved] == ["counterfeit_pills"]


@pytest.mark.parametrize(
    "line", ["2 cervezas", "copa de vino", "3 chupitos de tequila", "una caña", "té verde"]
)
def test_spanish_drinks_are_read(shipped: Engine, line: str) -> None:
    assert _ids(shipped, line) in (["alcohol"], ["caffeine"])


def test_a_purpose_after_for_is_set_aside_but_a_product_word_is_reported(
    shipped: Engine,
) -> None:
    assert shipped.parse("melatonin for sleep").unresolved == []
    cold = shipped.parse("Tylenol cold")
    assert [item.entry_id for item in cold.resolved] == ["acetaminophen"]
    assert [item.text for item in cold.unresolved] == ["cold"]


def test_a_route_word_beside_a_name_is_a_route_but_in_a_list_it_is_an_item(
    shipped: Engine,
) -> None:
    assert _ids(shipped, "vaping weed") == ["cannabis"]
    assert _ids(shipped, "vape and xanax") == ["nicotine", "alprazolam"]
