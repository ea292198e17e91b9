"""The list, text size and window geometry survive a restart; a damaged list is recovered."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QListView
from pytestqt.qtbot import QtBot

from saferest.domain.limits import MAX_ITEM_CHARS, MAX_ITEMS
from saferest.storage.user_files import LIST_FILE, SETTINGS_FILE
from saferest.ui.main_window import MainWindow
from saferest.ui.widgets import NoticeBar

from .uihelpers import by_name


def test_list_survives_restart(
    qtbot: QtBot, make_window: Callable[..., MainWindow], user_dir: Path
) -> None:
    first = make_window()
    first.checker.add_lines(["Xanax 1mg", "kratom", "zzqqxx"])
    saved = json.loads((user_dir / LIST_FILE).read_text(encoding="utf-8"))
    assert [i["input"] for i in saved["items"]] == ["Xanax 1mg", "kratom", "zzqqxx"]
    first.close()

    second = make_window()
    view = by_name(second, QListView, "My medications")
    assert view.model().rowCount() == 3
    assert second.session.medications.inputs() == ["Xanax 1mg", "kratom", "zzqqxx"]
    assert second.session.result.findings[0].severity.value == "unsafe"


def test_a_full_list_of_the_longest_lines_survives_restart_whole(
    qtbot: QtBot, make_window: Callable[..., MainWindow], user_dir: Path
) -> None:
    """The window, the domain list and the saved file agree on both limits: nothing the window
    accepted is refused, or makes the list look damaged, at the next start."""
    lines = [f"{i:03d} " + "x" * (MAX_ITEM_CHARS - 4) for i in range(MAX_ITEMS)]
    first = make_window()
    first.checker.add_lines(lines)
    assert first.session.medications.rowCount() == MAX_ITEMS
    first.close()

    second = make_window()
    assert second.session.medications.inputs() == lines
    assert second.session.skipped_items == 0 and second.session.damaged_list is None


def test_font_size_and_geometry_survive_restart(
    qtbot: QtBot, make_window: Callable[..., MainWindow], user_dir: Path
) -> None:
    first = make_window()
    base = QApplication.font().pointSizeF()
    first.settings_controller.step_font(+1)
    first.settings_controller.step_font(+1)
    assert QApplication.font().pointSizeF() > base
    first.resize(640, 480)  # the offscreen screen is 800x600
    first.close()
    settings = json.loads((user_dir / SETTINGS_FILE).read_text())
    assert settings["font_scale"] == 1.25
    assert settings["geometry"]

    QApplication.setFont(QApplication.font().__class__())  # back to the default font
    second = make_window()
    assert second.settings_controller.font_scale() == 1.25
    assert second.size().width() == 640


def test_damaged_list_is_moved_aside_and_user_told(
    qtbot: QtBot, make_window: Callable[..., MainWindow], user_dir: Path
) -> None:
    user_dir.mkdir(parents=True)
    (user_dir / LIST_FILE).write_text("{this is not json", encoding="utf-8")
    window = make_window()
    banner = by_name(window, NoticeBar, "Saved file problem")
    assert banner.isVisible()
    assert "could not be read" in banner.text
    moved = [p for p in user_dir.iterdir() if ".damaged-" in p.name]
    assert len(moved) == 1 and moved[0].read_text() == "{this is not json"
    assert str(moved[0]) in banner.text
    # The app keeps working and writes a fresh, valid list.
    window.checker.add_lines(["kratom"])
    assert json.loads((user_dir / LIST_FILE).read_text())["items"] == [{"input": "kratom"}]


def test_save_failure_is_reported(
    qtbot: QtBot, make_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x")
    window = make_window(user=blocker / "user")
    window.checker.add_lines(["kratom"])
    assert window.session.medications.inputs() == ["kratom"]
    assert by_name(window, NoticeBar, "Saving problem").isVisible()


def test_new_session_replaces_everything(make_window: Callable[..., MainWindow]) -> None:
    from saferest.storage.user_files import UserFiles
    from saferest.ui.session import Session

    window = make_window()
    window.checker.add_lines(["kratom", "Xanax"])
    window.search_box.setText("kratom")
    window.open_entry("kratom")
    window.show_report()
    window.set_session(Session(window.engine, "en", UserFiles(None), window))
    assert window.details.history == [] and window.details.current_entry is None
    assert window.report_dialog is None
    assert window.session.medications.rowCount() == 0
    assert by_name(window, QListView, "My medications").model() is window.session.medications
    assert window.search_box.text() == ""
    window.checker.add_lines(["kratom"])
    assert window.session.medications.rowCount() == 1


def test_damaged_settings_are_moved_aside(
    make_window: Callable[..., MainWindow], user_dir: Path
) -> None:
    user_dir.mkdir(parents=True)
    (user_dir / SETTINGS_FILE).write_bytes(b"\x00\x01 not settings")
    window = make_window()
    banner = by_name(window, NoticeBar, "Saved file problem")
    assert "display settings" in banner.text
    assert window.settings_controller.font_scale() == 1.0
    assert any(".damaged-" in p.name for p in user_dir.iterdir())
