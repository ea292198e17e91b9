"""Reading medication lines the way people type them."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.domain.conftest import MINIPACK

from saferest.domain.engine import Engine
from saferest.domain.limits import MAX_ITEM_CHARS
from saferest.domain.pack import build_manifest_text, load_pack


def _ids(engine: Engine, line: str) -> list[str]:
    return [item.entry_id for item in engine.parse(line).resolved]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Xanax 1mg", ["alprazolam"]),
        ("Zoloft 50mg daily", ["sertraline"]),
        ("kratom powder 5g", ["kratom"]),
        ("  KRATOM   powder 5 g at night ", ["kratom"]),
        ("xanex", ["alprazolam"]),
        ("Percocet", ["percocet"]),
        ("paracetamol 500 mg as needed", ["acetaminophen"]),
        ("Mitragyna speciosa", ["kratom"]),
    ],
)
def test_doses_forms_and_frequencies_are_ignored(
    engine: Engine, line: str, expected: list[str]
) -> None:
    parsed = engine.parse(line)
    assert [item.entry_id for item in parsed.resolved] == expected
    assert parsed.unresolved == []


def test_two_names_on_one_line_are_both_read(engine: Engine) -> None:
    assert _ids(engine, "xanax and kratom") == ["alprazolam", "kratom"]
    assert _ids(engine, "Xanax + Zoloft") == ["alprazolam", "sertraline"]


def test_unknown_item_is_kept_with_suggestions(engine: Engine) -> None:
    parsed = engine.parse("xanaks 2mg")
    assert parsed.resolved == []
    [item] = parsed.unresolved
    assert item.text == "xanaks"
    assert item.reason == "not_in_data"
    assert item.suggestions[0].entry_id == "alprazolam"
    assert len(item.suggestions) <= 3


def test_gibberish_is_unresolved_not_dropped(engine: Engine) -> None:
    parsed = engine.parse("zzqqxx")
    assert parsed.resolved == []
    assert [u.text for u in parsed.unresolved] == ["zzqqxx"]


def test_unknown_words_next_to_a_known_name_are_reported(engine: Engine) -> None:
    parsed = engine.parse("kratom and vitamin d3")
    assert _ids(engine, "kratom and vitamin d3") == ["kratom"]
    assert [u.text for u in parsed.unresolved] == ["vitamin d"]


def test_a_shared_brand_name_is_ambiguous_not_guessed(engine: Engine) -> None:
    parsed = engine.parse("Unisom")
    assert parsed.resolved == []
    [item] = parsed.unresolved
    assert item.reason == "ambiguous"
    assert {s.entry_id for s in item.suggestions} == {"unisom_sleepgels", "unisom_sleeptabs"}


def test_a_line_of_only_dose_words_is_still_reported(engine: Engine) -> None:
    parsed = engine.parse("50 mg twice daily")
    assert parsed.resolved == []
    assert len(parsed.unresolved) == 1


def test_blank_line_yields_nothing(engine: Engine) -> None:
    parsed = engine.parse("   ")
    assert parsed.resolved == [] and parsed.unresolved == []


def test_accents_and_case_do_not_matter(engine: Engine) -> None:
    assert _ids(engine, "PARACÉTAMOL") == ["acetaminophen"]


@settings(max_examples=300, deadline=timedelta(seconds=2))
@given(st.text(max_size=300))
def test_any_line_parses_without_error_and_nothing_vanishes(line: str) -> None:
    parsed = _ENGINE.parse(line)
    if any(ch.isalnum() for ch in line):
        assert parsed.resolved or parsed.unresolved or parsed.not_taken


_ENGINE = Engine(load_pack(MINIPACK))


def test_bracketed_parts_of_display_names_are_searchable_but_never_read_from_a_line(
    pack_copy: Path,
) -> None:
    pack_file = pack_copy / "pack.toml"
    text = pack_file.read_text()
    text = text.replace('name = "Kratom"', 'name = "Kratom leaf (Mitragyna tablets, Xanax)"')
    pack_file.write_text(text)
    (pack_copy / "manifest.toml").write_text(build_manifest_text(pack_copy, "t", "2026-11-21"))
    engine = Engine(load_pack(pack_copy))
    assert _ids(engine, "mitragyna tablets") == []
    assert _ids(engine, "Kratom leaf") == ["kratom"]
    assert _ids(engine, "Xanax") == ["alprazolam"]
    assert engine.search("mitragyna tablets")[0].entry_id == "kratom"


def test_a_line_longer_than_the_item_limit_is_not_read_in_part(engine: Engine) -> None:
    line = "Xanax 1mg " + "and " * (MAX_ITEM_CHARS // 4) + "kratom"
    parsed = engine.parse(line)
    assert parsed.resolved == []
    assert [u.reason for u in parsed.unresolved] == ["too_long"]


def test_a_long_line_within_the_limit_is_read_to_its_end(engine: Engine) -> None:
    line = "Xanax 1mg " + "and " * 50 + "kratom"
    assert 200 < len(line) <= MAX_ITEM_CHARS
    assert _ids(engine, line) == ["alprazolam", "kratom"]
