"""One emergency number: the clinic's, else the chosen country's, the locale's, or the default."""

from __future__ import annotations

import pytest

from saferest.domain.emergency_number import (
    country_from_locale,
    pick_emergency_number,
    system_country,
)
from saferest.domain.models import EmergencyNumber


def _number(country: str, number: str, name: str = "Emergency") -> EmergencyNumber:
    return EmergencyNumber(country=country, name=name, number=number, sources=["s"])


NUMBERS = {
    "default": _number("default", "112 or your local emergency number", "Emergency services"),
    "US": _number("US", "911"),
    "GB": _number("GB", "999 or 112"),
}


def test_a_clinics_own_number_wins_over_everything() -> None:
    contact = pick_emergency_number(
        NUMBERS, "en", configured=" 911 ", chosen_country="GB", locale_country="GB"
    )
    assert contact is not None
    assert (contact.number, contact.origin, contact.country) == ("911", "clinic", None)


def test_a_chosen_country_wins_over_the_locale() -> None:
    contact = pick_emergency_number(NUMBERS, "en", chosen_country="gb", locale_country="US")
    assert contact is not None and (contact.number, contact.origin) == ("999 or 112", "chosen")


def test_the_locale_country_is_used_when_the_pack_knows_it() -> None:
    contact = pick_emergency_number(NUMBERS, "en", locale_country="US")
    assert contact is not None and (contact.number, contact.origin) == ("911", "locale")


def test_an_unknown_country_falls_back_to_the_default() -> None:
    contact = pick_emergency_number(NUMBERS, "en", chosen_country="ZZ", locale_country="FR")
    assert contact is not None
    assert (contact.number, contact.country, contact.origin) == (
        "112 or your local emergency number",
        "default",
        "default",
    )


def test_no_numbers_and_no_clinic_number_gives_none() -> None:
    assert pick_emergency_number({}, "en", locale_country="US") is None
    assert pick_emergency_number({}, "en", configured="   ") is None


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("es_MX.UTF-8", "MX"),
        ("en_US", "US"),
        ("en-GB", "GB"),
        ("sr_RS@latin", "RS"),
        ("C.UTF-8", None),
        ("POSIX", None),
        ("", None),
        (None, None),
    ],
)
def test_country_from_locale(name: str | None, country: str | None) -> None:
    assert country_from_locale(name) == country


def test_system_country_reads_the_most_specific_variable_that_is_set() -> None:
    assert system_country({"LANG": "en_US.UTF-8"}) == "US"
    assert system_country({"LC_ALL": "es_ES.UTF-8", "LANG": "en_US.UTF-8"}) == "ES"
    assert system_country({"LC_ALL": "C", "LANG": "en_US.UTF-8"}) is None
