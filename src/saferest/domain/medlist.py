"""Reading a medication list the way people write it: 'Zoloft 50mg daily', '2 beers', 'oxy 30',
'stopped Prozac 2 weeks ago', 'no alcohol'.

Every word of a line is either read as a name, recognised as a dose, form, route, time or status
word, or reported back as not recognised. Nothing a person typed is silently dropped; nothing is
invented:
- a street name ('ice', 'glass', 'snow') counts only where the line is about that substance
  (alone, or with dose, form, route and time words), never as a word of an ordinary phrase ('a
  glass of wine', 'ice cream', 'snow peas'), and never beside a drink or a food ('rum and coke');
- form words ('tablets') are never names, and the bracketed parts of display names are never
  read from a line;
- a name shared by several entries is asked about, never guessed; fuzzy matches are only ever
  offered as suggestions.
What a line says about use ('no', 'used to', 'as needed', 'stopped … 2 weeks ago') is read by
`status_words` and carried on each item.

A health condition ('sleep apnea', "I'm pregnant", 'over 65') is read like a name, as an item
whose id is `condition:<id>`. It has no time: it is on the list or, negated ('not pregnant'),
it is not; a past ('used to have seizures') still counts unless the condition says otherwise.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection
from dataclasses import dataclass, field, replace
from typing import Literal

from saferest.domain.age_words import find_ages
from saferest.domain.limits import MAX_ITEM_CHARS
from saferest.domain.line_words import (
    ROUTES,
    SEPARATORS,
    STREET_CONTEXT,
    WORD_CONTEXT,
    is_filler,
    only_form_words,
    purposes,
)
from saferest.domain.medication_list import ItemStatus, ListItem
from saferest.domain.models import CONDITION_PREFIX
from saferest.domain.names import NameIndex, NameInfo
from saferest.domain.status_words import Mark, SpanStatus, find_marks, line_status, statuses
from saferest.domain.text import name_key, normalize
from saferest.domain.vocabulary import NameKind

SHORT_NAME = 4
"""Names shorter than this ('lsd', 'ice') only count when nothing unknown is left."""

ReadingOrigin = Literal["parsed", "corrected", "not_checked"]
UnresolvedReason = Literal["not_in_data", "ambiguous", "too_long", "set_aside"]


@dataclass(frozen=True)
class Suggestion:
    entry_id: str
    name: str


@dataclass(frozen=True)
class ResolvedItem:
    """One entry read from a line, with what the line says about its use."""

    input: str
    matched: str
    entry_id: str
    status: ItemStatus = ItemStatus.TAKING
    stopped_on: dt.date | None = None
    """When a stopped item was stopped, if the line or the person said."""


@dataclass(frozen=True)
class UnresolvedItem:
    """Words from a line that lead to no entry, or to more than one; or a line the person set
    aside ('set_aside': they chose not to have it checked)."""

    input: str
    text: str
    reason: UnresolvedReason
    suggestions: tuple[Suggestion, ...]


@dataclass
class ParsedLine:
    input: str
    resolved: list[ResolvedItem] = field(default_factory=list)
    unresolved: list[UnresolvedItem] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)
    """Dose, form, frequency and status words that were recognised and set aside."""
    not_taken: list[ResolvedItem] = field(default_factory=list)
    """Entries the line says are not taken at all ('no alcohol'): never checked."""
    origin: ReadingOrigin = "parsed"
    """'corrected': the person chose the reading; 'not_checked': they set the line aside."""
    said: SpanStatus = field(default_factory=SpanStatus)
    """What the line as a whole says about use, for a reading the person chose."""
    withheld: bool = False
    """The typed text is left out (`input` is empty): a report the person asked to show
    without their health conditions, and this line named one."""

    @property
    def taken(self) -> list[ResolvedItem]:
        """Items taken now or sometimes: the ones an interaction check is about."""
        return [item for item in self.resolved if item.status is not ItemStatus.STOPPED]


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    key: str
    info: NameInfo


_BREAK = re.compile(r"[,;:()\[\]{}!?|\n]+|\.(?=\s|$)|\s[-–—]+\s")
"""Punctuation that starts a new part of a line (a dot only before a space: '0.5mg' stays)."""


def words_and_breaks(line: str) -> tuple[list[str], set[int], set[int]]:
    """The normalised words of a line, where a new part of it starts, and which words were
    typed joined to the one before ('K2' gives 'k' and '2', the '2' joined)."""
    words: list[str] = []
    breaks: set[int] = set()
    joined: set[int] = set()
    for part in _BREAK.split(line):
        part_words: list[str] = []
        for chunk in normalize(part).split():
            pieces = name_key(chunk).split()
            joined.update(
                range(len(words) + len(part_words) + 1, len(words) + len(part_words) + len(pieces))
            )
            part_words += pieces
        if words and part_words:
            breaks.add(len(words))
        words += part_words
    return words, breaks, joined


class ListParser:
    """Turns lines of free text into entries, using the pack's name index."""

    def __init__(
        self,
        names: NameIndex,
        display: dict[str, str],
        readable: Collection[str] | None = None,
        ages: Collection[tuple[int, str]] = (),
        past_ends: Collection[str] = (),
    ) -> None:
        self._names = names
        self._display = display
        self._readable = frozenset(display if readable is None else readable)
        """Entries a list line may be read as: substances, medications and conditions, never a
        sleep practice or an emergency topic ('OD' on a list means once daily)."""
        self._ages = sorted(ages, reverse=True)
        """(from this age, condition item): a typed age reads as the first that it reaches."""
        self._past_ends = frozenset(past_ends)
        """Conditions that no longer count when a line says they are past ('no longer
        pregnant')."""

    def parse(self, line: str, today: dt.date | None = None) -> ParsedLine:
        """Read one line; `today` dates relative words such as '2 weeks ago' (None: undated)."""
        parsed = ParsedLine(input=line)
        if len(line) > MAX_ITEM_CHARS:
            # Never read part of a line: what comes after a cut could be the dangerous part.
            parsed.unresolved.append(UnresolvedItem(line, line, "too_long", ()))
            return parsed
        words, breaks, joined = words_and_breaks(line)
        if not words:
            return parsed
        candidates, young = self._with_ages(words, self._cover(words))
        marks = find_marks(words, _indexes(candidates) | young, today)
        at_marks = {i for mark in marks for i in range(mark.start, mark.end)} | young
        at_marks |= purposes(words) - _indexes(candidates)
        listed = bool(breaks) or any(w in SEPARATORS for w in words)
        kept = self._judge(words, candidates, at_marks, listed, joined)
        rejected = [span for span in candidates if span not in kept]
        # A one-word name that is also a route word ('vape') is read as the route beside
        # another name ('vaping weed'); any other name set aside is reported, never dropped.
        # A set-aside street word is an ordinary word, and its substance is not suggested for
        # the line ('crystal light' does not suggest methamphetamine).
        reported = _indexes(
            [
                span
                for span in rejected
                if span.info.kind is NameKind.NAME
                and span.end - span.start == 1
                and words[span.start] not in ROUTES
            ]
        )
        avoid = {
            o for span in rejected if span.info.kind is not NameKind.NAME for o in span.info.owners
        }
        parsed.said = line_status(marks)
        self._add_items(parsed, words, breaks, kept, marks)
        self._add_unknown(parsed, words, kept, at_marks - reported, reported, avoid)
        if not parsed.resolved and not parsed.unresolved and not parsed.not_taken:
            # Only dose or frequency words ("50 mg daily"): still say we could not read it.
            whole = " ".join(words)
            parsed.unresolved.append(
                UnresolvedItem(line, whole, "not_in_data", self.suggest(whole, avoid=avoid))
            )
        return self._settle_conditions(parsed)

    def read_item(self, item: ListItem, today: dt.date | None = None) -> ParsedLine:
        """One line of a person's list: its words, then the person's own reading and status.

        The person's reading (chosen with "not this?") replaces what the words were read as;
        an empty reading sets the line aside. A status the person chose (taking included)
        replaces what the words say; without one (None) the words decide.
        """
        parsed = self.parse(item.text, today)
        if item.reading is not None:
            parsed = self._with_reading(parsed, item.reading)
        if item.status is not None:
            chosen = [*parsed.resolved, *parsed.not_taken]
            parsed.resolved = [
                replace(r, status=item.status, stopped_on=item.stopped_on) for r in chosen
            ]
            parsed.not_taken = []
        return self._settle_conditions(parsed)

    def _settle_conditions(self, parsed: ParsedLine) -> ParsedLine:
        """Conditions have no time: on the list, or not (negated, or past where that ends it)."""
        resolved: list[ResolvedItem] = []
        for item in parsed.resolved:
            if not item.entry_id.startswith(CONDITION_PREFIX):
                resolved.append(item)
                continue
            ended = item.status is ItemStatus.STOPPED and item.entry_id in self._past_ends
            plain = replace(item, status=ItemStatus.TAKING, stopped_on=None)
            if ended:
                parsed.not_taken.append(plain)
            else:
                resolved.append(plain)
        parsed.resolved = resolved
        return parsed

    def suggest(
        self,
        text: str,
        limit: int = 3,
        avoid: Collection[str] = (),
        list_entries_only: bool = True,
    ) -> tuple[Suggestion, ...]:
        """Up to `limit` entries whose names look like `text` (never used as an answer); for a
        list line only substances and medications, unless `list_entries_only` is False."""
        suggestions: list[Suggestion] = []
        for hit in self._names.fuzzy(text, limit=limit * 2):
            for entry_id in hit.entry_ids:
                if entry_id in avoid or (list_entries_only and entry_id not in self._readable):
                    continue
                if all(s.entry_id != entry_id for s in suggestions):
                    suggestions.append(Suggestion(entry_id, self._display.get(entry_id, entry_id)))
        return tuple(suggestions[:limit])

    def _suggest_ids(self, entry_ids: tuple[str, ...]) -> tuple[Suggestion, ...]:
        return tuple(Suggestion(i, self._display.get(i, i)) for i in entry_ids)

    # -- the person's reading ---------------------------------------------------------------

    def _with_reading(self, parsed: ParsedLine, reading: tuple[str, ...]) -> ParsedLine:
        line = parsed.input
        chosen = ParsedLine(input=line, ignored=parsed.ignored, said=parsed.said)
        if not reading:
            chosen.origin = "not_checked"
            chosen.unresolved.append(UnresolvedItem(line, line, "set_aside", ()))
            return chosen
        chosen.origin = "corrected"
        said = parsed.said
        for entry_id in dict.fromkeys(reading):
            if entry_id not in self._display:
                # Chosen from an older pack that no longer has it: say so, never drop it.
                chosen.unresolved.append(
                    UnresolvedItem(line, entry_id, "not_in_data", self.suggest(line))
                )
                continue
            item = ResolvedItem(
                line, self._display[entry_id], entry_id, said.status, said.stopped_on
            )
            (chosen.not_taken if said.not_taken else chosen.resolved).append(item)
        return chosen

    # -- reading words ----------------------------------------------------------------------

    def _add_items(
        self,
        parsed: ParsedLine,
        words: list[str],
        breaks: set[int],
        kept: list[_Span],
        marks: list[Mark],
    ) -> None:
        covered = _indexes(kept)
        parts = breaks | {i for i, w in enumerate(words) if w in SEPARATORS and i not in covered}
        spans = [(span.start, span.end) for span in kept]
        for span, said in zip(kept, statuses(marks, spans, parts, len(words)), strict=True):
            owners = span.info.owners
            if len(owners) > 1 and not span.info.together:
                parsed.unresolved.append(
                    UnresolvedItem(parsed.input, span.key, "ambiguous", self._suggest_ids(owners))
                )
                continue
            into = parsed.not_taken if said.not_taken else parsed.resolved
            for entry_id in owners:
                if all(r.entry_id != entry_id for r in into):
                    into.append(
                        ResolvedItem(parsed.input, span.key, entry_id, said.status, said.stopped_on)
                    )

    def _add_unknown(
        self,
        parsed: ParsedLine,
        words: list[str],
        kept: list[_Span],
        at_marks: set[int],
        reported: set[int],
        avoid: set[str],
    ) -> None:
        covered = _indexes(kept)
        run: list[str] = []
        for i, word in [*enumerate(words), (len(words), "")]:
            set_aside = i < len(words) and i not in reported and (i in at_marks or is_filler(word))
            if i < len(words) and i not in covered and not set_aside:
                run.append(word)
                continue
            if run and word.isdigit() and len(run) == 1 and len(run[0]) <= 2:
                run.append(word)  # a code such as 'M30' is one word, not 'M' and a dose
                continue
            if set_aside and i not in covered:
                parsed.ignored.append(word)
            if run:
                phrase = " ".join(run)
                parsed.unresolved.append(
                    UnresolvedItem(
                        parsed.input, phrase, "not_in_data", self.suggest(phrase, avoid=avoid)
                    )
                )
                run = []

    def _lookup(self, words: list[str], start: int, n: int) -> tuple[str, NameInfo] | None:
        key = " ".join(words[start : start + n])
        alone = n == len(words)  # 'G' on its own may be a name; '2 g' is a dose
        candidates = [key]
        if n == 1 and len(key) >= SHORT_NAME:
            # A plural the pack does not list: '2 beers', 'cervezas', 'joints'.
            candidates += [key[: -len(end)] for end in ("es", "s") if key.endswith(end)]
        for candidate in candidates:
            info = self._names.info(candidate)
            if info is None or info.kind is NameKind.DERIVED:
                continue
            if only_form_words(candidate) and not alone:
                continue
            owners = tuple(o for o in info.owners if o in self._readable)
            if not owners:
                continue
            return candidate, replace(info, owners=owners)
        return None

    def _with_ages(self, words: list[str], spans: list[_Span]) -> tuple[list[_Span], set[int]]:
        """`spans` with every typed age that reaches an age condition ('over 65'), and the
        words of younger ages ('over 50'): read as an age, not as unknown words."""
        if not self._ages:
            return spans, set()
        ages = find_ages(words)
        aged = {j for age in ages for j in range(age.start, age.end)}
        # A typed age beats slang inside it ("I'm 30" is an age, not an 'M30' pill); a real
        # name in it wins ('Xanax 65' is never an age: no age phrase holds a name).
        spans = [
            s
            for s in spans
            if s.info.kind is NameKind.NAME or not any(j in aged for j in range(s.start, s.end))
        ]
        covered = _indexes(spans)
        added: list[_Span] = []
        young: set[int] = set()
        for age in ages:
            where = range(age.start, age.end)
            if any(j in covered for j in where):
                continue
            item = next((i for start, i in self._ages if age.age >= start), None)
            if item is None:
                young.update(where)
                continue
            info = NameInfo((item,), NameKind.NAME, False, False)
            added.append(_Span(age.start, age.end, " ".join(words[age.start : age.end]), info))
        return (sorted([*spans, *added], key=lambda s: s.start) if added else spans), young

    def _cover(self, words: list[str]) -> list[_Span]:
        """Greedy longest-name cover of the words (every kind of name; judged afterwards)."""
        spans: list[_Span] = []
        i = 0
        while i < len(words):
            for n in range(min(self._names.max_words, len(words) - i), 0, -1):
                found = self._lookup(words, i, n)
                if found is not None:
                    spans.append(_Span(i, i + n, found[0], found[1]))
                    i += n
                    break
            else:
                i += 1
        return spans

    def _judge(
        self,
        words: list[str],
        spans: list[_Span],
        at_marks: set[int],
        listed: bool,
        joined: set[int],
    ) -> list[_Span]:
        """The spans that really are names here: street names and everyday words only where
        the line is about them, short names only when nothing unknown is left. `listed`: the
        line is a list ('vape and xanax'), so a one-word name is an item, not a route."""

        def weak(span: _Span) -> bool:
            """A name made of dose, form, route or container words ('glass', 'g', 'vape',
            '1,4-BD', 'liquid X'): it counts only when no other name is on the line."""
            inside = words[span.start : span.end]
            if not all(is_filler(w) for w in inside):
                return False
            if span.info.kind is not NameKind.NAME or any(w.isdigit() for w in inside):
                return True
            return len(inside) == 1 and not listed

        kept = [s for s in spans if not weak(s) or len(spans) == 1]
        kept = [s for s in kept if not (weak(s) and len(s.key) < SHORT_NAME and len(words) > 1)]
        beside_drink = any(s.info.drink and s.info.kind is NameKind.NAME for s in kept)
        changed = True
        while changed:
            changed = False
            covered = _indexes(kept)
            for span in list(kept):
                if span.info.kind is NameKind.NAME:
                    continue
                context = STREET_CONTEXT if span.info.kind is NameKind.STREET else WORD_CONTEXT
                about = not beside_drink and all(
                    i in covered or i in at_marks or words[i] in context or words[i].isdigit()
                    for i in range(len(words))
                )
                if not about:
                    kept.remove(span)
                    changed = True
        contextual = [s for s in kept if s.info.kind is not NameKind.NAME]
        if contextual and len(kept) > 1 and not listed:
            # A street word beside a name with no list between them describes it ('ibuprofen
            # pain pills'); two street words side by side are a phrase ('charlie horse').
            kept = [s for s in kept if s not in contextual]
        # A short name typed joined to a number is a code ('K2', 'M30'), not that name.
        kept = [s for s in kept if len(s.key) >= SHORT_NAME or not ({s.start, s.end} & joined)]
        covered = _indexes(kept)
        unknown_left = any(
            i not in covered and i not in at_marks and not is_filler(w) for i, w in enumerate(words)
        )
        if unknown_left:
            kept = [s for s in kept if len(s.key) >= SHORT_NAME]
        return kept


def _indexes(spans: list[_Span]) -> set[int]:
    return {i for span in spans for i in range(span.start, span.end)}
