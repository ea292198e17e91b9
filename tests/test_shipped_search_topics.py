"""The shipped pack answers the words people search with, in Spanish and English."""

from __future__ import annotations

import pytest

from saferest.domain.engine import Engine
from saferest.domain.pack import load_pack


@pytest.fixture(scope="module")
def shipped() -> Engine:
    return Engine(load_pack())


@pytest.mark.parametrize(
    ("query", "expected_first"),
    [
        ("somnífero", "sleep_aid_prescription"),
        ("somniferos", "sleep_aid_prescription"),
        ("pastillas para dormir", "sleep_aid_prescription"),
        ("no puedo dormir", "sleep_cbti"),
        ("resaca", "alcohol"),
        ("estrés", "sleep_relaxation_training"),
        ("remedios naturales para dormir", "sleep_kratom"),
        ("hangover", "alcohol"),
        ("sleeping pills", "sleep_aid_prescription"),
    ],
)
def test_a_topic_word_puts_its_best_entry_first(
    shipped: Engine, query: str, expected_first: str
) -> None:
    assert shipped.search(query)[0].entry_id == expected_first


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("insomnio", {"sleep_cbti", "sleep_stimulus_control", "sleep_restriction"}),
        ("dormir", {"sleep_cbti", "sleep_regular_wake_time"}),
        ("ansiedad", {"sleep_see_doctor_mood", "sleep_relaxation_training", "benzodiazepines"}),
        ("depresión", {"sleep_see_doctor_mood", "ssris"}),
        ("ronquidos", {"sleep_see_doctor_apnoea"}),
        ("abstinencia", {"em_withdrawal_danger", "sleep_see_doctor_withdrawal"}),
    ],
)
def test_a_topic_word_finds_its_content(shipped: Engine, query: str, expected: set[str]) -> None:
    assert expected <= {hit.entry_id for hit in shipped.search(query, limit=20)}


def test_a_topic_word_is_not_taken_for_a_typo_of_a_brand(shipped: Engine) -> None:
    """'estrés' once came back as Estradiol, read as a typo of its brand Estrace."""
    assert "estradiol" not in {hit.entry_id for hit in shipped.search("estrés")}


@pytest.mark.parametrize(
    ("query", "expected"),
    [("sertralina", "sertraline"), ("paracetamol", "acetaminophen"), ("ISRS", "sertraline")],
)
def test_spanish_medicine_and_class_names_are_found(
    shipped: Engine, query: str, expected: str
) -> None:
    assert expected in {hit.entry_id for hit in shipped.search(query, limit=50)}
