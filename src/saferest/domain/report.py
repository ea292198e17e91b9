"""Turning engine results into the stable JSON shape and into plain text for people.

The JSON keys documented in README.md are a contract: add keys, never rename or remove them.
"""

from __future__ import annotations

from typing import Any

from saferest.domain.emergency_number import EmergencyContact
from saferest.domain.engine import CheckResult, Engine
from saferest.domain.interactions import Finding
from saferest.domain.medication_list import ItemStatus
from saferest.domain.medlist import ResolvedItem
from saferest.domain.models import (
    DEFAULT_LANGUAGE,
    ClaimVerdict,
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
        "not_taken": "not taken",
        "as_needed": "as needed",
        "stopped": "stopped",
        "stopped_on": "stopped on",
        "stopped_note": "Stopped items are shown but not checked against the others.",
        "your_reading": "your reading",
        "set_aside": "set aside by you",
        "no_known_note": NO_KNOWN_NOTE,
        "disclaimer": "This is not medical advice. In an emergency call your local emergency "
        "number.",
        "in_english": "(shown in English: no translation yet)",
        "classes": "Classes",
        "dangerous": "DANGEROUS",
        "unsafe": "UNSAFE",
        "caution": "CAUTION",
        "low_risk": "LOW RISK",
        "proven": "proven",
        "inferred": "inferred",
        "hypothetical": "hypothetical",
        "data_line": "Data version %1, reviewed %2, signing key: %3.",
        "shipped": "none (shipped with the app)",
        "unsigned": "none (not signed)",
        "not_supported": "NOT SUPPORTED",
        "partly_supported": "PARTLY SUPPORTED",
        "supported": "SUPPORTED",
        "unknown_verdict": "UNKNOWN",
        "claims": "Claims and evidence",
        "evidence": "evidence",
        "ev_none": "none",
        "ev_preclinical": "lab or animal studies only",
        "ev_observational": "observational studies",
        "ev_clinical_trial": "clinical trials",
        "ev_guideline": "clinical guideline",
        "disclaimer_number": "This is not medical advice. In an emergency call %1.",
        "emergency_number": "Emergency number",
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
        "not_taken": "no lo tomas",
        "as_needed": "cuando lo necesitas",
        "stopped": "lo dejaste",
        "stopped_on": "lo dejaste el",
        "stopped_note": "Lo que se dejó de tomar se muestra, pero no se comprueba con lo demás.",
        "your_reading": "lectura elegida por ti",
        "set_aside": "apartado por ti",
        "no_known_note": "«Sin interacción conocida» significa que nuestros datos no tienen una "
        "regla para esta pareja. No es una promesa de que la combinación sea segura.",
        "disclaimer": "Esto no es consejo médico. En una emergencia llama a tu número local de "
        "emergencias.",
        "in_english": "(en inglés: aún sin traducción)",
        "classes": "Tipo",
        "dangerous": "PELIGROSO",
        "unsafe": "INSEGURO",
        "caution": "PRECAUCIÓN",
        "low_risk": "RIESGO BAJO",
        "proven": "demostrada",
        "inferred": "deducida",
        "hypothetical": "hipotética",
        "data_line": "Datos: versión %1, revisados el %2, clave de firma: %3.",
        "shipped": "ninguna (datos incluidos con la aplicación)",
        "unsigned": "ninguna (sin firmar)",
        "not_supported": "NO RESPALDADA",
        "partly_supported": "RESPALDADA EN PARTE",
        "supported": "RESPALDADA",
        "unknown_verdict": "SE DESCONOCE",
        "claims": "Afirmaciones y pruebas",
        "evidence": "pruebas",
        "ev_none": "ninguna",
        "ev_preclinical": "solo estudios de laboratorio o en animales",
        "ev_observational": "estudios observacionales",
        "ev_clinical_trial": "ensayos clínicos",
        "ev_guideline": "guía clínica",
        "disclaimer_number": "Esto no es consejo médico. En una emergencia llama al %1.",
        "emergency_number": "Número de emergencias",
    },
}


def message(key: str, lang: str) -> str:
    """A fixed label of the text output in `lang` (English when the language is not covered)."""
    table = _MESSAGES.get(lang.split("-")[0], _MESSAGES[DEFAULT_LANGUAGE])
    return table.get(key, _MESSAGES[DEFAULT_LANGUAGE][key])


def verdict_word(verdict: ClaimVerdict, lang: str = DEFAULT_LANGUAGE) -> str:
    """A claim's verdict as the text output writes it, first on the claim's line."""
    key = "unknown_verdict" if verdict is ClaimVerdict.UNKNOWN else verdict.value
    return message(key, lang)


def _in(text: dict[str, str], lang: str) -> tuple[str, bool]:
    """Text in `lang`, and whether it had to fall back to English."""
    chosen, used = pick_text(text, lang)
    return chosen, used != lang.split("-")[0] and lang.split("-")[0] != DEFAULT_LANGUAGE


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


def disclaimer_text(contact: EmergencyContact | None, lang: str = DEFAULT_LANGUAGE) -> str:
    """The closing line, naming the one emergency number when there is one."""
    if contact is None:
        return message("disclaimer", lang)
    return message("disclaimer_number", lang).replace("%1", contact.number)


