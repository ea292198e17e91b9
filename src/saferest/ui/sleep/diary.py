"""The open diary: what the file holds, changed only through here, saved after every change."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, QTimeZone, Signal

from saferest.domain.sleep.night import Night
from saferest.domain.sleep.window import Screening, WindowPlan
from saferest.storage.sleep_diary import DiaryLoad, SleepDiaryFile


def system_zone() -> str:
    """The computer's IANA time zone name (Qt reads it on every platform)."""
    return bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")


class SleepDiary(QObject):
    changed = Signal()
    saveFailed = Signal(str)

    def __init__(self, store: SleepDiaryFile, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.loaded: DiaryLoad = store.load()
        self.diary = self.loaded.diary

    @property
    def nights(self) -> list[Night]:
        return self.diary.night_list()

    @property
    def answers(self) -> dict[Screening, bool]:
        return dict(self.diary.answers)

    @property
    def plan(self) -> WindowPlan | None:
        return self.diary.plan

    def add(self, night: Night) -> bool:
        """Keep `night` (replacing one logged for the same date); True if it replaced one."""
        replaced = night.night_of in self.diary.nights
        self.diary.nights[night.night_of] = night
        self._changed()
        return replaced

    def remove(self, day: dt.date) -> None:
        if self.diary.nights.pop(day, None) is not None:
            self._changed()

    def set_answer(self, question: Screening, answer: bool | None) -> None:
        if answer is None:
            self.diary.answers.pop(question, None)
        else:
            self.diary.answers[question] = answer
        self._changed()

    def start_plan(self, plan: WindowPlan) -> None:
        self.diary.plan = plan
        self._changed()

    def stop_plan(self) -> None:
        self.diary.plan = None
        self._changed()

    def delete_everything(self) -> None:
        """Forget every night, answer and window, here and on disk (damaged copies too)."""
        self.diary.nights.clear()
        self.diary.answers.clear()
        self.diary.plan = None
        try:
            self.store.delete_all()
        except OSError as exc:
            self.saveFailed.emit(str(exc))
        self.changed.emit()

    def _changed(self) -> None:
        try:
            self.store.save(self.diary)
        except OSError as exc:
            self.saveFailed.emit(str(exc))
        self.changed.emit()
