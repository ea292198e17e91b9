"""The printable report on paper: the domain's report (saferest.domain.check_report) drawn by
the one renderer (saferest/report_html.py), written to PDF with QPdfWriter or sent to a
printer."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QBuffer,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QRectF,
    QSizeF,
    Qt,
    QUrl,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QMessageBox, QWidget

from saferest import __version__
from saferest.config import KioskConfig
from saferest.domain.check_report import build_check_report
from saferest.domain.emergency_number import EmergencyContact
from saferest.domain.engine import CheckResult, Engine
from saferest.report_html import BASE_POINT_SIZE
from saferest.report_html import report_html as render_report
from saferest.storage.atomic import atomic_write_bytes
from saferest.ui.safe_browser import icon_url, local_resource
from saferest.ui.wording import Words

translate = QCoreApplication.translate


def report_html(
    engine: Engine,
    result: CheckResult,
    lang: str,
    now: dt.datetime | None = None,
    clinic: KioskConfig | None = None,
    extra_html: str = "",
    contact: EmergencyContact | None = None,
    words: Words | None = None,
    include_conditions: bool = True,
) -> str:
    """The report of `result`, built by the domain and drawn by the one renderer, with the
    interface's words (or `words`: the command line passes the catalogue's). Without
    `include_conditions` the person's health conditions are kept off it (issue 18)."""
    report = build_check_report(engine, result, lang, contact, now, include_conditions)
    return render_report(
        report, words or Words(translate), icon_url, clinic=clinic, extra_html=extra_html
    )


class ReportDocument(QTextDocument):
    """A text document that can only load the app's own severity icons."""

    def loadResource(self, type: int, name: QUrl | str, /) -> Any:
        return local_resource(type, name)


def build_document(html: str, base_point_size: float = BASE_POINT_SIZE) -> ReportDocument:
    document = ReportDocument()
    font = QFont()
    font.setPointSizeF(base_point_size)
    document.setDefaultFont(font)
    document.setHtml(html)
    return document


PAGE_MARGIN_MM = 12
"""The page's margin on every side (the printer's own unprintable edge is inside it)."""


def _print_to(document: QTextDocument, device: QPagedPaintDevice) -> int:
    """Lay the document out on the device's pages and draw them, each with "page / pages" at
    its foot; returns the number of pages.

    QTextDocument.print_() would add its own 2 cm margins inside the page's, which costs a
    third of the width of a report meant to fit on a few pages.
    """
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("the printer or file could not be opened for drawing")
    try:
        document.documentLayout().setPaintDevice(device)
        area = device.pageLayout().paintRectPixels(device.logicalDpiX())
        footer = QFontMetricsF(document.defaultFont(), device).height() * 2
        body = QSizeF(area.width(), area.height() - footer)
        document.setPageSize(body)
        pages = document.pageCount()
        painter.setFont(QFont(document.defaultFont(), device))
        for page in range(pages):
            if page and not device.newPage():
                raise OSError("a new page could not be started")
            top = page * body.height()
            painter.save()
            painter.translate(0, -top)
            context = QAbstractTextDocumentLayout.PaintContext()
            context.clip = QRectF(0, top, body.width(), body.height())
            document.documentLayout().draw(painter, context)
            painter.restore()
            painter.drawText(
                QRectF(0, body.height(), body.width(), footer),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom),
                f"{page + 1} / {pages}",
            )
    finally:
        painter.end()
    return pages


def render_pdf(html: str, title: str | None = None) -> tuple[bytes, int]:
    """The report as an A4 PDF, in memory; and its number of pages."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title or translate("Report", "SafeRest report"))
    writer.setCreator(f"SafeRest {__version__}")
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(PAGE_MARGIN_MM, PAGE_MARGIN_MM, PAGE_MARGIN_MM, PAGE_MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    pages = _print_to(build_document(html), writer)
    del writer  # the PDF is finished when its writer goes
    return bytes(buffer.data().data()), pages


def write_pdf(path: Path, html: str, title: str | None = None) -> int:
    """Write the report as an A4 PDF, whole or not at all; returns its number of pages."""
    data, pages = render_pdf(html, title)
    atomic_write_bytes(path, data)
    return pages


def make_print_dialog(printer: QPrinter, parent: QWidget, allow_file: bool = True) -> QPrintDialog:
    """The print dialog; without `allow_file` (kiosk mode) it offers no "print to file"."""
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(translate("Report", "Print report"))
    if not allow_file:
        printer.setOutputFileName("")
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, False)
    return dialog


FILE_PRINTER_WORDS = ("pdf", "xps", "onenote", "fax", "file", "document writer")
"""Printer names that usually mean "save a file" (e.g. Windows' "Microsoft Print to PDF")."""


def is_file_printer_name(name: str) -> bool:
    lowered = name.casefold()
    return any(word in lowered for word in FILE_PRINTER_WORDS)


def prints_to_file(printer: QPrinter) -> bool:
    """Whether printing would write a file rather than paper (refused in kiosk mode)."""
    return (
        bool(printer.outputFileName())
        or printer.outputFormat() != QPrinter.OutputFormat.NativeFormat
        or is_file_printer_name(printer.printerName())
    )


def print_html(parent: QWidget, html: str, allow_file: bool = True) -> bool:
    """Show the print dialog and print; returns False if the person cancelled.

    Without `allow_file`, a printer that would write a file (no real printer installed, or a
    PDF printer chosen) is refused: nothing is written to disk in kiosk mode.
    """
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = make_print_dialog(printer, parent, allow_file)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    if not allow_file and prints_to_file(printer):
        QMessageBox.information(
            parent,
            translate("Report", "Not printed"),
            translate("Report", "No printer is available. Please ask staff for help."),
        )
        return False
    _print_to(build_document(html), printer)
    return True
