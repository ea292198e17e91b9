"""Words, colours and icons for severities, reliabilities and evidence levels.

Severity is never shown by colour alone: every place uses the word, and the icons differ in shape
(octagon, triangle, circle with "!", circle with "i") as well as colour.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

from saferest.domain.models import EvidenceLevel
from saferest.domain.severity import SEVERITY_STYLES, Reliability, Severity
from saferest.ui.wording import Words

SEVERITY_COLORS = {severity: style.colour for severity, style in SEVERITY_STYLES.items()}
"""Read from the one severity table (saferest.domain.severity)."""


translate = QCoreApplication.translate


def words() -> Words:
    """The shared words in the interface's current language."""
    return Words(translate)


def severity_word(severity: Severity) -> str:
    return words().severity(severity)


def severity_meaning(severity: Severity) -> str:
    return words().severity_meaning(severity)


def reliability_text(reliability: Reliability) -> str:
    return words().reliability(reliability)


def evidence_word(level: EvidenceLevel) -> str:
    return words().evidence(level)


def strength_word(strength: str) -> str:
    """How strongly a guideline recommends a practice (the data's keyword, in words)."""
    return words().strength(strength)


EVIDENCE_COLORS = {
    EvidenceLevel.NONE: "#6b7280",
    EvidenceLevel.PRECLINICAL: "#7c3aed",
    EvidenceLevel.OBSERVATIONAL: "#0e7490",
    EvidenceLevel.CLINICAL_TRIAL: "#15803d",
    EvidenceLevel.GUIDELINE: "#166534",
}


def _shape(severity: Severity, size: float) -> QPainterPath:
    path = QPainterPath()
    m = size * 0.06
    r = QRectF(m, m, size - 2 * m, size - 2 * m)
    shape = SEVERITY_STYLES[severity].shape
    if shape == "octagon":
        c = r.width() * 0.2929 / 1.0
        k = c * 0.85
        points = [
            QPointF(r.left() + k, r.top()),
            QPointF(r.right() - k, r.top()),
            QPointF(r.right(), r.top() + k),
            QPointF(r.right(), r.bottom() - k),
            QPointF(r.right() - k, r.bottom()),
            QPointF(r.left() + k, r.bottom()),
            QPointF(r.left(), r.bottom() - k),
            QPointF(r.left(), r.top() + k),
        ]
        path.addPolygon(QPolygonF(points))
        path.closeSubpath()
    elif shape == "triangle":
        path.addPolygon(
            QPolygonF(
                [
                    QPointF(r.center().x(), r.top()),
                    QPointF(r.right(), r.bottom()),
                    QPointF(r.left(), r.bottom()),
                ]
            )
        )
        path.closeSubpath()
    elif shape == "circle":
        path.addEllipse(r)
    else:
        raise ValueError(f"no drawing for shape {shape!r}")
    return path


def _paint_icon(severity: Severity, size: int) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor("#ffffff"), max(1.0, size / 16)))
    painter.setBrush(QColor(SEVERITY_COLORS[severity]))
    painter.drawPath(_shape(severity, size))
    font = QFont()
    font.setBold(True)
    style = SEVERITY_STYLES[severity]
    triangle = style.shape == "triangle"
    font.setPixelSize(max(6, int(size * (0.5 if triangle else 0.62))))
    painter.setFont(font)
    painter.setPen(QColor("#ffffff"))
    glyph = style.glyph
    text_rect = QRectF(0, size * (0.14 if triangle else 0.0), size, size)
    painter.drawText(text_rect, Qt.AlignmentFlag.AlignCenter, glyph)
    painter.end()
    return pixmap


@cache
def severity_icon(severity: Severity) -> QIcon:
    icon = QIcon()
    for size in (16, 20, 24, 32, 48, 64, 96, 128):
        icon.addPixmap(_paint_icon(severity, size))
    return icon
