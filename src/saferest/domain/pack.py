"""Loading and validating a data pack: TOML files -> checked, cross-referenced models.

A damaged pack never raises: every problem is collected with the file, entry and field it
concerns, broken entries are left out, and the rest of the pack stays usable.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from saferest.domain.line_words import only_form_words
from saferest.domain.models import (
    DEFAULT_LANGUAGE,
    PACK_FORMAT,
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
    SearchTopic,
    Source,
    Substance,
    Tag,
    class_key,
    pick_text,
    side_condition,
    side_tags,
)
from saferest.domain.text import name_key
from saferest.domain.vocabulary import NameKind, VocabularyWord
from saferest.locations import resource_dir
from saferest.safe_read import FileRefused, read_regular_file

MANIFEST_NAME = "manifest.toml"

MAX_PACK_FILE_BYTES = 8 * 1024 * 1024
"""One TOML file of a pack (the largest shipped file is under 100 KB; generated benchmark packs
put 500 entries in one file). A bigger file is reported and not parsed."""
MAX_TEXT_CHARS = 20_000
"""One text field of an entry, in one language (the longest shipped one is under 2,000)."""
MAX_NESTING = 16
"""Tables and lists inside one entry (shipped entries nest 6 deep)."""
MAX_NAME_CHARS = 200
"""A key or id as quoted in a problem message (ids themselves are validated to 80)."""

_KINDS: dict[str, type[BaseModel]] = {
    "source": Source,
    "tag": Tag,
    "class": DrugClass,
    "substance": Substance,
    "medication": Medication,
    "rule": Rule,
    "list_rule": ListRule,
    "lasting_effect": LastingEffect,
    "practice": Practice,
    "emergency": EmergencyTopic,
    "emergency_number": EmergencyNumber,
    "search_topic": SearchTopic,
    "word": VocabularyWord,
    "condition": Condition,
}

M = TypeVar("M", bound=BaseModel)


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with the pack, located precisely enough for a curator to fix it."""

    file: str
    entry: str
    field: str
    message: str

    def __str__(self) -> str:
        where = ": ".join(part for part in (self.file, self.entry, self.field) if part)
        return f"{where}: {self.message}"


class PackViews:
    """What a loaded pack and a compiled pack both offer, derived from their stores."""

    problems: list[Problem]
    manifest: Manifest | None
    emergency: Mapping[str, EmergencyTopic]
    substances: Mapping[str, Substance]
    medications: Mapping[str, Medication]
    practices: Mapping[str, Practice]
    classes: Mapping[str, DrugClass]
    """The class vocabulary, keyed by `class_key` of the English name."""

    @property
    def ok(self) -> bool:
        return not self.problems

    def class_name(self, name: str, lang: str) -> str:
        """A class as an entry writes it ('SSRI'), shown in `lang` ('ISRS').

        Without a translation the class is shown as the entry writes it; a class written with a
        capital keeps one in every language.
        """
        known = self.classes.get(class_key(name))
        if known is None:
            return name
        text, used = pick_text(known.name, lang)
        if used == DEFAULT_LANGUAGE:
            return name
        if name[:1].isupper() and not text[:1].isupper():
            return text[:1].upper() + text[1:]
        return text

    @property
    def data_version(self) -> str:
        return self.manifest.data_version if self.manifest else "unknown"

    def entries(self) -> Iterator[SearchableEntry]:
        """Every entry a person can search for, in a stable order."""
        yield from self.emergency.values()
        yield from self.substances.values()
        yield from self.medications.values()
        yield from self.practices.values()


