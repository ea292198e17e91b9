"""Invisible characters and look-alike letters never split or change a name."""

from __future__ import annotations

import pytest

from saferest.domain.engine import Engine
from saferest.domain.pack import load_pack
from saferest.domain.text import fold, name_key

from .helpers import MINIPACK


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(load_pack(MINIPACK))


@pytest.mark.parametrize(
    "typed",
    [
        "xa\u200bnax",  # zero-width space
        "xa\u200cnax",  # zero-width non-joiner
        "xa\u200dnax",  # zero-width joiner
        "xa\u2060nax",  # word joiner
        "\ufeffxanax",  # byte order mark pasted from a file
        "Xa\u00adnax",  # soft hyphen
    ],
)
def test_invisible_characters_inside_a_name_are_ignored(engine: Engine, typed: str) -> None:
    assert name_key(typed) == "xanax"
    [item] = engine.parse(typed).resolved
    assert item.entry_id == "alprazolam"


def test_dotless_i_folds_to_i(engine: Engine) -> None:
    assert fold("SERTRALıNE") == "sertraline"
    assert [i.entry_id for i in engine.parse("sertralıne 50 mg").resolved] == ["sertraline"]


def test_dotted_capital_i_folds_to_i() -> None:
    assert fold("İBUPROFEN") == "ibuprofen"


def test_search_finds_a_name_typed_with_a_zero_width_space(engine: Engine) -> None:
    assert [hit.entry_id for hit in engine.search("kra\u200btom")][:1] == ["kratom"]
