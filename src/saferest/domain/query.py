"""Search that reads what people type: questions, and several names in one query.

"can I take kratom with ambien" and "kratom ambien" are asking about two things together. The
question's own words ("can I take … with") are set aside, every name in the query is recognised
with the same parser that reads a medication list, and each named entry is a result; two or more
named substances or medicines can then be checked together.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from saferest.domain.medlist import ListParser
from saferest.domain.search import SCORE_EXACT, SearchHit, SearchIndex, hit_order
from saferest.domain.text import name_key

CHECKABLE_KINDS = frozenset({"substance", "medication"})

_ENGLISH = """
a about after an and any anything are at bad be before both can combine combined combining could
danger dangerous do does ever for get happens how i if in interact interacting
interaction interactions is it its mix mixed mixing me much my of ok okay on or safe same should
take taken takes taking the then there this to together use used using what whats when while
will with would you your
"""
_SPANISH = """
a al bien combinar con cuando de del debo el en es esta este hay juntar junto juntos la las lo
los malo me mezcla mezclar mezclo mi mis o para peligroso pasa puede pueden puedo que se seguro
segura si su tomar tomo tomando u un una usar uso y
"""
QUESTION_WORDS = frozenset((_ENGLISH + _SPANISH).split())
"""Words that frame a question in English or Spanish (accents folded away) and name nothing."""


@dataclass(frozen=True)
class NamedItem:
    """An entry a query names, and the name as recognised ('Ambien' for zolpidem)."""

    entry_id: str
    name: str
    kind: str


def without_question_words(query: str) -> str:
    """The query's name key without the words that only frame a question ('' if nothing else)."""
    return " ".join(word for word in name_key(query).split() if word not in QUESTION_WORDS)


def named_items(
    parser: ListParser, index: SearchIndex, display: Callable[[str], str], query: str
) -> list[NamedItem]:
    """Every entry the query names, once each, in the order typed (read as a list line is)."""
    found: list[NamedItem] = []
    for item in parser.parse(query).resolved:
        known = index.entry(item.entry_id)
        if known is not None and all(n.entry_id != item.entry_id for n in found):
            found.append(NamedItem(item.entry_id, display(item.matched), known[0]))
    return found


def checkable(named: list[NamedItem]) -> list[NamedItem]:
    """The named substances and medicines (what the checker can pair)."""
    return [item for item in named if item.kind in CHECKABLE_KINDS]


def search_question(
    index: SearchIndex, named: list[NamedItem], query: str, limit: int
) -> list[SearchHit]:
    """Results for the query as typed, for its words without the question, and every entry it
    names; the best score of each entry counts."""
    best: dict[str, SearchHit] = {}

    def offer(hits: list[SearchHit]) -> None:
        for hit in hits:
            if hit.entry_id not in best or hit.score > best[hit.entry_id].score:
                best[hit.entry_id] = hit

    offer(index.search(query, limit))
    core = without_question_words(query)
    if core and core != name_key(query):
        offer(index.search(core, limit))
    for item in named:
        known = index.entry(item.entry_id)
        if known is not None:
            offer([SearchHit(item.entry_id, known[1], item.kind, SCORE_EXACT, item.name)])
    return sorted(best.values(), key=hit_order)[:limit]