@dataclass
class DataPack(PackViews):
    """Everything loaded from one data directory, indexed by id."""

    root: Path
    manifest: Manifest | None = None
    sources: dict[str, Source] = field(default_factory=dict)
    tags: dict[str, Tag] = field(default_factory=dict)
    classes: dict[str, DrugClass] = field(default_factory=dict)
    substances: dict[str, Substance] = field(default_factory=dict)
    medications: dict[str, Medication] = field(default_factory=dict)
    rules: dict[str, Rule] = field(default_factory=dict)
    list_rules: dict[str, ListRule] = field(default_factory=dict)
    lasting_effects: dict[str, LastingEffect] = field(default_factory=dict)
    practices: dict[str, Practice] = field(default_factory=dict)
    emergency: dict[str, EmergencyTopic] = field(default_factory=dict)
    emergency_numbers: dict[str, EmergencyNumber] = field(default_factory=dict)
    search_topics: dict[str, SearchTopic] = field(default_factory=dict)
    words: dict[str, VocabularyWord] = field(default_factory=dict)
    """Everyday vocabulary (resources/data/vocabulary/), by the word's first name."""
    conditions: dict[str, Condition] = field(default_factory=dict)
    """Health conditions and life stages a list may hold (resources/data/conditions/)."""
    problems: list[Problem] = field(default_factory=list)
    origin: dict[str, str] = field(default_factory=dict, repr=False)
    """Which file each entry, rule, source, tag and class came from (key is 'kind:id')."""

    def entry(self, entry_id: str) -> SearchableEntry | None:
        return (
            self.substances.get(entry_id)
            or self.medications.get(entry_id)
            or self.practices.get(entry_id)
            or self.emergency.get(entry_id)
        )

    def tag_closure(self, tag_ids: Iterable[str]) -> frozenset[str]:
        """The tags plus everything they imply, following 'implies' transitively."""
        seen: set[str] = set()
        stack = list(tag_ids)
        while stack:
            tag_id = stack.pop()
            if tag_id in seen:
                continue
            seen.add(tag_id)
            tag = self.tags.get(tag_id)
            if tag:
                stack.extend(tag.implies)
        return frozenset(seen)


def default_data_dir() -> Path:
    """The shipped pack: inside the installed package, or the checkout when run from source."""
    return resource_dir("data")


def entry_names(entry: SearchableEntry) -> list[str]:
    """Every name a person might type for an entry, in every language it has."""
    return [name for name, _ in entry_name_kinds(entry)]


def entry_name_kinds(entry: SearchableEntry) -> list[tuple[str, NameKind]]:
    """`entry_names` with how each counts when a list line is read (street names apart)."""
    names = list(entry.name.values()) + list(entry.aliases)
    if isinstance(entry, Substance | Medication):
        names += entry.misspellings + [b.name for b in entry.brands] + entry.ambiguous
    street = entry.street_names if isinstance(entry, Substance) else []
    return [(n, NameKind.NAME) for n in names] + [(n, NameKind.STREET) for n in street]


@dataclass(frozen=True)
class EntryRow:
    """One entry as a list row: enough to browse by kind, class or topic."""

    id: str
    kind: str
    form: str
    """generic, combination or food for medications; empty otherwise."""
    name: dict[str, str]
    classes: tuple[str, ...]
    topic: str
    order: int


_PARENTHESES = re.compile(r"\(([^()]*)\)")


def outer_names(entry: SearchableEntry) -> list[str]:
    """A display name without its brackets: 'Quinine (tablets)' gives 'Quinine'.

    Such a name ranks below explicit ones: it is used only when no entry claims it outright.
    """
    return [_PARENTHESES.sub(" ", n) for n in entry.name.values() if _PARENTHESES.search(n)]


def derived_names(entry: SearchableEntry) -> list[str]:
    """The parts in brackets of display names such as 'MAOIs (monoamine oxidase inhibitors)'.

    Each comma-separated part is a name for search only, and only when no entry claims it
    outright; a list line never reads it ('trazodone tablets' is not quinine).
    """
    found: list[str] = []
    for name in entry.name.values():
        for part in _PARENTHESES.findall(name):
            found += [p.strip() for p in re.split(r"[,;/]", part) if p.strip()]
    return found


