"""'Add a night': the morning form, filled from the keyboard in under a minute.

Times are typed as on a clock; the form reads them as one night (see domain.sleep.night).
It starts filled with the last night's times, so a usual night needs only a few changes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QDate, Qt, QTime, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from saferest.domain.sleep.night import Intake, Night, NightError, Taken, clock_night
from saferest.ui.a11y import announce
from saferest.ui.sleep.texts import day_name, problem_text

QUALITY_WORDS = 5


class NightForm(QGroupBox):
    """Emits `nightReady` with a checked night; impossible entries are explained, not saved."""

    nightReady = Signal(object)

    def __init__(
        self,
        lang: str,
        zone: Callable[[], str],
        now: Callable[[], dt.datetime] = dt.datetime.now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.lang = lang
        self.zone = zone
        self.now = now
        self.setTitle(self.tr("Add a night"))
        self.setAccessibleName(self.tr("Add a night"))
        self.setAccessibleDescription(
            self.tr("Fill this in each morning about last night. Guess the times.")
        )
        form = QFormLayout()
        self.night_of = QDateEdit(self)
        self.night_of.setCalendarPopup(True)
        self.night_of.setDisplayFormat("yyyy-MM-dd")
        self._add(form, self.night_of, self.tr("&Night of (the evening it began)"))
        self.into_bed = self._time(form, self.tr("Got &into bed at"), QTime(22, 30))
        self.tried = self._time(form, self.tr("Started &trying to sleep at"), QTime(23, 0))
        self.to_fall_asleep = self._spin(form, self.tr("Minutes to &fall asleep"), 720, 20)
        self.awakenings = self._spin(form, self.tr("Times &woke up in the night"), 60, 0)
        self.minutes_awake = self._spin(form, self.tr("&Minutes awake in total"), 1440, 0)
        self.final_wake = self._time(form, self.tr("Fina&l waking at"), QTime(6, 30))
        self.out_of_bed = self._time(form, self.tr("Got &out of bed at"), QTime(6, 45))
        self.quality = QComboBox(self)
        for value, word in enumerate(
            (
                self.tr("1: very poor"),
                self.tr("2: poor"),
                self.tr("3: fair"),
                self.tr("4: good"),
                self.tr("5: very good"),
            ),
            start=1,
        ):
            self.quality.addItem(word, value)
        self.quality.setCurrentIndex(2)
        self._add(form, self.quality, self.tr("Sleep &quality"))
        self.naps = self._spin(form, self.tr("Na&ps yesterday"), 12, 0)
        self.nap_minutes = self._spin(form, self.tr("Nap minutes in total"), 1440, 0)

        taken_box = QGroupBox(self.tr("Taken that day"), self)
        taken_box.setAccessibleName(self.tr("Taken that day"))
        taken = QVBoxLayout(taken_box)
        self.medications = QListWidget(taken_box)
        self.medications.setAccessibleName(self.tr("From my medication list"))
        self.medications.setMaximumHeight(self.fontMetrics().height() * 6)
        taken.addWidget(QLabel(self.tr("From my medication list:"), taken_box))
        taken.addWidget(self.medications)
        self.kratom = QCheckBox(self.tr("&Kratom"), taken_box)
        self.kratom_grams = QDoubleSpinBox(taken_box)
        self.kratom_grams.setRange(0, 1000)
        self.kratom_grams.setDecimals(1)
        self.kratom_grams.setSpecialValueText(self.tr("amount not known"))
        self.kratom_grams.setSuffix(self.tr(" g", "grams"))
        self.kratom_grams.setAccessibleName(self.tr("Kratom grams"))
        taken.addLayout(self._row(self.kratom, self.kratom_grams))
        self.alcohol = QCheckBox(self.tr("Alcoholic &drinks"), taken_box)
        self.drinks = QDoubleSpinBox(taken_box)
        self.drinks.setRange(0, 100)
        self.drinks.setDecimals(1)
        self.drinks.setSpecialValueText(self.tr("number not known"))
        self.drinks.setAccessibleName(self.tr("Number of drinks"))
        taken.addLayout(self._row(self.alcohol, self.drinks))
        self.caffeine = QCheckBox(self.tr("&Caffeine after noon"), taken_box)
        self.sleeping_pill = QCheckBox(self.tr("&Sleeping pill"), taken_box)
        taken.addWidget(self.caffeine)
        taken.addWidget(self.sleeping_pill)
        for box in (self.kratom, self.alcohol, self.caffeine, self.sleeping_pill):
            box.setAccessibleName(box.text().replace("&", ""))
        self.kratom_grams.valueChanged.connect(lambda v: self._tick(self.kratom, v))
        self.drinks.valueChanged.connect(lambda v: self._tick(self.alcohol, v))

        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(self.tr("Problem with this night"))
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setStyleSheet("QLabel { font-weight: bold; }")
        self.problem.hide()
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Saved night"))
        self.save_button = QPushButton(self.tr("Sa&ve this night"), self)
        self.save_button.setAccessibleName(self.tr("Save this night"))
        self.save_button.setDefault(True)
        self.save_button.setAutoDefault(True)
        self.save_button.clicked.connect(self.submit)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(taken_box)
        layout.addWidget(self.problem)
        layout.addWidget(self.save_button)
        layout.addWidget(self.status)
        layout.addStretch(1)
        for editor in (
            self.into_bed,
            self.tried,
            self.final_wake,
            self.out_of_bed,
            self.night_of,
        ):
            editor.editingFinished.connect(self._clear_problem)
        self.set_next_date(None)

    # -- building -------------------------------------------------------------------------

    def _add(self, form: QFormLayout, editor: QWidget, label: str) -> None:
        caption = QLabel(label, self)
        caption.setBuddy(editor)
        editor.setAccessibleName(label.replace("&", ""))
        form.addRow(caption, editor)

    def _time(self, form: QFormLayout, label: str, default: QTime) -> QTimeEdit:
        editor = QTimeEdit(default, self)
        editor.setDisplayFormat("HH:mm")
        self._add(form, editor, label)
        return editor

    def _spin(self, form: QFormLayout, label: str, maximum: int, default: int) -> QSpinBox:
        editor = QSpinBox(self)
        editor.setRange(0, maximum)
        editor.setValue(default)
        self._add(form, editor, label)
        return editor

    @staticmethod
    def _tick(box: QCheckBox, amount: float) -> None:
        """Typing an amount ticks its box (the amount alone says it was taken)."""
        if amount:
            box.setChecked(True)

    @staticmethod
    def _row(*widgets: QWidget) -> QHBoxLayout:
        row = QHBoxLayout()
        for widget in widgets:
            row.addWidget(widget)
        row.addStretch(1)
        return row

    # -- filling ----------------------------------------------------------------------------

    def set_medications(self, inputs: Sequence[str]) -> None:
        """Offer the items of the person's list (ticks kept for names still on it)."""
        ticked = {
            item.text() for item in self._list_items() if item.checkState() is Qt.CheckState.Checked
        }
        self.medications.clear()
        for text in dict.fromkeys(i.strip() for i in inputs if i.strip()):
            item = QListWidgetItem(text, self.medications)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if text in ticked else Qt.CheckState.Unchecked)
        if not self.medications.count():
            item = QListWidgetItem(self.tr("(your medication list is empty)"), self.medications)
            item.setFlags(Qt.ItemFlag.NoItemFlags)

    def _list_items(self) -> list[QListWidgetItem]:
        items = [self.medications.item(i) for i in range(self.medications.count())]
        return [i for i in items if i.flags() & Qt.ItemFlag.ItemIsUserCheckable]

    def set_next_date(self, last: Night | None) -> None:
        """The night after the last one logged (at most last night), with its times."""
        yesterday = self.now().date() - dt.timedelta(days=1)
        day = yesterday
        if last is not None:
            day = min(last.night_of + dt.timedelta(days=1), yesterday)
            for editor, value in (
                (self.into_bed, last.into_bed),
                (self.tried, last.tried_to_sleep),
                (self.final_wake, last.final_wake),
                (self.out_of_bed, last.out_of_bed),
            ):
                editor.setTime(QTime(value.hour, value.minute))
        self.night_of.setMaximumDate(QDate(yesterday.year, yesterday.month, yesterday.day))
        self.night_of.setDate(QDate(day.year, day.month, day.day))

    def taken(self) -> tuple[Intake, ...]:
        items = [
            Intake(Taken.MEDICATION, item.text())
            for item in self._list_items()
            if item.checkState() is Qt.CheckState.Checked
        ]
        if self.kratom.isChecked():
            grams = self.kratom_grams.value()
            items.append(Intake(Taken.KRATOM, amount=grams or None))
        if self.alcohol.isChecked():
            drinks = self.drinks.value()
            items.append(Intake(Taken.ALCOHOL, amount=drinks or None))
        if self.caffeine.isChecked():
            items.append(Intake(Taken.CAFFEINE_AFTER_NOON))
        if self.sleeping_pill.isChecked():
            items.append(Intake(Taken.SLEEPING_PILL))
        return tuple(items)

    # -- saving -----------------------------------------------------------------------------

    def build(self) -> Night:
        """The night as filled in; NightError when it is impossible."""
        date = self.night_of.date()
        return clock_night(
            night_of=dt.date(date.year(), date.month(), date.day()),
            into_bed=_py_time(self.into_bed),
            tried_to_sleep=_py_time(self.tried),
            minutes_to_fall_asleep=self.to_fall_asleep.value(),
            awakenings=self.awakenings.value(),
            minutes_awake=self.minutes_awake.value(),
            final_wake=_py_time(self.final_wake),
            out_of_bed=_py_time(self.out_of_bed),
            quality=int(self.quality.currentData()),
            naps=self.naps.value(),
            nap_minutes=self.nap_minutes.value(),
            taken=self.taken(),
            zone=self.zone(),
            now=self.now(),
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter in any field saves the night (the editors pass Enter on to their parent)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submit()
            event.accept()
            return
        super().keyPressEvent(event)

    def submit(self) -> None:
        try:
            night = self.build()
        except NightError as error:
            message = problem_text(error.problem)
            self.problem.setText(message)
            self.problem.show()
            self.status.clear()
            announce(self.problem, message)
            return
        self._clear_problem()
        self.nightReady.emit(night)

    def saved(self, night: Night, replaced: bool) -> None:
        """Tell the person it was kept and get ready for the next night."""
        when = day_name(night.night_of, self.lang, long=True)
        if replaced:
            text = self.tr("The night of %1 was replaced.").replace("%1", when)
        else:
            text = self.tr("The night of %1 was saved.").replace("%1", when)
        self.status.setText(text)
        announce(self.status, text)
        for box in (self.kratom, self.alcohol, self.caffeine, self.sleeping_pill):
            box.setChecked(False)
        self.kratom_grams.setValue(0)
        self.drinks.setValue(0)
        for item in self._list_items():
            item.setCheckState(Qt.CheckState.Unchecked)
        self.set_next_date(night)
        self.night_of.setFocus()

    def _clear_problem(self) -> None:
        self.problem.clear()
        self.problem.hide()


def _py_time(editor: QTimeEdit) -> dt.time:
    value = editor.time()
    return dt.time(value.hour(), value.minute())
