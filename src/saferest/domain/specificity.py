"""Which rule is more specific, and which rule only repeats a more specific one in general words.

A rule side matches a set of entries. Side X *covers* side Y when every entry Y matches, X
matches too; a rule covers another when its sides cover the other's sides. "Two sedating drugs"
(cns_depressant with cns_depressant) covers "opioids with benzodiazepines", so when both apply
to a pair, the general rule's text is left out and the specific one speaks. Coverage is read
from the pack's own entries (`TagFacts.implied`: the tags every carrier of a tag also carries),
so it follows the data rather than a hand-kept hierarchy.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from saferest.domain.compiled import TagFacts
from saferest.domain.models import GradedRule, Rule, side_tags


class RuleRelations:
    """Answers "how specific is this side?" and "does this rule cover that one?"."""

    def __init__(
        self, facts: Mapping[str, TagFacts], entry_sides: Callable[[str], frozenset[str]]
    ) -> None:
        self._facts = facts
        self._entry_sides = entry_sides
        """An entry's id and a `tag:<tag>` string for each of its (implied) tags."""

    def side_size(self, side: str) -> int:
        """How many entries the side matches: 1 for an entry, fewer is more specific."""
        tags = side_tags(side)
        if tags is None:
            return 1
        return min((self._facts[t].members if t in self._facts else 0 for t in tags), default=0)

    def specificity(self, rule: GradedRule) -> int:
        """Lower is more specific: the sizes of a pair rule's sides added up."""
        if isinstance(rule, Rule) and not rule.same_ingredient:
            return sum(self.side_size(side) for side in rule.between)
        return 0

    def _implied(self, tags: frozenset[str]) -> frozenset[str]:
        implied = set(tags)
        for tag in tags:
            facts = self._facts.get(tag)
            if facts is not None:
                implied |= facts.implied
        return frozenset(implied)

    def side_covers(self, general: str, specific: str) -> bool:
        """Whether every entry `specific` matches is matched by `general` too."""
        wanted = side_tags(general)
        narrow = side_tags(specific)
        if narrow is None:
            if wanted is None:
                return general == specific
            sides = self._entry_sides(specific)
            return all(f"tag:{tag}" in sides for tag in wanted)
        if wanted is None:
            return False
        return wanted <= self._implied(narrow)

    def covers(self, general: GradedRule, specific: GradedRule) -> bool:
        """Whether `general` says the same as `specific` about a wider set of pairs."""
        if not (isinstance(general, Rule) and isinstance(specific, Rule)):
            return False
        if general.same_ingredient or specific.same_ingredient or general.id == specific.id:
            return False
        (g1, g2), (s1, s2) = general.between, specific.between
        straight = self.side_covers(g1, s1) and self.side_covers(g2, s2)
        return straight or (self.side_covers(g1, s2) and self.side_covers(g2, s1))