def entry_text(entry: SearchableEntry, classes: Mapping[str, DrugClass] | None = None) -> str:
    """The searchable prose of an entry, in every language it has (its classes too)."""
    parts: list[str] = []

    def add_classes(names: list[str]) -> None:
        for name in names:
            parts.append(name)
            known = classes.get(class_key(name)) if classes is not None else None
            if known is not None:
                parts.extend(t for lang, t in known.name.items() if lang != DEFAULT_LANGUAGE)

    if isinstance(entry, Substance):
        parts += entry.summary.values()
        add_classes(entry.classes)
        for section in entry.sections:
            parts += section.title.values()
            parts += section.body.values()
        for claim in entry.claims:
            parts += claim.claim.values()
            parts += claim.explanation.values()
    elif isinstance(entry, Medication):
        add_classes(entry.classes)
        if entry.note:
            parts += entry.note.values()
    elif isinstance(entry, Practice):
        parts += entry.what.values()
        parts += entry.why.values()
    elif isinstance(entry, EmergencyTopic):
        for text in [*entry.signs, *entry.steps]:
            parts += text.values()
    return "\n".join(parts)


class PackFileError(Exception):
    """A pack file that is not read: not a regular file, too large, a link out, unreadable."""


def read_pack_file(path: Path, limit: int = MAX_PACK_FILE_BYTES) -> bytes:
    """The bytes of one regular pack file of at most `limit` bytes, or PackFileError.

    Opened without blocking and checked on the open file, so a FIFO or device planted in a pack
    is refused at once and a huge file is never read into memory.
    """
    try:
        return read_regular_file(path, limit)
    except FileRefused as exc:
        raise PackFileError(str(exc)) from exc
    except OSError as exc:
        raise PackFileError(f"cannot read: {exc.strerror or exc}") from exc


def read_pack_toml(path: Path) -> dict[str, Any]:
    """One pack file parsed, or PackFileError with a message for the curator (never a crash)."""
    try:
        text = read_pack_file(path).decode("utf-8")
    except UnicodeDecodeError as exc:
        raise PackFileError(f"cannot read: not UTF-8 ({exc.reason} at byte {exc.start})") from exc
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise PackFileError(f"not valid TOML: {exc}") from exc
    except RecursionError as exc:
        raise PackFileError("not valid TOML: nested too deeply") from exc


def file_digest(path: Path) -> str:
    return hashlib.sha256(read_pack_file(path)).hexdigest()


def unsafe_manifest_path(rel: str) -> str | None:
    """Why a path listed in a manifest may not be used, or None: only plain relative paths to
    TOML files inside the pack (no absolute paths, drive letters, '..' or backslashes)."""
    if not rel or "\\" in rel or "\x00" in rel or rel.startswith("/") or ":" in rel:
        return "not a relative path inside the pack"
    parts = rel.split("/")
    if any(part in ("", ".", "..") for part in parts):
        return "not a plain relative path inside the pack ('..', '.' or an empty part)"
    if not rel.endswith(".toml") or rel == MANIFEST_NAME:
        return "not a data file of the pack"
    return None


def outside_pack(root: Path, path: Path) -> bool:
    """Whether `path`, links followed, leads out of the pack directory."""
    try:
        return not path.resolve().is_relative_to(root.resolve())
    except (OSError, RuntimeError):  # a link loop
        return True


def data_files(root: Path) -> list[Path]:
    """The pack's TOML files other than the manifest, in a stable order."""
    found = []
    for path in root.rglob("*.toml"):
        if path.name == MANIFEST_NAME and path.parent == root:
            continue
        try:
            if path.is_file() or path.is_symlink():
                found.append(path)
        except OSError:
            found.append(path)  # reported when it cannot be read
    return sorted(found)


def build_manifest_text(root: Path, data_version: str, reviewed: str) -> str:
    """Manifest TOML for the files now in `root` (used by curators after an edit)."""
    lines = [
        f'data_version = "{data_version}"',
        f"reviewed = {reviewed}",
        "",
        "[files]",
    ]
    for path in data_files(root):
        rel = path.relative_to(root).as_posix()
        try:
            lines.append(f'"{rel}" = "{file_digest(path)}"')
        except PackFileError as exc:
            raise PackFileError(f"{rel}: {exc}") from exc
    return "\n".join(lines) + "\n"


