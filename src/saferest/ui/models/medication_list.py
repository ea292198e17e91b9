"""'My medications' as an item model: each line as typed, with how it was read."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import QStyle

from saferest.domain.engine import Engine
from saferest.domain.limits import MAX_ITEMS
from saferest.domain.medication_list import AddOutcome, ItemStatus, ListItem, MedicationList
from saferest.domain.medlist import ParsedLine, ResolvedItem
from saferest.ui.conditions import condition_tag, conditions_ruled_out  # conditions hook (issue 18)
from saferest.ui.i18n import entry_name
from saferest.ui.models.roles import Role, std_icon
from saferest.ui.tree_model import ModelIndex

D = Qt.ItemDataRole
translate = QCoreApplication.translate


class MedicationListModel(QAbstractListModel):
    """'My medications': each row is one line as the person typed it, with how it was read.

    The list itself and its rules (duplicates, caps, status) live in the domain's
    MedicationList; this model keeps each line's reading beside it for the views.
    """

    listChanged = Signal()

    MAX_ROWS = MAX_ITEMS

    def __init__(
        self,
        engine: Engine,
        parent: QObject | None = None,
        lang: str = "en",
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self._engine = engine
        self._lang = lang
        self.today = today
        """The day relative words ('2 weeks ago') count back from; the domain never reads it."""
        self._list = MedicationList()
        self._lines: list[ParsedLine] = []

    def _read(self, item: ListItem) -> ParsedLine:
        return self._engine.read_item(item, self.today())

    def set_lang(self, lang: str) -> None:
        """Names and notes in another language; the rows themselves stay as they are."""
        self._lang = lang
        if self._lines:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._lines) - 1, 0))

    # -- reading ----------------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def data(self, index: ModelIndex, role: int = D.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._lines) or index.column() != 0:
            return None
        line = self._lines[index.row()]
        if role == D.DisplayRole:
            return self.describe(line)
        if role == D.EditRole:
            return line.input
        if role in (D.ToolTipRole, D.AccessibleTextRole):
            return self.describe(line, full=True)
        if role == D.DecorationRole:
            return std_icon(
                QStyle.StandardPixmap.SP_DialogApplyButton
                if self.status(line) == "recognised"
                else QStyle.StandardPixmap.SP_MessageBoxWarning
            )
        if role == Role.PARSED:
            return line
        if role == Role.STATUS:
            return self.status(line)
        return None

    @staticmethod
    def status(line: ParsedLine) -> str:
        if line.origin == "not_checked":
            return "set_aside"
        if not line.unresolved:
            return "recognised"
        if line.resolved:
            return "partial"
        if all(item.reason == "ambiguous" for item in line.unresolved):
            return "ambiguous"
        return "not_recognised"

    def resolved_names(self, line: ParsedLine, items: Sequence[ResolvedItem] | None = None) -> str:
        names = []
        for item in line.resolved if items is None else items:
            name = entry_name(self._engine, item.entry_id, self._lang)
            parts = self._engine.ingredients(item.entry_id)
            if parts:
                inside = ", ".join(entry_name(self._engine, p, self._lang) for p in parts)
                name += f" ({inside})"
            if item.status is not ItemStatus.TAKING:
                name += f" ({use_note(item)})"
            name += condition_tag(item.entry_id)  # conditions hook (issue 18)
            names.append(name)
        return ", ".join(names)

    def describe(self, line: ParsedLine, full: bool = False) -> str:
        text = line.input.strip()
        parts: list[str] = []
        if line.resolved:
            read_as = translate("MedicationList", "read as %1")
            if line.origin == "corrected":
                read_as = translate("MedicationList", "read as %1 (your choice)")
            parts.append(read_as.replace("%1", self.resolved_names(line)))
        # conditions hook (issue 18): "does not apply: Pregnancy", apart from medicines
        not_taken_items, ruled_out = conditions_ruled_out(self._engine, line, self._lang)
        if not_taken_items:
            not_taken = translate("MedicationList", "not taken: %1")
            parts.append(not_taken.replace("%1", self.resolved_names(line, not_taken_items)))
        if ruled_out:
            parts.append(ruled_out)
        for item in line.unresolved:
            if item.reason == "set_aside":
                parts.append(translate("MedicationList", "not checked (your choice)"))
            elif item.reason == "ambiguous":
                options = translate("MedicationList", " or ").join(s.name for s in item.suggestions)
                parts.append(
                    translate("MedicationList", "“%1” matches more than one entry: %2")
                    .replace("%1", item.text)
                    .replace("%2", options)
                )
            else:
                message = translate("MedicationList", "“%1” not recognised, not checked").replace(
                    "%1", item.text
                )
                if full and item.suggestions:
                    message += translate("MedicationList", "; did you mean %1?").replace(
                        "%1", ", ".join(s.name for s in item.suggestions)
                    )
                parts.append(message)
        return f"{text} — " + "; ".join(parts) if parts else text

    def lines(self) -> list[ParsedLine]:
        return list(self._lines)

    def inputs(self) -> list[str]:
        return self._list.texts()

    def items(self) -> list[ListItem]:
        return list(self._list.items)

    def line(self, row: int) -> ParsedLine:
        return self._lines[row]

    def item(self, row: int) -> ListItem:
        return self._list[row]

    # -- changing ---------------------------------------------------------------------------

    def add_lines(self, texts: Iterable[str]) -> AddOutcome:
        first = len(self._list)
        outcome = self._list.add_texts(texts)
        if outcome.added:
            new = [self._read(self._list[row]) for row in outcome.added]
            self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
            self._lines.extend(new)
            self.endInsertRows()
            self.listChanged.emit()
        return outcome

    def set_items(self, items: Sequence[ListItem]) -> None:
        """Replace the whole list (restoring a saved list), reading each line afresh."""
        self.beginResetModel()
        self._list = MedicationList(items)
        self._lines = [self._read(item) for item in self._list.items]
        self.endResetModel()
        self.listChanged.emit()

    def remove_row(self, row: int) -> None:
        if not 0 <= row < len(self._lines):
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        self._list.remove(row)
        del self._lines[row]
        self.endRemoveRows()
        self.listChanged.emit()

    def clear(self) -> None:
        if not self._lines:
            return
        self.beginResetModel()
        self._list.clear()
        self._lines = []
        self.endResetModel()
        self.listChanged.emit()

    def set_status(
        self, row: int, status: ItemStatus | None, stopped_on: dt.date | None = None
    ) -> None:
        """Mark a line taking, as needed, or stopped (on a date), or None: as its words say; it
        is re-read and re-checked."""
        if not 0 <= row < len(self._lines):
            return
        item = self._list[row]
        if (item.status, item.stopped_on) == (status, stopped_on):
            return
        self._lines[row] = self._read(self._list.set_status(row, status, stopped_on))
        index = self.index(row, 0)
        self.dataChanged.emit(index, index)
        self.listChanged.emit()

    def replace_text(self, row: int, text: str) -> None:
        """Retype one line; a text that could not go on the list raises ItemRejected."""
        if not 0 <= row < len(self._lines):
            return
        self._lines[row] = self._read(self._list.replace_text(row, text))
        index = self.index(row, 0)
        self.dataChanged.emit(index, index)
        self.listChanged.emit()

    def set_reading(self, row: int, reading: tuple[str, ...] | None) -> None:
        """The person's own reading of a line ("not this?"): entry ids, () to set it aside,
        None to go back to the reading of the words. Saved with the list."""
        if not 0 <= row < len(self._lines):
            return
        self._lines[row] = self._read(self._list.set_reading(row, reading))
        index = self.index(row, 0)
        self.dataChanged.emit(index, index)
        self.listChanged.emit()


def use_note(item: ResolvedItem) -> str:
    """'as needed', 'stopped' or 'stopped 2026-11-26', for an item that is not simply taken."""
    if item.status is ItemStatus.AS_NEEDED:
        return translate("MedicationList", "as needed")
    if item.stopped_on is not None:
        return translate("MedicationList", "stopped %1").replace("%1", item.stopped_on.isoformat())
    return translate("MedicationList", "stopped")
