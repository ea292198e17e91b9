"""Quieter, clearer results: the severity said once per group, only the worst group in bold,
findings opened and closed with the keyboard, and the focused row read out."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QTreeView
from pytestqt.qtbot import QtBot

import saferest.ui.results_view
from saferest.ui.main_window import MainWindow
from saferest.ui.models.roles import Role

from .uihelpers import by_name

SEVERITY_WORDS = ("DANGEROUS", "UNSAFE", "CAUTION", "LOW RISK")
LIST = ["Xanax", "oxycodone", "kratom", "Tylenol", "Percocet"]


def _rows(view: QTreeView, parent: QModelIndex) -> list[QModelIndex]:
    model = view.model()
    return [model.index(r, 0, parent) for r in range(model.rowCount(parent))]


def _groups(view: QTreeView) -> list[QModelIndex]:
    return [i for i in _rows(view, QModelIndex()) if i.data(Role.SEVERITY)]


def _bold(index: QModelIndex) -> bool:
    font = index.data(Qt.ItemDataRole.FontRole)
    return isinstance(font, QFont) and font.bold()


@pytest.fixture
def results(window: MainWindow) -> QTreeView:
    window.checker.add_lines(LIST)
    window.show_checker()
    return by_name(window, QTreeView, "Interaction results")


def test_the_severity_word_is_said_by_the_group_not_by_each_finding(results: QTreeView) -> None:
    groups = _groups(results)
    assert [g.data().split(" ")[0] for g in groups] == ["DANGEROUS", "UNSAFE", "CAUTION"]
    for group in groups:
        for finding in _rows(results, group):
            assert not finding.data().startswith(SEVERITY_WORDS)
            word = group.data().split(" ")[0]
            # A screen reader, which may read a row on its own, still hears the severity.
            assert finding.data(Qt.ItemDataRole.AccessibleTextRole).startswith(word)


def test_only_the_worst_group_is_bold(results: QTreeView) -> None:
    worst, *others = _groups(results)
    assert _bold(worst)
    assert all(_bold(finding) for finding in _rows(results, worst))
    advice = [d for f in _rows(results, worst) for d in _rows(results, f)]
    assert any(_bold(d) for d in advice if d.data().startswith("What to do:"))
    for group in others:
        assert not _bold(group)
        for finding in _rows(results, group):
            assert not _bold(finding)
            assert not any(_bold(d) for d in _rows(results, finding))


def test_a_kiosk_shows_no_other_severity_inside_a_group(
    make_kiosk: Callable[..., MainWindow],
) -> None:
    window = make_kiosk()
    window.checker.add_lines(LIST)
    view = by_name(window, QTreeView, "Interaction results")
    for group in _groups(view):
        for finding in _rows(view, group):
            texts = [finding.data()] + [d.data() for d in _rows(view, finding)]
            assert not any(word in text for word in SEVERITY_WORDS for text in texts), texts


def _focus(qtbot: QtBot, window: MainWindow, view: QTreeView) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    view.setFocus()
    qtbot.waitUntil(view.hasFocus, timeout=2000)


def test_findings_open_and_close_with_the_keyboard(
    qtbot: QtBot, window: MainWindow, results: QTreeView
) -> None:
    _focus(qtbot, window, results)
    caution = _groups(results)[-1]
    finding = _rows(results, caution)[0]
    results.setCurrentIndex(finding)
    assert not results.isExpanded(finding)
    qtbot.keyClick(results, Qt.Key.Key_Space)
    assert results.isExpanded(finding)
    qtbot.keyClick(results, Qt.Key.Key_Space)
    assert not results.isExpanded(finding)
    qtbot.keyClick(results, Qt.Key.Key_Right)
    assert results.isExpanded(finding)
    qtbot.keyClick(results, Qt.Key.Key_Left)
    assert not results.isExpanded(finding)
    qtbot.keyClick(results, Qt.Key.Key_Return)
    assert results.isExpanded(finding)


def test_the_focused_row_and_its_state_are_announced(
    qtbot: QtBot, window: MainWindow, results: QTreeView, monkeypatch: pytest.MonkeyPatch
) -> None:
    heard: list[str] = []
    monkeypatch.setattr(
        saferest.ui.results_view, "announce", lambda _source, text: heard.append(text)
    )
    _focus(qtbot, window, results)
    caution = _groups(results)[-1]
    first, second = _rows(results, caution)[:2]
    results.setCurrentIndex(first)
    assert heard[-1].startswith("CAUTION interaction:")
    assert heard[-1].endswith("(closed, press Space to open)")
    qtbot.keyClick(results, Qt.Key.Key_Space)
    inside = results.model().rowCount(first)
    assert heard[-1].endswith(f"(open, {inside} line(s) inside)")
    qtbot.keyClick(results, Qt.Key.Key_Space)
    assert heard[-1].endswith("(closed)")
    results.setCurrentIndex(second)
    assert heard[-1].startswith("CAUTION interaction:")


def test_rows_opened_by_the_program_are_not_announced(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    heard: list[str] = []
    monkeypatch.setattr(
        saferest.ui.results_view, "announce", lambda _source, text: heard.append(text)
    )
    window.checker.add_lines(LIST)  # the results open their worst findings themselves
    assert heard == []


def test_a_dangerous_worst_finding_is_open_so_what_to_do_shows_first(results: QTreeView) -> None:
    findings = [f for group in _groups(results) for f in _rows(results, group)]
    assert len(findings) > 3
    worst, *others = findings
    assert worst.data(Role.SEVERITY) == "dangerous" and results.isExpanded(worst)
    assert not any(results.isExpanded(f) for f in others)


def test_what_to_do_is_the_first_line_under_a_finding(results: QTreeView) -> None:
    for group in _groups(results):
        for finding in _rows(results, group):
            assert _rows(results, finding)[0].data().startswith("What to do:")
