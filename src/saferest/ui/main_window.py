"""The main window: search bar, reference (browse/search + details), checker, and actions."""

from __future__ import annotations

import os
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QShowEvent
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

from saferest.domain.emergency_number import EmergencyContact
from saferest.domain.engine import Engine
from saferest.storage.user_files import Settings, UserFiles
from saferest.ui.about import AboutDialog
from saferest.ui.checker_view import CheckerView
from saferest.ui.config import AppConfig
from saferest.ui.delegates import icon_size_for
from saferest.ui.detail_view import DetailView
from saferest.ui.emergency import EmergencyDialog, current_contact
from saferest.ui.emergency_chooser import EmergencyNumberDialog
from saferest.ui.emergency_key import EmergencyKey, belongs_to
from saferest.ui.fit import ContentScrollArea, install_screen_fitter
from saferest.ui.i18n import current_language, normalise_language, translators
from saferest.ui.instance_lock import InstanceLock
from saferest.ui.kiosk.controller import KioskController
from saferest.ui.kiosk.header import KioskHeader
from saferest.ui.kiosk.keyboard import keyboard_missing
from saferest.ui.kiosk.wipe import close_other_windows
from saferest.ui.list_privacy import ListLocationNotice, forget_saved_list
from saferest.ui.notices import Notices
from saferest.ui.pack_update import PackUpdater, notify_set_aside
from saferest.ui.report_dialog import ReportDialog
from saferest.ui.search_view import ReferencePanel
from saferest.ui.session import Session
from saferest.ui.settings_controller import SettingsController
from saferest.ui.sleep import SleepDiaryView
from saferest.ui.take_home import TakeHomeButtons
from saferest.ui.window_actions import MainAction, WindowActions

RETIRE_AFTER_MS = 1000
RETIRED_PROPERTY = "saferestRetired"
"""Set on a replaced view or dialog that waits for deletion (searches for controls skip it)."""
"""Replaced views are deleted a moment later, once any dialog loop they ran has unwound."""


