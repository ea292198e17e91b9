"""About SafeRest: versions, data review date, entry counts, diagnostics to copy, licences."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QSize, QStringListModel, Qt, qVersion
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from saferest import __version__
from saferest.domain.engine import Engine
from saferest.licences import Licence, shipped_licences
from saferest.logs import LOGGER, environment
from saferest.ui.detail_view import esc
from saferest.ui.fit import fit_window
from saferest.ui.pack_update import signing_text
from saferest.ui.safe_browser import SafeTextBrowser


def log_directory() -> Path | None:
    """Where logs and crash reports go now (None in kiosk mode: nothing is written)."""
    for handler in logging.getLogger(LOGGER).handlers:
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            return Path(handler.baseFilename).parent
    return None


def diagnostics(engine: Engine | None = None) -> dict[str, str]:
    """Versions and paths for a support request; nothing the person typed or saved."""
    facts = environment()
    facts["PySide6"] = pyside_version
    facts["Qt"] = qVersion()
    facts["Qt platform"] = QGuiApplication.platformName()
    if engine is not None:
        facts["Data version"] = engine.data_version
        facts["Data reviewed"] = engine.reviewed.isoformat() if engine.reviewed else "unknown"
        facts["Data location"] = str(engine.data_root)
        facts["Data problems"] = str(len(engine.problems))
    logs = log_directory()
    facts["Logs"] = str(logs) if logs is not None else "none (kiosk mode or not writable)"
    return facts


def diagnostics_text(engine: Engine | None = None) -> str:
    return "\n".join(f"{key}: {value}" for key, value in diagnostics(engine).items()) + "\n"


class LicencesDialog(QDialog):
    """Every shipped licence: a list of components, and the full text of the chosen one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_WindowPropagation)
        self.setWindowTitle(self.tr("Licences"))
        self.setAccessibleName(self.tr("Licences"))
        self.licences: list[Licence] = shipped_licences()
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "SafeRest is free software under the GNU GPL, version 3 or later. It is built "
                "on these components, each under its own licence:"
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.model = QStringListModel(
            [f"{item.component} ({item.expression})" for item in self.licences], self
        )
        self.list = QListView(self)
        self.list.setAccessibleName(self.tr("Components"))
        self.list.setModel(self.model)
        self.list.setMaximumWidth(280)
        row.addWidget(self.list)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Licence text"))
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        row.addWidget(self.text, 1)
        layout.addLayout(row, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.list.selectionModel().currentChanged.connect(
            lambda index: self.show_licence(index.row())
        )
        self.list.setCurrentIndex(self.model.index(0))
        self.resize(820, 560)

    def show_licence(self, row: int) -> None:
        if 0 <= row < len(self.licences):
            self.text.setPlainText(self.licences[row].text())


class AboutDialog(QDialog):
    def __init__(
        self, engine: Engine, parent: QWidget | None = None, allow_web_links: bool = True
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_WindowPropagation)
        self.setWindowTitle(self.tr("About SafeRest"))
        self.setAccessibleName(self.tr("About SafeRest"))
        self.engine = engine
        self.licences_dialog: LicencesDialog | None = None
        layout = QVBoxLayout(self)
        self.browser: QTextBrowser = SafeTextBrowser(self, allow_web_links=allow_web_links)
        self.browser.setAccessibleName(self.tr("About SafeRest"))
        self.browser.setHtml(self.html(engine))
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self.tr("Copy &diagnostics"), self)
        self.copy_button.setAccessibleName(self.tr("Copy diagnostics"))
        self.copy_button.setToolTip(
            self.tr("Versions and paths for a support request; nothing you typed or saved")
        )
        self.copy_button.clicked.connect(self.copy_diagnostics)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.licences_button = QPushButton(self.tr("&Licences…"), self)
        self.licences_button.setAccessibleName(self.tr("Licences"))
        self.licences_button.clicked.connect(self.show_licences)
        buttons.addButton(self.licences_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_window(self, QSize(560, 560))

    def copy_diagnostics(self) -> None:
        QGuiApplication.clipboard().setText(diagnostics_text(self.engine))
        self.copy_button.setText(self.tr("Copied"))

    def show_licences(self) -> None:
        if self.licences_dialog is None:
            self.licences_dialog = LicencesDialog(self)
            if self.windowFlags() & Qt.WindowType.WindowStaysOnTopHint:  # kiosk
                self.licences_dialog.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
        self.licences_dialog.open()

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
            f"<tr><td>{esc(item.component)}</td><td>{esc(item.expression)}</td></tr>"
            for item in shipped_licences()
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
            self.tr("Version %1, built with PySide6 %2 on Qt %3.")
            .replace("%1", __version__)
            .replace("%2", pyside_version)
            .replace("%3", qVersion())
        )
        licence_note = self.tr(
            "SafeRest is free software: you can redistribute it and/or modify it under the terms "
            "of the GNU General Public License, version 3 or later. Qt is used under the GNU "
            "Lesser General Public License version 3; you may replace the Qt libraries."
        )
        logs = log_directory()
        logs_line = ""
        if logs is not None:
            where = self.tr("Logs and crash reports:")
            logs_line = f"<p><small>{esc(where)} {esc(str(logs))}</small></p>"
        data = self.tr("Data")
        version = self.tr("Data version:")
        reviewed_label = self.tr("Reviewed:")
        signing_label = self.tr("Signing key:")
        location = self.tr("Location:")
        licences_title = self.tr("Licences")
        return (
            f"<h1>SafeRest {esc(__version__)}</h1><p>{esc(intro)}</p>"
            f"<p>{esc(built)}</p>"
            f"<h2>{esc(data)}</h2>"
            f"<p>{esc(version)} {esc(engine.data_version)}<br>"
            f"{esc(reviewed_label)} {esc(reviewed)}<br>"
            f"{esc(signing_label)} {esc(signing_text(engine))}<br>"
            f"{esc(location)} {esc(engine.data_root)}</p>{problems}"
            f"<table cellpadding=3>{rows}</table>"
            f"<h2>{esc(licences_title)}</h2>"
            f"<table cellpadding=3>{licences}</table>"
            f"<p><small>{esc(licence_note)}</small></p>{logs_line}"
        )
