"""An unexpected error in the desktop app: log it, keep a crash report, tell the person plainly.

Kiosk mode never comes here: there the private handler in ui/kiosk/privacy.py prints to stderr
only, and nothing is written to disk.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from saferest.logs import crash_text, write_crash_report

log = logging.getLogger("saferest.crash")

Hook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


class CrashDialog(QDialog):
    """Something went wrong: what to do, where the report is, and the details to copy."""

    def __init__(self, details: str, report: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("SafeRest hit a problem"))
        self.setAccessibleName(self.tr("SafeRest hit a problem"))
        self.details = details
        layout = QVBoxLayout(self)
        message = self.tr(
            "Something went wrong inside SafeRest. Your saved list is kept. If the window "
            "looks wrong, close SafeRest and start it again.\n\n"
            "In an emergency, call your local emergency number."
        )
        if report is not None:
            message += "\n\n" + self.tr("A report for support was saved in:\n%1").replace(
                "%1", str(report)
            )
        self.message = QLabel(message, self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)
        self.text = QPlainTextEdit(details, self)
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Details"))
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self.tr("&Copy details"), self)
        self.copy_button.setAccessibleName(self.tr("Copy details"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 420)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)
        self.copy_button.setText(self.tr("Copied"))


class CrashHandler(QObject):
    """sys.excepthook and threading.excepthook for the desktop app."""

    def __init__(
        self, report_dir: Path | None, facts: Callable[[], dict[str, str]], parent: QObject
    ) -> None:
        super().__init__(parent)
        self.report_dir = report_dir
        self.facts = facts
        self.dialogs: list[CrashDialog] = []
        self._previous: Hook | None = None
        self._previous_thread_hook: Callable[[threading.ExceptHookArgs], object] | None = None
        self._busy = False

    def install(self) -> None:
        self._previous = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        sys.excepthook = self.handle
        threading.excepthook = self._handle_thread

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook = self._previous
        if self._previous_thread_hook is not None:
            threading.excepthook = self._previous_thread_hook
        self._previous = self._previous_thread_hook = None

    def _handle_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self.handle(args.exc_type, args.exc_value, args.exc_traceback)

    def handle(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt) or self._busy:
            sys.__excepthook__(exc_type, exc, tb)
            return
        self._busy = True  # an error while reporting an error must not loop
        try:
            text = crash_text(exc_type, tb, self.facts())
            log.error("%s", text)
            report = None
            if self.report_dir is not None:
                try:
                    report = write_crash_report(self.report_dir, text)
                except OSError as error:
                    log.error("could not write a crash report: %s", error.strerror)
            self._show_later(text, report)
        finally:
            self._busy = False

    def _show_later(self, text: str, report: Path | None) -> None:
        app = QCoreApplication.instance()
        if not isinstance(app, QApplication):
            return
        if QThread.currentThread() is app.thread():
            self.show(text, report)
        else:  # widgets belong to the GUI thread
            QTimer.singleShot(0, self, lambda: self.show(text, report))

    def show(self, text: str, report: Path | None) -> CrashDialog:
        dialog = CrashDialog(text, report, QApplication.activeWindow())
        self.dialogs.append(dialog)
        dialog.finished.connect(lambda _result: self._forget(dialog))
        if QThread.currentThread().loopLevel() == 0:
            dialog.exec()  # no event loop yet (start-up) or any more: wait for the person
        else:
            dialog.open()
        return dialog

    def _forget(self, dialog: CrashDialog) -> None:
        if dialog in self.dialogs:
            self.dialogs.remove(dialog)
        dialog.deleteLater()
