"""Finding widgets the way a screen reader would: by accessible name."""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QWidget

MINIPACK = Path(__file__).resolve().parents[1] / "data" / "minipack"
W = TypeVar("W", bound=QWidget)


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface is not None else ""


def by_name(root: QWidget, kind: type[W], name: str) -> W:
    """The one visible-or-not widget of this type with this accessible name under `root`."""
    found = [w for w in root.findChildren(kind) if w.accessibleName() == name]
    assert len(found) == 1, f"expected one {kind.__name__} named {name!r}, found {len(found)}"
    assert accessible_name(found[0]) == name
    return found[0]


def top_level(kind: type[W], name: str) -> W:
    found = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, kind) and w.accessibleName() == name and w.isVisible()
    ]
    assert found, f"no visible {kind.__name__} named {name!r}"
    return found[-1]
