"""The main window's actions and menus, declared once (as MusicBrainz Picard declares its own in
picard/ui/mainwindow/actions.py with an enum of actions).

Each action has a name (`MainAction`), a spec (shortcuts, and whether a kiosk has it) and a
text; the menus are a table of those names. The window only says what each action does. Texts
keep the "MainWindow" translation context they had when the window built its own actions.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from saferest.ui.i18n import LANGUAGE_NAMES, SUPPORTED_LANGUAGES
from saferest.ui.pack_update import PackUpdater

translate = QCoreApplication.translate
Shortcut = QKeySequence.StandardKey | str


class MainAction(StrEnum):
    """Every action of the main window (menus, shortcuts, or both)."""

    SEARCH = "search"
    REPORT = "report"
    PRIVATE_SESSION = "private_session"
    QUIT = "quit"
    HOME = "home"
    BACK = "back"
    REFERENCE = "reference"
    CHECKER = "checker"
    LARGER_TEXT = "larger_text"
    SMALLER_TEXT = "smaller_text"
    NORMAL_TEXT = "normal_text"
    EMERGENCY = "emergency"
    EMERGENCY_NUMBER = "emergency_number"
    ABOUT = "about"


@dataclass(frozen=True)
class ActionSpec:
    shortcuts: tuple[Shortcut, ...] = ()
    context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut
    checkable: bool = False
    """A setting that is on or off: its slot gets the new state (toggled)."""
    desktop_only: bool = False
    """Not made at all in kiosk mode (a kiosk has no way out but the admin exit)."""


SPECS: dict[MainAction, ActionSpec] = {
    MainAction.SEARCH: ActionSpec((QKeySequence.StandardKey.Find,)),
    MainAction.REPORT: ActionSpec((QKeySequence.StandardKey.Print,)),
    MainAction.PRIVATE_SESSION: ActionSpec(checkable=True),
    MainAction.QUIT: ActionSpec((QKeySequence.StandardKey.Quit,), desktop_only=True),
    MainAction.HOME: ActionSpec(("Alt+Home",)),
    MainAction.BACK: ActionSpec((QKeySequence.StandardKey.Back,)),
    MainAction.REFERENCE: ActionSpec(("Ctrl+1",)),
    MainAction.CHECKER: ActionSpec(("Ctrl+2",)),
    MainAction.LARGER_TEXT: ActionSpec(("Ctrl++", "Ctrl+=")),
    MainAction.SMALLER_TEXT: ActionSpec((QKeySequence.StandardKey.ZoomOut,)),
    MainAction.NORMAL_TEXT: ActionSpec(("Ctrl+0",)),
    # Emergency help works from every window and dialog of the app.
    MainAction.EMERGENCY: ActionSpec(("F1",), Qt.ShortcutContext.ApplicationShortcut),
    MainAction.EMERGENCY_NUMBER: ActionSpec(),
    MainAction.ABOUT: ActionSpec(),
}

PACK_UPDATE = "pack_update"
"""Where File > Install data update… goes in the menu table (its action is PackUpdater's)."""
LANGUAGES = "languages"
"""Where the language choices go in the menu table."""
MenuItem = MainAction | str | None
"""An action, PACK_UPDATE, LANGUAGES, or None for a separator."""

MENUS: dict[str, tuple[MenuItem, ...]] = {
    "file": (MainAction.REPORT, PACK_UPDATE, MainAction.PRIVATE_SESSION, None, MainAction.QUIT),
    "view": (
        MainAction.HOME,
        MainAction.BACK,
        MainAction.REFERENCE,
        MainAction.CHECKER,
        None,
        MainAction.LARGER_TEXT,
        MainAction.SMALLER_TEXT,
        MainAction.NORMAL_TEXT,
    ),
    "language": (LANGUAGES,),
    "help": (MainAction.EMERGENCY, MainAction.EMERGENCY_NUMBER, MainAction.ABOUT),
}


def action_texts() -> dict[MainAction, str]:
    """Each action's menu text in the current language."""
    return {
        MainAction.SEARCH: translate("MainWindow", "&Search"),
        MainAction.REPORT: translate("MainWindow", "&Print or save report…"),
        MainAction.PRIVATE_SESSION: translate("MainWindow", "P&rivate session (save nothing)"),
        MainAction.QUIT: translate("MainWindow", "&Quit"),
        MainAction.HOME: translate("MainWindow", "&Home"),
        MainAction.BACK: translate("MainWindow", "&Back"),
        MainAction.REFERENCE: translate("MainWindow", "&Reference"),
        MainAction.CHECKER: translate("MainWindow", "&Check my medications"),
        MainAction.LARGER_TEXT: translate("MainWindow", "&Larger text"),
        MainAction.SMALLER_TEXT: translate("MainWindow", "S&maller text"),
        MainAction.NORMAL_TEXT: translate("MainWindow", "&Normal text size"),
        MainAction.EMERGENCY: translate("MainWindow", "&Emergency help"),
        MainAction.EMERGENCY_NUMBER: translate("MainWindow", "Emergency &number…"),
        MainAction.ABOUT: translate("MainWindow", "&About SafeRest"),
    }


def menu_titles() -> dict[str, str]:
    return {
        "file": translate("MainWindow", "&File"),
        "view": translate("MainWindow", "&View"),
        "language": translate("MainWindow", "&Language"),
        "help": translate("MainWindow", "&Help"),
    }


class WindowActions(QObject):
    """The window's actions (by `MainAction`), its language choices and its menus.

    `slots` says what each action does; a checkable action's slot gets the new state. A kiosk
    gets no menus and no desktop-only actions; its shortcuts still work (F1, text size).
    """

    def __init__(
        self,
        window: QMainWindow,
        slots: Mapping[MainAction, Callable[..., object]],
        set_language: Callable[[str], None],
        lang: str,
        kiosk: bool,
        pack_updater: PackUpdater | None = None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._pack_updater = pack_updater
        self._actions: dict[MainAction, QAction] = {}
        for name, spec in SPECS.items():
            if spec.desktop_only and kiosk:
                continue
            action = QAction(window)
            if spec.shortcuts:
                action.setShortcuts([QKeySequence(s) for s in spec.shortcuts])
            action.setShortcutContext(spec.context)
            if spec.checkable:
                action.setCheckable(True)
                action.toggled.connect(slots[name])
            else:
                action.triggered.connect(slots[name])
                window.addAction(action)
            self._actions[name] = action
        self.language_actions: dict[str, QAction] = {}
        self.language_group = QActionGroup(window)
        self.language_group.setExclusive(True)
        for code in SUPPORTED_LANGUAGES:
            action = QAction(LANGUAGE_NAMES[code], window)  # each language in its own words
            action.setCheckable(True)
            action.setChecked(code == lang)
            action.triggered.connect(lambda _=False, c=code: set_language(c))
            window.addAction(action)
            self.language_group.addAction(action)
            self.language_actions[code] = action
        self.menus: dict[str, QMenu] = {}
        if kiosk:
            # No menus in kiosk mode: nothing that quits, opens files or leaves the app.
            # (The header has the language button.)
            window.setMenuBar(None)  # type: ignore[arg-type]
        else:
            self._build_menus()

    def __getitem__(self, name: MainAction) -> QAction:
        return self._actions[name]

    def get(self, name: MainAction) -> QAction | None:
        """The action, or None where this window has none (Quit on a kiosk)."""
        return self._actions.get(name)

    def _build_menus(self) -> None:
        bar = self._window.menuBar()
        for key, items in MENUS.items():
            menu = bar.addMenu("")
            for item in items:
                if item is None:
                    menu.addSeparator()
                elif item == PACK_UPDATE:
                    if self._pack_updater is not None:
                        menu.addAction(self._pack_updater.action)
                elif item == LANGUAGES:
                    for action in self.language_actions.values():
                        menu.addAction(action)
                elif isinstance(item, MainAction) and item in self._actions:
                    menu.addAction(self._actions[item])
            self.menus[key] = menu

    def retranslate(self, lang: str) -> None:
        """Every text in the current language; the language in use is the checked one."""
        for name, text in action_texts().items():
            if name in self._actions:
                self._actions[name].setText(text)
        if self._pack_updater is not None:
            self._pack_updater.retranslate()
        titles = menu_titles()
        for key, menu in self.menus.items():
            menu.setTitle(titles[key])
        if "language" in self.menus:
            # Screen readers announce the menu without its mnemonic.
            self.menus["language"].setAccessibleName(translate("MainWindow", "Language"))
        for code, action in self.language_actions.items():
            action.setChecked(code == lang)
