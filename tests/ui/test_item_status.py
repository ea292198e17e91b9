"""Marking an item stopped (with the day) or taken as needed, in the window."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QListView, QRadioButton
from pytestqt.qtbot import QtBot

from saferest.domain.medication_list import ItemStatus
from saferest.storage.user_files import LIST_FILE
from saferest.ui.main_window import MainWindow

from .uihelpers import by_name


def _select(window: MainWindow, row: int) -> None:
    view = by_name(window, QListView, "My medications")
    view.setCurrentIndex(view.model().index(row, 0))


def _stop(window: MainWindow, row: int, day: dt.date) -> None:
    _select(window, row)
    by_name(window, QRadioButton, "Stopped").click()
    by_name(window, QDateEdit, "Stopped on").setDate(QDate(day.year, day.month, day.day))


def test_status_controls_follow_the_selected_line(window: MainWindow) -> None:
    taking = by_name(window, QRadioButton, "Taking it")
    stopped_on = by_name(window, QDateEdit, "Stopped on")
    assert not taking.isEnabled(), "nothing is selected yet"
    window.checker.add_lines(["Nardil", "Zoloft"])
    _select(window, 0)
    assert taking.isEnabled() and taking.isChecked()
    assert not stopped_on.isEnabled()
    by_name(window, QRadioButton, "Stopped").click()
    assert stopped_on.isEnabled()
    assert stopped_on.date() == QDate.currentDate() == stopped_on.maximumDate()


def test_a_recently_stopped_maoi_is_still_checked_and_says_how_long_ago(
    window: MainWindow,
) -> None:
    window.checker.add_lines(["Nardil", "Zoloft"])
    five_days_ago = dt.date.today() - dt.timedelta(days=5)
    _stop(window, 0, five_days_ago)
    item = window.session.medications.item(0)
    assert (item.status, item.stopped_on) == (ItemStatus.STOPPED, five_days_ago)
    [finding] = window.session.result.findings
    [time] = finding.time
    assert time.days_since == 5
    model = window.session.results
    parent = model.finding_indexes()[0]
    texts = [model.index(r, 0, parent).data() for r in range(model.rowCount(parent))]
    assert any("stopped 5 days ago; its effect lasts about 14 days" in t for t in texts)
    assert "(stopped " in window.session.medications.index(0, 0).data()


def test_a_long_stopped_item_is_listed_as_stopped_not_checked(window: MainWindow) -> None:
    window.checker.add_lines(["Nardil", "Zoloft"])
    _stop(window, 0, dt.date.today() - dt.timedelta(days=40))
    assert window.session.result.findings == []
    [aside] = window.session.result.set_aside
    assert aside.time.entry_id == "phenelzine"


def test_the_status_is_saved_and_restored(
    qtbot: QtBot, make_window: Callable[..., MainWindow], user_dir: Path
) -> None:
    first = make_window()
    first.checker.add_lines(["Nardil", "Zoloft", "Xanax"])
    day = dt.date.today() - dt.timedelta(days=3)
    _stop(first, 0, day)
    _select(first, 2)
    by_name(first, QRadioButton, "Taking it only when needed").click()
    saved = json.loads((user_dir / LIST_FILE).read_text(encoding="utf-8"))["items"]
    assert saved[0] == {"input": "Nardil", "status": "stopped", "stopped_on": day.isoformat()}
    assert saved[2] == {"input": "Xanax", "status": "as_needed"}
    first.close()
    second = make_window()
    items = second.session.medications.items()
    assert [(i.status, i.stopped_on) for i in items] == [
        (ItemStatus.STOPPED, day),
        (None, None),  # never chosen: as its words say
        (ItemStatus.AS_NEEDED, None),
    ]


def test_the_controls_show_what_the_words_of_the_line_say(window: MainWindow) -> None:
    window.checker.add_lines(["stopped Nardil 5 days ago", "Zoloft as needed"])
    _select(window, 0)
    assert by_name(window, QRadioButton, "Stopped").isChecked()
    five_days_ago = dt.date.today() - dt.timedelta(days=5)
    shown = by_name(window, QDateEdit, "Stopped on").date()
    assert (shown.year(), shown.month(), shown.day()) == (
        five_days_ago.year,
        five_days_ago.month,
        five_days_ago.day,
    )
    _select(window, 1)
    assert by_name(window, QRadioButton, "Taking it only when needed").isChecked()


def test_a_line_read_as_stopped_can_be_set_back_to_taking(
    make_window: Callable[..., MainWindow], user_dir: Path
) -> None:
    window = make_window()
    window.checker.add_lines(["stopped kratom 3 months ago", "Xanax"])
    _select(window, 0)
    assert by_name(window, QRadioButton, "Stopped").isChecked()
    assert window.session.result.findings == []  # its effect has worn off: not checked
    by_name(window, QRadioButton, "Taking it").click()
    assert by_name(window, QRadioButton, "Taking it").isChecked()
    [item] = window.session.medications.line(0).resolved
    assert item.status is ItemStatus.TAKING
    [finding] = window.session.result.findings
    assert set(finding.entries) == {"kratom", "alprazolam"}
    window.close()
    again = make_window()
    _select(again, 0)
    assert by_name(again, QRadioButton, "Taking it").isChecked()
    assert again.session.medications.item(0).status is ItemStatus.TAKING
