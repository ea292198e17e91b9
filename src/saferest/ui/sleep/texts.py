"""Words for the diary's figures and codes, in the interface language."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from saferest.domain.sleep.night import Intake, NightProblem, Taken
from saferest.domain.sleep.window import Change, Screening

translate = QCoreApplication.translate


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return translate("SleepDiary", text, disambiguation, n)


def fill(text: str, *values: str) -> str:
    """Put values in for %1, %2... (Qt's placeholders, so translators can reorder them)."""
    for number, value in reversed(list(enumerate(values, start=1))):
        text = text.replace(f"%{number}", value)
    return text


def duration(minutes: float) -> str:
    """'6 h 15 min' (rounded to the minute)."""
    whole = round(minutes)
    hours, rest = divmod(whole, 60)
    if hours and rest:
        return tr("%1 h %2 min").replace("%1", str(hours)).replace("%2", str(rest))
    if hours:
        return tr("%1 h").replace("%1", str(hours))
    return tr("%1 min").replace("%1", str(rest))


def percent(fraction: float) -> str:
    return tr("%1%", "a percentage").replace("%1", f"{fraction * 100:.0f}")


def clock(time: dt.time | dt.datetime) -> str:
    return f"{time.hour:02d}:{time.minute:02d}"


def day_name(day: dt.date, lang: str, long: bool = False) -> str:
    locale = QLocale(lang)
    pattern = "dddd d MMMM yyyy" if long else "ddd d MMM"
    return str(locale.toString(QDate(day.year, day.month, day.day), pattern))


def problem_text(problem: NightProblem) -> str:
    texts = {
        NightProblem.NEGATIVE_NUMBER: tr("Minutes and counts cannot be below zero."),
        NightProblem.NUMBER_TOO_LARGE: tr(
            "One of the numbers is larger than a day and a night allow."
        ),
        NightProblem.QUALITY_OUT_OF_RANGE: tr("Sleep quality goes from 1 to 5."),
        NightProblem.TRIED_BEFORE_BED: tr(
            "You started trying to sleep before you got into bed. Check both times."
        ),
        NightProblem.WOKE_BEFORE_TRYING: tr(
            "Your final waking time is before you started trying to sleep. Check both times."
        ),
        NightProblem.UP_BEFORE_WAKING: tr(
            "You got out of bed before your final waking. Check both times."
        ),
        NightProblem.TOO_LONG_IN_BED: tr("That is more than 24 hours in bed. Check the times."),
        NightProblem.AWAKE_LONGER_THAN_NIGHT: tr(
            "The minutes to fall asleep and awake add up to more than the whole night. Check them."
        ),
        NightProblem.AWAKE_WITHOUT_AWAKENINGS: tr(
            "You noted minutes awake in the night but no awakenings. How many times did you "
            "wake up?"
        ),
        NightProblem.BED_NOT_THAT_NIGHT: tr("The bedtime does not belong to that night."),
        NightProblem.IN_THE_FUTURE: tr("That night has not ended yet. Fill it in the morning."),
        NightProblem.BAD_INTAKE: tr("Something in “Taken that day” cannot be read. Check it."),
    }
    return texts[problem]


def intake_label(item: Intake, with_amount: bool = True) -> str:
    if item.kind is Taken.MEDICATION:
        label = item.name
    else:
        label = {
            Taken.KRATOM: tr("Kratom"),
            Taken.ALCOHOL: tr("Alcoholic drinks"),
            Taken.CAFFEINE_AFTER_NOON: tr("Caffeine after noon"),
            Taken.SLEEPING_PILL: tr("Sleeping pill"),
        }[item.kind]
    if with_amount and item.amount is not None:
        amount = f"{item.amount:g}"
        if item.kind is Taken.KRATOM:
            label += " " + tr("%1 g", "grams of kratom").replace("%1", amount)
        else:
            label += " " + tr("(%1)", "number of drinks").replace("%1", amount)
    return label


def question_text(question: Screening) -> str:
    return {
        Screening.BIPOLAR: tr("Have you ever been told you have bipolar disorder?"),
        Screening.EPILEPSY: tr("Do you have epilepsy or have you had seizures?"),
        Screening.SLEEP_APNOEA: tr(
            "Do you snore loudly, stop breathing or gasp in your sleep, or fall asleep without "
            "meaning to in the day?"
        ),
        Screening.PREGNANCY: tr("Are you pregnant?"),
        Screening.DRIVING_OR_MACHINES: tr(
            "Do you drive or work with machines or at heights in the coming weeks?"
        ),
        Screening.FALLS: tr("Have you fallen in the past year, or are you unsteady at night?"),
    }[question]


def change_text(change: Change) -> str:
    return {
        Change.WIDEN: tr("90% or more: the window grows by 15 minutes"),
        Change.NARROW: tr("under 85%: the window shrinks by 15 minutes"),
        Change.KEEP: tr("between 85% and 90%: the window stays the same"),
        Change.AT_FLOOR: tr("under 85%, but the window is already at the 5½-hour minimum"),
        Change.TOO_FEW_NIGHTS: tr("fewer than 5 nights logged: the window stays the same"),
    }[change]
