"""Report PDF, emergency help on every screen, About, text size, accessible names."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QDialog,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QWidget,
)
from pytestqt.qtbot import QtBot

from saferest.ui import report_dialog
from saferest.ui.about import AboutDialog
from saferest.ui.emergency import EmergencyDialog
from saferest.ui.main_window import MainWindow
from saferest.ui.report_dialog import ReportDialog

from .pdf_text import pdf_text
from .uihelpers import accessible_name, by_name, top_level

CONTRACT_NAMES = [
    "Search",
    "Search results",
    "Details",
    "Add medication",
    "My medications",
    "Interaction results",
    "Emergency help",
    "Print or save report",
]


def test_pdf_report(qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: Any) -> None:
    window.checker.add_lines(["Xanax 1mg", "kratom", "zzqqxx"])
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    dialog = top_level(ReportDialog, "Print or save report")
    target = tmp_path / "out" / "report.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(report_dialog, "ask_pdf_path", lambda parent, suggested: target)
    qtbot.mouseClick(by_name(dialog, QPushButton, "Save as PDF"), Qt.MouseButton.LeftButton)
    data = target.read_bytes()
    assert data.startswith(b"%PDF-")
    assert data.rstrip().endswith(b"%%EOF")
    text = " ".join(pdf_text(data).split())
    for expected in (
        "SafeRest medication check",
        "Data version: 0.1.0",
        f"reviewed {window.engine.pack.manifest.reviewed.isoformat()}",  # type: ignore[union-attr]
        "Xanax 1mg",
        "alprazolam",
        "zzqqxx",
        "NOT RECOGNISED",
        "UNSAFE",
        "Kratom with a benzodiazepine",
        "What to do:",
        "Avoid.",
        "Clinical assessment of the drug interaction",
        "Emergency help",
        "Give naloxone",
        "112",
        "not medical advice",
    ):
        assert expected in text, expected
    preview = by_name(dialog, QTextBrowser, "Report preview").toPlainText()
    assert "UNSAFE" in preview


def test_report_button_opens_dialog_with_empty_list(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    button = by_name(window, QPushButton, "Print or save report")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = top_level(ReportDialog, "Print or save report")
    assert dialog.save_pdf(tmp_path / "empty.pdf")
    assert "The list is empty." in pdf_text((tmp_path / "empty.pdf").read_bytes())


def test_emergency_from_every_screen(qtbot: QtBot, window: MainWindow) -> None:
    for show in (window.go_home, window.show_checker):
        show()
        focus = QApplication.focusWidget() or window
        qtbot.keyClick(focus, Qt.Key.Key_F1)
        dialog = top_level(EmergencyDialog, "Emergency help")
        text = dialog.browser.toPlainText()
        for expected in (
            "Opioid overdose",
            "Slow or stopped breathing",
            "Give naloxone",
            "Emergency services: 112",
        ):
            assert expected in text
        dialog.close()
    qtbot.mouseClick(by_name(window, QPushButton, "Emergency help"), Qt.MouseButton.LeftButton)
    assert top_level(EmergencyDialog, "Emergency help").isVisible()


def test_emergency_without_data_still_says_call(tmp_path: Path, make_window: Any) -> None:
    window = make_window(data=tmp_path / "missing")
    window.show_emergency()
    text = top_level(EmergencyDialog, "Emergency help").browser.toPlainText()
    assert "Call your local emergency number" in text
    assert window.notices["data"].isVisible()


def test_about(window: MainWindow) -> None:
    window.show_about()
    dialog = top_level(AboutDialog, "About SafeRest")
    text = dialog.browser.toPlainText()
    for expected in (
        "Data version: 0.1.0",
        f"Reviewed: {window.engine.reviewed}",
        "GPL-3.0-or-later",
        "LGPL-3.0",
        "pydantic",
        "platformdirs",
        "RapidFuzz",
        "MIT",
    ):
        assert expected in text
    assert "Substances\n1\n" in text and "Medications\n15\n" in text


def test_text_size_shortcuts(qtbot: QtBot, window: MainWindow) -> None:
    base = QApplication.font().pointSizeF()
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.font().pointSizeF() > base
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.font().pointSizeF() == base
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.font().pointSizeF() < base
    for widget in (window.details, window.search_box):  # also while these have focus
        widget.setFocus()
        before = QApplication.font().pointSizeF()
        qtbot.keyClick(widget, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
        assert QApplication.font().pointSizeF() > before


def test_contract_names_and_every_control_named(qtbot: QtBot, window: MainWindow) -> None:
    for name in CONTRACT_NAMES:
        found = [w for w in window.findChildren(QWidget) if accessible_name(w) == name]
        assert found, name
    window.checker.add_lines(["zzqqxx", "alprazolan"])
    window.show_emergency()
    window.show_report()
    window.show_about()
    roots: list[QWidget] = [
        window,
        *[w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()],
    ]
    unnamed = []
    for root in roots:
        for widget in root.findChildren(QWidget):
            if (
                isinstance(widget, QAbstractButton | QLineEdit | QAbstractItemView)
                and widget.isVisibleTo(root)
                and widget.focusPolicy() != Qt.FocusPolicy.NoFocus
            ):
                interface = QAccessible.queryAccessibleInterface(widget)
                if not interface.text(QAccessible.Text.Name).strip():
                    unnamed.append(f"{type(widget).__name__} {widget.objectName()} in {root}")
    assert unnamed == []


def test_tab_order_in_top_bar(qtbot: QtBot, window: MainWindow) -> None:
    box = by_name(window, QLineEdit, "Search")
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is by_name(window, QPushButton, "Emergency help")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is by_name(window, QPushButton, "Print or save report")


def test_print_goes_through_print_dialog(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: Any
) -> None:
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    from saferest.ui import report_pdf

    target = tmp_path / "printed.pdf"

    class FakeDialog:
        DialogCode = QPrintDialog.DialogCode

        def __init__(self, printer: QPrinter, parent: QWidget) -> None:
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(target))

        def setWindowTitle(self, title: str) -> None:
            pass

        def exec(self) -> QPrintDialog.DialogCode:
            return QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr(report_pdf, "QPrintDialog", FakeDialog)
    window.checker.add_lines(["Xanax", "kratom"])
    window.show_report()
    dialog = top_level(ReportDialog, "Print or save report")
    qtbot.mouseClick(by_name(dialog, QPushButton, "Print"), Qt.MouseButton.LeftButton)
    assert "UNSAFE" in pdf_text(target.read_bytes())
