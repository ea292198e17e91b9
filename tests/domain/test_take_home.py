"""Take it home as a QR code: the text, its budget, and the code read back as a phone would."""

from __future__ import annotations

import pytest
import segno
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.qr_decode import decode_rows

from saferest.domain.emergency_number import EmergencyContact
from saferest.domain.engine import Engine
from saferest.domain.pack import load_pack
from saferest.domain.presentation import joined
from saferest.domain.take_home import (
    CAPACITY_BYTES,
    ERROR_LEVEL,
    KIOSK_CODE_SIDE_PX,
    MAX_VERSION,
    MIN_MODULE_PX,
    DataStamp,
    ReadLine,
    TakeHomeCard,
    TakeHomeFinding,
    TakeHomeList,
    card_text,
    clean,
    first_sentence,
    list_text,
    make_qr,
    modules_for,
    qr_rows,
)
from saferest.domain.take_home_adapt import (
    card_take_home,
    list_take_home,
    take_home_finding,
    take_home_number,
)

SIX_ITEMS = {
    "en": [
        "kratom 5g at night",
        "Xanax 1mg",
        "Ambien 10mg",
        "gabapentin 300mg",
        "Benadryl",
        "sleepytime tea",
    ],
    "es": [
        "kratom 5g por la noche",
        "Xanax 1mg",
        "Ambien 10mg",
        "gabapentina 300mg",
        "Benadryl",
        "té de tila",
    ],
}
STAMP = DataStamp("2.1.0", "2026-03-01")


@pytest.fixture(scope="module")
def shipped() -> Engine:
    return Engine(load_pack())


def finding(word: str, rank: int, *names: str, headline: str = "Headline.") -> TakeHomeFinding:
    return TakeHomeFinding(word, rank, names, headline, "Do this first.")


def a_list(
    lines: list[ReadLine], findings: list[TakeHomeFinding], pairs: int = 1, lang: str = "en"
) -> TakeHomeList:
    return TakeHomeList(tuple(lines), tuple(findings), pairs, "911", STAMP, lang)


def read(typed: str, *names: str, unknown: tuple[str, ...] = ()) -> ReadLine:
    return ReadLine(typed, names, unknown)


# -- the budget --------------------------------------------------------------------------------


def test_the_largest_code_fits_the_kiosk_square_at_the_smallest_module() -> None:
    assert modules_for(MAX_VERSION) * MIN_MODULE_PX <= KIOSK_CODE_SIDE_PX
    assert modules_for(MAX_VERSION + 1) * MIN_MODULE_PX > KIOSK_CODE_SIDE_PX


def test_the_byte_budget_is_what_the_largest_code_holds_at_level_m() -> None:
    segno.make("x" * CAPACITY_BYTES, version=MAX_VERSION, error=ERROR_LEVEL, boost_error=False)
    with pytest.raises(segno.DataOverflowError):
        segno.make(
            "x" * (CAPACITY_BYTES + 1), version=MAX_VERSION, error=ERROR_LEVEL, boost_error=False
        )


def test_text_over_the_budget_is_refused_rather_than_made_into_a_bigger_code() -> None:
    with pytest.raises(ValueError, match="over"):
        make_qr("x" * (CAPACITY_BYTES + 1))


def test_error_correction_is_at_least_m() -> None:
    assert make_qr("SafeRest").error in ("M", "Q", "H")


# -- a realistic list, read back from the code --------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_six_item_list_decodes_to_exactly_the_text(shipped: Engine, lang: str) -> None:
    result = shipped.check_lines(SIX_ITEMS[lang])
    fitted = list_text(list_take_home(shipped, result, lang, emergency="911"))
    code = make_qr(fitted.text)
    assert isinstance(code.version, int) and code.version <= MAX_VERSION
    assert decode_rows(qr_rows(code)) == fitted.text


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_six_item_list_keeps_every_item_the_worst_finding_and_the_number(
    shipped: Engine, lang: str
) -> None:
    result = shipped.check_lines(SIX_ITEMS[lang])
    text = list_text(list_take_home(shipped, result, lang, emergency="911")).text
    for typed in SIX_ITEMS[lang][:5]:
        assert typed in text
    worst = take_home_finding(shipped, result.findings[0], lang)
    assert worst.headline in text and worst.first_step in text
    assert ("Emergency: 911" if lang == "en" else "Emergencias: 911") in text
    assert shipped.pack.data_version in text


def test_spanish_labels_around_spanish_text(shipped: Engine) -> None:
    result = shipped.check_lines(SIX_ITEMS["es"])
    text = list_text(list_take_home(shipped, result, "es", emergency="112")).text
    assert "NO RECONOCIDO, NO SE COMPROBÓ (1): té de tila" in text
    assert "Qué hacer:" in text and "What to do" not in text
    assert "INSEGURO" in text and "UNSAFE" not in text


