"""One night of the sleep diary (the Consensus Sleep Diary fields) and the checks that refuse
impossible entries.

Times are local wall-clock times with explicit dates. Durations are measured in the zone the
night was logged in, so a night across a daylight-saving change counts the hours that really
passed (23:00 to 07:00 is 7 hours on the spring-forward night, 9 on the fall-back night).
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, field
from enum import StrEnum
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

MINUTES_PER_DAY = 24 * 60
MAX_TIME_IN_BED_MINUTES = MINUTES_PER_DAY
"""A night with more time in bed than a whole day is a typing mistake, not a night."""
MAX_AWAKENINGS = 60
MAX_NAPS = 12
MAX_AMOUNT = 1000.0
MAX_NAME_CHARS = 200
NOON = dt.time(12, 0)


class Taken(StrEnum):
    """What kind of thing was taken on the day before a night."""

    MEDICATION = "medication"
    """An item of the person's medication list (its name is the text as they typed it)."""
    KRATOM = "kratom"
    """Amount in grams, when the person knows it."""
    ALCOHOL = "alcohol"
    """Amount in drinks."""
    CAFFEINE_AFTER_NOON = "caffeine_after_noon"
    SLEEPING_PILL = "sleeping_pill"


AMOUNT_KINDS = frozenset({Taken.KRATOM, Taken.ALCOHOL})


@dataclass(frozen=True, order=True)
class Intake:
    """One thing taken that day; `name` only for list items, `amount` only for kratom/drinks."""

    kind: Taken
    name: str = ""
    amount: float | None = None

    @property
    def key(self) -> tuple[str, str]:
        """What groups nights for the comparison: the kind, and a list item's name."""
        return (self.kind.value, self.name.casefold().strip())


class NightProblem(StrEnum):
    """Why an entry cannot be a real night; the window turns each into a sentence."""

    NEGATIVE_NUMBER = "negative_number"
    NUMBER_TOO_LARGE = "number_too_large"
    QUALITY_OUT_OF_RANGE = "quality_out_of_range"
    TRIED_BEFORE_BED = "tried_before_bed"
    WOKE_BEFORE_TRYING = "woke_before_trying"
    UP_BEFORE_WAKING = "up_before_waking"
    TOO_LONG_IN_BED = "too_long_in_bed"
    AWAKE_LONGER_THAN_NIGHT = "awake_longer_than_night"
    AWAKE_WITHOUT_AWAKENINGS = "awake_without_awakenings"
    BED_NOT_THAT_NIGHT = "bed_not_that_night"
    IN_THE_FUTURE = "in_the_future"
    BAD_INTAKE = "bad_intake"


class NightError(ValueError):
    """An impossible night; `problem` says which rule it breaks."""

    def __init__(self, problem: NightProblem) -> None:
        super().__init__(problem.value)
        self.problem = problem


@dataclass(frozen=True)
class Night:
    """A night as logged: build it with `make_night()` or `clock_night()`, which check it."""

    night_of: dt.date
    """The evening the night began (a night from Monday to Tuesday is Monday's)."""
    into_bed: dt.datetime
    tried_to_sleep: dt.datetime
    minutes_to_fall_asleep: int
    awakenings: int
    minutes_awake: int
    """Minutes awake between falling asleep and the final waking (not counting it)."""
    final_wake: dt.datetime
    out_of_bed: dt.datetime
    quality: int
    """1 (very poor) to 5 (very good)."""
    naps: int = 0
    nap_minutes: int = 0
    taken: tuple[Intake, ...] = field(default_factory=tuple)
    zone: str = ""
    """IANA time zone the times are in ("" = plain wall-clock arithmetic)."""


@functools.lru_cache(maxsize=32)
def _zone(name: str) -> ZoneInfo | None:
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def zone_is_known(name: str) -> bool:
    return _zone(name) is not None


