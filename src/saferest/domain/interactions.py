"""Pair rules: every pair of active ingredients on a list, judged by the pack's rules.

Precedence, most specific first:
1. an explicit pair rule (two entry ids) decides alone for that pair;
2. the same ingredient twice is judged by a same-ingredient rule (or an explicit x-with-x rule);
3. otherwise every tag rule that matches is collected and the worst severity wins, with every
   rule kept (worst first, then most specific) so the presentation can tell why.
A pair with no rule is `no_known_interaction`, which is reported as such and never as "safe".
Ingredients of one combination product are never paired with each other: they are formulated
together. A list counts for other evaluators only through the units the context gives them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from saferest.domain.compiled import CompiledPack, pair_key
from saferest.domain.findings import CheckContext, Finding, FindingKind, strongest
from saferest.domain.models import Rule, side_tags
from saferest.domain.specificity import RuleRelations

VERDICT_CACHE_SIZE = 200_000


@dataclass(frozen=True)
class PairVerdict:
    kind: FindingKind
    rules: tuple[Rule, ...]
    """Worst first, then most specific, then best supported."""


NO_RULE = PairVerdict("pair", ())


def _or(values: Iterable[int]) -> int:
    combined = 0
    for value in values:
        combined |= value
    return combined


class PairRules:
    """The pack's pair rules, looked up quickly. Built once per pack; cheap per check.

    Tag rules are few and kept in memory; explicit pair rules can number in the hundreds of
    thousands, so they are looked up in the compiled pack by their pair key.
    """

    def __init__(self, pack: CompiledPack) -> None:
        self._pack = pack
        self._db = pack.db
        self._same_ingredient: Rule | None = None
        self._by_side: dict[str, list[tuple[Rule, str]]] = defaultdict(list)
        self._tag_rules: list[Rule] = []
        self._conjunctions: set[str] = set()
        """Sides such as `tag:antipsychotic&sedating`, added to the sides of entries that match."""
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
            self._conjunctions.update(s for s in rule.between if "&" in s)
        self.relations = RuleRelations(pack.tag_facts(), self.sides)
        self._order: dict[str, tuple[int, int, int, str]] = {}
        self._sides: dict[str, frozenset[str]] = {}
        self._pair_cache: dict[str, Rule | None] = {}
        self._verdicts: dict[tuple[str, str], PairVerdict] = {}
        self._prefetched: set[str] = set()
        self._reach: dict[str, dict[str, list[Rule]]] = {}
        self._bits = {side: 1 << n for n, side in enumerate(sorted(self._by_side))}
        """One bit per side some tag rule names, so most pairs are ruled out by one AND."""
        self._partners = {
            side: _or(self._bits[other] for _, other in rules)
            for side, rules in self._by_side.items()
        }
        self._masks: dict[str, tuple[int, int]] = {}
        """Per entry: the bits of its sides, and the bits of every side a rule pairs them with."""
        self._explicit: dict[str, set[str]] = {}
        """Entries with an explicit pair rule, and their partners (filled as entries are read)."""
        self._models: dict[str, Rule] = {}
        self._ingredients: dict[str, list[str]] = {}

    def clear_caches(self) -> None:
        """Forget what checks memoised (benchmarks use this to time a list never seen before).

        Pack data read once per process (rule models, ingredient lists) is kept, as the pack's
        own mappings keep what they read."""
        self._sides.clear()
        self._pair_cache.clear()
        self._verdicts.clear()
        self._prefetched.clear()
        self._reach.clear()
        self._masks.clear()
        self._explicit.clear()

    def add_conjunctions(self, sides: Iterable[str]) -> None:
        """Make entries match these `tag:a&b` sides too (list rules and effects use them)."""
        new = {s for s in sides if "&" in s} - self._conjunctions
        if new:
            self._conjunctions |= new
            self._sides.clear()
            self._reach.clear()
            self._masks.clear()

    def sides(self, entry_id: str) -> frozenset[str]:
        """Everything a rule side can name for this entry: its id and `tag:` for each tag."""
        cached = self._sides.get(entry_id)
        if cached is None:
            cached = self._sides[entry_id] = self._sides_of(
                entry_id, self._pack.entry_tags(entry_id)
            )
        return cached

    def _sides_of(self, entry_id: str, tags: Iterable[str]) -> frozenset[str]:
        plain = {f"tag:{tag}" for tag in tags}
        for side in self._conjunctions:
            wanted = side_tags(side) or frozenset()
            if all(f"tag:{tag}" in plain for tag in wanted):
                plain.add(side)
        plain.add(entry_id)
        return frozenset(plain)

    def ingredients(self, entry_id: str) -> list[str]:
        """A combination product's ingredients, or the entry itself (pack data, read once)."""
        found = self._ingredients.get(entry_id)
        if found is None:
            found = self._ingredients[entry_id] = self._pack.entry_ingredients(entry_id) or [
                entry_id
            ]
        return found

    def order(self, rule: Rule) -> tuple[int, int, int, str]:
        """Sort key: worst first, then most specific, then best supported, then id."""
        key = self._order.get(rule.id)
        if key is None:
            key = self._order[rule.id] = (
                -rule.severity.rank,
                self.relations.specificity(rule),
                -rule.reliability.rank,
                rule.id,
            )
        return key

    def _pair_rule(self, a: str, b: str) -> Rule | None:
        key = pair_key(a, b)
        if a in self._prefetched and b in self._prefetched:
            return self._pair_cache.get(key)  # prefetch read every rule between these entries
        if key in self._pair_cache:
            return self._pair_cache[key]
        row = self._db.execute("SELECT json FROM rules WHERE pair_key = ?", (key,)).fetchone()
        self._pair_cache[key] = Rule.model_validate_json(row[0]) if row else None
        return self._pair_cache[key]

    def rules_for_pair(self, a: str, b: str) -> PairVerdict:
        """The rules that decide this pair, by the precedence in the module docstring."""
        explicit = self._pair_rule(a, b)
        if explicit is not None:
            return PairVerdict("duplicate" if a == b else "pair", (explicit,))
        if a == b:
            same = self._same_ingredient
            return PairVerdict("duplicate", (same,) if same else ())
        if not self._mask(a)[1] & self._mask(b)[0]:
            return NO_RULE  # no tag rule joins any side of a with any side of b
        reachable = self._reachable(a)
        matched: dict[str, Rule] = {}
        for side in self.sides(b):
            rules = reachable.get(side)
            if rules:
                for rule in rules:
                    matched[rule.id] = rule
        if len(matched) < 2:
            return PairVerdict("pair", tuple(matched.values()))
        return PairVerdict("pair", tuple(sorted(matched.values(), key=self.order)))

    def _mask(self, entry_id: str) -> tuple[int, int]:
        found = self._masks.get(entry_id)
        if found is None:
            bits, partners = self._bits, self._partners
            relevant = [side for side in self.sides(entry_id) if side in bits]
            found = self._masks[entry_id] = (
                _or(bits[side] for side in relevant),
                _or(partners[side] for side in relevant),
            )
        return found

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

    def verdict(self, a: str, b: str) -> PairVerdict:
        """`rules_for_pair`, remembered: a list is re-checked after every edit."""
        key = (a, b) if a <= b else (b, a)
        cached = self._verdicts.get(key)
        if cached is None:
            if len(self._verdicts) > VERDICT_CACHE_SIZE:
                self._verdicts.clear()
            cached = self._verdicts[key] = self.rules_for_pair(*key)
        return cached

    def prefetch(self, entry_ids: Iterable[str]) -> None:
        """Read tags and explicit pair rules for new entries in two queries, not one per pair."""
        new = sorted(set(entry_ids) - self._prefetched)
        if not new:
            return
        marks = ",".join("?" * len(new))
        rows = self._db.execute(f"SELECT id, tags FROM entries WHERE id IN ({marks})", new)
        for entry_id, tags in rows:
            self._sides[entry_id] = self._sides_of(entry_id, tags.split())
        rows = self._db.execute(
            f"SELECT pair_key, id, json FROM rules WHERE pair_key IS NOT NULL "
            f"AND (side_a IN ({marks}) OR side_b IN ({marks}))",
            new + new,
        )
        known = self._prefetched | set(new)
        for key, rule_id, payload in rows:
            rule = self._model(rule_id, payload)
            if all(side in known for side in rule.between):
                self._pair_cache[key] = rule
                first, second = rule.between
                self._explicit.setdefault(first, set()).add(second)
                self._explicit.setdefault(second, set()).add(first)
        self._prefetched.update(new)

    def _model(self, rule_id: str, payload: str) -> Rule:
        """A pair rule's model, read from its JSON once per process (it is pack data)."""
        model = self._models.get(rule_id)
        if model is None:
            model = self._models[rule_id] = Rule.model_validate_json(payload)
        return model

    def screen(self, entry_id: str) -> tuple[int, int, frozenset[str]]:
        """For a prefetched entry: its side bits, its partner bits and its explicit partners.

        Two entries can only have a rule if one's partner bits meet the other's side bits, or
        they have an explicit pair rule: most pairs on a list are ruled out by one AND.
        """
        bits, partners = self._mask(entry_id)
        return bits, partners, frozenset(self._explicit.get(entry_id, ()))

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
        return sorted(result.values(), key=lambda pair: (self.order(pair[0]), pair[1]))


