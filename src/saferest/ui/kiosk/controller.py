"""Kiosk mode wiring: lockdown, idle watcher and prompt, admin exit, touch style."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QWidget

from saferest.config import LoadedConfig
from saferest.ui.fit import fit_window, scroll_content
from saferest.ui.kiosk.admin_exit import ADMIN_SHORTCUT, AdminExitDialog, SecretGesture
from saferest.ui.kiosk.header import KioskHeader
from saferest.ui.kiosk.idle import IdleWatcher, StillTherePrompt
from saferest.ui.kiosk.lockdown import KeyLockdown
from saferest.ui.kiosk.pin_lockout import process_lockout
from saferest.ui.kiosk.privacy import harden
from saferest.ui.kiosk.touch import TouchStyle, make_touch_friendly


class KioskWindow(Protocol):
    """What the controller needs from the main window."""

    def reset_session(self) -> None: ...

    def admin_exit(self) -> None: ...

    def session_is_pristine(self) -> bool: ...


class KioskController(QObject):
    def __init__(
        self, window: QWidget, host: KioskWindow, loaded: LoadedConfig, header: KioskHeader
    ) -> None:
        super().__init__(window)
        self.window = window
        self.host = host
        self.loaded = loaded
        self.header = header
        config = loaded.config
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self._app = app
        if not isinstance(app.style(), TouchStyle):
            app.setStyle(TouchStyle(app.style().name()))
        self.lockdown = KeyLockdown(window, self)
        app.installEventFilter(self.lockdown)
        self.prompt = StillTherePrompt(config.idle_warning_s, window)
        make_touch_friendly(self.prompt)
        self.prompt.expired.connect(self._on_expired)
        self.watcher = IdleWatcher(config.idle_timeout_s * 1000, self)
        self.watcher.idle.connect(self._on_idle)
        self.watcher.woke.connect(self._on_woke)
        self.watcher.start(app)
        self.admin_dialog: AdminExitDialog | None = None
        self.pin_lockout = process_lockout()
        """Wrong PINs count for the whole process: across dialogs and kiosk resets."""
        self.admin_shortcut = QShortcut(
            QKeySequence(ADMIN_SHORTCUT),
            window,
            self.ask_admin_exit,
            Qt.ShortcutContext.ApplicationShortcut,
        )
        self.gesture = SecretGesture(header.brand)
        self.gesture.triggered.connect(self.ask_admin_exit)
        header.startOverRequested.connect(self.start_over)
        self.stopped = False

    # -- idle -------------------------------------------------------------------------------

    def _on_idle(self) -> None:
        if self.host.session_is_pristine():
            self.watcher.restart()  # nothing to clear: no need to ask anyone anything
            return
        self.prompt.start()

    def _on_woke(self) -> None:
        if self.prompt.isVisible() or self.prompt.counting:
            self.prompt.cancel()

    def _on_expired(self) -> None:
        self.start_over()

    def start_over(self) -> None:
        self.prompt.cancel()
        self.host.reset_session()
        self.watcher.restart()

    # -- per-view setup ---------------------------------------------------------------------

    def prepare(self, root: QWidget) -> None:
        """Touch sizes, swipe scrolling and sensitive inputs for a new view or dialog."""
        make_touch_friendly(root)
        harden(root)

    # -- admin exit -------------------------------------------------------------------------

    def ask_admin_exit(self) -> None:
        if self.admin_dialog is not None and self.admin_dialog.isVisible():
            self.admin_dialog.raise_()
            return
        dialog = AdminExitDialog(
            self.loaded.config.admin_pin_hash, self.window, lockout=self.pin_lockout
        )
        scroll_content(dialog)  # the keypad scrolls on a small screen; Exit and Cancel stay
        self.prepare(dialog)
        fit_window(dialog, dialog.sizeHint())
        dialog.accepted.connect(self.host.admin_exit)
        self.admin_dialog = dialog
        dialog.open()
        dialog.pin.setFocus()

    def stop(self) -> None:
        """Remove the app-wide filters (the admin exit, and tests)."""
        if self.stopped:
            return
        self.stopped = True
        self._app.removeEventFilter(self.lockdown)
        self._app.removeEventFilter(self.watcher)
        self.watcher.timer.stop()
        self.prompt.cancel()
        self.admin_shortcut.setEnabled(False)