def load_pack(root: Path | None = None) -> DataPack:
    """Load and cross-check the pack in `root` (default: the shipped one). Never raises."""
    root = root or default_data_dir()
    pack = DataPack(root=root)
    if not root.is_dir():
        pack.problems.append(Problem(str(root), "", "", "data directory not found"))
        return pack
    _load_manifest(pack)
    for path in data_files(root):
        _load_file(pack, path)
    _cross_check(pack)
    pack.problems.sort()
    return pack


def _rel(pack: DataPack, path: Path) -> str:
    return path.relative_to(pack.root).as_posix()


def _load_manifest(pack: DataPack) -> None:
    path = pack.root / MANIFEST_NAME
    try:
        present = path.is_file()
    except OSError:
        present = True  # let reading it report why it cannot be read
    if not present:
        pack.problems.append(Problem(MANIFEST_NAME, "", "", "manifest is missing"))
        return
    try:
        raw = read_pack_toml(path)
        pack.manifest = Manifest.model_validate(raw)
    except PackFileError as exc:
        pack.problems.append(Problem(MANIFEST_NAME, "", "", str(exc)))
        return
    except ValidationError as exc:
        pack.problems.extend(_validation_problems(MANIFEST_NAME, "manifest", exc))
        return
    if pack.manifest.pack_format > PACK_FORMAT:
        message = f"pack format {pack.manifest.pack_format} needs a newer SafeRest"
        pack.problems.append(Problem(MANIFEST_NAME, "", "pack_format", message))
    for rel, digest in pack.manifest.files.items():
        why = unsafe_manifest_path(rel)
        if why is not None:
            pack.problems.append(Problem(MANIFEST_NAME, "", rel, why))
            continue
        target = pack.root / rel
        if outside_pack(pack.root, target):
            pack.problems.append(Problem(MANIFEST_NAME, "", rel, "a link out of the pack"))
            continue
        try:
            if not target.is_file():
                pack.problems.append(Problem(MANIFEST_NAME, "", rel, "listed file is missing"))
            elif file_digest(target) != digest:
                pack.problems.append(
                    Problem(rel, "", "", "SHA-256 does not match the manifest (edited or damaged)")
                )
        except (OSError, PackFileError) as exc:
            pack.problems.append(Problem(rel, "", "", str(exc)))
    for path in data_files(pack.root):
        if _rel(pack, path) not in pack.manifest.files:
            pack.problems.append(Problem(_rel(pack, path), "", "", "file is not in the manifest"))


def _load_file(pack: DataPack, path: Path) -> None:
    rel = _rel(pack, path)
    if outside_pack(pack.root, path):
        pack.problems.append(Problem(rel, "", "", "a link out of the pack; not read"))
        return
    try:
        raw = read_pack_toml(path)
    except PackFileError as exc:
        pack.problems.append(Problem(rel, "", "", str(exc)))
        return
    if not raw:
        pack.problems.append(Problem(rel, "", "", "file has no entries"))
    for key, items in raw.items():
        model = _KINDS.get(key)
        if model is None:
            known = ", ".join(f"[[{k}]]" for k in _KINDS)
            pack.problems.append(
                Problem(rel, "", key[:MAX_NAME_CHARS], f"unknown kind; expected one of {known}")
            )
            continue
        if not isinstance(items, list):
            pack.problems.append(Problem(rel, "", key, f"write entries as [[{key}]] tables"))
            continue
        for index, item in enumerate(items):
            _add_item(pack, rel, key, model, index, item)


