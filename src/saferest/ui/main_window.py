"""The main window: search bar, reference (browse/search + details), checker, and actions."""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtCore import QByteArray, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QFont,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from saferest.domain.engine import Engine
from saferest.storage.user_files import FONT_SCALE_RANGE, MovedAside, Settings, UserFiles
from saferest.ui.about import AboutDialog
from saferest.ui.checker_view import CheckerView
from saferest.ui.config import AppConfig
from saferest.ui.delegates import icon_size_for
from saferest.ui.detail_view import DetailView
from saferest.ui.emergency import EmergencyDialog
from saferest.ui.kiosk.controller import KioskController
from saferest.ui.kiosk.header import KioskHeader
from saferest.ui.kiosk.wipe import clear_clipboard, close_other_windows, other_windows
from saferest.ui.report_dialog import ReportDialog
from saferest.ui.search_view import ReferencePanel
from saferest.ui.session import Session
from saferest.ui.widgets import NoticeBar

FONT_STEPS = [0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0]
BASE_FONT_PROPERTY = "saferestBaseFontPointSize"
RETIRE_AFTER_MS = 1000
"""Replaced views are deleted a moment later, once any dialog loop they ran has unwound."""


def retire(widget: QWidget) -> None:
    """Take a widget out of the window now and delete it soon."""
    widget.hide()
    widget.setParent(None)
    QTimer.singleShot(RETIRE_AFTER_MS, widget, widget.deleteLater)


