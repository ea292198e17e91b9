"""The list's own rules, shared by the window, the CLI and the saved file."""

from __future__ import annotations

import datetime as dt

import pytest

from saferest.domain.limits import MAX_ITEM_CHARS, MAX_ITEMS
from saferest.domain.medication_list import (
    ItemRejected,
    ItemStatus,
    ListItem,
    MedicationList,
    clean_item_text,
)


def test_a_line_is_stored_with_its_spaces_collapsed() -> None:
    assert clean_item_text("  Zoloft   50 mg\tdaily ") == "Zoloft 50 mg daily"


def test_a_line_over_the_limit_is_refused_whole_not_cut() -> None:
    long_line = "alprazolam 1 mg " + "x" * MAX_ITEM_CHARS + " oxycodone 5 mg"
    outcome = MedicationList().add_texts([long_line, "kratom"])
    assert outcome.too_long == [long_line]
    assert outcome.added == [0]


def test_the_longest_accepted_line_is_added() -> None:
    longest = "k" * MAX_ITEM_CHARS
    assert MedicationList().add_texts([longest]).added == [0]
    with pytest.raises(ItemRejected):
        clean_item_text(longest + "k")


def test_duplicates_are_reported_not_added_again() -> None:
    medications = MedicationList()
    medications.add_texts(["Xanax 1mg"])
    outcome = medications.add_texts(["xanax  1MG", "kratom"])
    assert outcome.duplicates == ["xanax 1MG"]
    assert medications.texts() == ["Xanax 1mg", "kratom"]


def test_a_full_list_reports_what_did_not_fit() -> None:
    medications = MedicationList(ListItem(f"item {i}") for i in range(MAX_ITEMS - 1))
    outcome = medications.add_texts(["kratom", "Xanax"])
    assert outcome.added == [MAX_ITEMS - 1]
    assert outcome.over_limit == ["Xanax"]
    assert len(medications) == MAX_ITEMS


def test_retyping_a_line_keeps_its_status_and_forgets_its_own_reading() -> None:
    medications = MedicationList([ListItem("glass", ItemStatus.AS_NEEDED, reading=())])
    item = medications.replace_text(0, "a glass of wine")
    assert item == ListItem("a glass of wine", ItemStatus.AS_NEEDED)


def test_only_a_stopped_item_has_a_stop_date() -> None:
    with pytest.raises(ValueError):
        ListItem("Prozac", ItemStatus.TAKING, dt.date(2026, 12, 1))
    medications = MedicationList([ListItem("Prozac")])
    stopped = medications.set_status(0, ItemStatus.STOPPED, dt.date(2026, 12, 1))
    assert stopped.stopped_on == dt.date(2026, 12, 1)
