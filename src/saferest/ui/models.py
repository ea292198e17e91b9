"""Item models over domain objects: the medication list, search hits, browse tree, check results."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QApplication, QStyle

from saferest.domain.engine import Engine
from saferest.domain.limits import MAX_ITEMS
from saferest.domain.medication_list import AddOutcome, ItemStatus, ListItem, MedicationList
from saferest.domain.medlist import ParsedLine, ResolvedItem
from saferest.domain.models import pick_text
from saferest.domain.pack import EntryRow
from saferest.domain.search import SearchHit
from saferest.domain.text import fold
from saferest.ui.conditions import condition_tag, conditions_ruled_out  # conditions hook (issue 18)
from saferest.ui.i18n import entry_name
from saferest.ui.tree_model import ROOT, ModelIndex, NodeTreeModel

D = Qt.ItemDataRole


class Role(IntEnum):
    ENTRY_ID = Qt.ItemDataRole.UserRole + 1
    KIND = Qt.ItemDataRole.UserRole + 2
    BADGE = Qt.ItemDataRole.UserRole + 3
    URL = Qt.ItemDataRole.UserRole + 4
    SEVERITY = Qt.ItemDataRole.UserRole + 5
    NODE = Qt.ItemDataRole.UserRole + 6
    PARSED = Qt.ItemDataRole.UserRole + 7
    STATUS = Qt.ItemDataRole.UserRole + 8


translate = QCoreApplication.translate


KIND_ORDER_FOR_BADGES = ("emergency", "substance", "medication", "practice")


def kind_badge(kind: str) -> str:
    badges = {
        "emergency": translate("Kind", "EMERGENCY"),
        "substance": translate("Kind", "SUBSTANCE"),
        "medication": translate("Kind", "MEDICATION"),
        "practice": translate("Kind", "SLEEP PRACTICE"),
    }
    return badges.get(kind, kind.upper())


def kind_group(kind: str, count: int) -> str:
    groups = {
        "emergency": translate("Kind", "Emergency (%n)", None, count),
        "substance": translate("Kind", "Substances (%n)", None, count),
        "medication": translate("Kind", "Medications (%n)", None, count),
        "practice": translate("Kind", "Sleep practices (%n)", None, count),
    }
    return groups.get(kind, f"{kind} ({count})")


def std_icon(pixmap: QStyle.StandardPixmap) -> Any:
    return QApplication.style().standardIcon(pixmap)


# -- the medication list ------------------------------------------------------------------------


class MedicationListModel(QAbstractListModel):
    """'My medications': each row is one line as the person typed it, with how it was read.

    The list itself and its rules (duplicates, caps, status) live in the domain's
    MedicationList; this model keeps each line's reading beside it for the views.
    """

    listChanged = Signal()

    MAX_ROWS = MAX_ITEMS

    def __init__(
        self,
        engine: Engine,
        parent: QObject | None = None,
        lang: str = "en",
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self._engine = engine
        self._lang = lang
        self.today = today
        """The day relative words ('2 weeks ago') count back from; the domain never reads it."""
        self._list = MedicationList()
        self._lines: list[ParsedLine] = []

    def _read(self, item: ListItem) -> ParsedLine:
        return self._engine.read_item(item, self.today())

    def set_lang(self, lang: str) -> None:
        """Names and notes in another language; the rows themselves stay as they are."""
        self._lang = lang
        if self._lines:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._lines) - 1, 0))

    # -- reading ----------------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def data(self, index: ModelIndex, role: int = D.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._lines) or index.column() != 0:
            return None
        line = self._lines[index.row()]
        if role == D.DisplayRole:
            return self.describe(line)
        if role == D.EditRole:
            return line.input
        if role in (D.ToolTipRole, D.AccessibleTextRole):
            return self.describe(line, full=True)
        if role == D.DecorationRole:
            return std_icon(
                QStyle.StandardPixmap.SP_DialogApplyButton
                if self.status(line) == "recognised"
                else QStyle.StandardPixmap.SP_MessageBoxWarning
            )
        if role == Role.PARSED:
            return line
        if role == Role.STATUS:
            return self.status(line)
        return None

    @staticmethod
    def status(line: ParsedLine) -> str:
        if line.origin == "not_checked":
            return "set_aside"
        if not line.unresolved:
            return "recognised"
        if line.resolved:
            return "partial"
        if all(item.reason == "ambiguous" for item in line.unresolved):
            return "ambiguous"
        return "not_recognised"

    def resolved_names(self, line: ParsedLine, items: Sequence[ResolvedItem] | None = None) -> str:
        names = []
        for item in line.resolved if items is None else items:
            name = entry_name(self._engine, item.entry_id, self._lang)
            parts = self._engine.ingredients(item.entry_id)
            if parts:
                inside = ", ".join(entry_name(self._engine, p, self._lang) for p in parts)
                name += f" ({inside})"
            if item.status is not ItemStatus.TAKING:
                name += f" ({use_note(item)})"
            name += condition_tag(item.entry_id)  # conditions hook (issue 18)
            names.append(name)
        return ", ".join(names)

    def describe(self, line: ParsedLine, full: bool = False) -> str:
        text = line.input.strip()
        parts: list[str] = []
        if line.resolved:
            read_as = translate("MedicationList", "read as %1")
            if line.origin == "corrected":
                read_as = translate("MedicationList", "read as %1 (your choice)")
            parts.append(read_as.replace("%1", self.resolved_names(line)))
        # conditions hook (issue 18): "does not apply: Pregnancy", apart from medicines
        not_taken_items, ruled_out = conditions_ruled_out(self._engine, line, self._lang)
        if not_taken_items:
            not_taken = translate("MedicationList", "not taken: %1")
            parts.append(not_taken.replace("%1", self.resolved_names(line, not_taken_items)))
        if ruled_out:
            parts.append(ruled_out)
        for item in line.unresolved:
            if item.reason == "set_aside":
                parts.append(translate("MedicationList", "not checked (your choice)"))
            elif item.reason == "ambiguous":
                options = translate("MedicationList", " or ").join(s.name for s in item.suggestions)
                parts.append(
                    translate("MedicationList", "“%1” matches more than one entry: %2")
                    .replace("%1", item.text)
                    .replace("%2", options)
                )
            else:
                message = translate("MedicationList", "“%1” not recognised, not checked").replace(
                    "%1", item.text
                )
                if full and item.suggestions:
                    message += translate("MedicationList", "; did you mean %1?").replace(
                        "%1", ", ".join(s.name for s in item.suggestions)
                    )
                parts.append(message)
        return f"{text} — " + "; ".join(parts) if parts else text

    def lines(self) -> list[ParsedLine]:
        return list(self._lines)

    def inputs(self) -> list[str]:
        return self._list.texts()

    def items(self) -> list[ListItem]:
        return list(self._list.items)

    def line(self, row: int) -> ParsedLine:
        return self._lines[row]

    def item(self, row: int) -> ListItem:
        return self._list[row]

    # -- changing ---------------------------------------------------------------------------

    def add_lines(self, texts: Iterable[str]) -> AddOutcome:
        first = len(self._list)
        outcome = self._list.add_texts(texts)
        if outcome.added:
            new = [self._read(self._list[row]) for row in outcome.added]
            self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
            self._lines.extend(new)
            self.endInsertRows()
            self.listChanged.emit()
        return outcome

    def set_items(self, items: Sequence[ListItem]) -> None:
        """Replace the whole list (restoring a saved list), reading each line afresh."""
        self.beginResetModel()
        self._list = MedicationList(items)
        self._lines = [self._read(item) for item in self._list.items]
        self.endResetModel()
        self.listChanged.emit()

    def remove_row(self, row: int) -> None:
        if not 0 <= row < len(self._lines):
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        self._list.remove(row)
        del self._lines[row]
        self.endRemoveRows()
        self.listChanged.emit()

    def clear(self) -> None:
        if not self._lines:
            return
        self.beginResetModel()
        self._list.clear()
        self._lines = []
        self.endResetModel()
        self.listChanged.emit()

    def set_status(self, row: int, status: ItemStatus, stopped_on: dt.date | None = None) -> None:
        """Mark a line taking, as needed, or stopped (on a date): it is re-read and re-checked."""
        if not 0 <= row < len(self._lines):
            return
        item = self._list[row]
        if (item.status, item.stopped_on) == (status, stopped_on):
            return
        self._lines[row] = self._read(self._list.set_status(row, status, stopped_on))
        index = self.index(row, 0)
        self.dataChanged.emit(index, index)
        self.listChanged.emit()

    def replace_text(self, row: int, text: str) -> None:
        """Retype one line; a text that could not go on the list raises ItemRejected."""
        if not 0 <= row < len(self._lines):
            return
        self._lines[row] = self._read(self._list.replace_text(row, text))
        index = self.index(row, 0)
        self.dataChanged.emit(index, index)
        self.listChanged.emit()

    def set_reading(self, row: int, reading: tuple[str, ...] | None) -> None:
        """The person's own reading of a line ("not this?"): entry ids, () to set it aside,
        None to go back to the reading of the words. Saved with the list."""
        if not 0 <= row < len(self._lines):
            return
        self._lines[row] = self._read(self._list.set_reading(row, reading))
        index = self.index(row, 0)
        self.dataChanged.emit(index, index)
        self.listChanged.emit()


def use_note(item: ResolvedItem) -> str:
    """'as needed', 'stopped' or 'stopped 2026-11-26', for an item that is not simply taken."""
    if item.status is ItemStatus.AS_NEEDED:
        return translate("MedicationList", "as needed")
    if item.stopped_on is not None:
        return translate("MedicationList", "stopped %1").replace("%1", item.stopped_on.isoformat())
    return translate("MedicationList", "stopped")


# -- search results -------------------------------------------------------------------------


class SearchResultsModel(NodeTreeModel):
    """Hits grouped by kind; groups are ordered by their best hit, so the best hit comes first."""

    def __init__(
        self, parent: QObject | None = None, engine: Engine | None = None, lang: str = "en"
    ) -> None:
        super().__init__(parent)
        self.hits: list[SearchHit] = []
        self._engine = engine
        self._lang = lang

    def _name(self, hit: SearchHit) -> str:
        if self._engine is None:
            return hit.name
        return entry_name(self._engine, hit.entry_id, self._lang)

    def set_hits(self, hits: Sequence[SearchHit]) -> None:
        self.beginResetModel()
        self._clear_nodes()
        self.hits = list(hits)
        order: list[str] = []
        for hit in hits:
            if hit.kind not in order:
                order.append(hit.kind)
        for kind in order:
            members = [h for h in hits if h.kind == kind]
            group = self._add(
                ROOT,
                {
                    D.DisplayRole: kind_group(kind, len(members)),
                    Role.KIND: kind,
                    Role.NODE: "group",
                },
                selectable=False,
            )
            for hit in members:
                label = self._name(hit)
                why = ""
                if hit.matched == "text":
                    why = translate("Search", "found in the text")
                elif fold(hit.matched) not in (fold(hit.name), fold(label)):
                    why = translate("Search", "matches “%1”").replace("%1", hit.matched)
                self._add(
                    group,
                    {
                        D.DisplayRole: f"{label} ({why})" if why else label,
                        D.ToolTipRole: f"{kind_badge(kind)}: {label}"
                        + (f" — {why}" if why else ""),
                        D.AccessibleTextRole: f"{label}, {kind_badge(kind).lower()}"
                        + (f", {why}" if why else ""),
                        Role.ENTRY_ID: hit.entry_id,
                        Role.KIND: hit.kind,
                        Role.BADGE: kind_badge(hit.kind),
                        Role.NODE: "hit",
                    },
                )
        self.endResetModel()

    def first_hit_index(self) -> QModelIndex:
        group = self.index(0, 0)
        return self.index(0, 0, group) if group.isValid() else QModelIndex()


# -- browse tree ----------------------------------------------------------------------------

PRACTICE_TOPICS = ["cbt_i", "sleep_hygiene", "sleep_aids", "substances_and_sleep", "see_a_doctor"]


def class_label(engine: Engine, cls: str, lang: str) -> str:
    """A medication class as the entry names it, in `lang` from the pack's class vocabulary."""
    return engine.class_name(cls, lang)


