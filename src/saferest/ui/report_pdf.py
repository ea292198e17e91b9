"""The printable report: list as typed and as read, findings with advice and sources, emergency
section and disclaimer; written to PDF with QPdfWriter or sent to a printer."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QMarginsF, QSizeF, QUrl
from PySide6.QtGui import (
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QMessageBox, QWidget

from saferest import __version__
from saferest.config import KioskConfig
from saferest.domain.engine import CheckResult, Engine
from saferest.domain.findings import Finding
from saferest.ui.detail_view import esc, marker_html, para, severity_html
from saferest.ui.emergency import emergency_html
from saferest.ui.i18n import content_text, entry_name
from saferest.ui.results_model import no_known_note
from saferest.ui.safe_browser import local_resource
from saferest.ui.severity import SEVERITY_ORDER, reliability_text, severity_meaning

translate = QCoreApplication.translate


def disclaimer() -> str:
    return translate(
        "Report",
        "This report is general information from the SafeRest reference data, not medical advice. "
        "It only covers combinations our data has rules for: no known interaction is not a promise "
        "of safety. Items we did not recognise were not checked. Talk to a pharmacist, doctor or "
        "harm-reduction worker before changing what you take. In an emergency call your local "
        "emergency number.",
    )


def _list_rows(engine: Engine, result: CheckResult, lang: str) -> list[str]:
    ambiguous = translate("Report", "matches more than one entry")
    unknown = translate("Report", "NOT RECOGNISED, not checked")
    rows = []
    for line in result.lines:
        read: list[str] = []
        for item in line.resolved:
            name = entry_name(engine, item.entry_id, lang)
            parts_of = engine.ingredients(item.entry_id)
            if parts_of:
                name += " (" + ", ".join(entry_name(engine, p, lang) for p in parts_of) + ")"
            read.append(esc(name))
        for missing in line.unresolved:
            why = ambiguous if missing.reason == "ambiguous" else unknown
            read.append(f"<b>“{esc(missing.text)}”: {esc(why)}</b>")
        rows.append(f"<tr><td>{esc(line.input)}</td><td>{'<br>'.join(read)}</td></tr>")
    return rows


def _finding_html(engine: Engine, finding: Finding, lang: str) -> list[str]:
    def texts(values: list[dict[str, str]]) -> str:
        """Escaped data text in `lang`, marked when any of it is shown in English."""
        picked = [content_text(value, lang) for value in values]
        joined = esc(" ".join(shown for shown, _ in picked))
        return joined + (marker_html() if any(f for _, f in picked) else "")

    severity = finding.severity
    a, b = entry_name(engine, finding.a, lang), entry_name(engine, finding.b, lang)
    twice = translate("Report", "%1 twice").replace("%1", a)
    pair = f"{a} + {b}" if finding.a != finding.b else twice
    summary = texts([r.summary for r in finding.deciding])
    advice = texts([r.advice for r in finding.deciding])
    why = esc(translate("Report", "Why:"))
    parts = [
        f"<h3>{severity_html(severity)} ({esc(severity_meaning(severity))}): {esc(pair)}</h3>",
        f"<p>{summary}</p>",
        "<ul>",
    ]
    parts += [f"<li><b>{why}</b> {texts([rule.mechanism])}</li>" for rule in finding.rules]
    todo = translate("Report", "What to do:")
    reliability = translate("Report", "Reliability:")
    sources = translate("Report", "Sources:")
    parts.append(f"<li><b>{esc(todo)}</b> {advice}</li>")
    parts.append(
        f"<li><b>{esc(reliability)}</b> {esc(reliability_text(finding.reliability))}</li></ul>"
    )
    parts.append(f"<p><b>{esc(sources)}</b></p><ol>")
    for source_id in finding.sources:
        source = engine.source(source_id)
        if source is None:
            parts.append(para(source_id, "li"))
        else:
            parts.append(
                para(f"{source.title}. {source.publisher}, {source.year}. {source.url}", "li")
            )
    parts.append("</ol>")
    return parts


def report_html(
    engine: Engine,
    result: CheckResult,
    lang: str,
    now: dt.datetime | None = None,
    clinic: KioskConfig | None = None,
) -> str:
    now = now or dt.datetime.now()
    unknown = translate("Report", "unknown")
    reviewed = engine.reviewed.isoformat() if engine.reviewed else unknown
    created = translate("Report", "Created:")
    version = translate("Report", "Data version:")
    reviewed_word = translate("Report", "reviewed")
    app_version = translate("Report", "SafeRest version:")
    parts = [
        para(translate("Report", "SafeRest medication check"), "h1"),
        f"<p>{esc(created)} {esc(now.strftime('%Y-%m-%d %H:%M'))}<br>"
        f"{esc(version)} {esc(engine.data_version)}, {esc(reviewed_word)} {esc(reviewed)}<br>"
        f"{esc(app_version)} {esc(__version__)}</p>",
    ]
    if clinic is not None and clinic.clinic_name:
        printed_at = translate("Report", "Printed at %1").replace("%1", clinic.clinic_name)
        parts.append(para(printed_at))
    if engine.problems:
        warning = translate(
            "Report", "Warning: the reference data has problems; results may be incomplete."
        )
        parts.append(f"<p><b>{esc(warning)}</b></p>")

    parts.append(para(translate("Report", "Your list"), "h2"))
    if not result.lines:
        parts.append(para(translate("Report", "The list is empty.")))
    else:
        typed, read = translate("Report", "As typed"), translate("Report", "Read as")
        parts.append(
            '<table border="1" cellspacing="0" cellpadding="4" width="100%">'
            f"<tr><th align=left>{esc(typed)}</th><th align=left>{esc(read)}</th></tr>"
        )
        parts += _list_rows(engine, result, lang)
        parts.append("</table>")

    parts.append(para(translate("Report", "Interactions found"), "h2"))
    if not result.findings:
        if len(result.resolved) < 2:
            parts.append(
                para(translate("Report", "Fewer than two recognised items: nothing to check."))
            )
        else:
            parts.append(
                para(
                    translate(
                        "Report", "No known interaction was found between the recognised items."
                    )
                )
            )
    for severity in SEVERITY_ORDER:
        for finding in (f for f in result.findings if f.severity == severity):
            parts += _finding_html(engine, finding, lang)
    if result.no_known:
        pairs = ", ".join(
            f"{entry_name(engine, a, lang)} + {entry_name(engine, b, lang)}"
            for a, b in result.no_known
        )
        label = translate("Report", "No known interaction:")
        parts.append(f"<p><b>{esc(label)}</b> {esc(pairs)}. {esc(no_known_note())}</p>")
    parts.append("<hr>")
    parts.append(emergency_html(engine, lang, heading_level=2, clinic=clinic))
    note = translate("Report", "Please note")
    parts.append(f"<hr><p><b>{esc(note)}</b><br>{esc(disclaimer())}</p>")
    return "".join(parts)


class ReportDocument(QTextDocument):
    """A text document that can only load the app's own severity icons."""

    def loadResource(self, type: int, name: QUrl | str, /) -> Any:
        return local_resource(type, name)


def build_document(html: str, base_point_size: float = 10.0) -> ReportDocument:
    document = ReportDocument()
    font = QFont()
    font.setPointSizeF(base_point_size)
    document.setDefaultFont(font)
    document.setHtml(html)
    return document


def _print_to(document: QTextDocument, device: QPagedPaintDevice) -> None:
    document.setPageSize(QSizeF())  # let print() paginate for the device and add page numbers
    document.print_(device)


def write_pdf(path: Path, html: str, title: str | None = None) -> None:
    writer = QPdfWriter(str(path))
    writer.setTitle(title or translate("Report", "SafeRest report"))
    writer.setCreator(f"SafeRest {__version__}")
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 15),
            QPageLayout.Unit.Millimeter,
        )
    )
    _print_to(build_document(html), writer)


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
