"""Issue 5 acceptance: a whole kiosk session leaves nothing behind, idle reset timing, lockdown,
admin exit, and configs that fail locked."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDateEdit,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
)
from pytestqt.qtbot import QtBot

import saferest.config
from saferest.config import hash_pin
from saferest.ui.kiosk.admin_exit import AdminExitDialog
from saferest.ui.kiosk.idle import StillTherePrompt
from saferest.ui.main_window import MainWindow

from .uihelpers import by_name, top_level

PIN = "246813"
PIN_HASH = hash_pin(PIN)
USER_DIRS = (
    "HOME",
    "XDG_DATA_HOME",
    "XDG_CONFIG_HOME",
    "XDG_CACHE_HOME",
    "XDG_STATE_HOME",
    "APPDATA",
    "LOCALAPPDATA",
)
MakeKiosk = Callable[..., MainWindow]
WriteConfig = Callable[..., Path]


def leftovers(root: Path) -> list[str]:
    found = []
    for folder, dirs, files in os.walk(root):
        found += [os.path.join(folder, name) for name in dirs + files]
    return found


def assert_home_state(window: MainWindow) -> None:
    assert window.tabs.currentIndex() == 0
    assert window.search_box.text() == ""
    assert window.details.current_entry is None and window.details.history == []
    medications = by_name(window, QListView, "My medications")
    assert medications.model() is window.session.medications
    assert medications.model().rowCount() == 0
    assert window.checker.entry.text() == ""
    assert window.session.conditions.ids == []  # issue 18: health conditions go with the session
    conditions = by_name(window, QGroupBox, "My health conditions")
    assert not any(box.isChecked() for box in conditions.findChildren(QCheckBox))
    assert window.details.verticalScrollBar().value() == 0
    visible = [w for w in QApplication.topLevelWidgets() if w is not window and w.isVisible()]
    assert visible == []


def prompt(window: MainWindow) -> StillTherePrompt:
    assert window.kiosk is not None
    return window.kiosk.prompt


def test_full_kiosk_session_writes_nothing_and_resets(
    qtbot: QtBot,
    make_kiosk: MakeKiosk,
    write_config: WriteConfig,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    dirs = {}
    for var in USER_DIRS:
        dirs[var] = tmp_path / "person" / var.lower()
        dirs[var].mkdir(parents=True)
        monkeypatch.setenv(var, str(dirs[var]))
    config = write_config(
        idle_timeout_s=2,
        idle_warning_s=1,
        allow_print=True,
        clinic_name="Eastside Clinic",
        emergency_number="112",
        font_scale=1.25,
    )
    window = make_kiosk(config)
    base_font = QApplication.font().pointSizeF()

    qtbot.keyClicks(window.search_box, "kratom")
    qtbot.waitUntil(lambda: window.reference.last_query == "kratom", timeout=2000)
    window.open_entry("kratom")
    window.tabs.setCurrentWidget(window.checker)
    qtbot.keyClicks(window.checker.entry, "Xanax 1mg")
    qtbot.keyClick(window.checker.entry, Qt.Key.Key_Return)
    window.checker.add_lines(["kratom", "zolpidem", "I'm pregnant"])
    by_name(window, QCheckBox, "Sleep apnoea").click()
    assert window.session.conditions.ids == ["pregnancy", "sleep_apnoea"]
    window.details.verticalScrollBar().setValue(window.details.verticalScrollBar().maximum())
    qtbot.mouseClick(by_name(window, QPushButton, "Larger text"), Qt.MouseButton.LeftButton)
    window.show_emergency()
    window.show_report()
    QGuiApplication.clipboard().setText("Xanax 1mg")
    assert window.session.medications.rowCount() == 3
    assert QApplication.font().pointSizeF() > base_font

    last_input = time.monotonic()
    qtbot.keyClick(window.checker.entry, Qt.Key.Key_Shift)
    qtbot.waitUntil(lambda: prompt(window).isVisible(), timeout=4000)
    old_session = window.session
    qtbot.waitUntil(lambda: window.session is not old_session, timeout=4000)
    elapsed = time.monotonic() - last_input
    assert 2.5 <= elapsed <= 4.5, elapsed  # 2 s idle + 1 s countdown

    assert_home_state(window)
    assert QGuiApplication.clipboard().text() == ""
    assert QApplication.font().pointSizeF() == pytest.approx(base_font)  # the clinic size
    for var, folder in dirs.items():
        assert leftovers(folder) == [], var


def test_input_during_countdown_cancels_the_reset(
    qtbot: QtBot, make_kiosk: MakeKiosk, write_config: WriteConfig
) -> None:
    window = make_kiosk(write_config(idle_timeout_s=2, idle_warning_s=1))
    window.checker.add_lines(["kratom"])
    session = window.session
    assert window.kiosk is not None
    watcher = window.kiosk.watcher

    qtbot.waitUntil(lambda: prompt(window).isVisible(), timeout=4000)
    still_here = by_name(prompt(window), QPushButton, "I'm still here")
    assert prompt(window).accessibleName() == "Still there?"
    assert by_name(prompt(window), QLabel, "Time left").text() in ("1 s", "2 s")
    qtbot.mouseClick(still_here, Qt.MouseButton.LeftButton)
    assert not prompt(window).isVisible()
    assert watcher.timer.isActive() and watcher.timer.remainingTime() > 1500
    assert window.session is session

    qtbot.waitUntil(lambda: prompt(window).isVisible(), timeout=4000)
    qtbot.keyClick(window.search_box, Qt.Key.Key_K)  # any input at all
    assert not prompt(window).isVisible()
    assert watcher.timer.remainingTime() > 1500
    assert window.session is session and session.medications.rowCount() == 1


def test_quit_keys_and_close_do_nothing(
    qtbot: QtBot, make_kiosk: MakeKiosk, write_config: WriteConfig
) -> None:
    window = make_kiosk(write_config(admin_pin_hash=PIN_HASH))
    flags = window.windowFlags()
    assert flags & Qt.WindowType.FramelessWindowHint
    assert flags & Qt.WindowType.WindowStaysOnTopHint
    assert window.windowState() & Qt.WindowState.WindowFullScreen
    assert window.menuBar().actions() == [] or not window.menuBar().isVisible()
    triggered: list[bool] = []
    trap = QAction("trap", window)  # as if something had a quit shortcut after all
    trap.setShortcuts([QKeySequence("Ctrl+Q"), QKeySequence("Ctrl+W"), QKeySequence("Alt+F4")])
    trap.triggered.connect(lambda: triggered.append(True))
    window.addAction(trap)

    M = Qt.KeyboardModifier
    for key, modifier in (
        (Qt.Key.Key_F4, M.AltModifier),
        (Qt.Key.Key_Q, M.ControlModifier),
        (Qt.Key.Key_W, M.ControlModifier),
        (Qt.Key.Key_Escape, M.NoModifier),
        (Qt.Key.Key_F11, M.NoModifier),
    ):
        qtbot.keyClick(window, key, modifier)
        qtbot.keyClick(window.tabs, key, modifier)
    assert not window.close()
    assert window.isVisible() and not triggered
    qtbot.keyClicks(window.search_box, "abc")
    qtbot.keyClick(window.search_box, Qt.Key.Key_Escape)  # Esc still clears a field
    assert window.search_box.text() == ""
    assert window.kiosk is not None and window.kiosk.lockdown.blocked >= 10
    # Nothing typed remains (a date editor's own field always shows a date, not typed text).
    fields = [w for w in window.findChildren(QLineEdit) if not isinstance(w.parent(), QDateEdit)]
    assert not any(w.text() for w in fields)


def test_admin_pin_exits_and_wrong_pin_does_not(
    qtbot: QtBot, make_kiosk: MakeKiosk, write_config: WriteConfig
) -> None:
    window = make_kiosk(write_config(admin_pin_hash=PIN_HASH))
    M = Qt.KeyboardModifier
    qtbot.keyClick(window, Qt.Key.Key_A, M.ControlModifier | M.AltModifier | M.ShiftModifier)
    dialog = top_level(AdminExitDialog, "Admin exit")
    pin = by_name(dialog, QLineEdit, "Admin PIN")
    assert pin.echoMode() == QLineEdit.EchoMode.Password
    qtbot.keyClicks(pin, "1111")
    qtbot.mouseClick(by_name(dialog, QPushButton, "Exit kiosk"), Qt.MouseButton.LeftButton)
    assert "Wrong PIN" in by_name(dialog, QLabel, "Admin exit message").text()
    assert window.isVisible() and dialog.isVisible() and pin.text() == ""

    for digit in PIN:  # the on-screen keypad, for touch screens
        qtbot.mouseClick(by_name(dialog, QPushButton, digit), Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(window.kioskExited, timeout=2000):
        qtbot.mouseClick(by_name(dialog, QPushButton, "Exit kiosk"), Qt.MouseButton.LeftButton)
    assert not window.isVisible()


def test_hidden_gesture_opens_admin_exit_and_no_pin_means_no_exit(
    qtbot: QtBot, make_kiosk: MakeKiosk, write_config: WriteConfig
) -> None:
    window = make_kiosk(write_config(clinic_name="Eastside Clinic"))
    assert window.kiosk_header is not None
    brand = window.kiosk_header.brand
    for _ in range(5):
        qtbot.mouseClick(brand, Qt.MouseButton.LeftButton)
    dialog = top_level(AdminExitDialog, "Admin exit")
    message = by_name(dialog, QLabel, "Admin exit message").text()
    assert "No admin PIN is set" in message and "hash-pin" in message
    assert not by_name(dialog, QLineEdit, "Admin PIN").isEnabled()
    assert not dialog.try_pin()
    assert window.isVisible()


@pytest.mark.parametrize("problem", ["broken", "invalid", "unreadable", "world-writable"])
def test_bad_configs_start_locked_with_a_staff_notice(
    problem: str,
    qtbot: QtBot,
    make_kiosk: MakeKiosk,
    write_config: WriteConfig,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pin_line = f'admin_pin_hash = "{PIN_HASH}"\nkiosk = false\nidle_timeout_s = 5\n'
    if problem == "broken":
        path = write_config(pin_line + "clinic_name = [unclosed\n")
    elif problem == "invalid":
        path = write_config(pin_line + "idle_timeout_s = -3\n")
    else:
        path = write_config(pin_line)
    if problem == "world-writable":
        path.chmod(0o666)
    elif problem == "unreadable":
        if os.name == "posix" and os.geteuid() != 0:
            path.chmod(0o000)
        else:  # root reads everything: simulate the refusal
            real = saferest.config._read_small_text

            def refuse(target: Path) -> str:
                if target == path:
                    raise PermissionError(13, "Permission denied", str(target))
                return real(target)

            monkeypatch.setattr(saferest.config, "_read_small_text", refuse)

    # Started without --kiosk: the file asked for kiosk = false, but a refused file unlocks nothing.
    window = make_kiosk(path, kiosk_flag=False)
    assert window.is_kiosk and window.kiosk is not None
    assert window.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert not window.close() and window.isVisible()
    assert window.kiosk.watcher.timer.interval() == 120_000  # safe defaults, not the file's
    assert window.kiosk.loaded.config.admin_pin_hash is None
    notice = by_name(window, QLabel, "Staff notice")
    assert notice.isVisible()
    assert notice.text().startswith("Kiosk settings not applied:")
    path.chmod(0o644)
