"""Emergency help: overdose signs and steps, naloxone, recovery position, the emergency number.

All content comes from the data pack; if the pack has none, the dialog still says to call the
local emergency number rather than showing nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QSize, Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QVBoxLayout, QWidget

from saferest.config import KioskConfig
from saferest.domain.emergency_number import EmergencyContact, pick_emergency_number
from saferest.domain.engine import Engine
from saferest.domain.models import pick_text
from saferest.ui.detail_view import esc, marker_html, para
from saferest.ui.fit import fit_window
from saferest.ui.i18n import content_text
from saferest.ui.safe_browser import SafeTextBrowser

translate = QCoreApplication.translate


def locale_country() -> str | None:
    """The country of the system's locale (Qt reads it the platform's way), if it has one."""
    code = QLocale.territoryToCode(QLocale.system().territory())
    return code or None


def current_contact(
    engine: Engine, lang: str, clinic: KioskConfig | None = None, chosen_country: str = ""
) -> EmergencyContact | None:
    """The one number this window shows everywhere (see domain.emergency_number)."""
    return pick_emergency_number(
        engine.emergency_numbers(),
        lang,
        configured=clinic.emergency_number if clinic is not None else None,
        chosen_country=chosen_country or None,
        locale_country=locale_country(),
    )


def contact_html(contact: EmergencyContact | None) -> str:
    """The number, large, with what it reaches and the pack's note; nothing else competes."""
    if contact is None:
        return para(translate("Emergency", "Call your local emergency number now."), "h2")
    label = contact.name or translate("Emergency", "Emergency number")
    note = f"<br><small>{esc(contact.note)}</small>" if contact.note else ""
    return f'<p style="font-size:x-large"><b>{esc(label)}: {esc(contact.number)}</b>{note}</p>'


def clinic_html(clinic: KioskConfig, heading_level: int = 2) -> str:
    """The clinic's local services (admin config), as HTML; its number is in the contact."""
    h = f"h{heading_level}"
    parts: list[str] = []
    if clinic.local_resources:
        heading = translate("Emergency", "Local help")
        if clinic.clinic_name:
            heading = translate("Emergency", "Local help from %1").replace("%1", clinic.clinic_name)
        parts.append(para(heading, h))
        fields = (
            (translate("Emergency", "Phone:"), "phone"),
            (translate("Emergency", "Address:"), "address"),
            (translate("Emergency", "Hours:"), "hours"),
        )
        for resource in clinic.local_resources:
            lines = [f"<b>{esc(resource.name)}</b>"]
            for label, key in fields:
                value = getattr(resource, key)
                if value:
                    lines.append(f"{esc(label)} {esc(value)}")
            if resource.notes:
                lines.append(esc(resource.notes))
            parts.append("<p>" + "<br>".join(lines) + "</p>")
    return "".join(parts)


def emergency_html(
    engine: Engine,
    lang: str,
    heading_level: int = 1,
    clinic: KioskConfig | None = None,
    contact: EmergencyContact | None = None,
) -> str:
    """Emergency guidance: the one number first, a clinic's local help, then what to do."""
    h1, h2 = f"h{heading_level}", f"h{heading_level + 1}"
    urgent = translate(
        "Emergency", "If someone may be overdosing or cannot be woken, call for help now."
    )
    parts = [
        para(translate("Emergency", "Emergency help"), h1),
        f"<p><b>{esc(urgent)}</b></p>",
    ]
    parts.append(contact_html(contact))
    if clinic is not None:
        parts.append(clinic_html(clinic, heading_level + 1))
    topics = engine.emergency_topics()
    if not topics:
        parts.append(
            para(
                translate(
                    "Emergency",
                    "The emergency guidance could not be loaded "
                    "from the data. Call your local emergency number "
                    "and follow what they tell you.",
                )
            )
        )
    signs, steps = translate("Emergency", "Signs:"), translate("Emergency", "What to do:")
    for topic in topics:
        shown_signs = [content_text(s, lang) for s in topic.signs]
        shown_steps = [content_text(s, lang) for s in topic.steps]
        in_english = any(f for _, f in shown_signs + shown_steps)
        mark = marker_html() if in_english else ""
        parts.append(f"<{h2}>{esc(pick_text(topic.name, lang)[0])}{mark}</{h2}>")
        if topic.signs:
            parts.append(f"<p><b>{esc(signs)}</b></p><ul>")
            parts += [para(text, "li") for text, _ in shown_signs]
            parts.append("</ul>")
        parts.append(f"<p><b>{esc(steps)}</b></p><ol>")
        parts += [para(text, "li") for text, _ in shown_steps]
        parts.append("</ol>")
    return "".join(parts)


class EmergencyDialog(QDialog):
    """A non-modal window so it can stay open next to the app."""

    changeNumberRequested = Signal()
    """The person wants to choose another country's number (desktop only)."""

    def __init__(
        self,
        engine: Engine,
        lang: str,
        parent: QWidget | None = None,
        allow_web_links: bool = True,
        clinic: KioskConfig | None = None,
        contact: EmergencyContact | None = None,
        can_change_number: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_WindowPropagation)
        self.setWindowTitle(self.tr("Emergency help"))
        self.setAccessibleName(self.tr("Emergency help"))
        self.setObjectName("emergencyDialog")
        layout = QVBoxLayout(self)
        self.browser = SafeTextBrowser(self, allow_web_links=allow_web_links)
        self.browser.setAccessibleName(self.tr("Emergency guidance"))
        self.browser.setHtml(emergency_html(engine, lang, clinic=clinic, contact=contact))
        layout.addWidget(self.browser, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close emergency help"))
        self.change_button: QPushButton | None = None
        if can_change_number:
            self.change_button = QPushButton(self.tr("Change the emergency number…"), self)
            self.change_button.setAccessibleName(self.tr("Change the emergency number"))
            self.change_button.setAutoDefault(False)
            self.change_button.clicked.connect(self.changeNumberRequested)
            buttons.addButton(self.change_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout.addWidget(buttons)
        fit_window(self, QSize(640, 720))
