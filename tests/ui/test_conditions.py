"""Health conditions in the window (issue 18): chosen apart from the medicines, told in their
own group, saved only with a desktop list, asked about before a report shows them, and never
written on a kiosk."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QGroupBox, QLabel, QListView
from pytestqt.qtbot import QtBot

from saferest.storage.user_files import LIST_FILE
from saferest.ui.main_window import MainWindow
from saferest.ui.models.roles import Role
from saferest.ui.report_dialog import ReportDialog
from saferest.ui.window_actions import MainAction

from .uihelpers import by_name

MakeWindow = Callable[..., MainWindow]
MakeKiosk = Callable[..., MainWindow]


def _panel(window: MainWindow) -> QGroupBox:
    window.show_checker()
    return by_name(window, QGroupBox, "My health conditions")


def _click(qtbot: QtBot, box: QCheckBox) -> None:
    """Click the box's indicator (a wide check box ignores clicks beyond its text)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def _tick(qtbot: QtBot, window: MainWindow, name: str) -> None:
    _click(qtbot, by_name(_panel(window), QCheckBox, name))


def _rows(window: MainWindow) -> list[str]:
    model = by_name(window, QListView, "My medications").model()
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def _groups(window: MainWindow) -> list[QModelIndex]:
    model = window.session.results
    return [model.index(r, 0) for r in range(model.rowCount())]


def _condition_group(window: MainWindow) -> QModelIndex:
    found = [g for g in _groups(window) if g.data(Role.KIND) == "conditions"]
    assert len(found) == 1
    return found[0]


def _report(window: MainWindow) -> ReportDialog:
    window.show_report()
    dialog = window.report_dialog
    assert dialog is not None
    return dialog


def test_the_panel_offers_every_condition_of_the_data_by_name(window: MainWindow) -> None:
    panel = _panel(window)
    names = [box.accessibleName() for box in panel.findChildren(QCheckBox)]
    assert names == ["Sleep apnoea", "Pregnancy", "Epilepsy or past seizures", "Age 65 or over"]
    box = by_name(panel, QCheckBox, "Sleep apnoea")
    assert "loud snoring" in box.accessibleDescription()


def test_a_typed_condition_becomes_a_choice_and_not_a_medicine(window: MainWindow) -> None:
    window.checker.add_lines(["I'm pregnant", "kratom"])
    assert _rows(window) == ["kratom — read as Kratom"]
    assert window.session.conditions.ids == ["pregnancy"]
    assert by_name(_panel(window), QCheckBox, "Pregnancy").isChecked()
    assert "Added to your health conditions: Pregnancy." in window.checker.notice.text()


def test_a_line_saying_a_condition_does_not_apply_stays_a_line(window: MainWindow) -> None:
    window.checker.add_lines(["Xanax 1mg, not pregnant"])
    assert window.session.conditions.ids == []
    assert _rows(window) == [
        "Xanax 1mg, not pregnant — read as alprazolam; does not apply: Pregnancy"
    ]


def test_a_condition_in_a_line_with_medicines_is_marked_as_a_condition(window: MainWindow) -> None:
    window.checker.add_lines(["kratom and I'm pregnant"])
    assert window.session.conditions.ids == []
    assert _rows(window) == [
        "kratom and I'm pregnant — read as Kratom, Pregnancy (health condition)"
    ]
    assert window.session.result.conditions == ["pregnancy"]


