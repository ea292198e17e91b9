"""What a check finds, and the contract every evaluator meets.

A check turns a person's list into `Unit`s (one per active ingredient, combination products
expanded), then runs an ordered list of evaluators over them. Each evaluator reads the
`CheckContext` and the findings so far and returns the findings after its own work: the pair
evaluator adds pair and duplicate findings, the list evaluator adds list findings, the time
evaluator tells each finding how recently its stopped items were taken, and the condition
evaluator adds what a health condition on the list (sleep apnoea, pregnancy...) means for each
ingredient. A new kind of rule is one new evaluator and, if it has its own data, one new model;
the renderers draw `Finding`s through the presentation layer (saferest.domain.presentation).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal, Protocol

from saferest.domain.medication_list import ItemStatus
from saferest.domain.models import GradedRule
from saferest.domain.severity import Reliability, Severity

FindingKind = Literal["pair", "list", "duplicate", "condition"]
"""`pair`: two ingredients; `list`: a load over the whole list (which may count a health
condition); `duplicate`: one ingredient reached twice (two names, or two products that contain
it); `condition`: a health condition on the list with one ingredient."""


@dataclass(frozen=True)
class CheckItem:
    """One recognised entry from one line of the list, with what the person said about it."""

    entry_id: str
    line: int
    """Index of the list line it was read from."""
    status: ItemStatus = ItemStatus.TAKING
    stopped_on: dt.date | None = None


@dataclass(frozen=True)
class CheckCondition:
    """A health condition on the list: read from a line, or chosen apart from the lines."""

    condition_id: str
    line: int | None = None
    """Index of the list line it was read from; None when chosen from the short list."""


@dataclass(frozen=True)
class EntryTime:
    """How recently an entry was taken, for one check date.

    `active` says whether it takes part in the check: always for `taking` and `as_needed`; for
    `stopped`, while its effect may last (`days_since <= effect_lasts_days`), or when the person
    gave no stop date. `effect_lasts_days` is None when the data has no figure for the entry.
    """

    entry_id: str
    status: ItemStatus
    stopped_on: dt.date | None = None
    days_since: int | None = None
    effect_lasts_days: int | None = None
    effect_id: str | None = None
    """The lasting-effect record the figure comes from (its text says why, with sources)."""
    active: bool = True

    @property
    def taking(self) -> bool:
        return self.status is ItemStatus.TAKING


@dataclass(frozen=True)
class Unit:
    """One active ingredient as it sits on the list: which entry, from which line, how taken."""

    entry_id: str
    item: int
    """Which recognised product it belongs to: units of one product are never paired."""
    line: int
    """Which list line it was read from (one line may name several products)."""
    via: str | None = None
    """The combination product it came from, if any."""
    time: EntryTime | None = None
    """None while taking (the common case); otherwise the stopped or as-needed facts."""


@dataclass(frozen=True)
class Finding:
    """What the rules say about a tuple of entries: a pair, one ingredient twice, or a load."""

    kind: FindingKind
    entries: tuple[str, ...]
    """Ingredient entry ids in display order: two for a pair, one for a duplicate, every
    contributing ingredient for a list finding."""
    severity: Severity
    reliability: Reliability
    """The strongest reliability among the rules that decide the severity."""
    rules: tuple[GradedRule, ...]
    """Every applicable rule, worst and most specific first; the first decides the headline."""
    lines: tuple[int, ...]
    """The list lines the entries came from, in list order."""
    time: tuple[EntryTime, ...] = ()
    """For entries not simply being taken (stopped or as needed), how recently they were."""
    conditions: tuple[str, ...] = ()
    """Health conditions the finding is about (ids): the condition of a `condition` finding,
    or the conditions a list rule counted. Never an ingredient and never in `entries`."""

    @property
    def a(self) -> str:
        """The first entry (pairs and duplicates; kept for the JSON `interactions` shape)."""
        return self.entries[0]

    @property
    def b(self) -> str:
        """The second entry of a pair; the same entry again for a duplicate."""
        return self.entries[1] if len(self.entries) > 1 else self.entries[0]

    @property
    def deciding(self) -> tuple[GradedRule, ...]:
        """The rules at the finding's severity."""
        return tuple(r for r in self.rules if r.severity == self.severity)

    @property
    def sources(self) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for rule in self.rules:
            for source in rule.sources:
                seen.setdefault(source, None)
        return tuple(seen)

    def time_of(self, entry_id: str) -> EntryTime | None:
        return next((t for t in self.time if t.entry_id == entry_id), None)


@dataclass
class CheckContext:
    """What every evaluator reads: the check date, the active units, and the shared tallies."""

    on: dt.date
    units: list[Unit]
    """Active ingredients only: items stopped longer ago than their effect lasts are left out."""
    times: dict[str, EntryTime] = field(default_factory=dict)
    """Per entry, when it is not simply being taken (the most active reading wins)."""
    no_known: list[tuple[str, str]] = field(default_factory=list)
    """Pairs that were checked and matched no rule (filled by the pair evaluator)."""
    checked_pairs: int = 0
    conditions: dict[str, tuple[int, ...]] = field(default_factory=dict)
    """Health conditions on the list, in list order, with the lines they were read from
    (empty for one chosen apart from the lines). Never units: no evaluator pairs them."""


class Evaluator(Protocol):
    """One kind of reasoning over a list. Evaluators run in order; each may add or annotate."""

    def evaluate(self, context: CheckContext, findings: Sequence[Finding]) -> list[Finding]: ...


def strongest(rules: Sequence[GradedRule]) -> Reliability:
    """The strongest reliability among `rules` (the evidence behind a grade is its best)."""
    return max((r.reliability for r in rules), key=lambda r: r.rank)
