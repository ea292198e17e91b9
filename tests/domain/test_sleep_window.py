"""The sleep window: a week of nights, screening first, the 5.5 h floor, weekly titration;
and nights with and without each substance."""

from __future__ import annotations

import datetime as dt

import pytest

from saferest.domain.sleep.clinician import clinician_summary
from saferest.domain.sleep.export import csv_rows
from saferest.domain.sleep.night import Intake, Night, Taken, clock_night
from saferest.domain.sleep.substances import compare_substances
from saferest.domain.sleep.window import (
    MIN_WINDOW_MINUTES,
    Change,
    Screening,
    WindowPlan,
    WindowStatus,
    sleep_window,
)

T = dt.time
ALL_NO = dict.fromkeys(Screening, False)
START = dt.date(2025, 3, 3)


def asleep_night(day: dt.date, asleep: int, in_bed: int = 480, **extra: object) -> Night:
    """Into bed and trying to sleep at 23:00, up `in_bed` minutes later, awake only while
    falling asleep: total sleep time = `asleep`."""
    bed = dt.datetime.combine(day, T(23, 0))
    up = (bed + dt.timedelta(minutes=in_bed)).time()
    return clock_night(
        day,
        into_bed=T(23, 0),
        tried_to_sleep=T(23, 0),
        minutes_to_fall_asleep=in_bed - asleep,
        awakenings=0,
        minutes_awake=0,
        final_wake=up,
        out_of_bed=up,
        quality=3,
        **extra,  # type: ignore[arg-type]
    )


def week(first: dt.date, asleep: list[int], in_bed: int = 480) -> list[Night]:
    return [asleep_night(first + dt.timedelta(days=i), a, in_bed) for i, a in enumerate(asleep)]


def test_fewer_than_seven_recent_nights_give_no_window() -> None:
    nights = week(START, [360] * 6)
    advice = sleep_window(nights, ALL_NO, None, START + dt.timedelta(days=6))
    assert advice.status is WindowStatus.NEED_NIGHTS
    assert advice.nights_needed == 1


def test_seven_nights_propose_the_average_sleep_to_the_nearest_quarter_hour() -> None:
    # Asleep 6 h 00, 6 h 30, 5 h 45, 6 h 15, 6 h 00, 7 h 00, 6 h 10: sum 2620 min.
    nights = week(START, [360, 390, 345, 375, 360, 420, 370])
    advice = sleep_window(nights, ALL_NO, None, START + dt.timedelta(days=7))
    assert advice.status is WindowStatus.PROPOSED
    assert advice.average_sleep == pytest.approx(2620 / 7)  # 374.3 min
    assert advice.minutes == 375  # nearest 15 minutes: 6 h 15
    assert advice.bedtime(T(6, 30)) == T(0, 15)


def test_the_window_is_never_below_five_and_a_half_hours() -> None:
    nights = week(START, [240] * 7)  # 4 h asleep a night
    advice = sleep_window(nights, ALL_NO, None, START + dt.timedelta(days=7))
    assert advice.minutes == MIN_WINDOW_MINUTES == 330
    assert advice.raised_to_floor


@pytest.mark.parametrize("question", list(Screening))
def test_any_yes_to_a_screening_question_stops_the_window(question: Screening) -> None:
    nights = week(START, [360] * 7)
    answers = {**ALL_NO, question: True}
    advice = sleep_window(nights, answers, None, START + dt.timedelta(days=7))
    assert advice.status is WindowStatus.STOPPED
    assert advice.stopped_by == (question,)
    assert advice.minutes == 0


def test_a_yes_stops_even_a_window_already_running() -> None:
    nights = week(START, [360] * 7)
    plan = WindowPlan(START + dt.timedelta(days=7), T(6, 30), 360)
    answers = {**ALL_NO, Screening.PREGNANCY: True}
    advice = sleep_window(nights, answers, plan, START + dt.timedelta(days=20))
    assert advice.status is WindowStatus.STOPPED


def test_unanswered_questions_are_asked_before_any_window() -> None:
    nights = week(START, [360] * 7)
    answers = {Screening.BIPOLAR: False}
    advice = sleep_window(nights, answers, None, START + dt.timedelta(days=7))
    assert advice.status is WindowStatus.NEED_ANSWERS
    assert Screening.BIPOLAR not in advice.unanswered
    assert len(advice.unanswered) == len(Screening) - 1