def test_the_headline_and_first_step_are_the_ones_the_window_and_the_cli_show(
    shipped: Engine,
) -> None:
    result = shipped.check_lines(["Xanax", "kratom"])
    told = take_home_finding(shipped, result.findings[0], "en")
    view = shipped.present(result.findings[0], "en")
    assert told.headline == view.headline.text
    assert joined(view.advice).startswith(told.first_step)
    assert told.first_step.endswith(".") and told.first_step.count(". ") == 0
    assert told.severity_word == "UNSAFE"
    assert told.names == ("Alprazolam", "Kratom")


def test_a_list_finding_names_every_entry_and_takes_its_headline(shipped: Engine) -> None:
    result = shipped.check_lines(["kratom", "Ambien", "gabapentin"])
    [load] = [f for f in result.findings if f.kind == "list"]
    told = take_home_finding(shipped, load, "es")
    assert told.headline == shipped.present(load, "es").headline.text
    assert len(told.names) == 3
    assert told.severity_word == "PELIGROSO"


# -- summarising ---------------------------------------------------------------------------------


def many_findings(count: int) -> list[TakeHomeFinding]:
    words = [("LOW RISK", 1), ("CAUTION", 2), ("UNSAFE", 3), ("DANGEROUS", 4)]
    out = []
    for i in range(count):
        word, rank = words[i % 4]
        out.append(finding(word, rank, f"Drug{i}", f"Other{i}", headline="A fairly long " * 6))
    return out


def test_a_long_list_is_summarised_worst_first_with_and_n_more() -> None:
    lines = [read(f"medicine number {i}", f"Medicine{i}") for i in range(12)]
    fitted = list_text(a_list(lines, many_findings(40)))
    text = fitted.text
    assert len(text.encode()) <= CAPACITY_BYTES
    assert not fitted.complete
    shown = [line for line in text.splitlines() if line.split(":")[0] in ("DANGEROUS", "UNSAFE")]
    assert shown and shown[0].startswith("DANGEROUS:")
    more = [line for line in text.splitlines() if line.startswith("…and") and ":" in line]
    assert more, text
    counted = sum(int(part.split()[0]) for part in more[-1].split(": ", 1)[1].split(", "))
    assert counted == int(more[-1].split()[1]) == fitted.left_out["findings"]


def test_findings_given_in_any_order_are_shown_worst_first() -> None:
    findings = [
        finding("CAUTION", 2, "A", "B"),
        finding("DANGEROUS", 4, "C", "D"),
        finding("UNSAFE", 3, "E", "F"),
    ]
    text = list_text(a_list([read("a", "A")], findings)).text
    order = [line.split(":")[0] for line in text.splitlines() if line.isupper() or ": " in line]
    severities = [word for word in order if word in ("CAUTION", "DANGEROUS", "UNSAFE")]
    assert severities == ["DANGEROUS", "UNSAFE", "CAUTION"]


def test_items_left_out_are_counted() -> None:
    lines = [read(f"a medicine with a long name {i}", f"Generic{i}") for i in range(60)]
    fitted = list_text(a_list(lines, []))
    shown = [line for line in fitted.text.splitlines() if line.startswith("- ")]
    assert 0 < len(shown) < 60
    assert f"…and {60 - len(shown)} more" in fitted.text
    assert fitted.left_out["items"] == 60 - len(shown)


def test_what_was_not_recognised_is_always_counted_even_when_not_named() -> None:
    lines = [read(f"unknown thing {i} " + "x" * 50, unknown=(f"thing{i}",)) for i in range(40)]
    lines.append(read("Xanax", "Alprazolam"))
    fitted = list_text(a_list(lines, many_findings(30)))
    assert "NOT RECOGNISED, NOT CHECKED: 40" in fitted.text
    assert len(fitted.text.encode()) <= CAPACITY_BYTES


def test_a_line_read_as_nothing_is_shown_as_typed_and_pieces_of_a_line_read_in_part() -> None:
    lines = [read("té de tila", unknown=("te", "tila")), read("Xanax and blorp", "Alprazolam")]
    lines[1] = ReadLine("Xanax and blorp", ("Alprazolam",), ("blorp",))
    text = list_text(a_list(lines, [])).text
    assert "NOT RECOGNISED, NOT CHECKED (2): té de tila; blorp" in text
    assert "- Xanax and blorp (Alprazolam)" in text


def test_a_name_the_line_already_shows_is_not_repeated() -> None:
    lines = [read("melatonin 3mg", "Melatonina"), read("Xanax 1mg", "Alprazolam")]
    text = list_text(a_list(lines, [])).text
    assert "- melatonin 3mg\n" in text and "- Xanax 1mg (Alprazolam)" in text


