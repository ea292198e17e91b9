"""Nights with and without each thing the person logged, side by side.

Only averages and how many nights each rests on: a handful of nights cannot show that a
substance made sleep better or worse, and nothing here says it does.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from saferest.domain.sleep.figures import Averages, averages
from saferest.domain.sleep.night import Intake, Night

FEW_NIGHTS = 7
"""Below this many nights on either side, the comparison is flagged as resting on few nights."""


@dataclass(frozen=True)
class Comparison:
    item: Intake
    """The kind (and for list items the name) compared; amounts are not compared."""
    with_it: Averages | None
    without_it: Averages | None

    @property
    def nights_with(self) -> int:
        return self.with_it.nights if self.with_it else 0

    @property
    def nights_without(self) -> int:
        return self.without_it.nights if self.without_it else 0

    @property
    def few_nights(self) -> bool:
        return min(self.nights_with, self.nights_without) < FEW_NIGHTS


def compare_substances(nights: Sequence[Night]) -> list[Comparison]:
    """For each kind or list item logged on any night: averages with and without it."""
    items: dict[tuple[str, str], Intake] = {}
    for night in nights:
        for intake in night.taken:
            items.setdefault(intake.key, Intake(intake.kind, intake.name.strip()))
    rows = []
    for key, item in sorted(items.items()):
        with_it = [n for n in nights if any(i.key == key for i in n.taken)]
        without = [n for n in nights if all(i.key != key for i in n.taken)]
        rows.append(Comparison(item, averages(with_it), averages(without)))
    return rows
