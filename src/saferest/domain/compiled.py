"""The compiled pack: a validated data pack as one SQLite database the engine reads from.

Validating TOML takes seconds once a pack grows large; reading a compiled database does not.
The database is built from a validated `DataPack`, either in memory (tests, the CLI, small packs)
or as a cache file keyed by the SHA-256 of the pack's manifest, so any edit to the pack (which
must update the manifest) makes a new cache. Entries are stored as JSON and turned back into
models only when someone asks for them.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import tempfile
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

from pydantic import BaseModel

from saferest import __version__
from saferest.domain.models import (
    EmergencyNumber,
    EmergencyTopic,
    LastingEffect,
    ListRule,
    Manifest,
    Medication,
    Practice,
    Rule,
    SearchableEntry,
    Source,
    Substance,
    Tag,
    pick_text,
)
from saferest.domain.pack import (
    MANIFEST_NAME,
    DataPack,
    EntryRow,
    PackViews,
    Problem,
    derived_names,
    entry_names,
    entry_text,
    load_pack,
)
from saferest.domain.text import name_key, normalize

FORMAT_VERSION = "5"

CLASS_SEPARATOR = "\x1f"
"""Joins an entry's class names in the listing column (a character no name contains)."""

_ENTRY_MODELS: dict[str, type[BaseModel]] = {
    "substance": Substance,
    "medication": Medication,
    "practice": Practice,
    "emergency": EmergencyTopic,
}

_SCHEMA = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE entries(id TEXT PRIMARY KEY, kind TEXT NOT NULL, name TEXT NOT NULL,
                     tags TEXT NOT NULL, ingredients TEXT NOT NULL, json TEXT NOT NULL,
                     form TEXT NOT NULL, names TEXT NOT NULL, classes TEXT NOT NULL,
                     topic TEXT NOT NULL, sort_order INTEGER NOT NULL);
CREATE INDEX entries_kind ON entries(kind);
CREATE TABLE vocab(key TEXT PRIMARY KEY, display TEXT NOT NULL, owners TEXT NOT NULL);
CREATE TABLE rules(id TEXT PRIMARY KEY, pair_key TEXT, is_tag_rule INTEGER NOT NULL,
                   side_a TEXT, side_b TEXT, json TEXT NOT NULL);
CREATE INDEX rules_pair ON rules(pair_key);
CREATE INDEX rules_side_a ON rules(side_a);
CREATE INDEX rules_side_b ON rules(side_b);
CREATE TABLE list_rules(id TEXT PRIMARY KEY, json TEXT NOT NULL);
CREATE TABLE lasting_effects(id TEXT PRIMARY KEY, json TEXT NOT NULL);
CREATE TABLE tag_facts(tag TEXT PRIMARY KEY, members INTEGER NOT NULL, implied TEXT NOT NULL);
CREATE TABLE sources(id TEXT PRIMARY KEY, json TEXT NOT NULL);
CREATE TABLE tags(id TEXT PRIMARY KEY, json TEXT NOT NULL);
CREATE TABLE numbers(country TEXT PRIMARY KEY, json TEXT NOT NULL);
CREATE TABLE problems(file TEXT, entry TEXT, field TEXT, message TEXT);
"""

_FTS_SCHEMA = """
CREATE VIRTUAL TABLE vocab_fts USING fts5(key, tokenize='trigram');
CREATE VIRTUAL TABLE body_fts USING fts5(entry_id UNINDEXED, text,
                                         tokenize='unicode61 remove_diacritics 2');
"""

_PLAIN_TEXT_SCHEMA = "CREATE TABLE body_text(entry_id TEXT PRIMARY KEY, text TEXT NOT NULL);"

M = TypeVar("M", bound=BaseModel)


def pair_key(a: str, b: str) -> str:
    """Order-free key for an explicit pair rule (an entry with itself is allowed)."""
    return f"{a}|{b}" if a <= b else f"{b}|{a}"


def manifest_digest(root: Path) -> str | None:
    path = root / MANIFEST_NAME
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


@dataclass(frozen=True)
class TagFacts:
    """What the pack's entries say about one tag, for telling general rules from specific ones."""

    members: int
    """How many entries carry the tag (fewer is more specific)."""
    implied: frozenset[str]
    """Every tag that all those entries carry: a rule on any of them covers this tag too."""


