"""Figures derived from the diary, with the Consensus Sleep Diary's definitions (Carney et al.,
Sleep 2012): time in bed, total sleep time, sleep-onset latency, wake after sleep onset and
sleep efficiency, per night, per week and for the last fortnight.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from statistics import fmean

from saferest.domain.sleep.night import Intake, Night, elapsed_minutes

CHART_NIGHTS = 14
CHART_WEEKS = 8


@dataclass(frozen=True)
class NightFigures:
    time_in_bed: int
    """Minutes from getting into bed to getting out of bed."""
    total_sleep: int
    """Minutes from trying to sleep to the final waking, less time to fall asleep and awake."""
    sleep_onset_latency: int
    wake_after_sleep_onset: int
    efficiency: float
    """Total sleep time / time in bed, from 0 to 1."""


def figures(night: Night) -> NightFigures:
    zone = night.zone
    in_bed = elapsed_minutes(night.into_bed, night.out_of_bed, zone)
    trying = elapsed_minutes(night.tried_to_sleep, night.final_wake, zone)
    asleep = max(trying - night.minutes_to_fall_asleep - night.minutes_awake, 0)
    return NightFigures(
        time_in_bed=in_bed,
        total_sleep=asleep,
        sleep_onset_latency=night.minutes_to_fall_asleep,
        wake_after_sleep_onset=night.minutes_awake,
        efficiency=asleep / in_bed if in_bed > 0 else 0.0,
    )


@dataclass(frozen=True)
class Averages:
    """Means over `nights` logged nights (each night counts once, whatever its length)."""

    nights: int
    time_in_bed: float
    total_sleep: float
    sleep_onset_latency: float
    wake_after_sleep_onset: float
    efficiency: float
    quality: float


def averages(nights: Iterable[Night]) -> Averages | None:
    """Means of the nightly figures; None for no nights. Efficiency is the mean of the nightly
    efficiencies, the figure sleep-restriction rules are written for."""
    chosen = list(nights)
    if not chosen:
        return None
    each = [figures(n) for n in chosen]
    return Averages(
        nights=len(chosen),
        time_in_bed=fmean(f.time_in_bed for f in each),
        total_sleep=fmean(f.total_sleep for f in each),
        sleep_onset_latency=fmean(f.sleep_onset_latency for f in each),
        wake_after_sleep_onset=fmean(f.wake_after_sleep_onset for f in each),
        efficiency=fmean(f.efficiency for f in each),
        quality=fmean(n.quality for n in chosen),
    )


def sorted_nights(nights: Iterable[Night]) -> list[Night]:
    return sorted(nights, key=lambda n: n.night_of)


def nights_between(nights: Iterable[Night], first: dt.date, last: dt.date) -> list[Night]:
    return sorted_nights(n for n in nights if first <= n.night_of <= last)


@dataclass(frozen=True)
class ChartNight:
    """One slot of the fortnight chart: a calendar night, logged or not."""

    night_of: dt.date
    figures: NightFigures | None
    taken: tuple[Intake, ...]


def last_nights(nights: Sequence[Night], count: int = CHART_NIGHTS) -> list[ChartNight]:
    """The `count` calendar nights ending with the latest one logged; gaps stay visible."""
    if not nights:
        return []
    by_date = {n.night_of: n for n in nights}
    last = max(by_date)
    slots = []
    for back in range(count - 1, -1, -1):
        day = last - dt.timedelta(days=back)
        night = by_date.get(day)
        slots.append(
            ChartNight(day, figures(night) if night else None, night.taken if night else ())
        )
    return slots


@dataclass(frozen=True)
class Week:
    """A calendar week (Monday to Sunday, by the evening each night began)."""

    start: dt.date
    averages: Averages | None
    taken: tuple[Intake, ...]
    """What was taken on any night of the week, each kind or list item once."""

    @property
    def end(self) -> dt.date:
        return self.start + dt.timedelta(days=6)


def week_start(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def last_weeks(nights: Sequence[Night], count: int = CHART_WEEKS) -> list[Week]:
    """Up to `count` calendar weeks ending with the week of the latest night logged (none
    before the first night logged)."""
    if not nights:
        return []
    latest = week_start(max(n.night_of for n in nights))
    earliest = week_start(min(n.night_of for n in nights))
    weeks = []
    for back in range(count - 1, -1, -1):
        start = latest - dt.timedelta(weeks=back)
        if start < earliest:
            continue
        inside = nights_between(nights, start, start + dt.timedelta(days=6))
        taken = tuple(sorted({i.key: i for n in inside for i in n.taken}.values()))
        weeks.append(Week(start, averages(inside), taken))
    return weeks
