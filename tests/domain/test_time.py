"""Time: stopped items are checked while their effect lasts, then listed and set aside."""

from __future__ import annotations

import datetime as dt

from saferest.domain.engine import Engine
from saferest.domain.medication_list import ItemStatus, ListItem
from saferest.domain.models import Severity

STOPPED_ON = dt.date(2026, 12, 2)


def _phenelzine_then_sertraline(engine: Engine, on: dt.date) -> tuple[ListItem, ...]:
    return (ListItem("Nardil", ItemStatus.STOPPED, STOPPED_ON), ListItem("Zoloft"))


def test_a_recently_stopped_maoi_is_still_checked_and_says_how_long_ago(engine: Engine) -> None:
    on = dt.date(2026, 12, 7)
    result = engine.check_items(_phenelzine_then_sertraline(engine, on), on)
    [finding] = result.findings
    assert finding.entries == ("phenelzine", "sertraline")
    assert finding.severity is Severity.DANGEROUS
    [time] = finding.time
    assert (time.entry_id, time.status, time.days_since) == ("phenelzine", ItemStatus.STOPPED, 5)
    assert (time.effect_lasts_days, time.effect_id) == (14, "phenelzine-weeks")
    assert time.stopped_on == STOPPED_ON


def test_once_the_effect_has_worn_off_it_is_listed_as_stopped_and_not_checked(
    engine: Engine,
) -> None:
    on = dt.date(2027, 1, 15)
    result = engine.check_items(_phenelzine_then_sertraline(engine, on), on)
    assert result.findings == [] and result.no_known == []
    [aside] = result.set_aside
    assert (aside.line, aside.time.entry_id, aside.time.days_since) == (0, "phenelzine", 44)


def test_the_last_day_of_the_effect_is_still_checked(engine: Engine) -> None:
    on = STOPPED_ON + dt.timedelta(days=14)
    assert engine.check_items(_phenelzine_then_sertraline(engine, on), on).findings
    after = on + dt.timedelta(days=1)
    assert not engine.check_items(_phenelzine_then_sertraline(engine, after), after).findings


def test_an_entrys_own_figure_beats_its_tags_figure(engine: Engine) -> None:
    on = STOPPED_ON + dt.timedelta(days=20)
    items = [ListItem("Prozac", ItemStatus.STOPPED, STOPPED_ON), ListItem("Nardil")]
    [finding] = engine.check_items(items, on).findings
    assert finding.time[0].effect_lasts_days == 35


def test_each_ingredient_of_a_stopped_product_keeps_its_own_time(engine: Engine) -> None:
    on = STOPPED_ON + dt.timedelta(days=20)
    items = [ListItem("Symbyax", ItemStatus.STOPPED, STOPPED_ON), ListItem("Nardil")]
    result = engine.check_items(items, on)
    assert [f.entries for f in result.findings] == [("fluoxetine", "phenelzine")]
    assert [a.time.entry_id for a in result.set_aside] == ["olanzapine"]


def test_a_stop_with_no_date_is_still_checked(engine: Engine) -> None:
    on = dt.date(2027, 6, 1)
    items = [ListItem("Nardil", ItemStatus.STOPPED), ListItem("Zoloft")]
    [finding] = engine.check_items(items, on).findings
    assert finding.time[0].days_since is None and finding.time[0].stopped_on is None


def test_without_a_figure_a_stopped_item_is_checked_for_two_days(engine: Engine) -> None:
    def found(days: int) -> bool:
        on = STOPPED_ON + dt.timedelta(days=days)
        items = [ListItem("OxyContin", ItemStatus.STOPPED, STOPPED_ON), ListItem("Xanax")]
        return bool(engine.check_items(items, on).findings)

    assert found(2) and not found(3)


def test_an_item_taken_as_needed_is_always_checked_and_marked(engine: Engine) -> None:
    items = [ListItem("Xanax", ItemStatus.AS_NEEDED), ListItem("OxyContin")]
    [finding] = engine.check_items(items, dt.date(2026, 12, 7)).findings
    [time] = finding.time
    assert (time.entry_id, time.status) == ("alprazolam", ItemStatus.AS_NEEDED)


def test_a_stop_planned_for_later_counts_as_taking(engine: Engine) -> None:
    items = [ListItem("Nardil", ItemStatus.STOPPED, dt.date(2026, 12, 20)), ListItem("Zoloft")]
    [finding] = engine.check_items(items, dt.date(2026, 12, 7)).findings
    assert finding.time == ()


def test_the_same_drug_taken_on_another_line_keeps_it_active(engine: Engine) -> None:
    on = dt.date(2027, 1, 15)
    items = [
        ListItem("Nardil", ItemStatus.STOPPED, STOPPED_ON),
        ListItem("phenelzine 15 mg"),
        ListItem("Zoloft"),
    ]
    result = engine.check_items(items, on)
    assert any(f.entries == ("phenelzine", "sertraline") for f in result.findings)
    assert all(f.time == () for f in result.findings if "sertraline" in f.entries)
