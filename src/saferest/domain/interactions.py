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

    def __init__(self, pack: CompiledPack, names: dict[str, str] | None = None) -> None:
        self._pack = pack
        self._db = pack.db
        self._names = pack.display_names() if names is None else names
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
        self._verdicts: dict[tuple[str, str], tuple[FindingKind, list[Rule]]] = {}
        self._sort_keys: dict[str, tuple[str, str]] = {}
        self._prefetched: set[str] = set()
        self._reach: dict[str, dict[str, list[Rule]]] = {}

    def clear_caches(self) -> None:
        """Forget memoised look-ups (benchmarks use this to time the uncached path)."""
        self._sides.clear()
        self._pair_cache.clear()
        self._verdicts.clear()
        self._sort_keys.clear()
        self._prefetched.clear()
        self._reach.clear()

    def sides(self, entry_id: str) -> frozenset[str]:
        """Everything a rule side can name for this entry: its id and `tag:` for each tag."""
        cached = self._sides.get(entry_id)
        if cached is None:
            cached = self._sides[entry_id] = _sides_of(entry_id, self._pack.entry_tags(entry_id))
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
        if key in self._pair_cache:
            return self._pair_cache[key]
        if a in self._prefetched and b in self._prefetched:
            return None  # _prefetch read every pair rule between prefetched entries
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
        reachable = self._reachable(a)
        matched: dict[str, Rule] = {}
        for side in reachable.keys() & self.sides(b):
            for rule in reachable[side]:
                matched[rule.id] = rule
        if len(matched) < 2:
            return "interaction", list(matched.values())
        return "interaction", sorted(matched.values(), key=_rule_order)

    def _reachable(self, entry_id: str) -> dict[str, list[Rule]]:
        """For one entry: every other rule side it meets, and the tag rules that join them."""
        cached = self._reach.get(entry_id)
        if cached is None:
            cached = {}
            for side in self.sides(entry_id):
                for rule, other in self._by_side.get(side, ()):
                    cached.setdefault(other, []).append(rule)
            self._reach[entry_id] = cached
        return cached

    def verdict(self, a: str, b: str) -> tuple[FindingKind, list[Rule]]:
        """`rules_for_pair`, remembered: a list is re-checked after every edit."""
        key = (a, b) if a <= b else (b, a)
        cached = self._verdicts.get(key)
        if cached is None:
            if len(self._verdicts) > VERDICT_CACHE_SIZE:
                self._verdicts.clear()
            cached = self._verdicts[key] = self.rules_for_pair(a, b)
        return cached

    def _prefetch(self, entry_ids: set[str]) -> None:
        """Read tags and explicit pair rules for new entries in two queries, not one per pair."""
        new = sorted(entry_ids - self._prefetched)
        if not new:
            return
        marks = ",".join("?" * len(new))
        rows = self._db.execute(f"SELECT id, tags FROM entries WHERE id IN ({marks})", new)
        for entry_id, tags in rows:
            self._sides[entry_id] = _sides_of(entry_id, tags.split())
        rows = self._db.execute(
            f"SELECT pair_key, json FROM rules WHERE pair_key IS NOT NULL "
            f"AND (side_a IN ({marks}) OR side_b IN ({marks}))",
            new + new,
        )
        known = self._prefetched | set(new)
        for key, payload in rows:
            rule = Rule.model_validate_json(payload)
            if all(side in known for side in rule.between):
                self._pair_cache[key] = rule
        self._prefetched.update(new)

    def check(self, entry_ids: Sequence[str]) -> PairReport:
        """Judge every pair of ingredients that come from different lines of the list."""
        units = self.units(entry_ids)
        self._prefetch({unit.entry_id for unit in units})
        order = {u.entry_id: self._sort_name(u.entry_id) for u in units}
        found: dict[tuple[str, str], tuple[FindingKind, list[Rule], set[tuple[int, int]]]] = {}
        no_known: set[tuple[str, str]] = set()
        for first, second in combinations(units, 2):
            if first.item == second.item:
                continue  # ingredients of one product are formulated together
            a, b = first.entry_id, second.entry_id
            key = (a, b) if order[a] <= order[b] else (b, a)  # display order, decided once
            if key in no_known:
                continue
            entry = found.get(key)
            if entry is not None:
                entry[2].add((first.item, second.item))
                continue
            kind, rules = self.verdict(a, b)
            if rules:
                found[key] = (kind, rules, {(first.item, second.item)})
            else:
                no_known.add(key)
        report = PairReport()
        for (a, b), (kind, rules, line_pairs) in found.items():
            worst = rules[0]
            deciding = [r for r in rules if r.severity == worst.severity]
            reliability = max((r.reliability for r in deciding), key=_RELIABILITY_RANK.__getitem__)
            report.findings.append(
                Finding(
                    a, b, kind, worst.severity, reliability, tuple(rules), tuple(sorted(line_pairs))
                )
            )
        report.findings.sort(key=lambda f: (-_SEVERITY_RANK[f.severity], order[f.a], order[f.b]))
        report.no_known = sorted(no_known, key=lambda pair: (order[pair[0]], order[pair[1]]))
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

    def _sort_name(self, entry_id: str) -> tuple[str, str]:
        key = self._sort_keys.get(entry_id)
        if key is None:
            key = self._sort_keys[entry_id] = (
                self._names.get(entry_id, entry_id).casefold(),
                entry_id,
            )
        return key


VERDICT_CACHE_SIZE = 200_000


def _sides_of(entry_id: str, tags: Iterable[str]) -> frozenset[str]:
    """What a rule side can name for an entry: its id, and `tag:<tag>` for each of its tags."""
    return frozenset({entry_id} | {f"tag:{tag}" for tag in tags})


_SEVERITY_RANK = {severity: severity.rank for severity in Severity}
_RELIABILITY_RANK = {reliability: reliability.rank for reliability in Reliability}


def _rule_order(rule: Rule) -> tuple[int, int, str]:
    return (-_SEVERITY_RANK[rule.severity], -_RELIABILITY_RANK[rule.reliability], rule.id)
