"""A PIN that holds: wrong PINs count for the whole process, across dialogs and kiosk resets,
with growing delays and one attempt per submission; only hashes the app can check in time."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from saferest.__main__ import main
from saferest.config import KioskConfig, hash_pin, parse_pin_hash
from saferest.ui.kiosk.admin_exit import MAX_FAILURES, AdminExitDialog
from saferest.ui.kiosk.pin_lockout import FIRST_LOCKOUT_S, PinLockout, lockout_after
from saferest.ui.main_window import MainWindow

PIN = "975310"
PIN_HASH = hash_pin(PIN)


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock(make_kiosk: Callable[..., MainWindow]) -> FakeClock:
    return FakeClock()


@pytest.fixture
def kiosk(
    make_kiosk: Callable[..., MainWindow],
    write_config: Callable[..., Path],
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> MainWindow:
    window = make_kiosk(write_config(admin_pin_hash=PIN_HASH))
    assert window.kiosk is not None
    monkeypatch.setattr(window.kiosk.pin_lockout, "clock", clock)
    return window


def open_dialog(window: MainWindow) -> AdminExitDialog:
    assert window.kiosk is not None
    window.kiosk.ask_admin_exit()
    dialog = window.kiosk.admin_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def submit(qtbot: QtBot, dialog: AdminExitDialog, pin: str) -> None:
    qtbot.keyClicks(dialog.pin, pin)
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)


def test_delays_grow_after_the_free_tries() -> None:
    delays = [lockout_after(n) for n in range(1, MAX_FAILURES + 4)]
    assert delays[: MAX_FAILURES - 1] == [0.0] * (MAX_FAILURES - 1)
    assert delays[MAX_FAILURES - 1 :] == [FIRST_LOCKOUT_S * 2**i for i in range(4)]


def test_cancel_and_reopen_does_not_allow_another_try_until_the_delay_passed(
    qtbot: QtBot, kiosk: MainWindow, clock: FakeClock
) -> None:
    dialog = open_dialog(kiosk)
    for _ in range(MAX_FAILURES):
        submit(qtbot, dialog, "111111")
    assert not dialog.pin.isEnabled()
    dialog.reject()

    again = open_dialog(kiosk)
    assert again is not dialog
    assert not again.pin.isEnabled() and not again.exit_button.isEnabled()
    assert "wait 30 s" in again.message.text()
    again.pin.setText(PIN)  # even the right PIN is not tried while locked
    assert not again.try_pin()
    assert kiosk.isVisible()

    clock.now += FIRST_LOCKOUT_S + 1
    again.refresh_lock()
    assert again.pin.isEnabled()
    with qtbot.waitSignal(kiosk.kioskExited, timeout=2000):
        submit(qtbot, again, PIN)


def test_the_count_survives_a_kiosk_reset(
    qtbot: QtBot, kiosk: MainWindow, clock: FakeClock
) -> None:
    assert kiosk.kiosk is not None
    dialog = open_dialog(kiosk)
    for _ in range(MAX_FAILURES - 1):
        submit(qtbot, dialog, "111111")
    dialog.reject()
    kiosk.kiosk.start_over()  # the next visitor: a whole new session

    dialog = open_dialog(kiosk)
    submit(qtbot, dialog, "222222")
    assert not dialog.pin.isEnabled()
    assert kiosk.kiosk.pin_lockout.failures == MAX_FAILURES


def test_return_counts_one_attempt_and_an_empty_pin_none(qtbot: QtBot, kiosk: MainWindow) -> None:
    assert kiosk.kiosk is not None
    dialog = open_dialog(kiosk)
    submit(qtbot, dialog, "111111")
    assert kiosk.kiosk.pin_lockout.failures == 1
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    qtbot.mouseClick(dialog.exit_button, Qt.MouseButton.LeftButton)
    assert kiosk.kiosk.pin_lockout.failures == 1


def test_a_longer_lock_after_each_wrong_pin_past_the_first() -> None:
    clock = FakeClock()
    lockout = PinLockout(clock)
    waits = []
    for _ in range(MAX_FAILURES + 2):
        waits.append(lockout.record_failure())
        clock.now += lockout.remaining()
    assert waits[-3:] == [FIRST_LOCKOUT_S, FIRST_LOCKOUT_S * 2, FIRST_LOCKOUT_S * 4]
    lockout.record_success()
    assert lockout.failures == 0 and not lockout.locked


@pytest.mark.parametrize(
    "stored",
    [
        "scrypt$garbage",
        "scrypt$1073741824$8$1$c2FsdHNhbHRzYWx0c2FsdA==$" + "A" * 44,  # N = 2^30
        "scrypt$16384$8$64$c2FsdHNhbHRzYWx0c2FsdA==$" + "A" * 44,  # p = 64
        "scrypt$16383$8$1$c2FsdHNhbHRzYWx0c2FsdA==$" + "A" * 44,  # N not a power of two
        "scrypt$16384$8$1$$" + "A" * 44,  # no salt
    ],
)
def test_hashes_that_cannot_be_checked_within_a_second_are_refused(
    stored: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(ValueError):
        parse_pin_hash(stored)
    with pytest.raises(ValueError, match="admin hash-pin"):
        KioskConfig(admin_pin_hash=stored)
    path = tmp_path / "kiosk.toml"
    path.write_text(f'admin_pin_hash = "{stored}"\n')
    path.chmod(0o644)
    assert main(["config", "validate", str(path)]) == 1
    assert "admin_pin_hash" in capsys.readouterr().out


def test_hash_pin_requires_six_characters(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("2468\n"))
    assert main(["admin", "hash-pin", "--stdin"]) == 2
    assert "at least 6" in capsys.readouterr().err
    monkeypatch.setattr("sys.stdin", io.StringIO(PIN + "\n"))
    assert main(["admin", "hash-pin", "--stdin"]) == 0
    parse_pin_hash(capsys.readouterr().out.strip())
