"""What a line says about use and time, read with the mini pack (kratom, Xanax, Zoloft...)."""

from __future__ import annotations

import datetime as dt
from datetime import timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.domain.conftest import MINIPACK

from saferest.domain.engine import Engine
from saferest.domain.medication_list import ItemStatus
from saferest.domain.pack import load_pack

TODAY = dt.date(2026, 12, 10)


def _status(engine: Engine, line: str, today: dt.date | None = TODAY) -> list[tuple[str, str]]:
    parsed = engine.parse(line, today)
    read = [(r.entry_id, r.status.value) for r in parsed.resolved]
    return read + [(r.entry_id, "not_taken") for r in parsed.not_taken]


@pytest.mark.parametrize(
    "line",
    ["no kratom", "never took Xanax", "I don't take kratom", "sin kratom", "nunca kratom"],
)
def test_a_negation_means_not_taken_and_yields_no_resolved_item(engine: Engine, line: str) -> None:
    parsed = engine.parse(line, TODAY)
    assert parsed.resolved == []
    assert parsed.unresolved == []
    assert len(parsed.not_taken) == 1


@pytest.mark.parametrize(
    "line",
    [
        "used to take Xanax",
        "stopped kratom",
        "quit kratom",
        "not taking Xanax anymore",
        "no longer take Xanax",
        "ya no tomo Xanax",
        "dejé el kratom",
        "tomaba Xanax",
        "off Xanax",
    ],
)
def test_past_use_is_a_stopped_item(engine: Engine, line: str) -> None:
    [item] = engine.parse(line, TODAY).resolved
    assert item.status is ItemStatus.STOPPED


@pytest.mark.parametrize(
    "line",
    [
        "Xanax as needed",
        "Xanax prn",
        "Xanax sometimes",
        "Xanax a veces",
        "Xanax cuando lo necesito",
    ],
)
def test_occasional_use_is_as_needed(engine: Engine, line: str) -> None:
    [item] = engine.parse(line, TODAY).resolved
    assert item.status is ItemStatus.AS_NEEDED


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("stopped kratom 2 weeks ago", dt.date(2026, 11, 26)),
        ("stopped kratom a week ago", dt.date(2026, 12, 3)),
        ("quit kratom last month", dt.date(2026, 11, 10)),
        ("quit kratom a couple of months ago", dt.date(2026, 10, 10)),
        ("dejé el kratom hace 10 días", dt.date(2026, 11, 30)),
        ("dejé el kratom hace un mes", dt.date(2026, 11, 10)),
        ("dejé el kratom la semana pasada", dt.date(2026, 12, 3)),
        ("stopped kratom yesterday", dt.date(2026, 12, 9)),
        ("stopped kratom 2026-12-02", dt.date(2026, 12, 2)),
        ("stopped kratom on 2 December", dt.date(2026, 12, 2)),
        ("stopped kratom December 2, 2025", dt.date(2025, 12, 2)),
        ("dejé el kratom el 2 de diciembre", dt.date(2026, 12, 2)),
        ("stopped kratom on 25/11/2026", dt.date(2026, 11, 25)),
        ("no kratom since 2026-11-01", dt.date(2026, 11, 1)),
        ("haven't had kratom in 3 days", dt.date(2026, 12, 7)),
    ],
)
def test_a_stop_date_is_worked_out_from_today(engine: Engine, line: str, day: dt.date) -> None:
    [item] = engine.parse(line, TODAY).resolved
    assert (item.status, item.stopped_on) == (ItemStatus.STOPPED, day)


def test_a_month_without_a_day_means_its_last_day_not_after_today(engine: Engine) -> None:
    [march] = engine.parse("stopped kratom in March", TODAY).resolved
    [december] = engine.parse("stopped kratom in December", TODAY).resolved
    assert march.stopped_on == dt.date(2026, 3, 31)
    assert december.stopped_on == TODAY


def test_a_day_and_month_later_in_the_year_means_last_year(engine: Engine) -> None:
    [item] = engine.parse("stopped kratom on 20 December", TODAY).resolved
    assert item.stopped_on == dt.date(2025, 12, 20)


