"""What a line says about time and use: 'no alcohol', 'used to take Xanax', 'ibuprofen as needed',
'stopped Prozac 2 weeks ago', 'dejé el Prozac hace 10 días', 'stopped phenelzine 2026-12-02'.

A line is read in parts (split at commas, semicolons, full stops and words such as 'and' or
'but'). In each part, words of past use ('stopped', 'used to', 'dejé') and of occasional use ('as
needed', 'a veces') apply to every name of that part; a negation ('no', 'never', 'sin') applies to
the names after it (or before it when it ends the part). Dates are worked out from `today`, which
the caller passes in: the domain never reads the clock. Without `today` a relative date ('2 weeks
ago') is not turned into a day, but the item is still read as stopped.

Words are in the normalised form of `text.name_key` (folded, accents removed, digits apart).
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Literal

from saferest.domain.medication_list import ItemStatus

MarkKind = Literal["negation", "past", "as_needed", "neutral", "date"]


def _phrases(text: str) -> tuple[tuple[str, ...], ...]:
    """Comma-separated phrases, each as its tuple of words."""
    return tuple(tuple(phrase.split()) for phrase in text.split(",") if phrase.strip())


NEGATION = _phrases(
    """
    no, not, never, dont, don t, do not, does not, doesn t, didn t, did not, haven t, have
    not, hasn t, won t, none, without, avoid, avoiding, allergic, allergic to, zero, sin,
    nunca, ni, nada de, jamas, alergico, alergica, alergico a, alergica a, alergia, alergia
    a
    """
)
PAST = _phrases(
    """
    stopped, stoped, quit, quitted, used to, use to, formerly, former, previously, ex, no
    longer, anymore, any more, no more, gave up, given up, came off, got off, been off, went
    off, weaned off, tapered off, discontinued, dc d, dcd, finished, completed, ended,
    tried, deje, deje de, he dejado, dejado, dejada, ya no, tomaba, antes tomaba, solia,
    suspendi, suspendido, suspendida, abandone
    """
)
AS_NEEDED = _phrases(
    """
    as needed, as required, as necessary, when needed, when required, when necessary, if
    needed, if required, if necessary, prn, p r n, sos, sometimes, occasionally, occasional,
    on occasion, now and then, every now and then, once in a while, rarely, socially, on
    weekends, at weekends, weekends, weekend, on the weekend, at parties, when i need it,
    when i need, if i need it, if i need, on and off, off and on, here and there, a veces,
    de vez en cuando, ocasionalmente, cuando lo necesito, cuando la necesito, cuando los
    necesito, cuando las necesito, cuando lo necesite, si lo necesito, si la necesito, si
    hace falta, cuando hace falta, segun necesidad, si precisa, si dolor, los fines de
    semana, fines de semana, fin de semana, en fiestas, rara vez, casi nunca
    """
)
NEUTRAL = _phrases(
    """
    no more than, not more than, up to, at most, no mas de, not sure, no idea, started,
    start, began, starting, empece, since, desde, desde hace, hace
    """
)
"""Phrases that hold a status word but say nothing about use ('no more than 2 a day')."""

_OFF_AT_START = ("off",)
"""'off Xanax since June': only as the first word of a line ('off label' is not a stop)."""

_GROUPS: tuple[tuple[MarkKind, tuple[tuple[str, ...], ...]], ...] = (
    ("neutral", NEUTRAL),
    ("as_needed", AS_NEEDED),
    ("past", PAST),
    ("negation", NEGATION),
)
_BY_FIRST_WORD: dict[str, list[tuple[MarkKind, tuple[str, ...]]]] = {}
for _kind, _group in _GROUPS:
    for _phrase in _group:
        _BY_FIRST_WORD.setdefault(_phrase[0], []).append((_kind, _phrase))

_NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "couple": 2,
    "few": 3,
    "un": 1,
    "una": 1,
    "uno": 1,
    "dos": 2,
    "tres": 3,
    "cuatro": 4,
    "cinco": 5,
    "seis": 6,
    "siete": 7,
    "ocho": 8,
    "nueve": 9,
    "diez": 10,
    "once": 11,
    "doce": 12,
    "par": 2,
}
_UNIT_DAYS = {
    "day": "d",
    "days": "d",
    "dia": "d",
    "dias": "d",
    "week": "w",
    "weeks": "w",
    "wk": "w",
    "wks": "w",
    "semana": "w",
    "semanas": "w",
    "month": "m",
    "months": "m",
    "mo": "m",
    "mos": "m",
    "mes": "m",
    "meses": "m",
    "year": "y",
    "years": "y",
    "yr": "y",
    "yrs": "y",
    "ano": "y",
    "anos": "y",
}
_MONTHS = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
    "enero": 1,
    "febrero": 2,
    "marzo": 3,
    "abril": 4,
    "mayo": 5,
    "junio": 6,
    "julio": 7,
    "agosto": 8,
    "septiembre": 9,
    "setiembre": 9,
    "octubre": 10,
    "noviembre": 11,
    "diciembre": 12,
}
_DAYS_BACK = {
    ("today",): 0,
    ("this", "morning"): 0,
    ("hoy",): 0,
    ("esta", "manana"): 0,
    ("yesterday",): 1,
    ("last", "night"): 1,
    ("ayer",): 1,
    ("anoche",): 1,
    ("day", "before", "yesterday"): 2,
    ("anteayer",): 2,
    ("antes", "de", "ayer"): 2,
}
_LAST_UNIT = {
    ("last", "week"): "w",
    ("last", "month"): "m",
    ("last", "year"): "y",
    ("la", "semana", "pasada"): "w",
    ("el", "mes", "pasado"): "m",
    ("el", "ano", "pasado"): "y",
    ("semana", "pasada"): "w",
    ("mes", "pasado"): "m",
    ("ano", "pasado"): "y",
}
_DAYS_BACK_LONGEST_FIRST = sorted(_DAYS_BACK, key=len, reverse=True)
_LAST_UNIT_LONGEST_FIRST = sorted(_LAST_UNIT, key=len, reverse=True)
_AGO_BEFORE = ("hace", "desde hace")
_AGO_AFTER = ("ago",)
_DURATION_BEFORE = ("for", "in", "durante")


@dataclass(frozen=True)
class Mark:
    """Status words found at words[start:end]."""

    start: int
    end: int
    kind: MarkKind
    day: dt.date | None = None
    """For a date: the day it names, when it can be worked out."""


@dataclass(frozen=True)
class SpanStatus:
    """What a line says about one of the names in it."""

    status: ItemStatus = ItemStatus.TAKING
    stopped_on: dt.date | None = None
    not_taken: bool = False
    """The line says this is not taken at all ('no alcohol')."""


TAKING = SpanStatus()


def find_marks(words: Sequence[str], taken: Collection[int], today: dt.date | None) -> list[Mark]:
    """Status and date words among the words not already read as names (`taken` indexes)."""
    marks: list[Mark] = []
    i = 0
    while i < len(words):
        if i in taken:
            i += 1
            continue
        mark = _date_at(words, i, taken, today) or _phrase_at(words, i, taken)
        if mark is None:
            i += 1
            continue
        marks.append(mark)
        i = mark.end
    return marks


def statuses(
    marks: Sequence[Mark],
    spans: Sequence[tuple[int, int]],
    breaks: Collection[int],
    size: int,
) -> list[SpanStatus]:
    """The status of each name span, from the marks in the same part of the line."""
    starts = sorted({0, *breaks, size})
    result: list[SpanStatus] = []
    for start, end in spans:
        part_start = max(b for b in starts if b <= start)
        part_end = min(b for b in starts if b >= end)
        own = [m for m in marks if part_start <= m.start < part_end]
        result.append(_status_of(own, start, end, part_end))
    return result


def line_status(marks: Sequence[Mark]) -> SpanStatus:
    """What a line says as a whole, for a reading the person chose themselves."""
    return _combine(marks, negated=any(m.kind == "negation" for m in marks))


def _status_of(marks: Sequence[Mark], start: int, end: int, part_end: int) -> SpanStatus:
    negations = [m for m in marks if m.kind == "negation"]
    # A negation covers the names after it, or the names before it when it closes the part
    # ('alcohol, never' is a new part; 'alcohol never' is not).
    negated = any(m.end <= start for m in negations) or any(
        m.start >= end and m.end == part_end for m in negations
    )
    return _combine(marks, negated)


def _combine(marks: Sequence[Mark], negated: bool) -> SpanStatus:
    past = any(m.kind == "past" for m in marks)
    as_needed = any(m.kind == "as_needed" for m in marks)
    days = [m.day for m in marks if m.kind == "date"]
    stopped_on = next((d for d in days if d is not None), None)
    if past or (negated and days):
        return SpanStatus(ItemStatus.STOPPED, stopped_on)
    if negated:
        return SpanStatus(not_taken=True)
    if as_needed:
        return SpanStatus(ItemStatus.AS_NEEDED)
    return TAKING


def _free(words: Sequence[str], start: int, length: int, taken: Collection[int]) -> bool:
    return start + length <= len(words) and not any(
        j in taken for j in range(start, start + length)
    )


def _phrase_at(words: Sequence[str], i: int, taken: Collection[int]) -> Mark | None:
    best: Mark | None = None
    for kind, phrase in _BY_FIRST_WORD.get(words[i], ()):
        n = len(phrase)
        if tuple(words[i : i + n]) != phrase or not _free(words, i, n, taken):
            continue
        if best is None or n > best.end - best.start:
            best = Mark(i, i + n, kind)
    if best is not None and best.kind == "negation" and words[best.start] == "no":
        following = words[best.end] if best.end < len(words) else ""
        if following.isdecimal():
            return None  # 'No. 3' is a number, not a negation
    if best is None and words[i] in _OFF_AT_START and i == 0:
        best = Mark(i, i + 1, "past")
    return best


def _number(word: str) -> int | None:
    if word.isdecimal() and len(word) <= 3:
        return int(word)
    return _NUMBER_WORDS.get(word)


def _back(today: dt.date | None, count: int, unit: str) -> dt.date | None:
    if today is None:
        return None
    if unit == "d":
        return today - dt.timedelta(days=count)
    if unit == "w":
        return today - dt.timedelta(weeks=count)
    months = count * (12 if unit == "y" else 1)
    year, month = divmod(today.year * 12 + today.month - 1 - months, 12)
    month += 1
    if year < dt.MINYEAR:
        return None
    day = min(today.day, calendar.monthrange(year, month)[1])
    return dt.date(year, month, day)


def _date_at(
    words: Sequence[str], i: int, taken: Collection[int], today: dt.date | None
) -> Mark | None:
    for reader in (_iso_date, _named_day, _relative, _last_unit, _month_date):
        mark = reader(words, i, today)
        if mark is not None and _free(words, i, mark.end - i, taken):
            return mark
    return None


def _iso_date(words: Sequence[str], i: int, _today: dt.date | None) -> Mark | None:
    """'2026-12-02' (tokens '2026 12 02'), or an unambiguous day-first/month-first date."""
    parts = words[i : i + 3]
    if len(parts) < 3 or not all(p.isdecimal() for p in parts):
        return None
    a, b, c = (int(p) for p in parts)
    if len(parts[0]) == 4:
        return Mark(i, i + 3, "date", _make(a, b, c))
    if len(parts[2]) == 4:
        # 02/12/2026 could be either order: a day only when one reading is impossible.
        day_first, month_first = _make(c, b, a), _make(c, a, b)
        if day_first and month_first and day_first != month_first:
            return Mark(i, i + 3, "date", None)
        return Mark(i, i + 3, "date", day_first or month_first)
    return None


def _make(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _named_day(words: Sequence[str], i: int, today: dt.date | None) -> Mark | None:
    for phrase in _DAYS_BACK_LONGEST_FIRST:
        if tuple(words[i : i + len(phrase)]) == phrase:
            return Mark(i, i + len(phrase), "date", _back(today, _DAYS_BACK[phrase], "d"))
    return None


def _last_unit(words: Sequence[str], i: int, today: dt.date | None) -> Mark | None:
    for phrase in _LAST_UNIT_LONGEST_FIRST:
        if tuple(words[i : i + len(phrase)]) == phrase:
            return Mark(i, i + len(phrase), "date", _back(today, 1, _LAST_UNIT[phrase]))
    return None


def _count_unit(words: Sequence[str], i: int) -> tuple[int, int, str] | None:
    """'2 weeks', 'a couple of weeks', 'un par de meses', 'a month': (end, count, unit)."""
    j = i
    if j >= len(words):
        return None
    if words[j] in {"a", "un"} and j + 1 < len(words) and words[j + 1] in {"couple", "few", "par"}:
        j += 1
    count = _number(words[j]) if j < len(words) else None
    if count is None:
        return None
    j += 1
    if j < len(words) and words[j] in {"of", "de"} and words[j - 1] in {"couple", "few", "par"}:
        j += 1
    if j < len(words) and words[j] in {"more", "mas"}:
        j += 1
    unit = _UNIT_DAYS.get(words[j]) if j < len(words) else None
    if unit is None:
        return None
    return j + 1, count, unit


def _relative(words: Sequence[str], i: int, today: dt.date | None) -> Mark | None:
    """'2 weeks ago', 'hace 10 días', 'desde hace un mes', 'for 3 days', 'in a month'."""
    for intro in (*_AGO_BEFORE, *_DURATION_BEFORE):
        intro_words = intro.split()
        if list(words[i : i + len(intro_words)]) == intro_words:
            found = _count_unit(words, i + len(intro_words))
            if found:
                end, count, unit = found
                return Mark(i, end, "date", _back(today, count, unit))
    found = _count_unit(words, i)
    if found is None:
        return None
    end, count, unit = found
    if end < len(words) and words[end] in _AGO_AFTER:
        return Mark(i, end + 1, "date", _back(today, count, unit))
    return None


def _month_date(words: Sequence[str], i: int, today: dt.date | None) -> Mark | None:
    """'2 December', 'December 2, 2026', '2 de diciembre de 2026', 'in March', 'desde marzo'."""
    j = i
    day: int | None = None
    if words[j].isdecimal() and len(words[j]) <= 2:
        day = int(words[j])
        j += 1
        if j < len(words) and words[j] == "de":
            j += 1
    elif words[j] in {"in", "since", "en", "desde"}:
        j += 1
    if j >= len(words) or words[j] not in _MONTHS:
        return None
    month = _MONTHS[words[j]]
    j += 1
    if day is None and j < len(words) and words[j].isdecimal() and len(words[j]) <= 2:
        day = int(words[j])
        j += 1
    year: int | None = None
    k = j + 1 if j < len(words) and words[j] == "de" else j
    if k < len(words) and words[k].isdecimal() and len(words[k]) == 4:
        year = int(words[k])
        j = k + 1
    if day is None and year is None and j - i < 2:
        return None  # a bare 'may' or 'march' is an ordinary word
    return Mark(i, j, "date", _resolve(today, year, month, day))


def _resolve(
    today: dt.date | None, year: int | None, month: int, day: int | None
) -> dt.date | None:
    """A day from its parts. A missing day is the month's last (the latest it can mean) but not
    after `today`; a missing year is the most recent one that is not after `today`."""
    if year is None:
        if today is None:
            return None
        found = _day_in(today, today.year, month, day)
        if found is not None and found > today:
            found = _day_in(today, today.year - 1, month, day)
        return found
    return _day_in(today, year, month, day)


def _day_in(today: dt.date | None, year: int, month: int, day: int | None) -> dt.date | None:
    if not dt.MINYEAR <= year <= dt.MAXYEAR:
        return None
    if day is not None:
        return _make(year, month, day)
    last = dt.date(year, month, calendar.monthrange(year, month)[1])
    if today is not None and (year, month) == (today.year, today.month):
        return min(last, today)
    return last
