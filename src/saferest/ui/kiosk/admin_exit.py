"""The staff-only way out: a hidden gesture or shortcut, then the admin PIN."""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from saferest.config import verify_pin
from saferest.ui.kiosk.pin_lockout import FREE_TRIES, PinLockout, process_lockout
from saferest.ui.kiosk.privacy import mark_sensitive

ADMIN_SHORTCUT = "Ctrl+Alt+Shift+A"
TAPS = 5
TAP_WINDOW_S = 3.0
LONG_PRESS_MS = 3000
MAX_FAILURES = FREE_TRIES + 1
"""Wrong PINs in a row that lock the PIN entry (then each further one locks it longer)."""
TICK_MS = 1000


class SecretGesture(QObject):
    """Five quick taps, or one long press, on a widget: `triggered`."""

    triggered = Signal()

    def __init__(self, target: QWidget, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(target)
        self._clock = clock
        self._taps: list[float] = []
        self._long = QTimer(self)
        self._long.setSingleShot(True)
        self._long.setInterval(LONG_PRESS_MS)
        self._long.timeout.connect(self._fire)
        target.installEventFilter(self)

    def _fire(self) -> None:
        self._taps.clear()
        self._long.stop()
        self.triggered.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        # Quick taps arrive as press, release, double-click, release: each press counts.
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick):
            now = self._clock()
            self._taps = [t for t in self._taps if now - t <= TAP_WINDOW_S] + [now]
            if len(self._taps) >= TAPS:
                self._fire()
            else:
                self._long.start()
        elif kind in (QEvent.Type.MouseButtonRelease, QEvent.Type.Leave, QEvent.Type.Hide):
            self._long.stop()
        return False


class AdminExitDialog(QDialog):
    """Asks for the admin PIN; accepted only with the right one.

    Wrong PINs are counted in `lockout`, shared by every dialog of the process, so closing and
    reopening the dialog never gives another try while a lock-out lasts.
    """

    def __init__(
        self,
        pin_hash: str | None,
        parent: QWidget | None = None,
        lockout: PinLockout | None = None,
    ) -> None:
        super().__init__(parent)
        self.lockout = lockout if lockout is not None else process_lockout()
        self._checking = False
        self.setWindowFlags(Qt.WindowType.Dialog | Qt.WindowType.WindowStaysOnTopHint)
        self.setObjectName("adminExitDialog")
        self.setWindowTitle(self.tr("Admin exit"))
        self.setAccessibleName(self.tr("Admin exit"))
        self.setModal(True)
        self._hash = pin_hash
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Staff only: enter the admin PIN to close the kiosk."), self)
        heading.setWordWrap(True)
        layout.addWidget(heading)
        self.pin = QLineEdit(self)
        self.pin.setAccessibleName(self.tr("Admin PIN"))
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setInputMethodHints(Qt.InputMethodHint.ImhHiddenText)
        mark_sensitive(self.pin)
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.5)
        self.pin.setFont(big)
        self.pin.returnPressed.connect(self.try_pin)
        layout.addWidget(self.pin)
        layout.addLayout(self._keypad())
        self.message = QLabel(self)
        self.message.setAccessibleName(self.tr("Admin exit message"))
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        self.exit_button = QPushButton(self.tr("Exit kiosk"), self)
        self.exit_button.setAccessibleName(self.tr("Exit kiosk"))
        self.exit_button.clicked.connect(self.try_pin)
        # Return in the PIN field submits once (returnPressed); no default button repeats it.
        self.exit_button.setAutoDefault(False)
        cancel = QPushButton(self.tr("Cancel"), self)
        cancel.setAutoDefault(False)
        cancel.setAccessibleName(self.tr("Cancel admin exit"))
        cancel.clicked.connect(self.reject)
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.exit_button)
        layout.addLayout(buttons)
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self.refresh_lock)
        self.refresh_lock()
        if not pin_hash:
            self.message.setText(
                self.tr(
                    "No admin PIN is set, so the kiosk cannot be closed from here. Staff: make "
                    "a hash with “saferest admin hash-pin” and put it in kiosk.toml as "
                    "admin_pin_hash."
                )
            )
            self._set_enabled(False)

    def _keypad(self) -> QGridLayout:
        """Digits for touch screens without a keyboard."""
        grid = QGridLayout()
        keys = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "", "0", "⌫"]
        self.keypad: list[QPushButton] = []
        for i, key in enumerate(keys):
            if not key:
                continue
            button = QPushButton(key, self)
            button.setMinimumSize(64, 56)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAutoDefault(False)
            if key == "⌫":
                button.setAccessibleName(self.tr("Delete last digit"))
                button.clicked.connect(self.pin.backspace)
            else:
                button.setAccessibleName(key)
                button.clicked.connect(lambda _=False, k=key: self.pin.insert(k))
            grid.addWidget(button, i // 3, i % 3)
            self.keypad.append(button)
        return grid

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (self.pin, self.exit_button, *self.keypad):
            widget.setEnabled(enabled and bool(self._hash))

    def refresh_lock(self) -> None:
        """Enable the PIN entry when no lock-out lasts; otherwise say how long to wait."""
        remaining = self.lockout.remaining()
        if remaining > 0:
            self._set_enabled(False)
            seconds = math.ceil(remaining)
            self.message.setText(
                self.tr("Too many wrong PINs: wait %1 s, then try again.").replace(
                    "%1", str(seconds)
                )
            )
            if not self._tick.isActive():
                self._tick.start()
            return
        self._tick.stop()
        if not self.exit_button.isEnabled() and self._hash:
            self._set_enabled(True)
            self.message.setText(self.tr("You can try the PIN again."))

    def try_pin(self) -> bool:
        """One submission, one attempt: nothing is counted when the entry is empty or locked."""
        pin = self.pin.text()
        self.pin.setText("")
        if not self._hash or self._checking or self.lockout.locked:
            self.refresh_lock()
            return False
        if not pin:
            return False
        self._checking = True
        try:
            right = verify_pin(pin, self._hash)
        finally:
            self._checking = False
        if right:
            self.lockout.record_success()
            self.accept()
            return True
        if self.lockout.record_failure() > 0:
            self.refresh_lock()
        else:
            self.message.setText(self.tr("Wrong PIN. The kiosk stays open."))
        return False
