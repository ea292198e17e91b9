"""Everyday vocabulary: the words people use for entries that cards do not list ('2 beers',
'a joint', 'oxy 30', 'kpins', 'copa de vino'), kept apart from the reviewed cards.

Each `[[word]]` table in resources/data/vocabulary/ gives names and the entries they mean, and a
`kind` that says where a name counts:
- `everyday`: an ordinary name of the thing ('vodka', 'green tea'); it counts wherever it is.
- `street`: slang ('kpins', 'oxy'); it counts only where the line is about that substance (alone,
  or with dose, form, route and time words), never as one word of an ordinary phrase.
- `word`: an everyday word that is also ordinary language ('tea', 'pint', 'drinking'); it counts
  only where the line is about it, and a container ('a cup of tea') does not stop it.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, model_validator

from saferest.domain.models import EntryId, SourceId
from saferest.domain.text import name_key


class NameKind(StrEnum):
    """How a name counts when a line is read (stored per name in the compiled pack)."""

    NAME = "name"
    """A name, alias, brand or misspelling: it counts wherever it is."""
    STREET = "street"
    """A street or slang name: only where the line is about that substance."""
    WORD = "word"
    """An everyday word that is also ordinary language: only where the line is about it."""
    DERIVED = "derived"
    """The bracketed part of a display name: found by search, never read from a list line."""


class WordKind(StrEnum):
    EVERYDAY = "everyday"
    STREET = "street"
    WORD = "word"

    @property
    def name_kind(self) -> NameKind:
        return {
            WordKind.EVERYDAY: NameKind.NAME,
            WordKind.STREET: NameKind.STREET,
            WordKind.WORD: NameKind.WORD,
        }[self]


class Topic(StrEnum):
    """What a word is about. Street names are never read beside a drink or a food, where street
    words are ordinary words ('rum and coke', 'vodka on ice')."""

    DRINK = "drink"
    FOOD = "food"
    CANNABIS = "cannabis"
    PILL = "pill"
    OTHER = "other"


class VocabularyWord(BaseModel):
    """Names that lead to one entry, to all of several (a mix), or to one of several (asked)."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)

    names: list[Annotated[str, Field(min_length=1, max_length=120)]] = Field(min_length=1)
    means: list[EntryId] = Field(min_length=1)
    kind: WordKind
    topic: Topic = Topic.OTHER
    mix: bool = False
    """Every entry in `means` at once ('lean' is codeine with promethazine)."""
    ambiguous: bool = False
    """One of the entries in `means`; the person is asked which ('K')."""
    note: str = ""
    """For reviewers: what the word means and where it is used."""
    sources: list[SourceId] = Field(default_factory=list)

    @property
    def id(self) -> str:
        """The first name, normalised: how problems and the pack refer to this word."""
        return name_key(self.names[0]) or self.names[0]

    @model_validator(mode="after")
    def _one_reading(self) -> VocabularyWord:
        if len(set(self.means)) != len(self.means):
            raise ValueError("means lists an entry twice")
        if self.mix and self.ambiguous:
            raise ValueError("a word is either a mix (all entries) or ambiguous (one of them)")
        if len(self.means) > 1 and not (self.mix or self.ambiguous):
            raise ValueError("several entries: say mix = true (all at once) or ambiguous = true")
        if len(self.means) == 1 and (self.mix or self.ambiguous):
            raise ValueError("mix and ambiguous need at least two entries in means")
        return self
