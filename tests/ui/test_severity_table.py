"""Every severity is drawn: a word, a colour and an icon shape for each level of the one table."""

from __future__ import annotations

from saferest.domain.severity import SEVERITY_STYLES, Severity
from saferest.ui.i18n import translators
from saferest.ui.severity import SEVERITY_COLORS, severity_icon, severity_meaning, severity_word


def test_every_severity_has_a_word_a_colour_and_an_icon() -> None:
    for severity in Severity:
        assert severity_word(severity) and severity_meaning(severity)
        assert SEVERITY_COLORS[severity] == SEVERITY_STYLES[severity].colour
        assert not severity_icon(severity).pixmap(32, 32).isNull()


def test_every_severity_word_is_translated() -> None:
    translators().set_language("es")
    words = {severity_word(s) for s in Severity}
    assert words == {"PELIGROSO", "INSEGURO", "PRECAUCIÓN", "RIESGO BAJO"}
