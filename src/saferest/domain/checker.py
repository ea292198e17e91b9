"""The checker: a person's list, on a given day, through an ordered list of evaluators.

1. Each recognised item is expanded into its ingredients (combination products), and each
   ingredient is given its time on the check date (`lasting.LastingEffects`): stopped items
   whose effect has worn off are set aside and listed as stopped, never silently dropped.
2. Health conditions on the list (sleep apnoea, pregnancy...) are kept apart: never an
   ingredient, never paired.
3. The evaluators run in order over the active ingredients: pair rules, conditions, list rules
   (which may ask for a condition), time.
4. Findings are sorted worst first; list findings lead their severity, since they sum up.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from saferest.domain.compiled import CompiledPack
from saferest.domain.conditions import ConditionEvaluator
from saferest.domain.findings import (
    CheckCondition,
    CheckContext,
    CheckItem,
    EntryTime,
    Evaluator,
    Finding,
    Unit,
)
from saferest.domain.interactions import PairEvaluator, PairRules
from saferest.domain.lasting import LastingEffects, TimeEvaluator, more_active
from saferest.domain.list_rules import ListEvaluator
from saferest.domain.medication_list import ItemStatus

_KIND_ORDER = {"list": 0, "pair": 1, "duplicate": 2, "condition": 3}


@dataclass(frozen=True)
class SetAside:
    """An ingredient of a stopped item whose effect has worn off: listed, not checked."""

    line: int
    time: EntryTime


@dataclass
class CheckOutcome:
    findings: list[Finding] = field(default_factory=list)
    no_known: list[tuple[str, str]] = field(default_factory=list)
    checked_pairs: int = 0
    set_aside: list[SetAside] = field(default_factory=list)
    times: dict[str, EntryTime] = field(default_factory=dict)
    """Entries checked while not simply being taken (stopped recently, or as needed)."""
    active_items: frozenset[int] = frozenset()
    """Indexes of the items (as given to `check`) with at least one ingredient checked."""


class Checker:
    """Runs the evaluators over a list. Built once per pack; cheap per check."""

    def __init__(self, pack: CompiledPack, names: dict[str, str]) -> None:
        self._names = names
        self._sort_keys: dict[str, tuple[str, str]] = {}
        self.pairs = PairRules(pack)
        list_rules = list(pack.list_rules.values())
        self.effects = LastingEffects(pack.lasting_effects.values(), self.pairs.sides)
        self.conditions = ConditionEvaluator(
            pack.condition_rules.values(), self.pairs.sides, self.pairs.order
        )
        self.pairs.add_conjunctions(
            [s for r in list_rules for s in [*r.counts, *(x for g in r.requires for x in g.of)]]
            + self.effects.sides
            + self.conditions.sides
        )
        self.lists = ListEvaluator(list_rules, self.pairs.sides, self.sort_name)
        self.evaluators: list[Evaluator] = [
            PairEvaluator(self.pairs, self.sort_name),
            self.conditions,
            self.lists,
            TimeEvaluator(),
        ]
        """In order. A new kind of rule is one more evaluator here."""

    def clear_caches(self) -> None:
        """Forget memoised look-ups (benchmarks use this to time the uncached path)."""
        self.pairs.clear_caches()
        self._sort_keys.clear()

    def sort_name(self, entry_id: str) -> tuple[str, str]:
        """How entries are ordered for display: by name, then id."""
        key = self._sort_keys.get(entry_id)
        if key is None:
            name = self._names.get(entry_id, entry_id)
            key = self._sort_keys[entry_id] = (name.casefold(), entry_id)
        return key

    def context(
        self, items: Sequence[CheckItem], on: dt.date, conditions: Sequence[CheckCondition] = ()
    ) -> tuple[CheckContext, list[SetAside]]:
        """The active units for `on`, each entry's time, the conditions on the list, and what
        was set aside."""
        units: list[Unit] = []
        times: dict[str, EntryTime | None] = {}
        set_aside: list[SetAside] = []
        for index, item in enumerate(items):
            parts = self.pairs.ingredients(item.entry_id)
            via = item.entry_id if parts != [item.entry_id] else None
            for part in parts:
                time: EntryTime | None = None
                if item.status is not ItemStatus.TAKING:
                    time = self.effects.entry_time(part, item.status, item.stopped_on, on)
                    if not time.active:
                        set_aside.append(SetAside(item.line, time))
                        continue
                    if time.status is ItemStatus.TAKING:
                        time = None  # a stop planned for a later day
                units.append(Unit(part, index, item.line, via, time))
                times[part] = more_active(times[part], time) if part in times else time
        context = CheckContext(on, units, {e: t for e, t in times.items() if t is not None})
        for condition in conditions:
            lines = context.conditions.get(condition.condition_id, ())
            if condition.line is not None and condition.line not in lines:
                lines = (*lines, condition.line)
            context.conditions[condition.condition_id] = lines
        return context, set_aside

    def check(
        self,
        items: Sequence[CheckItem],
        on: dt.date,
        conditions: Sequence[CheckCondition] = (),
    ) -> CheckOutcome:
        """Every finding for the list on `on`; `conditions` are the health conditions on it."""
        context, set_aside = self.context(items, on, conditions)
        findings: list[Finding] = []
        for evaluator in self.evaluators:
            findings = evaluator.evaluate(context, findings)
        findings.sort(
            key=lambda f: (
                -f.severity.rank,
                _KIND_ORDER[f.kind],
                tuple(self.sort_name(e) for e in f.entries),
                f.conditions,
            )
        )
        return CheckOutcome(
            findings,
            context.no_known,
            context.checked_pairs,
            set_aside,
            context.times,
            frozenset(unit.item for unit in context.units),
        )
