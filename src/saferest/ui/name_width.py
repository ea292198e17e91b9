"""A list of names never narrower than its longest word and badge, so no name is cut off.

Rows wrap between words, but one long word ('hydroxymitragynine)') cannot wrap: on a 1024×600
kiosk with large text it was cut off behind the kind badge. The view's minimum width is measured
from the words it shows, and measured again when the text size changes.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QStyle, QTreeView

from saferest.ui.delegates import BadgeDelegate
from saferest.ui.models.roles import Role

MAX_DEPTH = 4
_BREAKS = re.compile(r"\s+|(?<=[/-])")
"""Where a line may break inside a name: spaces, and after a slash or hyphen."""


def rows(view: QTreeView) -> list[tuple[int, str, str]]:
    """Every row as (depth, text, badge), walking the whole model."""
    model = view.model()
    found: list[tuple[int, str, str]] = []
    pending = [(QModelIndex(), -1)]
    while pending:
        parent, depth = pending.pop()
        if depth >= MAX_DEPTH:
            continue
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            text = index.data(Qt.ItemDataRole.DisplayRole) or ""
            badge = index.data(Role.BADGE) or ""
            found.append((depth + 1, str(text), str(badge)))
            pending.append((index, depth + 1))
    return found


def names_min_width(view: QTreeView) -> int:
    """The narrowest width at which every row's longest word and its badge fit side by side."""
    metrics = QFontMetrics(view.font())
    badge_font = QFont(view.font())
    badge_font.setBold(True)
    badge_font.setPointSizeF(max(6.0, view.font().pointSizeF() * 0.8))
    badge_metrics = QFontMetrics(badge_font)
    pad = BadgeDelegate.PAD
    root = 1 if view.rootIsDecorated() else 0
    widest = 0
    for depth, text, badge in rows(view):
        words = [w for w in _BREAKS.split(text) if w] or [""]
        word = max(metrics.horizontalAdvance(w) for w in words)
        badge_width = badge_metrics.horizontalAdvance(badge) + 4 * pad if badge else 0
        indent = view.indentation() * (depth - 1 + root)
        widest = max(widest, indent + word + badge_width)
    style = view.style()
    margins = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
    scroll_bar = style.pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
    frame = 2 * view.frameWidth()
    return widest + margins + scroll_bar + frame + 2 * pad


def keep_names_whole(view: QTreeView) -> None:
    """Set the view's minimum width so that no word of a name is cut off."""
    view.setMinimumWidth(names_min_width(view))