def test_no_finding_is_never_told_as_safe() -> None:
    text = list_text(a_list([read("a", "A"), read("b", "B")], [], pairs=1)).text
    assert "No known interaction" in text and "not a promise" in text
    text = list_text(a_list([read("a", "A")], [], pairs=0)).text
    assert "Fewer than two items recognised" in text


def test_typed_text_cannot_break_the_layout() -> None:
    lines = [read("Xanax\n1mg\x00\u202e", "Alprazolam")]
    text = list_text(a_list(lines, [])).text
    assert "- Xanax 1mg (Alprazolam)" in text
    assert clean("a\tb\r\nc\u200b") == "a b c"


def test_a_worst_finding_too_long_for_the_code_is_cut_not_lost() -> None:
    huge = finding("DANGEROUS", 4, "A", "B", headline="Very long words " * 80)
    fitted = list_text(a_list([read("a", "A")], [huge]))
    line = next(line for line in fitted.text.splitlines() if line.startswith("DANGEROUS"))
    assert line.endswith("…")
    assert fitted.left_out["shortened"] == 1


@settings(max_examples=60, deadline=None)
@given(
    typed=st.lists(st.text(min_size=1, max_size=300), max_size=60),
    unknown=st.lists(st.text(min_size=1, max_size=300), max_size=20),
    findings=st.lists(
        st.tuples(st.integers(1, 4), st.text(max_size=400), st.text(max_size=400)), max_size=80
    ),
    emergency=st.text(max_size=500),
)
def test_any_list_fits_and_keeps_the_count_and_the_number(
    typed: list[str],
    unknown: list[str],
    findings: list[tuple[int, str, str]],
    emergency: str,
) -> None:
    lines = [read(t, "Name") for t in typed] + [read(u, unknown=(u,)) for u in unknown]
    told = [TakeHomeFinding("SEV", rank, ("A", "B"), h, s) for rank, h, s in findings]
    take_home = TakeHomeList(tuple(lines), tuple(told), 3, emergency, STAMP)
    text = list_text(take_home).text
    assert len(text.encode("utf-8")) <= CAPACITY_BYTES
    if unknown:
        assert f"NOT CHECKED ({len(unknown)})" in text or f"NOT CHECKED: {len(unknown)}" in text
    assert text.splitlines()[-2].startswith("Emergency: ")
    assert text.splitlines()[-1].endswith("SafeRest 2.1.0 of 2026-03-01.")


# -- a card -------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_card_decodes_to_its_name_facts_number_and_data(shipped: Engine, lang: str) -> None:
    entry = shipped.find("kratom")
    assert entry is not None
    fitted = card_text(card_take_home(shipped, entry, lang, emergency="911"))
    lines = fitted.text.splitlines()
    assert lines[0] == "SafeRest: Kratom"
    summary = entry.summary[lang]  # type: ignore[union-attr]
    assert summary.startswith(lines[1].removesuffix(" …"))
    assert "911" in lines[2] and shipped.pack.data_version in lines[3]
    assert decode_rows(qr_rows(make_qr(fitted.text))) == fitted.text


def test_card_facts_too_long_keep_whole_sentences() -> None:
    facts = " ".join(f"Sentence number {i} says something useful here." for i in range(40))
    fitted = card_text(TakeHomeCard("Thing", facts, "112", STAMP))
    middle = fitted.text.splitlines()[1]
    assert middle.endswith(". …")
    assert fitted.left_out["sentences"] > 0
    assert len(fitted.text.encode()) <= CAPACITY_BYTES


def test_every_kind_of_card_has_a_facts_line(shipped: Engine) -> None:
    for entry_id in ("kratom", "alprazolam", "tylenol-pm"):
        entry = shipped.find(entry_id)
        assert entry is not None, entry_id
        fitted = card_text(card_take_home(shipped, entry, "en", emergency="112"))
        assert len(fitted.text.splitlines()) == 4, fitted.text
    for entry in [*shipped.pack.practices.values(), *shipped.pack.emergency.values()][:3]:
        fitted = card_text(card_take_home(shipped, entry, "es", emergency="112"))
        assert len(fitted.text.splitlines()) == 4, fitted.text


# -- the number in force and small helpers -----------------------------------------------------


def test_the_code_gives_the_one_number_chosen_for_the_screen() -> None:
    clinic = EmergencyContact("999", origin="clinic")
    assert take_home_number(clinic, "en") == "999"
    assert take_home_number(None, "es") == "tu número local de emergencias"


def test_first_sentence_stops_at_the_first_full_stop() -> None:
    assert first_sentence("Avoid this mix. If it happens, call.") == "Avoid this mix."
    assert first_sentence("No full stop") == "No full stop"


def test_the_default_number_is_the_packs_default(shipped: Engine) -> None:
    result = shipped.check_lines(["Xanax"])
    told = list_take_home(shipped, result, "en")
    assert told.emergency == shipped.pack.emergency_numbers["default"].number["en"]
