"""A bounded fuzz run of list lines and queries through the real engine.

Lines are built from the pack's own names, doses and filler words, then damaged the ways real
input is: invisible characters, look-alike letters, accents, brackets and query syntax, bytes
that were not UTF-8, very long runs. Every line must be read without an exception, a line over
the item limit must never be read in part, and every query must return. Seeded, so a failure
can be replayed; bounded in cases and in seconds, so CI can afford it.
"""

from __future__ import annotations

import random
import time
from typing import Any

from saferest.domain.engine import Engine
from saferest.domain.limits import MAX_ITEM_CHARS

NOISE = [
    "\u200b",
    "\u200c",
    "\u200d",
    "\u2060",
    "\ufeff",
    "\u00ad",
    "\u0131",
    "\u0130",
    "\u0301",
    "\u202e",
    "\udcff",  # a byte that was not UTF-8, as Python keeps it from a command line
    "\x00",
    "\t",
    "\n",
    "😴",
    "Ｘ",
    "ß",
    '"',
    "'",
    "*",
    "(",
    ")",
    "[",
    "]",
    "-",
    "NEAR",
    "AND",
    "OR",
    "NOT",
    "^",
    ":",
    "%",
    "_",
    "\\",
]
WORDS = ["mg", "50mg", "0.5 mg", "daily", "at night", "PRN", "x2", "and", "with", "not", "tab"]


def _damage(rng: random.Random, text: str) -> str:
    chars = list(text)
    for _ in range(rng.randint(0, 4)):
        chars.insert(rng.randint(0, len(chars)), rng.choice(NOISE))
    if chars and rng.random() < 0.2:
        chars[rng.randrange(len(chars))] = chr(rng.randint(0x20, 0x2FFF))
    return "".join(chars)


def _line(rng: random.Random, names: list[str]) -> str:
    parts = [rng.choice(names) for _ in range(rng.randint(1, 4))]
    parts += rng.sample(WORDS, rng.randint(0, 3))
    rng.shuffle(parts)
    line = _damage(rng, " ".join(parts))
    roll = rng.random()
    if roll < 0.05:
        line = line * rng.randint(20, 60)  # far over the item limit
    elif roll < 0.1:
        line = (line + " ") * (MAX_ITEM_CHARS // max(len(line) + 1, 1))  # near the limit
    return line


def fuzz(engine: Engine, names: list[str], cases: int, seconds: float, seed: int) -> dict[str, Any]:
    """Run up to `cases` lines and as many queries, for at most `seconds`; report failures."""
    rng = random.Random(seed)
    failures: list[str] = []
    started = time.perf_counter()
    done = 0
    for done in range(1, cases + 1):  # noqa: B007 (the count is reported)
        line = _line(rng, names)
        query = _damage(rng, rng.choice(names)[: rng.randint(1, 12)])
        try:
            result = engine.check_lines([line])
            if len(" ".join(line.split())) > MAX_ITEM_CHARS and result.resolved:
                failures.append(f"read in part: {line[:80]!r}…")
            engine.search(query)
        except Exception as exc:  # a fuzz run reports every failure, whatever it is
            failures.append(f"{type(exc).__name__}: {exc} for {line[:80]!r} / {query!r}")
        if time.perf_counter() - started > seconds:
            break
    return {
        "seed": seed,
        "cases": done,
        "seconds": round(time.perf_counter() - started, 2),
        "failures": failures[:20],
        "failure_count": len(failures),
    }