def test_an_ambiguous_numeric_date_is_not_guessed(engine: Engine) -> None:
    [item] = engine.parse("stopped kratom 02/03/2026", TODAY).resolved
    assert (item.status, item.stopped_on) == (ItemStatus.STOPPED, None)


def test_without_today_a_relative_stop_is_stopped_but_undated(engine: Engine) -> None:
    [item] = engine.parse("stopped kratom 2 weeks ago", None).resolved
    assert (item.status, item.stopped_on) == (ItemStatus.STOPPED, None)
    [dated] = engine.parse("stopped kratom 2026-12-02", None).resolved
    assert dated.stopped_on == dt.date(2026, 12, 2)


def test_a_date_without_a_stop_word_changes_nothing(engine: Engine) -> None:
    assert _status(engine, "started Zoloft 2 weeks ago") == [("sertraline", "taking")]
    assert _status(engine, "Zoloft since 2020") == [("sertraline", "taking")]


def test_a_status_word_covers_its_part_of_the_line_only(engine: Engine) -> None:
    assert _status(engine, "Xanax, no kratom") == [
        ("alprazolam", "taking"),
        ("kratom", "not_taken"),
    ]
    assert _status(engine, "used to take Xanax but now Zoloft") == [
        ("alprazolam", "stopped"),
        ("sertraline", "taking"),
    ]
    assert _status(engine, "Zoloft and no kratom") == [
        ("sertraline", "taking"),
        ("kratom", "not_taken"),
    ]


def test_a_negation_covers_the_names_after_it(engine: Engine) -> None:
    assert _status(engine, "Zoloft no kratom") == [
        ("sertraline", "taking"),
        ("kratom", "not_taken"),
    ]


def test_phrases_that_only_look_like_status_words_change_nothing(engine: Engine) -> None:
    assert _status(engine, "no more than 2 Xanax a day") == [("alprazolam", "taking")]
    assert _status(engine, "kratom every day, not sure of the dose") == [("kratom", "taking")]


def test_a_stop_outranks_as_needed(engine: Engine) -> None:
    assert _status(engine, "used to take Xanax as needed") == [("alprazolam", "stopped")]


def test_status_words_are_set_aside_not_reported_as_unknown(engine: Engine) -> None:
    parsed = engine.parse("stopped Xanax 2 weeks ago", TODAY)
    assert parsed.unresolved == []
    assert "stopped" in parsed.ignored


def test_a_line_of_only_status_words_is_still_reported(engine: Engine) -> None:
    parsed = engine.parse("as needed", TODAY)
    assert parsed.resolved == [] and len(parsed.unresolved) == 1


_WORDS = [
    "no", "not", "stopped", "used", "to", "as", "needed", "in", "for", "hace", "desde", "a",
    "couple", "of", "weeks", "days", "ago", "last", "month", "2", "12", "2026", "31", "december",
    "de", "may", "since", "kratom", "xanax", "off", "and", "but", "yesterday", "la", "semana",
]  # fmt: skip


@settings(max_examples=400, deadline=timedelta(seconds=2))
@given(st.lists(st.sampled_from(_WORDS), max_size=12), st.sampled_from([None, TODAY]))
def test_any_mix_of_status_and_date_words_reads_without_error(
    words: list[str], today: dt.date | None
) -> None:
    parsed = _ENGINE.parse(" ".join(words), today)
    if words:
        assert parsed.resolved or parsed.unresolved or parsed.not_taken
    for item in parsed.resolved:
        assert item.stopped_on is None or item.status is ItemStatus.STOPPED


_ENGINE = Engine(load_pack(MINIPACK))


@pytest.mark.parametrize(
    "line",
    ["stopped kratom ❼ days ago", "Xanax ➌0mg", "quit kratom on ➀/➁/2026", "kratom ²"],
)
def test_digits_that_are_not_decimal_are_never_read_as_a_number(line: str) -> None:
    """Dingbat and superscript digits pass str.isdigit() but int() refuses them (found by the
    benchmark's fuzz run): they are words, never a count or a date, and never a crash."""
    parsed = _ENGINE.parse(line, TODAY)
    assert all(item.stopped_on is None for item in parsed.resolved)
