"""The issue's acceptance flow against the shipped pack (skipped while that data is incomplete)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLineEdit, QListView, QTreeView
from pytestqt.qtbot import QtBot

from saferest.domain.pack import default_data_dir
from saferest.ui.main_window import MainWindow
from saferest.ui.models.roles import Role

from .uihelpers import by_name


def test_acceptance_with_shipped_pack(
    qtbot: QtBot, make_window: Callable[..., MainWindow], user_dir: Path
) -> None:
    window = make_window(data=default_data_dir())
    engine = window.engine
    if engine.find("kratom") is None or not engine.parse("Xanax 1mg").resolved:
        pytest.skip("the shipped pack does not have kratom and Xanax yet")

    qtbot.keyClicks(by_name(window, QLineEdit, "Search"), "kratum")
    qtbot.waitUntil(lambda: window.reference.last_query == "kratum")
    first = window.reference.results_model.first_hit_index()
    assert first.data(Role.ENTRY_ID) == "kratom"

    window.checker.add_lines(["Xanax 1mg", "kratom", "zzqqxx"])
    results = by_name(window, QTreeView, "Interaction results").model()
    worst = results.index(0, 0).data(Role.SEVERITY)
    assert worst in ("dangerous", "unsafe")
    listed = by_name(window, QListView, "My medications").model()
    assert "not recognised" in listed.index(2, 0).data()
    window.close()

    again = make_window(data=default_data_dir())
    assert again.session.medications.inputs() == ["Xanax 1mg", "kratom", "zzqqxx"]
