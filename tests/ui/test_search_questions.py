"""Search that understands people: questions, two names at once, and honest empty results."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPushButton, QTextBrowser, QTreeView
from pytestqt.qtbot import QtBot

from saferest.domain.pack import default_data_dir
from saferest.ui.main_window import MainWindow
from saferest.ui.models.roles import Role

from .uihelpers import by_name


def _search(qtbot: QtBot, window: MainWindow, text: str) -> None:
    box = by_name(window, QLineEdit, "Search")
    box.clear()
    qtbot.keyClicks(box, text)
    qtbot.waitUntil(lambda: window.reference.last_query == text.strip(), timeout=2000)


def _result_ids(window: MainWindow) -> list[str]:
    view = by_name(window, QTreeView, "Search results")
    model = view.model()
    ids = []
    for group in range(model.rowCount()):
        parent = model.index(group, 0)
        ids += [
            model.index(r, 0, parent).data(Role.ENTRY_ID) for r in range(model.rowCount(parent))
        ]
    return ids


def _pairs(window: MainWindow) -> set[frozenset[str]]:
    return {frozenset((f.a, f.b)) for f in window.session.result.findings}


@pytest.mark.parametrize(
    "query", ["kratom xanax", "can I take kratom with xanax", "¿puedo tomar kratom con xanax?"]
)
def test_two_names_in_the_search_offer_to_check_them_together(
    qtbot: QtBot, window: MainWindow, query: str
) -> None:
    _search(qtbot, window, query)
    assert {"kratom", "alprazolam"} <= set(_result_ids(window))
    button = by_name(window, QPushButton, "Check these together")
    assert button.isVisible() and "Kratom" in button.text() and "Xanax" in button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.tabs.currentWidget() is window.checker
    assert window.session.medications.inputs() == ["Kratom", "Xanax"]
    assert frozenset({"kratom", "alprazolam"}) in _pairs(window)
    assert "Kratom" in window.checker.summary.text()


def test_one_name_offers_nothing_to_check_together(qtbot: QtBot, window: MainWindow) -> None:
    _search(qtbot, window, "can I take xanax")
    assert _result_ids(window)[0] == "alprazolam"
    assert not by_name(window, QPushButton, "Check these together").isVisible()


def test_checking_together_keeps_what_is_already_on_the_list(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.checker.add_lines(["Percocet"])
    _search(qtbot, window, "kratom xanax")
    qtbot.mouseClick(
        by_name(window, QPushButton, "Check these together"), Qt.MouseButton.LeftButton
    )
    assert len(window.session.medications.inputs()) == 3
    assert frozenset({"oxycodone", "alprazolam"}) in _pairs(window)


def test_an_empty_result_clears_the_card_that_was_shown(qtbot: QtBot, window: MainWindow) -> None:
    window.open_entry("kratom")
    _search(qtbot, window, "zzqqxxy")
    details = by_name(window, QTextBrowser, "Details").toPlainText()
    assert "Nothing found for “zzqqxxy”" in details
    assert "Kratom" not in details
    assert window.details.current_entry is None
    window.go_back()
    assert window.details.current_entry == "kratom"


def test_kratom_ambien_in_the_shipped_pack_checks_the_pair(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window(data=default_data_dir())
    _search(qtbot, window, "kratom ambien")
    button = by_name(window, QPushButton, "Check these together")
    assert button.text() == "Check these together: Kratom + Ambien"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert frozenset({"kratom", "zolpidem"}) in _pairs(window)
    results = by_name(window, QTreeView, "Interaction results")
    shown = [index.data() for index in window.session.results.finding_indexes()]
    assert results.isVisible() and any("Kratom + Zolpidem" in text for text in shown)
