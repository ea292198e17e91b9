"""A long kiosk day in one process: visitor after visitor, and tens of thousands of widget calls.

shiboken6 6.12.0 on Python 3.11 dropped one reference to None on every void Qt call, and the
kiosk aborted ("Fatal Python error: none_dealloc") during about the 4th visitor. Before Python
3.12 None is not immortal, so its reference count is watched after every visitor: it must not
fall, and the test fails long before it could reach zero.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from saferest.ui.main_window import MainWindow

VISITORS = 50
WIDGET_CALLS_PER_VISITOR = 600
"""Each visitor's share of plain void widget calls (50 x 600 x 2 = 60,000 in all)."""
NONE_SLACK = 200
"""How far None's reference count may wander down between visitors (freed objects that held
None); the bug this guards against takes thousands per visitor."""
WATCH_NONE = sys.version_info < (3, 12)
ROUNDS = 20
KEYSTROKES_PER_ROUND = 500
"""20 x 500 = 10,000 keystrokes: the desktop aborted after about 8,500 with the broken pair."""


def none_refs() -> int:
    gc.collect()
    return sys.getrefcount(None)


def one_visitor(qtbot: QtBot, window: MainWindow, visitor: int) -> None:
    """What a person does at the kiosk: search, read a card, check a list, open the report."""
    qtbot.keyClicks(window.search_box, "kratom")
    window.open_entry("kratom")
    window.tabs.setCurrentWidget(window.checker)
    qtbot.keyClicks(window.checker.entry, "Xanax 1mg")
    qtbot.keyClick(window.checker.entry, Qt.Key.Key_Return)
    window.checker.add_lines(["kratom", f"zzq{visitor}"])
    severities = {f.severity.value for f in window.session.result.findings}
    assert severities & {"unsafe", "dangerous"}, severities
    window.show_report()
    assert window.report_dialog is not None and window.report_dialog.isVisible()
    for i in range(WIDGET_CALLS_PER_VISITOR):
        window.checker.entry.setText("")
        window.search_box.setCursorPosition(i % 3)


@pytest.mark.slow
def test_kiosk_survives_fifty_visitors_in_one_process(
    qtbot: QtBot,
    make_kiosk: Callable[..., MainWindow],
    write_config: Callable[..., Path],
) -> None:
    window = make_kiosk(write_config(allow_print=True, idle_timeout_s=3600))
    assert window.kiosk is not None
    one_visitor(qtbot, window, 0)  # first use fills caches that then stay
    window.kiosk.start_over()
    baseline = none_refs()
    for visitor in range(1, VISITORS + 1):
        one_visitor(qtbot, window, visitor)
        window.kiosk.start_over()
        QApplication.processEvents()
        assert window.session.medications.rowCount() == 0
        assert window.report_dialog is None
        if WATCH_NONE:
            now = none_refs()
            assert now >= baseline - NONE_SLACK, (
                f"None lost {baseline - now} references by visitor {visitor}: this Qt binding "
                "drops a reference on void calls and the kiosk would abort (none_dealloc)"
            )
    assert window.isVisible()


@pytest.mark.slow
def test_desktop_survives_tens_of_thousands_of_keystrokes_and_calls(
    qtbot: QtBot, window: MainWindow
) -> None:
    typed = ("diphenhydramine 25 mg at night, " * 20)[:KEYSTROKES_PER_ROUND]
    baseline = none_refs()
    for round_ in range(ROUNDS):
        qtbot.keyClicks(window.checker.entry, typed)
        for _ in range(1000):
            window.checker.entry.setText("")
        if WATCH_NONE:
            now = none_refs()
            assert now >= baseline - NONE_SLACK, f"None lost {baseline - now} refs ({round_})"
    assert window.isVisible()
