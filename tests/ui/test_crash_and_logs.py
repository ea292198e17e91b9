"""Logs and crashes: a report and a plain dialog in desktop mode, nothing on disk in kiosk mode,
and never anything a person typed."""

from __future__ import annotations

import faulthandler
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from saferest import app
from saferest.ui.crash import CrashDialog
from saferest.ui.identity import DESKTOP_FILE_NAME
from saferest.ui.main_window import MainWindow

from .uihelpers import MINIPACK, by_name

TYPED = "zolpidem-and-something-private"
PACKAGING = Path(__file__).resolve().parents[2] / "packaging"


class Run:
    """app.run() for real, with a test in place of the event loop's body."""

    def __init__(self) -> None:
        self.window: MainWindow | None = None
        self.dialogs: list[CrashDialog] = []
        self.fault_handler_on = False
        self.desktop_file_name = ""
        self.icon_sizes: list[int] = []


def boom() -> None:
    raise ValueError(f"could not read {TYPED}")


def nothing(run: Run) -> None:
    del run


def type_in_search(run: Run) -> None:
    assert run.window is not None
    by_name(run.window, QLineEdit, "Search").setText(TYPED)


def run_with_an_error(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    args: list[str],
    before: Callable[[Run], None] = nothing,
) -> Run:
    run = Run()
    real_window_for = app._window_for

    def window_for(*pieces: object) -> MainWindow:
        run.window = real_window_for(*pieces)  # type: ignore[arg-type]
        qtbot.addWidget(run.window)
        return run.window

    def event_loop() -> int:
        qtbot.waitUntil(lambda: run.window is not None and run.window.isVisible(), timeout=10_000)
        before(run)
        loop = QEventLoop()
        QTimer.singleShot(0, boom)  # an unexpected error in a slot, as in real use
        QTimer.singleShot(300, loop.quit)
        loop.exec()
        run.dialogs = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, CrashDialog) and w.isVisible()
        ]
        run.fault_handler_on = faulthandler.is_enabled()
        run.desktop_file_name = QGuiApplication.desktopFileName()
        run.icon_sizes = [s.width() for s in QGuiApplication.windowIcon().availableSizes()]
        if run.window is not None and run.window.kiosk is not None:
            run.window.admin_exit()
        return 0

    monkeypatch.setattr(app, "_window_for", window_for)
    monkeypatch.setattr(QApplication, "exec", staticmethod(event_loop))
    assert app.run(args) == 0
    return run


def files_under(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


@pytest.fixture
def log_dir(tmp_path: Path) -> Path:
    return tmp_path / "home" / "xdg_state_home" / "SafeRest" / "log"


def test_desktop_error_writes_a_crash_report_and_shows_a_dialog(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, log_dir: Path
) -> None:
    run = run_with_an_error(
        qtbot, monkeypatch, ["--data", str(MINIPACK), "--user-dir", str(tmp_path / "user")]
    )
    [dialog] = run.dialogs
    qtbot.addWidget(dialog)
    [report] = log_dir.glob("crash-*.txt")
    text = report.read_text(encoding="utf-8")
    assert "Unexpected builtins.ValueError" in text
    assert ", in boom" in text and "SafeRest: " in text and "Qt: " in text
    assert TYPED not in text
    assert dialog.details == text
    assert str(report) in dialog.message.text()
    assert "emergency number" in dialog.message.text()


def test_the_dialog_copies_the_details(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    run = run_with_an_error(
        qtbot, monkeypatch, ["--data", str(MINIPACK), "--user-dir", str(tmp_path / "u")]
    )
    [dialog] = run.dialogs
    qtbot.addWidget(dialog)
    QGuiApplication.clipboard().clear()
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == dialog.details
    assert dialog.copy_button.accessibleName() == "Copy details"


def test_desktop_log_records_start_data_and_error_but_nothing_typed(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, log_dir: Path
) -> None:
    run = run_with_an_error(
        qtbot,
        monkeypatch,
        ["--data", str(MINIPACK), "--user-dir", str(tmp_path / "user")],
        type_in_search,
    )
    for dialog in run.dialogs:
        qtbot.addWidget(dialog)
    log = (log_dir / "saferest.log").read_text(encoding="utf-8")
    assert "starting in desktop mode" in log
    assert "data pack 0.1.0 (reviewed" in log
    assert "building the compiled data cache" in log
    assert "Unexpected builtins.ValueError" in log
    assert TYPED not in log
    assert run.fault_handler_on and (log_dir / "faults.log").is_file()


def test_kiosk_error_writes_nothing_and_shows_no_dialog(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    run = run_with_an_error(
        qtbot, monkeypatch, ["--data", str(MINIPACK), "--kiosk"], type_in_search
    )
    assert run.dialogs == []
    assert files_under(tmp_path / "home") == []
    err = capsys.readouterr().err
    assert "starting in kiosk mode" in err and "data pack 0.1.0" in err
    assert "unexpected ValueError (message withheld in kiosk mode)" in err
    assert TYPED not in err
    assert run.fault_handler_on


def test_the_window_carries_the_desktop_file_id_and_the_icon(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    run = run_with_an_error(
        qtbot, monkeypatch, ["--data", str(MINIPACK), "--user-dir", str(tmp_path / "u")]
    )
    for dialog in run.dialogs:
        qtbot.addWidget(dialog)
    assert run.desktop_file_name == DESKTOP_FILE_NAME
    assert (PACKAGING / "linux" / f"{DESKTOP_FILE_NAME}.desktop").is_file()
    assert {16, 32, 48, 256} <= set(run.icon_sizes)


def test_kiosk_errors_in_other_threads_are_withheld_too(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)  # restored afterwards
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    app.install_error_handling(qapp, kiosk=True, report_dir=None)
    worker = threading.Thread(target=boom)
    worker.start()
    worker.join()
    err = capsys.readouterr().err
    assert "unexpected ValueError (message withheld in kiosk mode)" in err
    assert TYPED not in err
