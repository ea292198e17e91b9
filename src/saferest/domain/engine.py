"""The one domain engine behind the CLI and the GUI: pack -> search -> list -> interactions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from saferest.domain.compiled import CompiledPack, compile_in_memory, open_cached
from saferest.domain.interactions import Finding, InteractionChecker
from saferest.domain.medication_list import ListItem
from saferest.domain.medlist import ListParser, ParsedLine, ResolvedItem, UnresolvedItem
from saferest.domain.models import DEFAULT_LANGUAGE, SearchableEntry
from saferest.domain.names import NameIndex
from saferest.domain.pack import DataPack, Problem, default_data_dir, load_pack
from saferest.domain.query import NamedItem, named_items, search_question
from saferest.domain.search import SearchHit, SearchIndex, fts5_available


@dataclass
class CheckResult:
    """Everything one check found, in the order a person should read it."""

    lines: list[ParsedLine]
    findings: list[Finding] = field(default_factory=list)
    no_known: list[tuple[str, str]] = field(default_factory=list)

    @property
    def resolved(self) -> list[ResolvedItem]:
        """Every item read, with its status (stopped items included)."""
        return [item for line in self.lines for item in line.resolved]

    @property
    def checked(self) -> list[ResolvedItem]:
        """The items the pairs were checked between, in order (`Finding.items` index this)."""
        return [item for line in self.lines for item in line.taken]

    @property
    def stopped(self) -> list[ResolvedItem]:
        """Items the person has stopped: shown, and not checked against the others."""
        return [item for line in self.lines for item in line.resolved if item not in line.taken]

    @property
    def not_taken(self) -> list[ResolvedItem]:
        """What lines say is not taken at all ('no alcohol')."""
        return [item for line in self.lines for item in line.not_taken]

    @property
    def unresolved(self) -> list[UnresolvedItem]:
        return [item for line in self.lines for item in line.unresolved]

    @property
    def checked_pairs(self) -> int:
        return len(self.findings) + len(self.no_known)


class Engine:
    """Loads a pack once and answers searches and checks over it."""

    def __init__(self, pack: DataPack | CompiledPack, use_fts: bool | None = None) -> None:
        if isinstance(pack, DataPack):
            pack = compile_in_memory(pack, fts5_available() if use_fts is None else use_fts)
        self.pack = pack
        self.names = NameIndex(pack)
        self._display = pack.display_names()
        readable = {
            row[0]
            for row in pack.db.execute(
                "SELECT id FROM entries WHERE kind IN ('substance', 'medication')"
            )
        }
        self.parser = ListParser(self.names, self._display, readable)
        self.index = SearchIndex(pack, self.names)
        self.checker = InteractionChecker(pack, self._display)
        self.set_aside: list[Problem] = []
        """Installed data packs that failed validation, so this pack was loaded instead."""

    @classmethod
    def load(
        cls, root: Path | None = None, cache_dir: Path | None = None, use_fts: bool | None = None
    ) -> Engine:
        """Load a pack; with `cache_dir`, reuse or write a compiled cache keyed by its manifest."""
        root = root or default_data_dir()
        fts = fts5_available() if use_fts is None else use_fts
        if cache_dir is None:
            return cls(compile_in_memory(load_pack(root), fts))
        return cls(open_cached(root, cache_dir, fts))

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        """Ranked results; a question's framing words are set aside and every name in it counts."""
        return search_question(self.index, self.named_in(query), query, limit)

    def named_in(self, query: str) -> list[NamedItem]:
        """The entries a search query names, read the way a list line is read."""
        return named_items(self.parser, self.index, self.names.display_name, query)

    def entry(self, entry_id: str) -> SearchableEntry | None:
        return self.pack.entry(entry_id)

    def find(self, id_or_name: str) -> SearchableEntry | None:
        """An entry by id, or by a name that leads to exactly one entry."""
        entry = self.pack.entry(id_or_name)
        if entry is not None:
            return entry
        owners = self.names.exact(id_or_name)
        return self.pack.entry(owners[0]) if len(owners) == 1 else None

    def display_name(self, entry_id: str, lang: str = DEFAULT_LANGUAGE) -> str:
        """The entry's name in `lang` (English when it has none in that language)."""
        if lang == DEFAULT_LANGUAGE:
            return self._display.get(entry_id, entry_id)
        return self.pack.localized_name(entry_id, lang)

    def class_name(self, name: str, lang: str = DEFAULT_LANGUAGE) -> str:
        """A class as an entry names it ('SSRI'), in `lang` ('ISRS') from the class vocabulary."""
        return self.pack.class_name(name, lang)

    def ingredients(self, entry_id: str) -> list[str]:
        """A combination product's ingredients; empty for anything else."""
        return self.pack.entry_ingredients(entry_id)

    def parse(self, line: str, today: dt.date | None = None) -> ParsedLine:
        """Read one line; `today` (passed in by the caller, never the clock) dates '2 weeks ago'."""
        return self.parser.parse(line, today)

    def read_item(self, item: ListItem, today: dt.date | None = None) -> ParsedLine:
        """How one line of a person's list reads, with their own reading and status applied."""
        return self.parser.read_item(item, today)

    def check_lines(self, lines: Iterable[str], today: dt.date | None = None) -> CheckResult:
        """Read each line as a person typed it, then judge every pair of what was recognised."""
        parsed = [self.parser.parse(line, today) for line in lines if line.strip()]
        return self.check_parsed(parsed)

    def check_items(self, items: Iterable[ListItem], today: dt.date | None = None) -> CheckResult:
        """Check a saved or edited list: each item's own reading and status are used."""
        return self.check_parsed([self.parser.read_item(item, today) for item in items])

    def check_parsed(self, parsed: Sequence[ParsedLine]) -> CheckResult:
        """Judge every pair of items taken now or sometimes; stopped and not-taken items are
        shown but not checked."""
        entry_ids = [item.entry_id for line in parsed for item in line.taken]
        report = self.checker.check(entry_ids)
        return CheckResult(list(parsed), report.findings, report.no_known)