def _add_item(
    pack: DataPack, rel: str, key: str, model: type[BaseModel], index: int, item: Any
) -> None:
    label = _item_label(key, index, item)
    oversized = _oversized(item)
    if oversized is not None:
        pack.problems.append(Problem(rel, label, oversized[0], oversized[1]))
        return
    try:
        obj = model.model_validate(item)
    except ValidationError as exc:
        pack.problems.extend(_validation_problems(rel, label, exc))
        return
    store: dict[str, Any] = _store_for(pack, key)
    if isinstance(obj, EmergencyNumber):
        ident = obj.country
    elif isinstance(obj, DrugClass):
        ident = obj.key
    else:
        ident = getattr(obj, "id")  # noqa: B009
    origin_key = f"{_namespace(key)}:{ident}"
    if origin_key in pack.origin:
        fld, what = ("name", "class") if isinstance(obj, DrugClass) else ("id", "id")
        pack.problems.append(
            Problem(rel, ident, fld, f"duplicate {what}; also defined in {pack.origin[origin_key]}")
        )
        return
    pack.origin[origin_key] = rel
    store[ident] = obj


def _namespace(key: str) -> str:
    """Entries of every kind share one id space; rules, sources, tags... each have their own."""
    return "entry" if key in {"substance", "medication", "practice", "emergency"} else key


def stored_items(pack: DataPack) -> Iterator[tuple[str, str, str, BaseModel]]:
    """Every item loaded from the pack as (kind, file, label, item), kinds in a fixed order."""
    for key in _KINDS:
        for ident, item in _store_for(pack, key).items():
            label = item.name[DEFAULT_LANGUAGE] if isinstance(item, DrugClass) else ident
            yield key, pack.origin.get(f"{_namespace(key)}:{ident}", "?"), label, item


def _oversized(item: Any) -> tuple[str, str] | None:
    """(field, message) for the first text over MAX_TEXT_CHARS or nesting over MAX_NESTING.

    Checked before validation, so a planted 50 MB field never reaches the window.
    """
    stack: list[tuple[Any, str, int]] = [(item, "", 0)]
    while stack:
        value, where, depth = stack.pop()
        if depth > MAX_NESTING:
            return where or "(entry)", f"nested more than {MAX_NESTING} levels deep"
        if isinstance(value, str) and len(value) > MAX_TEXT_CHARS:
            return where or "(entry)", (
                f"text of {len(value)} characters; the limit is {MAX_TEXT_CHARS}"
            )
        if isinstance(value, dict):
            for key, child in value.items():
                if len(key) > MAX_NAME_CHARS:
                    return where or "(entry)", f"a key of {len(key)} characters"
                stack.append((child, f"{where}.{key}".lstrip("."), depth + 1))
        elif isinstance(value, list):
            for i, child in enumerate(value):
                stack.append((child, f"{where}[{i}]", depth + 1))
    return None


def _item_label(key: str, index: int, item: Any) -> str:
    if isinstance(item, dict):
        for name in ("id", "country"):
            if isinstance(item.get(name), str):
                return str(item[name])[:MAX_NAME_CHARS]
        if key == "class":
            written = item.get("name")
            english = written.get(DEFAULT_LANGUAGE) if isinstance(written, dict) else written
            if isinstance(english, str):
                return english[:MAX_NAME_CHARS]
        names = item.get("names")
        if isinstance(names, list) and names and isinstance(names[0], str):
            return (name_key(names[0]) or names[0])[:MAX_NAME_CHARS]
    return f"{key}[{index}]"


def _store_for(pack: DataPack, key: str) -> dict[str, Any]:
    stores: dict[str, dict[str, Any]] = {
        "source": pack.sources,
        "tag": pack.tags,
        "class": pack.classes,
        "substance": pack.substances,
        "medication": pack.medications,
        "rule": pack.rules,
        "list_rule": pack.list_rules,
        "lasting_effect": pack.lasting_effects,
        "practice": pack.practices,
        "emergency": pack.emergency,
        "emergency_number": pack.emergency_numbers,
        "search_topic": pack.search_topics,
        "word": pack.words,
        "condition": pack.conditions,
    }
    return stores[key]


def _validation_problems(rel: str, label: str, exc: ValidationError) -> list[Problem]:
    problems = []
    for error in exc.errors(include_url=False):
        loc = ""
        for part in error["loc"]:
            loc += f"[{part}]" if isinstance(part, int) else f".{part}"
        loc = loc.lstrip(".") or "(entry)"
        problems.append(Problem(rel, label, loc, error["msg"]))
    return problems


