"""What a session reset clears besides the session itself: other windows and the clipboard."""

from __future__ import annotations

from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QWidget


def other_windows(window: QWidget) -> list[QWidget]:
    """Visible top-level windows other than `window`: dialogs, menus, pop-ups, message boxes."""
    return [w for w in QApplication.topLevelWidgets() if w is not window and w.isVisible()]


def close_other_windows(window: QWidget) -> None:
    """Close every other window; a dialog running its own loop (exec) returns from it."""
    for widget in reversed(other_windows(window)):
        if isinstance(widget, QDialog):
            widget.done(QDialog.DialogCode.Rejected)
        widget.close()


def clear_clipboard() -> None:
    clipboard = QGuiApplication.clipboard()
    clipboard.clear(QClipboard.Mode.Clipboard)
    if clipboard.supportsSelection():
        clipboard.clear(QClipboard.Mode.Selection)
