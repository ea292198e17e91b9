"""The diary as rows for a spreadsheet (CSV): what was entered and the derived figures."""

from __future__ import annotations

from collections.abc import Iterable

from saferest.domain.sleep.figures import figures, sorted_nights
from saferest.domain.sleep.night import Intake, Night, Taken

CSV_COLUMNS = (
    "night_of",
    "into_bed",
    "tried_to_sleep",
    "minutes_to_fall_asleep",
    "awakenings",
    "minutes_awake",
    "final_wake",
    "out_of_bed",
    "quality_1_to_5",
    "naps",
    "nap_minutes",
    "taken",
    "time_in_bed_minutes",
    "total_sleep_minutes",
    "sleep_efficiency_percent",
    "time_zone",
)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def intake_text(item: Intake) -> str:
    """A plain, language-neutral description (kind, list item name, amount)."""
    text = item.name if item.kind is Taken.MEDICATION else item.kind.value
    if item.amount is not None:
        unit = "g" if item.kind is Taken.KRATOM else " drinks"
        text += f" {item.amount:g}{unit}"
    return text


def spreadsheet_safe(text: str) -> str:
    """Text a spreadsheet will not run as a formula (a typed name may start with "=")."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def csv_rows(nights: Iterable[Night]) -> list[list[str]]:
    rows = [list(CSV_COLUMNS)]
    for night in sorted_nights(nights):
        f = figures(night)
        rows.append(
            [
                night.night_of.isoformat(),
                night.into_bed.isoformat(timespec="minutes"),
                night.tried_to_sleep.isoformat(timespec="minutes"),
                str(night.minutes_to_fall_asleep),
                str(night.awakenings),
                str(night.minutes_awake),
                night.final_wake.isoformat(timespec="minutes"),
                night.out_of_bed.isoformat(timespec="minutes"),
                str(night.quality),
                str(night.naps),
                str(night.nap_minutes),
                spreadsheet_safe("; ".join(intake_text(i) for i in night.taken)),
                str(f.time_in_bed),
                str(f.total_sleep),
                f"{f.efficiency * 100:.1f}",
                night.zone,
            ]
        )
    return rows
