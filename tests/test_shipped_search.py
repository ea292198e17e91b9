"""Search over the shipped pack as people use it: questions, two names, topic words."""

from __future__ import annotations

import pytest

from saferest.domain.engine import Engine
from saferest.domain.pack import load_pack
from saferest.domain.query import QUESTION_WORDS, checkable


@pytest.fixture(scope="module")
def shipped() -> Engine:
    return Engine(load_pack())


@pytest.mark.parametrize("query", ["kratom ambien", "can I take kratom with ambien"])
def test_kratom_with_ambien_finds_both_and_offers_to_check_them(
    shipped: Engine, query: str
) -> None:
    assert [hit.entry_id for hit in shipped.search(query)][:2] == ["kratom", "zolpidem"]
    assert [item.entry_id for item in checkable(shipped.named_in(query))] == [
        "kratom",
        "zolpidem",
    ]


def test_sleep_lists_sleep_topics_before_a_street_name_that_starts_with_it(
    shipped: Engine,
) -> None:
    hits = shipped.search("sleep", 10)
    assert hits[0].kind == "practice"
    assert "xylazine" not in [hit.entry_id for hit in hits[:5]]


def test_a_name_still_comes_first_for_a_word_that_is_also_in_topics(shipped: Engine) -> None:
    assert shipped.search("kratom")[0].entry_id == "kratom"
    assert shipped.search("alcohol")[0].entry_id == "alcohol"


def test_no_question_word_is_the_name_of_anything(shipped: Engine) -> None:
    assert [w for w in sorted(QUESTION_WORDS) if shipped.names.exact_key(w)] == []


def test_a_name_inside_a_topic_name_is_not_a_topic_word(shipped: Engine) -> None:
    assert shipped.index.is_topic_word("sleep")
    assert not shipped.index.is_topic_word("kratom")  # 'Kratom as a sleep aid' is a topic
