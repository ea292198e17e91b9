"""The 'Interaction results' tree: findings open and close with the keyboard, and the row that
has the focus is read out to screen readers with whether it is open.

Keys: Right or + opens a finding, Left or - closes it (Qt's own), Space or Enter opens and
closes it; Enter on a source opens its page where web links are allowed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

from saferest.ui.a11y import announce
from saferest.ui.delegates import WrappingTreeView

translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex


def row_text(index: Index) -> str:
    """What a row says to a screen reader (its accessible text, else what it shows)."""
    text = index.data(Qt.ItemDataRole.AccessibleTextRole) or index.data()
    return str(text or "")


class ResultsView(WrappingTreeView):
    """A tree of findings whose rows open and close from the keyboard and are announced."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.expanded.connect(lambda index: self._announce_state(index, True))
        self.collapsed.connect(lambda index: self._announce_state(index, False))

    def toggle(self, index: Index) -> bool:
        """Open a closed row or close an open one; False for a row with nothing inside."""
        model = self.model()
        if model is None or not index.isValid() or model.rowCount(index) == 0:
            return False
        self.setExpanded(index, not self.isExpanded(index))
        return True

    def describe(self, index: Index) -> str:
        """The row with its state: "…, open: 6 lines inside" or "…, closed: press Space"."""
        text = row_text(index)
        model = self.model()
        inside = model.rowCount(index) if model is not None and index.isValid() else 0
        if not inside:
            return text
        if self.isExpanded(index):
            state = translate("ResultsView", "open, %n line(s) inside", None, inside)
        else:
            state = translate("ResultsView", "closed, press Space to open")
        return f"{text} ({state})"

    def keyPressEvent(self, event: QKeyEvent) -> None:
        plain = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        if event.key() == Qt.Key.Key_Space and plain and self.toggle(self.currentIndex()):
            event.accept()
            return
        super().keyPressEvent(event)

    def currentChanged(self, current: Index, previous: Index) -> None:
        super().currentChanged(current, previous)
        if current.isValid() and self.hasFocus():
            announce(self, self.describe(current))

    def _announce_state(self, index: QModelIndex, opened: bool) -> None:
        if not self.hasFocus() or index != self.currentIndex():
            return  # opened by the program (a new result), not by the person
        if opened:
            announce(self, self.describe(index))
        else:
            announce(self, translate("ResultsView", "%1 (closed)").replace("%1", row_text(index)))