def test_weekly_titration_widens_narrows_keeps_and_respects_the_floor() -> None:
    plan_start = START + dt.timedelta(days=7)
    plan = WindowPlan(plan_start, T(6, 30), 345)
    nights = week(START, [345] * 7)
    # Week 1: 360 in bed, 330 asleep = 91.7 % -> widen to 360.
    nights += week(plan_start, [330] * 7, in_bed=360)
    # Week 2: 360 in bed, 300 asleep = 83.3 % -> narrow to 345.
    nights += week(plan_start + dt.timedelta(days=7), [300] * 7, in_bed=360)
    # Week 3: 345 in bed, 300 asleep = 87.0 % -> keep 345.
    nights += week(plan_start + dt.timedelta(days=14), [300] * 7, in_bed=345)
    # Week 4: only 4 nights logged -> too few to change anything.
    nights += week(plan_start + dt.timedelta(days=21), [200] * 4, in_bed=345)
    # Week 5: 345 in bed, 250 asleep = 72 % -> narrow to 330, the floor.
    nights += week(plan_start + dt.timedelta(days=28), [250] * 7, in_bed=345)
    # Week 6: still low, but the window is at the floor.
    nights += week(plan_start + dt.timedelta(days=35), [250] * 7, in_bed=330)
    today = plan_start + dt.timedelta(days=42)
    advice = sleep_window(nights, ALL_NO, plan, today)
    assert advice.status is WindowStatus.ACTIVE
    assert [(s.change, s.minutes_after) for s in advice.weeks] == [
        (Change.WIDEN, 360),
        (Change.NARROW, 345),
        (Change.KEEP, 345),
        (Change.TOO_FEW_NIGHTS, 345),
        (Change.NARROW, 330),
        (Change.AT_FLOOR, 330),
    ]
    assert advice.weeks[0].efficiency == pytest.approx(330 / 360)
    assert advice.minutes == 330
    assert advice.bedtime(T(6, 30)) == T(1, 0)


def test_a_week_still_under_way_changes_nothing_yet() -> None:
    plan = WindowPlan(START, T(7, 0), 360)
    nights = week(START, [350] * 6, in_bed=360)
    advice = sleep_window(nights, ALL_NO, plan, START + dt.timedelta(days=6))
    assert advice.weeks == ()
    assert advice.minutes == 360


def test_substances_compare_nights_with_and_without_with_night_counts() -> None:
    kratom = (Intake(Taken.KRATOM, amount=5.0),)
    nights = [
        asleep_night(START, 300, taken=kratom),  # 62.5 %, 180 min to fall asleep
        asleep_night(START + dt.timedelta(days=1), 360, taken=kratom),  # 75 %, 120
        asleep_night(START + dt.timedelta(days=2), 420),  # 87.5 %, 60
    ]
    (row,) = compare_substances(nights)
    assert row.item == Intake(Taken.KRATOM)
    assert row.nights_with == 2 and row.nights_without == 1
    assert row.with_it is not None and row.without_it is not None
    assert row.with_it.efficiency == pytest.approx((300 / 480 + 360 / 480) / 2)
    assert row.with_it.sleep_onset_latency == 150
    assert row.without_it.efficiency == pytest.approx(420 / 480)
    assert row.few_nights


def test_list_items_are_compared_by_name_whatever_their_case() -> None:
    nights = [
        asleep_night(START, 400, taken=(Intake(Taken.MEDICATION, "Zoloft 50mg"),)),
        asleep_night(
            START + dt.timedelta(1), 400, taken=(Intake(Taken.MEDICATION, "zoloft 50MG"),)
        ),
    ]
    (row,) = compare_substances(nights)
    assert row.nights_with == 2 and row.without_it is None


def test_clinician_summary_covers_the_last_fortnight() -> None:
    nights = week(START, [360] * 7) + week(START + dt.timedelta(days=14), [400] * 7)
    summary = clinician_summary(nights, ALL_NO, None, START + dt.timedelta(days=21))
    assert summary is not None
    assert summary.first == START + dt.timedelta(days=7)
    assert summary.last == START + dt.timedelta(days=20)
    assert len(summary.nights) == 7
    assert summary.averages is not None and summary.averages.total_sleep == 400
    assert summary.window.status is WindowStatus.PROPOSED
    assert clinician_summary([], ALL_NO, None, START) is None


def test_csv_export_has_figures_and_neutralises_formulas() -> None:
    nights = [asleep_night(START, 360, taken=(Intake(Taken.MEDICATION, "=HYPERLINK(1)"),))]
    header, row = csv_rows(nights)
    values = dict(zip(header, row, strict=True))
    assert values["night_of"] == "2025-03-03"
    assert values["time_in_bed_minutes"] == "480"
    assert values["total_sleep_minutes"] == "360"
    assert values["sleep_efficiency_percent"] == "75.0"
    assert values["taken"] == "'=HYPERLINK(1)"
