"""Turning engine results into the stable JSON shape and into plain text for people.

The JSON keys documented in README.md are a contract: add keys, never rename or remove them.
"""

from __future__ import annotations

from typing import Any

from saferest.domain.engine import CheckResult, Engine
from saferest.domain.findings import Finding
from saferest.domain.models import (
    DEFAULT_LANGUAGE,
    EmergencyTopic,
    Medication,
    Practice,
    SearchableEntry,
    Substance,
    pick_text,
)
from saferest.domain.search import SearchHit

SEVERITY_WORDS = {
    "dangerous": "DANGEROUS",
    "unsafe": "UNSAFE",
    "caution": "CAUTION",
    "low_risk": "LOW RISK",
}

NO_KNOWN_NOTE = (
    "No known interaction means our data has no rule for this pair. It is not a promise that "
    "the combination is safe."
)

_MESSAGES: dict[str, dict[str, str]] = {
    "en": {
        "read": "What we read:",
        "contains": "contains",
        "ambiguous": "matches more than one entry",
        "unknown": "NOT RECOGNISED",
        "not_checked": "not checked",
        "did_you_mean": "did you mean",
        "from": "from",
        "found": "Interactions found",
        "reliability": "reliability",
        "why": "Why",
        "todo": "What to do",
        "sources": "Sources",
        "none_matched": "No interaction rules matched.",
        "no_known_for": "No known interaction for",
        "unresolved_note": "Items we did not recognise were NOT checked against anything.",
        "no_known_note": NO_KNOWN_NOTE,
        "disclaimer": "This is not medical advice. In an emergency call your local emergency "
        "number.",
        "in_english": "(shown in English: no translation yet)",
        "dangerous": "DANGEROUS",
        "unsafe": "UNSAFE",
        "caution": "CAUTION",
        "low_risk": "LOW RISK",
        "proven": "proven",
        "inferred": "inferred",
        "hypothetical": "hypothetical",
    },
    "es": {
        "read": "Lo que leímos:",
        "contains": "contiene",
        "ambiguous": "coincide con más de una entrada",
        "unknown": "NO RECONOCIDO",
        "not_checked": "no se comprobó",
        "did_you_mean": "¿quisiste decir",
        "from": "de",
        "found": "Interacciones encontradas",
        "reliability": "fiabilidad",
        "why": "Por qué",
        "todo": "Qué hacer",
        "sources": "Fuentes",
        "none_matched": "Ninguna regla de interacción coincidió.",
        "no_known_for": "Sin interacción conocida para",
        "unresolved_note": "Lo que no reconocimos NO se comprobó con nada.",
        "no_known_note": "«Sin interacción conocida» significa que nuestros datos no tienen una "
        "regla para esta pareja. No es una promesa de que la combinación sea segura.",
        "disclaimer": "Esto no es consejo médico. En una emergencia llama a tu número local de "
        "emergencias.",
        "in_english": "(en inglés: aún sin traducción)",
        "dangerous": "PELIGROSO",
        "unsafe": "INSEGURO",
        "caution": "PRECAUCIÓN",
        "low_risk": "RIESGO BAJO",
        "proven": "demostrada",
        "inferred": "deducida",
        "hypothetical": "hipotética",
    },
}


def message(key: str, lang: str) -> str:
    """A fixed label of the text output in `lang` (English when the language is not covered)."""
    table = _MESSAGES.get(lang.split("-")[0], _MESSAGES[DEFAULT_LANGUAGE])
    return table.get(key, _MESSAGES[DEFAULT_LANGUAGE][key])


def _in(text: dict[str, str], lang: str) -> tuple[str, bool]:
    """Text in `lang`, and whether it had to fall back to English."""
    chosen, used = pick_text(text, lang)
    return chosen, used != lang.split("-")[0] and lang.split("-")[0] != DEFAULT_LANGUAGE


def check_to_json(
    engine: Engine, result: CheckResult, lang: str = DEFAULT_LANGUAGE
) -> dict[str, Any]:
    resolved = result.resolved
    return {
        "data_version": engine.pack.data_version,
        "lang": lang,
        "resolved": [
            {
                "input": item.input,
                "matched": item.matched,
                "id": item.entry_id,
                "name": engine.display_name(item.entry_id, lang),
                "kind": _kind(engine, item.entry_id),
                "ingredients": engine.ingredients(item.entry_id),
            }
            for item in resolved
        ],
        "unresolved": [
            {
                "input": item.input,
                "text": item.text,
                "reason": item.reason,
                "suggestions": [s.name for s in item.suggestions],
                "suggestion_ids": [s.entry_id for s in item.suggestions],
            }
            for item in result.unresolved
        ],
        "interactions": [_finding_json(engine, f, lang) for f in result.findings],
        "no_known_interaction": [{"a": a, "b": b} for a, b in result.no_known],
        "checked_pairs": result.checked_pairs,
    }