def _cross_check(pack: DataPack) -> None:
    problem = pack.problems.append

    def where(namespace: str, ident: str) -> str:
        return pack.origin.get(f"{namespace}:{ident}", "?")

    def check_sources(namespace: str, ident: str, fld: str, ids: Iterable[str]) -> None:
        for source_id in ids:
            if source_id not in pack.sources:
                problem(
                    Problem(where(namespace, ident), ident, fld, f"unknown source {source_id!r}")
                )

    def check_tags(namespace: str, ident: str, fld: str, ids: Iterable[str]) -> None:
        for tag_id in ids:
            if tag_id not in pack.tags:
                problem(Problem(where(namespace, ident), ident, fld, f"unknown tag {tag_id!r}"))

    for tag in pack.tags.values():
        check_tags("tag", tag.id, "implies", tag.implies)

    for card in pack.substances.values():
        check_sources("entry", card.id, "sources", card.sources)
        check_tags("entry", card.id, "tags", card.tags)
        for i, section in enumerate(card.sections):
            check_sources("entry", card.id, f"sections[{i}].sources", section.sources)
        for i, claim in enumerate(card.claims):
            check_sources("entry", card.id, f"claims[{i}].sources", claim.sources)

    for med in pack.medications.values():
        check_sources("entry", med.id, "sources", med.sources)
        check_tags("entry", med.id, "tags", med.tags)
        for ingredient in med.ingredients:
            target = pack.medications.get(ingredient) or pack.substances.get(ingredient)
            if target is None:
                problem(
                    Problem(
                        where("entry", med.id),
                        med.id,
                        "ingredients",
                        f"unknown ingredient {ingredient!r}",
                    )
                )
            elif isinstance(target, Medication) and target.form == "combination":
                problem(
                    Problem(
                        where("entry", med.id),
                        med.id,
                        "ingredients",
                        f"{ingredient!r} is itself a combination product",
                    )
                )
        if med.card is not None and med.card not in pack.substances:
            problem(
                Problem(
                    where("entry", med.id), med.id, "card", f"unknown substance card {med.card!r}"
                )
            )

    def check_sides(namespace: str, ident: str, fld: str, sides: Iterable[str]) -> None:
        for side in sides:
            tags = side_tags(side)
            condition = side_condition(side)
            if tags is not None:
                check_tags(namespace, ident, fld, sorted(tags))
            elif condition is not None:
                if condition not in pack.conditions:
                    problem(
                        Problem(where(namespace, ident), ident, fld, f"unknown condition {side!r}")
                    )
            elif side not in pack.substances and side not in pack.medications:
                problem(Problem(where(namespace, ident), ident, fld, f"unknown entry {side!r}"))

    for rule in pack.rules.values():
        check_sources("rule", rule.id, "sources", rule.sources)
        check_sides("rule", rule.id, "between", rule.between)
    _check_duplicate_rules(pack)
    for list_rule in pack.list_rules.values():
        check_sources("list_rule", list_rule.id, "sources", list_rule.sources)
        check_sides("list_rule", list_rule.id, "counts", list_rule.counts)
        for i, group in enumerate(list_rule.requires):
            check_sides("list_rule", list_rule.id, f"requires[{i}].of", group.of)
        if f"rule:{list_rule.id}" in pack.origin:
            problem(
                Problem(
                    where("list_rule", list_rule.id),
                    list_rule.id,
                    "id",
                    f"also the id of a pair rule in {where('rule', list_rule.id)}",
                )
            )
    for effect in pack.lasting_effects.values():
        check_sources("lasting_effect", effect.id, "sources", effect.sources)
        check_sides("lasting_effect", effect.id, "applies_to", effect.applies_to)

    for practice in pack.practices.values():
        check_sources("entry", practice.id, "sources", practice.sources)
    for topic in pack.emergency.values():
        check_sources("entry", topic.id, "sources", topic.sources)
    for number in pack.emergency_numbers.values():
        check_sources("emergency_number", number.country, "sources", number.sources)
    if pack.emergency_numbers and "default" not in pack.emergency_numbers:
        problem(Problem("", "emergency_number", "country", "no 'default' emergency number"))

    for condition in pack.conditions.values():
        check_sources("condition", condition.id, "sources", condition.sources)
        if pack.entry(condition.id) is not None:
            problem(
                Problem(
                    where("condition", condition.id),
                    condition.id,
                    "id",
                    "also the id of an entry; a condition needs an id of its own",
                )
            )

    _check_names(pack)
    _check_condition_names(pack)
    _check_classes(pack)
    _check_search_topics(pack)
    _check_words(pack)


