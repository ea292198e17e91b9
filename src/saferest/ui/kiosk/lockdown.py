"""Keeping people in the app: window flags, and quit/close keys that do nothing.

What a Qt app cannot block (Ctrl+Alt+Del, the Windows key, Alt+Tab, switching virtual terminals)
needs the operating system's kiosk feature; see the kiosk deployment guide.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QKeyCombination, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QWidget

KeyMod = Qt.KeyboardModifier
BLOCKED_KEYS = frozenset(
    {
        QKeyCombination(KeyMod.AltModifier, Qt.Key.Key_F4),
        QKeyCombination(KeyMod.ControlModifier, Qt.Key.Key_Q),
        QKeyCombination(KeyMod.ControlModifier, Qt.Key.Key_W),
        QKeyCombination(KeyMod.ControlModifier, Qt.Key.Key_F4),
        QKeyCombination(KeyMod.ControlModifier | KeyMod.ShiftModifier, Qt.Key.Key_Q),
        QKeyCombination(KeyMod.ControlModifier | KeyMod.ShiftModifier, Qt.Key.Key_W),
        QKeyCombination(KeyMod.MetaModifier, Qt.Key.Key_Q),
        QKeyCombination(KeyMod.NoModifier, Qt.Key.Key_F11),
    }
)
BLOCKED_STANDARD = (
    QKeySequence.StandardKey.Quit,
    QKeySequence.StandardKey.Close,
    QKeySequence.StandardKey.FullScreen,
)
KIOSK_FLAGS = (
    Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint
)


def is_blocked(event: QKeyEvent, target: QObject, window: QWidget) -> bool:
    """Whether this key would close, quit or leave full screen."""
    combination = QKeyCombination(event.modifiers() & ~KeyMod.KeypadModifier, Qt.Key(event.key()))
    if combination in BLOCKED_KEYS:
        return True
    if any(event.matches(key) for key in BLOCKED_STANDARD):
        return True
    if event.key() == Qt.Key.Key_Escape:
        # Esc still clears a text field and closes a dialog; it never acts on the window.
        return (
            isinstance(target, QWidget)
            and target.window() is window
            and not isinstance(target, QLineEdit)
        )
    return False


class KeyLockdown(QObject):
    """An app-wide filter that swallows quit and close keys before any shortcut sees them."""

    def __init__(self, window: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._window = window
        self.blocked = 0
        """How many key events were swallowed (for tests and diagnostics)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        if isinstance(event, QKeyEvent) and is_blocked(event, watched, self._window):
            # Accepting the override keeps any shortcut on this key from firing; the key
            # press that follows is swallowed too.
            event.accept()
            self.blocked += 1
            return True
        return False


def lock_window(window: QWidget) -> None:
    """Frameless, on top, full screen (takes effect at the next show())."""
    window.setWindowFlags(KIOSK_FLAGS)
    window.setWindowState(Qt.WindowState.WindowFullScreen)
