"""Marking the selected line of "My medications" as taken, taken as needed, or stopped on a date.

A stopped item is still checked while its effect may last (the domain decides, from the pack's
lasting-effect data); the results then say how long ago it was stopped. The date defaults to
today and can never be later than today.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from saferest.domain.medication_list import ItemStatus, ListItem
from saferest.domain.status_words import SpanStatus

STATUS_ORDER = (ItemStatus.TAKING, ItemStatus.AS_NEEDED, ItemStatus.STOPPED)


class ItemStatusControl(QWidget):
    """Three choices (radio buttons, easy to touch) and, for a stopped item, the day it stopped."""

    statusChosen = Signal(object, object)
    """(ItemStatus, datetime.date | None) when the person changes either control."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self)
        layout.addWidget(self.label)
        row = QHBoxLayout()
        self.group = QButtonGroup(self)
        self.buttons: dict[ItemStatus, QRadioButton] = {}
        for status in STATUS_ORDER:
            button = QRadioButton(self)
            self.group.addButton(button)
            self.buttons[status] = button
            row.addWidget(button)
            button.toggled.connect(self._changed)
        row.addStretch(1)
        layout.addLayout(row)
        date_row = QHBoxLayout()
        self.stopped_label = QLabel(self)
        self.stopped_on = QDateEdit(self)
        self.stopped_on.setCalendarPopup(True)
        self.stopped_on.setDisplayFormat("yyyy-MM-dd")
        self.stopped_label.setBuddy(self.stopped_on)
        date_row.addWidget(self.stopped_label)
        date_row.addWidget(self.stopped_on)
        date_row.addStretch(1)
        layout.addLayout(date_row)
        self._updating = False
        self.retranslate()
        self.stopped_on.dateChanged.connect(self._changed)
        self.show_item(None)

    def retranslate(self) -> None:
        self.label.setText(self.tr("Status of the selected item:"))
        texts = {
            ItemStatus.TAKING: self.tr("&Taking it"),
            ItemStatus.AS_NEEDED: self.tr("Only when &needed"),
            ItemStatus.STOPPED: self.tr("Sto&pped"),
        }
        names = {
            ItemStatus.TAKING: self.tr("Taking it"),
            ItemStatus.AS_NEEDED: self.tr("Taking it only when needed"),
            ItemStatus.STOPPED: self.tr("Stopped"),
        }
        for status, button in self.buttons.items():
            button.setText(texts[status])
            button.setAccessibleName(names[status])
        self.stopped_label.setText(self.tr("Stopped o&n:"))
        self.stopped_on.setAccessibleName(self.tr("Stopped on"))
        self.stopped_on.setAccessibleDescription(
            self.tr("The day you stopped it: it is checked while its effect may last")
        )

    def show_item(
        self, item: ListItem | None, today: dt.date | None = None, said: SpanStatus | None = None
    ) -> None:
        """Show the status of `item` (None: nothing selected, so the controls are disabled).

        An item whose status the person never chose lets its words decide, so what the line
        says (`said`: "stopped Prozac 2 weeks ago") is shown, as the checker uses it. Once the
        person chooses (even "Taking it" beside "stopped kratom"), their choice is shown.
        """
        today = today or dt.date.today()
        self._updating = True
        self.stopped_on.setMaximumDate(QDate(today.year, today.month, today.day))
        status = item.status if item and item.status is not None else ItemStatus.TAKING
        stopped_on = item.stopped_on if item else None
        if item and item.status is None and said is not None and not said.not_taken:
            status, stopped_on = said.status, said.stopped_on
        self.buttons[status].setChecked(True)
        day = stopped_on or today
        self.stopped_on.setDate(QDate(day.year, day.month, day.day))
        for button in self.buttons.values():
            button.setEnabled(item is not None)
        self._enable_date(item is not None and status is ItemStatus.STOPPED)
        self._updating = False

    def _enable_date(self, enabled: bool) -> None:
        self.stopped_on.setEnabled(enabled)
        self.stopped_label.setEnabled(enabled)

    def chosen(self) -> tuple[ItemStatus, dt.date | None]:
        status = next((s for s, b in self.buttons.items() if b.isChecked()), ItemStatus.TAKING)
        if status is not ItemStatus.STOPPED:
            return status, None
        day = self.stopped_on.date()
        return status, dt.date(day.year(), day.month(), day.day())

    def _changed(self, *_args: object) -> None:
        if self._updating:
            return
        button = self.sender()
        if isinstance(button, QRadioButton) and not button.isChecked():
            return  # the button being unchecked; the checked one reports
        status, stopped_on = self.chosen()
        self._enable_date(status is ItemStatus.STOPPED)
        self.statusChosen.emit(status, stopped_on)
