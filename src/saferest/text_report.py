"""Plain text for the terminal: a check and a card, told with the window's words.

Findings come from the shared presentation (saferest.domain.presentation) and every fixed word
from the shared wording (saferest/ui/wording.py) read through the catalogue of `lang`, so
`saferest show --lang es kratom` has Spanish labels around Spanish text.
"""

from __future__ import annotations

from saferest.domain.catalogue import catalogue
from saferest.domain.conditions import is_condition
from saferest.domain.emergency_number import EmergencyContact
from saferest.domain.engine import CheckResult, Engine
from saferest.domain.models import (
    DEFAULT_LANGUAGE,
    EmergencyTopic,
    Medication,
    Practice,
    SearchableEntry,
    Substance,
    pick_text,
)
from saferest.domain.presentation import FindingView
from saferest.domain.report import pack_json, side_label
from saferest.ui.wording import Words


def words_for(lang: str) -> Words:
    return Words(catalogue(lang).translate)


def finding_lines(engine: Engine, words: Words, view: FindingView, indent: str = "  ") -> list[str]:
    inner = indent + "  "
    out = [f"{indent}[{words.severity(view.severity)}] {words.title(view)}"]
    out.append(inner + words.marked([view.headline]))
    if view.why:
        out.append(f"{inner}{words.label('why')} {words.marked(view.why)}")
    if view.advice:
        out.append(f"{inner}{words.label('what_to_do')} {words.marked(view.advice)}")
    for note in view.notes:
        out.append(f"{inner}{words.population(note.population)} {words.marked([note.text])}")
    for time in view.time:
        line = words.time(time.name, time.time)
        if time.why is not None:
            line += f". {words.marked([time.why])}"
        out.append(inner + line)
    out.append(f"{inner}{words.label('reliability')} {words.reliability(view.reliability)}")
    titles = []
    for source_id in view.sources:
        source = engine.source(source_id)
        titles.append(source.title if source else source_id)
    out.append(f"{inner}{words.label('sources')} {'; '.join(titles)}")
    return out


def condition_lines(engine: Engine, words: Words, result: CheckResult, lang: str) -> list[str]:
    """The health conditions on the list and what they mean for it, in their own group."""
    if not result.conditions:
        return []
    names = [engine.display_name(f"condition:{c}", lang) for c in result.conditions]
    out = [f"{words.label('your_conditions')}: {', '.join(names)}"]
    findings = result.condition_findings
    if findings:
        out.append(f"{words.label('condition_findings')} ({len(findings)}):")
        for finding in findings:
            out += finding_lines(engine, words, engine.present(finding, lang))
    elif result.checked:
        out.append(f"  {words.label('no_condition_findings')}")
    return out


def pack_line(engine: Engine, words: Words) -> str:
    """Which data pack answered, and who signed it: the last line of a check."""
    data = pack_json(engine)
    signing = words.signing(data["signing_key"], data["source"] == "shipped")
    return words.data_line(data["version"], data["reviewed"] or "?", signing)


def check_to_text(
    engine: Engine,
    result: CheckResult,
    lang: str = DEFAULT_LANGUAGE,
    emergency: EmergencyContact | None = None,
) -> str:
    words = words_for(lang)
    label = words.label
    out = [f"{label('on_date')} {result.on.isoformat()}", f"{label('your_list')}:"]
    for line in result.lines:
        for item in line.resolved:
            name = engine.display_name(item.entry_id, lang)
            if is_condition(item.entry_id):
                name += f" {label('condition_tag')}"
            parts = [engine.display_name(p, lang) for p in engine.ingredients(item.entry_id)]
            if parts:
                name += f" ({label('contains')} {', '.join(parts)})"
            if item.status.value != "taking":
                stopped = f" {item.stopped_on.isoformat()}" if item.stopped_on else ""
                name += f" [{words.status(item.status)}{stopped}]"
            if line.origin == "corrected":
                name += f" {label('your_choice')}"
            out.append(f"  {item.input!r} -> {name}")
        for item in line.not_taken:
            said = label("condition_not") if is_condition(item.entry_id) else label("not_taken")
            out.append(
                f"  {item.input!r}: {said.replace('%1', engine.display_name(item.entry_id, lang))}"
            )
        for unknown in line.unresolved:
            if unknown.reason == "set_aside":
                out.append(f"  {unknown.input!r}: {label('set_aside_by_you')}")
                continue
            why = label("ambiguous") if unknown.reason == "ambiguous" else label("not_recognised")
            names = ", ".join(s.name for s in unknown.suggestions)
            hint = f"; {label('did_you_mean')} {names}" if names else ""
            out.append(f"  {unknown.input!r}: “{unknown.text}” {why}{hint}")
    for condition_id in result.chosen_conditions:
        name = engine.display_name(f"condition:{condition_id}", lang)
        out.append(f"  {name} {label('condition_tag')}")
    out.append("")
    medicines = result.findings_about_medicines
    if medicines:
        out.append(f"{label('findings')} ({len(medicines)}):")
        for finding in medicines:
            out += finding_lines(engine, words, engine.present(finding, lang))
    elif len({i.entry_id for i in result.checked}) < 2:
        if not (result.conditions and result.checked):  # one item: its conditions still speak
            out.append(label("too_few"))
    else:
        out.append(label("no_findings"))
    out += condition_lines(engine, words, result, lang)
    if result.no_known:
        pairs = ", ".join(
            words.pair(engine.display_name(a, lang), engine.display_name(b, lang))
            for a, b in result.no_known
        )
        out.append(f"{label('no_known')} {pairs}.")
    if result.set_aside:
        out.append(label("stopped_not_checked"))
        for aside in result.set_aside:
            name = engine.display_name(aside.time.entry_id, lang)
            out.append(f"  {words.set_aside(name, aside.time)}")
    if any(item.reason != "set_aside" for item in result.unresolved):
        out.append(label("unresolved_note"))
    out.append(label("no_known_note"))
    out.append(words.disclaimer(emergency))
    out.append(pack_line(engine, words))
    return "\n".join(out)


