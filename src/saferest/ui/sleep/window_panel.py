"""'Sleep window': the screening questions, the window from the diary, and what to do.

Every fact in the advice comes from the data pack (practices `sleep_window_method`,
`sleep_stimulus_control`, the screening cautions and the withdrawal entries); this module only
arranges them around the figures the domain computed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from saferest.domain.engine import Engine
from saferest.domain.sleep.night import Taken
from saferest.domain.sleep.window import (
    MIN_WINDOW_MINUTES,
    SCREENING_PRACTICES,
    Screening,
    WindowAdvice,
    WindowPlan,
    WindowStatus,
    sleep_window,
)
from saferest.ui.detail_view import esc
from saferest.ui.safe_browser import SafeTextBrowser
from saferest.ui.sleep.content import link, practice_html
from saferest.ui.sleep.diary import SleepDiary
from saferest.ui.sleep.texts import (
    change_text,
    clock,
    day_name,
    duration,
    fill,
    percent,
    question_text,
)

WITHDRAWAL_PRACTICE = "sleep_see_doctor_withdrawal"
WITHDRAWAL_LINKS = {
    Taken.KRATOM: "sleep_kratom",
    Taken.ALCOHOL: "sleep_alcohol",
    Taken.SLEEPING_PILL: "sleep_aid_prescription",
}
ANSWER_NONE, ANSWER_NO, ANSWER_YES = 0, 1, 2


class SleepWindowPanel(QWidget):
    entryRequested = Signal(str)

    def __init__(
        self,
        engine: Engine,
        lang: str,
        diary: SleepDiary,
        today: Callable[[], dt.date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.engine = engine
        self.lang = lang
        self.diary = diary
        self.today = today
        self.setAccessibleName(self.tr("Sleep window"))
        layout = QVBoxLayout(self)
        questions = QGroupBox(self.tr("Before any sleep window: six questions"), self)
        questions.setAccessibleName(self.tr("Safety questions"))
        grid = QGridLayout(questions)
        grid.setColumnStretch(0, 1)
        self.answers: dict[Screening, QComboBox] = {}
        for row, question in enumerate(Screening):
            box = QComboBox(questions)
            box.addItems([self.tr("Not answered"), self.tr("No"), self.tr("Yes")])
            text = question_text(question)
            box.setAccessibleName(text)
            label = QLabel(text, questions)
            label.setWordWrap(True)
            label.setBuddy(box)
            grid.addWidget(label, row, 0)
            grid.addWidget(box, row, 1, Qt.AlignmentFlag.AlignTop)
            self.answers[question] = box
        layout.addWidget(questions)

        wake_row = QHBoxLayout()
        wake_label = QLabel(self.tr("&Wake time I will keep every day:"), self)
        wake_label.setWordWrap(True)
        self.wake_time = QTimeEdit(QTime(7, 0), self)
        self.wake_time.setDisplayFormat("HH:mm")
        self.wake_time.setAccessibleName(self.tr("Wake time I will keep every day"))
        wake_label.setBuddy(self.wake_time)
        wake_row.addWidget(wake_label, 1)
        wake_row.addWidget(self.wake_time)
        layout.addLayout(wake_row)
        buttons = QHBoxLayout()
        self.start_button = QPushButton(self.tr("S&tart this sleep window"), self)
        self.start_button.setAccessibleName(self.tr("Start this sleep window"))
        self.stop_button = QPushButton(self.tr("Stop the sleep &window"), self)
        self.stop_button.setAccessibleName(self.tr("Stop the sleep window"))
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.stop_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.advice_view = SafeTextBrowser(self, allow_web_links=False)
        self.advice_view.setAccessibleName(self.tr("Sleep window advice"))
        self.advice_view.entryRequested.connect(self.entryRequested)
        self.advice_view.setMinimumHeight(self.fontMetrics().height() * 14)
        layout.addWidget(self.advice_view, 1)

        self._load_answers()
        for question, box in self.answers.items():
            box.currentIndexChanged.connect(self._answer_slot(question))
        self.start_button.clicked.connect(self.start)
        self.stop_button.clicked.connect(self.diary.stop_plan)
        self.wake_time.timeChanged.connect(lambda _t: self.refresh())
        self.diary.changed.connect(self.refresh)
        self.advice: WindowAdvice | None = None
        self.refresh()

    def _load_answers(self) -> None:
        answers = self.diary.answers
        for question, box in self.answers.items():
            value = answers.get(question)
            box.setCurrentIndex(
                ANSWER_NONE if value is None else (ANSWER_YES if value else ANSWER_NO)
            )
        if self.diary.plan is not None:
            wake = self.diary.plan.wake_time
            self.wake_time.setTime(QTime(wake.hour, wake.minute))

    def _answer_slot(self, question: Screening) -> Callable[[int], None]:
        def answer(index: int) -> None:
            value = None if index == ANSWER_NONE else index == ANSWER_YES
            self.diary.set_answer(question, value)

        return answer

    def start(self) -> None:
        advice = self.advice
        if advice is None or advice.status is not WindowStatus.PROPOSED:
            return
        wake = self.wake_time.time()
        plan = WindowPlan(self.today(), dt.time(wake.hour(), wake.minute()), advice.minutes)
        self.diary.start_plan(plan)

    def refresh(self) -> None:
        self.advice = sleep_window(
            self.diary.nights, self.diary.answers, self.diary.plan, self.today()
        )
        status = self.advice.status
        self.start_button.setEnabled(status is WindowStatus.PROPOSED)
        self.stop_button.setEnabled(self.diary.plan is not None)
        self.wake_time.setEnabled(self.diary.plan is None)
        self.advice_view.setHtml(self.advice_html(self.advice))

    # -- the advice -------------------------------------------------------------------------

    def advice_html(self, advice: WindowAdvice) -> str:
        parts = [f"<h2>{esc(self.tr('Your sleep window'))}</h2>"]
        status = advice.status
        if status is WindowStatus.NEED_NIGHTS:
            text = self.tr(
                "A sleep window is worked out from a week of your diary. "
                "Log %n more night(s) (within the last two weeks).",
                "",
                advice.nights_needed,
            )
            parts.append(self._p(text))
        elif status is WindowStatus.STOPPED:
            parts.append(self._stopped_html(advice))
        elif status is WindowStatus.NEED_ANSWERS:
            text = self.tr(
                "Answer the six questions above first. Some health problems and jobs make "
                "sleep restriction unsafe without a clinician."
            )
            parts.append(self._p(text))
        elif status is WindowStatus.PROPOSED:
            parts.append(self._proposed_html(advice))
        elif status is WindowStatus.ACTIVE and advice.plan is not None:
            parts.append(self._active_html(advice, advice.plan))
        if status in (WindowStatus.PROPOSED, WindowStatus.ACTIVE):
            parts.append(practice_html(self.engine, "sleep_window_method", self.lang))
            parts.append(practice_html(self.engine, "sleep_stimulus_control", self.lang))
        parts.append(self.withdrawal_html())
        return "".join(parts)

    def _stopped_html(self, advice: WindowAdvice) -> str:
        text = self.tr(
            "No sleep window is shown, because of your answer(s) below. Sleep restriction is "
            "not safe to start on your own in this case: talk to a doctor or clinician first. "
            "Take your diary with you."
        )
        parts = [self._p(text)]
        for question in advice.stopped_by:
            parts.append(f"<p><b>{esc(question_text(question))}</b> {esc(self.tr('Yes'))}</p>")
            reason = practice_html(self.engine, SCREENING_PRACTICES[question], self.lang)
            parts.append(reason or self._p(self.tr("Ask a doctor before trying it.")))
        return "".join(parts)

    def _proposed_html(self, advice: WindowAdvice) -> str:
        wake = self._wake()
        average = self.tr("Over your last week you slept %1 a night on average.")
        window = self.tr("Suggested window: %1, going to bed at %2 to get up at %3.")
        window = fill(window, duration(advice.minutes), clock(advice.bedtime(wake)), clock(wake))
        parts = [self._p(fill(average, duration(advice.average_sleep))), self._p(window, True)]
        if advice.raised_to_floor:
            floor = self.tr("Your average was shorter, but the window never goes below %1.")
            parts.append(self._p(fill(floor, duration(MIN_WINDOW_MINUTES))))
        start = self.tr(
            "Choose the wake time you can keep every day, then press “Start this sleep window”."
        )
        parts.append(self._p(start))
        return "".join(parts)

    def _active_html(self, advice: WindowAdvice, plan: WindowPlan) -> str:
        window = self.tr("Your window now: %1. Go to bed at %2 and get up at %3.")
        bedtime = clock(advice.bedtime(plan.wake_time))
        started = self.tr("Started on %1 at %2.")
        parts = [
            self._p(fill(window, duration(advice.minutes), bedtime, clock(plan.wake_time)), True),
            self._p(
                fill(
                    started,
                    day_name(plan.start, self.lang, long=True),
                    duration(plan.initial_minutes),
                )
            ),
        ]
        if not advice.weeks:
            first = self.tr(
                "After the first full week, your sleep efficiency decides the next step."
            )
            parts.append(self._p(first))
        week = self.tr("Week of %1: %2 night(s), sleep efficiency %3; %4. Window: %5.")
        items = []
        for step in advice.weeks:
            efficiency = percent(step.efficiency) if step.efficiency is not None else "–"
            line = fill(
                week,
                day_name(step.start, self.lang),
                str(step.nights),
                efficiency,
                change_text(step.change),
                duration(step.minutes_after),
            )
            items.append(f"<li>{esc(line)}</li>")
        if items:
            parts.append("<ul>" + "".join(items) + "</ul>")
        return "".join(parts)

    def withdrawal_html(self) -> str:
        """For someone who logged kratom, alcohol or a sleeping pill: stopping is a matter for a
        clinician, with the facts the data holds (never a dose or a schedule)."""
        kinds = {i.kind for n in self.diary.nights for i in n.taken}
        logged = [kind for kind in WITHDRAWAL_LINKS if kind in kinds]
        if not logged:
            return ""
        parts = [f"<h2>{esc(self.tr('If you want to cut down or stop'))}</h2>"]
        never = self.tr(
            "SafeRest never gives doses or a plan for reducing. Make that plan with a doctor, "
            "pharmacist or drug service."
        )
        parts.append(self._p(never))
        parts.append(practice_html(self.engine, WITHDRAWAL_PRACTICE, self.lang, heading=True))
        links = [link(self.engine, WITHDRAWAL_LINKS[kind], self.lang) for kind in logged]
        links = [item for item in links if item]
        if links:
            more = esc(self.tr("More:"))
            parts.append(f"<p>{more} {' · '.join(links)}</p>")
        return "".join(parts)

    def _wake(self) -> dt.time:
        wake = self.wake_time.time()
        return dt.time(wake.hour(), wake.minute())

    @staticmethod
    def _p(text: str, bold: bool = False) -> str:
        return f"<p><b>{esc(text)}</b></p>" if bold else f"<p>{esc(text)}</p>"
