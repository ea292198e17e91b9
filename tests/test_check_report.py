"""The printed report as data (saferest.domain.check_report), over the shipped pack: page one's
parts, findings worst first, every source numbered once, and nothing said twice."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.realistic import REALISTIC

from saferest.domain.check_report import EMERGENCY_STEPS, CheckReport, build_check_report
from saferest.domain.engine import Engine
from saferest.domain.medication_list import ItemStatus, ListItem
from saferest.domain.severity import SEVERITY_ORDER

DAY = dt.date(2026, 12, 7)


@pytest.fixture(scope="module")
def shipped() -> Engine:
    return Engine.load()


@pytest.fixture(scope="module")
def report(shipped: Engine) -> CheckReport:
    return build_check_report(shipped, shipped.check_lines(REALISTIC["en"], DAY), "en")


def test_findings_come_worst_first_numbered_in_that_order(report: CheckReport) -> None:
    ranks = [SEVERITY_ORDER.index(f.view.severity) for f in report.findings]
    assert ranks == sorted(ranks) and ranks[0] == 0
    assert [f.number for f in report.findings] == list(range(1, len(report.findings) + 1))


def test_every_source_is_numbered_once_in_the_order_first_cited(report: CheckReport) -> None:
    ids = [s.source_id for s in report.sources]
    assert len(ids) == len(set(ids))
    seen: list[str] = []
    for finding in report.findings:
        for source_id in finding.view.sources:
            if source_id not in seen:
                seen.append(source_id)
        numbers = {report.sources[n - 1].source_id for n in finding.citations}
        assert numbers == set(finding.view.sources)
    assert ids == seen


def test_a_note_several_findings_carry_is_told_once_with_their_numbers(
    report: CheckReport,
) -> None:
    [shared] = [n for n in report.shared_notes if "three or more" in n.text.text]
    for finding in report.findings:  # not repeated under each finding
        assert all(note.text != shared.text for note in finding.notes)
    assert len(shared.findings) >= 2
    for number in shared.findings:
        view = report.findings[number - 1].view
        assert any(note.text == shared.text for note in view.notes)


def test_findings_that_say_the_same_are_told_together(report: CheckReport) -> None:
    together = [group for group in report.details if len(group) > 1]
    assert together, "the three 'two sedating drugs' findings say the same"
    for group in together:
        assert len({(f.view.headline, f.view.why, f.view.advice) for f in group}) == 1
    told = [f.number for group in report.details for f in group]
    assert sorted(told) == [f.number for f in report.findings]


def test_page_one_parts_list_what_was_not_checked(report: CheckReport) -> None:
    assert [line.typed for line in report.lines] == REALISTIC["en"]
    assert [(typed, part.reason) for typed, part in report.not_read] == [("blorfax", "not_in_data")]
    assert report.pack.version and report.pack.shipped
    assert not report.too_few


def test_the_emergency_box_gives_the_first_steps_of_the_most_urgent_topic(
    shipped: Engine, report: CheckReport
) -> None:
    box = report.emergency_box
    assert box is not None
    first = shipped.emergency_topics()[0]
    assert box.title.text == first.name["en"]
    assert [s.text for s in box.steps] == [s["en"] for s in first.steps[:EMERGENCY_STEPS]]
    assert box.more_steps == len(first.steps) - EMERGENCY_STEPS


def test_a_finding_with_a_stopped_item_is_told_on_its_own(shipped: Engine) -> None:
    items = [
        ListItem("Nardil", ItemStatus.STOPPED, DAY - dt.timedelta(days=3)),
        ListItem("Zoloft"),
        ListItem("Prozac"),
    ]
    report = build_check_report(shipped, shipped.check_items(items, DAY), "en")
    timed = [f for f in report.findings if f.view.time]
    assert timed
    for finding in timed:
        assert (finding,) in report.details


def test_statuses_and_own_readings_are_kept_for_the_list(shipped: Engine) -> None:
    items = [
        ListItem("xanaks", reading=("alprazolam",)),
        ListItem("Prozac", ItemStatus.STOPPED, DAY - dt.timedelta(days=90)),
        ListItem("no alcohol"),
    ]
    report = build_check_report(shipped, shipped.check_items(items, DAY), "en")
    first, second, third = report.lines
    assert first.corrected and [r.name for r in first.read] == ["Alprazolam"]
    assert second.read[0].status is ItemStatus.STOPPED
    assert third.not_taken == ("Alcohol",)
    assert [s.name for s in report.stopped] == ["Fluoxetine"]


# -- health conditions (issue 18) --------------------------------------------------------------


def test_condition_findings_are_their_own_group_worst_first_numbered_after_the_others(
    shipped: Engine,
) -> None:
    result = shipped.check_lines(REALISTIC["en"], DAY, ["sleep_apnoea", "pregnancy"])
    report = build_check_report(shipped, result, "en")
    assert report.conditions == ("Sleep apnoea", "Pregnancy")
    assert all(f.view.kind != "condition" for f in report.findings)
    assert report.condition_findings and all(
        f.view.kind == "condition" for f in report.condition_findings
    )
    ranks = [SEVERITY_ORDER.index(f.view.severity) for f in report.condition_findings]
    assert ranks == sorted(ranks)
    numbers = [f.number for f in (*report.findings, *report.condition_findings)]
    assert numbers == list(range(1, len(numbers) + 1))
    told = sorted(f.number for group in report.details for f in group)
    assert told == numbers
    cited = {
        report.sources[n - 1].source_id for f in report.condition_findings for n in f.citations
    }
    assert cited == {s for f in report.condition_findings for s in f.view.sources}


def test_a_condition_read_from_a_line_is_marked_as_one(shipped: Engine) -> None:
    result = shipped.check_lines(["kratom and I'm pregnant", "Xanax 1mg, not pregnant"], DAY)
    first, second = build_check_report(shipped, result, "en").lines
    assert [(r.name, r.condition) for r in first.read] == [("Kratom", False), ("Pregnancy", True)]
    assert second.ruled_out == ("Pregnancy",) and second.not_taken == ()


def test_a_report_without_conditions_names_none_and_withholds_the_lines_that_did(
    shipped: Engine,
) -> None:
    lines = ["kratom", "Xanax 1mg and sleep apnea", "over 65"]
    result = shipped.check_lines(lines, DAY, ["pregnancy"])
    report = build_check_report(shipped, result, "en", include_conditions=False)
    assert report.conditions_left_out
    assert report.conditions == () and report.condition_findings == ()
    assert [line.typed for line in report.lines] == ["kratom", ""]
    withheld = report.lines[1]
    assert withheld.withheld and [r.name for r in withheld.read] == ["Alprazolam"]
    assert not any(r.condition for line in report.lines for r in line.read)
    assert all(not f.view.condition_names for f in report.findings)


def test_a_list_naming_no_condition_is_told_the_same_either_way(shipped: Engine) -> None:
    result = shipped.check_lines(REALISTIC["en"], DAY)
    shown = build_check_report(shipped, result, "en", created=dt.datetime(2026, 12, 7))
    kept = build_check_report(
        shipped, result, "en", created=dt.datetime(2026, 12, 7), include_conditions=False
    )
    assert kept == shown and not kept.conditions_left_out
