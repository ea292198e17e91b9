"""The browse tree as an item model: substances, medications by class, sleep practices by
topic, emergency topics."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt

from saferest.domain.engine import Engine
from saferest.domain.models import pick_text
from saferest.domain.pack import EntryRow
from saferest.domain.text import fold
from saferest.ui.models.roles import KIND_ORDER_FOR_BADGES, Role, kind_badge
from saferest.ui.tree_model import ROOT, NodeTreeModel

D = Qt.ItemDataRole
translate = QCoreApplication.translate

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
