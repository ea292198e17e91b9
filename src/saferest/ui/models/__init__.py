"""The window's item models over domain objects, one module per model.

- `roles`: the data roles, kind badges and icons every model shares;
- `medication_list`: "My medications" (`MedicationListModel`);
- `search_results`: search hits grouped by kind (`SearchResultsModel`);
- `browse`: the browse tree (`BrowseModel`).
The check results are `saferest.ui.results_model.InteractionResultsModel`; the tree they all
build on is `saferest.ui.tree_model.NodeTreeModel`.

The names below are re-exported so `from saferest.ui.models import Role` keeps working.
"""

from __future__ import annotations

from saferest.ui.models.browse import (
    PRACTICE_TOPICS,
    BrowseModel,
    class_label,
    practice_topic_label,
)
from saferest.ui.models.medication_list import MedicationListModel, use_note
from saferest.ui.models.roles import KIND_ORDER_FOR_BADGES, Role, kind_badge, kind_group, std_icon
from saferest.ui.models.search_results import SearchResultsModel

__all__ = [
    "KIND_ORDER_FOR_BADGES",
    "PRACTICE_TOPICS",
    "BrowseModel",
    "MedicationListModel",
    "Role",
    "SearchResultsModel",
    "class_label",
    "kind_badge",
    "kind_group",
    "practice_topic_label",
    "std_icon",
    "use_note",
]
