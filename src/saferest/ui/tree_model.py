"""A small read-only tree model over prepared nodes; the item models in models.py build on it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt

ModelIndex = QModelIndex | QPersistentModelIndex
ROOT = -1


@dataclass
class Node:
    """One row: its data by role, its flags, and where it sits in the tree."""

    data: dict[int, Any]
    selectable: bool = True
    parent: int = ROOT
    row: int = 0
    children: list[int] = field(default_factory=list)


class NodeTreeModel(QAbstractItemModel):
    """Rows are `Node`s kept in one list; an index's internal id is the node's position in it."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._nodes: list[Node] = []
        self._top: list[int] = []

    # -- building (between beginResetModel and endResetModel) -------------------------------

    def _clear_nodes(self) -> None:
        self._nodes = []
        self._top = []

    def _add(self, parent: int, data: dict[int, Any], selectable: bool = True) -> int:
        siblings = self._top if parent == ROOT else self._nodes[parent].children
        node = Node(data=data, selectable=selectable, parent=parent, row=len(siblings))
        self._nodes.append(node)
        node_id = len(self._nodes) - 1
        siblings.append(node_id)
        return node_id

    # -- QAbstractItemModel -----------------------------------------------------------------

    def _node(self, index: ModelIndex) -> Node | None:
        if not index.isValid():
            return None
        node_id = index.internalId()
        return self._nodes[node_id] if 0 <= node_id < len(self._nodes) else None

    def _children(self, parent: ModelIndex) -> list[int]:
        node = self._node(parent)
        return self._top if node is None else node.children

    def index(self, row: int, column: int, parent: ModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        children = self._children(parent)
        if column != 0 or not 0 <= row < len(children):
            return QModelIndex()
        if parent.isValid() and parent.column() != 0:
            return QModelIndex()
        return self.createIndex(row, 0, children[row])

    def parent(self, index: ModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        node = self._node(index)
        if node is None or node.parent == ROOT:
            return QModelIndex()
        parent_node = self._nodes[node.parent]
        return self.createIndex(parent_node.row, 0, node.parent)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._children(parent))

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 1

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self._node(index)
        if node is None:
            return None
        if role == Qt.ItemDataRole.AccessibleTextRole and role not in node.data:
            return node.data.get(Qt.ItemDataRole.DisplayRole)
        return node.data.get(role)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        node = self._node(index)
        if node is None:
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled
        if node.selectable:
            flags |= Qt.ItemFlag.ItemIsSelectable
        return flags

    def node_id(self, index: ModelIndex) -> int:
        return index.internalId() if index.isValid() else ROOT
