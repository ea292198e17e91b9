"""The stable JSON shapes of checks, searches and entries (README.md documents them).

The JSON keys are a contract: add keys, never rename or remove them. Findings are told through
the same presentation as the window and the PDF (saferest.domain.presentation); plain text for
people is rendered in saferest/text_report.py, with the window's words.
"""

from __future__ import annotations

from typing import Any

from saferest.domain.conditions import condition_of
from saferest.domain.emergency_number import EmergencyContact
from saferest.domain.engine import CheckResult, Engine
from saferest.domain.findings import EntryTime, Finding
from saferest.domain.medication_list import ItemStatus
from saferest.domain.medlist import ResolvedItem
from saferest.domain.models import DEFAULT_LANGUAGE, Medication, SearchableEntry, pick_text
from saferest.domain.presentation import FindingView, joined
from saferest.domain.search import SearchHit

_INTERACTION_KIND = {"pair": "interaction", "duplicate": "duplicate"}
"""The `kind` values of the older `interactions` list, which keeps its words."""


def emergency_json(contact: EmergencyContact | None) -> dict[str, Any] | None:
    """The one emergency number the output names, and where it came from."""
    if contact is None:
        return None
    return {
        "number": contact.number,
        "name": contact.name,
        "country": contact.country,
        "chosen_by": contact.origin,
    }


def pack_json(engine: Engine) -> dict[str, Any]:
    """Which data pack answered: version, review date, signing key id and where it came from."""
    from saferest.domain.active_pack import describe_pack

    origin = describe_pack(engine.data_root)
    return {
        "version": engine.data_version,
        "reviewed": engine.reviewed.isoformat() if engine.reviewed else None,
        "signing_key": origin.key_id,
        "source": origin.kind,
    }


def check_to_json(
    engine: Engine,
    result: CheckResult,
    lang: str = DEFAULT_LANGUAGE,
    emergency: EmergencyContact | None = None,
) -> dict[str, Any]:
    views = [engine.present(f, lang) for f in result.findings]
    resolved = [(line.origin, item) for line in result.lines for item in line.resolved]
    return {
        "data_version": engine.data_version,
        "lang": lang,
        "on": result.on.isoformat(),
        "resolved": [
            {
                **_item_json(engine, item, lang),
                "ingredients": engine.ingredients(item.entry_id),
                "status": item.status.value,
                "stopped_on": item.stopped_on.isoformat() if item.stopped_on else None,
                "reading": origin,
            }
            for origin, item in resolved
        ],
        "not_taken": [_item_json(engine, item, lang) for item in result.not_taken],
        "unresolved": [
            {
                "input": item.input,
                "text": item.text,
                "reason": item.reason,
                "suggestions": [s.name for s in item.suggestions],
                "suggestion_ids": [_public_id(s.entry_id) for s in item.suggestions],
                "suggestion_kinds": [
                    "condition" if condition_of(s.entry_id) else "entry" for s in item.suggestions
                ],
            }
            for item in result.unresolved
        ],
        "conditions": [
            {
                "id": condition_id,
                "name": engine.display_name(f"condition:{condition_id}", lang),
                "inputs": [
                    item.input
                    for item in result.resolved
                    if condition_of(item.entry_id) == condition_id
                ],
                "chosen": condition_id in result.chosen_conditions,
            }
            for condition_id in result.conditions
        ],
        "findings": [_finding_json(engine, view, lang) for view in views],
        "interactions": [
            _interaction_json(engine, view, lang)
            for view in views
            if view.kind in _INTERACTION_KIND
        ],
        "no_known_interaction": [{"a": a, "b": b} for a, b in result.no_known],
        "stopped_not_checked": [
            {
                "input": result.lines[aside.line].input,
                **_time_json(aside.time),
                "name": engine.display_name(aside.time.entry_id, lang),
            }
            for aside in result.set_aside
        ],
        "checked_pairs": result.checked_pairs,
        "data_pack": pack_json(engine),
        "emergency_number": emergency_json(emergency),
    }


def _item_json(engine: Engine, item: ResolvedItem, lang: str) -> dict[str, Any]:
    condition = condition_of(item.entry_id)
    return {
        "input": item.input,
        "matched": item.matched,
        "id": condition if condition is not None else item.entry_id,
        "name": engine.display_name(item.entry_id, lang),
        "kind": "condition" if condition is not None else _kind(engine, item.entry_id),
    }


def _public_id(item_id: str) -> str:
    """An entry's id, or a condition's own id (`sleep_apnoea`, not `condition:sleep_apnoea`)."""
    condition = condition_of(item_id)
    return condition if condition is not None else item_id


