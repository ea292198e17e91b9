"""Qt table models over the diary: the nights logged, and substances beside sleep."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from saferest.domain.sleep.figures import Averages, figures
from saferest.domain.sleep.night import Night
from saferest.domain.sleep.substances import Comparison, compare_substances
from saferest.ui.sleep.texts import clock, day_name, duration, intake_label, percent

translate = QCoreApplication.translate

Index = QModelIndex | QPersistentModelIndex
NO_INDEX = QModelIndex()


class _TextTable(QAbstractTableModel):
    """A read-only table of text: subclasses give the headers, the rows and each cell."""

    headers: list[str]

    def row_count(self) -> int:
        raise NotImplementedError

    def cell(self, row: int, column: int) -> str:
        raise NotImplementedError

    def rowCount(self, parent: Index = NO_INDEX) -> int:
        return 0 if parent.isValid() else self.row_count()

    def columnCount(self, parent: Index = NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return None
        return self.cell(index.row(), index.column())


class NightsModel(_TextTable):
    """One row per logged night, latest first."""

    def __init__(self, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.nights: list[Night] = []
        self.headers = [
            translate("SleepDiary", "Night of"),
            translate("SleepDiary", "In bed"),
            translate("SleepDiary", "Asleep"),
            translate("SleepDiary", "Sleep efficiency"),
            translate("SleepDiary", "Quality"),
            translate("SleepDiary", "Taken"),
        ]

    def set_nights(self, nights: list[Night]) -> None:
        self.beginResetModel()
        self.nights = sorted(nights, key=lambda n: n.night_of, reverse=True)
        self.endResetModel()

    def row_count(self) -> int:
        return len(self.nights)

    def cell(self, row: int, column: int) -> str:
        night = self.nights[row]
        f = figures(night)
        if column == 0:
            return day_name(night.night_of, self.lang)
        if column == 1:
            span = f"{clock(night.into_bed)}–{clock(night.out_of_bed)}"
            return f"{duration(f.time_in_bed)} ({span})"
        if column == 2:
            return duration(f.total_sleep)
        if column == 3:
            return percent(f.efficiency)
        if column == 4:
            return f"{night.quality}/5"
        return ", ".join(intake_label(i) for i in night.taken)


class SubstancesModel(_TextTable):
    """Nights with and without each thing logged: averages and how many nights they rest on."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Comparison] = []
        self.headers = [
            translate("SleepDiary", "Taken that day"),
            translate("SleepDiary", "Nights with"),
            translate("SleepDiary", "Sleep efficiency with"),
            translate("SleepDiary", "Minutes to fall asleep with"),
            translate("SleepDiary", "Nights without"),
            translate("SleepDiary", "Sleep efficiency without"),
            translate("SleepDiary", "Minutes to fall asleep without"),
        ]

    def set_nights(self, nights: list[Night]) -> None:
        self.beginResetModel()
        self.rows = compare_substances(nights)
        self.endResetModel()

    def row_count(self) -> int:
        return len(self.rows)

    def cell(self, row_number: int, column: int) -> str:
        row = self.rows[row_number]
        if column == 0:
            return intake_label(row.item, with_amount=False)
        side: Averages | None = row.with_it if column <= 3 else row.without_it
        kind = (column - 1) % 3
        if kind == 0:
            return str(side.nights if side else 0)
        if side is None:
            return "–"
        if kind == 1:
            return percent(side.efficiency)
        return f"{side.sleep_onset_latency:.0f}"
