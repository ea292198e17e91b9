"""Emergency help: overdose signs and steps, naloxone, recovery position, the emergency number.

All content comes from the data pack; if the pack has none, the dialog still says to call the
local emergency number rather than showing nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from saferest.config import KioskConfig
from saferest.domain.engine import Engine
from saferest.domain.models import EmergencyNumber, pick_text
from saferest.ui.detail_view import esc, marker_html, para
from saferest.ui.i18n import content_text
from saferest.ui.safe_browser import SafeTextBrowser

translate = QCoreApplication.translate


def emergency_numbers(engine: Engine, country: str | None = None) -> list[EmergencyNumber]:
    """The number for this country (from the system locale) first, then the default one."""
    numbers = engine.emergency_numbers()
    if country is None:
        country = QLocale.territoryToCode(QLocale().territory())
    out = []
    if country and country in numbers:
        out.append(numbers[country])
    if "default" in numbers and numbers["default"] not in out:
        out.append(numbers["default"])
    return out


def numbers_html(engine: Engine) -> str:
    numbers = emergency_numbers(engine)
    if not numbers:
        return para(translate("Emergency", "Call your local emergency number now."), "h2")
    lines = []
    for number in numbers:
        note = f" <small>{esc(number.note)}</small>" if number.note else ""
        lines.append(
            f'<p style="font-size:x-large"><b>{esc(number.name)}: '
            f"{esc(number.number)}</b>{note}</p>"
        )
    return "".join(lines)


def clinic_html(clinic: KioskConfig, heading_level: int = 2) -> str:
    """The clinic's own emergency number and local services (admin config), as HTML."""
    h = f"h{heading_level}"
    parts: list[str] = []
    if clinic.emergency_number:
        label = translate("Emergency", "Emergency number")
        parts.append(
            f'<p style="font-size:x-large"><b>{esc(label)}: {esc(clinic.emergency_number)}</b></p>'
        )
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
    engine: Engine, lang: str, heading_level: int = 1, clinic: KioskConfig | None = None
) -> str:
    """Emergency guidance; with a clinic config, its number and local help come first."""
    h1, h2 = f"h{heading_level}", f"h{heading_level + 1}"
    urgent = translate(
        "Emergency", "If someone may be overdosing or cannot be woken, call for help now."
    )
    parts = [
        para(translate("Emergency", "Emergency help"), h1),
        f"<p><b>{esc(urgent)}</b></p>",
    ]
    if clinic is not None:
        parts.append(clinic_html(clinic, heading_level + 1))
    parts.append(numbers_html(engine))
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

    def __init__(
        self,
        engine: Engine,
        lang: str,
        parent: QWidget | None = None,
        allow_web_links: bool = True,
        clinic: KioskConfig | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_WindowPropagation)
        self.setWindowTitle(self.tr("Emergency help"))
        self.setAccessibleName(self.tr("Emergency help"))
        self.setObjectName("emergencyDialog")
        layout = QVBoxLayout(self)
        self.browser = SafeTextBrowser(self, allow_web_links=allow_web_links)
        self.browser.setAccessibleName(self.tr("Emergency guidance"))
        self.browser.setHtml(emergency_html(engine, lang, clinic=clinic))
        layout.addWidget(self.browser, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close emergency help"))
        layout.addWidget(buttons)
        self.resize(640, 720)
