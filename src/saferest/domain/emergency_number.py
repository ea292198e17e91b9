"""One emergency number for everything a person sees: every screen, the report and the CLI.

Two numbers on one screen make a person in a hurry stop and choose; one wrong number is worse.
So exactly one is picked: the clinic's own (kiosk config), else the country a person chose, else
the country of the system's locale, else the pack's neutral default. Only a country that the data
pack has a reviewed entry for is ever used.
"""

from __future__ import annotations

import locale
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from saferest.domain.models import EmergencyNumber, pick_text

DEFAULT_COUNTRY = "default"
_LOCALE_COUNTRY = re.compile(r"^[A-Za-z]{2,3}[_-]([A-Za-z]{2})(?=$|[.@_-])")
LOCALE_VARIABLES = ("LC_ALL", "LC_TELEPHONE", "LC_ADDRESS", "LANG")
"""Where a POSIX system keeps the region it is set up for, most specific first."""

Origin = Literal["clinic", "chosen", "locale", "default"]


@dataclass(frozen=True)
class EmergencyContact:
    """The one number to call, and why it was chosen."""

    number: str
    name: str = ""
    """What the number reaches ('Emergency (police, fire, ambulance)'); empty for a clinic's."""
    note: str = ""
    country: str | None = None
    """The pack's country code it came from ('default' included); None for a clinic's number."""
    origin: Origin = "default"


def _shown(text: str | Mapping[str, str], lang: str) -> str:
    """Pack text that may be plain or per language."""
    if isinstance(text, str):
        return text
    return pick_text(dict(text), lang)[0]


def pick_emergency_number(
    numbers: Mapping[str, EmergencyNumber],
    lang: str,
    *,
    configured: str | None = None,
    chosen_country: str | None = None,
    locale_country: str | None = None,
) -> EmergencyContact | None:
    """The number to show, or None when neither the clinic nor the pack has one."""
    if configured and configured.strip():
        return EmergencyContact(configured.strip(), origin="clinic")
    candidates: list[tuple[str | None, Origin]] = [
        (chosen_country, "chosen"),
        (locale_country, "locale"),
        (DEFAULT_COUNTRY, "default"),
    ]
    for country, origin in candidates:
        if not country:
            continue
        entry = numbers.get(country if country == DEFAULT_COUNTRY else country.upper())
        if entry is not None:
            return EmergencyContact(
                number=_shown(entry.number, lang),
                name=_shown(entry.name, lang),
                note=_shown(entry.note, lang) if entry.note else "",
                country=entry.country,
                origin=origin,
            )
    return None


def country_from_locale(name: str | None) -> str | None:
    """The region of a locale name: 'es_MX.UTF-8' and 'en-US' give 'MX' and 'US'; 'C' none."""
    if not name:
        return None
    match = _LOCALE_COUNTRY.match(name.strip())
    return match.group(1).upper() if match else None


def system_country(environ: Mapping[str, str]) -> str | None:
    """The country this system is set up for (POSIX variables, then Python's locale)."""
    for variable in LOCALE_VARIABLES:
        value = environ.get(variable)
        if value:
            return country_from_locale(value)
    try:
        name = locale.getlocale()[0]
    except ValueError:
        return None
    return country_from_locale(name)
