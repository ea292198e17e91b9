"""Telling screen readers about changes they cannot see (results found, findings)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent


def announce(source: QObject, message: str) -> None:
    """Ask the screen reader to read `message` (politely); nothing happens without one."""
    if not message or not QAccessible.isActive():
        return
    event = QAccessibleAnnouncementEvent(source, message)
    QAccessible.updateAccessibility(event)
