"""Words for the diary's figures and codes, in the interface language."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from saferest.domain.sleep.night import Intake, NightProblem, Taken
from saferest.domain.sleep.window import Change, Screening

translate = QCoreApplication.translate


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
        return (
            translate("SleepDiary", "%1 h %2 min")
            .replace("%1", str(hours))
            .replace("%2", str(rest))
        )
    if hours:
        return translate("SleepDiary", "%1 h").replace("%1", str(hours))
    return translate("SleepDiary", "%1 min").replace("%1", str(rest))


def percent(fraction: float) -> str:
    return translate("SleepDiary", "%1%", "a percentage").replace("%1", f"{fraction * 100:.0f}")


def clock(time: dt.time | dt.datetime) -> str:
    return f"{time.hour:02d}:{time.minute:02d}"


def day_name(day: dt.date, lang: str, long: bool = False) -> str:
    locale = QLocale(lang)
    if long:
        pattern = translate("SleepDiary", "dddd d MMMM yyyy", "long date, a QLocale pattern")
    else:
        pattern = translate("SleepDiary", "ddd d MMM", "short date, a QLocale pattern")
    return str(locale.toString(QDate(day.year, day.month, day.day), pattern))


def chart_label(day: dt.date, lang: str, weekly: bool = False) -> str:
    """Two short lines under a bar: weekday and day ("Mon" / "23"), or day and month."""
    locale = QLocale(lang)
    if weekly:
        month = locale.monthName(day.month, QLocale.FormatType.ShortFormat)
        return f"{day.day}\n{month}"
    return f"{locale.dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)}\n{day.day}"


def problem_text(problem: NightProblem) -> str:
    texts = {
        NightProblem.NEGATIVE_NUMBER: translate(
            "SleepDiary", "Minutes and counts cannot be below zero."
        ),
        NightProblem.NUMBER_TOO_LARGE: translate(
            "SleepDiary", "One of the numbers is larger than a day and a night allow."
        ),
        NightProblem.QUALITY_OUT_OF_RANGE: translate(
            "SleepDiary", "Sleep quality goes from 1 to 5."
        ),
        NightProblem.TRIED_BEFORE_BED: translate(
            "SleepDiary", "You started trying to sleep before you got into bed. Check both times."
        ),
        NightProblem.WOKE_BEFORE_TRYING: translate(
            "SleepDiary",
            "Your final waking time is before you started trying to sleep. Check both times.",
        ),
        NightProblem.UP_BEFORE_WAKING: translate(
            "SleepDiary", "You got out of bed before your final waking. Check both times."
        ),
        NightProblem.TOO_LONG_IN_BED: translate(
            "SleepDiary", "That is more than 24 hours in bed. Check the times."
        ),
        NightProblem.AWAKE_LONGER_THAN_NIGHT: translate(
            "SleepDiary",
            "The minutes to fall asleep and awake add up to more than the whole night. Check them.",
        ),
        NightProblem.AWAKE_WITHOUT_AWAKENINGS: translate(
            "SleepDiary",
            "You noted minutes awake in the night but no awakenings. How many times did you "
            "wake up?",
        ),
        NightProblem.BED_NOT_THAT_NIGHT: translate(
            "SleepDiary", "The bedtime does not belong to that night."
        ),
        NightProblem.IN_THE_FUTURE: translate(
            "SleepDiary", "That night has not ended yet. Fill it in the morning."
        ),
        NightProblem.BAD_INTAKE: translate(
            "SleepDiary", "Something in “Taken that day” cannot be read. Check it."
        ),
    }
    return texts[problem]


def intake_label(item: Intake, with_amount: bool = True) -> str:
    if item.kind is Taken.MEDICATION:
        label = item.name
    else:
        label = {
            Taken.KRATOM: translate("SleepDiary", "Kratom"),
            Taken.ALCOHOL: translate("SleepDiary", "Alcoholic drinks"),
            Taken.CAFFEINE_AFTER_NOON: translate("SleepDiary", "Caffeine after noon"),
            Taken.SLEEPING_PILL: translate("SleepDiary", "Sleeping pill"),
        }[item.kind]
    if with_amount and item.amount is not None:
        amount = f"{item.amount:g}"
        if item.kind is Taken.KRATOM:
            label += " " + translate("SleepDiary", "%1 g", "grams of kratom").replace("%1", amount)
        else:
            label += " " + translate("SleepDiary", "(%1)", "number of drinks").replace("%1", amount)
    return label


def question_text(question: Screening) -> str:
    return {
        Screening.BIPOLAR: translate(
            "SleepDiary", "Have you ever been told you have bipolar disorder?"
        ),
        Screening.EPILEPSY: translate(
            "SleepDiary", "Do you have epilepsy or have you had seizures?"
        ),
        Screening.SLEEP_APNOEA: translate(
            "SleepDiary",
            "Do you snore loudly, stop breathing or gasp in your sleep, or fall asleep without "
            "meaning to in the day?",
        ),
        Screening.PREGNANCY: translate("SleepDiary", "Are you pregnant?"),
        Screening.DRIVING_OR_MACHINES: translate(
            "SleepDiary", "Do you drive or work with machines or at heights in the coming weeks?"
        ),
        Screening.FALLS: translate(
            "SleepDiary", "Have you fallen in the past year, or are you unsteady at night?"
        ),
    }[question]


def change_text(change: Change) -> str:
    return {
        Change.WIDEN: translate("SleepDiary", "90% or more: the window grows by 15 minutes"),
        Change.NARROW: translate("SleepDiary", "under 85%: the window shrinks by 15 minutes"),
        Change.KEEP: translate("SleepDiary", "between 85% and 90%: the window stays the same"),
        Change.AT_FLOOR: translate(
            "SleepDiary", "under 85%, but the window is already at the 5½-hour minimum"
        ),
        Change.TOO_FEW_NIGHTS: translate(
            "SleepDiary", "fewer than 5 nights logged: the window stays the same"
        ),
    }[change]