def _check_classes(pack: DataPack) -> None:
    """Every class an entry shows has its words in the vocabulary, and every word is used."""
    used: set[str] = set()
    entries: list[Substance | Medication] = [*pack.substances.values(), *pack.medications.values()]
    for entry in entries:
        for name in entry.classes:
            key = class_key(name)
            used.add(key)
            if key not in pack.classes:
                pack.problems.append(
                    Problem(
                        pack.origin.get(f"entry:{entry.id}", "?"),
                        entry.id,
                        "classes",
                        f"class {name!r} has no [[class]] entry giving its name in each language",
                    )
                )
    for key in sorted(set(pack.classes) - used):
        pack.problems.append(
            Problem(
                pack.origin.get(f"class:{key}", "?"),
                pack.classes[key].name[DEFAULT_LANGUAGE],
                "name",
                "no entry has this class; remove it or correct its spelling",
            )
        )


def _check_search_topics(pack: DataPack) -> None:
    """A search term leads to entries that exist, and to one topic only."""
    claimed: dict[str, str] = {}
    for topic in pack.search_topics.values():
        where = pack.origin.get(f"search_topic:{topic.id}", "?")
        for entry_id in topic.entries:
            if pack.entry(entry_id) is None:
                pack.problems.append(
                    Problem(where, topic.id, "entries", f"unknown entry {entry_id!r}")
                )
        for term in topic.terms:
            key = name_key(term)
            if not key:
                pack.problems.append(
                    Problem(where, topic.id, "terms", f"term {term!r} has no letters or digits")
                )
            elif claimed.get(key, topic.id) != topic.id:
                pack.problems.append(
                    Problem(where, topic.id, "terms", f"{term!r} is also a term of {claimed[key]}")
                )
            else:
                claimed[key] = topic.id


def _check_duplicate_rules(pack: DataPack) -> None:
    """Two rules for the same sides would make the answer depend on file order."""
    seen: dict[tuple[str, ...], str] = {}
    for rule in pack.rules.values():
        key = ("same_ingredient",) if rule.same_ingredient else tuple(sorted(rule.between))
        if key in seen:
            pack.problems.append(
                Problem(
                    pack.origin.get(f"rule:{rule.id}", "?"),
                    rule.id,
                    "between",
                    f"same sides as rule {seen[key]!r}",
                )
            )
        else:
            seen[key] = rule.id


