"""List rules: loads that only show over the whole list ("four sedatives at bedtime").

Each rule counts the distinct active ingredients that match its `counts` sides (combination
products already expanded into units; one drug counts once under any name). A `requires` group
may ask for a health condition (`condition:sleep_apnoea`): it is met when the condition is on
the list, and the finding names it, though a condition never counts as an ingredient. Rules of
one family make at most one finding: the worst rule that applies (at the same grade, the one
about the person's condition), naming every ingredient that counts. Pair findings are left
exactly as they are: a load adds a finding, it never changes a pair.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from saferest.domain.findings import CheckContext, Finding, strongest
from saferest.domain.models import CONDITION_PREFIX, CountGroup, ListRule


class ListEvaluator:
    """Adds one finding per family of list rules whose worst applicable rule is met."""

    def __init__(
        self,
        rules: Sequence[ListRule],
        sides: Callable[[str], frozenset[str]],
        sort_name: Callable[[str], tuple[str, str]],
    ) -> None:
        self._families: dict[str, list[ListRule]] = {}
        for rule in rules:
            self._families.setdefault(rule.family, []).append(rule)
        for family in self._families.values():
            family.sort(
                key=lambda r: (-r.severity.rank, -len(r.conditions), -r.reliability.rank, r.id)
            )
        self._sides = sides
        self._sort_name = sort_name
        self._sets = {
            rule.id: (frozenset(rule.counts), [frozenset(g.of) for g in rule.requires])
            for rule in rules
        }

    @property
    def rules(self) -> list[ListRule]:
        return [rule for family in self._families.values() for rule in family]

    def evaluate(self, context: CheckContext, findings: Sequence[Finding]) -> list[Finding]:
        if not self._families:
            return list(findings)
        lines: dict[str, set[int]] = {}
        for unit in context.units:
            lines.setdefault(unit.entry_id, set()).add(unit.line)
        sides = {entry: self._sides(entry) for entry in sorted(lines)}
        # A condition on the list meets a `requires` group that names it; it counts for nothing
        # else (`counts` never names a condition).
        for condition_id, condition_lines in context.conditions.items():
            item = CONDITION_PREFIX + condition_id
            sides[item] = frozenset({item})
            lines[item] = set(condition_lines)
        out = list(findings)
        for family in self._families.values():
            for rule in family:
                named = self._applies(rule, sides)
                if named is None:
                    continue
                entries = tuple(
                    sorted(
                        (n for n in named if not n.startswith(CONDITION_PREFIX)),
                        key=self._sort_name,
                    )
                )
                out.append(
                    Finding(
                        kind="list",
                        entries=entries,
                        severity=rule.severity,
                        reliability=strongest([rule]),
                        rules=(rule,),
                        lines=tuple(sorted({n for e in named for n in lines[e]})),
                        conditions=tuple(
                            c for c in context.conditions if CONDITION_PREFIX + c in named
                        ),
                    )
                )
                break
        return out

    def _applies(self, rule: ListRule, sides: dict[str, frozenset[str]]) -> set[str] | None:
        """The ingredients a rule names if it applies to these entries, else None."""
        counts = self._sets[rule.id][0]
        counted = [e for e, s in sides.items() if not s.isdisjoint(counts)]  # never a condition
        if len(counted) < rule.at_least:
            return None
        used = _fill_groups(rule.requires, self._sets[rule.id][1], sides)
        if used is None:
            return None
        return set(counted) | used


def _fill_groups(
    groups: Sequence[CountGroup], wanted: Sequence[frozenset[str]], sides: dict[str, frozenset[str]]
) -> set[str] | None:
    """Ingredients that meet every group, none used twice; None if the groups cannot all be met.

    Groups are small, so a plain search is enough: each group takes the ingredients that match
    it and no earlier group, preferring those that match the fewest later groups.
    """
    used: set[str] = set()
    for index, group in enumerate(groups):
        later = wanted[index + 1 :]
        candidates = [
            e for e, s in sides.items() if e not in used and not s.isdisjoint(wanted[index])
        ]
        if len(candidates) < group.at_least:
            return None
        candidates.sort(key=lambda e: (sum(not sides[e].isdisjoint(g) for g in later), e))
        used.update(candidates[: group.at_least])
    # Everything else that matches a group is named too: it adds to the same risk.
    named = set(used)
    for of in wanted:
        named.update(e for e, s in sides.items() if not s.isdisjoint(of))
    return named
