"""The one domain engine behind the CLI and the GUI: pack -> search -> list -> checker -> voice."""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from saferest.domain.checker import Checker, SetAside
from saferest.domain.compiled import (
    CompiledPack,
    compile_in_memory,
    default_cache_dir,
    open_cached,
)
from saferest.domain.conditions import condition_item, condition_of, without_conditions
from saferest.domain.findings import CheckCondition, CheckItem, EntryTime, Finding
from saferest.domain.medication_list import ListItem
from saferest.domain.medlist import ListParser, ParsedLine, ResolvedItem, UnresolvedItem
from saferest.domain.models import (
    DEFAULT_LANGUAGE,
    Condition,
    EmergencyNumber,
    EmergencyTopic,
    LastingEffect,
    Rule,
    SearchableEntry,
    Source,
    Tag,
)
from saferest.domain.names import NameIndex
from saferest.domain.pack import DataPack, EntryRow, Problem, default_data_dir, load_pack
from saferest.domain.presentation import FindingView, Presenter
from saferest.domain.query import NamedItem, named_items, search_question
from saferest.domain.search import SearchHit, SearchIndex, fts5_available


@dataclass(frozen=True)
class PackCounts:
    """How many of each kind the data pack holds (for About)."""

    substances: int
    medications: int
    rules: int
    practices: int
    emergency: int
    sources: int