class _Retired(QObject):
    """Keeps events that would make a replaced view work again (a language change) out of it."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        return event.type() == QEvent.Type.LanguageChange


_RETIRED = _Retired()


def retire(widget: QWidget, keeper: QWidget | None = None) -> None:
    """Take a widget out of the window now and delete it soon (at the latest with `keeper`)."""
    widget.hide()
    widget.installEventFilter(_RETIRED)
    widget.setProperty(RETIRED_PROPERTY, True)
    widget.setParent(keeper)
    QTimer.singleShot(RETIRE_AFTER_MS, widget, widget.deleteLater)


class MainWindow(QMainWindow):
    kioskExited = Signal()
    """The admin PIN was accepted: the kiosk may close (the app then quits)."""

    def __init__(self, engine: Engine, config: AppConfig, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.config = config
        self.kiosk_config = config.kiosk.config if config.kiosk is not None else None
        self.instance_lock: InstanceLock | None = None
        read_only = False
        if not config.is_kiosk and config.user_dir is not None:
            self.instance_lock = InstanceLock(config.user_dir)
            read_only = not self.instance_lock.acquire()
            self.destroyed.connect(self.instance_lock.release)
        self.files = UserFiles(None if config.is_kiosk else config.user_dir, read_only=read_only)
        self.setObjectName("mainWindow")
        self._emergency_dialog: EmergencyDialog | None = None
        self.report_dialog: ReportDialog | None = None
        self.about_dialog: AboutDialog | None = None
        self.kiosk: KioskController | None = None
        self.kiosk_header: KioskHeader | None = None
        self._exit_authorised = False
        self._was_shown = False
        """A window that was shown and then closed no longer follows language changes."""

        settings_load = self.files.load_settings()
        self.session = self.new_session()
        self.settings_controller = SettingsController(
            self, self.files, settings_load.settings, lambda: self.session
        )

        install_screen_fitter()
        central = QWidget(self)
        self._central = central
        # On a small or scaled screen the whole window scrolls rather than being cut off.
        self.page_scroll = ContentScrollArea(central, self)
        self.setCentralWidget(self.page_scroll)
        self._central_layout = QVBoxLayout(central)
        layout = self._central_layout
        if config.kiosk is not None:
            self.kiosk_header = KioskHeader(
                config.kiosk, central, keyboard_missing=keyboard_missing(os.environ)
            )
            self.kiosk_header.languageRequested.connect(self.set_language)
            layout.addWidget(self.kiosk_header)
        self.notice_area = QVBoxLayout()
        layout.addLayout(self.notice_area)
        self.notices = Notices(self, self.notice_area)
        self._build_session_view()

        self.pack_updater: PackUpdater | None = None
        if self.kiosk_config is None:  # a kiosk's admin installs data by command
            self.pack_updater = PackUpdater(self, config.user_dir)
        self.private_session = False
        """Desktop: nothing is written until the app closes (the person asked for it)."""
        self.list_notice: ListLocationNotice | None = None
        self.window_actions = self._build_actions()
        self.emergency_key = EmergencyKey(self, self.show_emergency)
        self._ui_lang = self.session.lang
        """The language the window's own texts (title, menus, header) are in now."""
        self._seen_translator_lang = current_language()
        self._retranslate_window()
        self._bind_session_notices()
        if engine.problems:
            problems = len(engine.problems)
            self.notices.add(
                "data",
                lambda: (
                    self.tr("Data warning"),
                    self.tr(
                        "Problems found in the reference data: %n. Some entries may be missing "
                        "or incomplete, so results may be incomplete too; the app keeps working "
                        "with what could be read.",
                        "",
                        problems,
                    ),
                ),
                details=self._show_data_problems,
                closable=True,
            )
        notify_set_aside(self)
        if settings_load.damaged is not None:
            self.notices.damaged(settings_load.damaged, lambda: self.tr("Your display settings"))
        if read_only:
            self.notices.add(
                "second-window",
                lambda: (
                    self.tr("Already open"),
                    self.tr(
                        "SafeRest is already open in another window, which keeps your saved "
                        "list. This window shows it and checks what you add, but saves nothing: "
                        "to keep changes, close this window and use the other one."
                    ),
                ),
                closable=False,
            )
        if config.kiosk is not None and self.kiosk_header is not None:
            self._start_kiosk(config)
        else:
            self.settings_controller.restore()

    @property
    def settings(self) -> Settings:
        """The person's saved settings (desktop); a kiosk keeps the clinic's defaults."""
        return self.settings_controller.settings

    def new_session(self) -> Session:
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
        view = QWidget(self._central)
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
            engine,
            self.session.lang,
            reference,
            allow_web_links=config.allow_web_links,
            emergency=self.emergency_contact(),
            touch=self.kiosk_config is not None,
        )
        self.take_home = TakeHomeButtons(
            view,
            engine,
            self.session,
            self.emergency_contact,
            config.is_kiosk,
            self._prepare_dialog,
        )
        reference.addWidget(self.reference)
        reference.addWidget(self.take_home.card_panel(self.details))
        reference.setStretchFactor(0, 2)
        reference.setStretchFactor(1, 5)
        reference.setSizes([340, 860])
        self.tabs.addTab(reference, self.tr("Reference"))
        self.checker = CheckerView(engine, self.session, allow_web_links=config.allow_web_links)
        self.checker.reading.dialogOpened.connect(self._prepare_dialog)
        self.take_home.attach_checker(self.checker)
        self.tabs.addTab(self.checker, self.tr("Check my medications"))
        self.sleep_view: SleepDiaryView | None = None
        if self.files.root is not None:  # desktop only: a kiosk keeps no diary
            medications = self.session.medications
            self.sleep_view = SleepDiaryView(
                engine, self.session.lang, self.files.root, medications.inputs
            )
            self.tabs.addTab(self.sleep_view, self.tr("Sleep diary"))
            self.sleep_view.entryRequested.connect(self.open_entry)
            medications.listChanged.connect(self.sleep_view.refresh_medications)

        self.reference.entryChosen.connect(self.open_entry)
        self.reference.entryActivated.connect(lambda _id: self.details.setFocus())
        self.reference.checkTogether.connect(self.check_together)
        self.reference.nothingFound.connect(self._on_nothing_found)
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

    def _build_actions(self) -> WindowActions:
        """What each of the window's actions does; their texts come from _retranslate_window()."""
        settings = self.settings_controller
        slots: dict[MainAction, Callable[..., object]] = {
            MainAction.SEARCH: self.focus_search,
            MainAction.REPORT: self.show_report,
            MainAction.PRIVATE_SESSION: self.set_private_session,
            MainAction.QUIT: self.close,
            MainAction.HOME: self.go_home,
            MainAction.BACK: self.go_back,
            MainAction.REFERENCE: lambda: self.tabs.setCurrentIndex(0),
            MainAction.CHECKER: self.show_checker,
            MainAction.LARGER_TEXT: lambda: settings.step_font(+1),
            MainAction.SMALLER_TEXT: lambda: settings.step_font(-1),
            MainAction.NORMAL_TEXT: lambda: settings.set_font_scale(1.0),
            MainAction.EMERGENCY: self.show_emergency,
            MainAction.EMERGENCY_NUMBER: self.choose_emergency_number,
            MainAction.ABOUT: self.show_about,
        }
        actions = WindowActions(
            self,
            slots,
            self.set_language,
            self.session.lang,
            kiosk=self.kiosk_config is not None,
            pack_updater=self.pack_updater,
        )
        actions[MainAction.REPORT].setEnabled(
            self.kiosk_config is None or self.kiosk_config.allow_print
        )
        return actions

    def _retranslate_window(self) -> None:
        """The window's own texts (title, actions, menus, kiosk header) in the current language."""
        self.setWindowTitle(self.tr("SafeRest"))
        lang = self.session.lang
        self.window_actions.retranslate(lang)
        if self.kiosk_header is not None:
            self.kiosk_header.retranslate(lang)
        self.notices.retranslate()

    # -- notices ---------------------------------------------------------------------------

    def _bind_session_notices(self) -> None:
        self.session.saveFailed.connect(self.notices.save_failed)
        self.session.listSaved.connect(self._on_list_saved)
        if self.session.damaged_list is not None:
            self.notices.damaged(
                self.session.damaged_list, lambda: self.tr("Your saved medication list")
            )
        if self.session.skipped_items:
            self.notices.skipped(self.session.skipped_items, self.session.skipped_copy)

    def _show_data_problems(self) -> None:
        problems = self.engine.problems
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
        same = old is session
        state = self._view_state() if same else None
        translators().set_language(session.lang)  # a kiosk reset: back to the clinic's language
        self._seen_translator_lang = current_language()
        for dialog in (self.report_dialog, self.emergency_dialog, self.about_dialog):
            if dialog is not None:
                dialog.done(QDialog.DialogCode.Rejected)
                retire(dialog)
        self.report_dialog = self.emergency_dialog = self.about_dialog = None
        self.take_home.close_dialog()
        if old is not session:
            old.setParent(self.session_view)  # its models go when the views showing them go
        self.checker.unbind()
        # Another person's view leaves the window at once; the same person's (a language
        # switch) stays hidden in it until deleted, so no stray window outlives the main one.
        retire(self.session_view, self if same else None)
        self._build_session_view()
        if not same:
            self._bind_session_notices()
        if state is not None:
            self._restore_view_state(state)
        if self._ui_lang != session.lang:
            self._ui_lang = session.lang
            self._retranslate_window()
        self.settings_controller.apply_session_font()

    def _view_state(self) -> dict[str, object]:
        """What a rebuilt view of the same session should show again (a language switch)."""
        return {
            "tab": self.tabs.currentIndex(),
            "entry": self.details.current_entry,
            "history": list(self.details.history),
            "typed": self.checker.entry.text(),
            "row": self.checker.list_view.currentIndex().row(),
        }

    def _restore_view_state(self, state: dict[str, object]) -> None:
        if self.session.query.strip():
            self.reference.search_now()
        entry = state["entry"]
        if isinstance(entry, str):
            self.details.show_entry(entry)
        history = state["history"]
        assert isinstance(history, list)
        self.details.history = history
        typed = state["typed"]
        if isinstance(typed, str) and typed:
            self.checker.entry.setText(typed)
        row = state["row"]
        if isinstance(row, int) and 0 <= row < self.session.medications.rowCount():
            self.checker.list_view.setCurrentIndex(self.session.medications.index(row, 0))
        tab = state["tab"]
        if isinstance(tab, int):
            self.tabs.setCurrentIndex(tab)

    # -- language ---------------------------------------------------------------------------

    @property
    def language(self) -> str:
        return self.session.lang

    def set_language(self, lang: str) -> None:
        """Switch interface and content language now, keeping everything the person did.

        The translators are swapped (Qt then sends LanguageChange everywhere), the same session
        is shown again in the new language, and the choice is saved (never in kiosk mode).
        """
        lang = normalise_language(lang)
        if self.kiosk_config is None and self.settings.language != lang:
            self.settings.language = lang
            self.settings_controller.save()
        if lang == self.session.lang == self._ui_lang and current_language() == lang:
            return
        emergency_open = self.emergency_dialog is not None and self.emergency_dialog.isVisible()
        translators().set_language(lang)
        self._seen_translator_lang = current_language()
        self.session.set_lang(lang)
        self.set_session(self.session)
        if emergency_open:
            self.show_emergency()

    def typed_text(self) -> str:
        """What is typed in the checker's add field and not yet added."""
        return self.checker.entry.text()

    def views_at_start(self) -> bool:
        """The reference as a new person finds it: no card open, no history, nothing scrolled."""
        return (
            self.details.current_entry is None
            and not self.details.history
            and self.details.verticalScrollBar().value() == 0
            and self.reference.browse_view.verticalScrollBar().value() == 0
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

    def check_together(self, names: list[str]) -> None:
        """Add what a search named to the list and show how they interact."""
        self.checker.add_lines(names)
        self.tabs.setCurrentWidget(self.checker)

    def _on_nothing_found(self, query: str) -> None:
        """No results: the details pane says so instead of showing an earlier card."""
        self.details.show_nothing_found(query)
        self.session.current_entry = None

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

    def emergency_contact(self) -> EmergencyContact | None:
        """The one emergency number every screen, the report and the home page show."""
        chosen = self.settings.emergency_country if self.kiosk_config is None else ""
        return current_contact(self.engine, self.session.lang, self.kiosk_config, chosen)

    @property
    def emergency_dialog(self) -> EmergencyDialog | None:
        """The emergency help window, if one exists (it goes when a dialog that owned it goes)."""
        dialog = self._emergency_dialog
        return dialog if dialog is not None and shiboken6.isValid(dialog) else None

    @emergency_dialog.setter
    def emergency_dialog(self, dialog: EmergencyDialog | None) -> None:
        self._emergency_dialog = dialog

    def _emergency_owner(self) -> QWidget:
        """The window emergency help opens from: a modal dialog blocks every other window of
        the app, so help opened over it must belong to it to be scrolled and closed."""
        modal = QApplication.activeModalWidget()
        if modal is not None and modal is not self._emergency_dialog and belongs_to(modal, self):
            return modal
        return self

    def show_emergency(self) -> None:
        owner = self._emergency_owner()
        current = self.emergency_dialog
        if current is not None and current.parentWidget() is not owner:
            current.close()
            retire(current, self)
            self.emergency_dialog = None
        if self.emergency_dialog is None:
            self.emergency_dialog = EmergencyDialog(
                self.engine,
                self.session.lang,
                owner,
                allow_web_links=self.config.allow_web_links,
                clinic=self.kiosk_config,
                contact=self.emergency_contact(),
                can_change_number=self.kiosk_config is None,
            )
            self.emergency_dialog.changeNumberRequested.connect(self.choose_emergency_number)
            self._prepare_dialog(self.emergency_dialog)
        dialog = self.emergency_dialog
        assert dialog is not None
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

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
            extra_html=self.sleep_view.report_html() if self.sleep_view is not None else "",
            contact=self.emergency_contact(),
        )
        self.report_dialog.emergencyRequested.connect(self.show_emergency)
        self._prepare_dialog(self.report_dialog)
        self.report_dialog.open()

    def show_about(self) -> None:
        if self.about_dialog is None:
            self.about_dialog = AboutDialog(
                self.engine, self, allow_web_links=self.config.allow_web_links
            )
            self._prepare_dialog(self.about_dialog)
        # Not modal: emergency help stays one click away in the window behind it.
        self.about_dialog.show()
        self.about_dialog.raise_()
        self.about_dialog.activateWindow()

    def choose_emergency_number(self) -> None:
        """Desktop: pick the country whose number is shown everywhere (saved in the settings)."""
        if self.kiosk_config is not None:
            return  # a kiosk shows the clinic's number or the region's, never a visitor's pick
        parent: QWidget = self
        if self.emergency_dialog is not None and self.emergency_dialog.isVisible():
            parent = self.emergency_dialog
        dialog = EmergencyNumberDialog(
            self.engine, self.session.lang, self.settings.emergency_country, parent
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.set_emergency_country(dialog.chosen()))
        dialog.open()

    def set_emergency_country(self, country: str) -> None:
        """Show the number for `country` ('' follows the system's region) on every screen."""
        self.settings.emergency_country = country
        self.settings_controller.save()
        contact = self.emergency_contact()
        self.details.renderer.emergency = contact
        if self.details.current_entry is None:
            self.details.setHtml(self.details.renderer.home_html())
        reopen = self._emergency_visible()
        if (shown := self.emergency_dialog) is not None:
            shown.close()
            retire(shown, self)
            self.emergency_dialog = None
        if reopen:
            self.show_emergency()

    def _emergency_visible(self) -> bool:
        return self.emergency_dialog is not None and self.emergency_dialog.isVisible()

    # -- privacy of the saved list (desktop) -------------------------------------------------

    def _on_list_saved(self) -> None:
        """The first time a list is saved, say where, once, and offer a private session."""
        path = self.files.list_path
        if self.settings.list_location_told or path is None or self.list_notice is not None:
            return
        self.settings.list_location_told = True
        self.settings_controller.save()
        self.list_notice = ListLocationNotice(path, self)
        self.list_notice.privateRequested.connect(
            lambda: self.window_actions[MainAction.PRIVATE_SESSION].setChecked(True)
        )
        self.notice_area.addWidget(self.list_notice)
        self.list_notice.show()

    def set_private_session(self, private: bool) -> None:
        """Private: the saved list is removed and nothing is written until SafeRest closes."""
        if self.kiosk_config is not None or private == self.private_session:
            return
        self.private_session = private
        self.settings_controller.paused = private
        action = self.window_actions[MainAction.PRIVATE_SESSION]
        if action.isChecked() != private:
            action.setChecked(private)
        if private:
            forget_saved_list(self.files)
            self.session.files = UserFiles(None)
            self.notices.add(
                "private",
                lambda: (
                    self.tr("Private session"),
                    self.tr(
                        "Private session: nothing is saved on this computer. Your list is "
                        "gone when you close SafeRest."
                    ),
                ),
            )
        else:
            self.session.files = self.files
            self.session.save()
            self.notices.hide("private")
        # conditions hook (issue 18): the health conditions' note says whether they are saved
        self.checker.conditions.set_session(
            self.session.conditions, self.session.files.writable, self.session.lang
        )

    def _prepare_dialog(self, dialog: QDialog) -> None:
        if self.kiosk is not None:
            dialog.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
            self.kiosk.prepare(dialog)

    # -- kiosk ------------------------------------------------------------------------------

    def _start_kiosk(self, config: AppConfig) -> None:
        """Kiosk mode: locked full-screen window, clinic header, idle reset, admin exit."""
        assert config.kiosk is not None and self.kiosk_header is not None
        from saferest.ui.kiosk.lockdown import lock_window

        self.kiosk = KioskController(self, self, config.kiosk, self.kiosk_header, config.lang)
        self.kiosk_header.fontStepRequested.connect(self.settings_controller.step_font)
        self.kiosk.prepare(self.kiosk_header)
        self.kiosk.prepare(self.session_view)
        self.settings_controller.apply_session_font()
        lock_window(self)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if (
            event.type() == QEvent.Type.LanguageChange
            and hasattr(self, "_ui_lang")
            and (self.isVisible() or not self._was_shown)
        ):
            # The translators changed: if not through set_language (someone else switched the
            # app's language), follow it. Stale events from an earlier switch change nothing.
            now = current_language()
            if now != self._seen_translator_lang:
                self._seen_translator_lang = now
                if now != self.session.lang:
                    self.set_language(now)
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
        self._was_shown = True
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
        self.settings_controller.remember_geometry()
        for dialog in (self.emergency_dialog, self.report_dialog, self.about_dialog):
            if dialog is not None:
                dialog.close()
        super().closeEvent(event)
        if event.isAccepted() and self.instance_lock is not None:
            self.instance_lock.release()  # the next window to open may save again
