"""The emergency number inside a sentence, in the interface language ("call 911")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from saferest.domain.emergency_number import EmergencyContact
from saferest.ui.wording import Words

translate = QCoreApplication.translate


def call_text(contact: EmergencyContact | None) -> str:
    """'call 911', or the local number in words (declared once in saferest/ui/wording.py)."""
    return Words(translate).call(contact)
