"""Touch-friendly kiosk widgets: 44 px targets, swipe scrolling, bigger rows."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QComboBox,
    QLineEdit,
    QProxyStyle,
    QScroller,
    QStyle,
    QStyleOption,
    QTabBar,
    QWidget,
)

from saferest.ui.delegates import MIN_ROW_PROPERTY

MIN_TARGET = 44
"""Smallest touch target in device-independent pixels (WCAG 2.5.5, Apple HIG)."""

_GROW = {
    QStyle.ContentsType.CT_PushButton,
    QStyle.ContentsType.CT_ToolButton,
    QStyle.ContentsType.CT_LineEdit,
    QStyle.ContentsType.CT_ComboBox,
    QStyle.ContentsType.CT_TabBarTab,
    QStyle.ContentsType.CT_CheckBox,
    QStyle.ContentsType.CT_RadioButton,
    QStyle.ContentsType.CT_ItemViewItem,
}


class TouchStyle(QProxyStyle):
    """The platform style, with every control at least 44 x 44 px and wider scroll bars."""

    def sizeFromContents(
        self,
        type: QStyle.ContentsType,
        option: QStyleOption,
        size: QSize,
        /,
        widget: QWidget | None = None,
    ) -> QSize:
        result = super().sizeFromContents(type, option, size, widget)  # type: ignore[arg-type]
        if type in _GROW:
            result = result.expandedTo(QSize(MIN_TARGET, MIN_TARGET))
        return result

    def pixelMetric(
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        value = super().pixelMetric(metric, option, widget)
        if metric == QStyle.PixelMetric.PM_ScrollBarExtent:
            return max(value, 24)
        return value


def make_touch_friendly(root: QWidget) -> None:
    """Minimum sizes and swipe scrolling for `root` and everything under it."""
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if isinstance(widget, QAbstractButton | QLineEdit | QComboBox):
            widget.setMinimumHeight(max(widget.minimumHeight(), MIN_TARGET))
            widget.setMinimumWidth(max(widget.minimumWidth(), MIN_TARGET))
        elif isinstance(widget, QTabBar):
            widget.setExpanding(False)
        if isinstance(widget, QAbstractItemView):
            widget.setProperty(MIN_ROW_PROPERTY, MIN_TARGET)
            widget.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        if isinstance(widget, QAbstractScrollArea):
            enable_swipe(widget)


def enable_swipe(area: QAbstractScrollArea) -> None:
    """Kinetic scrolling by dragging with a finger (or the mouse on a touch screen)."""
    viewport = area.viewport()
    if not QScroller.hasScroller(viewport):
        QScroller.grabGesture(viewport, QScroller.ScrollerGestureType.LeftMouseButtonGesture)
