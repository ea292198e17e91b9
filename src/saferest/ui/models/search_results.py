"""Search results as an item model: hits grouped by kind, best group first."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt

from saferest.domain.engine import Engine
from saferest.domain.search import SearchHit
from saferest.domain.text import fold
from saferest.ui.i18n import entry_name
from saferest.ui.models.roles import Role, kind_badge, kind_group
from saferest.ui.tree_model import ROOT, NodeTreeModel

D = Qt.ItemDataRole
translate = QCoreApplication.translate


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
