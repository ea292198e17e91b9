"""'Print or save report': a preview with Save as PDF and Print."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from saferest.config import KioskConfig
from saferest.domain.emergency_number import EmergencyContact
from saferest.domain.engine import CheckResult, Engine
from saferest.ui.conditions import (  # conditions hook (issue 18)
    include_box_text,
    names_conditions,
    report_shows_conditions,
)
from saferest.ui.fit import fit_window
from saferest.ui.report_pdf import print_html, report_html, write_pdf
from saferest.ui.safe_browser import SafeTextBrowser

translate = QCoreApplication.translate


def documents_folder() -> Path:
    """The user's Documents folder; their home folder when there is none (a file dialog given a
    folder that does not exist would open in the working directory instead)."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def ask_pdf_path(parent: QWidget, suggested: Path) -> Path | None:
    """Ask where to save; tests replace this function."""
    name, _filter = QFileDialog.getSaveFileName(
        parent,
        translate("ReportDialog", "Save report as PDF"),
        str(suggested),
        translate("ReportDialog", "PDF files (*.pdf)"),
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")


class ReportDialog(QDialog):
    emergencyRequested = Signal()

    def __init__(
        self,
        engine: Engine,
        result: CheckResult,
        lang: str,
        parent: QWidget | None = None,
        clinic: KioskConfig | None = None,
        allow_save: bool = True,
        extra_html: str = "",
        contact: EmergencyContact | None = None,
        conditions_shown: bool | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_WindowPropagation)
        self.setWindowTitle(self.tr("Print or save report"))
        self.setAccessibleName(self.tr("Print or save report"))
        self.setObjectName("reportDialog")
        # conditions hook (issue 18): health conditions are shown on the person's own computer
        # and left off a kiosk printout unless they tick the box
        self._report = (engine, result, lang, clinic, extra_html, contact)
        if conditions_shown is None:
            conditions_shown = report_shows_conditions(kiosk=not allow_save)
        self.include_conditions: QCheckBox | None = None
        if names_conditions(result):
            self.include_conditions = QCheckBox(include_box_text(), self)
            self.include_conditions.setAccessibleName(include_box_text())
            self.include_conditions.setChecked(conditions_shown)
        self.html = self._build_html()
        self.allow_save = allow_save
        self.saved_to: Path | None = None
        layout = QVBoxLayout(self)
        if allow_save:
            text = self.tr(
                "This is the report. Save it as a PDF or print it to take to a "
                "pharmacist or doctor."
            )
        else:
            text = self.tr("This is the report. Print it to take to a pharmacist or doctor.")
        intro = QLabel(text, self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        if self.include_conditions is not None:  # conditions hook (issue 18)
            layout.addWidget(self.include_conditions)
            self.include_conditions.toggled.connect(self._rebuild)
        self.preview = SafeTextBrowser(self, allow_web_links=False)
        self.preview.setAccessibleName(self.tr("Report preview"))
        self.preview.setHtml(self.html)
        layout.addWidget(self.preview, 1)
        buttons = QDialogButtonBox(self)
        self.save_button: QPushButton | None = None
        if allow_save:  # never in kiosk mode: nothing is ever written to disk there
            self.save_button = QPushButton(self.tr("&Save as PDF…"), self)
            self.save_button.setAccessibleName(self.tr("Save as PDF"))
            buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
            self.save_button.clicked.connect(self.save_pdf_interactive)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.setAccessibleName(self.tr("Print"))
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close report"))
        buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self.print_report)
        # This dialog blocks the window behind it: emergency help must be one action away here too.
        self.emergency_button = QPushButton(self.tr("Emergency help"), self)
        self.emergency_button.setAccessibleName(self.tr("Emergency help"))
        self.emergency_button.setAutoDefault(False)
        self.emergency_button.clicked.connect(self.emergencyRequested)
        buttons.addButton(self.emergency_button, QDialogButtonBox.ButtonRole.HelpRole)
        layout.addWidget(buttons)
        fit_window(self, QSize(720, 800))

    def _build_html(self) -> str:
        """The report, with or without the health conditions as the box says (issue 18)."""
        engine, result, lang, clinic, extra_html, contact = self._report
        left_out = self.include_conditions is not None and not self.include_conditions.isChecked()
        return report_html(
            engine,
            result,
            lang,
            clinic=clinic,
            extra_html=extra_html,
            contact=contact,
            include_conditions=not left_out,
        )

    def _rebuild(self) -> None:
        self.html = self._build_html()
        self.preview.setHtml(self.html)

    def suggested_path(self) -> Path:
        stamp = dt.date.today().isoformat()
        name = self.tr("SafeRest report %1").replace("%1", stamp)
        return documents_folder() / f"{name}.pdf"

    def print_report(self) -> bool:
        return print_html(self, self.html, allow_file=self.allow_save)

    def save_pdf_interactive(self) -> None:
        if not self.allow_save:
            return
        path = ask_pdf_path(self, self.suggested_path())
        if path is not None:
            self.save_pdf(path)

    def save_pdf(self, path: Path) -> bool:
        if not self.allow_save:
            return False
        try:
            write_pdf(path, self.html)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Could not save"), str(exc))
            return False
        if not path.is_file() or path.stat().st_size == 0:
            QMessageBox.warning(
                self,
                self.tr("Could not save"),
                self.tr("The PDF could not be written to %1.").replace("%1", str(path)),
            )
            return False
        self.saved_to = path
        return True
