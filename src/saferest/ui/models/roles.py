"""What every item model of the window shares: the custom data roles, the kind badges and the
style's standard icons."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QStyle


class Role(IntEnum):
    ENTRY_ID = Qt.ItemDataRole.UserRole + 1
    KIND = Qt.ItemDataRole.UserRole + 2
    BADGE = Qt.ItemDataRole.UserRole + 3
    URL = Qt.ItemDataRole.UserRole + 4
    SEVERITY = Qt.ItemDataRole.UserRole + 5
    NODE = Qt.ItemDataRole.UserRole + 6
    PARSED = Qt.ItemDataRole.UserRole + 7
    STATUS = Qt.ItemDataRole.UserRole + 8


translate = QCoreApplication.translate


KIND_ORDER_FOR_BADGES = ("emergency", "substance", "medication", "practice")


def kind_badge(kind: str) -> str:
    badges = {
        "emergency": translate("Kind", "EMERGENCY"),
        "substance": translate("Kind", "SUBSTANCE"),
        "medication": translate("Kind", "MEDICATION"),
        "practice": translate("Kind", "SLEEP PRACTICE"),
    }
    return badges.get(kind, kind.upper())


def kind_group(kind: str, count: int) -> str:
    groups = {
        "emergency": translate("Kind", "Emergency (%n)", None, count),
        "substance": translate("Kind", "Substances (%n)", None, count),
        "medication": translate("Kind", "Medications (%n)", None, count),
        "practice": translate("Kind", "Sleep practices (%n)", None, count),
    }
    return groups.get(kind, f"{kind} ({count})")


def std_icon(pixmap: QStyle.StandardPixmap) -> Any:
    return QApplication.style().standardIcon(pixmap)
