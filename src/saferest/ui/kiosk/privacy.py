"""Kiosk privacy helpers: sensitive input fields, and logs that never carry what people typed."""

from __future__ import annotations

import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QMessageLogContext, Qt, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QAbstractScrollArea, QLineEdit, QTextEdit, QWidget

SENSITIVE_HINTS = (
    Qt.InputMethodHint.ImhSensitiveData
    | Qt.InputMethodHint.ImhNoPredictiveText
    | Qt.InputMethodHint.ImhNoAutoUppercase
)
_KINDS = {
    QtMsgType.QtWarningMsg: "warning",
    QtMsgType.QtCriticalMsg: "critical",
    QtMsgType.QtFatalMsg: "fatal",
}


def mark_sensitive(field: QLineEdit) -> None:
    """No prediction, no learning, no auto-capitals; no context menu (copy/paste, undo)."""
    field.setInputMethodHints(field.inputMethodHints() | SENSITIVE_HINTS)
    field.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
    field.setDragEnabled(False)


def harden(root: QWidget) -> None:
    """Mark every text input under `root` sensitive and drop context menus on text views."""
    fields = root.findChildren(QLineEdit)
    if isinstance(root, QLineEdit):
        fields.append(root)
    for field in fields:
        mark_sensitive(field)
    for view in root.findChildren(QAbstractScrollArea):
        if isinstance(view, QTextEdit):
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)


def redacted_qt_message(kind: QtMsgType, context: QMessageLogContext) -> str | None:
    """One log line without the message text (it may quote what someone typed), or None."""
    name = _KINDS.get(kind)
    if name is None:
        return None  # debug and info messages are dropped
    category = context.category or "default"
    return f"saferest: Qt {name} in {category} (text withheld in kiosk mode)"


def _qt_handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    del message
    line = redacted_qt_message(kind, context)
    if line is not None:
        print(line, file=sys.stderr)


def _excepthook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    """Where it went wrong, without the exception's message (it may contain input)."""
    del value
    frames = "".join(
        f'  File "{f.filename}", line {f.lineno}, in {f.name}\n' for f in traceback.extract_tb(tb)
    )
    print(
        f"saferest: unexpected {kind.__name__} (message withheld in kiosk mode)\n{frames}",
        file=sys.stderr,
    )


def install_private_logging() -> None:
    """Qt messages and uncaught exceptions go to stderr only, and without their text."""
    qInstallMessageHandler(_qt_handler)
    sys.excepthook = _excepthook
