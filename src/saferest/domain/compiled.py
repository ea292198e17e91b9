"""The compiled pack: a validated data pack as one SQLite database the engine reads from.

Validating TOML takes seconds once a pack grows large; reading a compiled database does not.
The database is built from a validated `DataPack`, either in memory (tests, the CLI, small packs)
or as a cache file keyed by the SHA-256 of the pack's manifest, so any edit to the pack (which
must update the manifest) makes a new cache. Entries are stored as JSON and turned back into
models only when someone asks for them.

A cache is trusted only when it cannot have been altered: its seal (a small file beside it)
records the manifest's SHA-256 and the SHA-256 of the cache file's bytes, both checked before
use (a mismatch rebuilds it; hashing the bytes is ten times faster than hashing rows), and a
cache file, seal or folder that is not the running user's own, or that others may write, is
never used.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sqlite3
import stat
import tempfile
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

from pydantic import BaseModel

from saferest import __version__
from saferest.domain.models import (
    CONDITION_PREFIX,
    Condition,
    DrugClass,
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
    PackFileError,
    PackViews,
    Problem,
    derived_names,
    entry_name_kinds,
    entry_text,
    load_pack,
    outer_names,
    read_pack_file,
)
from saferest.domain.text import name_key, normalize
from saferest.domain.vocabulary import NameKind, Topic

FORMAT_VERSION = "8"
"""Bumped whenever the schema changes: 5 (list rules, lasting effects, tag facts) and 6
(classes, search terms, vocabulary kinds) were made on two branches; 7 holds both; 8 adds
health conditions and their rules."""
log = logging.getLogger(__name__)

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
CREATE TABLE vocab(key TEXT PRIMARY KEY, display TEXT NOT NULL, owners TEXT NOT NULL,
                   kind TEXT NOT NULL, together INTEGER NOT NULL, drink INTEGER NOT NULL);
CREATE TABLE rules(id TEXT PRIMARY KEY, pair_key TEXT, is_tag_rule INTEGER NOT NULL,
                   side_a TEXT, side_b TEXT, json TEXT NOT NULL);
CREATE INDEX rules_pair ON rules(pair_key);
CREATE INDEX rules_side_a ON rules(side_a);
CREATE INDEX rules_side_b ON rules(side_b);
CREATE TABLE list_rules(id TEXT PRIMARY KEY, json TEXT NOT NULL);
CREATE TABLE conditions(id TEXT PRIMARY KEY, sort_order INTEGER NOT NULL, names TEXT NOT NULL,
                        json TEXT NOT NULL);
CREATE TABLE condition_rules(id TEXT PRIMARY KEY, condition TEXT NOT NULL, json TEXT NOT NULL);
CREATE TABLE lasting_effects(id TEXT PRIMARY KEY, json TEXT NOT NULL);
CREATE TABLE tag_facts(tag TEXT PRIMARY KEY, members INTEGER NOT NULL, implied TEXT NOT NULL);
CREATE TABLE sources(id TEXT PRIMARY KEY, json TEXT NOT NULL);
CREATE TABLE tags(id TEXT PRIMARY KEY, json TEXT NOT NULL);
CREATE TABLE classes(key TEXT PRIMARY KEY, json TEXT NOT NULL);
CREATE TABLE search_terms(key TEXT PRIMARY KEY, display TEXT NOT NULL, entries TEXT NOT NULL);
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
    try:
        return hashlib.sha256(read_pack_file(root / MANIFEST_NAME)).hexdigest()
    except PackFileError:
        return None


MANIFEST_KEY = "manifest_sha256"
CONTENT_KEY = "content_sha256"


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
        self.classes: Mapping[str, DrugClass] = LazyModels(self.db, DrugClass, "classes", key="key")
        self.rules: Mapping[str, Rule] = LazyModels(self.db, Rule, "rules")
        """Rules between entries and tags; rules about a condition are in `condition_rules`."""
        self.condition_rules: Mapping[str, Rule] = LazyModels(self.db, Rule, "condition_rules")
        self.conditions: Mapping[str, Condition] = LazyModels(self.db, Condition, "conditions")
        """In the order the window lists them (stored sorted by `order`, then id)."""
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
        """English names of every entry, and of every condition as `condition:<id>`."""
        names = dict(self.db.execute("SELECT id, name FROM entries"))
        for condition_id, localized in self.db.execute("SELECT id, names FROM conditions"):
            names[CONDITION_PREFIX + condition_id] = json.loads(localized)["en"]
        return names

    def localized_name(self, entry_id: str, lang: str) -> str:
        """An entry's name (or a condition's, for `condition:<id>`) in `lang`."""
        if entry_id.startswith(CONDITION_PREFIX):
            sql = "SELECT names FROM conditions WHERE id = ?"
            key = entry_id.removeprefix(CONDITION_PREFIX)
        else:
            sql, key = "SELECT names FROM entries WHERE id = ?", entry_id
        row = self.db.execute(sql, (key,)).fetchone()
        return pick_text(json.loads(row[0]), lang)[0] if row else entry_id

    def tag_facts(self) -> dict[str, TagFacts]:
        """For every tag carried by an entry: how many carry it, and what they all share."""
        return {
            tag: TagFacts(members, frozenset(implied.split()))
            for tag, members, implied in self.db.execute("SELECT * FROM tag_facts")
        }

    def completion_names(self, lang: str) -> list[str]:
        """What a person may pick while typing a list line: each substance's and medication's
        name in `lang` (English where it has none) and its brand names. Aliases, misspellings
        and other languages' names are left out (typed, they are still read)."""
        kinds = "kind IN ('substance', 'medication')"
        try:
            rows = self.db.execute(
                "SELECT names, (SELECT group_concat(json_extract(b.value, '$.name'), char(31)) "
                f"FROM json_each(entries.json, '$.brands') AS b) FROM entries WHERE {kinds}"
            ).fetchall()
            pairs = [(names, brands.split("\x1f") if brands else []) for names, brands in rows]
        except sqlite3.OperationalError:  # an SQLite without JSON functions
            pairs = [
                (names, [b["name"] for b in json.loads(data).get("brands", [])])
                for names, data in self.db.execute(f"SELECT names, json FROM entries WHERE {kinds}")
            ]
        found: set[str] = set()
        for names, brands in pairs:
            found.add(pick_text(json.loads(names), lang)[0])
            found.update(brands)
        return sorted(found, key=str.casefold)

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


