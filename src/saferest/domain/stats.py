"""The content report: what a pack holds, how much is translated, sourced and located.

`saferest data stats` prints it and CI shows it after validation, so a reviewer sees at a glance
how far translation and the source audit have come.
"""

from __future__ import annotations

import datetime as dt
import math
import statistics
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from saferest.domain.localized import localized_texts
from saferest.domain.models import DEFAULT_LANGUAGE, ClaimVerdict, Reliability, Severity
from saferest.domain.pack import DataPack, stored_items

NO_VERDICT = "none"
"""How a claim without a `verdict` is counted."""

_KIND_LABELS = {
    "source": "sources",
    "tag": "tags",
    "class": "classes",
    "substance": "substances",
    "medication": "medications",
    "rule": "rules",
    "list_rule": "list rules",
    "lasting_effect": "lasting-effect figures",
    "practice": "sleep practices",
    "emergency": "emergency topics",
    "emergency_number": "emergency numbers",
    "search_topic": "search topics",
    "condition": "health conditions",
}


@dataclass(frozen=True)
class OldestReview:
    date: dt.date
    kind: str
    id: str


@dataclass(frozen=True)
class PackStats:
    """The figures of one pack; `to_json` is the stable shape of `saferest data stats --json`."""

    data_version: str
    problems: int
    counts: dict[str, int]
    medications_by_form: dict[str, int]
    rules_by_severity: dict[str, int]
    rules_by_reliability: dict[str, int]
    claims_by_verdict: dict[str, int]
    sources_per_rule: dict[str, float]
    rules_without_locator: int
    source_references: int
    source_references_with_locator: int
    texts: int
    translation_coverage: dict[str, float]
    oldest_review: OldestReview | None

    def to_json(self) -> dict[str, Any]:
        oldest = self.oldest_review
        return {
            "data_version": self.data_version,
            "problems": self.problems,
            "counts": self.counts,
            "medications_by_form": self.medications_by_form,
            "rules_by_severity": self.rules_by_severity,
            "rules_by_reliability": self.rules_by_reliability,
            "claims_by_verdict": self.claims_by_verdict,
            "sources_per_rule": self.sources_per_rule,
            "rules_without_locator": self.rules_without_locator,
            "source_references": {
                "total": self.source_references,
                "with_locator": self.source_references_with_locator,
            },
            "texts": self.texts,
            "translation_coverage": self.translation_coverage,
            "oldest_review": (
                {"date": oldest.date.isoformat(), "kind": oldest.kind, "id": oldest.id}
                if oldest
                else None
            ),
        }

    def to_text(self) -> str:
        def listing(counts: dict[str, int]) -> str:
            return ", ".join(f"{key.replace('_', ' ')} {n}" for key, n in counts.items())

        c = self.counts
        forms = listing(self.medications_by_form)
        spread = self.sources_per_rule
        coverage = ", ".join(f"{lang} {p:.1f} %" for lang, p in self.translation_coverage.items())
        oldest = self.oldest_review
        trouble = f" ({self.problems} problem(s): see `saferest data validate`)"
        lines = [
            f"Data version {self.data_version}" + (trouble if self.problems else ""),
            f"Entries: {c['substance']} substances, {c['medication']} medications ({forms}), "
            f"{c['practice']} sleep practices, {c['emergency']} emergency topics",
            "Also: "
            + ", ".join(
                f"{c[kind]} {_KIND_LABELS[kind]}"
                for kind in (
                    "condition",
                    "rule",
                    "list_rule",
                    "lasting_effect",
                    "source",
                    "tag",
                    "class",
                    "search_topic",
                    "emergency_number",
                )
            ),
            f"Rules by severity: {listing(self.rules_by_severity)}",
            f"Rules by reliability: {listing(self.rules_by_reliability)}",
            f"Sources per rule: min {spread['min']:g}, median {spread['median']:g}, "
            f"max {spread['max']:g}",
            f"Rules without a locator for every source they cite: {self.rules_without_locator} "
            f"of {c['rule']}",
            f"Source references with a locator: {self.source_references_with_locator} "
            f"of {self.source_references}",
            f"Claims by verdict: {listing(self.claims_by_verdict)}",
            f"Translation coverage of {self.texts} texts: {coverage}",
            "Oldest review: "
            + (f"{oldest.date.isoformat()} ({oldest.kind} {oldest.id})" if oldest else "none"),
        ]
        return "\n".join(lines)


