"""Finding widgets the way a screen reader would: by accessible name."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QApplication, QWidget

MINIPACK = Path(__file__).resolve().parents[1] / "data" / "minipack"
TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
LRELEASE = "from PySide6.scripts.pyside_tool import lrelease; lrelease()"
W = TypeVar("W", bound=QWidget)


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface is not None else ""


def retired(widget: QWidget) -> bool:
    """Whether the widget belongs to a replaced view waiting for deletion."""
    node: QWidget | None = widget
    while node is not None:
        if node.property("saferestRetired"):
            return True
        node = node.parentWidget()
    return False


def by_name(root: QWidget, kind: type[W], name: str) -> W:
    """The one visible-or-not widget of this type with this accessible name under `root`
    (replaced views waiting for deletion do not count)."""
    found = [w for w in root.findChildren(kind) if w.accessibleName() == name and not retired(w)]
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


def compile_translations(sources: list[Path], target: Path) -> Path:
    """Compile .ts files into `target` with pyside6-lrelease (as the build hook does)."""
    for source in sources:
        qm = target / source.with_suffix(".qm").name
        subprocess.run(
            [sys.executable, "-c", LRELEASE, "-silent", str(source), "-qm", str(qm)], check=True
        )
        assert qm.is_file(), f"pyside6-lrelease did not produce {qm}"
    return target


def off_screen(window: QWidget) -> list[str]:
    """What of a window is not on its screen's free area: the window's frame, and every visible
    button; a button inside a scroll area counts as reachable when its scroll area is on screen."""
    area = window.screen().availableGeometry()
    problems = []
    if not area.contains(window.frameGeometry()):
        problems.append(f"{window.objectName() or type(window).__name__} {window.frameGeometry()}")
    for button in window.findChildren(QAbstractButton):
        if not button.isVisibleTo(window) or retired(button):
            continue
        shown: QWidget = button
        node = button.parentWidget()
        while node is not None and node is not window:
            if isinstance(node, QAbstractScrollArea):
                shown = node
            node = node.parentWidget()
        top_left = shown.mapToGlobal(QPoint(0, 0))
        rect = QRect(top_left, shown.size())
        if not area.contains(rect):
            problems.append(f"{button.accessibleName() or button.text()!r} at {rect} not in {area}")
    return problems


def html_text(markup: str) -> str:
    """Rich text as a reader sees it (tags gone, entities read), spaces collapsed."""
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    document.setHtml(markup)
    return " ".join(document.toPlainText().split())
