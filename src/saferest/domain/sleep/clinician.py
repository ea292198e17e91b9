"""The diary page for a clinician: the last two weeks, their averages, what was taken and the
sleep window if one is running. Built here so the window, the PDF and the CLI agree."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from saferest.domain.sleep.figures import (
    CHART_NIGHTS,
    Averages,
    ChartNight,
    averages,
    last_nights,
    nights_between,
)
from saferest.domain.sleep.night import Night
from saferest.domain.sleep.substances import Comparison, compare_substances
from saferest.domain.sleep.window import Screening, WindowAdvice, WindowPlan, sleep_window


@dataclass(frozen=True)
class ClinicianSummary:
    first: dt.date
    last: dt.date
    slots: list[ChartNight]
    nights: list[Night]
    averages: Averages | None
    substances: list[Comparison]
    window: WindowAdvice


def clinician_summary(
    nights: Sequence[Night],
    answers: Mapping[Screening, bool],
    plan: WindowPlan | None,
    today: dt.date,
) -> ClinicianSummary | None:
    """The fortnight ending with the latest night logged; None when the diary is empty."""
    slots = last_nights(nights, CHART_NIGHTS)
    if not slots:
        return None
    first, last = slots[0].night_of, slots[-1].night_of
    fortnight = nights_between(nights, first, last)
    return ClinicianSummary(
        first=first,
        last=last,
        slots=slots,
        nights=fortnight,
        averages=averages(fortnight),
        substances=compare_substances(fortnight),
        window=sleep_window(nights, answers, plan, today),
    )
