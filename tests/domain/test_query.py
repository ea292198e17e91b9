"""Search that reads people's questions and recognises several names in one query."""

from __future__ import annotations

import pytest

from saferest.domain.engine import Engine
from saferest.domain.query import checkable, without_question_words


def _ids(engine: Engine, query: str) -> list[str]:
    return [hit.entry_id for hit in engine.search(query)]


@pytest.mark.parametrize(
    "query",
    [
        "kratom xanax",
        "kratom and xanax",
        "can I take kratom with xanax",
        "is it safe to mix kratom and xanax?",
        "¿puedo tomar kratom con xanax?",
        "¿es peligroso mezclar kratom y xanax?",
    ],
)
def test_a_query_naming_two_things_finds_both(engine: Engine, query: str) -> None:
    assert _ids(engine, query)[:2] == ["kratom", "alprazolam"]


def test_the_names_in_a_query_are_read_as_a_list_line_is(engine: Engine) -> None:
    named = engine.named_in("can I take Kratum with Xanax 1mg")
    assert [(item.entry_id, item.kind) for item in named] == [
        ("kratom", "substance"),
        ("alprazolam", "medication"),
    ]
    assert [item.name for item in named] == ["kratum", "Xanax"]


def test_only_substances_and_medicines_can_be_checked_together(engine: Engine) -> None:
    named = engine.named_in("opioid overdose with xanax")
    assert [item.entry_id for item in checkable(named)] == ["alprazolam"]


def test_a_name_said_twice_counts_once(engine: Engine) -> None:
    assert [item.entry_id for item in engine.named_in("xanax or alprazolam")] == ["alprazolam"]


def test_question_words_are_set_aside_in_english_and_spanish() -> None:
    assert without_question_words("Can I take kratom with Ambien?") == "kratom ambien"
    assert without_question_words("¿Puedo tomar kratom con zolpidem?") == "kratom zolpidem"
    assert without_question_words("is it safe") == ""


def test_a_question_about_one_thing_still_finds_it(engine: Engine) -> None:
    assert _ids(engine, "what about thang?")[0] == "kratom"


def test_a_question_of_only_framing_words_finds_nothing_rather_than_everything(
    engine: Engine,
) -> None:
    assert _ids(engine, "can i take it with") == []


def test_topic_words_come_from_topic_names_and_name_nothing(engine: Engine) -> None:
    assert engine.index.is_topic_word("overdose")
    assert engine.index.is_topic_word("stimulus")
    assert not engine.index.is_topic_word("kratom")
    assert not engine.index.is_topic_word("xanax")
