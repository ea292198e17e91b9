"""The interaction engine: every pair on a list, judged by the pack's rules.

Precedence, most specific first:
1. an explicit pair rule (two entry ids) decides alone for that pair;
2. the same ingredient twice is judged by a same-ingredient rule (or an explicit x-with-x rule);
3. otherwise every tag rule that matches is collected and the worst severity wins, with every
   mechanism kept so the person sees all the reasons.
A pair with no rule is `no_known_interaction`, which is reported as such and never as "safe".
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from typing import Literal

from saferest.domain.compiled import CompiledPack, pair_key
from saferest.domain.models import Reliability, Rule, Severity

FindingKind = Literal["interaction", "duplicate"]


@dataclass(frozen=True)
class Unit:
    """One ingredient as it sits on the list: which entry, and which list line brought it."""

    entry_id: str
    item: int
    via: str | None = None
    """The combination product it came from, if any."""


@dataclass(frozen=True)
class Finding:
    """What the rules say about one pair of ingredients."""

    a: str
    b: str
    kind: FindingKind
    severity: Severity
    reliability: Reliability
    rules: tuple[Rule, ...]
    """Every applicable rule, worst first; the first ones decide severity and advice."""
    items: tuple[tuple[int, int], ...]
    """The list lines the two ingredients came from."""

    @property
    def deciding(self) -> tuple[Rule, ...]:
        return tuple(r for r in self.rules if r.severity == self.severity)

    @property
    def sources(self) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for rule in self.rules:
            for source in rule.sources:
                seen.setdefault(source, None)
        return tuple(seen)


@dataclass
class PairReport:
    findings: list[Finding] = field(default_factory=list)
    no_known: list[tuple[str, str]] = field(default_factory=list)
    """Pairs that were checked and matched no rule."""


class InteractionChecker:
    """Applies the pack's rules to lists of entries. Built once per pack; cheap per check.

    Tag rules are few and kept in memory; explicit pair rules can number in the hundreds of
    thousands, so they are looked up in the compiled pack by their pair key.
    """

    def __init__(self, pack: CompiledPack) -> None:
        self._pack = pack
        self._db = pack.db
        self._names = pack.display_names()
        self._same_ingredient: Rule | None = None
        self._by_side: dict[str, list[tuple[Rule, str]]] = defaultdict(list)
        self._tag_rules: list[Rule] = []
        rows = self._db.execute(
            "SELECT json, is_tag_rule FROM rules WHERE is_tag_rule = 1 OR pair_key IS NULL"
        )
        for payload, is_tag_rule in rows:
            rule = Rule.model_validate_json(payload)
            if not is_tag_rule:
                self._same_ingredient = rule
                continue
            self._tag_rules.append(rule)
            first, second = rule.between
            self._by_side[first].append((rule, second))
            if second != first:
                self._by_side[second].append((rule, first))
        self._sides: dict[str, frozenset[str]] = {}
        self._pair_cache: dict[str, Rule | None] = {}
        self._verdicts: dict[frozenset[str], tuple[FindingKind, list[Rule]]] = {}
        self._sort_keys: dict[str, tuple[str, str]] = {}

    def clear_caches(self) -> None:
        """Forget memoised look-ups (benchmarks use this to time the uncached path)."""
        self._sides.clear()
        self._pair_cache.clear()
        self._verdicts.clear()
        self._sort_keys.clear()

    def sides(self, entry_id: str) -> frozenset[str]:
        """Everything a rule side can name for this entry: its id and `tag:` for each tag."""
        cached = self._sides.get(entry_id)
        if cached is None:
            tags = self._pack.entry_tags(entry_id)
            cached = frozenset({entry_id} | {f"tag:{t}" for t in tags})
            self._sides[entry_id] = cached
        return cached

    def ingredients(self, entry_id: str) -> list[str]:
        """A combination product's ingredients, or the entry itself."""
        return self._pack.entry_ingredients(entry_id) or [entry_id]

    def units(self, entry_ids: Sequence[str]) -> list[Unit]:
        units: list[Unit] = []
        for item, entry_id in enumerate(entry_ids):
            parts = self.ingredients(entry_id)
            via = entry_id if parts != [entry_id] else None
            units.extend(Unit(part, item, via) for part in parts)
        return units

    def _pair_rule(self, a: str, b: str) -> Rule | None:
        key = pair_key(a, b)
        if key not in self._pair_cache:
            row = self._db.execute("SELECT json FROM rules WHERE pair_key = ?", (key,)).fetchone()
            self._pair_cache[key] = Rule.model_validate_json(row[0]) if row else None
        return self._pair_cache[key]

    def rules_for_pair(self, a: str, b: str) -> tuple[FindingKind, list[Rule]]:
        """The rules that decide this pair, by the precedence in the module docstring."""
        explicit = self._pair_rule(a, b)
        if explicit is not None:
            return ("duplicate" if a == b else "interaction"), [explicit]
        if a == b:
            return "duplicate", [self._same_ingredient] if self._same_ingredient else []
        sides_a, sides_b = self.sides(a), self.sides(b)
        matched: dict[str, Rule] = {}
        for side in sides_a:
            for rule, other in self._by_side.get(side, ()):
                if other in sides_b:
                    matched[rule.id] = rule
        return "interaction", sorted(matched.values(), key=_rule_order)

    def verdict(self, a: str, b: str) -> tuple[FindingKind, list[Rule]]:
        """`rules_for_pair`, remembered: a list is re-checked after every edit."""
        key = frozenset((a, b))
        cached = self._verdicts.get(key)
        if cached is None:
            if len(self._verdicts) > VERDICT_CACHE_SIZE:
                self._verdicts.clear()
            cached = self._verdicts[key] = self.rules_for_pair(a, b)
        return cached

    def _prefetch(self, entry_ids: set[str]) -> None:
        """Read the tags and explicit pair rules of a whole list in two queries, not per pair."""
        missing = sorted(entry_ids - self._sides.keys())
        if missing:
            marks = ",".join("?" * len(missing))
            rows = self._db.execute(f"SELECT id, tags FROM entries WHERE id IN ({marks})", missing)
            for entry_id, tags in rows:
                self._sides[entry_id] = frozenset({entry_id} | {f"tag:{t}" for t in tags.split()})
        ids = sorted(entry_ids)
        marks = ",".join("?" * len(ids))
        rows = self._db.execute(
            f"SELECT pair_key, json FROM rules WHERE pair_key IS NOT NULL "
            f"AND side_a IN ({marks}) AND side_b IN ({marks})",
            ids + ids,
        )
        for key, payload in rows:
            self._pair_cache[key] = Rule.model_validate_json(payload)
        for i, a in enumerate(ids):
            for b in ids[i:]:
                self._pair_cache.setdefault(pair_key(a, b), None)

    def check(self, entry_ids: Sequence[str]) -> PairReport:
        """Judge every pair of ingredients that come from different lines of the list."""
        units = self.units(entry_ids)
        self._prefetch({unit.entry_id for unit in units})
        found: dict[frozenset[str], tuple[FindingKind, list[Rule], set[tuple[int, int]]]] = {}
        no_known: set[frozenset[str]] = set()
        for first, second in combinations(units, 2):
            if first.item == second.item:
                continue  # ingredients of one product are formulated together
            key = frozenset((first.entry_id, second.entry_id))
            lines = (min(first.item, second.item), max(first.item, second.item))
            if key in found:
                found[key][2].add(lines)
                continue
            if key in no_known:
                continue
            kind, rules = self.verdict(first.entry_id, second.entry_id)
            if rules:
                found[key] = (kind, rules, {lines})
            else:
                no_known.add(key)
        report = PairReport()
        for key, (kind, rules, line_pairs) in found.items():
            a, b = self._ordered(key)
            worst = rules[0]
            deciding = [r for r in rules if r.severity == worst.severity]
            reliability = max((r.reliability for r in deciding), key=_RELIABILITY_RANK.__getitem__)
            report.findings.append(
                Finding(
                    a, b, kind, worst.severity, reliability, tuple(rules), tuple(sorted(line_pairs))
                )
            )
        report.findings.sort(
            key=lambda f: (-_SEVERITY_RANK[f.severity], self._sort_name(f.a), self._sort_name(f.b))
        )
        report.no_known = sorted(
            (self._ordered(key) for key in no_known),
            key=lambda pair: (self._sort_name(pair[0]), self._sort_name(pair[1])),
        )
        return report

    def rules_involving(self, entry_id: str) -> list[tuple[Rule, str]]:
        """Every rule that can apply to this entry, with the other side: for a card's summary."""
        mine = self.sides(entry_id)
        result: dict[str, tuple[Rule, str]] = {}
        for rule in self._tag_rules:
            first, second = rule.between
            if first in mine:
                result.setdefault(rule.id, (rule, second))
            elif second in mine:
                result.setdefault(rule.id, (rule, first))
        rows = self._db.execute(
            "SELECT json FROM rules WHERE pair_key IS NOT NULL AND (side_a = ? OR side_b = ?)",
            (entry_id, entry_id),
        )
        for (payload,) in rows:
            rule = Rule.model_validate_json(payload)
            first, second = rule.between
            result.setdefault(rule.id, (rule, second if first == entry_id else first))
        return sorted(result.values(), key=lambda pair: (_rule_order(pair[0]), pair[1]))

    def _ordered(self, key: Iterable[str]) -> tuple[str, str]:
        ids = sorted(key, key=self._sort_name)
        return (ids[0], ids[-1])

    def _sort_name(self, entry_id: str) -> tuple[str, str]:
        key = self._sort_keys.get(entry_id)
        if key is None:
            key = self._sort_keys[entry_id] = (
                self._names.get(entry_id, entry_id).casefold(),
                entry_id,
            )
        return key


VERDICT_CACHE_SIZE = 200_000
_SEVERITY_RANK = {severity: severity.rank for severity in Severity}
_RELIABILITY_RANK = {reliability: reliability.rank for reliability in Reliability}


def _rule_order(rule: Rule) -> tuple[int, int, str]:
    return (-_SEVERITY_RANK[rule.severity], -_RELIABILITY_RANK[rule.reliability], rule.id)
