"""Searching everything from the "Search" box, and opening what was found."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QTextBrowser, QTreeView
from pytestqt.qtbot import QtBot

from saferest.ui.main_window import MainWindow
from saferest.ui.models.roles import Role
from saferest.ui.models.search_results import SearchResultsModel

from .uihelpers import by_name


def _type_search(qtbot: QtBot, window: MainWindow, text: str) -> QTreeView:
    box = by_name(window, QLineEdit, "Search")
    qtbot.keyClicks(box, text)
    results = by_name(window, QTreeView, "Search results")
    qtbot.waitUntil(lambda: window.reference.last_query == text, timeout=2000)
    return results


def test_typo_finds_kratom_first(qtbot: QtBot, window: MainWindow) -> None:
    results = _type_search(qtbot, window, "kratum")
    model = results.model()
    assert isinstance(model, SearchResultsModel)
    assert results.isVisible()
    first = model.first_hit_index()
    assert first.data(Role.ENTRY_ID) == "kratom"
    assert first.data(Role.BADGE) == "SUBSTANCE"
    assert "kratum" in first.data()
    assert model.index(0, 0).data().startswith("Substances")


def test_search_is_debounced(qtbot: QtBot, window: MainWindow, monkeypatch: object) -> None:
    calls: list[str] = []
    original = window.engine.search

    def counting(query: str, limit: int = 20) -> list:  # type: ignore[type-arg]
        calls.append(query)
        return original(query, limit)

    window.engine.search = counting  # type: ignore[method-assign]
    _type_search(qtbot, window, "xanax")
    assert calls == ["xanax"]


def test_enter_opens_best_hit_in_details(qtbot: QtBot, window: MainWindow) -> None:
    _type_search(qtbot, window, "xanex")
    box = by_name(window, QLineEdit, "Search")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    details = by_name(window, QTextBrowser, "Details")
    assert window.details.current_entry == "alprazolam"
    assert "alprazolam" in details.toPlainText()
    assert by_name(window, QTreeView, "Search results").hasFocus()


def test_ctrl_f_focuses_search(qtbot: QtBot, window: MainWindow) -> None:
    window.show_checker()
    qtbot.waitUntil(lambda: window.checker.entry.hasFocus())
    qtbot.keyClick(window.checker.entry, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert by_name(window, QLineEdit, "Search").hasFocus()


def test_no_results_says_so(qtbot: QtBot, window: MainWindow) -> None:
    results = _type_search(qtbot, window, "qqqqzzzz")
    assert results.model().rowCount() == 0
    assert "No results" in window.reference.status.text()


def test_clearing_search_shows_browse(qtbot: QtBot, window: MainWindow) -> None:
    _type_search(qtbot, window, "kratom")
    box = by_name(window, QLineEdit, "Search")
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.reference.last_query == "")
    assert by_name(window, QTreeView, "Browse").isVisible()


def test_search_results_model(qtmodeltester: object, window: MainWindow) -> None:
    model = SearchResultsModel()
    model.set_hits(window.engine.search("a", 20))
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    model.set_hits(window.engine.search("kratom", 20))
    qtmodeltester.check(model)  # type: ignore[attr-defined]
