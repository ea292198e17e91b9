"""Time: whether a stopped item still takes part in a check, and the words-free facts behind it.

A list item is `taking` (the default), `as_needed`, or `stopped` on a date. A stopped item stays
in the check while its effect may outlast the last dose, by the pack's `lasting_effect` data
(irreversible MAOIs about two weeks, fluoxetine about five weeks, and so on). After that it is
listed as stopped and not checked. With no figure for an entry, a stopped item is still checked
for `NO_FIGURE_DAYS` after the stop date (most medicines are mostly gone within two days, and
the finding says we have no figure). With no stop date at all ("used to take Xanax", "stopped
kratom") it is checked only when the pack has a lasting-effect figure for it: a drug whose effect
can last weeks (an irreversible MAOI, fluoxetine) may still act however the words put it, while
reading past use of anything else as current use would invent a danger the person does not have.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace

from saferest.domain.findings import CheckContext, EntryTime, Finding
from saferest.domain.medication_list import ItemStatus
from saferest.domain.models import LastingEffect

NO_FIGURE_DAYS = 2
"""Days a stopped item with no lasting-effect figure is still checked after its stop date."""


class LastingEffects:
    """The pack's lasting-effect figures, looked up per entry.

    An entry's own figure beats any tag figure (fluoxetine's five weeks, not the SSRIs' two);
    among tag figures the longest wins, so a figure is never shortened by a broader one.
    """

    def __init__(
        self, effects: Iterable[LastingEffect], sides: Callable[[str], frozenset[str]]
    ) -> None:
        self._by_entry: dict[str, LastingEffect] = {}
        self._by_tag: list[tuple[str, LastingEffect]] = []
        for effect in effects:
            for side in effect.applies_to:
                if side.startswith("tag:"):
                    self._by_tag.append((side, effect))
                else:
                    known = self._by_entry.get(side)
                    if known is None or effect.days > known.days:
                        self._by_entry[side] = effect
        self._sides = sides
        self._cache: dict[str, LastingEffect | None] = {}

    @property
    def sides(self) -> list[str]:
        return [side for side, _ in self._by_tag]

    def for_entry(self, entry_id: str) -> LastingEffect | None:
        if entry_id in self._cache:
            return self._cache[entry_id]
        found = self._by_entry.get(entry_id)
        if found is None:
            sides = self._sides(entry_id)
            matching = [effect for side, effect in self._by_tag if side in sides]
            found = max(matching, key=lambda e: (e.days, e.id), default=None)
        self._cache[entry_id] = found
        return found

    def entry_time(
        self,
        entry_id: str,
        status: ItemStatus,
        stopped_on: dt.date | None,
        on: dt.date,
    ) -> EntryTime:
        """How recently this entry was taken on `on`, and whether it is still checked."""
        if status is not ItemStatus.STOPPED:
            return EntryTime(entry_id, status)
        effect = self.for_entry(entry_id)
        days = effect.days if effect else None
        if stopped_on is None:
            return EntryTime(
                entry_id,
                status,
                None,
                None,
                days,
                effect.id if effect else None,
                active=effect is not None,
            )
        since = (on - stopped_on).days
        if since < 0:
            # A stop planned for later: it is still being taken on the day checked.
            return EntryTime(entry_id, ItemStatus.TAKING, stopped_on, since, days, None)
        limit = days if days is not None else NO_FIGURE_DAYS
        return EntryTime(
            entry_id,
            status,
            stopped_on,
            since,
            days,
            effect.id if effect else None,
            active=since <= limit,
        )


def more_active(first: EntryTime | None, second: EntryTime | None) -> EntryTime | None:
    """Of two readings of one entry (two lines), the one that counts: taking beats all."""
    if first is None or second is None:
        return None  # None means simply "taking"
    rank = {ItemStatus.TAKING: 3, ItemStatus.AS_NEEDED: 2, ItemStatus.STOPPED: 1}
    if rank[first.status] != rank[second.status]:
        return first if rank[first.status] > rank[second.status] else second
    return first if (first.days_since or 0) <= (second.days_since or 0) else second


class TimeEvaluator:
    """Tells every finding how recently its stopped or as-needed entries were taken."""

    def evaluate(self, context: CheckContext, findings: Sequence[Finding]) -> list[Finding]:
        if not context.times:
            return list(findings)
        out = []
        for finding in findings:
            times = tuple(context.times[e] for e in finding.entries if e in context.times)
            out.append(replace(finding, time=times) if times else finding)
        return out
