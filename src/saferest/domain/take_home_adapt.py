"""Filling the take-home input from the engine: a checked list, a card, the number in force.

`take_home_finding` is the one place that reads today's `Finding`; when the checker's one-voice
presentation (issue #12) lands, it is the function to switch. `emergency_number_in_force` stands
in the same way for the one-number picker of issue #14.
"""

from __future__ import annotations

from collections.abc import Mapping

from saferest.domain.engine import CheckResult, Engine
from saferest.domain.interactions import Finding
from saferest.domain.models import (
    DEFAULT_LANGUAGE,
    EmergencyNumber,
    EmergencyTopic,
    Medication,
    Practice,
    SearchableEntry,
    Substance,
    pick_text,
)
from saferest.domain.report import message
from saferest.domain.take_home import (
    DataStamp,
    ReadLine,
    TakeHomeCard,
    TakeHomeFinding,
    TakeHomeList,
    clean,
    first_sentence,
    label,
)


def take_home_finding(engine: Engine, finding: Finding, lang: str) -> TakeHomeFinding:
    """One of today's findings for the code: the deciding rule's summary as the headline, the
    first sentence of its advice as the first thing to do. (Switch to #12's presentation.)"""
    rule = finding.deciding[0] if finding.deciding else finding.rules[0]
    names = dict.fromkeys(engine.display_name(side, lang) for side in (finding.a, finding.b))
    return TakeHomeFinding(
        severity_word=message(finding.severity.value, lang),
        rank=finding.severity.rank,
        names=tuple(names),
        headline=pick_text(rule.summary, lang)[0],
        first_step=first_sentence(pick_text(rule.advice, lang)[0]),
    )


def data_stamp(engine: Engine) -> DataStamp:
    manifest = engine.pack.manifest
    return DataStamp(engine.pack.data_version, manifest.reviewed.isoformat() if manifest else None)


def emergency_number_in_force(
    numbers: Mapping[str, EmergencyNumber],
    lang: str = DEFAULT_LANGUAGE,
    clinic: str | None = None,
    country: str | None = None,
) -> str:
    """The number the app shows first today: the clinic's own (kiosk.toml), else the pack's for
    the country, else the pack's default, else words saying to call the local number."""
    if clinic and clean(clinic):
        return clean(clinic)
    for key in (country, "default"):
        if key and key in numbers:
            return pick_text(numbers[key].number, lang)[0]
    return label("local_number", lang)


def country_from_environment(environ: Mapping[str, str]) -> str | None:
    """The territory of the POSIX locale ('es_MX.UTF-8' -> 'MX'), as Qt reads it, for the CLI."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "")
        if value:
            territory = value.split(".")[0].split("@")[0].partition("_")[2]
            return territory.upper() if len(territory) == 2 and territory.isalpha() else None
    return None


def list_take_home(
    engine: Engine, result: CheckResult, lang: str, emergency: str | None = None
) -> TakeHomeList:
    """A checked list for the code: every line as typed and read, every finding, worst first."""
    lines = tuple(
        ReadLine(
            typed=line.input,
            read_as=tuple(engine.display_name(item.entry_id, lang) for item in line.resolved),
            not_recognised=tuple(item.text for item in line.unresolved),
        )
        for line in result.lines
    )
    findings = tuple(take_home_finding(engine, finding, lang) for finding in result.findings)
    if emergency is None:
        emergency = emergency_number_in_force(engine.pack.emergency_numbers, lang)
    return TakeHomeList(
        lines, findings, result.checked_pairs, emergency, data_stamp(engine), lang=lang
    )


def key_facts(engine: Engine, entry: SearchableEntry, lang: str) -> str:
    """A card's key facts line: a substance's summary, a medicine's note (or class and
    ingredients), a practice's what-to-do, an emergency topic's steps."""
    if isinstance(entry, Substance):
        return pick_text(entry.summary, lang)[0]
    if isinstance(entry, Practice):
        return pick_text(entry.what, lang)[0]
    if isinstance(entry, EmergencyTopic):
        steps = [pick_text(step, lang)[0] for step in entry.steps]
        return " ".join(f"{number}. {clean(step)}" for number, step in enumerate(steps, 1))
    assert isinstance(entry, Medication)
    parts: list[str] = []
    if entry.note:
        parts.append(pick_text(entry.note, lang)[0])
    if entry.ingredients:
        names = ", ".join(engine.display_name(part, lang) for part in entry.ingredients)
        parts.append(label("contains", lang, names))
    if entry.classes and not entry.note:
        classes = ", ".join(engine.class_name(name, lang) for name in entry.classes)
        parts.append(label("classes", lang, classes))
    return " ".join(parts)


def card_take_home(
    engine: Engine, entry: SearchableEntry, lang: str, emergency: str | None = None
) -> TakeHomeCard:
    """A reference card for the code: its name and key facts."""
    if emergency is None:
        emergency = emergency_number_in_force(engine.pack.emergency_numbers, lang)
    return TakeHomeCard(
        name=pick_text(entry.name, lang)[0],
        facts=key_facts(engine, entry, lang),
        emergency=emergency,
        data=data_stamp(engine),
        lang=lang,
    )
