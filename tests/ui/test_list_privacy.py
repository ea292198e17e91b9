"""Desktop privacy and files: where the list is kept, a private session, the PDF's folder."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from saferest.storage.user_files import LIST_FILE, SETTINGS_FILE
from saferest.ui.list_privacy import ListLocationNotice
from saferest.ui.main_window import MainWindow
from saferest.ui.report_dialog import documents_folder
from saferest.ui.window_actions import MainAction

from .uihelpers import by_name

MakeWindow = Callable[..., MainWindow]


def _notice(window: MainWindow) -> ListLocationNotice | None:
    found = [n for n in window.findChildren(ListLocationNotice) if n.isVisible()]
    return found[0] if found else None


def test_the_first_saved_list_says_where_it_is_kept(window: MainWindow, user_dir: Path) -> None:
    assert _notice(window) is None
    window.checker.add_lines(["Xanax 1mg"])
    notice = _notice(window)
    assert notice is not None
    assert str(user_dir / LIST_FILE) in notice.label.text()
    assert "Nothing is sent anywhere" in notice.label.text()
    settings = json.loads((user_dir / SETTINGS_FILE).read_text(encoding="utf-8"))
    assert settings["list_location_told"] is True


def test_it_is_said_only_once(make_window: MakeWindow) -> None:
    first = make_window()
    first.checker.add_lines(["Xanax 1mg"])
    first.checker.add_lines(["kratom"])
    assert len(first.findChildren(ListLocationNotice)) == 1
    first.close()
    again = make_window()
    again.checker.add_lines(["Percocet"])
    assert _notice(again) is None


def test_a_private_session_removes_the_list_and_saves_nothing_more(
    qtbot: QtBot, window: MainWindow, user_dir: Path
) -> None:
    window.checker.add_lines(["Xanax 1mg"])
    notice = _notice(window)
    assert notice is not None and (user_dir / LIST_FILE).exists()
    qtbot.mouseClick(
        by_name(notice, QPushButton, "Use a private session"), Qt.MouseButton.LeftButton
    )
    assert not (user_dir / LIST_FILE).exists()
    assert window.window_actions[MainAction.PRIVATE_SESSION].isChecked()
    assert "nothing is saved" in window.notices["private"].text
    settings_before = (user_dir / SETTINGS_FILE).read_bytes()
    window.checker.add_lines(["kratom"])
    window.settings_controller.step_font(+1)
    window.close()
    assert not (user_dir / LIST_FILE).exists()
    assert (user_dir / SETTINGS_FILE).read_bytes() == settings_before
    assert window.session.medications.inputs() == ["Xanax 1mg", "kratom"]


def test_leaving_the_private_session_saves_the_list_again(
    window: MainWindow, user_dir: Path
) -> None:
    window.window_actions[MainAction.PRIVATE_SESSION].setChecked(True)
    window.checker.add_lines(["Xanax 1mg"])
    assert not (user_dir / LIST_FILE).exists()
    window.window_actions[MainAction.PRIVATE_SESSION].setChecked(False)
    saved = json.loads((user_dir / LIST_FILE).read_text(encoding="utf-8"))
    assert [item["input"] for item in saved["items"]] == ["Xanax 1mg"]


def test_a_kiosk_never_shows_it(make_kiosk: Callable[..., MainWindow]) -> None:
    window = make_kiosk()
    window.checker.add_lines(["Xanax 1mg"])
    assert _notice(window) is None


def test_the_pdf_is_offered_in_the_documents_folder(tmp_path: Path) -> None:
    home = Path(os.environ["HOME"])
    documents = Path(
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    )
    assert documents.is_relative_to(home)  # the tests' own home, never the real one
    assert documents_folder() == home  # no Documents folder yet: the home folder, not the cwd
    documents.mkdir(parents=True)
    assert documents_folder() == documents


def test_the_report_suggests_a_dated_pdf_in_documents(window: MainWindow) -> None:
    documents = Path(
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    )
    documents.mkdir(parents=True, exist_ok=True)
    window.show_report()
    assert window.report_dialog is not None
    suggested = window.report_dialog.suggested_path()
    assert suggested.parent == documents and suggested.suffix == ".pdf"