def _time_json(time: EntryTime) -> dict[str, Any]:
    return {
        "entry": time.entry_id,
        "status": time.status.value,
        "stopped_on": time.stopped_on.isoformat() if time.stopped_on else None,
        "days_since": time.days_since,
        "effect_lasts_days": time.effect_lasts_days,
    }


def _entry_times(finding: Finding) -> list[dict[str, Any]]:
    """Every entry of the finding, taking ones included, so a reader never has to guess."""
    out = []
    for entry_id in finding.entries:
        time = finding.time_of(entry_id) or EntryTime(entry_id, ItemStatus.TAKING)
        out.append(_time_json(time))
    return out


def _finding_json(engine: Engine, view: FindingView, lang: str) -> dict[str, Any]:
    finding = view.finding
    return {
        "entries": list(finding.entries),
        "names": list(view.names),
        "conditions": list(finding.conditions),
        "condition_names": list(view.condition_names),
        "kind": finding.kind,
        "severity": finding.severity.value,
        "reliability": finding.reliability.value,
        "headline": view.headline.text,
        "why": joined(view.why),
        "advice": joined(view.advice),
        "notes": [{"population": n.population.value, "text": n.text.text} for n in view.notes],
        "time": _entry_times(finding),
        "rules": [rule.id for rule in finding.rules],
        "speaking_rules": list(view.speaking),
        "lines": list(finding.lines),
        "shown_in_english": view.shown_in_english,
        "sources": [_source_json(engine, s) for s in view.sources],
    }


def _interaction_json(engine: Engine, view: FindingView, lang: str) -> dict[str, Any]:
    finding = view.finding
    speaking = [r for r in finding.rules if r.id in view.speaking]
    return {
        "a": finding.a,
        "b": finding.b,
        "a_name": engine.display_name(finding.a, lang),
        "b_name": engine.display_name(finding.b, lang),
        "kind": _INTERACTION_KIND[finding.kind],
        "severity": finding.severity.value,
        "reliability": finding.reliability.value,
        "rules": [rule.id for rule in finding.rules],
        "mechanisms": [pick_text(rule.mechanism, lang)[0] for rule in speaking],
        "summary": view.headline.text,
        "advice": joined(view.advice),
        "shown_in_english": view.shown_in_english,
        "sources": [_source_json(engine, s) for s in view.sources],
    }


def _source_json(engine: Engine, source_id: str) -> dict[str, Any]:
    source = engine.source(source_id)
    if source is None:
        return {"id": source_id}
    return {
        "id": source.id,
        "title": source.title,
        "publisher": source.publisher,
        "year": source.year,
        "url": source.url,
        "accessed": source.accessed.isoformat(),
    }


def _kind(engine: Engine, entry_id: str) -> str:
    entry = engine.entry(entry_id)
    if isinstance(entry, Medication) and entry.form != "generic":
        return entry.form
    return entry.kind if entry else "unknown"


def search_to_json(hits: list[SearchHit]) -> list[dict[str, Any]]:
    return [{"id": h.entry_id, "name": h.name, "kind": h.kind, "score": h.score} for h in hits]


def entry_to_json(
    engine: Engine, entry: SearchableEntry, lang: str = DEFAULT_LANGUAGE
) -> dict[str, Any]:
    data: dict[str, Any] = entry.model_dump(mode="json")
    data["interaction_summary"] = interaction_summary(engine, entry.id, lang)
    return data


def interaction_summary(
    engine: Engine, entry_id: str, lang: str = DEFAULT_LANGUAGE
) -> list[dict[str, Any]]:
    """Generated from the rules, so a card never carries a hand-typed interaction list."""
    summary = []
    for rule, other in engine.rules_involving(entry_id):
        summary.append(
            {
                "with": side_label(engine, other, lang),
                "rule": rule.id,
                "severity": rule.severity.value,
                "reliability": rule.reliability.value,
                "summary": pick_text(rule.summary, lang)[0],
            }
        )
    return summary


def side_label(engine: Engine, side: str, lang: str) -> str:
    """A rule side in words: an entry's name, or the label of its tag (or tags, joined)."""
    if side.startswith("tag:"):
        labels = []
        for tag_id in side.removeprefix("tag:").split("&"):
            tag = engine.tag(tag_id)
            labels.append(pick_text(tag.label, lang)[0] if tag else tag_id)
        return " + ".join(labels)
    return engine.display_name(side, lang)
