"""The main window: search bar, reference (browse/search + details), checker, and actions."""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtCore import QByteArray, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QCloseEvent, QFont, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
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
from saferest.ui.report_dialog import ReportDialog
from saferest.ui.search_view import ReferencePanel
from saferest.ui.session import Session
from saferest.ui.widgets import NoticeBar

FONT_STEPS = [0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0]
BASE_FONT_PROPERTY = "saferestBaseFontPointSize"


class MainWindow(QMainWindow):
    def __init__(self, engine: Engine, config: AppConfig, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.config = config
        self.files = UserFiles(config.user_dir)
        self.setWindowTitle(self.tr("SafeRest"))
        self.setObjectName("mainWindow")
        self.emergency_dialog: EmergencyDialog | None = None
        self.report_dialog: ReportDialog | None = None
        self.about_dialog: AboutDialog | None = None
        self.notices: dict[str, NoticeBar] = {}

        settings_load = self.files.load_settings()
        self.settings: Settings = settings_load.settings
        self.session = Session(engine, config.lang, self.files, self)

        central = QWidget(self)
        self.setCentralWidget(central)
        layout = QVBoxLayout(central)
        self._build_top_bar(layout)
        self.notice_area = QVBoxLayout()
        layout.addLayout(self.notice_area)

        self.tabs = QTabWidget(central)
        self.tabs.setAccessibleName(self.tr("Sections"))
        self.tabs.setDocumentMode(True)
        layout.addWidget(self.tabs, 1)

        reference = QSplitter(Qt.Orientation.Horizontal)
        reference.setChildrenCollapsible(False)
        self.reference = ReferencePanel(engine, config.lang, reference)
        self.details = DetailView(
            engine, config.lang, reference, allow_web_links=config.allow_web_links
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

        self.setTabOrder(self.search_box, self.emergency_button)
        self.setTabOrder(self.emergency_button, self.report_button)
        self.setTabOrder(self.report_button, self.tabs)
        self._restore_settings()

    # -- construction -----------------------------------------------------------------------

    def _build_top_bar(self, layout: QVBoxLayout) -> None:
        bar = QHBoxLayout()
        self.search_box = QLineEdit(self)
        self.search_box.setAccessibleName(self.tr("Search"))
        self.search_box.setAccessibleDescription(
            self.tr("Search substances, medications, sleep practices and emergency topics")
        )
        self.search_box.setPlaceholderText(self.tr("Search kratom, medicines, sleep… (Ctrl+F)"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.textChanged.connect(self._on_search_text)
        self.search_box.returnPressed.connect(self._on_search_enter)
        self.search_box.installEventFilter(self)
        bar.addWidget(self.search_box, 1)

        self.emergency_button = QPushButton(self.tr("Emergency help (F1)"), self)
        self.emergency_button.setAccessibleName(self.tr("Emergency help"))
        self.emergency_button.setIcon(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
        )
        self.emergency_button.clicked.connect(self.show_emergency)
        bar.addWidget(self.emergency_button)

        self.report_button = QPushButton(self.tr("Print or save report…"), self)
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
        self.quit_action = self._action(self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)
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

        menus = self.menuBar()
        file_menu = menus.addMenu(self.tr("&File"))
        file_menu.addAction(self.report_action)
        file_menu.addSeparator()
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
        """Swap in a whole new session (the kiosk resets by passing a fresh one)."""
        old = self.session
        self.session = session
        self.checker.set_session(session)
        self._bind_session_notices()
        self.search_box.clear()
        self.reference.search_now()
        self.details.show_home()
        self.details.history.clear()
        if self.report_dialog is not None:  # it shows the previous person's list
            self.report_dialog.close()
            self.report_dialog.deleteLater()
            self.report_dialog = None
        if old is not session:
            old.deleteLater()

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
                self.engine, self.config.lang, self, allow_web_links=self.config.allow_web_links
            )
        self.emergency_dialog.show()
        self.emergency_dialog.raise_()
        self.emergency_dialog.activateWindow()

    def show_report(self) -> None:
        if self.report_dialog is not None:
            self.report_dialog.deleteLater()
        self.report_dialog = ReportDialog(self.engine, self.session.result, self.config.lang, self)
        self.report_dialog.open()

    def show_about(self) -> None:
        if self.about_dialog is None:
            self.about_dialog = AboutDialog(
                self.engine, self, allow_web_links=self.config.allow_web_links
            )
        self.about_dialog.open()

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
        return self.settings.font_scale

    def set_font_scale(self, scale: float) -> None:
        low, high = FONT_SCALE_RANGE
        scale = min(max(scale, low), high)
        self.settings.font_scale = scale
        font = QFont(QApplication.font())
        font.setPointSizeF(self._base_point_size() * scale)
        QApplication.setFont(font)
        self._save_settings()

    def step_font(self, direction: int) -> None:
        current = self.settings.font_scale
        if direction > 0:
            bigger = [s for s in FONT_STEPS if s > current + 1e-6]
            self.set_font_scale(bigger[0] if bigger else FONT_STEPS[-1])
        else:
            smaller = [s for s in FONT_STEPS if s < current - 1e-6]
            self.set_font_scale(smaller[-1] if smaller else FONT_STEPS[0])

    def _restore_settings(self) -> None:
        if abs(self.settings.font_scale - 1.0) > 1e-6:
            scale = self.settings.font_scale
            font = QFont(QApplication.font())
            font.setPointSizeF(self._base_point_size() * scale)
            QApplication.setFont(font)
        restored = False
        if self.settings.geometry:
            restored = self.restoreGeometry(QByteArray.fromBase64(self.settings.geometry.encode()))
        if not restored:
            self.resize(1100, 760)
            screen = self.screen()
            if screen is not None:
                available = screen.availableGeometry()
                self.resize(min(1100, available.width()), min(760, available.height()))

    def _save_settings(self) -> None:
        # Display settings are a comfort: never interrupt the person when they cannot be saved.
        with contextlib.suppress(OSError):
            self.files.save_settings(self.settings)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "emergency_button"):
            self.emergency_button.setIconSize(icon_size_for(self.emergency_button))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.geometry = bytes(self.saveGeometry().toBase64().data()).decode("ascii")
        self._save_settings()
        for dialog in (self.emergency_dialog, self.report_dialog, self.about_dialog):
            if dialog is not None:
                dialog.close()
        super().closeEvent(event)