class LazyModels(Mapping[str, M], Generic[M]):
    """A read-only id -> model mapping that reads rows on demand and keeps what it has read."""

    def __init__(
        self,
        db: sqlite3.Connection,
        model: type[M],
        table: str,
        key: str = "id",
        where: str = "",
        params: tuple[str, ...] = (),
    ) -> None:
        self._db = db
        self._model = model
        self._select = f"SELECT json FROM {table} WHERE {key} = ?" + (
            f" AND {where}" if where else ""
        )
        self._keys_sql = f"SELECT {key} FROM {table}" + (f" WHERE {where}" if where else "")
        self._keys_sql += " ORDER BY rowid"
        self._params = params
        self._cache: dict[str, M] = {}
        self._keys: list[str] | None = None

    def __getitem__(self, key: str) -> M:
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        row = self._db.execute(self._select, (key, *self._params)).fetchone()
        if row is None:
            raise KeyError(key)
        model = self._model.model_validate_json(row[0])
        self._cache[key] = model
        return model

    def _all_keys(self) -> list[str]:
        if self._keys is None:
            self._keys = [r[0] for r in self._db.execute(self._keys_sql, self._params)]
        return self._keys

    def __iter__(self) -> Iterator[str]:
        return iter(self._all_keys())

    def __len__(self) -> int:
        return len(self._all_keys())

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, str):
            return False
        if key in self._cache:
            return True
        sql = self._select.replace("SELECT json", "SELECT 1", 1)
        return self._db.execute(sql, (key, *self._params)).fetchone() is not None


@dataclass
class CompiledPack(PackViews):
    """The pack as the engine sees it: same attributes as `DataPack`, read lazily from SQLite."""

    db: sqlite3.Connection
    root: Path
    has_fts: bool

    def __post_init__(self) -> None:
        meta = dict(self.db.execute("SELECT key, value FROM meta").fetchall())
        self.manifest: Manifest | None = (
            Manifest.model_validate_json(meta["manifest"]) if meta.get("manifest") else None
        )
        self.problems = [Problem(*row) for row in self.db.execute("SELECT * FROM problems")]
        self.sources: Mapping[str, Source] = LazyModels(self.db, Source, "sources")
        self.tags: Mapping[str, Tag] = LazyModels(self.db, Tag, "tags")
        self.rules: Mapping[str, Rule] = LazyModels(self.db, Rule, "rules")
        self.list_rules: Mapping[str, ListRule] = LazyModels(self.db, ListRule, "list_rules")
        self.lasting_effects: Mapping[str, LastingEffect] = LazyModels(
            self.db, LastingEffect, "lasting_effects"
        )
        self.emergency_numbers: Mapping[str, EmergencyNumber] = LazyModels(
            self.db, EmergencyNumber, "numbers", key="country"
        )
        self.substances: Mapping[str, Substance] = self._kind(Substance, "substance")
        self.medications: Mapping[str, Medication] = self._kind(Medication, "medication")
        self.practices: Mapping[str, Practice] = self._kind(Practice, "practice")
        self.emergency: Mapping[str, EmergencyTopic] = self._kind(EmergencyTopic, "emergency")

    def _kind(self, model: type[M], kind: str) -> LazyModels[M]:
        return LazyModels(self.db, model, "entries", where="kind = ?", params=(kind,))

    def entry(self, entry_id: str) -> SearchableEntry | None:
        row = self.db.execute("SELECT kind FROM entries WHERE id = ?", (entry_id,)).fetchone()
        if row is None:
            return None
        stores: dict[str, Mapping[str, SearchableEntry]] = {
            "substance": self.substances,
            "medication": self.medications,
            "practice": self.practices,
            "emergency": self.emergency,
        }
        return stores[row[0]][entry_id]

    def entry_tags(self, entry_id: str) -> frozenset[str]:
        """The entry's tags with every implied tag already added."""
        row = self.db.execute("SELECT tags FROM entries WHERE id = ?", (entry_id,)).fetchone()
        return frozenset(row[0].split()) if row and row[0] else frozenset()

    def entry_ingredients(self, entry_id: str) -> list[str]:
        row = self.db.execute(
            "SELECT ingredients FROM entries WHERE id = ?", (entry_id,)
        ).fetchone()
        return row[0].split() if row and row[0] else []

    def display_names(self) -> dict[str, str]:
        return dict(self.db.execute("SELECT id, name FROM entries"))

    def localized_name(self, entry_id: str, lang: str) -> str:
        row = self.db.execute("SELECT names FROM entries WHERE id = ?", (entry_id,)).fetchone()
        return pick_text(json.loads(row[0]), lang)[0] if row else entry_id

    def tag_facts(self) -> dict[str, TagFacts]:
        """For every tag carried by an entry: how many carry it, and what they all share."""
        return {
            tag: TagFacts(members, frozenset(implied.split()))
            for tag, members, implied in self.db.execute("SELECT * FROM tag_facts")
        }

    def listing(self) -> list[EntryRow]:
        """What browse views need for every entry, in one query and without building models."""
        rows = self.db.execute(
            "SELECT id, kind, form, names, classes, topic, sort_order FROM entries ORDER BY rowid"
        )
        return [
            EntryRow(
                eid,
                kind,
                form,
                json.loads(names),
                tuple(classes.split(CLASS_SEPARATOR)) if classes else (),
                topic,
                order,
            )
            for eid, kind, form, names, classes, topic, order in rows
        ]


