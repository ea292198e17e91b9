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
from saferest.domain.emergency_number import EmergencyContact
from saferest.domain.engine import CheckResult, Engine
from saferest.domain.medication_list import ItemStatus
from saferest.domain.presentation import FindingView, Text, joined
from saferest.domain.severity import SEVERITY_ORDER
from saferest.ui.conditions import (  # conditions hook (issue 18)
    condition_tag,
    conditions_report_html,
    not_taken_words,
    withheld_text,
)
from saferest.ui.detail_view import esc, marker_html, para, severity_html
from saferest.ui.emergency import emergency_html
from saferest.ui.emergency_words import call_text
from saferest.ui.i18n import entry_name
from saferest.ui.models import use_note
from saferest.ui.pack_update import signing_text
from saferest.ui.safe_browser import local_resource
from saferest.ui.wording import Words

translate = QCoreApplication.translate


def disclaimer(contact: EmergencyContact | None = None) -> str:
    return translate(
        "Report",
        "This report is general information from the SafeRest reference data, not medical advice. "
        "It only covers combinations our data has rules for: no known interaction is not a promise "
        "of safety. Items we did not recognise were not checked. Talk to a pharmacist, doctor or "
        "harm-reduction worker before changing what you take. In an emergency %1.",
    ).replace("%1", call_text(contact))


def _list_rows(engine: Engine, result: CheckResult, lang: str) -> list[str]:
    ambiguous = translate("Report", "matches more than one entry")
    unknown = translate("Report", "NOT RECOGNISED, not checked")
    set_aside = translate("Report", "not checked, as you chose")
    chosen = translate("Report", "(your choice)")
    not_taken = translate("Report", "not taken: %1")
    rows = []
    for line in result.lines:
        read: list[str] = []
        for item in line.resolved:
            name = entry_name(engine, item.entry_id, lang)
            parts_of = engine.ingredients(item.entry_id)
            if parts_of:
                name += " (" + ", ".join(entry_name(engine, p, lang) for p in parts_of) + ")"
            if item.status is not ItemStatus.TAKING:
                name += f" ({use_note(item)})"
            if line.origin == "corrected":
                name += f" {chosen}"
            name += condition_tag(item.entry_id)  # conditions hook (issue 18)
            read.append(esc(name))
        for item in line.not_taken:
            said = not_taken_words(item.entry_id, not_taken)  # conditions hook (issue 18)
            read.append(esc(said.replace("%1", entry_name(engine, item.entry_id, lang))))
        for missing in line.unresolved:
            if missing.reason == "set_aside":
                read.append(f"<b>{esc(set_aside)}</b>")
                continue
            why = ambiguous if missing.reason == "ambiguous" else unknown
            read.append(f"<b>“{esc(missing.text)}”: {esc(why)}</b>")
        # conditions hook (issue 18): a line whose words tell a condition left off the report
        typed = f"<i>{esc(withheld_text())}</i>" if line.withheld else esc(line.input)
        rows.append(f"<tr><td>{typed}</td><td>{'<br>'.join(read)}</td></tr>")
    return rows


def _finding_html(engine: Engine, view: FindingView, words: Words) -> list[str]:
    """One finding, told as the window and the CLI tell it (shared presentation and words)."""

    def texts(values: tuple[Text, ...] | list[Text]) -> str:
        """Escaped data text, marked when any of it is shown in English."""
        shown = esc(joined(values))
        return shown + (marker_html() if any(v.in_english for v in values) else "")

    severity = view.severity
    title = words.title(view)
    parts = [
        f"<h3>{severity_html(severity)} ({esc(words.severity_meaning(severity))}): "
        f"{esc(title)}</h3>",
        f"<p>{texts([view.headline])}</p>",
        "<ul>",
    ]
    for time in view.time:
        line = esc(words.time(time.name, time.time))
        if time.why is not None:
            line += ". " + texts([time.why])
        parts.append(f"<li>{line}</li>")
    if view.why:
        parts.append(f"<li><b>{esc(words.label('why'))}</b> {texts(view.why)}</li>")
    if view.advice:
        parts.append(f"<li><b>{esc(words.label('what_to_do'))}</b> {texts(view.advice)}</li>")
    for note in view.notes:
        label = words.population(note.population)
        parts.append(f"<li><b>{esc(label)}</b> {texts([note.text])}</li>")
    parts.append(
        f"<li><b>{esc(words.label('reliability'))}</b> "
        f"{esc(words.reliability(view.reliability))}</li></ul>"
    )
    parts.append(f"<p><b>{esc(words.label('sources'))}</b></p><ol>")
    for source_id in view.sources:
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
    extra_html: str = "",
    contact: EmergencyContact | None = None,
    conditions_left_out: bool = False,
) -> str:
    """The report; `extra_html` is appended as is (the sleep diary's page for a clinician).
    With `conditions_left_out`, `result` is the list checked without them (the person chose
    to keep them off) and a note says so."""
    now = now or dt.datetime.now()
    unknown = translate("Report", "unknown")
    reviewed = engine.reviewed.isoformat() if engine.reviewed else unknown
    created = translate("Report", "Created:")
    version = translate("Report", "Data version:")
    reviewed_word = translate("Report", "reviewed")
    app_version = translate("Report", "SafeRest version:")
    signing = translate("Report", "signing key %1").replace("%1", signing_text(engine))
    parts = [
        para(translate("Report", "SafeRest medication check"), "h1"),
        f"<p>{esc(created)} {esc(now.strftime('%Y-%m-%d %H:%M'))}<br>"
        f"{esc(version)} {esc(engine.data_version)}, {esc(reviewed_word)} {esc(reviewed)}, "
        f"{esc(signing)}<br>"
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
    if not result.findings_about_medicines:  # conditions hook (issue 18): their own section
        if len(result.checked) < 2:
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
    words = Words(translate)
    views = [engine.present(f, lang) for f in result.findings_about_medicines]
    for severity in SEVERITY_ORDER:
        for view in (v for v in views if v.severity == severity):
            parts += _finding_html(engine, view, words)
    # conditions hook (issue 18): "Your health conditions" and their findings, worst first
    parts.append(
        conditions_report_html(
            engine,
            result,
            lang,
            words,
            lambda view: _finding_html(engine, view, words),
            esc,
            conditions_left_out,
        )
    )
    if result.no_known:
        pairs = ", ".join(
            words.pair(entry_name(engine, a, lang), entry_name(engine, b, lang))
            for a, b in result.no_known
        )
        label = words.label("no_known")
        parts.append(
            f"<p><b>{esc(label)}</b> {esc(pairs)}. {esc(words.label('no_known_note'))}</p>"
        )
    if result.set_aside:
        parts.append(f"<p><b>{esc(words.label('stopped_not_checked'))}</b></p><ul>")
        for aside in result.set_aside:
            name = entry_name(engine, aside.time.entry_id, lang)
            parts.append(para(words.set_aside(name, aside.time), "li"))
        parts.append("</ul>")
    parts.append("<hr>")
    parts.append(emergency_html(engine, lang, heading_level=2, clinic=clinic, contact=contact))
    note = translate("Report", "Please note")
    parts.append(f"<hr><p><b>{esc(note)}</b><br>{esc(disclaimer(contact))}</p>")
    parts.append(extra_html)
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
