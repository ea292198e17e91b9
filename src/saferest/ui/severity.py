"""Words, colours and icons for severities, reliabilities and evidence levels.

Severity is never shown by colour alone: every place uses the word, and the icons differ in shape
(octagon, triangle, circle with "!", circle with "i") as well as colour.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

from saferest.domain.models import EvidenceLevel, Reliability, Severity

SEVERITY_COLORS = {
    Severity.DANGEROUS: "#b3001b",
    Severity.UNSAFE: "#c2410c",
    Severity.CAUTION: "#a16207",
    Severity.LOW_RISK: "#1d4ed8",
}
SEVERITY_ORDER = [Severity.DANGEROUS, Severity.UNSAFE, Severity.CAUTION, Severity.LOW_RISK]


translate = QCoreApplication.translate


def severity_word(severity: Severity) -> str:
    words = {
        Severity.DANGEROUS: translate("Severity", "DANGEROUS"),
        Severity.UNSAFE: translate("Severity", "UNSAFE"),
        Severity.CAUTION: translate("Severity", "CAUTION"),
        Severity.LOW_RISK: translate("Severity", "LOW RISK"),
    }
    return words[severity]


def severity_meaning(severity: Severity) -> str:
    meanings = {
        Severity.DANGEROUS: translate("Severity", "can be life-threatening"),
        Severity.UNSAFE: translate("Severity", "avoid this combination"),
        Severity.CAUTION: translate("Severity", "take care, use less, do not use alone"),
        Severity.LOW_RISK: translate("Severity", "a small or unlikely risk"),
    }
    return meanings[severity]


def reliability_text(reliability: Reliability) -> str:
    texts = {
        Reliability.PROVEN: translate("Severity", "proven (shown in people)"),
        Reliability.INFERRED: translate(
            "Severity", "inferred (from how the drugs work or case reports)"
        ),
        Reliability.HYPOTHETICAL: translate("Severity", "hypothetical (theory only)"),
    }
    return texts[reliability]


def evidence_word(level: EvidenceLevel) -> str:
    words = {
        EvidenceLevel.NONE: translate("Severity", "No evidence"),
        EvidenceLevel.PRECLINICAL: translate("Severity", "Lab or animal studies only"),
        EvidenceLevel.OBSERVATIONAL: translate("Severity", "Observational studies"),
        EvidenceLevel.CLINICAL_TRIAL: translate("Severity", "Clinical trials"),
        EvidenceLevel.GUIDELINE: translate("Severity", "Clinical guideline"),
    }
    return words[level]


def strength_word(strength: str) -> str:
    """How strongly a guideline recommends a practice (the data's keyword, in words)."""
    words = {
        "strong": translate("Severity", "strong"),
        "conditional": translate("Severity", "conditional"),
        "weak": translate("Severity", "weak"),
        "against": translate("Severity", "recommended against"),
        "insufficient": translate("Severity", "not enough evidence to recommend"),
    }
    return words.get(strength, strength)


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
    if severity is Severity.DANGEROUS:
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
    elif severity is Severity.UNSAFE:
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
    else:
        path.addEllipse(r)
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
    font.setPixelSize(max(6, int(size * (0.5 if severity is Severity.UNSAFE else 0.62))))
    painter.setFont(font)
    painter.setPen(QColor("#ffffff"))
    glyph = "i" if severity is Severity.LOW_RISK else "!"
    text_rect = QRectF(0, size * (0.14 if severity is Severity.UNSAFE else 0.0), size, size)
    painter.drawText(text_rect, Qt.AlignmentFlag.AlignCenter, glyph)
    painter.end()
    return pixmap


@cache
def severity_icon(severity: Severity) -> QIcon:
    icon = QIcon()
    for size in (16, 20, 24, 32, 48, 64, 96, 128):
        icon.addPixmap(_paint_icon(severity, size))
    return icon
