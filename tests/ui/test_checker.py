"""The checker: adding, reading, suggesting, removing, and the grouped results."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QLabel, QLineEdit, QListView, QPushButton, QTreeView
from pytestqt.qtbot import QtBot

from saferest.domain.limits import MAX_ITEM_CHARS, MAX_ITEMS
from saferest.ui import checker_view
from saferest.ui.checker_view import replace_unresolved
from saferest.ui.main_window import MainWindow
from saferest.ui.models.medication_list import MedicationListModel
from saferest.ui.models.roles import Role
from saferest.ui.results_model import InteractionResultsModel

from .uihelpers import by_name


def add(qtbot: QtBot, window: MainWindow, *items: str) -> None:
    window.show_checker()
    entry = by_name(window, QLineEdit, "Add medication")
    for item in items:
        qtbot.keyClicks(entry, item)
        if entry.completer().popup().isVisible():
            entry.completer().popup().hide()
        qtbot.keyClick(entry, Qt.Key.Key_Return)


def rows(window: MainWindow) -> list[str]:
    model = by_name(window, QListView, "My medications").model()
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def children(model: Any, parent: QModelIndex) -> list[QModelIndex]:
    return [model.index(r, 0, parent) for r in range(model.rowCount(parent))]


def test_acceptance_flow(qtbot: QtBot, window: MainWindow) -> None:
    add(qtbot, window, "Xanax 1mg", "kratom", "zzqqxx")
    listed = rows(window)
    assert listed[0] == "Xanax 1mg — read as alprazolam"
    assert listed[1] == "kratom — read as Kratom"
    assert "“zzqqxx” not recognised" in listed[2]
    results = by_name(window, QTreeView, "Interaction results")
    model = results.model()
    groups = children(model, QModelIndex())
    assert groups[0].data().startswith("UNSAFE")
    assert groups[0].data(Role.SEVERITY) == "unsafe"
    finding = model.index(0, 0, groups[0])
    assert finding.data().startswith("alprazolam + Kratom.")  # the group says UNSAFE
    assert finding.data(Qt.ItemDataRole.AccessibleTextRole).startswith("UNSAFE interaction:")
    assert results.isExpanded(finding)
    details = [i.data() for i in children(model, finding)]
    assert any(d.startswith("Why: Opioid-like and GABA effects add.") for d in details)
    assert "What to do: Avoid." in details
    assert any(d.startswith("Reliability: inferred") for d in details)
    assert any(d.startswith("Source: Clinical assessment") for d in details)
    sources = [i for i in children(model, finding) if i.data(Role.URL)]
    assert sources[0].data(Role.URL).startswith("https://")
    assert groups[-1].data().startswith("Not checked")
    summary = by_name(window, QLabel, "Check summary").text()
    assert "UNSAFE" in summary and "zzqqxx" in summary


def test_unrecognised_item_stays_with_clickable_suggestion(
    qtbot: QtBot, window: MainWindow
) -> None:
    add(qtbot, window, "alprazolan 2mg")
    assert "not recognised" in rows(window)[0]
    button = by_name(window, QPushButton, "Use suggestion: alprazolam")
    assert button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert rows(window) == ["alprazolam 2mg — read as alprazolam"]
    assert window.session.medications.inputs() == ["alprazolam 2mg"]


def test_ambiguous_name_offers_choices(qtbot: QtBot, window: MainWindow) -> None:
    add(qtbot, window, "Unisom")
    assert "matches more than one entry" in rows(window)[0]
    qtbot.mouseClick(
        by_name(window, QPushButton, "Use suggestion: Unisom SleepTabs"), Qt.MouseButton.LeftButton
    )
    assert rows(window) == ["Unisom SleepTabs — read as Unisom SleepTabs"]


def test_remove_and_clear(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    add(qtbot, window, "Xanax", "kratom", "Zoloft")
    view = by_name(window, QListView, "My medications")
    view.setCurrentIndex(view.model().index(1, 0))
    remove = by_name(window, QPushButton, "Remove selected item")
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert [r.split(" —")[0] for r in rows(window)] == ["Xanax", "Zoloft"]
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert [r.split(" —")[0] for r in rows(window)] == ["Zoloft"]
    monkeypatch.setattr(checker_view, "confirm_clear", lambda parent: False)
    qtbot.mouseClick(by_name(window, QPushButton, "Clear all items"), Qt.MouseButton.LeftButton)
    assert len(rows(window)) == 1
    monkeypatch.setattr(checker_view, "confirm_clear", lambda parent: True)
    qtbot.mouseClick(by_name(window, QPushButton, "Clear all items"), Qt.MouseButton.LeftButton)
    assert rows(window) == []
    assert not by_name(window, QPushButton, "Clear all items").isEnabled()


def test_paste_adds_each_line(qtbot: QtBot, window: MainWindow) -> None:
    window.show_checker()
    entry = by_name(window, QLineEdit, "Add medication")
    QGuiApplication.clipboard().setText("Xanax 1mg\r\nkratom\n\nzzqqxx\n")
    entry.setFocus()
    qtbot.keySequence(entry, QKeySequence.StandardKey.Paste)
    assert [r.split(" —")[0] for r in rows(window)] == ["Xanax 1mg", "kratom", "zzqqxx"]
    assert entry.text() == ""


def test_duplicate_is_not_added_twice(qtbot: QtBot, window: MainWindow) -> None:
    add(qtbot, window, "Xanax", "xanax")
    assert len(rows(window)) == 1
    assert "Already on your list" in by_name(window, QLabel, "List notice").text()


def test_full_list_says_what_was_not_added(window: MainWindow) -> None:
    model = window.session.medications
    window.checker.add_lines([f"item {i}" for i in range(MAX_ITEMS)])
    window.checker.add_lines(["kratom"])
    assert model.rowCount() == MAX_ITEMS == 200
    assert "“kratom”" in by_name(window, QLabel, "List notice").text()


def test_a_line_too_long_to_check_is_refused_with_a_message(window: MainWindow) -> None:
    long_line = "alprazolam 1 mg, " + "and also " * 40 + "oxycodone 5 mg"
    assert len(long_line) > MAX_ITEM_CHARS
    window.checker.add_lines([long_line, "kratom"])
    assert window.session.medications.inputs() == ["kratom"]
    notice = by_name(window, QLabel, "List notice").text()
    assert "Too long to check safely" in notice and str(MAX_ITEM_CHARS) in notice


def test_a_long_line_within_the_limit_is_read_whole(window: MainWindow) -> None:
    line = "alprazolam 1 mg at night, " + "x" * 200 + " oxycodone 5 mg"
    assert 200 < len(line) <= MAX_ITEM_CHARS
    window.checker.add_lines([line])
    [read] = window.session.medications.lines()
    assert {item.entry_id for item in read.resolved} == {"alprazolam", "oxycodone"}


def test_nothing_flagged_says_what_was_checked(qtbot: QtBot, window: MainWindow) -> None:
    add(qtbot, window, "Tylenol", "Zoloft")
    summary = by_name(window, QLabel, "Check summary").text()
    assert "acetaminophen, sertraline" in summary
    assert "no known interaction" in summary
    assert "not a promise" in summary
    model = window.session.results
    group = model.index(0, 0)
    assert group.data().startswith("No known interaction")
    assert any("not a promise" in i.data() for i in children(model, group))


def test_combination_product_and_duplicate(qtbot: QtBot, window: MainWindow) -> None:
    add(qtbot, window, "Percocet", "Tylenol")
    assert rows(window)[0] == "Percocet — read as Percocet (oxycodone, acetaminophen)"
    model = window.session.results
    findings = [i.data() for i in model.finding_indexes()]
    assert findings and findings[0].startswith("acetaminophen twice")


def test_choosing_a_completion_adds_it_once(qtbot: QtBot, window: MainWindow) -> None:
    window.show_checker()
    entry = by_name(window, QLineEdit, "Add medication")
    entry.setFocus()
    qtbot.keyClicks(entry, "xana")
    popup = entry.completer().popup()
    assert popup.isVisible()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: entry.text() == "")
    assert window.session.medications.inputs() == ["Xanax"]
    assert not by_name(window, QLabel, "List notice").isVisible()


def test_completer_offers_names_and_brands_but_no_misspellings(window: MainWindow) -> None:
    completer = by_name(window, QLineEdit, "Add medication").completer()
    names = completer.model().stringList()  # type: ignore[attr-defined]
    for name in ("Xanax", "Kratom", "alprazolam", "Tylenol"):
        assert name in names
    for hidden in ("kratum", "xanex", "ketum"):  # a misspelling and an alias
        assert hidden not in names


def test_a_misspelling_left_out_of_the_completer_is_still_read(
    qtbot: QtBot, window: MainWindow
) -> None:
    add(qtbot, window, "kratum")
    assert rows(window) == ["kratum — read as Kratom"]


def test_models_pass_modeltester(qtbot: QtBot, qtmodeltester: Any, window: MainWindow) -> None:
    add(qtbot, window, "Xanax 1mg", "kratom", "oxycodone", "zzqqxx", "Tylenol", "Zoloft")
    assert isinstance(window.session.medications, MedicationListModel)
    qtmodeltester.check(window.session.medications)
    assert isinstance(window.session.results, InteractionResultsModel)
    qtmodeltester.check(window.session.results)
    groups = [
        window.session.results.index(r, 0).data(Role.SEVERITY)
        for r in range(window.session.results.rowCount())
    ]
    assert groups[:3] == ["dangerous", "unsafe", "caution"]


def test_replace_unresolved_keeps_dose() -> None:
    assert replace_unresolved("Alprazolan 2 mg", "alprazolan", "alprazolam") == "alprazolam 2 mg"
    assert replace_unresolved("Zolof-t", "zolof t", "sertraline") == "sertraline"
    assert replace_unresolved("???", "x", "kratom") == "kratom"


def test_source_rows_open_links_after_confirmation(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from saferest.ui import safe_browser

    opened: list[str] = []
    monkeypatch.setattr(safe_browser, "confirm_open_link", lambda parent, url: True)
    monkeypatch.setattr(
        safe_browser.QDesktopServices, "openUrl", lambda url: opened.append(url.toString()) or True
    )
    add(qtbot, window, "Xanax", "kratom")
    results = by_name(window, QTreeView, "Interaction results")
    finding = window.session.results.finding_indexes()[0]
    source = next(i for i in children(results.model(), finding) if i.data(Role.URL))
    results.activated.emit(source)
    assert opened == [source.data(Role.URL)]