_KIND_RANK = {NameKind.NAME: 3, NameKind.WORD: 2, NameKind.STREET: 1, NameKind.DERIVED: 0}


@dataclass
class NameRow:
    """One typed name in the compiled pack: the entries it leads to and how it counts."""

    display: str
    owners: set[str]
    kind: NameKind
    together: bool = False
    """The name means all its owners at once (a mix such as 'lean'), not one of them."""
    drink: bool = False
    """A drink or food: street names are not read beside it ('rum and coke')."""


def name_table(pack: DataPack) -> dict[str, NameRow]:
    """Every name key of the pack, from explicit names, display names and the vocabulary.

    Explicit names rank first; a display name without its brackets and the bracketed parts
    (search only) count only where no entry claims the name outright and one entry gives it.
    """
    table: dict[str, NameRow] = {}

    def add(key: str, name: str, entry_id: str, kind: NameKind) -> None:
        row = table.get(key)
        if row is None:
            table[key] = NameRow(name.strip(), {entry_id}, kind)
            return
        row.owners.add(entry_id)
        if _KIND_RANK[kind] > _KIND_RANK[row.kind]:
            row.kind = kind

    for entry in pack.entries():
        for name, kind in entry_name_kinds(entry):
            key = name_key(name)
            if key:
                add(key, name, entry.id, kind)
                if isinstance(entry, Medication) and entry.form == "food":
                    table[key].drink = True
    explicit = set(table)
    for secondary, kind in ((outer_names, NameKind.NAME), (derived_names, NameKind.DERIVED)):
        found: dict[str, tuple[str, set[str]]] = {}
        for entry in pack.entries():
            for name in secondary(entry):
                key = name_key(name)
                if key and key not in table:
                    found.setdefault(key, (name, set()))[1].add(entry.id)
        for key, (name, ids) in found.items():
            if len(ids) == 1:
                table[key] = NameRow(name.strip(), ids, kind)
    for word in pack.words.values():
        known = [m for m in word.means if m in pack.substances or m in pack.medications]
        if len(known) != len(word.means):
            continue  # a problem is already reported; never read half a word
        for name in word.names:
            key = name_key(name)
            if not key:
                continue
            row = table.get(key)
            if row is None or key not in explicit:
                row = table[key] = NameRow(name.strip(), set(), word.kind.name_kind)
            elif _KIND_RANK[word.kind.name_kind] > _KIND_RANK[row.kind]:
                row.kind = word.kind.name_kind
            row.owners.update(word.means)
            row.together = row.together or word.mix
            row.drink = row.drink or word.topic in (Topic.DRINK, Topic.FOOD)
    for condition in pack.conditions.values():
        item = CONDITION_PREFIX + condition.id
        for name in [*condition.name.values(), *condition.names]:
            key = name_key(name)
            row = table.get(key)
            if not key:
                continue
            if row is None:
                table[key] = NameRow(name.strip(), {item}, NameKind.NAME)
            elif not any(o in pack.substances or o in pack.medications for o in row.owners):
                # Shared with a sleep practice or emergency topic ('seizures'): a list line
                # reads only the condition, search only the entry. A clash with a medicine is
                # a problem the pack's own checks report; the medicine keeps the name.
                row.owners.add(item)
                row.kind = NameKind.NAME  # a condition's own name counts wherever it is
    return table


