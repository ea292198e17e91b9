"""Sleep diary nights: hand-worked figures, nights across midnight and DST, impossible entries."""

from __future__ import annotations

import datetime as dt

import pytest

from saferest.domain.sleep.figures import averages, figures, last_nights, last_weeks
from saferest.domain.sleep.night import (
    Intake,
    Night,
    NightError,
    NightProblem,
    Taken,
    clock_night,
    elapsed_minutes,
    make_night,
    on_night,
)

T = dt.time


def night(day: dt.date, **changes: object) -> Night:
    values: dict[str, object] = {
        "into_bed": T(22, 30),
        "tried_to_sleep": T(23, 0),
        "minutes_to_fall_asleep": 30,
        "awakenings": 2,
        "minutes_awake": 45,
        "final_wake": T(6, 15),
        "out_of_bed": T(6, 45),
        "quality": 3,
    }
    values.update(changes)
    return clock_night(day, **values)  # type: ignore[arg-type]


def test_figures_of_a_night_across_midnight_match_the_hand_worked_example() -> None:
    n = night(dt.date(2025, 3, 3))
    f = figures(n)
    # In bed 22:30 -> 06:45 = 8 h 15 min = 495 min.
    assert f.time_in_bed == 495
    # Trying 23:00 -> 06:15 = 435 min; minus 30 to fall asleep and 45 awake = 360 min asleep.
    assert f.total_sleep == 435 - 30 - 45 == 360
    assert f.sleep_onset_latency == 30
    assert f.wake_after_sleep_onset == 45
    # Efficiency 360 / 495 = 0.7272...
    assert f.efficiency == pytest.approx(360 / 495)


def test_clock_times_before_noon_are_the_next_morning() -> None:
    day = dt.date(2025, 3, 3)
    assert on_night(day, T(23, 0)) == dt.datetime(2025, 3, 3, 23, 0)
    assert on_night(day, T(0, 30)) == dt.datetime(2025, 3, 4, 0, 30)
    assert on_night(day, T(11, 59)) == dt.datetime(2025, 3, 4, 11, 59)


def test_going_to_bed_after_midnight_is_still_that_night() -> None:
    n = night(dt.date(2025, 3, 3), into_bed=T(0, 40), tried_to_sleep=T(1, 0))
    assert n.into_bed == dt.datetime(2025, 3, 4, 0, 40)
    # 00:40 -> 06:45 = 365 min in bed; 01:00 -> 06:15 = 315 - 75 = 240 asleep.
    assert figures(n).time_in_bed == 365
    assert figures(n).total_sleep == 240


def test_spring_forward_night_counts_the_hour_that_never_happened_out() -> None:
    # Madrid, 30 March 2025: clocks go from 02:00 to 03:00.
    n = night(dt.date(2025, 3, 29), zone="Europe/Madrid")
    # Wall clock says 8 h 15 in bed; only 7 h 15 (435 min) really passed.
    assert figures(n).time_in_bed == 495 - 60
    assert figures(n).total_sleep == 435 - 60 - 75


def test_fall_back_night_counts_the_repeated_hour() -> None:
    # New York, 2 November 2025: clocks go from 02:00 back to 01:00.
    n = night(dt.date(2025, 11, 1), zone="America/New_York")
    assert figures(n).time_in_bed == 495 + 60
    assert figures(n).efficiency == pytest.approx((360 + 60) / (495 + 60))


