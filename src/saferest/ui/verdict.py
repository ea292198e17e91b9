"""A claim's verdict in words and colour: what a reader must see before the kind of evidence.

The verdict is read first; the evidence kind follows as plain text, so a colourful "observational
studies" never makes an unsupported claim look supported.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from saferest.domain.models import ClaimVerdict
from saferest.ui.wording import Words

translate = QCoreApplication.translate

VERDICT_COLORS = {
    ClaimVerdict.NOT_SUPPORTED: "#b3001b",
    ClaimVerdict.PARTLY_SUPPORTED: "#a16207",
    ClaimVerdict.SUPPORTED: "#15803d",
    ClaimVerdict.UNKNOWN: "#4b5563",
}
"""White text on these colours has a contrast ratio of at least 4.5:1."""


def verdict_word(verdict: ClaimVerdict) -> str:
    """The verdict's words, declared once with the CLI's (saferest/ui/wording.py)."""
    return Words(translate).verdict(verdict)