def elapsed_minutes(start: dt.datetime, end: dt.datetime, zone: str = "") -> int:
    """Whole minutes that really passed between two local wall-clock times in `zone`.

    A wall time that happens twice (the repeated hour when clocks go back) is read as its
    first occurrence; one that never happens (the skipped hour) as if clocks had not moved yet.
    Without a known zone the wall-clock difference is used.
    """
    tz = _zone(zone)
    if tz is None:
        delta = end - start
    else:
        delta = end.replace(tzinfo=tz).astimezone(dt.UTC) - start.replace(tzinfo=tz).astimezone(
            dt.UTC
        )
    return int(delta.total_seconds() // 60)


def on_night(night_of: dt.date, clock: dt.time) -> dt.datetime:
    """A clock time read as part of the night of `night_of`: from noon on it is that
    evening, before noon it is the next morning (bed at 00:30 is after midnight)."""
    day = night_of if clock >= NOON else night_of + dt.timedelta(days=1)
    return dt.datetime.combine(day, clock.replace(second=0, microsecond=0))


def clock_night(
    night_of: dt.date,
    into_bed: dt.time,
    tried_to_sleep: dt.time,
    minutes_to_fall_asleep: int,
    awakenings: int,
    minutes_awake: int,
    final_wake: dt.time,
    out_of_bed: dt.time,
    quality: int,
    naps: int = 0,
    nap_minutes: int = 0,
    taken: tuple[Intake, ...] = (),
    zone: str = "",
    now: dt.datetime | None = None,
) -> Night:
    """A night from clock times as a morning form asks for them (see `on_night`)."""
    return make_night(
        Night(
            night_of=night_of,
            into_bed=on_night(night_of, into_bed),
            tried_to_sleep=on_night(night_of, tried_to_sleep),
            minutes_to_fall_asleep=minutes_to_fall_asleep,
            awakenings=awakenings,
            minutes_awake=minutes_awake,
            final_wake=on_night(night_of, final_wake),
            out_of_bed=on_night(night_of, out_of_bed),
            quality=quality,
            naps=naps,
            nap_minutes=nap_minutes,
            taken=taken,
            zone=zone,
        ),
        now=now,
    )


def make_night(night: Night, now: dt.datetime | None = None) -> Night:
    """The same night, with its intakes in a stable order, if it is possible; else NightError.

    `now` (local wall clock) refuses a night that has not ended yet.
    """
    problem = night_problem(night, now)
    if problem is not None:
        raise NightError(problem)
    return Night(
        night_of=night.night_of,
        into_bed=night.into_bed,
        tried_to_sleep=night.tried_to_sleep,
        minutes_to_fall_asleep=night.minutes_to_fall_asleep,
        awakenings=night.awakenings,
        minutes_awake=night.minutes_awake,
        final_wake=night.final_wake,
        out_of_bed=night.out_of_bed,
        quality=night.quality,
        naps=night.naps,
        nap_minutes=night.nap_minutes,
        taken=tuple(sorted(set(night.taken))),
        zone=night.zone,
    )


def night_problem(night: Night, now: dt.datetime | None = None) -> NightProblem | None:
    """The first rule this night breaks, or None when it could be a real night."""
    counts = (
        night.minutes_to_fall_asleep,
        night.awakenings,
        night.minutes_awake,
        night.naps,
        night.nap_minutes,
    )
    if any(value < 0 for value in counts):
        return NightProblem.NEGATIVE_NUMBER
    if (
        night.minutes_to_fall_asleep > MINUTES_PER_DAY
        or night.minutes_awake > MINUTES_PER_DAY
        or night.nap_minutes > MINUTES_PER_DAY
        or night.awakenings > MAX_AWAKENINGS
        or night.naps > MAX_NAPS
    ):
        return NightProblem.NUMBER_TOO_LARGE
    if not 1 <= night.quality <= 5:
        return NightProblem.QUALITY_OUT_OF_RANGE
    if any(_intake_problem(item) for item in night.taken):
        return NightProblem.BAD_INTAKE
    if night.into_bed.date() not in (night.night_of, night.night_of + dt.timedelta(days=1)):
        return NightProblem.BED_NOT_THAT_NIGHT
    zone = night.zone
    if elapsed_minutes(night.into_bed, night.tried_to_sleep, zone) < 0:
        return NightProblem.TRIED_BEFORE_BED
    if elapsed_minutes(night.tried_to_sleep, night.final_wake, zone) <= 0:
        return NightProblem.WOKE_BEFORE_TRYING
    if elapsed_minutes(night.final_wake, night.out_of_bed, zone) < 0:
        return NightProblem.UP_BEFORE_WAKING
    if elapsed_minutes(night.into_bed, night.out_of_bed, zone) > MAX_TIME_IN_BED_MINUTES:
        return NightProblem.TOO_LONG_IN_BED
    trying = elapsed_minutes(night.tried_to_sleep, night.final_wake, zone)
    if night.minutes_to_fall_asleep + night.minutes_awake > trying:
        return NightProblem.AWAKE_LONGER_THAN_NIGHT
    if night.minutes_awake > 0 and night.awakenings == 0:
        return NightProblem.AWAKE_WITHOUT_AWAKENINGS
    if now is not None and night.out_of_bed > now:
        return NightProblem.IN_THE_FUTURE
    return None


def _intake_problem(item: Intake) -> bool:
    if item.kind is Taken.MEDICATION:
        if not item.name.strip() or len(item.name) > MAX_NAME_CHARS:
            return True
    elif item.name:
        return True
    if item.amount is None:
        return False
    return item.kind not in AMOUNT_KINDS or not 0 <= item.amount <= MAX_AMOUNT
