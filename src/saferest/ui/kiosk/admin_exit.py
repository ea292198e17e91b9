"""The staff-only way out: a hidden gesture or shortcut, then the admin PIN."""

from __future__ import annotations

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
from saferest.ui.kiosk.privacy import mark_sensitive

ADMIN_SHORTCUT = "Ctrl+Alt+Shift+A"
TAPS = 5
TAP_WINDOW_S = 3.0
LONG_PRESS_MS = 3000
MAX_FAILURES = 5
LOCKOUT_MS = 30_000


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
    """Asks for the admin PIN; accepted only with the right one."""

    def __init__(self, pin_hash: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlags(Qt.WindowType.Dialog | Qt.WindowType.WindowStaysOnTopHint)
        self.setObjectName("adminExitDialog")
        self.setWindowTitle(self.tr("Admin exit"))
        self.setAccessibleName(self.tr("Admin exit"))
        self.setModal(True)
        self._hash = pin_hash
        self.failures = 0
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
        cancel = QPushButton(self.tr("Cancel"), self)
        cancel.setAccessibleName(self.tr("Cancel admin exit"))
        cancel.clicked.connect(self.reject)
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.exit_button)
        layout.addLayout(buttons)
        self._unlock = QTimer(self)
        self._unlock.setSingleShot(True)
        self._unlock.setInterval(LOCKOUT_MS)
        self._unlock.timeout.connect(lambda: self._set_enabled(True))
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

    def try_pin(self) -> bool:
        if not self._hash or not self.exit_button.isEnabled():
            return False
        pin = self.pin.text()
        self.pin.setText("")
        if verify_pin(pin, self._hash):
            self.accept()
            return True
        self.failures += 1
        if self.failures >= MAX_FAILURES:
            self.failures = 0
            self._set_enabled(False)
            self._unlock.start()
            self.message.setText(self.tr("Wrong PIN. Too many tries: wait 30 seconds."))
        else:
            self.message.setText(self.tr("Wrong PIN. The kiosk stays open."))
        return False
