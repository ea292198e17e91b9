"""One voice: each finding told once, the same way in the CLI, the window and the PDF.

A `FindingView` is built here, Qt-free, from a `Finding`:
- one headline: the summary of the most severe, most specific rule;
- one merged "why" and one merged "what to do": the rules that speak, sentence by sentence,
  with no sentence repeated and a general rule left out where a more specific rule of at least
  its severity covers the same pair ("two sedating drugs" gives way to "opioids with
  benzodiazepines");
- population notes (older adults, pregnancy) apart and labelled, never mixed into the advice,
  from every rule of the finding (a general rule's note for a group of people still stands);
- time: for stopped or as-needed entries, how long ago and how long the effect lasts;
- sources: the rules' and the lasting-effect figures'.
Renderers only add fixed words (saferest/ui/wording.py) and layout.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from saferest.domain.findings import EntryTime, Finding, FindingKind
from saferest.domain.models import (
    CONDITION_PREFIX,
    DEFAULT_LANGUAGE,
    GradedRule,
    LastingEffect,
    Population,
    pick_text,
)
from saferest.domain.severity import Reliability, Severity
from saferest.domain.specificity import RuleRelations
from saferest.domain.text import normalize


@dataclass(frozen=True)
class Text:
    """A piece of data text in the asked-for language, or in English when it has none."""

    text: str
    in_english: bool = False


@dataclass(frozen=True)
class Note:
    """Advice for one group of people."""

    population: Population
    text: Text


@dataclass(frozen=True)
class TimeView:
    """One entry's time, with the data text that says why its effect lasts that long."""

    name: str
    time: EntryTime
    why: Text | None = None


@dataclass(frozen=True)
class FindingView:
    """A finding as people read it. `why` and `advice` are sentences: join them with spaces."""

    finding: Finding
    names: tuple[str, ...]
    """Display names of `finding.entries`, in the asked-for language."""
    headline: Text
    why: tuple[Text, ...]
    advice: tuple[Text, ...]
    notes: tuple[Note, ...]
    time: tuple[TimeView, ...]
    sources: tuple[str, ...]
    speaking: tuple[str, ...]
    """Ids of the rules whose text is shown (general rules left out)."""
    condition_names: tuple[str, ...] = ()
    """Display names of `finding.conditions` (health conditions), in the asked-for language."""

    @property
    def kind(self) -> FindingKind:
        return self.finding.kind

    @property
    def severity(self) -> Severity:
        return self.finding.severity

    @property
    def reliability(self) -> Reliability:
        return self.finding.reliability

    @property
    def shown_in_english(self) -> bool:
        texts = [self.headline, *self.why, *self.advice, *(n.text for n in self.notes)]
        return any(t.in_english for t in texts)


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"“¿¡(]?[A-ZÁÉÍÓÚÑ0-9])")


def sentences(text: str) -> list[str]:
    """Split data text into sentences ("e.g." and decimals are not sentence ends)."""
    return [s.strip() for s in _SENTENCE_END.split(text.strip()) if s.strip()]


class Presenter:
    """Builds `FindingView`s; one per engine, shared by every renderer."""

    def __init__(
        self,
        relations: RuleRelations,
        name_of: Callable[[str, str], str],
        effect_of: Callable[[str], LastingEffect | None],
    ) -> None:
        self._relations = relations
        self._name_of = name_of
        self._effect_of = effect_of

    def speaking(self, finding: Finding) -> tuple[GradedRule, ...]:
        """The rules whose text is shown: a rule is left out when a more specific rule of at
        least its severity covers the same pair."""
        rules = finding.rules
        return tuple(
            rule
            for rule in rules
            if not any(
                other is not rule
                and other.severity.rank >= rule.severity.rank
                and self._relations.covers(rule, other)
                for other in rules
            )
        )

    def present(self, finding: Finding, lang: str = DEFAULT_LANGUAGE) -> FindingView:
        speaking = self.speaking(finding) or finding.rules[:1]
        first = speaking[0]
        seen: set[str] = set()
        headline = _pick(first.summary, lang)
        seen.add(_key(headline.text))
        why = _merge((r.mechanism for r in speaking), lang, seen)
        advice = _merge((r.advice for r in speaking), lang, seen)
        notes: list[Note] = []
        noted: set[tuple[Population, str]] = set()
        for (
            rule
        ) in finding.rules:  # a note for a group of people stands even if its rule is general
            for note in rule.notes:
                text = _pick(note.text, lang)
                if (note.population, _key(text.text)) not in noted:
                    noted.add((note.population, _key(text.text)))
                    notes.append(Note(note.population, text))
        sources: dict[str, None] = dict.fromkeys(s for r in speaking for s in r.sources)
        times: list[TimeView] = []
        for time in finding.time:
            effect = self._effect_of(time.effect_id) if time.effect_id else None
            if effect is not None:
                sources.update(dict.fromkeys(effect.sources))
            times.append(
                TimeView(
                    self._name_of(time.entry_id, lang),
                    time,
                    _pick(effect.why, lang) if effect else None,
                )
            )
        return FindingView(
            finding=finding,
            names=tuple(self._name_of(e, lang) for e in finding.entries),
            headline=headline,
            why=why,
            advice=advice,
            notes=tuple(notes),
            time=tuple(times),
            sources=tuple(sources),
            speaking=tuple(r.id for r in speaking),
            condition_names=tuple(
                self._name_of(CONDITION_PREFIX + c, lang) for c in finding.conditions
            ),
        )


def _pick(text: dict[str, str], lang: str) -> Text:
    shown, used = pick_text(text, lang)
    base = lang.split("-")[0]
    return Text(shown, used != base and base != DEFAULT_LANGUAGE)


def _key(sentence: str) -> str:
    """Two sentences are the same if they match after folding case, accents and punctuation."""
    return normalize(sentence)


def _merge(texts: Iterable[dict[str, str]], lang: str, seen: set[str]) -> tuple[Text, ...]:
    """The texts' sentences in order, each once (a sentence already said is not said again)."""
    merged: list[Text] = []
    for text in texts:
        picked = _pick(text, lang)
        for sentence in sentences(picked.text):
            key = _key(sentence)
            if key and key not in seen:
                seen.add(key)
                merged.append(Text(sentence, picked.in_english))
    return tuple(merged)


def joined(texts: Iterable[Text]) -> str:
    return " ".join(t.text for t in texts)
