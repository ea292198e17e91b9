"""Ages typed on a list line: 'over 65', "I'm 72", '80 years old', 'mayor de 70', 'tengo 81 años'.

An age is read only inside a phrase that says it is an age, so a dose ('kratom 70') or a date
('hace 70 días') is never taken for one. Words are in the normalised form of `text.name_key`
(folded, accents removed, digits apart from letters: "I'm" is 'i m', '70yo' is '70 yo').
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

MAX_AGE = 120

_BEFORE: tuple[tuple[str, ...], ...] = tuple(
    tuple(phrase.split())
    for phrase in (
        "over the age of",
        "older than",
        "i am over",
        "i m over",
        "im over",
        "i am",
        "i m",
        "im",
        "over",
        "above",
        "aged",
        "age",
        "mas de",
        "mayor de",
        "tengo mas de",
        "tengo",
        "edad",
        "edad de",
    )
)
"""Words before the number: 'over 65', 'aged 70', 'mayor de 70', 'tengo 80'."""

_AFTER: tuple[tuple[str, ...], ...] = tuple(
    tuple(phrase.split())
    for phrase in (
        "years old",
        "year old",
        "yrs old",
        "yr old",
        "years of age",
        "yo",
        "y o",
        "and over",
        "or over",
        "and older",
        "or older",
        "plus",
        "anos",
        "anos de edad",
        "o mas",
        "y mas",
    )
)
"""Words after the number: '80 years old', '65 and over', '70 años'."""

_NOT_AN_AGE_BEFORE = frozenset({"hace", "for", "in", "durante", "desde", "ago", "every", "cada"})
"""'hace 70 años' and 'for 70 years' are times, not ages."""


@dataclass(frozen=True)
class AgeSpan:
    """Words [start, end) that state an age."""

    start: int
    end: int
    age: int


def _match(words: Sequence[str], at: int, phrase: tuple[str, ...]) -> bool:
    return tuple(words[at : at + len(phrase)]) == phrase


def find_ages(words: Sequence[str]) -> list[AgeSpan]:
    """Every typed age in the words, longest phrase first, none overlapping."""
    found: list[AgeSpan] = []
    i = 0
    while i < len(words):
        span = _age_at(words, i)
        if span is None:
            i += 1
            continue
        found.append(span)
        i = span.end
    return found


def _age_at(words: Sequence[str], i: int) -> AgeSpan | None:
    """An age phrase starting at word i."""
    for before in sorted(_BEFORE, key=len, reverse=True):
        if _match(words, i, before):
            number = i + len(before)
            age = _number(words, number)
            if age is not None:
                end = number + 1
                after = _after(words, end)
                return AgeSpan(i, end + after, age)
    age = _number(words, i)
    if age is None or (i > 0 and words[i - 1] in _NOT_AN_AGE_BEFORE):
        return None
    after = _after(words, i + 1)
    return AgeSpan(i, i + 1 + after, age) if after else None


def _after(words: Sequence[str], at: int) -> int:
    """How many words of an age's closing phrase ('years old') start at `at`."""
    for phrase in sorted(_AFTER, key=len, reverse=True):
        if _match(words, at, phrase):
            return len(phrase)
    return 0


def _number(words: Sequence[str], at: int) -> int | None:
    if at >= len(words) or not words[at].isdecimal() or len(words[at]) > 3:
        return None
    value = int(words[at])
    return value if 1 <= value <= MAX_AGE else None
