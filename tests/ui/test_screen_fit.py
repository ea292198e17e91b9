"""Every window and dialog fits the screen it is on, with its buttons in view.

These run on the offscreen screen of the test run (800×800), and again, from test_screen_sizes.py,
on a virtual 1024×600 screen and on 1366×768 and 2732×1536 screens at 2× scale.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from saferest.ui.emergency_chooser import EmergencyNumberDialog
from saferest.ui.main_window import MainWindow

from .uihelpers import off_screen, top_level

EXPECTED_SCREEN = "SAFEREST_TEST_SCREEN"
"""Set by test_screen_sizes.py: the logical size the virtual screen must have ('683x384')."""

MakeKiosk = Callable[..., MainWindow]


def test_the_screen_is_the_one_asked_for(qapp: QApplication) -> None:
    expected = os.environ.get(EXPECTED_SCREEN)
    if expected is None:
        pytest.skip("the screen is chosen when test_screen_sizes.py runs this file")
    screen = qapp.primaryScreen().availableGeometry()
    assert f"{screen.width()}x{screen.height()}" == expected


def _dialogs() -> list[QDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]


def test_the_desktop_window_and_its_dialogs_fit(qtbot: QtBot, window: MainWindow) -> None:
    assert off_screen(window) == []
    window.checker.add_lines(["Xanax 1mg", "kratom", "zzqqxx"])
    for open_dialog in (window.show_emergency, window.show_report, window.show_about):
        open_dialog()
        [dialog] = _dialogs()
        assert off_screen(dialog) == [], dialog.objectName()
        dialog.close()
    window.choose_emergency_number()
    chooser = top_level(EmergencyNumberDialog, "Emergency number")
    assert off_screen(chooser) == []
    chooser.reject()


def test_the_kiosk_and_its_dialogs_fit(
    qtbot: QtBot, make_kiosk: MakeKiosk, write_config: Callable[..., Path]
) -> None:
    config = write_config(
        clinic_name="Riverside Harm Reduction Clinic",
        emergency_number="911",
        allow_print=True,
        local_resources=[{"name": "Needle exchange", "phone": "555-0134", "hours": "9-5"}],
    )
    window = make_kiosk(config)
    assert window.kiosk is not None
    assert off_screen(window) == []
    window.checker.add_lines(["Xanax 1mg", "kratom"])
    for open_dialog in (window.show_emergency, window.show_report, window.kiosk.ask_admin_exit):
        open_dialog()
        [dialog] = _dialogs()
        assert off_screen(dialog) == [], dialog.objectName()
        dialog.close()
    window.kiosk.prompt.start()
    assert off_screen(window.kiosk.prompt) == []
    window.kiosk.prompt.cancel()


def test_the_kiosk_still_fits_with_larger_text(
    qtbot: QtBot, make_kiosk: MakeKiosk, write_config: Callable[..., Path]
) -> None:
    window = make_kiosk(write_config(clinic_name="Riverside Harm Reduction Clinic"))
    header = window.kiosk_header
    assert header is not None
    buttons = (header.language_button, header.smaller, header.larger, header.start_over)

    def words_fit() -> bool:  # the words on the header's buttons are never cut
        return all(b.width() >= b.sizeHint().width() for b in buttons)

    assert words_fit()
    for _ in range(3):  # A+ three times: 1.25 -> 2.0
        window.settings_controller.step_font(+1)
    qtbot.waitUntil(words_fit)  # fonts and layouts follow through posted events
    assert off_screen(window) == []
    window.show_emergency()
    assert window.emergency_dialog is not None
    assert off_screen(window.emergency_dialog) == []