def test_condition_findings_have_their_own_group_worst_first(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.checker.add_lines(["kratom", "OxyContin"])
    _tick(qtbot, window, "Pregnancy")
    _tick(qtbot, window, "Sleep apnoea")
    group = _condition_group(window)
    model = window.session.results
    assert group.data().startswith("With your health conditions")
    findings = [model.index(r, 0, group) for r in range(model.rowCount(group))]
    ranks = [f.data(Role.SEVERITY) for f in findings]
    assert len(findings) == 4 and ranks == sorted(
        ranks, key=["dangerous", "unsafe", "caution"].index
    )
    texts = [f.data() for f in findings]
    assert any("Pregnancy" in t and "Kratom" in t for t in texts)
    elsewhere = [
        model.index(r, 0, g).data()
        for g in _groups(window)
        if g.data(Role.KIND) != "conditions"
        for r in range(model.rowCount(g))
    ]
    assert not any("Pregnancy" in t for t in elsewhere if t)


def test_a_condition_and_two_depressants_raise_a_list_finding_naming_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.checker.add_lines(["kratom", "Xanax 1mg"])
    _tick(qtbot, window, "Sleep apnoea")
    lists = [f for f in window.session.result.findings if f.kind == "list"]
    assert lists and lists[0].severity == "dangerous"
    assert "sleep_apnoea" in lists[0].conditions
    summary = by_name(window, QLabel, "Check summary").text()
    assert "With your health conditions (Sleep apnoea)" in summary


def test_one_medicine_and_a_condition_is_checked_without_asking_for_a_second(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.checker.add_lines(["kratom"])
    _tick(qtbot, window, "Pregnancy")
    summary = by_name(window, QLabel, "Check summary").text()
    assert "Add at least two" not in summary
    assert "With your health conditions (Pregnancy): 1 UNSAFE." in summary


def test_the_desktop_saves_conditions_with_the_list_and_a_new_window_has_them(
    qtbot: QtBot, make_window: MakeWindow, user_dir: Path
) -> None:
    first = make_window()
    first.checker.add_lines(["kratom"])
    _tick(qtbot, first, "Epilepsy or past seizures")
    saved = json.loads((user_dir / LIST_FILE).read_text(encoding="utf-8"))
    assert saved["conditions"] == ["epilepsy"]
    first.close()
    again = make_window()
    assert again.session.conditions.ids == ["epilepsy"]
    assert by_name(_panel(again), QCheckBox, "Epilepsy or past seizures").isChecked()
    assert (
        "Private: kept only on this computer"
        in by_name(again, QLabel, "Health conditions privacy").text()
    )


def test_unticking_removes_a_condition_from_the_saved_list(
    qtbot: QtBot, window: MainWindow, user_dir: Path
) -> None:
    window.checker.add_lines(["kratom", "sleep apnea"])
    _tick(qtbot, window, "Sleep apnoea")
    saved = json.loads((user_dir / LIST_FILE).read_text(encoding="utf-8"))
    assert saved.get("conditions", []) == []
    assert not window.session.result.conditions


def test_a_private_session_says_conditions_are_not_saved_and_writes_none(
    qtbot: QtBot, window: MainWindow, user_dir: Path
) -> None:
    window.window_actions[MainAction.PRIVATE_SESSION].setChecked(True)
    note = by_name(window, QLabel, "Health conditions privacy")
    assert note.text().startswith("Not saved")
    window.checker.add_lines(["kratom"])
    _tick(qtbot, window, "Pregnancy")
    assert not (user_dir / LIST_FILE).exists()
    window.window_actions[MainAction.PRIVATE_SESSION].setChecked(False)
    assert note.text().startswith("Private: kept only on this computer")
    saved = json.loads((user_dir / LIST_FILE).read_text(encoding="utf-8"))
    assert saved["conditions"] == ["pregnancy"]


def test_a_desktop_report_shows_conditions_unless_unticked(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.checker.add_lines(["kratom", "Xanax 1mg"])
    _tick(qtbot, window, "Pregnancy")
    dialog = _report(window)
    box = by_name(dialog, QCheckBox, "Include my health conditions in the report")
    assert box.isChecked()
    assert "Your health conditions" in dialog.html and "Pregnancy" in dialog.html
    _click(qtbot, box)
    assert "Pregnancy" not in dialog.html
    assert "not shown in this report, as you chose" in dialog.html
    assert "Kratom" in dialog.html


def test_a_report_without_conditions_withholds_a_line_that_names_one(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.checker.add_lines(["kratom", "Xanax 1mg, not pregnant"])
    dialog = _report(window)
    assert "pregnant" in dialog.html
    box = by_name(dialog, QCheckBox, "Include my health conditions in the report")
    _click(qtbot, box)
    assert "pregnant" not in dialog.html.lower()
    assert "(not shown: names a health condition)" in dialog.html


def test_no_question_is_asked_when_no_condition_is_on_the_list(window: MainWindow) -> None:
    window.checker.add_lines(["kratom", "Xanax 1mg"])
    dialog = _report(window)
    assert dialog.include_conditions is None
    assert "health conditions" not in dialog.html


@pytest.fixture
def kiosk(make_kiosk: MakeKiosk, write_config: Callable[..., Path]) -> MainWindow:
    return make_kiosk(write_config(allow_print=True))


def test_a_kiosk_printout_leaves_conditions_out_unless_the_visitor_ticks_it(
    qtbot: QtBot, kiosk: MainWindow
) -> None:
    kiosk.checker.add_lines(["kratom", "I'm pregnant"])
    dialog = _report(kiosk)
    box = by_name(dialog, QCheckBox, "Include my health conditions in the report")
    assert not box.isChecked()
    assert "Pregnancy" not in dialog.html and "pregnant" not in dialog.html.lower()
    _click(qtbot, box)
    assert "Pregnancy" in dialog.html


def test_a_kiosk_says_conditions_are_not_saved_and_a_reset_clears_them(
    qtbot: QtBot, kiosk: MainWindow
) -> None:
    note = by_name(kiosk, QLabel, "Health conditions privacy")
    assert note.text().startswith("Not saved")
    kiosk.checker.add_lines(["sleep apnea"])
    _tick(qtbot, kiosk, "Pregnancy")
    assert kiosk.session.conditions.ids == ["sleep_apnoea", "pregnancy"]
    assert kiosk.kiosk is not None
    kiosk.kiosk.reset_session()
    assert kiosk.session.conditions.ids == []
    assert not any(box.isChecked() for box in _panel(kiosk).findChildren(QCheckBox))


def test_a_kiosk_session_with_only_a_ticked_condition_is_cleared_when_idle(
    qtbot: QtBot, kiosk: MainWindow
) -> None:
    assert kiosk.kiosk is not None
    _tick(qtbot, kiosk, "Pregnancy")
    kiosk.tabs.setCurrentIndex(0)  # back where the next person starts: only the tick is left
    kiosk.page_scroll.verticalScrollBar().setValue(0)
    assert kiosk.session.medications.rowCount() == 0
    assert not kiosk.kiosk.session_is_pristine()  # so the idle prompt runs and the reset clears it
    kiosk.kiosk.start_over()
    assert kiosk.session.conditions.ids == []
    assert kiosk.kiosk.session_is_pristine()
