"""'Not this?': correcting how a line was read, with the keyboard alone, kept across restarts."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QPushButton,
)
from pytestqt.qtbot import QtBot

from saferest.domain.medication_list import ItemStatus, ListItem
from saferest.storage.user_files import LIST_FILE
from saferest.ui.main_window import MainWindow
from saferest.ui.reading_editor import ReadingDialog
from saferest.ui.report_pdf import report_html

from .test_checker import add, rows
from .uihelpers import by_name, html_text


def _open_with_f2(qtbot: QtBot, window: MainWindow, row: int) -> ReadingDialog:
    view = by_name(window, QListView, "My medications")
    view.setFocus()
    view.setCurrentIndex(view.model().index(row, 0))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    dialog = window.checker.reading.dialog
    assert isinstance(dialog, ReadingDialog)
    qtbot.waitUntil(dialog.isVisible)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _tab_to_and_press(qtbot: QtBot, dialog: ReadingDialog, button: QPushButton) -> None:
    """Move the keyboard focus with Tab until it is on `button`, then press Space."""
    for _ in range(10):
        if button.hasFocus():
            break
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    assert button.hasFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)


def _saved_items(user_dir: Path) -> list[dict[str, object]]:
    items: list[dict[str, object]] = json.loads((user_dir / LIST_FILE).read_text())["items"]
    return items


def test_a_reading_is_corrected_with_the_keyboard_alone_and_survives_a_restart(
    qtbot: QtBot, make_window: Callable[..., MainWindow], user_dir: Path
) -> None:
    first = make_window()
    add(qtbot, first, "thang", "OxyContin")
    assert rows(first)[0] == "thang — read as Kratom"
    dialog = _open_with_f2(qtbot, first, 0)
    search = by_name(dialog, QLineEdit, "Search for a reading")
    assert search.hasFocus()
    qtbot.keyClicks(search, "xanax")
    choices = by_name(dialog, QListWidget, "Readings to choose from")
    assert choices.currentItem().text() == "alprazolam"
    qtbot.keyClick(search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: first.checker.reading.dialog is None)

    assert rows(first)[0] == "thang — read as alprazolam (your choice)"
    assert _saved_items(user_dir)[0] == {"input": "thang", "reading": ["alprazolam"]}
    assert {first.session.result.findings[0].a, first.session.result.findings[0].b} == {
        "alprazolam",
        "oxycodone",
    }
    first.close()

    second = make_window()
    assert rows(second)[0] == "thang — read as alprazolam (your choice)"
    assert second.session.result.findings[0].severity.value == "dangerous"


def test_arrow_keys_in_the_search_box_choose_among_the_suggestions(
    qtbot: QtBot, window: MainWindow
) -> None:
    add(qtbot, window, "xanaks 2mg")
    dialog = _open_with_f2(qtbot, window, 0)
    choices = by_name(dialog, QListWidget, "Readings to choose from")
    assert choices.item(0).text() == "alprazolam"
    search = by_name(dialog, QLineEdit, "Search for a reading")
    qtbot.keyClick(search, Qt.Key.Key_Return)
    assert dialog.isVisible(), "Enter takes no suggestion the person has not moved to"
    qtbot.keyClick(search, Qt.Key.Key_Down)
    assert choices.currentRow() == 0
    qtbot.keyClicks(search, "azolam")
    offered = [choices.item(i).text() for i in range(choices.count())]
    assert {"alprazolam", "midazolam"} <= set(offered)
    qtbot.keyClick(search, Qt.Key.Key_Down)
    assert choices.currentRow() == 1
    qtbot.keyClick(search, Qt.Key.Key_Up)
    qtbot.keyClick(search, Qt.Key.Key_Down)
    qtbot.keyClick(search, Qt.Key.Key_Return)
    assert rows(window)[0] == f"xanaks 2mg — read as {offered[1]} (your choice)"


def test_a_line_can_be_set_aside_so_it_is_not_checked(
    qtbot: QtBot, window: MainWindow, user_dir: Path
) -> None:
    add(qtbot, window, "Xanax 1mg", "thang")
    assert window.session.result.findings
    dialog = _open_with_f2(qtbot, window, 1)
    _tab_to_and_press(qtbot, dialog, by_name(dialog, QPushButton, "Do not check this line"))
    qtbot.waitUntil(lambda: window.checker.reading.dialog is None)
    assert rows(window)[1] == "thang — not checked (your choice)"
    assert window.session.result.findings == []
    summary = by_name(window, QLabel, "Check summary").text()
    assert "Not checked, as you chose: “thang”." in summary
    assert _saved_items(user_dir)[1] == {"input": "thang", "reading": []}


def test_the_reading_of_the_words_can_be_restored(qtbot: QtBot, window: MainWindow) -> None:
    add(qtbot, window, "thang")
    dialog = _open_with_f2(qtbot, window, 0)
    assert not by_name(dialog, QPushButton, "Read this line from its words again").isEnabled()
    dialog.set_aside()
    again = _open_with_f2(qtbot, window, 0)
    words = by_name(again, QPushButton, "Read this line from its words again")
    assert words.isEnabled()
    _tab_to_and_press(qtbot, again, words)
    assert rows(window)[0] == "thang — read as Kratom"


def test_cancel_changes_nothing(qtbot: QtBot, window: MainWindow) -> None:
    add(qtbot, window, "thang")
    dialog = _open_with_f2(qtbot, window, 0)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.checker.reading.dialog is None)
    assert rows(window)[0] == "thang — read as Kratom"
    assert window.session.medications.item(0).reading is None


def test_the_button_opens_the_same_choice_for_the_selected_line(
    qtbot: QtBot, window: MainWindow
) -> None:
    add(qtbot, window, "thang")
    button = by_name(window, QPushButton, "Not this? Correct the reading of the selected line")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert isinstance(window.checker.reading.dialog, ReadingDialog)
    assert window.checker.reading.dialog.isVisible()


def test_the_report_shows_chosen_readings_status_and_lines_set_aside(
    qtbot: QtBot, window: MainWindow
) -> None:
    add(qtbot, window, "xanaks", "stopped kratom", "no OxyContin", "zzqqxx")
    model = window.session.medications
    model.set_reading(0, ("alprazolam",))
    model.set_reading(3, ())
    text = html_text(report_html(window.engine, window.session.result, "en"))
    assert "alprazolam (your choice)" in text
    assert "Kratom [stopped]" in text
    assert "not taken: oxycodone" in text
    assert "not checked, as you chose" in text


def test_the_list_says_what_is_stopped_as_needed_or_not_taken(
    qtbot: QtBot, window: MainWindow
) -> None:
    add(qtbot, window, "stopped kratom", "Xanax as needed", "no OxyContin")
    assert rows(window) == [
        "stopped kratom — read as Kratom (stopped)",
        "Xanax as needed — read as alprazolam (as needed)",
        "no OxyContin — not taken: oxycodone",
    ]
    # Stopped, not said when, and no lasting effect on record: past use, not checked.
    summary = by_name(window, QLabel, "Check summary").text()
    assert "Stopped, so not checked: Kratom." in summary


def test_the_summary_names_what_was_stopped_long_enough_ago_to_leave_out(
    window: MainWindow,
) -> None:
    long_ago = dt.date.today() - dt.timedelta(days=60)
    window.session.medications.set_items(
        [ListItem("kratom", ItemStatus.STOPPED, long_ago), ListItem("Xanax")]
    )
    summary = by_name(window, QLabel, "Check summary").text()
    assert "Stopped, so not checked: Kratom." in summary


def test_in_a_kiosk_the_choice_is_touch_ready_and_goes_with_the_visitor(
    qtbot: QtBot, make_kiosk: Callable[..., MainWindow]
) -> None:
    window = make_kiosk()
    add(qtbot, window, "thang")
    view = by_name(window, QListView, "My medications")
    view.setCurrentIndex(view.model().index(0, 0))
    window.checker.reading.open_for_current()
    dialog = window.checker.reading.dialog
    assert dialog is not None
    assert dialog.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    window.kiosk.start_over()  # type: ignore[union-attr]
    assert not dialog.isVisible()
    assert window.session.medications.rowCount() == 0
