"""'Take this home': the QR dialog from the checker and from a card, in the window and the kiosk,
read back from its pixels; its size at 1024x600; a simulated phone photo; nothing on disk."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
import segno
import shiboken6
from PySide6.QtCore import QBuffer, QIODevice, QRect, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap, QTransform
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot
from tests.qr_decode import decode_gray

from saferest.__main__ import main as cli_main
from saferest.domain.pack import default_data_dir
from saferest.domain.take_home import (
    CAPACITY_BYTES,
    KIOSK_CODE_SIDE_PX,
    MAX_VERSION,
    MIN_MODULE_PX,
    TakeHomeText,
    make_qr,
)
from saferest.ui.main_window import MainWindow
from saferest.ui.take_home import TakeHomeDialog, code_side_for, qr_image

from .uihelpers import by_name

SIX = ["kratom 5g at night", "Xanax 1mg", "Ambien 10mg", "gabapentin 300mg", "Benadryl", "zzqqxx"]
LIST_BUTTON = "Take my list home as a QR code"
CARD_BUTTON = "Take this card home as a QR code"


def decode_image(image: QImage) -> str | None:
    """Read the code in an image as a camera would: grey pixels, no help from the app."""
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    width, height = grey.width(), grey.height()
    data = bytes(grey.constBits())  # type: ignore[call-overload]
    stride = grey.bytesPerLine()
    pixels = b"".join(data[y * stride : y * stride + width] for y in range(height))
    return decode_gray(pixels, width, height)


def shown_code(dialog: TakeHomeDialog) -> QImage:
    pixmap = dialog.code_label.pixmap()
    assert not pixmap.isNull()
    return pixmap.toImage()


def open_dialog(qtbot: QtBot, window: MainWindow, button: str) -> TakeHomeDialog:
    qtbot.mouseClick(by_name(window, QPushButton, button), Qt.MouseButton.LeftButton)
    dialog = window.take_home.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def longest_text() -> TakeHomeText:
    """Text that needs the largest code the budget allows."""
    return TakeHomeText("é" * (CAPACITY_BYTES // 2))


# -- the window ---------------------------------------------------------------------------------


def test_the_checker_shows_a_code_that_reads_back_as_the_text_beside_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.checker.add_lines(["Xanax 1mg", "kratom", "zzqqxx"])
    window.show_checker()
    dialog = open_dialog(qtbot, window, LIST_BUTTON)
    assert dialog.windowTitle() == "Take this home"
    text = dialog.text_view.toPlainText()
    assert decode_image(shown_code(dialog)) == text == dialog.text
    assert "- Xanax 1mg (alprazolam)" in text
    assert "NOT RECOGNISED, NOT CHECKED (1): zzqqxx" in text
    assert by_name(window, QPushButton, LIST_BUTTON).text() == "Send my list to my phone"


def test_the_list_button_waits_for_a_list(qtbot: QtBot, window: MainWindow) -> None:
    button = by_name(window, QPushButton, LIST_BUTTON)
    assert not button.isEnabled()
    window.checker.add_lines(["kratom"])
    assert button.isEnabled()
    window.session.medications.clear()
    assert not button.isEnabled()


def test_a_card_offers_its_own_code_and_the_home_page_none(
    qtbot: QtBot, window: MainWindow
) -> None:
    button = by_name(window, QPushButton, CARD_BUTTON)
    assert button.isHidden()
    window.open_entry("kratom")
    assert not button.isHidden()
    dialog = open_dialog(qtbot, window, CARD_BUTTON)
    text = decode_image(shown_code(dialog))
    assert text is not None and text.startswith("SafeRest: Kratom\n")
    assert "Emergency: " in text
    window.go_home()
    assert button.isHidden()


def test_a_realistic_six_item_list_in_spanish_reads_back_whole(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window(data=default_data_dir())
    window.set_language("es")
    window.checker.add_lines(SIX)
    window.show_checker()
    button = by_name(window, QPushButton, "Llevarme mi lista como código QR")
    assert button.text() == "Enviar mi lista a mi teléfono"
    dialog = open_dialog(qtbot, window, "Llevarme mi lista como código QR")
    text = decode_image(shown_code(dialog))
    assert text == dialog.text
    assert text.startswith("SafeRest: mi lista, como la leímos\n- kratom 5g at night\n")
    assert "Qué hacer:" in text and "NO RECONOCIDO, NO SE COMPROBÓ (1): zzqqxx" in text
    assert dialog.windowTitle() == "Llévatelo a casa"


def test_emergency_help_is_one_key_away_with_the_code_open(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.checker.add_lines(["kratom"])
    window.show_checker()
    dialog = open_dialog(qtbot, window, LIST_BUTTON)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    qtbot.keyClick(dialog.text_view, Qt.Key.Key_F1)
    assert window.emergency_dialog is not None and window.emergency_dialog.isVisible()


def test_a_language_switch_closes_the_code(qtbot: QtBot, window: MainWindow) -> None:
    window.checker.add_lines(["kratom"])
    window.show_checker()
    dialog = open_dialog(qtbot, window, LIST_BUTTON)
    window.set_language("es")
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog), timeout=2000)


# -- the kiosk ---------------------------------------------------------------------------------


def test_in_a_kiosk_the_code_is_never_saved_and_goes_with_the_idle_reset(
    qtbot: QtBot,
    make_kiosk: Callable[..., MainWindow],
    write_config: Callable[..., Path],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    homes = tmp_path / "person"
    for var in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "TMPDIR"):
        (homes / var.lower()).mkdir(parents=True)
        monkeypatch.setenv(var, str(homes / var.lower()))
    saved: list[str] = []

    def refuse(*args: object, **kwargs: object) -> bool:
        saved.append(repr(args))
        return False

    for kind in (QImage, QPixmap):
        monkeypatch.setattr(kind, "save", refuse)
    monkeypatch.setattr(segno.QRCode, "save", refuse)
    config = write_config(idle_timeout_s=2, idle_warning_s=1, emergency_number="911")
    window = make_kiosk(config)
    window.checker.add_lines(["Xanax 1mg", "kratom"])
    window.show_checker()
    button = by_name(window, QPushButton, LIST_BUTTON)
    assert button.text() == "Take this home"
    dialog = open_dialog(qtbot, window, LIST_BUTTON)
    assert "Emergency: 911" in dialog.text
    assert dialog.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    assert decode_image(shown_code(dialog)) == dialog.text

    old_session = window.session
    qtbot.waitUntil(lambda: window.session is not old_session, timeout=6000)
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog), timeout=2000)
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, TakeHomeDialog)]
    assert saved == []
    assert [str(p) for p in homes.rglob("*") if p.is_file()] == []


def test_the_kiosk_dialog_fits_1024x600_with_modules_a_phone_reads(
    qtbot: QtBot, make_kiosk: Callable[..., MainWindow], write_config: Callable[..., Path]
) -> None:
    window = make_kiosk(write_config(font_scale=1.25))
    screen = QRect(0, 0, 1024, 600)
    dialog = TakeHomeDialog(longest_text(), window, kiosk=True, available=screen)
    assert dialog.code.version == MAX_VERSION
    assert window.kiosk is not None
    window.kiosk.prepare(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.module_px >= MIN_MODULE_PX
    assert dialog.code_label.width() <= KIOSK_CODE_SIDE_PX
    hint = dialog.sizeHint()
    frame_allowance = 40  # a window manager's title bar
    assert hint.width() <= screen.width() and hint.height() + frame_allowance <= screen.height()
    dialog.resize(hint)
    close = by_name(dialog, QPushButton, "Close the QR code")
    corner = close.mapTo(dialog, close.rect().bottomRight())
    assert dialog.rect().contains(corner)
    dialog.close()


def test_the_dialog_gives_the_code_the_square_the_budget_assumes() -> None:
    assert code_side_for(QRect(0, 0, 1024, 600)) == KIOSK_CODE_SIDE_PX


def test_a_desktop_at_1366x768_gets_bigger_modules(qtbot: QtBot, window: MainWindow) -> None:
    dialog = TakeHomeDialog(longest_text(), window, available=QRect(0, 0, 1366, 768))
    assert dialog.module_px == 6
    hint = dialog.sizeHint()
    assert hint.width() <= 1366 and hint.height() + 40 <= 768
    dialog.close()


# -- what a phone at arm's length sees ----------------------------------------------------------


def photograph(image: QImage, camera_px_per_module: float, module_px: int) -> QImage:
    """The screen as a phone camera records it: tilted a little, sampled at a camera's pixel
    density, slightly out of focus, and JPEG-compressed."""
    factor = camera_px_per_module / module_px
    frame = QImage(image.width() + 200, image.height() + 200, QImage.Format.Format_RGB32)
    frame.fill(Qt.GlobalColor.lightGray)
    painter = QPainter(frame)
    painter.drawImage(100, 100, image)
    painter.end()
    smooth = Qt.TransformationMode.SmoothTransformation
    tilted = frame.transformed(QTransform().rotate(4).scale(factor, factor), smooth)
    blurred = tilted.scaled(tilted.width() * 2 // 3, tilted.height() * 2 // 3, mode=smooth)
    blurred = blurred.scaled(tilted.width(), tilted.height(), mode=smooth)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    QImage.save(blurred, buffer, "JPG", 50)  # in memory only
    return QImage.fromData(buffer.data(), "JPG")


def test_the_largest_code_at_kiosk_size_reads_from_a_phone_photo_at_arms_length() -> None:
    text = ("Xanax 1mg, kratom 5g, Ambien, gabapentin, Benadryl. " * 20)[:CAPACITY_BYTES]
    code = make_qr(text)
    assert code.version == MAX_VERSION
    shown = qr_image(code, MIN_MODULE_PX)
    # 2.5 camera pixels a module: a 1920-pixel camera frame about 45 cm from a 7-inch panel.
    # (This simulation reads from 2.5 pixels a module up and fails at 2.0 and below.)
    assert decode_image(photograph(shown, 2.5, MIN_MODULE_PX)) == text
    # The simulation does degrade: at one camera pixel a module the code no longer reads.
    assert decode_image(photograph(shown, 1.0, MIN_MODULE_PX)) is None


# -- the command line's image -------------------------------------------------------------------


def test_the_cli_png_reads_back_as_exactly_what_qr_text_prints(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    items = ["--lang", "es", "Xanax 1mg", "kratom", "té de tila"]
    assert cli_main(["check", "--qr-text", *items]) == 0
    printed = capsys.readouterr().out
    png = tmp_path / "lista.png"
    assert cli_main(["check", "--qr", str(png), *items]) == 0
    assert os.stat(png).st_size > 0
    assert decode_image(QImage(str(png))) + "\n" == printed  # type: ignore[operator]
