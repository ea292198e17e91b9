"""Kiosk details a visitor or a member of staff meets in the first minutes."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QFontMetrics, QMouseEvent
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

import saferest.ui.main_window
from saferest.ui.kiosk import keyboard
from saferest.ui.kiosk.admin_exit import AdminExitDialog
from saferest.ui.main_window import MainWindow
from saferest.ui.name_width import names_min_width, rows

from .uihelpers import by_name, top_level

MakeKiosk = Callable[..., MainWindow]
WriteConfig = Callable[..., Path]
TAP_GAP_MS = 150


def _send(widget: QWidget, kind: QEvent.Type, pressed: bool) -> None:
    centre = QPointF(widget.rect().center())
    button = Qt.MouseButton.LeftButton
    buttons = button if pressed else Qt.MouseButton.NoButton
    event = QMouseEvent(
        kind, centre, widget.mapToGlobal(centre), button, buttons, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(widget, event)


def quick_taps(qtbot: QtBot, widget: QWidget, count: int) -> None:
    """Taps as Qt delivers them when they come fast: every second press is a double-click."""
    for tap in range(count):
        press = QEvent.Type.MouseButtonDblClick if tap % 2 else QEvent.Type.MouseButtonPress
        _send(widget, press, pressed=True)
        _send(widget, QEvent.Type.MouseButtonRelease, pressed=False)
        qtbot.wait(TAP_GAP_MS)


def _admin_dialogs() -> list[AdminExitDialog]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, AdminExitDialog) and w.isVisible()
    ]


def test_five_quick_taps_on_the_clinic_name_open_the_staff_pin_screen(
    qtbot: QtBot, make_kiosk: MakeKiosk, write_config: WriteConfig
) -> None:
    window = make_kiosk(write_config(clinic_name="Eastside Clinic"))
    assert window.kiosk_header is not None
    quick_taps(qtbot, window.kiosk_header.brand, 4)
    assert _admin_dialogs() == []
    quick_taps(qtbot, window.kiosk_header.brand, 1)
    assert top_level(AdminExitDialog, "Admin exit").isVisible()


def test_the_kiosk_home_page_says_tap_and_never_names_a_key(make_kiosk: MakeKiosk) -> None:
    home = make_kiosk().details.toPlainText()
    assert "In an emergency tap Emergency help or call" in home
    assert "F1" not in home


def test_the_desktop_home_page_names_f1(window: MainWindow) -> None:
    assert "In an emergency press F1 or call 112." in window.details.toPlainText()


def test_a_kiosk_without_the_on_screen_keyboard_tells_staff(
    monkeypatch: pytest.MonkeyPatch, make_kiosk: MakeKiosk
) -> None:
    monkeypatch.setattr(
        saferest.ui.main_window,
        "keyboard_missing",
        lambda env: keyboard.keyboard_missing(env, keyboard_available=False),
    )
    notice = by_name(make_kiosk(), QLabel, "Staff notice")
    assert notice.isVisible()
    assert notice.text().startswith("No on-screen keyboard:")


def test_when_the_keyboard_counts_as_missing() -> None:
    assert keyboard.keyboard_missing({}, keyboard_available=False)
    assert not keyboard.keyboard_missing({}, keyboard_available=True)
    chosen = {"QT_IM_MODULE": "qtvirtualkeyboard"}
    assert keyboard.keyboard_missing(chosen, keyboard_available=False)
    assert not keyboard.keyboard_missing({"QT_IM_MODULE": "maliit"}, keyboard_available=False)


def test_larger_text_makes_the_clinic_header_larger_too(
    qtbot: QtBot, make_kiosk: MakeKiosk, write_config: WriteConfig
) -> None:
    window = make_kiosk(write_config(clinic_name="Eastside Clinic"))
    header = window.kiosk_header
    assert header is not None
    name = by_name(window, QLabel, "Clinic name")
    before = name.font().pointSizeF()
    assert before > QApplication.font().pointSizeF()  # the name stands out from the text
    qtbot.mouseClick(header.larger, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: name.font().pointSizeF() > before)  # fonts follow once posted
    assert name.font().pointSizeF() > QApplication.font().pointSizeF()


def test_no_name_in_the_browse_list_is_cut_off(qtbot: QtBot, make_kiosk: MakeKiosk) -> None:
    window = make_kiosk()
    view = window.reference.browse_view
    metrics = QFontMetrics(view.font())
    names = [text for _depth, text, badge in rows(view) if badge]
    assert len(names) >= 10
    longest = max(metrics.horizontalAdvance(w) for text in names for w in re.split(r"[\s/-]", text))
    assert view.width() >= names_min_width(view) > longest
    before = view.minimumWidth()
    assert window.kiosk_header is not None
    qtbot.mouseClick(window.kiosk_header.larger, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.minimumWidth() > before)
    assert view.minimumWidth() == names_min_width(view)