def _finding_json(engine: Engine, finding: Finding, lang: str) -> dict[str, Any]:
    deciding = finding.deciding
    summaries = [_in(rule.summary, lang) for rule in deciding]
    advice = [_in(rule.advice, lang) for rule in deciding]
    return {
        "a": finding.a,
        "b": finding.b,
        "a_name": engine.display_name(finding.a, lang),
        "b_name": engine.display_name(finding.b, lang),
        "kind": finding.kind,
        "severity": finding.severity.value,
        "reliability": finding.reliability.value,
        "rules": [rule.id for rule in finding.rules],
        "mechanisms": [pick_text(rule.mechanism, lang)[0] for rule in finding.rules],
        "summary": " ".join(text for text, _ in summaries),
        "advice": " ".join(text for text, _ in advice),
        "shown_in_english": any(fallback for _, fallback in summaries + advice),
        "sources": [_source_json(engine, s) for s in finding.sources],
    }


def _source_json(engine: Engine, source_id: str) -> dict[str, Any]:
    source = engine.pack.sources.get(source_id)
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


def check_to_text(engine: Engine, result: CheckResult, lang: str = DEFAULT_LANGUAGE) -> str:
    def m(key: str) -> str:
        return message(key, lang)

    out: list[str] = [m("read")]
    for item in result.resolved:
        name = engine.display_name(item.entry_id, lang)
        parts = [engine.display_name(p, lang) for p in engine.ingredients(item.entry_id)]
        extra = f" ({m('contains')} {', '.join(parts)})" if parts else ""
        out.append(f"  {item.input!r} -> {name}{extra}")
    for unknown in result.unresolved:
        why = m("ambiguous") if unknown.reason == "ambiguous" else m("unknown")
        names = ", ".join(s.name for s in unknown.suggestions)
        hint = f"; {m('did_you_mean')}: {names}?" if names else ""
        out.append(
            f"  {unknown.text!r} ({m('from')} {unknown.input!r}): {why}, {m('not_checked')}{hint}"
        )
    out.append("")
    if result.findings:
        out.append(f"{m('found')} ({len(result.findings)}):")
        for finding in result.findings:
            data = _finding_json(engine, finding, lang)
            out.append(
                f"  [{m(data['severity'])}] {data['a_name']} + {data['b_name']} "
                f"({m('reliability')}: {m(data['reliability'])})"
            )
            marker = f" {m('in_english')}" if data["shown_in_english"] else ""
            out.append(f"    {data['summary']}{marker}")
            for mechanism in data["mechanisms"]:
                out.append(f"    {m('why')}: {mechanism}")
            out.append(f"    {m('todo')}: {data['advice']}")
            titles = "; ".join(s.get("title", s["id"]) for s in data["sources"])
            out.append(f"    {m('sources')}: {titles}")
    else:
        out.append(m("none_matched"))
    if result.no_known:
        pairs = ", ".join(
            f"{engine.display_name(a, lang)} + {engine.display_name(b, lang)}"
            for a, b in result.no_known
        )
        out.append(f"{m('no_known_for')}: {pairs}.")
    if result.unresolved:
        out.append(m("unresolved_note"))
    out.append(m("no_known_note"))
    out.append(m("disclaimer"))
    return "\n".join(out)


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
        label = _side_label(engine, other, lang)
        summary.append(
            {
                "with": label,
                "rule": rule.id,
                "severity": rule.severity.value,
                "reliability": rule.reliability.value,
                "summary": pick_text(rule.summary, lang)[0],
            }
        )
    return summary


def _side_label(engine: Engine, side: str, lang: str) -> str:
    if side.startswith("tag:"):
        tag = engine.pack.tags.get(side.removeprefix("tag:"))
        return pick_text(tag.label, lang)[0] if tag else side
    return engine.display_name(side)


def entry_to_text(engine: Engine, entry: SearchableEntry, lang: str = DEFAULT_LANGUAGE) -> str:
    def t(text: dict[str, str]) -> str:
        return pick_text(text, lang)[0]

    out = [t(entry.name), "=" * len(t(entry.name))]
    if isinstance(entry, Substance):
        out += [t(entry.summary), ""]
        for section in entry.sections:
            out += [t(section.title), "-" * len(t(section.title)), t(section.body), ""]
        if entry.claims:
            out += ["Claims and evidence", "-------------------"]
            for claim in entry.claims:
                out.append(f"* {t(claim.claim)} [evidence: {claim.evidence.value}]")
                out.append(f"  {t(claim.explanation)}")
            out.append("")
        out.append(f"Reviewed: {entry.reviewed.isoformat()}")
    elif isinstance(entry, Medication):
        if entry.classes:
            out.append("Classes: " + ", ".join(entry.classes))
        if entry.brands:
            out.append("Brands: " + ", ".join(b.name for b in entry.brands))
        if entry.ingredients:
            out.append("Contains: " + ", ".join(engine.display_name(i) for i in entry.ingredients))
    elif isinstance(entry, Practice):
        out += [
            f"What to do: {t(entry.what)}",
            f"Why: {t(entry.why)}",
            f"Evidence: {entry.evidence.value} ({entry.strength})",
        ]
    elif isinstance(entry, EmergencyTopic):
        if entry.signs:
            out.append("Signs:")
            out += [f"  - {t(s)}" for s in entry.signs]
        out.append("What to do:")
        out += [f"  {i}. {t(s)}" for i, s in enumerate(entry.steps, 1)]
    summary = interaction_summary(engine, entry.id, lang)
    if summary:
        out += ["", "Interactions (from the rules):"]
        out += [
            f"  [{SEVERITY_WORDS[s['severity']]}] with {s['with']}: {s['summary']}" for s in summary
        ]
    return "\n".join(out)
