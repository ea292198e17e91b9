"""The name index: every way a person may write an entry, mapped to the entries it means."""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz, process

from saferest.domain.compiled import CompiledPack
from saferest.domain.text import name_key
from saferest.domain.vocabulary import NameKind


@dataclass(frozen=True)
class NameHit:
    """A name from the index and the entries it stands for."""

    key: str
    entry_ids: tuple[str, ...]
    score: float


@dataclass(frozen=True)
class NameInfo:
    """What the list reader needs to know about one typed name."""

    owners: tuple[str, ...]
    kind: NameKind
    together: bool
    """All owners at once (a mix), rather than one of them (ambiguous)."""
    drink: bool


class NameIndex:
    """Exact, longest-phrase and fuzzy look-up over normalised names."""

    def __init__(self, pack: CompiledPack) -> None:
        rows = pack.db.execute(
            "SELECT key, display, owners, kind, together, drink FROM vocab ORDER BY key"
        ).fetchall()
        self._owners = {row[0]: tuple(row[2].split()) for row in rows}
        self._display: dict[str, str] = {row[0]: row[1] for row in rows}
        self._vocabulary = [row[0] for row in rows]
        self._special: dict[str, tuple[NameKind, bool, bool]] = {
            key: (NameKind(kind), bool(together), bool(drink))
            for key, _, _, kind, together, drink in rows
            if kind != NameKind.NAME or together or drink
        }
        self.max_words = max((k.count(" ") + 1 for k in self._vocabulary), default=1)

    def __len__(self) -> int:
        return len(self._owners)

    @property
    def vocabulary(self) -> list[str]:
        return self._vocabulary

    def display_name(self, key: str) -> str:
        return self._display.get(key, key)

    def exact(self, text: str) -> tuple[str, ...]:
        """Entry ids whose name is exactly `text` after normalisation."""
        return self._owners.get(name_key(text), ())

    def exact_key(self, key: str) -> tuple[str, ...]:
        return self._owners.get(key, ())

    def info(self, key: str) -> NameInfo | None:
        """How a normalised name counts when a list line is read; None if it is no name."""
        owners = self._owners.get(key)
        if owners is None:
            return None
        kind, together, drink = self._special.get(key, (NameKind.NAME, False, False))
        return NameInfo(owners, kind, together, drink)

    def fuzzy(self, text: str, limit: int = 3, cutoff: float = 70.0) -> list[NameHit]:
        """Closest names by edit similarity: for suggestions and typo-tolerant search."""
        query = name_key(text)
        if not query or not self._vocabulary:
            return []
        matches = process.extract(
            query, self._vocabulary, scorer=fuzz.ratio, limit=limit * 4, score_cutoff=cutoff
        )
        hits: list[NameHit] = []
        seen: set[tuple[str, ...]] = set()
        for key, score, _ in matches:
            ids = self._owners[key]
            if ids in seen:
                continue
            seen.add(ids)
            hits.append(NameHit(key, ids, float(score)))
            if len(hits) == limit:
                break
        return hits
