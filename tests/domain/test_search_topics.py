"""Search topics: words for a problem ("somnífero", "no puedo dormir") lead to its entries."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.domain.test_pack import _reseal

from saferest.domain.engine import Engine
from saferest.domain.pack import load_pack
from saferest.domain.search import SCORE_TOPIC

TOPICS = """
[[search_topic]]
id = "sleeping_pills"
terms = ["somnífero", "somníferos", "pastillas para dormir", "ketum"]
entries = ["stimulus_control", "alprazolam", "kratom"]

[[search_topic]]
id = "anxiety"
terms = ["ansiedad"]
entries = ["alprazolam"]
"""


@pytest.fixture
def topic_pack(pack_copy: Path) -> Path:
    (pack_copy / "topics.toml").write_text(TOPICS, encoding="utf-8")
    _reseal(pack_copy)
    return pack_copy


@pytest.fixture
def engine(topic_pack: Path) -> Engine:
    return Engine(load_pack(topic_pack))


def _ids(engine: Engine, query: str) -> list[str]:
    return [hit.entry_id for hit in engine.search(query)]


def test_the_pack_with_topics_is_valid(topic_pack: Path) -> None:
    assert load_pack(topic_pack).problems == []


def test_a_topic_word_leads_to_its_entries_in_their_order(engine: Engine) -> None:
    hits = engine.search("somnífero")
    assert [h.entry_id for h in hits] == ["stimulus_control", "alprazolam", "kratom"]
    assert {h.matched for h in hits} == {"somnífero"}
    assert hits[0].score == SCORE_TOPIC


@pytest.mark.parametrize("query", ["SOMNIFERO", "somniferos", "Pastillas para dormir"])
def test_case_accents_and_listed_plurals_do_not_matter(engine: Engine, query: str) -> None:
    assert _ids(engine, query)[:3] == ["stimulus_control", "alprazolam", "kratom"]


def test_the_start_of_a_topic_word_finds_it_while_typing(engine: Engine) -> None:
    assert _ids(engine, "somni")[:3] == ["stimulus_control", "alprazolam", "kratom"]


def test_a_topic_word_among_other_words_still_finds_it(engine: Engine) -> None:
    hits = engine.search("el mejor somnífero")
    assert [h.entry_id for h in hits][:3] == ["stimulus_control", "alprazolam", "kratom"]
    assert hits[0].score < SCORE_TOPIC


def test_an_exact_name_still_comes_before_a_topic(engine: Engine) -> None:
    assert _ids(engine, "ketum")[:3] == ["kratom", "stimulus_control", "alprazolam"]


def test_a_topic_word_is_never_read_as_a_medicine(engine: Engine) -> None:
    parsed = engine.parse("pastillas para dormir")
    assert parsed.resolved == []
    assert parsed.unresolved


def test_a_topic_naming_an_unknown_entry_is_reported(pack_copy: Path) -> None:
    (pack_copy / "topics.toml").write_text(TOPICS.replace('"kratom"]', '"kratum"]'))
    _reseal(pack_copy)
    messages = [str(p) for p in load_pack(pack_copy).problems]
    assert messages == ["topics.toml: sleeping_pills: entries: unknown entry 'kratum'"]


def test_a_term_in_two_topics_is_reported(pack_copy: Path) -> None:
    (pack_copy / "topics.toml").write_text(TOPICS.replace('["ansiedad"]', '["Somniferos"]'))
    _reseal(pack_copy)
    messages = [str(p) for p in load_pack(pack_copy).problems]
    assert messages == [
        "topics.toml: anxiety: terms: 'Somniferos' is also a term of sleeping_pills"
    ]


def test_a_topic_needs_terms_and_entries(pack_copy: Path) -> None:
    (pack_copy / "topics.toml").write_text(TOPICS.replace('terms = ["ansiedad"]', "terms = []"))
    _reseal(pack_copy)
    located = [(p.file, p.entry, p.field) for p in load_pack(pack_copy).problems]
    assert located == [("topics.toml", "anxiety", "terms")]
