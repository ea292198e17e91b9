"""Idle detection and the "Still there?" countdown.

An app-wide event filter restarts a single-shot timer on every input (mouse, key, touch, wheel,
input method). When it fires, the prompt counts down; any input cancels; at zero the session ends.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QMouseEvent
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.InputMethod,  # typing on the on-screen keyboard
    }
)


class IdleWatcher(QObject):
    """Emits `idle` after `timeout_ms` without input, then `woke` at the next input."""

    idle = Signal()
    woke = Signal()

    def __init__(self, timeout_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(timeout_ms)
        self._timer.timeout.connect(self._on_timeout)
        self._is_idle = False
        self._last_pos = QPoint(-1, -1)

    @property
    def timer(self) -> QTimer:
        return self._timer

    @property
    def is_idle(self) -> bool:
        return self._is_idle

    def start(self, target: QObject) -> None:
        target.installEventFilter(self)
        self.restart()

    def restart(self) -> None:
        self._is_idle = False
        self._timer.start()

    def _on_timeout(self) -> None:
        self._is_idle = True
        self.idle.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in ACTIVITY:
            if kind == QEvent.Type.MouseMove and isinstance(event, QMouseEvent):
                # Synthetic moves (a window appearing under a still pointer) and touch jitter
                # report the same position: they are not a person.
                pos = event.globalPosition().toPoint()
                if pos == self._last_pos and event.buttons() == Qt.MouseButton.NoButton:
                    return False
                self._last_pos = pos
            self._timer.start()
            if self._is_idle:
                self._is_idle = False
                self.woke.emit()
        return False  # never swallow input here


class StillTherePrompt(QDialog):
    """A big countdown with one big button; `expired` when it reaches zero."""

    expired = Signal()

    def __init__(self, seconds: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlags(
            Qt.WindowType.Dialog
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint
        )
        self.setObjectName("stillTherePrompt")
        # Frameless: draw our own border so the prompt stands out from the screen behind it.
        self.setStyleSheet(
            "#stillTherePrompt { border: 4px solid palette(highlight); border-radius: 12px; }"
        )
        self.seconds = seconds
        self.remaining = seconds
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 36, 48, 36)
        layout.setSpacing(24)
        self.title = QLabel(self)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.title)
        self.message = QLabel(self)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setMinimumWidth(420)
        layout.addWidget(self.message)
        self.countdown = QLabel(self)
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.countdown)
        self.stay_button = QPushButton(self)
        self.stay_button.setMinimumSize(320, 88)
        self.stay_button.setDefault(True)
        self.stay_button.clicked.connect(self.cancel)
        layout.addWidget(self.stay_button, 0, Qt.AlignmentFlag.AlignCenter)
        self._retranslate()
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._on_tick)
        self._update_text()
        self._apply_fonts()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Still there?"))
        self.setAccessibleName(self.tr("Still there?"))
        self.title.setText(self.tr("Still there?"))
        self.title.setAccessibleName(self.tr("Still there?"))
        self.message.setText(
            self.tr(
                "Touch the button to keep going. Otherwise this screen is cleared for the "
                "next person, and nothing you entered is kept."
            )
        )
        self.message.setAccessibleName(self.tr("What happens next"))
        self.countdown.setAccessibleName(self.tr("Time left"))
        self.stay_button.setText(self.tr("I'm still here"))
        self.stay_button.setAccessibleName(self.tr("I'm still here"))
        if hasattr(self, "_tick"):
            self._update_text()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "stay_button"):
            self._retranslate()

    def _apply_fonts(self) -> None:
        """Sizes relative to the current text size (the person may have made it larger)."""
        base = QApplication.font()
        for widget, factor, bold in (
            (self.title, 2.0, True),
            (self.message, 1.0, False),
            (self.countdown, 2.5, True),
            (self.stay_button, 1.5, True),
        ):
            font = QFont(base)
            font.setPointSizeF(base.pointSizeF() * factor)
            font.setBold(bold)
            widget.setFont(font)

    @property
    def counting(self) -> bool:
        return self._tick.isActive()

    def start(self) -> None:
        self.remaining = self.seconds
        self._update_text()
        self._apply_fonts()
        self._tick.start()
        parent = self.parentWidget()
        self.adjustSize()
        if parent is not None:
            center = parent.mapToGlobal(parent.rect().center())
            self.move(center - self.rect().center())
        self.show()
        self.raise_()

    def cancel(self) -> None:
        self._tick.stop()
        self.hide()

    def reject(self) -> None:  # Esc: the person is there
        self.cancel()

    def _on_tick(self) -> None:
        self.remaining -= 1
        if self.remaining <= 0:
            self.cancel()
            self.expired.emit()
        else:
            self._update_text()

    def _update_text(self) -> None:
        self.countdown.setText(self.tr("%n s", "seconds left", self.remaining))
        self.countdown.setAccessibleDescription(
            self.tr("Seconds left before the screen is cleared: %n", "", self.remaining)
        )
