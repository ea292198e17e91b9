"""The printed report of a check, as data: what a pharmacist reads in a minute, then the details.

Built once here, Qt-free, and drawn by one renderer (saferest/report_html.py) for the window's
preview, its PDF and print-out, and `saferest check --pdf`:
- page one: the list as typed and as read (the person's own readings and statuses marked), the
  findings worst first (severity, one-line headline, reliability), what was not checked, the
  one emergency number, and which data answered;
- then each finding in full, citing its sources by number, every source listed once;
- a short emergency box (the most urgent first-aid topic's signs and first steps).
Health conditions on the list (sleep apnoea, pregnancy...) have their own group of findings,
worst first, after the others; the person may keep them off the report (`include_conditions`),
and then no line that names one is shown as typed.
Fixed words come from the renderer's `Words`; everything here is data or data text.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from saferest.domain.conditions import condition_item, is_condition, names_conditions
from saferest.domain.emergency_number import EmergencyContact
from saferest.domain.engine import CheckResult, Engine
from saferest.domain.findings import EntryTime
from saferest.domain.medication_list import ItemStatus
from saferest.domain.medlist import UnresolvedReason
from saferest.domain.models import DEFAULT_LANGUAGE, Population, Source, pick_text
from saferest.domain.presentation import FindingView, Note, Text
from saferest.domain.report import pack_json
from saferest.domain.severity import SEVERITY_ORDER

EMERGENCY_STEPS = 3
"""How many of the most urgent topic's steps the report's emergency box gives (the first steps
are the ones that save a life: wake them, call, naloxone); the app has the rest."""


@dataclass(frozen=True)
class ReadItem:
    """One thing a line was read as."""

    name: str
    ingredients: tuple[str, ...]
    status: ItemStatus
    stopped_on: dt.date | None
    condition: bool = False
    """A health condition the line named ("I'm pregnant"), not something taken."""


@dataclass(frozen=True)
class NotRead:
    """Part of a line that was not read as anything, and why."""

    text: str
    reason: UnresolvedReason
    options: tuple[str, ...] = ()
    """The entries an ambiguous name may mean, or suggestions for an unknown one."""


@dataclass(frozen=True)
class ReportLine:
    """One line of the list: as typed, and as read."""

    typed: str
    read: tuple[ReadItem, ...]
    not_taken: tuple[str, ...]
    """Names the line says are not taken ('no alcohol')."""
    not_read: tuple[NotRead, ...]
    corrected: bool
    """The person chose this reading themselves ("not this?")."""
    ruled_out: tuple[str, ...] = ()
    """Health conditions the line says do not apply ('not pregnant')."""
    withheld: bool = False
    """The typed text is not shown (`typed` is empty): it named a health condition the person
    kept off the report."""


@dataclass(frozen=True)
class ReportFinding:
    """A finding as the report tells it: its number, the shared view, its cited sources."""

    number: int
    view: FindingView
    citations: tuple[int, ...]
    """Numbers of its sources in `CheckReport.sources`."""
    notes: tuple[Note, ...]
    """Its notes for groups of people that no other finding shares (shared ones are told
    once, in `CheckReport.shared_notes`)."""

    def told(self) -> tuple[object, ...] | None:
        """What its details say, to tell findings that say the same once; None if they say
        something of their own (a time: stopped or as-needed entries)."""
        view = self.view
        if view.time:
            return None
        told = (view.severity, view.reliability, view.headline, view.why, view.advice)
        return (*told, self.notes, self.citations)


@dataclass(frozen=True)
class SharedNote:
    """A note for a group of people that several findings carry, told once."""

    population: Population
    text: Text
    findings: tuple[int, ...]
    """The numbers of the findings that carry it."""


@dataclass(frozen=True)
class CitedSource:
    number: int
    source_id: str
    source: Source | None
    """None when the pack names a source it does not hold (shown by id, never dropped)."""


@dataclass(frozen=True)
class StoppedItem:
    """A stopped item whose effect has worn off: listed, not checked."""

    name: str
    time: EntryTime


@dataclass(frozen=True)
class EmergencyBox:
    """The most urgent first-aid topic, short: its signs and its first steps."""

    title: Text
    signs: tuple[Text, ...]
    steps: tuple[Text, ...]
    more_steps: int
    """Steps left out (the app's Emergency help has them all)."""


@dataclass(frozen=True)
class PackInfo:
    version: str
    reviewed: str | None
    signing_key: str | None
    shipped: bool


@dataclass(frozen=True)
class CheckReport:
    """Everything the printed report says, in reading order."""

    on: dt.date
    created: dt.datetime
    lines: tuple[ReportLine, ...]
    findings: tuple[ReportFinding, ...]
    """Worst first; numbered 1, 2, … in that order."""
    details: tuple[tuple[ReportFinding, ...], ...]
    """The findings in full, in the same order; findings whose details say the same (two
    sedating drugs, three times) are told once, together."""
    no_known: tuple[tuple[str, str], ...]
    """Pairs checked with no known interaction (names)."""
    not_read: tuple[tuple[str, NotRead], ...]
    """Lines or parts of lines not checked: (the line as typed, why)."""
    stopped: tuple[StoppedItem, ...]
    shared_notes: tuple[SharedNote, ...]
    sources: tuple[CitedSource, ...]
    """Every source cited by a finding, once, numbered in order of first citation."""
    checked: int
    """How many different entries took part in the check."""
    emergency: EmergencyContact | None
    emergency_box: EmergencyBox | None
    pack: PackInfo
    data_problems: bool
    conditions: tuple[str, ...] = ()
    """The health conditions on the list (names), in list order; empty when left out."""
    condition_findings: tuple[ReportFinding, ...] = ()
    """What each condition means for the list's items, worst first, numbered on after
    `findings` (their details and sources are told with the others)."""
    conditions_left_out: bool = False
    """The person kept their health conditions off this report (it says so, naming none)."""

    @property
    def too_few(self) -> bool:
        """Fewer than two recognised items: there was nothing to check against each other."""
        return self.checked < 2


def _line(engine: Engine, result: CheckResult, index: int, lang: str) -> ReportLine:
    line = result.lines[index]

    def name(entry_id: str) -> str:
        return engine.display_name(entry_id, lang)

    read = tuple(
        ReadItem(
            name(item.entry_id),
            tuple(name(p) for p in engine.ingredients(item.entry_id)),
            item.status,
            item.stopped_on,
            condition=is_condition(item.entry_id),
        )
        for item in line.resolved
    )
    not_read = tuple(
        NotRead(item.text, item.reason, tuple(s.name for s in item.suggestions))
        for item in line.unresolved
    )
    return ReportLine(
        typed=line.input,
        read=read,
        not_taken=tuple(
            name(item.entry_id) for item in line.not_taken if not is_condition(item.entry_id)
        ),
        not_read=not_read,
        corrected=line.origin == "corrected",
        ruled_out=tuple(
            name(item.entry_id) for item in line.not_taken if is_condition(item.entry_id)
        ),
        withheld=line.withheld,
    )


def _emergency_box(engine: Engine, lang: str) -> EmergencyBox | None:
    topics = engine.emergency_topics()
    if not topics:
        return None
    first = topics[0]

    def text(value: dict[str, str]) -> Text:
        shown, used = pick_text(value, lang)
        base = lang.split("-")[0]
        return Text(shown, used != base and base != DEFAULT_LANGUAGE)

    return EmergencyBox(
        title=text(first.name),
        signs=tuple(text(s) for s in first.signs),
        steps=tuple(text(s) for s in first.steps[:EMERGENCY_STEPS]),
        more_steps=max(0, len(first.steps) - EMERGENCY_STEPS),
    )


def _told_together(findings: list[ReportFinding]) -> tuple[tuple[ReportFinding, ...], ...]:
    groups: dict[object, list[ReportFinding]] = {}
    for finding in findings:
        told = finding.told()
        key: object = told if told is not None else ("own", finding.number)
        groups.setdefault(key, []).append(finding)
    return tuple(tuple(group) for group in groups.values())


def build_check_report(
    engine: Engine,
    result: CheckResult,
    lang: str,
    contact: EmergencyContact | None = None,
    created: dt.datetime | None = None,
    include_conditions: bool = True,
) -> CheckReport:
    """The report of `result` in `lang`, naming `contact` as the one emergency number.

    Without `include_conditions` the list is told as if no health condition were on it (lines
    that named one keep their medicines, with the typed words withheld) and the report says
    the person left them out.
    """
    left_out = not include_conditions and names_conditions(result.conditions, result.lines)
    if not include_conditions:
        result = engine.without_conditions(result)
    views = [engine.present(f, lang) for f in result.findings]
    by_severity = [v for severity in SEVERITY_ORDER for v in views if v.severity == severity]
    about_medicines = [v for v in by_severity if v.kind != "condition"]
    ordered = about_medicines + [v for v in by_severity if v.kind == "condition"]
    numbers: dict[str, int] = {}
    carriers: dict[Note, list[int]] = {}
    for position, view in enumerate(ordered, 1):
        for note in view.notes:
            carriers.setdefault(note, []).append(position)
    shared = {note: tuple(found) for note, found in carriers.items() if len(found) > 1}
    findings: list[ReportFinding] = []
    for position, view in enumerate(ordered, 1):
        for source_id in view.sources:
            numbers.setdefault(source_id, len(numbers) + 1)
        cited = tuple(sorted(numbers[s] for s in view.sources))
        own = tuple(note for note in view.notes if note not in shared)
        findings.append(ReportFinding(position, view, cited, own))
    lines = tuple(_line(engine, result, i, lang) for i in range(len(result.lines)))
    pack = pack_json(engine)
    return CheckReport(
        on=result.on,
        created=created or dt.datetime.now(),
        lines=lines,
        findings=tuple(findings[: len(about_medicines)]),
        details=_told_together(findings),
        shared_notes=tuple(
            SharedNote(note.population, note.text, found) for note, found in shared.items()
        ),
        no_known=tuple(
            (engine.display_name(a, lang), engine.display_name(b, lang)) for a, b in result.no_known
        ),
        not_read=tuple((line.typed, part) for line in lines for part in line.not_read),
        stopped=tuple(
            StoppedItem(engine.display_name(aside.time.entry_id, lang), aside.time)
            for aside in result.set_aside
        ),
        sources=tuple(
            CitedSource(number, source_id, engine.source(source_id))
            for source_id, number in numbers.items()
        ),
        checked=len({item.entry_id for item in result.checked}),
        emergency=contact,
        emergency_box=_emergency_box(engine, lang),
        pack=PackInfo(
            version=pack["version"],
            reviewed=pack["reviewed"],
            signing_key=pack["signing_key"],
            shipped=pack["source"] == "shipped",
        ),
        data_problems=bool(engine.problems),
        conditions=tuple(engine.display_name(condition_item(c), lang) for c in result.conditions),
        condition_findings=tuple(findings[len(about_medicines) :]),
        conditions_left_out=left_out,
    )
