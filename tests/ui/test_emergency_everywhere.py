"""Emergency help one key away from every window and dialog, with one number everywhere."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

import saferest.ui.emergency
from saferest.domain.pack import MANIFEST_NAME, build_manifest_text
from saferest.storage.user_files import SETTINGS_FILE
from saferest.ui.about import AboutDialog
from saferest.ui.emergency import EmergencyDialog
from saferest.ui.emergency_chooser import EmergencyNumberDialog
from saferest.ui.main_window import MainWindow
from saferest.ui.report_dialog import ReportDialog

from .uihelpers import MINIPACK, by_name, top_level

MakeWindow = Callable[..., MainWindow]
OTHER_GENERAL_NUMBERS = ("112", "999", "000", "local emergency number")


def _press_f1(qtbot: QtBot, widget: QWidget) -> EmergencyDialog:
    qtbot.keyClick(widget, Qt.Key.Key_F1)
    return top_level(EmergencyDialog, "Emergency help")


def _pack_with_us_number(tmp_path: Path) -> Path:
    pack = tmp_path / "pack"
    shutil.copytree(MINIPACK, pack)
    with (pack / "pack.toml").open("a", encoding="utf-8") as toml:
        toml.write(
            '\n[[emergency_number]]\ncountry = "US"\nname = "Emergency (police, fire, ambulance)"'
            '\nnumber = "911"\nsources = ["fda-opioid-benzo-2016"]\n'
        )
    (pack / MANIFEST_NAME).write_text(build_manifest_text(pack, "test", "2026-11-21"))
    return pack


# -- F1 from everywhere ---------------------------------------------------------------------


def test_f1_opens_emergency_help_while_the_report_blocks_the_window(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.checker.add_lines(["Xanax", "kratom"])
    window.show_report()
    report = top_level(ReportDialog, "Print or save report")
    assert report.windowModality() != Qt.WindowModality.NonModal  # the window behind is blocked
    emergency = _press_f1(qtbot, report.preview)
    assert emergency.isVisible() and report.isVisible()
    assert "Give naloxone" in emergency.browser.toPlainText()


def test_help_opened_over_a_modal_dialog_belongs_to_it_so_it_is_not_blocked(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.show_report()
    report = top_level(ReportDialog, "Print or save report")
    over_report = _press_f1(qtbot, report.preview)
    assert over_report.parentWidget() is report  # a window-modal dialog blocks its siblings
    report.close()
    again = _press_f1(qtbot, window.search_box)
    assert again.parentWidget() is window
    assert not over_report.isVisible()


def test_the_report_has_its_own_emergency_help_button(qtbot: QtBot, window: MainWindow) -> None:
    window.show_report()
    report = top_level(ReportDialog, "Print or save report")
    qtbot.mouseClick(by_name(report, QPushButton, "Emergency help"), Qt.MouseButton.LeftButton)
    assert top_level(EmergencyDialog, "Emergency help").isVisible()


def test_f1_works_from_about_and_from_the_number_chooser(qtbot: QtBot, window: MainWindow) -> None:
    window.show_about()
    about = top_level(AboutDialog, "About SafeRest")
    _press_f1(qtbot, about.browser).close()
    window.choose_emergency_number()
    chooser = top_level(EmergencyNumberDialog, "Emergency number")
    assert _press_f1(qtbot, chooser.countries).isVisible()


def test_f1_from_the_emergency_dialog_keeps_one_dialog(qtbot: QtBot, window: MainWindow) -> None:
    first = _press_f1(qtbot, window.search_box)
    assert _press_f1(qtbot, first.browser) is first
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, EmergencyDialog)]
    assert [w for w in shown if w.isVisible()] == [first]


def test_f1_with_a_modifier_is_not_emergency_help(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window.search_box, Qt.Key.Key_F1, Qt.KeyboardModifier.ControlModifier)
    assert window.emergency_dialog is None


# -- one number -----------------------------------------------------------------------------


def test_a_kiosk_set_to_911_shows_no_other_general_number_anywhere(
    qtbot: QtBot, make_kiosk: Callable[..., MainWindow], write_config: Callable[..., Path]
) -> None:
    window = make_kiosk(write_config(emergency_number="911", allow_print=True))
    window.checker.add_lines(["Xanax", "kratom"])
    home = window.details.toPlainText()
    assert "tap Emergency help or call 911" in home
    window.show_emergency()
    assert window.emergency_dialog is not None
    help_text = window.emergency_dialog.browser.toPlainText()
    assert "Emergency number: 911" in help_text
    window.show_report()
    assert window.report_dialog is not None
    report = window.report_dialog.preview.toPlainText()
    assert "Emergency number: 911" in report and "In an emergency call 911." in report
    for text in (home, help_text, report):
        for other in OTHER_GENERAL_NUMBERS:
            assert other not in text, other


def test_the_desktop_shows_the_number_of_the_systems_region(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, make_window: MakeWindow
) -> None:
    monkeypatch.setattr(saferest.ui.emergency, "locale_country", lambda: "US")
    window = make_window(data=_pack_with_us_number(tmp_path))
    assert "press F1 or call 911" in window.details.toPlainText()
    window.show_emergency()
    assert window.emergency_dialog is not None
    text = window.emergency_dialog.browser.toPlainText()
    assert "Emergency (police, fire, ambulance): 911" in text
    for other in OTHER_GENERAL_NUMBERS:
        assert other not in text


def test_a_number_chosen_on_the_desktop_is_shown_everywhere_and_kept(
    qtbot: QtBot, tmp_path: Path, make_window: MakeWindow, user_dir: Path
) -> None:
    data = _pack_with_us_number(tmp_path)
    window = make_window(data=data)
    assert "press F1 or call 112" in window.details.toPlainText()
    window.show_emergency()
    assert window.emergency_dialog is not None
    change = by_name(window.emergency_dialog, QPushButton, "Change the emergency number")
    qtbot.mouseClick(change, Qt.MouseButton.LeftButton)
    chooser = top_level(EmergencyNumberDialog, "Emergency number")
    chooser.countries.setCurrentIndex(chooser.countries.findData("US"))
    assert "911" in by_name(chooser, QWidget, "Number shown").property("text")
    chooser.accept()
    assert "press F1 or call 911" in window.details.toPlainText()
    emergency = top_level(EmergencyDialog, "Emergency help")
    assert "Emergency (police, fire, ambulance): 911" in emergency.browser.toPlainText()
    window.show_report()
    assert window.report_dialog is not None
    assert "In an emergency call 911." in window.report_dialog.preview.toPlainText()
    saved = json.loads((user_dir / SETTINGS_FILE).read_text(encoding="utf-8"))
    assert saved["emergency_country"] == "US"
    window.close()
    again = make_window(data=data)
    assert "press F1 or call 911" in again.details.toPlainText()


def test_a_kiosk_offers_no_way_to_change_the_number(
    make_kiosk: Callable[..., MainWindow],
) -> None:
    window = make_kiosk()
    window.show_emergency()
    assert window.emergency_dialog is not None
    assert window.emergency_dialog.change_button is None
    window.choose_emergency_number()
    assert not [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, EmergencyNumberDialog) and w.isVisible()
    ]