def compile_into(pack: DataPack, db: sqlite3.Connection, use_fts: bool) -> None:
    """Write a validated pack into an empty database."""
    db.executescript(_SCHEMA + (_FTS_SCHEMA if use_fts else _PLAIN_TEXT_SCHEMA))
    meta = {
        "format": FORMAT_VERSION,
        "saferest": __version__,
        "fts": "1" if use_fts else "0",
        "manifest": pack.manifest.model_dump_json() if pack.manifest else "",
    }
    db.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
    db.executemany(
        "INSERT INTO problems VALUES (?, ?, ?, ?)",
        [(p.file, p.entry, p.field, p.message) for p in pack.problems],
    )
    rows = []
    carriers: dict[str, list[frozenset[str]]] = {}
    owners: dict[str, set[str]] = {}
    display: dict[str, str] = {}
    texts = []
    derived: dict[str, set[str]] = {}
    for entry in pack.entries():
        tags = pack.tag_closure(getattr(entry, "tags", []))
        for tag in tags:
            carriers.setdefault(tag, []).append(tags)
        ingredients = entry.ingredients if isinstance(entry, Medication) else []
        rows.append(
            (
                entry.id,
                entry.kind,
                entry.name["en"],
                " ".join(sorted(tags)),
                " ".join(ingredients),
                entry.model_dump_json(),
                entry.form if isinstance(entry, Medication) else "",
                json.dumps(entry.name),
                CLASS_SEPARATOR.join(getattr(entry, "classes", [])),
                entry.topic if isinstance(entry, Practice) else "",
                entry.order if isinstance(entry, EmergencyTopic) else 0,
            )
        )
        for name in entry_names(entry):
            key = name_key(name)
            if key:
                owners.setdefault(key, set()).add(entry.id)
                display.setdefault(key, name)
        texts.append((entry.id, entry_text(entry)))
        for name in derived_names(entry):
            key = name_key(name)
            if key:
                derived.setdefault(key, set()).add(entry.id)
                display.setdefault(key, name.strip())
    for key, ids in derived.items():
        if key not in owners and len(ids) == 1:
            owners[key] = ids
    db.executemany("INSERT INTO entries VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    vocab = sorted(owners)
    db.executemany(
        "INSERT INTO vocab VALUES (?, ?, ?)",
        ((k, display[k], " ".join(sorted(owners[k]))) for k in vocab),
    )
    if use_fts:
        db.executemany("INSERT INTO vocab_fts(rowid, key) VALUES (?, ?)", enumerate(vocab, 1))
        db.executemany("INSERT INTO body_fts(entry_id, text) VALUES (?, ?)", texts)
    else:
        db.executemany(
            "INSERT INTO body_text VALUES (?, ?)", ((eid, normalize(text)) for eid, text in texts)
        )
    rule_rows: list[tuple[str, str | None, int, str | None, str | None, str]] = []
    for rule in pack.rules.values():
        if rule.same_ingredient:
            rule_rows.append((rule.id, None, 0, None, None, rule.model_dump_json()))
        elif rule.is_pair_rule:
            a, b = rule.between
            rule_rows.append((rule.id, pair_key(a, b), 0, a, b, rule.model_dump_json()))
        else:
            a, b = rule.between
            rule_rows.append((rule.id, None, 1, a, b, rule.model_dump_json()))
    db.executemany("INSERT INTO rules VALUES (?, ?, ?, ?, ?, ?)", rule_rows)
    db.executemany(
        "INSERT INTO list_rules VALUES (?, ?)",
        ((r.id, r.model_dump_json()) for r in pack.list_rules.values()),
    )
    db.executemany(
        "INSERT INTO lasting_effects VALUES (?, ?)",
        ((e.id, e.model_dump_json()) for e in pack.lasting_effects.values()),
    )
    db.executemany(
        "INSERT INTO tag_facts VALUES (?, ?, ?)",
        (
            (tag, len(sets), " ".join(sorted(frozenset.intersection(*sets))))
            for tag, sets in sorted(carriers.items())
        ),
    )
    db.executemany(
        "INSERT INTO sources VALUES (?, ?)",
        ((s.id, s.model_dump_json()) for s in pack.sources.values()),
    )
    db.executemany(
        "INSERT INTO tags VALUES (?, ?)", ((t.id, t.model_dump_json()) for t in pack.tags.values())
    )
    db.executemany(
        "INSERT INTO numbers VALUES (?, ?)",
        ((n.country, n.model_dump_json()) for n in pack.emergency_numbers.values()),
    )
    db.commit()


def compile_in_memory(pack: DataPack, use_fts: bool) -> CompiledPack:
    db = sqlite3.connect(":memory:", check_same_thread=False)
    compile_into(pack, db, use_fts)
    return CompiledPack(db, pack.root, use_fts)


def cache_path(cache_dir: Path, digest: str) -> Path:
    return cache_dir / f"pack-{FORMAT_VERSION}-{__version__}-{digest[:32]}.sqlite"


def open_cached(root: Path, cache_dir: Path, use_fts: bool) -> CompiledPack:
    """Open the cache for this pack, building it first if it is missing or stale."""
    digest = manifest_digest(root)
    if digest is None:
        return compile_in_memory(load_pack(root), use_fts)
    path = cache_path(cache_dir, digest)
    if path.is_file():
        try:
            db = sqlite3.connect(
                f"{path.as_uri()}?mode=ro&immutable=1", uri=True, check_same_thread=False
            )
            meta = dict(db.execute("SELECT key, value FROM meta").fetchall())
            if meta.get("format") == FORMAT_VERSION and meta.get("fts") == (
                "1" if use_fts else "0"
            ):
                return CompiledPack(db, root, use_fts)
            db.close()
        except sqlite3.Error:
            pass  # a damaged cache is rebuilt below
    pack = load_pack(root)
    if pack.problems:
        return compile_in_memory(pack, use_fts)  # never cache a pack with problems
    cache_dir.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(dir=cache_dir, suffix=".tmp")
    os.close(handle)
    try:
        db = sqlite3.connect(temp_name)
        compile_into(pack, db, use_fts)
        db.close()
        os.replace(temp_name, path)
    except (OSError, sqlite3.Error):
        Path(temp_name).unlink(missing_ok=True)
        return compile_in_memory(pack, use_fts)
    for stale in cache_dir.glob("pack-*.sqlite"):
        if stale != path:
            stale.unlink(missing_ok=True)
    return open_cached(root, cache_dir, use_fts)
