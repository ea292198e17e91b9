"""The interface's translations, read from the Qt .ts catalogue without Qt (for the CLI).

The window translates through Qt (compiled .qm files); the command line reads the same
resources/translations/saferest_<lang>.ts with the standard library, so both say the same words
in the same language from one catalogue. `translate` has QCoreApplication.translate's signature.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path
from typing import Protocol

from saferest.domain.models import DEFAULT_LANGUAGE
from saferest.locations import resource_dir


class Translate(Protocol):
    """QCoreApplication.translate, or Catalogue.translate: (context, source, disambiguation, n)."""

    def __call__(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1, /
    ) -> str: ...


class Catalogue:
    """One language's finished translations, keyed like Qt keys them."""

    def __init__(self, messages: dict[tuple[str, str, str], list[str]] | None = None) -> None:
        self._messages = messages or {}

    @classmethod
    def from_ts(cls, path: Path) -> Catalogue:
        """Every finished message of a .ts file (unfinished ones fall back to the source)."""
        messages: dict[tuple[str, str, str], list[str]] = {}
        root = ET.parse(path).getroot()
        for context in root.iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is None or translation.get("type") in (
                    "unfinished",
                    "obsolete",
                    "vanished",
                ):
                    continue
                forms = [form.text or "" for form in translation.iter("numerusform")]
                if not forms:
                    forms = [translation.text or ""]
                if any(forms):
                    key = (
                        name,
                        message.findtext("source") or "",
                        message.findtext("comment") or "",
                    )
                    messages[key] = forms
        return cls(messages)

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        forms = self._messages.get((context, source, disambiguation or "")) or [source]
        # The two-form languages SafeRest ships (Spanish): one, and everything else.
        text = forms[0] if n == 1 or len(forms) == 1 else forms[1]
        return text.replace("%n", str(n)) if n >= 0 else text


@cache
def catalogue(lang: str) -> Catalogue:
    """The catalogue for `lang` ('es', 'es-MX'); English and unknown languages use the source."""
    base = lang.replace("_", "-").split("-")[0].lower()
    if base == DEFAULT_LANGUAGE:
        return Catalogue()
    path = resource_dir("translations") / f"saferest_{base}.ts"
    try:
        return Catalogue.from_ts(path)
    except (OSError, ET.ParseError):
        return Catalogue()