def _percent_floor(part: int, whole: int) -> float:
    """A percentage rounded down to one decimal, so 100.0 always means complete."""
    return math.floor(1000 * part / whole) / 10 if whole else 100.0


def _cited_parts(item: BaseModel) -> Iterator[BaseModel]:
    """The item and every model inside it that cites sources (a card's sections and claims)."""
    if isinstance(getattr(item, "locators", None), dict):
        yield item
    for name in type(item).model_fields:
        value = getattr(item, name)
        for inner in value if isinstance(value, list) else [value]:
            if isinstance(inner, BaseModel):
                yield from _cited_parts(inner)


def _unlocated(item: BaseModel) -> int:
    """How many of the sources an item cites have no locator saying where the fact is."""
    sources: list[str] = getattr(item, "sources", [])
    locators: dict[str, str] = getattr(item, "locators", {})
    return sum(1 for source in sources if source not in locators)


def pack_stats(pack: DataPack) -> PackStats:
    """Count everything the report shows, from a loaded (not necessarily valid) pack."""
    items = list(stored_items(pack))
    counts = {kind: 0 for kind in _KIND_LABELS}
    counts.update(Counter(kind for kind, _, _, _ in items))

    forms = Counter(m.form for m in pack.medications.values())
    rules = list(pack.rules.values())
    severities = Counter(rule.severity.value for rule in rules)
    reliabilities = Counter(rule.reliability.value for rule in rules)
    verdicts = Counter(
        claim.verdict.value if claim.verdict else NO_VERDICT
        for card in pack.substances.values()
        for claim in card.claims
    )
    per_rule = [len(rule.sources) for rule in rules] or [0]

    references = located = 0
    reviewed: list[OldestReview] = []
    for kind, _, label, item in items:
        for part in _cited_parts(item):
            missing = _unlocated(part)
            total = len(getattr(part, "sources", []))
            references += total
            located += total - missing
        date = getattr(item, "reviewed", None)
        if isinstance(date, dt.date):
            reviewed.append(OldestReview(date, kind, label))

    texts = [t for t in localized_texts(pack) if t.needs_translation]
    languages = Counter(lang for t in texts for lang in t.text)
    coverage = {DEFAULT_LANGUAGE: _percent_floor(len(texts), len(texts))}
    for lang in sorted(set(languages) - {DEFAULT_LANGUAGE}):
        coverage[lang] = _percent_floor(languages[lang], len(texts))

    return PackStats(
        data_version=pack.data_version,
        problems=len(pack.problems),
        counts=counts,
        medications_by_form={f: forms[f] for f in ("generic", "combination", "food")},
        rules_by_severity={s.value: severities[s.value] for s in Severity},
        rules_by_reliability={r.value: reliabilities[r.value] for r in Reliability},
        claims_by_verdict={
            **{v.value: verdicts[v.value] for v in ClaimVerdict},
            NO_VERDICT: verdicts[NO_VERDICT],
        },
        sources_per_rule={
            "min": min(per_rule),
            "median": statistics.median(per_rule),
            "max": max(per_rule),
        },
        rules_without_locator=sum(1 for rule in rules if _unlocated(rule)),
        source_references=references,
        source_references_with_locator=located,
        texts=len(texts),
        translation_coverage=coverage,
        oldest_review=min(reviewed, key=lambda r: (r.date, r.kind, r.id)) if reviewed else None,
    )