def _check_names(pack: DataPack) -> None:
    """A typed name must lead to one entry, unless every entry sharing it says it is ambiguous."""
    owners: dict[str, set[str]] = defaultdict(set)
    ambiguous_ok: dict[str, set[str]] = defaultdict(set)
    for entry in pack.entries():
        for name in entry_names(entry):
            key = name_key(name)
            if not key:
                pack.problems.append(
                    Problem(
                        pack.origin.get(f"entry:{entry.id}", "?"),
                        entry.id,
                        "aliases",
                        f"name {name!r} has no letters or digits",
                    )
                )
                continue
            owners[key].add(entry.id)
        for name in getattr(entry, "ambiguous", []):
            ambiguous_ok[name_key(name)].add(entry.id)
    for key, ids in sorted(ambiguous_ok.items()):
        if len(owners[key]) < 2:
            for entry_id in sorted(ids):
                pack.problems.append(
                    Problem(
                        pack.origin.get(f"entry:{entry_id}", "?"),
                        entry_id,
                        "ambiguous",
                        f"{key!r} is listed as ambiguous but no other entry uses that name",
                    )
                )
    for key, ids in sorted(owners.items()):
        if len(ids) > 1 and not ids <= ambiguous_ok[key]:
            unmarked = sorted(ids - ambiguous_ok[key])
            for entry_id in unmarked:
                others = ", ".join(sorted(ids - {entry_id}))
                pack.problems.append(
                    Problem(
                        pack.origin.get(f"entry:{entry_id}", "?"),
                        entry_id,
                        "aliases",
                        f"name {key!r} also belongs to {others}; list it under 'ambiguous' "
                        "in each entry if that is intended",
                    )
                )


def _check_condition_names(pack: DataPack) -> None:
    """A condition's names lead to it alone where a list line is read: never to a substance,
    a medication, a vocabulary word or another condition, and never only form or dose words.
    (A sleep practice or emergency topic may share one, 'seizures': a list line never reads
    those, and search never offers a condition.)"""
    taken: dict[str, str] = {}
    entries: list[Substance | Medication] = [*pack.substances.values(), *pack.medications.values()]
    for entry in entries:
        for name in entry_names(entry):
            taken.setdefault(name_key(name), f"entry {entry.id!r}")
    for word in pack.words.values():
        for name in word.names:
            taken.setdefault(name_key(name), f"vocabulary word {word.id!r}")
    for condition in pack.conditions.values():
        where = pack.origin.get(f"condition:{condition.id}", "?")
        for i, name in enumerate([*condition.name.values(), *condition.names]):
            key = name_key(name)
            fld = "name" if i < len(condition.name) else f"names[{i - len(condition.name)}]"
            if not key:
                message = f"name {name!r} has no letters or digits"
            elif only_form_words(key):
                message = f"{name!r} is only form, dose or number words, which are never names"
            elif taken.get(key, f"condition {condition.id!r}") != f"condition {condition.id!r}":
                message = f"{key!r} is also a name of {taken[key]}"
            else:
                taken[key] = f"condition {condition.id!r}"
                continue
            pack.problems.append(Problem(where, condition.id, fld, message))


def _check_words(pack: DataPack) -> None:
    """Vocabulary must lead to real entries, one way only, and never through a form word."""
    owners: dict[str, set[str]] = defaultdict(set)
    for entry in pack.entries():
        for name in entry_names(entry):
            owners[name_key(name)].add(entry.id)
    claimed: dict[str, str] = {}
    for word in pack.words.values():
        where = pack.origin.get(f"word:{word.id}", "?")

        def problem(fld: str, message: str, word_id: str = word.id, rel: str = where) -> None:
            pack.problems.append(Problem(rel, word_id, fld, message))

        for i, entry_id in enumerate(word.means):
            if entry_id not in pack.substances and entry_id not in pack.medications:
                problem(f"means[{i}]", f"unknown entry {entry_id!r}")
        for source_id in word.sources:
            if source_id not in pack.sources:
                problem("sources", f"unknown source {source_id!r}")
        means = set(word.means)
        for i, name in enumerate(word.names):
            key = name_key(name)
            fld = f"names[{i}]"
            if not key:
                problem(fld, f"name {name!r} has no letters or digits")
                continue
            if only_form_words(key):
                problem(fld, f"{name!r} is only form, dose or number words, which are never names")
            if key in claimed and claimed[key] != word.id:
                problem(fld, f"{key!r} is also a name in vocabulary word {claimed[key]!r}")
            claimed.setdefault(key, word.id)
            existing = owners.get(key, set())
            if not existing or existing == means or (word.ambiguous and existing <= means):
                continue
            others = ", ".join(sorted(existing))
            problem(
                fld,
                f"{key!r} already leads to {others}; use the same entry, or ambiguous = true "
                "with every entry it may mean",
            )
