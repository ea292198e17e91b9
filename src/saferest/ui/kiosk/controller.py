"""Kiosk mode wiring: lockdown, idle watcher and prompt, admin exit, touch style, and the
start-over: whether anything of a person is left, and clearing it for the next one."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QLineEdit, QScrollArea, QTabWidget, QWidget

from saferest.config import LoadedConfig
from saferest.ui.fit import fit_window, scroll_content
from saferest.ui.kiosk.admin_exit import ADMIN_SHORTCUT, AdminExitDialog, SecretGesture
from saferest.ui.kiosk.header import KioskHeader
from saferest.ui.kiosk.idle import IdleWatcher, StillTherePrompt
from saferest.ui.kiosk.lockdown import KeyLockdown
from saferest.ui.kiosk.pin_lockout import process_lockout
from saferest.ui.kiosk.privacy import harden
from saferest.ui.kiosk.touch import TouchStyle, make_touch_friendly
from saferest.ui.kiosk.wipe import clear_clipboard, close_other_windows, other_windows
from saferest.ui.session import Session


class KioskWindow(Protocol):
    """What the controller needs from the main window: its session and the views a person
    leaves traces in (typed text, open cards, scroll positions, the tab they were on)."""

    @property
    def session(self) -> Session: ...

    @property
    def search_box(self) -> QLineEdit: ...

    @property
    def tabs(self) -> QTabWidget: ...

    @property
    def page_scroll(self) -> QScrollArea: ...

    def new_session(self) -> Session: ...

    def set_session(self, session: Session) -> None: ...

    def typed_text(self) -> str:
        """Anything typed but not yet added (the checker's add field)."""
        ...

    def views_at_start(self) -> bool:
        """Whether the reference shows no card, no history and is scrolled to the top."""
        ...

    def admin_exit(self) -> None: ...


class KioskController(QObject):
    def __init__(
        self,
        window: QWidget,
        host: KioskWindow,
        loaded: LoadedConfig,
        header: KioskHeader,
        lang: str,
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
        self.lang = lang
        """The clinic's language: every session starts in it."""
        self.stopped = False

    # -- idle -------------------------------------------------------------------------------

    def _on_idle(self) -> None:
        if self.session_is_pristine():
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
        self.reset_session()
        self.watcher.restart()

    # -- the next person --------------------------------------------------------------------

    def reset_session(self) -> None:
        """Everything back to how the next person should find it, at once."""
        host = self.host
        close_other_windows(self.window)
        clear_clipboard()
        input_method = QGuiApplication.inputMethod()
        input_method.reset()
        input_method.hide()
        host.set_session(host.new_session())
        host.tabs.setCurrentIndex(0)
        host.page_scroll.verticalScrollBar().setValue(0)
        # No text field has focus, so no on-screen keyboard pops up for the next person.
        host.tabs.tabBar().setFocus(Qt.FocusReason.OtherFocusReason)

    def session_is_pristine(self) -> bool:
        """Whether there is nothing of anyone to clear (the idle prompt is then skipped)."""
        host = self.host
        session = host.session
        return (
            session.font_scale == self.loaded.config.font_scale
            and session.lang == self.lang
            and session.medications.rowCount() == 0
            and not session.conditions.ids  # conditions hook (issue 18): ticked ones count too
            and not session.query
            and not host.search_box.text()
            and not host.typed_text()
            and host.views_at_start()
            and host.tabs.currentIndex() == 0
            and host.page_scroll.verticalScrollBar().value() == 0
            and not QGuiApplication.clipboard().text()
            and not other_windows(self.window)
        )

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
