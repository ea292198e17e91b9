"""About: versions, data review date, diagnostics to copy, and every licence text."""

from __future__ import annotations

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QListView, QPlainTextEdit
from pytestqt.qtbot import QtBot

from saferest import __version__
from saferest.ui.about import AboutDialog, LicencesDialog
from saferest.ui.main_window import MainWindow

from .uihelpers import by_name, top_level


def about(window: MainWindow) -> AboutDialog:
    window.show_about()
    return top_level(AboutDialog, "About SafeRest")


def test_about_shows_app_qt_and_data_versions(window: MainWindow) -> None:
    text = about(window).browser.toPlainText()
    assert f"SafeRest {__version__}" in text
    assert f"built with PySide6 {pyside_version} on Qt {qVersion()}" in text
    assert "Data version: 0.1.0" in text
    reviewed = window.engine.pack.manifest.reviewed.isoformat()  # type: ignore[union-attr]
    assert f"Reviewed: {reviewed}" in text


def test_copy_diagnostics_gives_versions_and_data_but_not_the_list(window: MainWindow) -> None:
    window.checker.add_lines(["Xanax 1mg"])
    dialog = about(window)
    QGuiApplication.clipboard().clear()
    dialog.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    for line in (
        f"SafeRest: {__version__}",
        f"PySide6: {pyside_version}",
        f"Qt: {qVersion()}",
        "Data version: 0.1.0",
        "Data reviewed: ",
        "Python: ",
    ):
        assert line in copied
    assert "Xanax" not in copied
    assert dialog.copy_button.accessibleName() == "Copy diagnostics"


def test_licences_view_lists_every_component_and_shows_its_full_text(
    qtbot: QtBot, window: MainWindow
) -> None:
    about(window).licences_button.click()
    dialog = top_level(LicencesDialog, "Licences")
    names = dialog.model.stringList()
    assert names[0] == "SafeRest (GPL-3.0-or-later)"
    for component in ("PySide6-Essentials (LGPL-3.0-only)", "pydantic (MIT)", "RapidFuzz (MIT)"):
        assert component in names
    text = by_name(dialog, QPlainTextEdit, "Licence text")
    assert "GNU GENERAL PUBLIC LICENSE" in text.toPlainText()
    components = by_name(dialog, QListView, "Components")
    components.setCurrentIndex(
        dialog.model.index(names.index("PySide6-Essentials (LGPL-3.0-only)"))
    )
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in text.toPlainText()