def test_an_unknown_zone_falls_back_to_wall_clock_arithmetic() -> None:
    start, end = dt.datetime(2025, 3, 29, 23, 0), dt.datetime(2025, 3, 30, 7, 0)
    assert elapsed_minutes(start, end, "Nowhere/Atlantis") == 480
    assert elapsed_minutes(start, end, "Europe/Madrid") == 420


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        ({"final_wake": T(22, 0), "out_of_bed": T(22, 10)}, NightProblem.WOKE_BEFORE_TRYING),
        ({"tried_to_sleep": T(22, 0)}, NightProblem.TRIED_BEFORE_BED),
        ({"out_of_bed": T(6, 0)}, NightProblem.UP_BEFORE_WAKING),
        ({"minutes_to_fall_asleep": 400}, NightProblem.AWAKE_LONGER_THAN_NIGHT),
        ({"minutes_awake": 30, "awakenings": 0}, NightProblem.AWAKE_WITHOUT_AWAKENINGS),
        ({"quality": 6}, NightProblem.QUALITY_OUT_OF_RANGE),
        ({"quality": 0}, NightProblem.QUALITY_OUT_OF_RANGE),
        ({"minutes_awake": -5}, NightProblem.NEGATIVE_NUMBER),
        ({"awakenings": 500}, NightProblem.NUMBER_TOO_LARGE),
        ({"taken": (Intake(Taken.KRATOM, amount=-2.0),)}, NightProblem.BAD_INTAKE),
        ({"taken": (Intake(Taken.MEDICATION, "  "),)}, NightProblem.BAD_INTAKE),
        ({"taken": (Intake(Taken.SLEEPING_PILL, amount=2.0),)}, NightProblem.BAD_INTAKE),
    ],
)
def test_impossible_entries_are_refused_with_the_rule_they_break(
    changes: dict[str, object], problem: NightProblem
) -> None:
    with pytest.raises(NightError) as refused:
        night(dt.date(2025, 3, 3), **changes)
    assert refused.value.problem is problem


def test_thirty_hours_in_bed_is_refused() -> None:
    typed = Night(
        night_of=dt.date(2025, 3, 3),
        into_bed=dt.datetime(2025, 3, 3, 22, 0),
        tried_to_sleep=dt.datetime(2025, 3, 3, 22, 0),
        minutes_to_fall_asleep=10,
        awakenings=0,
        minutes_awake=0,
        final_wake=dt.datetime(2025, 3, 5, 3, 0),
        out_of_bed=dt.datetime(2025, 3, 5, 4, 0),
        quality=3,
    )
    with pytest.raises(NightError) as refused:
        make_night(typed)
    assert refused.value.problem is NightProblem.TOO_LONG_IN_BED


def test_a_night_that_has_not_ended_yet_is_refused() -> None:
    with pytest.raises(NightError) as refused:
        night(dt.date(2025, 3, 3), now=dt.datetime(2025, 3, 4, 6, 0))
    assert refused.value.problem is NightProblem.IN_THE_FUTURE


def test_a_night_without_any_sleep_is_a_real_night() -> None:
    n = night(dt.date(2025, 3, 3), minutes_to_fall_asleep=435, minutes_awake=0, awakenings=0)
    assert figures(n).total_sleep == 0
    assert figures(n).efficiency == 0


def test_averages_are_means_of_the_nightly_figures() -> None:
    a = night(dt.date(2025, 3, 3))  # 495 in bed, 360 asleep, quality 3
    b = night(dt.date(2025, 3, 4), minutes_awake=15, awakenings=1, quality=5)  # 390 asleep
    summary = averages([a, b])
    assert summary is not None
    assert summary.nights == 2
    assert summary.time_in_bed == 495
    assert summary.total_sleep == (360 + 390) / 2
    assert summary.wake_after_sleep_onset == (45 + 15) / 2
    assert summary.efficiency == pytest.approx((360 / 495 + 390 / 495) / 2)
    assert summary.quality == 4
    assert averages([]) is None


def test_the_fortnight_keeps_missing_nights_as_gaps() -> None:
    nights = [night(dt.date(2025, 3, d)) for d in (1, 2, 5, 14)]
    slots = last_nights(nights)
    assert len(slots) == 14
    assert slots[0].night_of == dt.date(2025, 3, 1)
    assert slots[-1].night_of == dt.date(2025, 3, 14)
    assert [s.night_of.day for s in slots if s.figures is not None] == [1, 2, 5, 14]


def test_weeks_run_monday_to_sunday_and_merge_what_was_taken() -> None:
    kratom = Intake(Taken.KRATOM, amount=4.0)
    nights = [
        night(dt.date(2025, 3, 3), taken=(kratom,)),  # Monday
        night(dt.date(2025, 3, 9), taken=(Intake(Taken.KRATOM, amount=6.0),)),  # Sunday
        night(dt.date(2025, 3, 10)),  # next Monday
    ]
    weeks = last_weeks(nights, count=2)
    assert [w.start for w in weeks] == [dt.date(2025, 3, 3), dt.date(2025, 3, 10)]
    first = weeks[0]
    assert first.averages is not None and first.averages.nights == 2
    assert [i.key for i in first.taken] == [("kratom", "")]
    assert weeks[1].taken == ()
