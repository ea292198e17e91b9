"""Choosing the country whose emergency number the desktop app shows (a saved setting).

Only countries the data pack has a reviewed number for are offered; "automatic" follows the
system's region, and "anywhere else" is the pack's neutral default.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from saferest.domain.emergency_number import DEFAULT_COUNTRY, pick_emergency_number
from saferest.domain.engine import Engine
from saferest.ui import emergency
from saferest.ui.fit import fit_window, scroll_content

AUTOMATIC = ""


def country_name(code: str, lang: str) -> str:
    """A country's name in `lang` where Qt knows one, else in English."""
    territory = QLocale.codeToTerritory(code)
    local = QLocale(QLocale.codeToLanguage(lang.split("-")[0]), territory)
    if local.territory() == territory and local.name().startswith(lang.split("-")[0]):
        return local.nativeTerritoryName() or QLocale.territoryToString(territory)
    return QLocale.territoryToString(territory)


class EmergencyNumberDialog(QDialog):
    """A list of countries with their numbers; `chosen()` is the code to save."""

    def __init__(self, engine: Engine, lang: str, current: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("emergencyNumberDialog")
        self.setWindowTitle(self.tr("Emergency number"))
        self.setAccessibleName(self.tr("Emergency number"))
        self._engine = engine
        self._lang = lang
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "SafeRest shows one emergency number on every screen and in the report. "
                "Choose the country you are in."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.countries = QComboBox(self)
        self.countries.setAccessibleName(self.tr("Country"))
        intro.setBuddy(self.countries)
        layout.addWidget(self.countries)
        self.preview = QLabel(self)
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        bold = QFont(self.preview.font())
        bold.setBold(True)
        self.preview.setFont(bold)
        self.preview.setAccessibleName(self.tr("Number shown"))
        layout.addWidget(self.preview)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        scroll_content(self)
        self._fill(current)
        self.countries.currentIndexChanged.connect(self._show_preview)
        self._show_preview()
        hint = self.sizeHint()
        fit_window(self, QSize(max(480, hint.width()), hint.height()))

    def _fill(self, current: str) -> None:
        numbers = self._engine.emergency_numbers()
        region = emergency.locale_country()
        if region and region in numbers:
            automatic = self.tr("Automatic: this computer's region (%1)").replace(
                "%1", country_name(region, self._lang)
            )
        else:
            automatic = self.tr("Automatic: this computer's region")
        self.countries.addItem(automatic, AUTOMATIC)
        named = sorted(
            ((country_name(code, self._lang), code) for code in numbers if code != DEFAULT_COUNTRY),
            key=lambda pair: pair[0].casefold(),
        )
        for name, code in named:
            self.countries.addItem(name, code)
        if DEFAULT_COUNTRY in numbers:
            self.countries.addItem(self.tr("Another country"), DEFAULT_COUNTRY)
        index = self.countries.findData(current)
        self.countries.setCurrentIndex(max(index, 0))

    def chosen(self) -> str:
        """The saved form: '' (automatic), a country code, or 'default'."""
        return str(self.countries.currentData() or AUTOMATIC)

    def _show_preview(self) -> None:
        contact = pick_emergency_number(
            self._engine.emergency_numbers(),
            self._lang,
            chosen_country=self.chosen() or None,
            locale_country=emergency.locale_country(),
        )
        if contact is None:
            self.preview.setText(self.tr("Call your local emergency number."))
            return
        text = f"{contact.name}: {contact.number}" if contact.name else contact.number
        self.preview.setText(self.tr("Shown: %1").replace("%1", text))
