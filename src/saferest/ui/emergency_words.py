"""The emergency number inside a sentence, in the interface language ("call 911")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from saferest.domain.emergency_number import EmergencyContact

translate = QCoreApplication.translate


def call_text(contact: EmergencyContact | None) -> str:
    """'call 911', or the local number in words when neither clinic nor data has one."""
    if contact is None:
        return translate("Emergency", "call your local emergency number")
    return translate("Emergency", "call %1").replace("%1", contact.number)
