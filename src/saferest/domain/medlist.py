"""Reading a medication list the way people write it: 'Zoloft 50mg daily', 'Tylenol PM'.

Every word of a line is either matched to an entry, recognised as a dose, form or frequency word,
or reported back as not recognised. Nothing a person typed is silently dropped, and fuzzy matches
are only ever offered as suggestions, never used as answers.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

from saferest.domain.limits import MAX_ITEM_CHARS
from saferest.domain.medication_list import ItemStatus
from saferest.domain.names import NameIndex
from saferest.domain.text import tokens

SHORT_NAME = 4
"""Names shorter than this ('e', 'lsd') only count when nothing unknown is left."""

_UNITS = {
    "mg",
    "mcg",
    "ug",
    "μg",
    "µg",
    "g",
    "gm",
    "gms",
    "gram",
    "grams",
    "kg",
    "ml",
    "l",
    "iu",
    "unit",
    "units",
    "mmol",
    "meq",
    "tsp",
    "tbsp",
    "cc",
    "oz",
}
_FORMS = {
    "tablet",
    "tablets",
    "tab",
    "tabs",
    "capsule",
    "capsules",
    "cap",
    "caps",
    "pill",
    "pills",
    "softgel",
    "softgels",
    "gel",
    "gels",
    "liquid",
    "liquigel",
    "liquigels",
    "syrup",
    "solution",
    "suspension",
    "drops",
    "drop",
    "spray",
    "sprays",
    "nasal",
    "puff",
    "puffs",
    "inhaler",
    "patch",
    "patches",
    "cream",
    "injection",
    "injectable",
    "shot",
    "shots",
    "powder",
    "extract",
    "leaf",
    "leaves",
    "tea",
    "tincture",
    "gummy",
    "gummies",
    "chewable",
    "lozenge",
    "film",
    "sublingual",
    "er",
    "xr",
    "sr",
    "cr",
    "xl",
    "la",
    "cd",
    "dr",
    "ec",
    "odt",
    "ir",
    "hcl",
    "hydrochloride",
    "generic",
    "brand",
    "strength",
    "extra",
    "maximum",
    "max",
    "regular",
    "oral",
    "orally",
    "po",
    "dose",
    "doses",
    "dosage",
}
_FREQUENCY = {
    "daily",
    "day",
    "days",
    "once",
    "twice",
    "thrice",
    "times",
    "x",
    "bid",
    "tid",
    "qid",
    "qd",
    "od",
    "bd",
    "tds",
    "qds",
    "qhs",
    "hs",
    "prn",
    "qam",
    "qpm",
    "nightly",
    "night",
    "nights",
    "bedtime",
    "bed",
    "morning",
    "mornings",
    "evening",
    "evenings",
    "noon",
    "weekly",
    "week",
    "weeks",
    "month",
    "monthly",
    "hour",
    "hours",
    "hr",
    "hrs",
    "h",
    "needed",
    "required",
    "sometimes",
    "occasionally",
    "usually",
    "every",
    "each",
    "per",
    "about",
    "around",
    "approx",
}
_GLUE = {
    "a",
    "an",
    "the",
    "at",
    "in",
    "on",
    "as",
    "when",
    "if",
    "for",
    "to",
    "my",
    "of",
    "with",
    "and",
    "plus",
    "or",
    "take",
    "taking",
    "takes",
    "took",
    "use",
    "using",
    "used",
    "by",
    "mouth",
    "some",
    "then",
    "before",
    "after",
    "y",
    "con",
    "de",
    "la",
    "el",
    "por",
    "al",
    "dia",
    "noche",
}
FILLER = frozenset(_UNITS | _FORMS | _FREQUENCY | _GLUE)


@dataclass(frozen=True)
class Suggestion:
    entry_id: str
    name: str


@dataclass(frozen=True)
class ResolvedItem:
    """One entry read from a line."""

    input: str
    matched: str
    entry_id: str
    status: ItemStatus = ItemStatus.TAKING
    stopped_on: dt.date | None = None
    """When a stopped item was stopped, if known (the checker counts days from it)."""


@dataclass(frozen=True)
class UnresolvedItem:
    """Words from a line that lead to no entry, or to more than one."""

    input: str
    text: str
    reason: Literal["not_in_data", "ambiguous", "too_long"]
    suggestions: tuple[Suggestion, ...]


@dataclass
class ParsedLine:
    input: str
    resolved: list[ResolvedItem] = field(default_factory=list)
    unresolved: list[UnresolvedItem] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)
    """Dose, form and frequency words that were recognised and set aside."""


def _is_filler(token: str) -> bool:
    return token in FILLER or token.isdigit()


class ListParser:
    """Turns lines of free text into entries, using the pack's name index."""

    def __init__(self, names: NameIndex, display: dict[str, str]) -> None:
        self._names = names
        self._display = display

    def parse(self, line: str) -> ParsedLine:
        parsed = ParsedLine(input=line)
        if len(line) > MAX_ITEM_CHARS:
            # Never read part of a line: what comes after a cut could be the dangerous part.
            parsed.unresolved.append(UnresolvedItem(line, line, "too_long", ()))
            return parsed
        words = tokens(line)
        if not words:
            return parsed
        spans = self._cover(words)
        covered = [False] * len(words)
        for start, end, key in spans:
            covered[start:end] = [True] * (end - start)
            owners = self._names.exact_key(key)
            if len(owners) == 1:
                if all(r.entry_id != owners[0] for r in parsed.resolved):
                    parsed.resolved.append(ResolvedItem(line, key, owners[0]))
            else:
                parsed.unresolved.append(
                    UnresolvedItem(line, key, "ambiguous", self._suggest_ids(owners))
                )
        run: list[str] = []
        for word, is_covered in [*zip(words, covered, strict=True), ("", True)]:
            if not is_covered and not _is_filler(word):
                run.append(word)
                continue
            if not is_covered:
                parsed.ignored.append(word)
            if run:
                phrase = " ".join(run)
                parsed.unresolved.append(
                    UnresolvedItem(line, phrase, "not_in_data", self.suggest(phrase))
                )
                run = []
        if not parsed.resolved and not parsed.unresolved:
            # Only dose or frequency words ("50 mg daily"): still say we could not read it.
            parsed.unresolved.append(UnresolvedItem(line, " ".join(words), "not_in_data", ()))
        return parsed

    def suggest(self, text: str, limit: int = 3) -> tuple[Suggestion, ...]:
        """Up to `limit` entries whose names look like `text` (never used as an answer)."""
        suggestions: list[Suggestion] = []
        for hit in self._names.fuzzy(text, limit=limit * 2):
            for entry_id in hit.entry_ids:
                if all(s.entry_id != entry_id for s in suggestions):
                    suggestions.append(Suggestion(entry_id, self._display.get(entry_id, entry_id)))
        return tuple(suggestions[:limit])

    def _suggest_ids(self, entry_ids: tuple[str, ...]) -> tuple[Suggestion, ...]:
        return tuple(Suggestion(i, self._display.get(i, i)) for i in entry_ids)

    def _cover(self, words: list[str]) -> list[tuple[int, int, str]]:
        """Greedy longest-name cover of the words; short names only when nothing else is unknown."""
        spans = self._greedy(words, allow_short=False)
        taken = {i for start, end, _ in spans for i in range(start, end)}
        rest = [i for i, w in enumerate(words) if i not in taken and not _is_filler(w)]
        if not rest:
            return spans
        short = self._greedy(words, allow_short=True, skip=taken)
        short_taken = {i for start, end, _ in short for i in range(start, end)}
        # A form word next to a short name usually means something else ("ice cream").
        forms_nearby = any(
            w in _FORMS for i, w in enumerate(words) if i not in taken and i not in short_taken
        )
        if all(i in short_taken for i in rest) and not forms_nearby:
            spans = sorted(spans + short)
        return spans

    def _greedy(
        self, words: list[str], allow_short: bool, skip: set[int] | None = None
    ) -> list[tuple[int, int, str]]:
        skip = skip or set()
        spans: list[tuple[int, int, str]] = []
        i = 0
        while i < len(words):
            if i in skip:
                i += 1
                continue
            found = None
            for n in range(min(self._names.max_words, len(words) - i), 0, -1):
                if any(j in skip for j in range(i, i + n)):
                    continue
                key = " ".join(words[i : i + n])
                if not self._names.exact_key(key):
                    continue
                if (len(key) < SHORT_NAME) != allow_short:
                    continue
                if n == 1 and _is_filler(key) and allow_short:
                    continue
                found = (i, i + n, key)
                break
            if found:
                spans.append(found)
                i = found[1]
            else:
                i += 1
        return spans
