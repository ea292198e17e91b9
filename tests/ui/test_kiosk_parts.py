"""Kiosk mode piece by piece: start-up modes, reset, privacy, touch, keyboard, branding."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QMessageLogContext, Qt, QTimer, QtMsgType
from PySide6.QtGui import QColor, QGuiApplication, QImage
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScroller,
    QTabBar,
)
from pytestqt.qtbot import QtBot

import saferest.config
from saferest import app
from saferest.ui.emergency import EmergencyDialog
from saferest.ui.kiosk import keyboard, privacy
from saferest.ui.kiosk.admin_exit import MAX_FAILURES, AdminExitDialog, SecretGesture
from saferest.ui.kiosk.touch import MIN_TARGET
from saferest.ui.main_window import MainWindow
from saferest.ui.report_dialog import ReportDialog
from saferest.ui.report_pdf import is_file_printer_name, make_print_dialog, prints_to_file
from saferest.ui.window_actions import MainAction

from .conftest import toml_text
from .uihelpers import MINIPACK, by_name, top_level

MakeKiosk = Callable[..., MainWindow]
WriteConfig = Callable[..., Path]
CLINIC = {
    "clinic_name": "Eastside Clinic",
    "emergency_number": "000-CLINIC-911",
    "allow_print": True,
    "local_resources": [
        {"name": "Eastside needle exchange", "phone": "555-0100", "hours": "Mon-Fri 9-5"},
        {"name": "Crisis line", "phone": "555-0199", "notes": "24 hours, free"},
    ],
}


# -- which mode ---------------------------------------------------------------------------


def test_desktop_is_unchanged_without_kiosk_or_config(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window()
    assert not window.is_kiosk and window.kiosk_header is None
    assert window.window_actions.get(MainAction.QUIT) is not None and window.menuBar().actions()
    assert window.files.writable and window.session.font_scale is None
    assert not window.windowFlags() & Qt.WindowType.FramelessWindowHint


def test_system_config_starts_kiosk_and_kiosk_false_does_not(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, write_config: WriteConfig
) -> None:
    path = write_config(clinic_name="Eastside Clinic")
    monkeypatch.setattr(saferest.config, "system_config_path", lambda: path)
    options = app.parse_args(["--data", str(MINIPACK)])
    loaded = app.admin_config(options)
    assert loaded is not None and loaded.path == path and loaded.notice is None
    own = path.parent / "mine.toml"
    own.write_text(toml_text({"kiosk": False}))
    own.chmod(0o644)
    overridden = app.admin_config(app.parse_args(["--config", str(own)]))
    assert overridden is not None and overridden.path == path  # the system policy still rules
    path.write_text(toml_text({"kiosk": False}))
    assert app.admin_config(options) is None
    assert app.admin_config(app.parse_args(["--config", str(own)])) is None
    assert app.admin_config(app.parse_args(["--kiosk"])) is not None


def test_missing_explicit_config_fails_locked(make_kiosk: MakeKiosk, tmp_path: Path) -> None:
    window = make_kiosk(tmp_path / "nowhere.toml", kiosk_flag=False)
    assert window.is_kiosk
    assert "not found" in by_name(window, QLabel, "Staff notice").text()


def test_configured_language_is_used(
    make_kiosk: MakeKiosk, write_config: WriteConfig, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(app, "_install_translators", asked.append)
    window = make_kiosk(write_config(language="es"), "--lang", "en")
    assert asked == ["es"] and window.config.lang == "es" and window.session.lang == "es"


# -- reset --------------------------------------------------------------------------------


def test_start_over_resets_everything_at_once(
    qtbot: QtBot, make_kiosk: MakeKiosk, write_config: WriteConfig
) -> None:
    window = make_kiosk(write_config(**CLINIC))
    assert window.kiosk.session_is_pristine()
    old_view, old_session = window.session_view, window.session
    window.checker.add_lines(["kratom", "Xanax"])
    qtbot.keyClicks(window.search_box, "zolp")
    qtbot.keyClicks(window.checker.entry, "melat")
    window.open_entry("kratom")
    window.show_emergency()
    QGuiApplication.clipboard().setText("kratom")
    window.settings_controller.step_font(+1)
    assert not window.kiosk.session_is_pristine()

    qtbot.mouseClick(by_name(window, QPushButton, "Start over"), Qt.MouseButton.LeftButton)
    assert window.session is not old_session and window.session_view is not old_view
    assert window.session.medications.rowCount() == 0
    assert window.search_box.text() == "" and window.checker.entry.text() == ""
    assert window.details.current_entry is None and window.tabs.currentIndex() == 0
    assert window.emergency_dialog is None
    assert QGuiApplication.clipboard().text() == ""
    assert window.settings_controller.font_scale() == 1.25
    assert window.kiosk.session_is_pristine()
    assert not isinstance(QApplication.focusWidget(), QLineEdit)  # no keyboard pops up
    # The old views are gone from the window at once and deleted soon after.
    assert old_view.parent() is None
    qtbot.waitUntil(lambda: not shiboken6.isValid(old_view), timeout=3000)
    assert not shiboken6.isValid(old_session)


def test_reset_closes_a_dialog_that_runs_its_own_loop(
    qtbot: QtBot, make_kiosk: MakeKiosk, write_config: WriteConfig
) -> None:
    window = make_kiosk(write_config())
    window.checker.add_lines(["kratom"])
    assert window.kiosk is not None
    seen: list[bool] = []

    def reset_while_asking() -> None:
        seen.append(isinstance(QApplication.activeModalWidget(), QMessageBox))
        window.kiosk.start_over()  # type: ignore[union-attr]

    QTimer.singleShot(200, reset_while_asking)
    window.checker.clear_all()  # "Clear the list?" waits in exec() until the reset closes it
    assert seen == [True]
    assert window.session.medications.rowCount() == 0
    assert QApplication.activeModalWidget() is None


def test_idle_on_an_untouched_screen_asks_nothing(
    make_kiosk: MakeKiosk, write_config: WriteConfig
) -> None:
    window = make_kiosk(write_config())
    assert window.kiosk is not None
    window.kiosk._on_idle()
    assert not window.kiosk.prompt.isVisible() and window.kiosk.watcher.timer.isActive()
    window.checker.add_lines(["kratom"])
    window.kiosk._on_idle()
    assert window.kiosk.prompt.isVisible()


# -- privacy ------------------------------------------------------------------------------


def test_inputs_are_sensitive_and_nothing_can_be_saved(
    qtbot: QtBot, make_kiosk: MakeKiosk, write_config: WriteConfig
) -> None:
    window = make_kiosk(write_config(**CLINIC))
    assert not window.files.writable and window.files.root is None
    for field in (window.search_box, window.checker.entry):
        hints = field.inputMethodHints()
        assert hints & Qt.InputMethodHint.ImhSensitiveData
        assert hints & Qt.InputMethodHint.ImhNoPredictiveText
        assert hints & Qt.InputMethodHint.ImhNoAutoUppercase
        assert field.contextMenuPolicy() == Qt.ContextMenuPolicy.NoContextMenu
    window.checker.add_lines(["Xanax 1mg", "kratom"])
    window.show_report()
    dialog = top_level(ReportDialog, "Print or save report")
    assert dialog.save_button is None
    assert not [b for b in dialog.findChildren(QPushButton) if "PDF" in b.text()]
    assert not dialog.save_pdf(Path("/nonexistent/never.pdf"))
    assert "Eastside Clinic" in dialog.html and "000-CLINIC-911" in dialog.html
    assert "Eastside needle exchange" in dialog.html
    by_name(dialog, QPushButton, "Print")


def test_print_dialog_never_prints_to_a_file(qtbot: QtBot, make_kiosk: MakeKiosk) -> None:
    window = make_kiosk()
    printer = QPrinter()
    dialog = make_print_dialog(printer, window, allow_file=False)
    assert not dialog.testOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile)
    printer.setOutputFileName("/tmp/out.pdf")
    assert prints_to_file(printer)
    assert is_file_printer_name("Microsoft Print to PDF") and is_file_printer_name("Fax")
    assert not is_file_printer_name("HP LaserJet 400 (front desk)")
    dialog.deleteLater()


def test_no_printing_unless_allowed(make_kiosk: MakeKiosk, write_config: WriteConfig) -> None:
    window = make_kiosk(write_config(allow_print=False))
    assert not window.report_button.isVisibleTo(window)
    assert not window.window_actions[MainAction.REPORT].isEnabled()
    window.show_report()
    assert window.report_dialog is None


def test_web_links_are_plain_text(make_kiosk: MakeKiosk) -> None:
    window = make_kiosk()
    window.open_entry("kratom")
    html = window.details.toHtml()
    assert "https://" in html and 'href="http' not in html


def test_logs_never_carry_the_message_text(capsys: pytest.CaptureFixture[str]) -> None:
    context = QMessageLogContext()
    line = privacy.redacted_qt_message(QtMsgType.QtWarningMsg, context)
    assert line is not None and "withheld" in line
    assert privacy.redacted_qt_message(QtMsgType.QtDebugMsg, context) is None
    privacy._qt_handler(QtMsgType.QtWarningMsg, context, "typed: Xanax 1mg")
    try:
        raise ValueError("typed: Xanax 1mg")
    except ValueError:
        privacy._excepthook(*sys.exc_info())  # type: ignore[arg-type]
    err = capsys.readouterr().err
    assert "ValueError" in err and "Xanax" not in err


# -- admin exit ---------------------------------------------------------------------------


def test_too_many_wrong_pins_lock_the_dialog(qtbot: QtBot) -> None:
    dialog = AdminExitDialog(saferest.config.hash_pin("246813"))
    qtbot.addWidget(dialog)
    for _ in range(MAX_FAILURES):
        dialog.pin.setText("0000")
        assert not dialog.try_pin()
    assert not dialog.exit_button.isEnabled() and not dialog.pin.isEnabled()
    assert "wait" in by_name(dialog, QLabel, "Admin exit message").text()


# -- touch and branding -------------------------------------------------------------------


def test_touch_sizes_swipe_and_larger_text(
    qtbot: QtBot, make_kiosk: MakeKiosk, write_config: WriteConfig
) -> None:
    base = QApplication.font().pointSizeF()
    window = make_kiosk(write_config(font_scale=1.5))
    assert QApplication.font().pointSizeF() == pytest.approx(base * 1.5)
    for name in ("Start over", "Emergency help", "Add to list", "Larger text"):
        button = by_name(window, QPushButton, name)
        assert button.height() >= MIN_TARGET and button.width() >= MIN_TARGET, name
    assert window.search_box.height() >= MIN_TARGET
    tabs = window.tabs.findChild(QTabBar)
    assert tabs is not None and tabs.tabRect(0).height() >= MIN_TARGET
    for view in (window.details, window.checker.list_view, window.reference.browse_view):
        assert QScroller.hasScroller(view.viewport())


def test_clinic_header_logo_and_emergency_view(
    qtbot: QtBot, make_kiosk: MakeKiosk, write_config: WriteConfig
) -> None:
    image = QImage(120, 60, QImage.Format.Format_RGB32)
    image.fill(QColor("#0f766e"))
    config = write_config(logo="logo.png", **CLINIC)
    assert image.save(str(config.parent / "logo.png"))
    window = make_kiosk(config)
    assert by_name(window, QLabel, "Clinic name").text() == "Eastside Clinic"
    logo = by_name(window, QLabel, "Clinic logo")
    assert logo.isVisible() and logo.pixmap().height() == 64
    assert not by_name(window, QLabel, "Staff notice").isVisible()

    window.show_emergency()
    dialog = top_level(EmergencyDialog, "Emergency help")
    text = dialog.browser.toPlainText()
    assert text.index("000-CLINIC-911") < text.index("Crisis line")
    assert "Emergency services" not in text  # the clinic's number is the only one
    assert "555-0100" in text and "24 hours, free" in text


def test_missing_logo_is_ignored_with_a_notice(
    make_kiosk: MakeKiosk, write_config: WriteConfig
) -> None:
    window = make_kiosk(write_config(logo="/nonexistent/logo.png", clinic_name="Eastside"))
    assert not by_name(window, QLabel, "Clinic logo").isVisible()
    notice = by_name(window, QLabel, "Staff notice").text()
    assert notice.startswith("Logo not shown:") and "/nonexistent/logo.png" in notice


# -- on-screen keyboard -------------------------------------------------------------------


def test_virtual_keyboard_is_optional(tmp_path: Path) -> None:
    env: dict[str, str] = {}
    assert keyboard.prepare_kiosk_environment(env, keyboard_available=False) is None
    assert "QT_IM_MODULE" not in env and env["QML_DISABLE_DISK_CACHE"] == "1"
    assert keyboard.prepare_kiosk_environment(env, keyboard_available=True) == "qtvirtualkeyboard"
    assert env["QT_IM_MODULE"] == "qtvirtualkeyboard"
    admin_choice = {"QT_IM_MODULE": "ibus"}
    assert keyboard.prepare_kiosk_environment(admin_choice, keyboard_available=True) == "ibus"

    plugins, libs = tmp_path / "plugins", tmp_path / "lib"
    plugins.mkdir()
    libs.mkdir()
    assert not keyboard.virtual_keyboard_available(plugins, [libs])
    (plugins / "libqtvirtualkeyboardplugin.so").touch()
    assert not keyboard.virtual_keyboard_available(plugins, [libs])  # Addons missing
    (libs / "libQt6VirtualKeyboard.so.6").touch()
    assert keyboard.virtual_keyboard_available(plugins, [libs])
    assert isinstance(keyboard.virtual_keyboard_available(), bool)  # this installation


def test_run_prepares_the_kiosk_before_qt_and_never_quits_on_close(
    qtbot: QtBot,
    qapp: QApplication,
    monkeypatch: pytest.MonkeyPatch,
    write_config: WriteConfig,
) -> None:
    monkeypatch.delenv("QT_IM_MODULE", raising=False)
    monkeypatch.delenv("QML_DISABLE_DISK_CACHE", raising=False)
    monkeypatch.setattr(keyboard, "virtual_keyboard_available", lambda *args: False)
    logging_installed: list[bool] = []
    monkeypatch.setattr(privacy, "install_private_logging", lambda: logging_installed.append(True))
    windows: list[MainWindow] = []
    real_create = app._window_for

    def create(*args: object) -> MainWindow:
        windows.append(real_create(*args))  # type: ignore[arg-type]
        qtbot.addWidget(windows[-1], before_close_func=end)
        return windows[-1]

    def event_loop_until_the_window_exists() -> int:
        qtbot.waitUntil(lambda: bool(windows), timeout=10_000)
        return 0

    def end(window: MainWindow) -> None:
        window.kioskExited.disconnect()  # do not quit the test application
        window.admin_exit()

    monkeypatch.setattr(app, "_window_for", create)
    monkeypatch.setattr(QApplication, "exec", staticmethod(event_loop_until_the_window_exists))
    config = write_config(idle_timeout_s=30)
    assert app.run(["--data", str(MINIPACK), "--config", str(config)]) == 0
    (window,) = windows
    assert window.is_kiosk and window.isVisible() and logging_installed == [True]
    assert not qapp.quitOnLastWindowClosed()
    assert "QT_IM_MODULE" not in os.environ  # no keyboard: hardware keys work
    assert os.environ["QML_DISABLE_DISK_CACHE"] == "1"


def test_secret_gesture_needs_five_quick_taps_or_a_long_press(qtbot: QtBot) -> None:
    target = QLabel("Clinic")
    qtbot.addWidget(target)
    now = [0.0]
    gesture = SecretGesture(target, clock=lambda: now[0])
    fired: list[bool] = []
    gesture.triggered.connect(lambda: fired.append(True))
    for _ in range(4):
        qtbot.mouseClick(target, Qt.MouseButton.LeftButton)
        now[0] += 1.0  # too slow: never five within three seconds
    qtbot.mouseClick(target, Qt.MouseButton.LeftButton)
    assert not fired
    for _ in range(5):
        now[0] += 0.3
        qtbot.mouseClick(target, Qt.MouseButton.LeftButton)
    assert fired == [True]
    qtbot.mousePress(target, Qt.MouseButton.LeftButton)
    assert gesture._long.isActive()
    gesture._long.timeout.emit()  # held long enough
    assert fired == [True, True]
    qtbot.mouseRelease(target, Qt.MouseButton.LeftButton)
    assert not gesture._long.isActive()


def test_window_goes_back_to_full_screen(qtbot: QtBot, make_kiosk: MakeKiosk) -> None:
    window = make_kiosk()
    window.showNormal()
    qtbot.waitUntil(window.isFullScreen, timeout=2000)


def test_unusable_cache_dir_is_skipped(
    make_kiosk: MakeKiosk, write_config: WriteConfig, tmp_path: Path
) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x")
    window = make_kiosk(write_config(cache_dir=str(blocker / "cache")))
    assert window.engine.entry("kratom") is not None