def entry_to_text(
    engine: Engine,
    entry: SearchableEntry,
    lang: str = DEFAULT_LANGUAGE,
    emergency: EmergencyContact | None = None,
) -> str:
    """A card as plain text: the same sections and labels as the window's card."""
    words = words_for(lang)
    label = words.label

    def t(text: dict[str, str]) -> str:
        shown, used = pick_text(text, lang)
        fell_back = used != lang.split("-")[0] and lang.split("-")[0] != DEFAULT_LANGUAGE
        return f"{shown} {label('in_english')}" if fell_back else shown

    name = pick_text(entry.name, lang)[0]
    out = [name, "=" * len(name)]
    if isinstance(entry, Substance | Medication):
        also = [*entry.aliases, *(b.name for b in entry.brands)]
        if isinstance(entry, Substance):
            also += entry.street_names
        if also:
            out.append(f"{label('also_called')} {', '.join(also)}")
    if isinstance(entry, Substance):
        out += [t(entry.summary), ""]
        for section in entry.sections:
            title = t(section.title)
            out += [title, "-" * len(title), t(section.body), ""]
        if entry.claims:
            title = label("claims_and_evidence")
            out += [title, "-" * len(title)]
            for claim in entry.claims:
                # The verdict first, then the kind of evidence, as on the window's card.
                out.append(f"* {label('claim')} {t(claim.claim)}")
                out.append(
                    f"  [{words.verdict(claim.verdict).upper()}] "
                    f"{label('evidence')} {words.evidence(claim.evidence)}"
                )
                out.append(f"  {t(claim.explanation)}")
            out.append("")
        out.append(f"{label('reviewed')} {entry.reviewed.isoformat()}")
    elif isinstance(entry, Medication):
        if entry.classes:
            classes = ", ".join(engine.class_name(c, lang) for c in entry.classes)
            out.append(f"{label('class')} {classes}")
        if entry.ingredients:
            parts = ", ".join(engine.display_name(i, lang) for i in entry.ingredients)
            out.append(f"{label('contains_card')} {parts}")
        if entry.note:
            out.append(t(entry.note))
        if entry.card:
            out.append(f"{label('full_card')} {engine.display_name(entry.card, lang)}")
    elif isinstance(entry, Practice):
        out += [
            label("what_to_do_title"),
            t(entry.what),
            label("why_it_helps"),
            t(entry.why),
            f"{label('evidence')} {words.evidence(entry.evidence)}; "
            f"{label('recommendation_strength')} {words.strength(entry.strength)}",
        ]
    elif isinstance(entry, EmergencyTopic):
        if emergency is not None:
            out.append(f"{label('emergency_number')}: {emergency.number}")
        if entry.signs:
            out.append(label("signs"))
            out += [f"  - {t(s)}" for s in entry.signs]
        out.append(label("what_to_do_title"))
        out += [f"  {i}. {t(s)}" for i, s in enumerate(entry.steps, 1)]
    rules = engine.rules_involving(entry.id)
    if rules:
        out += ["", label("interactions")]
        for rule, other in rules:
            out.append(
                f"  [{words.severity(rule.severity)}] {label('with')} "
                f"{side_label(engine, other, lang)}: {t(rule.summary)}"
            )
        out.append(label("from_the_rules"))
    return "\n".join(out)