@dataclass
class CheckResult:
    """Everything one check found, in the order a person should read it."""

    lines: list[ParsedLine]
    findings: list[Finding] = field(default_factory=list)
    no_known: list[tuple[str, str]] = field(default_factory=list)
    on: dt.date = field(default_factory=dt.date.today)
    """The day the list was checked for (stopped items are judged against it)."""
    set_aside: list[SetAside] = field(default_factory=list)
    """Ingredients of stopped items whose effect has worn off by `on`: shown, not checked."""
    times: dict[str, EntryTime] = field(default_factory=dict)
    """Entries checked while stopped recently or taken as needed."""
    checked_pairs: int = 0
    checked: list[ResolvedItem] = field(default_factory=list)
    """The items that took part in the check, in list order (stopped ones while their effect
    may last included)."""
    stopped: list[ResolvedItem] = field(default_factory=list)
    """Stopped items whose effect has worn off by `on`: shown, and no longer checked."""
    conditions: list[str] = field(default_factory=list)
    """Health conditions on the list (ids), in order: read from lines, then chosen apart."""
    chosen_conditions: list[str] = field(default_factory=list)
    """Those chosen apart from the lines (the window's short list); the rest came from lines."""

    @property
    def resolved(self) -> list[ResolvedItem]:
        """Every item read, with its status (stopped items included), conditions included."""
        return [item for line in self.lines for item in line.resolved]

    @property
    def findings_about_medicines(self) -> list[Finding]:
        """Pair, duplicate and list findings, worst first (list findings may name a condition)."""
        return [f for f in self.findings if f.kind != "condition"]

    @property
    def condition_findings(self) -> list[Finding]:
        """What each health condition on the list means for each ingredient, worst first."""
        return [f for f in self.findings if f.kind == "condition"]

    @property
    def not_taken(self) -> list[ResolvedItem]:
        """What lines say is not taken at all ('no alcohol')."""
        return [item for line in self.lines for item in line.not_taken]

    @property
    def unresolved(self) -> list[UnresolvedItem]:
        return [item for line in self.lines for item in line.unresolved]


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
        conditions = list(pack.conditions.values())
        readable.update(condition_item(c.id) for c in conditions)
        self.parser = ListParser(
            self.names,
            self._display,
            readable,
            ages=[(c.min_age, condition_item(c.id)) for c in conditions if c.min_age],
            past_ends=[condition_item(c.id) for c in conditions if not c.past_counts],
        )
        self.index = SearchIndex(pack, self.names)
        self.checker = Checker(pack, self._display)
        self.presenter = Presenter(
            self.checker.pairs.relations, self.display_name, self.lasting_effect
        )
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

    @staticmethod
    def default_cache_dir() -> Path:
        """Where the desktop app keeps its compiled cache of the pack (kiosks: only what the
        admin allows)."""
        return default_cache_dir()

    def settle(self) -> None:
        """Tell the garbage collector that everything loaded so far lives as long as the app.

        A check makes many short-lived objects; without this, now and then a collection walks
        the whole loaded pack and pauses that check for milliseconds. Call once, after loading.
        """
        gc.collect()
        gc.freeze()

    # -- what the pack holds (the UI asks these, never the pack itself) -------------------

    @property
    def problems(self) -> list[Problem]:
        """What is wrong with the data pack; empty when it validated."""
        return self.pack.problems

    @property
    def data_root(self) -> Path:
        """The folder the data pack was loaded from."""
        return self.pack.root

    @property
    def data_version(self) -> str:
        return self.pack.data_version

    @property
    def reviewed(self) -> dt.date | None:
        """When the data pack as a whole was last reviewed."""
        return self.pack.manifest.reviewed if self.pack.manifest else None

    def counts(self) -> PackCounts:
        pack = self.pack
        return PackCounts(
            substances=len(pack.substances),
            medications=len(pack.medications),
            rules=len(pack.rules),
            practices=len(pack.practices),
            emergency=len(pack.emergency),
            sources=len(pack.sources),
        )

    def source(self, source_id: str) -> Source | None:
        return self.pack.sources.get(source_id)

    def tag(self, tag_id: str) -> Tag | None:
        return self.pack.tags.get(tag_id)

    def emergency_numbers(self) -> Mapping[str, EmergencyNumber]:
        """Emergency numbers by country code, with 'default' as the fallback."""
        return self.pack.emergency_numbers

    def emergency_topics(self) -> list[EmergencyTopic]:
        """First-aid topics in the order the pack gives them."""
        return sorted(self.pack.emergency.values(), key=lambda e: (e.order, e.id))

    def listing(self) -> list[EntryRow]:
        """Every entry as a browse row, in one query."""
        return self.pack.listing()

    def completion_names(self, lang: str = DEFAULT_LANGUAGE) -> list[str]:
        """Names to offer while a list line is typed: entry names in `lang` and brands, never
        misspellings or other languages' names (those are still read when typed)."""
        return self.pack.completion_names(lang)

    def rules_involving(self, entry_id: str) -> list[tuple[Rule, str]]:
        """Every rule that can apply to this entry, with its other side (for a card)."""
        return self.checker.pairs.rules_involving(entry_id)

    def conditions(self) -> list[Condition]:
        """The health conditions a list may hold, in the order the window lists them."""
        return list(self.pack.conditions.values())

    def condition(self, condition_id: str) -> Condition | None:
        return self.pack.conditions.get(condition_id)

    def condition_rules(self, condition_id: str) -> list[Rule]:
        """Every rule about one condition, worst and most specific first (for reviewers)."""
        rules = [r for r in self.checker.conditions.rules if r.condition == condition_id]
        return sorted(rules, key=self.checker.pairs.order)

    def lasting_effect(self, effect_id: str) -> LastingEffect | None:
        """A lasting-effect record (why a stopped item is still checked, with sources)."""
        return self.pack.lasting_effects.get(effect_id)

    # -- searching and checking -----------------------------------------------------------

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

    def present(self, finding: Finding, lang: str = DEFAULT_LANGUAGE) -> FindingView:
        """The finding as people read it: one headline, one why, one what-to-do."""
        return self.presenter.present(finding, lang)

    def check_items(
        self,
        items: Iterable[ListItem],
        on: dt.date | None = None,
        conditions: Iterable[str] = (),
    ) -> CheckResult:
        """Check a saved or edited list for the day `on` (today when None): each item's own
        reading and status are used, and `on` also dates words such as '2 weeks ago'.
        `conditions` are health conditions chosen apart from the lines (ids)."""
        on = on or dt.date.today()
        parsed = [self.parser.read_item(item, on) for item in items]
        return self.check_parsed(parsed, on, conditions)

    def check_lines(
        self, lines: Iterable[str], on: dt.date | None = None, conditions: Iterable[str] = ()
    ) -> CheckResult:
        """Read each line as a person typed it, then check what was recognised for `on`."""
        return self.check_items([ListItem(line) for line in lines if line.strip()], on, conditions)

    def without_conditions(self, result: CheckResult) -> CheckResult:
        """The same list checked for the same day as if no health condition were on it: what a
        report or take-home code shows when the person keeps their conditions off it. Lines
        that named a condition keep their medicines, with the typed text withheld."""
        lines = without_conditions(result.lines)
        if not result.conditions and lines == list(result.lines):
            return result
        return self.check_parsed(lines, result.on)

    def check_parsed(
        self,
        parsed: Sequence[ParsedLine],
        on: dt.date | None = None,
        conditions: Iterable[str] = (),
    ) -> CheckResult:
        """Check lines already read (the window keeps them read as the person types).

        Every item read is handed to the checker with its status: a stopped item takes part
        while its effect may last, then is listed as stopped and not checked. Items a line
        says are not taken ('no alcohol') and lines the person set aside are never checked.
        Health conditions read from lines, and `conditions` (ids chosen apart from the lines),
        are checked with every ingredient and never paired.
        """
        on = on or dt.date.today()
        read: list[tuple[ResolvedItem, int]] = []
        marks: list[CheckCondition] = []
        for line, each in enumerate(parsed):
            for item in each.resolved:
                condition = condition_of(item.entry_id)
                if condition is None:
                    read.append((item, line))
                else:
                    marks.append(CheckCondition(condition, line))
        from_lines = {mark.condition_id for mark in marks}
        known = self.pack.conditions
        chosen = [c for c in dict.fromkeys(conditions) if c in known and c not in from_lines]
        marks += [CheckCondition(c) for c in chosen]
        outcome = self.checker.check(
            [CheckItem(item.entry_id, line, item.status, item.stopped_on) for item, line in read],
            on,
            marks,
        )
        return CheckResult(
            list(parsed),
            outcome.findings,
            outcome.no_known,
            on,
            outcome.set_aside,
            outcome.times,
            outcome.checked_pairs,
            checked=[item for i, (item, _) in enumerate(read) if i in outcome.active_items],
            stopped=[item for i, (item, _) in enumerate(read) if i not in outcome.active_items],
            conditions=list(dict.fromkeys(mark.condition_id for mark in marks)),
            chosen_conditions=chosen,
        )
