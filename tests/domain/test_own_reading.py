"""A person's own reading and status of a line ("not this?", the status control) override the
words, and are what the check uses."""

from __future__ import annotations

import datetime as dt

from saferest.domain.engine import Engine
from saferest.domain.medication_list import ItemStatus, ListItem

TODAY = dt.date(2026, 12, 10)


def test_a_chosen_reading_replaces_what_the_words_were_read_as(engine: Engine) -> None:
    parsed = engine.read_item(ListItem("thang", reading=("alprazolam",)), TODAY)
    assert [item.entry_id for item in parsed.resolved] == ["alprazolam"]
    assert parsed.unresolved == []
    assert parsed.origin == "corrected"


def test_a_chosen_reading_reads_an_unrecognised_line(engine: Engine) -> None:
    parsed = engine.read_item(ListItem("xanaks 2mg", reading=("alprazolam",)), TODAY)
    assert [item.entry_id for item in parsed.resolved] == ["alprazolam"]
    assert parsed.unresolved == []


def test_an_empty_reading_sets_the_line_aside_and_it_stays_visible(engine: Engine) -> None:
    parsed = engine.read_item(ListItem("Xanax 1mg", reading=()), TODAY)
    assert parsed.resolved == []
    assert [(u.text, u.reason) for u in parsed.unresolved] == [("Xanax 1mg", "set_aside")]
    assert parsed.origin == "not_checked"


def test_a_chosen_reading_keeps_what_the_words_say_about_use(engine: Engine) -> None:
    item = ListItem("stopped xanaks 2 weeks ago", reading=("alprazolam",))
    [read] = engine.read_item(item, TODAY).resolved
    assert (read.status, read.stopped_on) == (ItemStatus.STOPPED, dt.date(2026, 11, 26))


def test_an_entry_no_longer_in_the_pack_is_reported_not_dropped(engine: Engine) -> None:
    parsed = engine.read_item(ListItem("my pills", reading=("gone_entry",)), TODAY)
    assert parsed.resolved == []
    assert [(u.text, u.reason) for u in parsed.unresolved] == [("gone_entry", "not_in_data")]


def test_a_status_set_on_the_item_overrides_the_words(engine: Engine) -> None:
    item = ListItem("Xanax as needed", ItemStatus.STOPPED, dt.date(2026, 12, 1))
    [read] = engine.read_item(item, TODAY).resolved
    assert (read.status, read.stopped_on) == (ItemStatus.STOPPED, dt.date(2026, 12, 1))
    no_longer = engine.read_item(ListItem("no kratom", ItemStatus.AS_NEEDED), TODAY)
    assert [(r.entry_id, r.status) for r in no_longer.resolved] == [
        ("kratom", ItemStatus.AS_NEEDED)
    ]
    assert no_longer.not_taken == []


def test_taking_on_the_item_lets_the_words_decide(engine: Engine) -> None:
    [read] = engine.read_item(ListItem("stopped kratom"), TODAY).resolved
    assert read.status is ItemStatus.STOPPED


def test_check_items_uses_readings_and_leaves_long_stopped_and_set_aside_lines_out(
    engine: Engine,
) -> None:
    long_ago = TODAY - dt.timedelta(days=60)  # past any lasting effect: listed, not checked
    result = engine.check_items(
        [
            ListItem("xanaks", reading=("alprazolam",)),
            ListItem("OxyContin", reading=()),
            ListItem("kratom", ItemStatus.STOPPED, long_ago),
            ListItem("Percocet"),
        ],
        TODAY,
    )
    assert [item.entry_id for item in result.checked] == ["alprazolam", "percocet"]
    assert [item.entry_id for item in result.stopped] == ["kratom"]
    pairs = [{f.a, f.b} for f in result.findings]
    assert {"alprazolam", "oxycodone"} in pairs
    assert all("kratom" not in pair for pair in pairs)


def test_without_a_chosen_status_the_words_decide(engine: Engine) -> None:
    parsed = engine.read_item(ListItem("stopped Xanax 2 weeks ago"), TODAY)
    [item] = parsed.resolved
    assert item.status is ItemStatus.STOPPED
    assert item.stopped_on == TODAY - dt.timedelta(weeks=2)


def test_taking_chosen_by_the_person_wins_over_stopped_words(engine: Engine) -> None:
    parsed = engine.read_item(ListItem("stopped Xanax", ItemStatus.TAKING), TODAY)
    [item] = parsed.resolved
    assert (item.entry_id, item.status, item.stopped_on) == ("alprazolam", ItemStatus.TAKING, None)
