"""One search over everything: names, aliases, brands, street names and the text of cards.

Names are matched exactly, by prefix, by substring (SQLite FTS5 trigram index) and, for typos,
by edit similarity (rapidfuzz over the name vocabulary). Card and practice text goes through an
FTS5 word index with bm25 ranking. Where this Python's SQLite lacks FTS5 the same questions are
answered by plain scans, more slowly but with the same ranking rules.
"""

from __future__ import annotations

import bisect
import sqlite3
from dataclasses import dataclass

from saferest.domain.compiled import CompiledPack
from saferest.domain.limits import MAX_QUERY_CHARS
from saferest.domain.names import NameIndex
from saferest.domain.text import name_key

KIND_ORDER = {"emergency": 0, "substance": 1, "medication": 2, "practice": 3}

SCORE_EXACT = 100.0
SCORE_PREFIX = 85.0
SCORE_WORD_PREFIX = 75.0
SCORE_SUBSTRING = 60.0
SCORE_TEXT = 45.0
FUZZY_CUTOFF = 72.0
MIN_TEXT_QUERY = 3
"""Shorter queries match names only: a one-letter prefix over all card text is noise, and slow."""
FUZZY_WEIGHT = 0.8


@dataclass(frozen=True)
class SearchHit:
    entry_id: str
    name: str
    kind: str
    score: float
    matched: str
    """The name or phrase that matched, to show why an entry is in the results."""


def fts5_available() -> bool:
    """Whether this Python's SQLite can build the FTS5 tables (it is missing from some builds)."""
    try:
        con = sqlite3.connect(":memory:")
        try:
            con.execute("CREATE VIRTUAL TABLE probe USING fts5(x, tokenize='trigram')")
        finally:
            con.close()
    except sqlite3.Error:
        return False
    return True


class SearchIndex:
    """Ranked search over a compiled pack. Safe on any input: it never raises for a query."""

    def __init__(self, pack: CompiledPack, names: NameIndex) -> None:
        self._names = names
        self._db = pack.db
        self._keys = names.vocabulary
        self.uses_fts = pack.has_fts
        self._entries = {
            eid: (kind, name)
            for eid, kind, name in self._db.execute("SELECT id, kind, name FROM entries")
        }
        self._texts: dict[str, str] = {}
        if not self.uses_fts:
            self._texts = dict(self._db.execute("SELECT entry_id, text FROM body_text"))

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        key = name_key(query[:MAX_QUERY_CHARS])
        if not key or limit <= 0:
            return []
        best: dict[str, tuple[float, str]] = {}

        def offer(entry_ids: tuple[str, ...], score: float, matched: str) -> None:
            for entry_id in entry_ids:
                if entry_id in self._entries and score > best.get(entry_id, (-1.0, ""))[0]:
                    best[entry_id] = (score, matched)

        for name in self._name_candidates(key):
            offer(self._names.exact_key(name), self._name_score(key, name), name)
        if not best or max(score for score, _ in best.values()) < SCORE_PREFIX:
            for hit in self._names.fuzzy(key, limit=8, cutoff=FUZZY_CUTOFF):
                offer(hit.entry_ids, hit.score * FUZZY_WEIGHT, hit.key)
        text_hits = self._text_matches(key, limit=50) if len(key) >= MIN_TEXT_QUERY else []
        for rank, entry_id in enumerate(text_hits):
            offer((entry_id,), SCORE_TEXT - min(rank, 20) * 0.5, "text")

        hits = [
            SearchHit(
                eid,
                self._entries[eid][1],
                self._entries[eid][0],
                round(score, 2),
                self._names.display_name(matched) if matched != "text" else "text",
            )
            for eid, (score, matched) in best.items()
        ]
        hits.sort(key=lambda h: (-h.score, KIND_ORDER[h.kind], h.name.casefold(), h.entry_id))
        return hits[:limit]

    @staticmethod
    def _name_score(query: str, name: str) -> float:
        if name == query:
            return SCORE_EXACT
        closeness = len(query) / max(len(name), 1)
        if name.startswith(query):
            return SCORE_PREFIX + 10 * closeness
        if any(word.startswith(query) for word in name.split()):
            return SCORE_WORD_PREFIX + 10 * closeness
        return SCORE_SUBSTRING + 10 * closeness

    def _name_candidates(self, key: str, cap: int = 400) -> list[str]:
        """Names equal to, starting with, or containing the query."""
        found: list[str] = []
        start = bisect.bisect_left(self._keys, key)
        for name in self._keys[start : start + cap]:
            if not name.startswith(key):
                break
            found.append(name)
        if len(key) < 3:
            return found  # substring search on one or two letters is noise
        if self.uses_fts:
            rows = self._db.execute(
                "SELECT key FROM vocab_fts WHERE key MATCH ? LIMIT ?", (_quote(key), cap)
            ).fetchall()
            found += [row[0] for row in rows]
        else:
            found += [name for name in self._keys if key in name][:cap]
        return found

    def _text_matches(self, key: str, limit: int) -> list[str]:
        words = key.split()[:12]
        if self.uses_fts:
            expression = " ".join(_quote(w) for w in words[:-1])
            expression += f" {_quote(words[-1])}*"
            rows = self._db.execute(
                "SELECT entry_id FROM body_fts WHERE body_fts MATCH ? ORDER BY bm25(body_fts) "
                "LIMIT ?",
                (expression.strip(), limit),
            ).fetchall()
            return [row[0] for row in rows]
        matches = [
            eid for eid, text in self._texts.items() if all(f" {w}" in f" {text}" for w in words)
        ]
        return matches[:limit]


def _quote(term: str) -> str:
    """An FTS5 string literal: the term can then never be read as query syntax."""
    return '"' + term.replace('"', '""') + '"'