def practice_topic_label(topic: str) -> str:
    labels = {
        "cbt_i": translate("Browse", "CBT-I: therapy for insomnia (works best)"),
        "sleep_hygiene": translate("Browse", "Sleep habits"),
        "sleep_aids": translate("Browse", "Sleep aids"),
        "substances_and_sleep": translate("Browse", "Substances and sleep"),
        "see_a_doctor": translate("Browse", "When to see a doctor"),
    }
    return labels.get(topic, topic)


class BrowseModel(NodeTreeModel):
    """All substances, medications by class, sleep practices by topic (CBT-I first), emergency."""

    def __init__(self, engine: Engine, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._engine = engine
        self._lang = lang
        self.rebuild()

    def _entry(self, parent: int, entry_id: str, name: str, kind: str, badge: str) -> None:
        self._add(
            parent,
            {
                D.DisplayRole: name,
                D.AccessibleTextRole: f"{name}, {badge.lower()}",
                Role.ENTRY_ID: entry_id,
                Role.KIND: kind,
                Role.BADGE: badge,
                Role.NODE: "entry",
            },
        )

    def _class_label(self, cls: str) -> str:
        label = class_label(self._engine, cls, self._lang)
        return label[:1].upper() + label[1:]

    def _group(self, parent: int, label: str, key: str) -> int:
        return self._add(parent, {D.DisplayRole: label, Role.NODE: "group", Role.KIND: key})

    def rebuild(self) -> None:
        """Build the tree; per-row work is done once, since large packs have 40,000+ rows."""
        rows = self._engine.listing()
        names = {row.id: pick_text(row.name, self._lang)[0] for row in rows}
        sort_keys = {row_id: fold(name) for row_id, name in names.items()}
        badges = {kind: kind_badge(kind) for kind in KIND_ORDER_FOR_BADGES}
        class_labels: dict[str, str] = {}

        def label_of(cls: str) -> str:
            if cls not in class_labels:
                class_labels[cls] = self._class_label(cls)
            return class_labels[cls]

        def of_kind(kind: str) -> list[EntryRow]:
            return [row for row in rows if row.kind == kind]

        def add_sorted(parent: int, members: list[EntryRow], kind: str) -> None:
            for row in sorted(members, key=lambda r: sort_keys[r.id]):
                self._entry(parent, row.id, names[row.id], kind, badges[kind])

        self.beginResetModel()
        self._clear_nodes()

        substances = of_kind("substance")
        count = len(substances)  # a plain name: lupdate 6.11 misses expression counts
        label = translate("Browse", "Substances (%n)", None, count)
        add_sorted(self._group(ROOT, label, "substance"), substances, "substance")

        by_class: dict[str, list[EntryRow]] = {}
        combination = translate("Browse", "Combination products")
        foods = translate("Browse", "Foods and drinks")
        other = translate("Browse", "Other")
        for med in of_kind("medication"):
            if med.form == "combination":
                keys = [combination]
            elif med.form == "food":
                keys = [foods]
            else:
                keys = [label_of(c) for c in med.classes] or [other]
            for key in keys:
                by_class.setdefault(key, []).append(med)
        group = self._group(ROOT, translate("Browse", "Medications by class"), "medication")
        for cls in sorted(by_class, key=fold):
            sub = self._group(group, f"{cls} ({len(by_class[cls])})", "medication")
            add_sorted(sub, by_class[cls], "medication")

        by_topic: dict[str, list[EntryRow]] = {}
        for practice in of_kind("practice"):
            by_topic.setdefault(practice.topic, []).append(practice)
        group = self._group(ROOT, translate("Browse", "Sleep practices by topic"), "practice")
        for topic in [t for t in PRACTICE_TOPICS if t in by_topic]:
            sub = self._group(group, practice_topic_label(topic), "practice")
            add_sorted(sub, by_topic[topic], "practice")

        group = self._group(ROOT, translate("Browse", "Emergency"), "emergency")
        emergency = of_kind("emergency")
        for row in sorted(emergency, key=lambda r: (r.order, sort_keys[r.id])):
            self._entry(group, row.id, names[row.id], "emergency", badges["emergency"])
        self.endResetModel()
