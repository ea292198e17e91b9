"""Filling the take-home input from the engine: a checked list, a card, the one number.

A finding is told as the checker's one voice tells it (`Engine.present`: the headline, and the
first sentence of the merged what-to-do), with the severity word from the same catalogue as the
window and the CLI. The emergency number is the one `pick_emergency_number` chose for the rest
of the screen or output; callers pass it in.
"""

from __future__ import annotations

from saferest.domain.catalogue import catalogue
from saferest.domain.emergency_number import EmergencyContact, pick_emergency_number
from saferest.domain.engine import CheckResult, Engine
from saferest.domain.findings import Finding
from saferest.domain.models import (
    EmergencyTopic,
    Medication,
    Practice,
    SearchableEntry,
    Substance,
    pick_text,
)
from saferest.domain.presentation import joined
from saferest.domain.severity import SEVERITY_STYLES, Severity
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


def severity_word(severity: Severity, lang: str) -> str:
    """The severity's one word as the window and the CLI say it (the shared catalogue)."""
    return catalogue(lang).translate("Severity", SEVERITY_STYLES[severity].word_key)


def take_home_finding(engine: Engine, finding: Finding, lang: str) -> TakeHomeFinding:
    """One finding for the code: the presentation's headline and the first sentence of its
    merged what-to-do, the same words the window, the CLI and the PDF show."""
    view = engine.present(finding, lang)
    return TakeHomeFinding(
        severity_word=severity_word(finding.severity, lang),
        rank=finding.severity.rank,
        names=tuple(dict.fromkeys(view.names)),
        headline=view.headline.text,
        first_step=first_sentence(joined(view.advice)),
    )


def take_home_number(contact: EmergencyContact | None, lang: str) -> str:
    """The number the code gives: the one chosen for the screen or output, else words saying
    to call the local number. (Without a contact, callers get the pack's default.)"""
    return contact.number if contact is not None else label("local_number", lang)


def data_stamp(engine: Engine) -> DataStamp:
    reviewed = engine.reviewed
    return DataStamp(engine.data_version, reviewed.isoformat() if reviewed else None)


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
        emergency = take_home_number(pick_emergency_number(engine.emergency_numbers(), lang), lang)
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
        emergency = take_home_number(pick_emergency_number(engine.emergency_numbers(), lang), lang)
    return TakeHomeCard(
        name=pick_text(entry.name, lang)[0],
        facts=key_facts(engine, entry, lang),
        emergency=emergency,
        data=data_stamp(engine),
        lang=lang,
    )
