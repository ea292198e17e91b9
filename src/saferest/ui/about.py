"""About SafeRest: versions, data review date, entry counts, licences."""

from __future__ import annotations

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from saferest import __version__
from saferest.domain.engine import Engine
from saferest.ui.detail_view import esc
from saferest.ui.safe_browser import SafeTextBrowser

LICENCES = [
    ("SafeRest", "GPL-3.0-or-later"),
    ("Qt / PySide6 (Qt for Python)", "LGPL-3.0-only"),
    ("pydantic", "MIT"),
    ("platformdirs", "MIT"),
    ("RapidFuzz", "MIT"),
]


class AboutDialog(QDialog):
    def __init__(
        self, engine: Engine, parent: QWidget | None = None, allow_web_links: bool = True
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_WindowPropagation)
        self.setWindowTitle(self.tr("About SafeRest"))
        self.setAccessibleName(self.tr("About SafeRest"))
        layout = QVBoxLayout(self)
        self.browser: QTextBrowser = SafeTextBrowser(self, allow_web_links=allow_web_links)
        self.browser.setAccessibleName(self.tr("About SafeRest"))
        self.browser.setHtml(self.html(engine))
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 560)

    def html(self, engine: Engine) -> str:
        reviewed = engine.reviewed.isoformat() if engine.reviewed else self.tr("unknown")
        pack = engine.counts()
        counts = [
            (self.tr("Substances"), pack.substances),
            (self.tr("Medications"), pack.medications),
            (self.tr("Interaction rules"), pack.rules),
            (self.tr("Sleep practices"), pack.practices),
            (self.tr("Emergency topics"), pack.emergency),
            (self.tr("Sources"), pack.sources),
        ]
        rows = "".join(
            f"<tr><td>{esc(label)}</td><td align=right>{n}</td></tr>" for label, n in counts
        )
        licences = "".join(
            f"<tr><td>{esc(name)}</td><td>{esc(lic)}</td></tr>" for name, lic in LICENCES
        )
        problems = ""
        if engine.problems:
            count = self.tr("Problems found in the data pack: %n.", "", len(engine.problems))
            problems = f"<p><b>{esc(count)}</b></p>"
        intro = self.tr(
            "An offline harm-reduction reference for kratom, sleep aids and their "
            "interactions. It is not medical advice."
        )
        built = (
            self.tr("Built with PySide6 %1 on Qt %2.")
            .replace("%1", pyside_version)
            .replace("%2", qVersion())
        )
        licence_note = self.tr(
            "SafeRest is free software: you can redistribute it and/or modify it under the terms "
            "of the GNU General Public License, version 3 or later. Qt is used under the GNU "
            "Lesser General Public License version 3; you may replace the Qt libraries."
        )
        data = self.tr("Data")
        version = self.tr("Data version:")
        reviewed_label = self.tr("Reviewed:")
        location = self.tr("Location:")
        licences_title = self.tr("Licences")
        return (
            f"<h1>SafeRest {esc(__version__)}</h1><p>{esc(intro)}</p>"
            f"<h2>{esc(data)}</h2>"
            f"<p>{esc(version)} {esc(engine.data_version)}<br>"
            f"{esc(reviewed_label)} {esc(reviewed)}<br>"
            f"{esc(location)} {esc(engine.data_root)}</p>{problems}"
            f"<table cellpadding=3>{rows}</table>"
            f"<h2>{esc(licences_title)}</h2>"
            f"<table cellpadding=3>{licences}</table>"
            f"<p><small>{esc(built)} {esc(licence_note)}</small></p>"
        )
