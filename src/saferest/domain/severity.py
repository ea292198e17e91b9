"""Severity and reliability, each declared once: rank, word key, colour and shape.

Everything that shows a severity (the CLI, the window, its icons, the PDF) reads this table, so
a new level is one row here plus its words in the catalogue (saferest/ui/wording.py); a test
fails if any table misses a level.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Literal


class Severity(StrEnum):
    """How much a combination should worry someone, worst first."""

    DANGEROUS = "dangerous"
    UNSAFE = "unsafe"
    CAUTION = "caution"
    LOW_RISK = "low_risk"

    @property
    def rank(self) -> int:
        """Higher is worse; used to pick the worst applicable rule."""
        return SEVERITY_STYLES[self].rank


Shape = Literal["octagon", "triangle", "circle"]


@dataclass(frozen=True)
class SeverityStyle:
    """How one severity is ranked and drawn. Never colour alone: the shape differs too."""

    rank: int
    word_key: str
    """The English word, which is also the catalogue key of its translations."""
    colour: str
    shape: Shape
    glyph: Literal["!", "i"]


SEVERITY_STYLES: dict[Severity, SeverityStyle] = {
    Severity.DANGEROUS: SeverityStyle(4, "DANGEROUS", "#b3001b", "octagon", "!"),
    Severity.UNSAFE: SeverityStyle(3, "UNSAFE", "#c2410c", "triangle", "!"),
    Severity.CAUTION: SeverityStyle(2, "CAUTION", "#a16207", "circle", "!"),
    Severity.LOW_RISK: SeverityStyle(1, "LOW RISK", "#1d4ed8", "circle", "i"),
}

SEVERITY_ORDER: tuple[Severity, ...] = tuple(
    sorted(Severity, key=lambda s: SEVERITY_STYLES[s].rank, reverse=True)
)
"""Worst first: the order in which findings are told."""


class Reliability(StrEnum):
    """How sure the rule is: human data, pharmacology/case reports, or theory only."""

    PROVEN = "proven"
    INFERRED = "inferred"
    HYPOTHETICAL = "hypothetical"

    @property
    def rank(self) -> int:
        """Higher is stronger evidence; a finding reports its strongest deciding rule's."""
        return RELIABILITY_RANKS[self]


RELIABILITY_RANKS: dict[Reliability, int] = {
    Reliability.PROVEN: 3,
    Reliability.INFERRED: 2,
    Reliability.HYPOTHETICAL: 1,
}
