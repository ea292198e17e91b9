"""One search over everything: names, aliases, brands, street names and the text of cards.

Names are matched exactly, by prefix, by substring (SQLite FTS5 trigram index) and, for typos,
by edit similarity (rapidfuzz over the name vocabulary). Words people use for a topic rather than
a name ('insomnio', 'sleeping pills') lead to the entries the pack's search topics list for them.
Card and practice text goes through an FTS5 word index with bm25 ranking. Where this Python's
SQLite lacks FTS5 the same questions are answered by plain scans, more slowly but with the same
ranking rules.
"""

from __future__ import annotations

import bisect
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass

from saferest.domain.compiled import CompiledPack
from saferest.domain.limits import MAX_QUERY_CHARS
from saferest.domain.models import EmergencyTopic, Practice
from saferest.domain.names import NameIndex
from saferest.domain.text import name_key

KIND_ORDER = {"emergency": 0, "substance": 1, "medication": 2, "practice": 3}

SCORE_EXACT = 100.0
SCORE_PREFIX = 85.0
SCORE_WORD_PREFIX = 75.0
SCORE_SUBSTRING = 60.0
SCORE_TOPIC = 70.0
"""A query that is exactly a topic term ('insomnio'): below a name, above words in the text."""
SCORE_TOPIC_PARTIAL = 60.0
"""A query that starts a topic term, or holds one among other words ('ayuda para el insomnio')."""
MIN_TOPIC_PREFIX = 4
SCORE_TEXT = 45.0
FUZZY_CUTOFF = 72.0
MIN_TEXT_QUERY = 3
"""Shorter queries match names only: a one-letter prefix over all card text is noise, and slow."""
FUZZY_WEIGHT = 0.8
TOPIC_KINDS = frozenset({"practice", "emergency"})
"""Entries about a topic (a sleep practice, an emergency) rather than about one thing."""
MIN_TOPIC_WORD = 4
TOPIC_NAME_PENALTY = 30.0
"""For a topic word ('sleep'), a name that merely starts with it ('sleep-cut', a street name of
xylazine) ranks below the topics, still above matches in card text."""


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
        self._topics: dict[str, tuple[str, tuple[str, ...]]] = {
            key: (display, tuple(entries.split()))
            for key, display, entries in self._db.execute(
                "SELECT key, display, entries FROM search_terms"
            )
        }
        topics: list[Practice | EmergencyTopic] = [
            *pack.practices.values(),
            *pack.emergency.values(),
        ]
        self._topic_words = {
            word
            for topic in topics
            for name in topic.name.values()  # in every language
            for word in name_key(name).split()
            if len(word) >= MIN_TOPIC_WORD
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

        display = self._names.display_name
        for name in self._name_candidates(key):
            offer(self._names.exact_key(name), self._name_score(key, name), display(name))
        topics = list(self._topic_matches(key))
        is_topic_word = any(score == SCORE_TOPIC for score, _, _ in topics)
        if not is_topic_word and (not best or max(s for s, _ in best.values()) < SCORE_PREFIX):
            for hit in self._names.fuzzy(key, limit=8, cutoff=FUZZY_CUTOFF):
                offer(hit.entry_ids, hit.score * FUZZY_WEIGHT, display(hit.key))
        for score, term, entry_ids in topics:
            for rank, entry_id in enumerate(entry_ids):
                offer((entry_id,), score - min(rank, 20) * 0.25, term)
        text_hits = self._text_matches(key, limit=50) if len(key) >= MIN_TEXT_QUERY else []
        for rank, entry_id in enumerate(text_hits):
            offer((entry_id,), SCORE_TEXT - min(rank, 20) * 0.5, "text")
        if self.is_topic_word(key):
            # A topic word ('sleep') is not about a drug that merely has it in a name; entries
            # a search topic lists for the word keep their place.
            listed = {entry_id for _, _, entry_ids in topics for entry_id in entry_ids}
            for entry_id, (score, matched) in list(best.items()):
                if entry_id in listed:
                    continue
                if self._entries[entry_id][0] not in TOPIC_KINDS and score > SCORE_TEXT:
                    best[entry_id] = (max(score - TOPIC_NAME_PENALTY, SCORE_TEXT + 1), matched)

        hits = [
            SearchHit(eid, self._entries[eid][1], self._entries[eid][0], round(score, 2), matched)
            for eid, (score, matched) in best.items()
        ]
        hits.sort(key=hit_order)
        return hits[:limit]

    def entry(self, entry_id: str) -> tuple[str, str] | None:
        """An entry's kind and name, if the index has it."""
        return self._entries.get(entry_id)

    def is_topic_word(self, key: str) -> bool:
        """Whether a query (as a name key) is a word for a topic ('sleep', 'dormir') and not the
        name of anything: a word in a name of a sleep practice or emergency topic."""
        is_topic = key in self._topic_words or key in self._topics
        return is_topic and not self._names.exact_key(key)

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

    def _topic_matches(self, key: str) -> Iterator[tuple[float, str, tuple[str, ...]]]:
        """Topic terms the query is, starts, or holds as whole words, with their entries."""
        for term, (shown, entry_ids) in self._topics.items():
            if term == key:
                yield SCORE_TOPIC, shown, entry_ids
            elif (len(key) >= MIN_TOPIC_PREFIX and term.startswith(key)) or (
                len(term) >= MIN_TOPIC_PREFIX and f" {term} " in f" {key} "
            ):
                closeness = min(len(key), len(term)) / max(len(key), len(term))
                yield SCORE_TOPIC_PARTIAL + 8 * closeness, shown, entry_ids

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


def hit_order(hit: SearchHit) -> tuple[float, int, str, str]:
    """Best first; ties by kind (emergency first), then name."""
    return (-hit.score, KIND_ORDER[hit.kind], hit.name.casefold(), hit.entry_id)


def _quote(term: str) -> str:
    """An FTS5 string literal: the term can then never be read as query syntax."""
    return '"' + term.replace('"', '""') + '"'