def compile_into(
    pack: DataPack, db: sqlite3.Connection, use_fts: bool, manifest_sha256: str = ""
) -> None:
    """Write a validated pack into an empty database, sealed with a digest of its content."""
    db.executescript(_SCHEMA + (_FTS_SCHEMA if use_fts else _PLAIN_TEXT_SCHEMA))
    meta = {
        "format": FORMAT_VERSION,
        "saferest": __version__,
        "fts": "1" if use_fts else "0",
        "manifest": pack.manifest.model_dump_json() if pack.manifest else "",
        MANIFEST_KEY: manifest_sha256,
    }
    db.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
    db.executemany(
        "INSERT INTO problems VALUES (?, ?, ?, ?)",
        [(p.file, p.entry, p.field, p.message) for p in pack.problems],
    )
    rows = []
    carriers: dict[str, list[frozenset[str]]] = {}
    texts = []
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
        texts.append((entry.id, entry_text(entry, pack.classes)))
    names = name_table(pack)
    db.executemany("INSERT INTO entries VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    vocab = sorted(names)
    db.executemany(
        "INSERT INTO vocab VALUES (?, ?, ?, ?, ?, ?)",
        (
            (
                k,
                names[k].display,
                " ".join(sorted(names[k].owners)),
                names[k].kind.value,
                int(names[k].together),
                int(names[k].drink),
            )
            for k in vocab
        ),
    )
    if use_fts:
        db.executemany("INSERT INTO vocab_fts(rowid, key) VALUES (?, ?)", enumerate(vocab, 1))
        db.executemany("INSERT INTO body_fts(entry_id, text) VALUES (?, ?)", texts)
    else:
        db.executemany(
            "INSERT INTO body_text VALUES (?, ?)", ((eid, normalize(text)) for eid, text in texts)
        )
    rule_rows: list[tuple[str, str | None, int, str | None, str | None, str]] = []
    condition_rows: list[tuple[str, str, str]] = []
    for rule in pack.rules.values():
        if rule.condition is not None:
            condition_rows.append((rule.id, rule.condition, rule.model_dump_json()))
        elif rule.same_ingredient:
            rule_rows.append((rule.id, None, 0, None, None, rule.model_dump_json()))
        elif rule.is_pair_rule:
            a, b = rule.between
            rule_rows.append((rule.id, pair_key(a, b), 0, a, b, rule.model_dump_json()))
        else:
            a, b = rule.between
            rule_rows.append((rule.id, None, 1, a, b, rule.model_dump_json()))
    db.executemany("INSERT INTO rules VALUES (?, ?, ?, ?, ?, ?)", rule_rows)
    db.executemany("INSERT INTO condition_rules VALUES (?, ?, ?)", condition_rows)
    db.executemany(
        "INSERT INTO conditions VALUES (?, ?, ?, ?)",
        (
            (c.id, c.order, json.dumps(c.name), c.model_dump_json())
            for c in sorted(pack.conditions.values(), key=lambda c: (c.order, c.id))
        ),
    )
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
        "INSERT INTO classes VALUES (?, ?)",
        ((key, c.model_dump_json()) for key, c in pack.classes.items()),
    )
    db.executemany(
        "INSERT OR IGNORE INTO search_terms VALUES (?, ?, ?)",  # the first topic keeps a term
        (
            (name_key(term), term, " ".join(topic.entries))
            for topic in pack.search_topics.values()
            for term in topic.terms
            if name_key(term)
        ),
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


def default_cache_dir() -> Path:
    """The desktop app's cache of the compiled pack (kiosks use only what the admin allows)."""
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("SafeRest", appauthor=False))


