"""`saferest check --pdf FILE`: the window's report, written from the command line.

Qt draws the PDF, so this needs a QGuiApplication. It is made here, only when a PDF is asked
for, on the offscreen platform (no display needed), so the domain and the rest of the command
line never load Qt.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QGuiApplication

from saferest.domain.emergency_number import EmergencyContact
from saferest.domain.engine import CheckResult, Engine
from saferest.ui.report_pdf import report_html, write_pdf
from saferest.ui.wording import Words


def gui_application() -> QGuiApplication:
    """The running application, or a new offscreen one (kept for the life of the process)."""
    app = QGuiApplication.instance()
    if app is None:
        app = QGuiApplication(["saferest", "-platform", "offscreen"])
    assert isinstance(app, QGuiApplication)
    return app


def write_report_pdf(
    path: Path,
    engine: Engine,
    result: CheckResult,
    lang: str,
    words: Words,
    contact: EmergencyContact | None,
) -> int:
    """Write the report of `result` to `path` (whole or not at all); returns its pages.

    `words` are the command line's (read from the same catalogue as the window's), so the PDF
    speaks `lang` whether or not compiled translations are installed.
    """
    gui_application()
    return write_pdf(path, report_html(engine, result, lang, contact=contact, words=words))
