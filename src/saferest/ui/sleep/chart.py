"""'Sleep chart': bars of time in bed and time asleep, sleep efficiency as a line, and a row of
markers per substance; by night (the last 14) or by week.

Drawn with QPainter from the palette and the widget's font, so it follows the text size and a
high-contrast theme; nothing depends on colour alone (time in bed is hatched, asleep solid,
efficiency a line with dots, each substance its own letter). The same figures are available
as text in `summary()` for screen readers and for anyone who prefers words.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QImage, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from saferest.domain.sleep.figures import ChartNight, Week, last_nights, last_weeks
from saferest.domain.sleep.night import Intake, Night
from saferest.ui.sleep.texts import chart_label, day_name, duration, intake_label, percent

translate = QCoreApplication.translate

HOURS_STEP = 2


@dataclass(frozen=True)
class Column:
    """One bar group of the chart, whatever the view."""

    label: str
    long_label: str
    in_bed: float | None
    asleep: float | None
    efficiency: float | None
    taken: tuple[Intake, ...]
    nights: int


def night_columns(nights: list[Night], lang: str) -> list[Column]:
    return [_night_column(slot, lang) for slot in last_nights(nights)]


def _night_column(slot: ChartNight, lang: str) -> Column:
    f = slot.figures
    return Column(
        label=chart_label(slot.night_of, lang),
        long_label=day_name(slot.night_of, lang, long=True),
        in_bed=f.time_in_bed if f else None,
        asleep=f.total_sleep if f else None,
        efficiency=f.efficiency if f else None,
        taken=slot.taken,
        nights=1 if f else 0,
    )


def week_columns(nights: list[Night], lang: str) -> list[Column]:
    return [_week_column(week, lang) for week in last_weeks(nights)]


def _week_column(week: Week, lang: str) -> Column:
    a = week.averages
    return Column(
        label=chart_label(week.start, lang, weekly=True),
        long_label=translate("SleepDiary", "week of %1").replace(
            "%1", day_name(week.start, lang, long=True)
        ),
        in_bed=a.time_in_bed if a else None,
        asleep=a.total_sleep if a else None,
        efficiency=a.efficiency if a else None,
        taken=week.taken,
        nights=a.nights if a else 0,
    )


def marker_rows(columns: list[Column]) -> list[Intake]:
    """One row per kind or list item taken in any column, in a stable order."""
    seen: dict[tuple[str, str], Intake] = {}
    for column in columns:
        for item in column.taken:
            seen.setdefault(item.key, Intake(item.kind, item.name))
    return [seen[key] for key in sorted(seen)]


def summary_lines(columns: list[Column], weekly: bool) -> list[str]:
    """The chart in words, one line per night or week."""
    lines = []
    for column in columns:
        if column.in_bed is None or column.asleep is None or column.efficiency is None:
            lines.append(translate("SleepDiary", "%1: not logged").replace("%1", column.long_label))
            continue
        text = (
            translate("SleepDiary", "%1: in bed %2, asleep %3, sleep efficiency %4")
            .replace("%1", column.long_label)
            .replace("%2", duration(column.in_bed))
            .replace("%3", duration(column.asleep))
            .replace("%4", percent(column.efficiency))
        )
        if weekly:
            nights = translate("SleepDiary", "(nights averaged: %1)").replace(
                "%1", str(column.nights)
            )
            text += " " + nights
        if column.taken:
            names = ", ".join(intake_label(i, with_amount=not weekly) for i in column.taken)
            text += "; " + translate("SleepDiary", "taken: %1").replace("%1", names)
        lines.append(text)
    return lines


class SleepChart(QWidget):
    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.weekly = False
        self.nights: list[Night] = []
        self.columns: list[Column] = []
        self.setAccessibleName(self.tr("Sleep chart"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)

    def set_nights(self, nights: list[Night]) -> None:
        self.nights = list(nights)
        self._rebuild()

    def set_weekly(self, weekly: bool) -> None:
        self.weekly = weekly
        self._rebuild()

    def _rebuild(self) -> None:
        if self.weekly:
            self.columns = week_columns(self.nights, self.lang)
        else:
            self.columns = night_columns(self.nights, self.lang)
        self.setAccessibleDescription(self.summary())
        self.update()

    def summary(self) -> str:
        if not self.columns:
            return translate("SleepDiary", "No nights logged yet.")
        return "\n".join(summary_lines(self.columns, self.weekly))

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(line * 40, line * 22)

    def minimumSizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(line * 16, line * 10)

    def paintEvent(self, event: object) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint_chart(painter, QRectF(self.rect()), self.columns, self.palette(), self.font())
        if self.hasFocus():
            pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), 2)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        painter.end()

    def image(self, size: QSize, font: QFont | None = None) -> QImage:
        return paper_image(self.columns, size, font or self.font())


def paper_image(columns: list[Column], size: QSize, font: QFont) -> QImage:
    """The chart drawn on white paper in black and greys (for the printed report)."""
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    palette = QPalette()
    for role, color in (
        (QPalette.ColorRole.Base, "white"),
        (QPalette.ColorRole.Text, "black"),
        (QPalette.ColorRole.WindowText, "black"),
        (QPalette.ColorRole.Highlight, "#555555"),
        (QPalette.ColorRole.Mid, "#999999"),
        (QPalette.ColorRole.Link, "black"),
    ):
        palette.setColor(role, QColor(color))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    paint_chart(painter, QRectF(0, 0, size.width(), size.height()), columns, palette, font)
    painter.end()
    return image


def paint_chart(
    painter: QPainter,
    area: QRectF,
    columns: list[Column],
    palette: QPalette,
    font: QFont,
) -> None:
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    line = metrics.height()
    text = palette.color(QPalette.ColorRole.Text)
    base = palette.color(QPalette.ColorRole.Base)
    asleep_color = palette.color(QPalette.ColorRole.Highlight)
    painter.fillRect(area, base)
    pad = line * 0.6
    if not columns:
        painter.setPen(text)
        painter.drawText(
            area, Qt.AlignmentFlag.AlignCenter, translate("SleepDiary", "No nights logged yet.")
        )
        return
    rows = marker_rows(columns)
    legend_height = line * 1.6
    marker_height = line * 1.15 * len(rows)
    label_height = line * 2.4
    left_axis = metrics.horizontalAdvance("24 h") + pad
    right_axis = metrics.horizontalAdvance("100%") + pad
    marker_label = max((metrics.horizontalAdvance(_short(i)) for i in rows), default=0)
    left = area.left() + max(left_axis, marker_label + pad)
    right = area.right() - right_axis
    top = area.top() + legend_height + pad
    bottom = area.bottom() - label_height - marker_height - pad
    if bottom - top < line * 3 or right - left < line * 4:
        painter.setPen(text)
        painter.drawText(
            area,
            Qt.AlignmentFlag.AlignCenter,
            translate("SleepDiary", "The chart needs more room."),
        )
        return
    plot = QRectF(left, top, right - left, bottom - top)

    # Axes: hours on the left, efficiency on the right.
    longest = max((c.in_bed or 0) for c in columns) / 60
    top_hours = max(HOURS_STEP * 5, HOURS_STEP * int(longest / HOURS_STEP + 1))
    grid = QPen(palette.color(QPalette.ColorRole.Mid), 1, Qt.PenStyle.DotLine)
    step = HOURS_STEP
    while plot.height() * step / top_hours < line * 1.1 and step < top_hours:
        step += HOURS_STEP  # fewer labels when the text is large or the chart small
    for hours in range(0, top_hours + 1, step):
        y = plot.bottom() - plot.height() * hours / top_hours
        painter.setPen(grid)
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(text)
        label = translate("SleepDiary", "%1 h").replace("%1", str(hours))
        painter.drawText(
            QRectF(area.left(), y - line / 2, left - pad / 2, line),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            label,
        )
    last_label_y = None
    for pct in (100, 90, 85, 50, 0):
        y = plot.bottom() - plot.height() * pct / 100
        if last_label_y is not None and y - last_label_y < line:
            continue  # no room between this tick and the one above it
        last_label_y = y
        painter.setPen(text)
        painter.drawText(
            QRectF(plot.right() + pad / 2, y - line / 2, right_axis, line),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            f"{pct}%",
        )

    slot = plot.width() / len(columns)
    bar = slot * 0.7
    points: list[QPointF | None] = []
    outline = QPen(text, 1)
    for index, column in enumerate(columns):
        x = plot.left() + slot * index + (slot - bar) / 2
        centre = x + bar / 2
        if column.in_bed is not None and column.asleep is not None:
            bed_h = plot.height() * column.in_bed / 60 / top_hours
            asleep_h = plot.height() * column.asleep / 60 / top_hours
            painter.setPen(outline)
            painter.setBrush(QBrush(text, Qt.BrushStyle.BDiagPattern))
            painter.drawRect(QRectF(x, plot.bottom() - bed_h, bar, bed_h))
            painter.setBrush(asleep_color)
            inner = bar * 0.6
            painter.drawRect(QRectF(centre - inner / 2, plot.bottom() - asleep_h, inner, asleep_h))
        else:
            painter.setPen(text)
            painter.drawText(
                QRectF(x, plot.bottom() - line * 1.2, bar, line),
                Qt.AlignmentFlag.AlignCenter,
                "–",
            )
        if column.efficiency is not None:
            points.append(QPointF(centre, plot.bottom() - plot.height() * column.efficiency))
        else:
            points.append(None)
        painter.setPen(text)
        painter.drawText(
            QRectF(plot.left() + slot * index, plot.bottom() + pad / 3, slot, line * 2.2),
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
            "\n".join(
                metrics.elidedText(part, Qt.TextElideMode.ElideRight, slot)
                for part in column.label.split("\n")
            ),
        )

    # Efficiency: a thick line with a dot on each logged night; a gap where none was logged.
    line_pen = QPen(palette.color(QPalette.ColorRole.Link), max(2.0, line / 6))
    painter.setPen(line_pen)
    previous: QPointF | None = None
    for point in points:
        if point is not None and previous is not None:
            painter.drawLine(previous, point)
        previous = point
    painter.setBrush(base)
    for point in points:
        if point is not None:
            painter.drawEllipse(point, line / 4, line / 4)

    # Marker rows: a letter under each bar for each substance taken that night or week.
    painter.setPen(text)
    y = plot.bottom() + label_height
    for item in rows:
        painter.drawText(
            QRectF(area.left(), y, left - pad / 2, line * 1.2),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            _short(item),
        )
        for index, column in enumerate(columns):
            if any(t.key == item.key for t in column.taken):
                centre = plot.left() + slot * index + slot / 2
                size = line * 0.8
                painter.setBrush(text)
                painter.drawRect(QRectF(centre - size / 2, y + line * 0.2, size, size))
        y += line * 1.15

    # Legend.
    x = plot.left()
    legend_y = area.top() + pad / 2
    box = line * 0.8
    for label, brush in (
        (translate("SleepDiary", "Time in bed"), QBrush(text, Qt.BrushStyle.BDiagPattern)),
        (translate("SleepDiary", "Time asleep"), QBrush(asleep_color)),
    ):
        painter.setPen(outline)
        painter.setBrush(brush)
        painter.drawRect(QRectF(x, legend_y + (line - box) / 2, box, box))
        x += box + pad / 2
        painter.drawText(QPointF(x, legend_y + metrics.ascent()), label)
        x += metrics.horizontalAdvance(label) + pad * 1.5
    painter.setPen(line_pen)
    painter.drawLine(QPointF(x, legend_y + line / 2), QPointF(x + box * 1.5, legend_y + line / 2))
    x += box * 1.5 + pad / 2
    painter.setPen(text)
    painter.drawText(
        QPointF(x, legend_y + metrics.ascent()), translate("SleepDiary", "Sleep efficiency (right)")
    )


def _short(item: Intake) -> str:
    label = intake_label(item, with_amount=False)
    return label if len(label) <= 24 else label[:23] + "…"
