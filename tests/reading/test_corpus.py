"""The reading corpus, read with the shipped pack: no line may be read as something it is not."""

from __future__ import annotations

import pytest
from tests.reading.corpus import TODAY, entries_named, judge, load, reading, score

from saferest.domain.engine import Engine


@pytest.fixture(scope="module")
def shipped() -> Engine:
    return Engine.load()


def test_the_corpus_holds_at_least_300_lines_from_every_kind_of_input() -> None:
    lines = load()
    assert len(lines) >= 300
    sections = {line.section for line in lines}
    assert {
        "Medicines with doses (US)",
        "Brands from the UK, Canada, Australia and Spain",
        "Street names and pill slang",
        "Cannabis",
        "Drinks",
        "Foods",
        "Supplements and herbs",
        "Not taking, stopped, as needed",
        "Everyday phrases that hold a street word",
        "Health conditions",
    } <= sections


def test_every_expected_entry_exists_in_the_shipped_pack(shipped: Engine) -> None:
    """Entries by id; health conditions as `condition:<id>`."""
    missing = sorted(
        e
        for e in entries_named(load())
        if shipped.entry(e) is None and shipped.condition(e.removeprefix("condition:")) is None
    )
    assert missing == []


def test_no_line_is_read_as_an_entry_it_does_not_name(shipped: Engine) -> None:
    wrong = [
        f"line {line.number}: {line.text!r} read as {sorted(actual)}, expected "
        f"{sorted(line.expected) or 'not recognised'}"
        for line, actual in score(shipped).wrong
    ]
    assert wrong == []


def test_most_lines_are_read_exactly_as_expected(shipped: Engine) -> None:
    result = score(shipped)
    assert result.correct >= 0.95 * result.total, result.summary()


def test_the_judge_tells_a_wrong_reading_from_a_missing_one() -> None:
    expected = frozenset({"alcohol", "cannabis"})
    assert judge(expected, frozenset({"alcohol", "cannabis"})) == "correct"
    assert judge(expected, frozenset({"alcohol"})) == "not_recognised"
    assert judge(expected, frozenset({"alcohol", "methamphetamine"})) == "wrong"
    assert judge(frozenset({"alcohol/stopped"}), frozenset({"alcohol"})) == "wrong"


def test_a_reading_is_written_in_the_corpus_notation(shipped: Engine) -> None:
    parsed = shipped.parse("stopped Prozac 2 weeks ago, no alcohol", TODAY)
    assert reading(parsed) == {"fluoxetine/stopped@2026-11-26", "not:alcohol"}