class MainWindow(QMainWindow):
    kioskExited = Signal()
    """The admin PIN was accepted: the kiosk may close (the app then quits)."""

    def __init__(self, engine: Engine, config: AppConfig, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.config = config
        self.kiosk_config = config.kiosk.config if config.kiosk is not None else None
        self.files = UserFiles(None if config.is_kiosk else config.user_dir)
        self.setWindowTitle(self.tr("SafeRest"))
        self.setObjectName("mainWindow")
        self.emergency_dialog: EmergencyDialog | None = None
        self.report_dialog: ReportDialog | None = None
        self.about_dialog: AboutDialog | None = None
        self.notices: dict[str, NoticeBar] = {}
        self.kiosk: KioskController | None = None
        self.kiosk_header: KioskHeader | None = None
        self._exit_authorised = False

        settings_load = self.files.load_settings()
        self.settings: Settings = settings_load.settings
        self.session = self._new_session()

        central = QWidget(self)
        self.setCentralWidget(central)
        self._central_layout = QVBoxLayout(central)
        layout = self._central_layout
        if config.kiosk is not None:
            self.kiosk_header = KioskHeader(config.kiosk, central)
            layout.addWidget(self.kiosk_header)
        self.notice_area = QVBoxLayout()
        layout.addLayout(self.notice_area)
        self._build_session_view()

        self._build_actions()
        self._bind_session_notices()
        if engine.pack.problems:
            self._add_notice(
                "data",
                self.tr("Data warning"),
                self.tr(
                    "Problems found in the reference data: %n. Some entries may be missing or "
                    "incomplete; the app keeps working with what could be read.",
                    "",
                    len(engine.pack.problems),
                ),
                details=self._show_data_problems,
                closable=True,
            )
        if settings_load.damaged is not None:
            self._notify_damaged(settings_load.damaged, self.tr("Your display settings"))
        if config.kiosk is not None and self.kiosk_header is not None:
            self._start_kiosk(config)
        else:
            self._restore_settings()

    def _new_session(self) -> Session:
        """A fresh session: in kiosk mode with the clinic's language and text size."""
        font_scale = self.kiosk_config.font_scale if self.kiosk_config is not None else None
        return Session(self.engine, self.config.lang, self.files, self, font_scale=font_scale)

    @property
    def is_kiosk(self) -> bool:
        return self.kiosk is not None

    # -- construction -----------------------------------------------------------------------

    def _build_session_view(self) -> None:
        """Everything a person can change, built from `self.session` (rebuilt on a new one)."""
        config = self.config
        engine = self.engine
        view = QWidget(self.centralWidget())
        view.setObjectName("sessionView")
        layout = QVBoxLayout(view)
        layout.setContentsMargins(0, 0, 0, 0)
        self._build_top_bar(layout, view)

        self.tabs = QTabWidget(view)
        self.tabs.setAccessibleName(self.tr("Sections"))
        self.tabs.setDocumentMode(True)
        layout.addWidget(self.tabs, 1)

        reference = QSplitter(Qt.Orientation.Horizontal)
        reference.setChildrenCollapsible(False)
        self.reference = ReferencePanel(engine, self.session.lang, reference)
        self.details = DetailView(
            engine, self.session.lang, reference, allow_web_links=config.allow_web_links
        )
        reference.addWidget(self.reference)
        reference.addWidget(self.details)
        reference.setStretchFactor(0, 2)
        reference.setStretchFactor(1, 5)
        reference.setSizes([340, 860])
        self.tabs.addTab(reference, self.tr("Reference"))
        self.checker = CheckerView(engine, self.session, allow_web_links=config.allow_web_links)
        self.tabs.addTab(self.checker, self.tr("Check my medications"))

        self.reference.entryChosen.connect(self.open_entry)
        self.reference.entryActivated.connect(lambda _id: self.details.setFocus())
        self.details.show_home()
        if self.session.query:
            self.search_box.setText(self.session.query)

        self.setTabOrder(self.search_box, self.emergency_button)
        self.setTabOrder(self.emergency_button, self.report_button)
        self.setTabOrder(self.report_button, self.tabs)
        self._central_layout.addWidget(view, 1)
        self.session_view = view
        if self.kiosk is not None:
            self.kiosk.prepare(view)

    def _build_top_bar(self, layout: QVBoxLayout, parent: QWidget) -> None:
        bar = QHBoxLayout()
        self.search_box = QLineEdit(parent)
        self.search_box.setAccessibleName(self.tr("Search"))
        self.search_box.setAccessibleDescription(
            self.tr("Search substances, medications, sleep practices and emergency topics")
        )
        if self.kiosk_config is None:
            self.search_box.setPlaceholderText(self.tr("Search kratom, medicines, sleep… (Ctrl+F)"))
        else:  # touch screens: no keyboard shortcuts to mention
            self.search_box.setPlaceholderText(self.tr("Search kratom, medicines, sleep…"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.textChanged.connect(self._on_search_text)
        self.search_box.returnPressed.connect(self._on_search_enter)
        self.search_box.installEventFilter(self)
        bar.addWidget(self.search_box, 1)

        emergency = (
            self.tr("Emergency help") if self.kiosk_config else self.tr("Emergency help (F1)")
        )
        self.emergency_button = QPushButton(emergency, parent)
        self.emergency_button.setAccessibleName(self.tr("Emergency help"))
        self.emergency_button.setIcon(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
        )
        self.emergency_button.setIconSize(icon_size_for(self.emergency_button))
        self.emergency_button.clicked.connect(self.show_emergency)
        bar.addWidget(self.emergency_button)

        if self.kiosk_config is not None:
            self.report_button = QPushButton(self.tr("Print report…"), parent)
            self.report_button.setAccessibleName(self.tr("Print report"))
            self.report_button.setVisible(self.kiosk_config.allow_print)
        else:
            self.report_button = QPushButton(self.tr("Print or save report…"), parent)
            self.report_button.setAccessibleName(self.tr("Print or save report"))
        self.report_button.clicked.connect(self.show_report)
        bar.addWidget(self.report_button)
        layout.addLayout(bar)

    def _action(
        self,
        text: str,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None,
        slot: Callable[[], object],
        context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(context)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.search_action = self._action(
            self.tr("&Search"), QKeySequence.StandardKey.Find, self.focus_search
        )
        self.report_action = self._action(
            self.tr("&Print or save report…"), QKeySequence.StandardKey.Print, self.show_report
        )
        self.report_action.setEnabled(self.kiosk_config is None or self.kiosk_config.allow_print)
        self.quit_action: QAction | None = None
        if self.kiosk_config is None:  # a kiosk has no way out but the admin exit
            self.quit_action = self._action(
                self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close
            )
        self.emergency_action = self._action(
            self.tr("&Emergency help"),
            "F1",
            self.show_emergency,
            Qt.ShortcutContext.ApplicationShortcut,
        )
        self.larger_action = self._action(
            self.tr("&Larger text"), QKeySequence.StandardKey.ZoomIn, lambda: self.step_font(+1)
        )
        self.larger_action.setShortcuts([QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")])
        self.smaller_action = self._action(
            self.tr("S&maller text"), QKeySequence.StandardKey.ZoomOut, lambda: self.step_font(-1)
        )
        self.normal_action = self._action(
            self.tr("&Normal text size"), "Ctrl+0", lambda: self.set_font_scale(1.0)
        )
        self.reference_action = self._action(
            self.tr("&Reference"), "Ctrl+1", lambda: self.tabs.setCurrentIndex(0)
        )
        self.checker_action = self._action(
            self.tr("&Check my medications"), "Ctrl+2", self.show_checker
        )
        self.home_action = self._action(self.tr("&Home"), "Alt+Home", self.go_home)
        self.back_action = self._action(
            self.tr("&Back"), QKeySequence.StandardKey.Back, self.go_back
        )
        self.about_action = self._action(self.tr("&About SafeRest"), None, self.show_about)
        if self.kiosk_config is not None:
            # No menus in kiosk mode: nothing that quits, opens files or leaves the app.
            self.setMenuBar(None)  # type: ignore[arg-type]
            return

        menus = self.menuBar()
        file_menu = menus.addMenu(self.tr("&File"))
        file_menu.addAction(self.report_action)
        file_menu.addSeparator()
        if self.quit_action is not None:
            file_menu.addAction(self.quit_action)
        view_menu = menus.addMenu(self.tr("&View"))
        for action in (
            self.home_action,
            self.back_action,
            self.reference_action,
            self.checker_action,
        ):
            view_menu.addAction(action)
        view_menu.addSeparator()
        for action in (self.larger_action, self.smaller_action, self.normal_action):
            view_menu.addAction(action)
        help_menu = menus.addMenu(self.tr("&Help"))
        help_menu.addAction(self.emergency_action)
        help_menu.addAction(self.about_action)

    # -- notices ----------------------------------------------------------------------------

    def _add_notice(
        self, key: str, name: str, text: str, details: object = None, closable: bool = True
    ) -> NoticeBar:
        old = self.notices.pop(key, None)
        if old is not None:
            old.deleteLater()
        bar = NoticeBar(name, text, self, details=details, closable=closable)  # type: ignore[arg-type]
        self.notice_area.addWidget(bar)
        bar.show()
        self.notices[key] = bar
        return bar

    def _notify_damaged(self, moved: MovedAside, what: str) -> None:
        if moved.moved_to != moved.original:
            text = self.tr(
                "%1 could not be read (%2), so a new one was started. The damaged file "
                "was kept as %3."
            )
            text = text.replace("%3", str(moved.moved_to))
        else:
            text = self.tr("%1 could not be read (%2), so a new one was started.")
        self._add_notice(
            f"damaged:{moved.original.name}",
            self.tr("Saved file problem"),
            text.replace("%1", what).replace("%2", moved.reason),
        )

    def _bind_session_notices(self) -> None:
        self.session.saveFailed.connect(self._on_save_failed)
        if self.session.damaged_list is not None:
            self._notify_damaged(self.session.damaged_list, self.tr("Your saved medication list"))

    def _on_save_failed(self, message: str) -> None:
        self._add_notice(
            "save",
            self.tr("Saving problem"),
            self.tr("Your list could not be saved: %1").replace("%1", message),
        )

    def _show_data_problems(self) -> None:
        problems = self.engine.pack.problems
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Data problems"),
            self.tr("Problems found in the reference data: %n.", "", len(problems)),
            QMessageBox.StandardButton.Close,
            self,
        )
        box.setDetailedText("\n".join(str(p) for p in problems[:500]))
        box.open()

    # -- session ----------------------------------------------------------------------------

    def set_session(self, session: Session) -> None:
        """Swap in a whole new session; every view of the old one is rebuilt from the new one.

        The kiosk resets by passing a fresh Session: nothing of the previous person survives,
        because nothing they touched is reused (views, undo stacks, scroll positions, dialogs).
        """
        old = self.session
        self.session = session
        for dialog in (self.report_dialog, self.emergency_dialog, self.about_dialog):
            if dialog is not None:
                dialog.done(QDialog.DialogCode.Rejected)
                retire(dialog)
        self.report_dialog = self.emergency_dialog = self.about_dialog = None
        if old is not session:
            old.setParent(self.session_view)  # its models go when the views showing them go
        retire(self.session_view)
        self._build_session_view()
        self._bind_session_notices()
        if session.font_scale is not None:
            self._apply_font_scale(session.font_scale)

    def reset_session(self) -> None:
        """Kiosk: everything back to how the next person should find it, at once."""
        close_other_windows(self)
        clear_clipboard()
        input_method = QGuiApplication.inputMethod()
        input_method.reset()
        input_method.hide()
        self.set_session(self._new_session())
        self.tabs.setCurrentIndex(0)
        # No text field has focus, so no on-screen keyboard pops up for the next person.
        self.tabs.tabBar().setFocus(Qt.FocusReason.OtherFocusReason)

    def session_is_pristine(self) -> bool:
        """Whether there is nothing of anyone to clear (the idle prompt is then skipped)."""
        session = self.session
        font_ok = self.kiosk_config is None or session.font_scale == self.kiosk_config.font_scale
        clipboard = QGuiApplication.clipboard()
        return (
            font_ok
            and session.medications.rowCount() == 0
            and not session.query
            and not self.search_box.text()
            and not self.checker.entry.text()
            and self.details.current_entry is None
            and not self.details.history
            and self.tabs.currentIndex() == 0
            and self.details.verticalScrollBar().value() == 0
            and self.reference.browse_view.verticalScrollBar().value() == 0
            and not clipboard.text()
            and not other_windows(self)
        )

    def admin_exit(self) -> None:
        """The admin PIN was right: stop the kiosk machinery and let the window close."""
        self._exit_authorised = True
        if self.kiosk is not None:
            self.kiosk.stop()
        close_other_windows(self)
        self.close()
        self.kioskExited.emit()

    # -- actions ----------------------------------------------------------------------------

    def focus_search(self) -> None:
        if self.search_box.text():
            self.tabs.setCurrentIndex(0)
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def show_checker(self) -> None:
        self.tabs.setCurrentWidget(self.checker)
        self.checker.entry.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def go_home(self) -> None:
        self.search_box.clear()
        self.tabs.setCurrentIndex(0)
        self.details.show_home()

    def go_back(self) -> None:
        if self.details.go_back():
            self.session.current_entry = self.details.current_entry
            self.tabs.setCurrentIndex(0)

    def open_entry(self, entry_id: str, anchor: str = "") -> None:
        if self.details.show_entry(entry_id, anchor):
            self.session.current_entry = entry_id
            self.tabs.setCurrentIndex(0)

    def _on_search_text(self, text: str) -> None:
        self.session.query = text
        if text.strip():
            self.tabs.setCurrentIndex(0)
        self.reference.set_query(text)

    def _on_search_enter(self) -> None:
        self.reference.focus_first_result()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search_box and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Down:
                self.reference.focus_first_result()
                return True
            if event.key() == Qt.Key.Key_Escape and self.search_box.text():
                self.search_box.clear()
                return True
        return super().eventFilter(watched, event)

    def show_emergency(self) -> None:
        if self.emergency_dialog is None:
            self.emergency_dialog = EmergencyDialog(
                self.engine,
                self.session.lang,
                self,
                allow_web_links=self.config.allow_web_links,
                clinic=self.kiosk_config,
            )
            self._prepare_dialog(self.emergency_dialog)
        self.emergency_dialog.show()
        self.emergency_dialog.raise_()
        self.emergency_dialog.activateWindow()

    def show_report(self) -> None:
        kiosk = self.kiosk_config
        if kiosk is not None and not kiosk.allow_print:
            return
        if self.report_dialog is not None:
            retire(self.report_dialog)
        self.report_dialog = ReportDialog(
            self.engine,
            self.session.result,
            self.session.lang,
            self,
            clinic=kiosk,
            allow_save=kiosk is None,
        )
        self._prepare_dialog(self.report_dialog)
        self.report_dialog.open()

    def show_about(self) -> None:
        if self.about_dialog is None:
            self.about_dialog = AboutDialog(
                self.engine, self, allow_web_links=self.config.allow_web_links
            )
            self._prepare_dialog(self.about_dialog)
        self.about_dialog.open()

    def _prepare_dialog(self, dialog: QDialog) -> None:
        if self.kiosk is not None:
            dialog.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
            self.kiosk.prepare(dialog)

    # -- text size and window state ---------------------------------------------------------

    @staticmethod
    def _base_point_size() -> float:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        base = app.property(BASE_FONT_PROPERTY)
        if not base:
            size = QApplication.font().pointSizeF()
            base = size if size > 0 else 10.0
            app.setProperty(BASE_FONT_PROPERTY, base)
        return float(base)

    def font_scale(self) -> float:
        if self.session.font_scale is not None:
            return self.session.font_scale
        return self.settings.font_scale

    def set_font_scale(self, scale: float) -> None:
        low, high = FONT_SCALE_RANGE
        scale = min(max(scale, low), high)
        if self.session.font_scale is not None:  # kiosk: the person's choice, until reset
            self.session.font_scale = scale
        else:
            self.settings.font_scale = scale
        self._apply_font_scale(scale)
        self._save_settings()

    def _apply_font_scale(self, scale: float) -> None:
        font = QFont(QApplication.font())
        font.setPointSizeF(self._base_point_size() * scale)
        QApplication.setFont(font)

    def step_font(self, direction: int) -> None:
        current = self.font_scale()
        if direction > 0:
            bigger = [s for s in FONT_STEPS if s > current + 1e-6]
            self.set_font_scale(bigger[0] if bigger else FONT_STEPS[-1])
        else:
            smaller = [s for s in FONT_STEPS if s < current - 1e-6]
            self.set_font_scale(smaller[-1] if smaller else FONT_STEPS[0])

    def _restore_settings(self) -> None:
        if abs(self.settings.font_scale - 1.0) > 1e-6:
            self._apply_font_scale(self.settings.font_scale)
        restored = False
        if self.settings.geometry:
            restored = self.restoreGeometry(QByteArray.fromBase64(self.settings.geometry.encode()))
        if not restored:
            self.resize(1100, 760)
            screen = self.screen()
            if screen is not None:
                available = screen.availableGeometry()
                self.resize(min(1100, available.width()), min(760, available.height()))

    def _start_kiosk(self, config: AppConfig) -> None:
        """Kiosk mode: locked full-screen window, clinic header, idle reset, admin exit."""
        assert config.kiosk is not None and self.kiosk_header is not None
        from saferest.ui.kiosk.lockdown import lock_window

        self.kiosk = KioskController(self, self, config.kiosk, self.kiosk_header)
        self.kiosk_header.fontStepRequested.connect(self.step_font)
        self.kiosk.prepare(self.kiosk_header)
        self.kiosk.prepare(self.session_view)
        if self.session.font_scale is not None:
            self._apply_font_scale(self.session.font_scale)
        lock_window(self)

    def _save_settings(self) -> None:
        # Display settings are a comfort: never interrupt the person when they cannot be saved.
        with contextlib.suppress(OSError):
            self.files.save_settings(self.settings)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "emergency_button"):
            self.emergency_button.setIconSize(icon_size_for(self.emergency_button))
        if (
            event.type() == QEvent.Type.WindowStateChange
            and self.kiosk is not None
            and not self._exit_authorised
            and not self.isFullScreen()
        ):
            # Minimised or restored by the window manager: back to full screen.
            QTimer.singleShot(0, self, self.showFullScreen)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        screen = self.screen()
        if self.kiosk is not None and screen is not None:
            # Without a window manager (a bare X server) full screen is only a hint: cover the
            # whole screen ourselves.
            self.setGeometry(screen.geometry())

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.kiosk is not None:
            if not self._exit_authorised:
                event.ignore()  # Alt+F4, the window manager, anything: only the admin exits
                return
            super().closeEvent(event)
            return
        self.settings.geometry = bytes(self.saveGeometry().toBase64().data()).decode("ascii")
        self._save_settings()
        for dialog in (self.emergency_dialog, self.report_dialog, self.about_dialog):
            if dialog is not None:
                dialog.close()
        super().closeEvent(event)