def check_to_json(
    engine: Engine,
    result: CheckResult,
    lang: str = DEFAULT_LANGUAGE,
    emergency: EmergencyContact | None = None,
) -> dict[str, Any]:
    resolved = [(line.origin, item) for line in result.lines for item in line.resolved]
    return {
        "data_version": engine.pack.data_version,
        "lang": lang,
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
                "suggestion_ids": [s.entry_id for s in item.suggestions],
            }
            for item in result.unresolved
        ],
        "interactions": [_finding_json(engine, f, lang) for f in result.findings],
        "no_known_interaction": [{"a": a, "b": b} for a, b in result.no_known],
        "checked_pairs": result.checked_pairs,
        "data_pack": pack_json(engine),
        "emergency_number": emergency_json(emergency),
    }


def pack_json(engine: Engine) -> dict[str, Any]:
    """Which data pack answered: version, review date, signing key id and where it came from."""
    from saferest.domain.active_pack import describe_pack

    manifest = engine.pack.manifest
    origin = describe_pack(engine.pack.root)
    return {
        "version": engine.pack.data_version,
        "reviewed": manifest.reviewed.isoformat() if manifest else None,
        "signing_key": origin.key_id,
        "source": origin.kind,
    }


def pack_text(engine: Engine, lang: str = DEFAULT_LANGUAGE) -> str:
    """One line naming the data pack in use, for text reports."""
    data = pack_json(engine)
    if data["signing_key"]:
        signing = data["signing_key"]
    else:
        signing = message("shipped" if data["source"] == "shipped" else "unsigned", lang)
    return (
        message("data_line", lang)
        .replace("%1", data["version"])
        .replace("%2", data["reviewed"] or "?")
        .replace("%3", signing)
    )


def _item_json(engine: Engine, item: ResolvedItem, lang: str) -> dict[str, Any]:
    return {
        "input": item.input,
        "matched": item.matched,
        "id": item.entry_id,
        "name": engine.display_name(item.entry_id, lang),
        "kind": _kind(engine, item.entry_id),
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


def check_to_text(
    engine: Engine,
    result: CheckResult,
    lang: str = DEFAULT_LANGUAGE,
    emergency: EmergencyContact | None = None,
) -> str:
    def m(key: str) -> str:
        return message(key, lang)

    out: list[str] = [m("read")]
    for line in result.lines:
        for item in line.resolved:
            name = engine.display_name(item.entry_id, lang)
            parts = [engine.display_name(p, lang) for p in engine.ingredients(item.entry_id)]
            extra = f" ({m('contains')} {', '.join(parts)})" if parts else ""
            notes = [_status_note(item, lang)] if item.status is not ItemStatus.TAKING else []
            if line.origin == "corrected":
                notes.append(m("your_reading"))
            marks = f" [{'; '.join(notes)}]" if notes else ""
            out.append(f"  {item.input!r} -> {name}{extra}{marks}")
        for item in line.not_taken:
            out.append(
                f"  {item.input!r}: {m('not_taken')}: {engine.display_name(item.entry_id, lang)}"
            )
    for unknown in result.unresolved:
        if unknown.reason == "set_aside":
            out.append(f"  {unknown.input!r}: {m('set_aside')}, {m('not_checked')}")
            continue
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
    if result.stopped:
        out.append(m("stopped_note"))
    if any(item.reason != "set_aside" for item in result.unresolved):
        out.append(m("unresolved_note"))
    out.append(m("no_known_note"))
    out.append(disclaimer_text(emergency, lang))
    out.append(pack_text(engine, lang))
    return "\n".join(out)


def _status_note(item: ResolvedItem, lang: str) -> str:
    if item.status is ItemStatus.AS_NEEDED:
        return message("as_needed", lang)
    if item.stopped_on is not None:
        return f"{message('stopped_on', lang)} {item.stopped_on.isoformat()}"
    return message("stopped", lang)


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
    for rule, other in engine.checker.rules_involving(entry_id):
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
    return engine.display_name(side, lang)


def entry_to_text(
    engine: Engine,
    entry: SearchableEntry,
    lang: str = DEFAULT_LANGUAGE,
    emergency: EmergencyContact | None = None,
) -> str:
    def t(text: dict[str, str]) -> str:
        return pick_text(text, lang)[0]

    out = [t(entry.name), "=" * len(t(entry.name))]
    if isinstance(entry, Substance):
        out += [t(entry.summary), ""]
        for section in entry.sections:
            out += [t(section.title), "-" * len(t(section.title)), t(section.body), ""]
        if entry.claims:
            title = message("claims", lang)
            out += [title, "-" * len(title)]
            for claim in entry.claims:
                out.append(f"* {t(claim.claim)}")
                out.append(
                    f"  [{verdict_word(claim.verdict, lang)}] "
                    f"({message('evidence', lang)}: {message('ev_' + claim.evidence.value, lang)})"
                )
                out.append(f"  {t(claim.explanation)}")
            out.append("")
        out.append(f"Reviewed: {entry.reviewed.isoformat()}")
    elif isinstance(entry, Medication):
        if entry.classes:
            classes = ", ".join(engine.class_name(c, lang) for c in entry.classes)
            out.append(f"{message('classes', lang)}: {classes}")
        if entry.brands:
            out.append("Brands: " + ", ".join(b.name for b in entry.brands))
        if entry.ingredients:
            out.append(
                "Contains: " + ", ".join(engine.display_name(i, lang) for i in entry.ingredients)
            )
    elif isinstance(entry, Practice):
        out += [
            f"What to do: {t(entry.what)}",
            f"Why: {t(entry.why)}",
            f"Evidence: {entry.evidence.value} ({entry.strength})",
        ]
    elif isinstance(entry, EmergencyTopic):
        if emergency is not None:
            out.append(f"{message('emergency_number', lang)}: {emergency.number}")
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
