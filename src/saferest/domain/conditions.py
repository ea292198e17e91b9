"""Health conditions on a list: what sleep apnoea, pregnancy or lost tolerance mean for each
ingredient.

A condition is reviewed data (resources/data/conditions/), read from a list line like a name
('sleep apnea', "I'm pregnant", 'over 65') or chosen apart from the lines. On a list it is an
item whose id is `condition:<id>`, the same string a rule names it with. It is never an
ingredient: it is never paired with an ingredient by the pair rules, never paired with another
condition, and never counted toward a load. Its own rules (a condition with an entry or a tag)
make `condition` findings, one per condition and ingredient; list rules may ask for it in
`requires` ("sleep apnoea and two sedating drugs").

Precedence is the pair rules' own: an explicit rule for the condition and that entry decides
alone (methadone in pregnancy is a planned treatment, not any opioid); otherwise every tag rule
that matches applies, and the worst severity wins.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace

from saferest.domain.findings import CheckContext, Finding, strongest
from saferest.domain.medlist import ParsedLine
from saferest.domain.models import CONDITION_PREFIX, Rule


def condition_item(condition_id: str) -> str:
    """The list-item id of a condition: `condition:sleep_apnoea`."""
    return CONDITION_PREFIX + condition_id


def condition_of(item_id: str) -> str | None:
    """The condition a list-item id stands for, or None for an entry."""
    return item_id.removeprefix(CONDITION_PREFIX) if item_id.startswith(CONDITION_PREFIX) else None


def is_condition(item_id: str) -> bool:
    return item_id.startswith(CONDITION_PREFIX)


class ConditionEvaluator:
    """Adds a finding for every condition on the list and ingredient a condition rule matches."""

    def __init__(
        self,
        rules: Iterable[Rule],
        sides: Callable[[str], frozenset[str]],
        order: Callable[[Rule], tuple[int, int, int, str]],
    ) -> None:
        self._by_condition: dict[str, list[tuple[Rule, str]]] = {}
        for rule in rules:
            if rule.condition is not None:
                self._by_condition.setdefault(rule.condition, []).append((rule, rule.other_side))
        self._sides = sides
        self._order = order

    @property
    def rules(self) -> list[Rule]:
        return [rule for pairs in self._by_condition.values() for rule, _ in pairs]

    @property
    def sides(self) -> list[str]:
        """The entry and tag sides the rules name (conjunctions must be known to the checker)."""
        return [other for pairs in self._by_condition.values() for _, other in pairs]

    def rules_for(self, condition_id: str, entry_id: str) -> tuple[Rule, ...]:
        """The rules that decide a condition with one ingredient: worst, most specific first."""
        pairs = self._by_condition.get(condition_id)
        if not pairs:
            return ()
        explicit = [rule for rule, other in pairs if other == entry_id]
        if explicit:
            return tuple(sorted(explicit, key=self._order))
        sides = self._sides(entry_id)
        return tuple(sorted((rule for rule, other in pairs if other in sides), key=self._order))

    def evaluate(self, context: CheckContext, findings: Sequence[Finding]) -> list[Finding]:
        out = list(findings)
        if not context.conditions or not self._by_condition:
            return out
        lines: dict[str, set[int]] = {}
        for unit in context.units:
            lines.setdefault(unit.entry_id, set()).add(unit.line)
        for condition_id, condition_lines in context.conditions.items():
            for entry_id, entry_lines in lines.items():
                rules = self.rules_for(condition_id, entry_id)
                if not rules:
                    continue
                worst = rules[0].severity
                out.append(
                    Finding(
                        kind="condition",
                        entries=(entry_id,),
                        severity=worst,
                        reliability=strongest([r for r in rules if r.severity == worst]),
                        rules=rules,
                        lines=tuple(sorted(entry_lines | set(condition_lines))),
                        conditions=(condition_id,),
                    )
                )
        return out


def names_conditions(conditions: Sequence[str], lines: Sequence[ParsedLine]) -> bool:
    """Whether a list tells anything about health conditions: conditions on it, or lines that
    name one (even 'not pregnant' tells something). A report asks before showing such a list."""
    return bool(conditions) or any(
        is_condition(item.entry_id) for line in lines for item in [*line.resolved, *line.not_taken]
    )


def without_conditions(lines: Sequence[ParsedLine]) -> list[ParsedLine]:
    """The lines as a report shows them when the person keeps their conditions off it.

    A line read only as conditions is left out; a line that also names medicines keeps them,
    with its typed text withheld, since the words would tell the condition.
    """
    out: list[ParsedLine] = []
    for line in lines:
        named = [*line.resolved, *line.not_taken]
        if not any(is_condition(item.entry_id) for item in named):
            out.append(line)
            continue
        resolved = [replace(i, input="") for i in line.resolved if not is_condition(i.entry_id)]
        not_taken = [replace(i, input="") for i in line.not_taken if not is_condition(i.entry_id)]
        unresolved = [replace(i, input="") for i in line.unresolved]
        if not resolved and not not_taken and not unresolved:
            continue
        out.append(
            replace(
                line,
                input="",
                resolved=resolved,
                not_taken=not_taken,
                unresolved=unresolved,
                withheld=True,
            )
        )
    return out
