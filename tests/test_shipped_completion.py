"""The add field's completions over the shipped pack: names in the language shown, and brands."""

from __future__ import annotations

import pytest

from saferest.domain.engine import Engine


@pytest.fixture(scope="module")
def shipped() -> Engine:
    return Engine.load()


def test_english_completions_hold_names_and_brands(shipped: Engine) -> None:
    names = shipped.completion_names("en")
    for name in ("Diphenhydramine", "Benadryl", "Zolpidem", "Ambien", "Kratom", "Gabapentin"):
        assert name in names


def test_no_misspelling_and_no_other_languages_title_is_offered(shipped: Engine) -> None:
    names = {n.casefold() for n in shipped.completion_names("en")}
    for hidden in ("kratum", "ambian", "zolft", "difenhidramina", "clorhidrato de difenhidramina"):
        assert hidden not in names


def test_spanish_completions_use_spanish_titles(shipped: Engine) -> None:
    names = shipped.completion_names("es")
    assert "Difenhidramina" in names and "Diphenhydramine" not in names
    assert "Benadryl" in names  # a brand is the same word in every language


def test_a_misspelling_that_is_not_offered_is_still_read(shipped: Engine) -> None:
    [item] = shipped.parse("ambian 10 mg").resolved
    assert item.entry_id == "zolpidem"
