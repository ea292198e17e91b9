"""F1 opens emergency help from every window and dialog of the app, modal ones included.

A window shortcut, even an application-wide one, does nothing while a modal dialog (the report,
a question) blocks its window. An application event filter sees the key before any of that.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

EMERGENCY_KEY = Qt.Key.Key_F1


def belongs_to(widget: QWidget, window: QWidget) -> bool:
    """Whether `widget` is in `window` or in a dialog opened from it (at any depth)."""
    node: QWidget | None = widget.window()
    while node is not None:
        if node is window:
            return True
        parent = node.parentWidget()
        node = parent.window() if parent is not None else None
    return False


class EmergencyKey(QObject):
    """Calls `show` when F1 is pressed anywhere in `window` or its dialogs."""

    def __init__(self, window: QWidget, show: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._show = show
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.installEventFilter(self)

    def _is_ours(self, watched: QObject, event: QKeyEvent) -> bool:
        if event.key() != EMERGENCY_KEY:
            return False
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        return (
            isinstance(watched, QWidget)
            and self._window.isVisible()
            and belongs_to(watched, self._window)
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        if not isinstance(event, QKeyEvent) or not self._is_ours(watched, event):
            return False
        event.accept()  # on the override: no shortcut of a blocked window swallows the key
        if kind == QEvent.Type.KeyPress and not event.isAutoRepeat():
            self._show()
        return True
