"""Item delegates and a tree view whose rows wrap and whose icons grow with the text size."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from saferest.ui.models.roles import Role

KIND_COLORS = {
    "emergency": "#b3001b",
    "substance": "#6d28d9",
    "medication": "#0f766e",
    "practice": "#15803d",
}
Index = QModelIndex | QPersistentModelIndex
MIN_ROW_PROPERTY = "saferestMinRowHeight"
"""A view property: rows at least this tall (kiosk mode sets it so rows are easy to touch)."""


def icon_size_for(widget: QWidget) -> QSize:
    """Icons as tall as a line of text, so they stay legible at 200% text size."""
    side = max(16, QFontMetrics(widget.font()).height())
    return QSize(side, side)


class WrappingDelegate(QStyledItemDelegate):
    """Rows grow to fit wrapped text at the view's current width (large fonts, narrow windows)."""

    def extra_width(self, option: QStyleOptionViewItem, index: Index) -> int:
        return 0

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        view = self.parent()
        width = 400
        if isinstance(view, QTreeView):
            depth = 0
            parent = index.parent()
            while parent.isValid():
                depth += 1
                parent = parent.parent()
            indent = view.indentation() * (depth + (1 if view.rootIsDecorated() else 0))
            width = view.viewport().width() - indent
        elif isinstance(view, QAbstractItemView):
            width = view.viewport().width()
        style = opt.widget.style() if opt.widget else None
        # The same margins QCommonStyle uses when it lays out the item's text.
        focus = QStyle.PixelMetric.PM_FocusFrameHMargin
        margin = style.pixelMetric(focus, opt, opt.widget) + 1 if style else 4
        icon = opt.decorationSize.width() + 2 * margin if not opt.icon.isNull() else 0
        text_width = max(60, width - icon - 2 * margin - self.extra_width(opt, index))
        metrics = QFontMetrics(opt.font)
        rect = metrics.boundingRect(
            QRect(0, 0, text_width, 1_000_000), int(Qt.TextFlag.TextWordWrap), opt.text
        )
        height = max(rect.height(), opt.decorationSize.height() if icon else 0) + 8
        minimum = view.property(MIN_ROW_PROPERTY) if isinstance(view, QWidget) else None
        if minimum:
            height = max(height, int(minimum))
        return QSize(max(60, width), height)


class BadgeDelegate(WrappingDelegate):
    """Draws the kind of an entry as a small labelled badge after its (wrapped) name."""

    PAD = 4

    def _badge_font(self, option: QStyleOptionViewItem) -> QFont:
        font = QFont(option.font)
        font.setBold(True)
        font.setPointSizeF(max(6.0, option.font.pointSizeF() * 0.8))
        return font

    def extra_width(self, option: QStyleOptionViewItem, index: Index) -> int:
        badge = index.data(Role.BADGE)
        if not badge:
            return 0
        return QFontMetrics(self._badge_font(option)).horizontalAdvance(badge) + 4 * self.PAD

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        badge = index.data(Role.BADGE)
        if not badge:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        font = self._badge_font(opt)
        metrics = QFontMetrics(font)
        width = metrics.horizontalAdvance(badge) + 2 * self.PAD
        height = metrics.height() + 2
        rect = opt.rect
        badge_rect = QRectF(
            rect.right() - width - self.PAD, rect.center().y() - height / 2, width, height
        )
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            background = QStyleOptionViewItem(opt)
            background.text = ""
            item = QStyle.ControlElement.CE_ItemViewItem
            style.drawControl(item, background, painter, opt.widget)
            text_opt = QStyleOptionViewItem(opt)
            text_opt.rect = rect.adjusted(0, 0, -(width + 2 * self.PAD), 0)
            text_opt.state &= ~QStyle.StateFlag.State_Selected
            text_opt.state &= ~QStyle.StateFlag.State_HasFocus
            text_opt.backgroundBrush = QBrush()
            if option.state & QStyle.StateFlag.State_Selected:
                text_opt.palette.setColor(
                    text_opt.palette.ColorRole.Text,
                    option.palette.color(option.palette.ColorRole.HighlightedText),
                )
            style.drawControl(item, text_opt, painter, opt.widget)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(KIND_COLORS.get(index.data(Role.KIND), "#4b5563")))
        painter.drawRoundedRect(badge_rect, height / 3, height / 3)
        painter.setPen(QColor("#ffffff"))
        painter.setFont(font)
        painter.drawText(badge_rect, Qt.AlignmentFlag.AlignCenter, badge)
        painter.restore()


class WrappingTreeView(QTreeView):
    """A tree whose rows wrap and are re-measured when the width or text size changes."""

    def __init__(self, parent: QWidget | None = None, badges: bool = False) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setItemDelegate(BadgeDelegate(self) if badges else WrappingDelegate(self))
        self.setIconSize(icon_size_for(self))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.scheduleDelayedItemsLayout()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.setIconSize(icon_size_for(self))
            self.scheduleDelayedItemsLayout()


class ScalingListView(QListView):
    """A list whose icons follow the text size and whose rows wrap."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setIconSize(icon_size_for(self))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.setIconSize(icon_size_for(self))