def untrusted(path: Path, is_dir: bool) -> str | None:
    """Why a cache file or folder may have been altered by someone else, or None.

    Trusted only when it is the running user's own and no one else may write it (POSIX). A file
    must also be a regular file, not a link.
    """
    try:
        info = os.stat(path) if is_dir else os.lstat(path)
    except OSError as exc:
        return f"cannot check it: {exc.strerror or exc}"
    if is_dir and not stat.S_ISDIR(info.st_mode):
        return "it is not a folder"
    if not is_dir and not stat.S_ISREG(info.st_mode):
        return "it is not a regular file"
    if os.name != "posix":
        return None
    if info.st_uid != os.geteuid():
        return f"it belongs to another user (uid {info.st_uid})"
    if info.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        return "other users may write it"
    return None


def seal_path(path: Path) -> Path:
    """Where the seal of the cache at `path` is kept."""
    return path.with_name(path.name + ".seal")


def bytes_digest(path: Path) -> str:
    """SHA-256 of a file's bytes, read through a descriptor that never follows a link."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    with os.fdopen(fd, "rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


def _seal_text(manifest_sha256: str, content_sha256: str) -> str:
    return json.dumps(
        {
            "format": FORMAT_VERSION,
            MANIFEST_KEY: manifest_sha256,
            CONTENT_KEY: content_sha256,
        }
    )


def check_cache_file(path: Path, digest: str, use_fts: bool | None = None) -> str | None:
    """Why the cache file at `path` may not be used for the pack whose manifest has `digest`,
    or None when it may. Checks who may write it and its seal, the manifest digest and the
    content digest the seal records, and the format the cache itself records."""
    seal = seal_path(path)
    why = (
        untrusted(path.parent, is_dir=True)
        or untrusted(path, is_dir=False)
        or untrusted(seal, is_dir=False)
    )
    if why is not None:
        return why
    try:
        fd = os.open(seal, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
        with os.fdopen(fd, "rb") as handle:
            recorded = json.loads(handle.read(4096).decode("utf-8"))
        content = bytes_digest(path)
    except (OSError, ValueError) as exc:
        return f"its seal cannot be read ({exc})"
    if not isinstance(recorded, dict) or recorded.get(MANIFEST_KEY) != digest:
        return "made for another manifest"
    if recorded.get(CONTENT_KEY) != content:
        return "its content does not match the digest in its seal (edited or damaged)"
    try:
        db = sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True)
        try:
            return _check_meta(db, digest, use_fts)
        finally:
            db.close()
    except sqlite3.Error as exc:
        return f"not a readable cache ({exc})"


def _check_meta(db: sqlite3.Connection, digest: str, use_fts: bool | None) -> str | None:
    meta = dict(db.execute("SELECT key, value FROM meta").fetchall())
    if meta.get("format") != FORMAT_VERSION:
        return "made by another version of SafeRest"
    if use_fts is not None and meta.get("fts") != ("1" if use_fts else "0"):
        return "made for another search engine"
    if meta.get(MANIFEST_KEY) != digest:
        return "made for another manifest"
    return None


def _open_sealed(path: Path, root: Path, digest: str, use_fts: bool) -> CompiledPack | None:
    """The cache at `path` when every check passes, else None."""
    if check_cache_file(path, digest, use_fts) is not None:
        return None
    try:
        db = sqlite3.connect(
            f"{path.as_uri()}?mode=ro&immutable=1", uri=True, check_same_thread=False
        )
        return CompiledPack(db, root, use_fts)
    except sqlite3.Error:
        return None


def _write_private(directory: Path, target: Path, write: Callable[[str], object]) -> None:
    """Write a file through `write(temp_name)` beside `target`, then put it in place."""
    handle, temp_name = tempfile.mkstemp(dir=directory, suffix=".tmp")  # mode 0600
    os.close(handle)
    try:
        write(temp_name)
        os.replace(temp_name, target)  # replaces an altered file (or a link) with ours
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise


def _prepare_cache_dir(cache_dir: Path) -> bool:
    """Create the folder private to this user if missing; whether it may hold a cache."""
    try:
        cache_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError:
        return False
    return untrusted(cache_dir, is_dir=True) is None


def open_cached(root: Path, cache_dir: Path, use_fts: bool) -> CompiledPack:
    """Open the cache for this pack, building it first if it is missing, stale or altered.

    A cache folder that is not trusted is not used at all: the pack is compiled in memory.
    """
    digest = manifest_digest(root)
    if digest is None or not _prepare_cache_dir(cache_dir):
        return compile_in_memory(load_pack(root), use_fts)
    path = cache_path(cache_dir, digest)
    if os.path.lexists(path):
        compiled = _open_sealed(path, root, digest, use_fts)
        if compiled is not None:
            return compiled
    pack = load_pack(root)
    if pack.problems:
        log.warning("data pack has problems: compiled in memory, not cached")
        return compile_in_memory(pack, use_fts)  # never cache a pack with problems
    log.info("building the compiled data cache %s", path)

    def build(name: str) -> None:
        db = sqlite3.connect(name)
        try:
            compile_into(pack, db, use_fts, digest)
        finally:
            db.close()

    try:
        _write_private(cache_dir, path, build)
        seal = _seal_text(digest, bytes_digest(path))
        _write_private(cache_dir, seal_path(path), lambda name: Path(name).write_text(seal))
    except (OSError, sqlite3.Error):
        return compile_in_memory(pack, use_fts)
    for stale in [*cache_dir.glob("pack-*.sqlite"), *cache_dir.glob("pack-*.sqlite.seal")]:
        if stale not in (path, seal_path(path)):
            stale.unlink(missing_ok=True)
    compiled = _open_sealed(path, root, digest, use_fts)
    return compiled if compiled is not None else compile_in_memory(pack, use_fts)


def cache_problems(root: Path, cache_dir: Path) -> list[Problem]:
    """What `data validate` says about the cache of this pack in `cache_dir` (none: fine or
    absent). The app never uses such a cache; it rebuilds it or compiles in memory."""
    digest = manifest_digest(root)
    if digest is None or not cache_dir.exists():
        return []
    why_dir = untrusted(cache_dir, is_dir=True)
    if why_dir is not None:
        return [Problem(str(cache_dir), "", "", f"cache folder not used: {why_dir}")]
    path = cache_path(cache_dir, digest)
    if not os.path.lexists(path) or not os.path.lexists(seal_path(path)):
        return []  # none yet, or one from an older SafeRest without a seal: simply rebuilt
    why = check_cache_file(path, digest)
    if why is None:
        return []
    return [Problem(str(path), "", "", f"compiled cache not used: {why}; the app rebuilds it")]
