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
    side_tags,
)
from saferest.domain.text import name_key
from saferest.locations import resource_dir

MANIFEST_NAME = "manifest.toml"

_KINDS: dict[str, type[BaseModel]] = {
    "source": Source,
    "tag": Tag,
    "substance": Substance,
    "medication": Medication,
    "rule": Rule,
    "list_rule": ListRule,
    "lasting_effect": LastingEffect,
    "practice": Practice,
    "emergency": EmergencyTopic,
    "emergency_number": EmergencyNumber,
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

    @property
    def ok(self) -> bool:
        return not self.problems

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
    substances: dict[str, Substance] = field(default_factory=dict)
    medications: dict[str, Medication] = field(default_factory=dict)
    rules: dict[str, Rule] = field(default_factory=dict)
    list_rules: dict[str, ListRule] = field(default_factory=dict)
    lasting_effects: dict[str, LastingEffect] = field(default_factory=dict)
    practices: dict[str, Practice] = field(default_factory=dict)
    emergency: dict[str, EmergencyTopic] = field(default_factory=dict)
    emergency_numbers: dict[str, EmergencyNumber] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    origin: dict[str, str] = field(default_factory=dict, repr=False)
    """Which file each entry, rule, source and tag came from (key is 'kind:id')."""

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
    names = list(entry.name.values()) + list(entry.aliases)
    if isinstance(entry, Substance | Medication):
        names += entry.misspellings + [b.name for b in entry.brands] + entry.ambiguous
    if isinstance(entry, Substance):
        names += entry.street_names
    return names


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


def derived_names(entry: SearchableEntry) -> list[str]:
    """Names implied by display names such as 'MAOIs (monoamine oxidase inhibitors)'.

    The part before the brackets and each comma-separated part inside them are names too.
    They rank below explicit names: the index only uses one when no entry claims it outright.
    """
    found: list[str] = []
    for name in entry.name.values():
        inner = _PARENTHESES.findall(name)
        if not inner:
            continue
        found.append(_PARENTHESES.sub(" ", name))
        for part in inner:
            found += [p for p in re.split(r"[,;/]", part) if p.strip()]
    return found


def entry_text(entry: SearchableEntry) -> str:
    """The searchable prose of an entry, in every language it has."""
    parts: list[str] = []
    if isinstance(entry, Substance):
        parts += entry.summary.values()
        parts += entry.classes
        for section in entry.sections:
            parts += section.title.values()
            parts += section.body.values()
        for claim in entry.claims:
            parts += claim.claim.values()
            parts += claim.explanation.values()
    elif isinstance(entry, Medication):
        parts += entry.classes
        if entry.note:
            parts += entry.note.values()
    elif isinstance(entry, Practice):
        parts += entry.what.values()
        parts += entry.why.values()
    elif isinstance(entry, EmergencyTopic):
        for text in [*entry.signs, *entry.steps]:
            parts += text.values()
    return "\n".join(parts)


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def data_files(root: Path) -> list[Path]:
    """The pack's TOML files other than the manifest, in a stable order."""
    return sorted(p for p in root.rglob("*.toml") if p.name != MANIFEST_NAME and p.is_file())


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
        lines.append(f'"{rel}" = "{file_digest(path)}"')
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
    if not path.is_file():
        pack.problems.append(Problem(MANIFEST_NAME, "", "", "manifest is missing"))
        return
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
        pack.manifest = Manifest.model_validate(raw)
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        pack.problems.append(Problem(MANIFEST_NAME, "", "", f"cannot read: {exc}"))
        return
    except ValidationError as exc:
        pack.problems.extend(_validation_problems(MANIFEST_NAME, "manifest", exc))
        return
    for rel, digest in pack.manifest.files.items():
        target = pack.root / rel
        if not target.is_file():
            pack.problems.append(Problem(MANIFEST_NAME, "", rel, "listed file is missing"))
        elif file_digest(target) != digest:
            pack.problems.append(
                Problem(rel, "", "", "SHA-256 does not match the manifest (edited or damaged)")
            )
    for path in data_files(pack.root):
        if _rel(pack, path) not in pack.manifest.files:
            pack.problems.append(Problem(_rel(pack, path), "", "", "file is not in the manifest"))


def _load_file(pack: DataPack, path: Path) -> None:
    rel = _rel(pack, path)
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        pack.problems.append(Problem(rel, "", "", f"cannot read: {exc}"))
        return
    except tomllib.TOMLDecodeError as exc:
        pack.problems.append(Problem(rel, "", "", f"not valid TOML: {exc}"))
        return
    if not raw:
        pack.problems.append(Problem(rel, "", "", "file has no entries"))
    for key, items in raw.items():
        model = _KINDS.get(key)
        if model is None:
            known = ", ".join(f"[[{k}]]" for k in _KINDS)
            pack.problems.append(Problem(rel, "", key, f"unknown kind; expected one of {known}"))
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
    try:
        obj = model.model_validate(item)
    except ValidationError as exc:
        pack.problems.extend(_validation_problems(rel, label, exc))
        return
    store: dict[str, Any] = _store_for(pack, key)
    ident = obj.country if isinstance(obj, EmergencyNumber) else getattr(obj, "id")  # noqa: B009
    namespace = "entry" if key in {"substance", "medication", "practice", "emergency"} else key
    origin_key = f"{namespace}:{ident}"
    if origin_key in pack.origin:
        pack.problems.append(
            Problem(rel, ident, "id", f"duplicate id; also defined in {pack.origin[origin_key]}")
        )
        return
    pack.origin[origin_key] = rel
    store[ident] = obj


def _item_label(key: str, index: int, item: Any) -> str:
    if isinstance(item, dict):
        for name in ("id", "country"):
            if isinstance(item.get(name), str):
                return str(item[name])
    return f"{key}[{index}]"


def _store_for(pack: DataPack, key: str) -> dict[str, Any]:
    stores: dict[str, dict[str, Any]] = {
        "source": pack.sources,
        "tag": pack.tags,
        "substance": pack.substances,
        "medication": pack.medications,
        "rule": pack.rules,
        "list_rule": pack.list_rules,
        "lasting_effect": pack.lasting_effects,
        "practice": pack.practices,
        "emergency": pack.emergency,
        "emergency_number": pack.emergency_numbers,
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
            if tags is not None:
                check_tags(namespace, ident, fld, sorted(tags))
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

    _check_names(pack)


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
