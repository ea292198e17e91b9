"""The main window's actions, declared once in saferest.ui.window_actions."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QKeySequence

from saferest.ui.main_window import MainWindow
from saferest.ui.window_actions import MENUS, SPECS, MainAction, action_texts

MakeKiosk = Callable[..., MainWindow]


def test_every_action_has_a_spec_and_a_text() -> None:
    assert set(SPECS) == set(MainAction) == set(action_texts())


def test_desktop_menus_hold_every_action_but_search(window: MainWindow) -> None:
    in_menus = {a for menu in window.window_actions.menus.values() for a in menu.actions()}
    missing = [name for name in MainAction if window.window_actions[name] not in in_menus]
    assert missing == [MainAction.SEARCH]  # Ctrl+F puts the cursor in the search box
    assert {key for key in MENUS} == set(window.window_actions.menus)


def test_desktop_actions_have_their_texts_and_shortcuts(window: MainWindow) -> None:
    actions = window.window_actions
    assert actions[MainAction.ABOUT].text() == "&About SafeRest"
    assert actions[MainAction.EMERGENCY].shortcut() == QKeySequence("F1")
    assert QKeySequence("Ctrl+=") in actions[MainAction.LARGER_TEXT].shortcuts()


def test_kiosks_have_no_menus_and_no_quit(make_kiosk: MakeKiosk) -> None:
    window = make_kiosk()
    assert window.window_actions.get(MainAction.QUIT) is None
    assert window.window_actions.menus == {}
    assert window.window_actions[MainAction.EMERGENCY].shortcut() == QKeySequence("F1")


def test_larger_text_action_steps_the_text_size(window: MainWindow) -> None:
    window.window_actions[MainAction.LARGER_TEXT].trigger()
    assert window.settings_controller.font_scale() == 1.1
    window.window_actions[MainAction.NORMAL_TEXT].trigger()
    assert window.settings_controller.font_scale() == 1.0
