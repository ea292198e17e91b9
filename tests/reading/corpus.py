"""The reading corpus: lines people type, what each should be read as, and how a reader scores.

Used by tests/reading/test_corpus.py (which demands zero wrong readings) and by the benchmark
run (which prints the figures). The format is described at the top of corpus.txt.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from saferest.domain.engine import Engine
from saferest.domain.medication_list import ItemStatus
from saferest.domain.medlist import ParsedLine

CORPUS = Path(__file__).with_name("corpus.txt")
TODAY = dt.date(2026, 12, 10)
"""The day every corpus line is read on, so relative dates have fixed answers."""

Verdict = Literal["correct", "wrong", "not_recognised"]


@dataclass(frozen=True)
class CorpusLine:
    number: int
    text: str
    expected: frozenset[str]
    """Items in the corpus notation ('alcohol', 'kratom/stopped@2026-11-10', 'not:alcohol')."""
    section: str
    waiting_for_content: bool
    """Marked [#13]: 'not recognised' until the content issue adds the entry or name."""


@dataclass
class Score:
    correct: int = 0
    wrong: list[tuple[CorpusLine, frozenset[str]]] = field(default_factory=list)
    not_recognised: list[tuple[CorpusLine, frozenset[str]]] = field(default_factory=list)
    expected_unrecognised: int = 0
    """Lines whose expected reading is 'not recognised' (counted as correct when so read)."""

    @property
    def total(self) -> int:
        return self.correct + len(self.wrong) + len(self.not_recognised)

    def summary(self) -> str:
        return (
            f"{self.total} lines: {self.correct} correct (of them {self.expected_unrecognised} "
            f"rightly not recognised), {len(self.wrong)} wrong, "
            f"{len(self.not_recognised)} not recognised"
        )


def load(path: Path = CORPUS) -> list[CorpusLine]:
    lines: list[CorpusLine] = []
    section = ""
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if raw.startswith("## "):
            section = raw[3:].strip()
            continue
        if not raw.strip() or raw.startswith("#"):
            continue
        text, _, expected = raw.partition("  =>  ")
        if not expected:
            raise ValueError(f"{path.name}:{number}: no '  =>  ' in {raw!r}")
        waiting = "[#13]" in expected
        items = expected.replace("[#13]", "").strip()
        parsed = frozenset() if items == "-" else frozenset(i.strip() for i in items.split(","))
        lines.append(CorpusLine(number, text.strip(), parsed, section, waiting))
    return lines


def reading(parsed: ParsedLine) -> frozenset[str]:
    """A parsed line in the corpus notation."""
    items: set[str] = set()
    for item in parsed.resolved:
        label = item.entry_id
        if item.status is not ItemStatus.TAKING:
            label += f"/{item.status.value}"
        if item.stopped_on is not None:
            label += f"@{item.stopped_on.isoformat()}"
        items.add(label)
    items |= {f"not:{item.entry_id}" for item in parsed.not_taken}
    for unresolved in parsed.unresolved:
        if unresolved.reason == "ambiguous":
            items.add("ask:" + "|".join(sorted(s.entry_id for s in unresolved.suggestions)))
    return frozenset(items)


def _entries(items: frozenset[str]) -> set[str]:
    """The entry ids named by items, whatever their status."""
    ids: set[str] = set()
    for item in items:
        body = item.removeprefix("not:").removeprefix("ask:")
        ids.update(part.split("/")[0] for part in body.split("|"))
    return ids


def judge(expected: frozenset[str], actual: frozenset[str]) -> Verdict:
    """Correct: exactly as expected. Wrong: an entry, status or date that is not expected.
    Not recognised: something expected is missing, and nothing unexpected was read."""
    if actual == expected:
        return "correct"
    if actual - expected:
        return "wrong"
    return "not_recognised"


def score(engine: Engine, lines: list[CorpusLine] | None = None) -> Score:
    result = Score()
    for line in load() if lines is None else lines:
        actual = reading(engine.parse(line.text, TODAY))
        verdict = judge(line.expected, actual)
        if verdict == "correct":
            result.correct += 1
            result.expected_unrecognised += not line.expected
        elif verdict == "wrong":
            result.wrong.append((line, actual))
        else:
            result.not_recognised.append((line, actual))
    return result


def entries_named(lines: list[CorpusLine]) -> set[str]:
    return set().union(*(_entries(line.expected) for line in lines))