class PairEvaluator:
    """Adds a finding for every pair (or repeated ingredient) that a rule speaks about."""

    def __init__(self, rules: PairRules, sort_name: Callable[[str], tuple[str, str]]) -> None:
        self._rules = rules
        self._sort_name = sort_name

    def evaluate(self, context: CheckContext, findings: Sequence[Finding]) -> list[Finding]:
        sort_name = self._sort_name
        rules = self._rules
        rules.prefetch(u.entry_id for u in context.units)
        # In display order once, so every pair below is already (first, second) by name.
        units = sorted(context.units, key=lambda u: (sort_name(u.entry_id), u.item))
        screens = [rules.screen(u.entry_id) for u in units]
        verdict_of = rules.verdict
        found: dict[tuple[str, str], tuple[PairVerdict, set[int]]] = {}
        no_known: list[tuple[str, str]] = []
        seen_none: set[tuple[str, str]] = set()
        for i, first in enumerate(units):
            a, item, line = first.entry_id, first.item, first.line
            _, reach, explicit = screens[i]
            for j in range(i + 1, len(units)):
                second = units[j]
                if second.item == item:
                    continue  # ingredients of one product are formulated together
                b = second.entry_id
                key = (a, b)
                entry = found.get(key)
                if entry is not None:
                    entry[1].update((line, second.line))
                    continue
                if key in seen_none:
                    continue
                if a != b and not reach & screens[j][0] and b not in explicit:
                    verdict = NO_RULE  # no rule can join these two: no need to look
                else:
                    verdict = verdict_of(a, b)
                if verdict.rules:
                    found[key] = (verdict, {line, second.line})
                else:
                    seen_none.add(key)
                    no_known.append(key)
        out = list(findings)
        for (a, b), (verdict, lines) in found.items():
            worst = verdict.rules[0].severity
            deciding = [r for r in verdict.rules if r.severity == worst]
            out.append(
                Finding(
                    kind=verdict.kind,
                    entries=(a,) if a == b else (a, b),
                    severity=worst,
                    reliability=strongest(deciding),
                    rules=verdict.rules,
                    lines=tuple(sorted(lines)),
                )
            )
        context.no_known.extend(no_known)
        context.checked_pairs += len(found) + len(no_known)
        return out
