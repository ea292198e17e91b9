"""One search over everything: ranking, typo tolerance, and safety on any input."""

from __future__ import annotations

from datetime import timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.domain.conftest import MINIPACK

from saferest.domain.engine import Engine
from saferest.domain.pack import load_pack
from saferest.domain.search import SearchIndex, fts5_available


@pytest.fixture(params=["fts5", "fallback"])
def index(request: pytest.FixtureRequest) -> SearchIndex:
    if request.param == "fts5" and not fts5_available():
        pytest.skip("this SQLite has no FTS5")
    return _ENGINES[request.param == "fts5"].index


def _top(index: SearchIndex, query: str) -> str:
    return index.search(query)[0].entry_id


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("kratom", "kratom"),
        ("Kratum", "kratom"),
        ("krat", "kratom"),
        ("xanax", "alprazolam"),
        ("xanex", "alprazolam"),
        ("xanaz", "alprazolam"),
        ("ketum", "kratom"),
        ("thang", "kratom"),
        ("overdose", "opioid_overdose"),
        ("oxycon", "oxycodone"),
        ("ocet", "percocet"),
    ],
)
def test_the_right_entry_comes_first(index: SearchIndex, query: str, expected: str) -> None:
    assert _top(index, query) == expected


def test_card_text_is_searched(index: SearchIndex) -> None:
    ids = [hit.entry_id for hit in index.search("coffee")]
    assert ids == ["kratom"]


def test_practice_text_is_searched(index: SearchIndex) -> None:
    assert _top(index, "re-links the bed") == "stimulus_control"


def test_exact_names_outrank_partial_ones(index: SearchIndex) -> None:
    hits = index.search("Unisom")
    assert {h.entry_id for h in hits[:2]} == {"unisom_sleepgels", "unisom_sleeptabs"}
    assert hits[0].score == 100


def test_results_respect_the_limit(index: SearchIndex) -> None:
    assert len(index.search("a", limit=2)) <= 2


@pytest.mark.parametrize(
    "query",
    [
        '"',
        '"*NEAR(',
        "*",
        "NEAR(",
        "-",
        "a OR b",
        "kratom AND",
        "🙂💊",
        "x" * 10_000,
        "",
        "   ",
        "'; DROP TABLE names; --",
        "\x00",
        "col:kratom",
        "^kratom",
    ],
)
def test_hostile_queries_never_raise(index: SearchIndex, query: str) -> None:
    index.search(query)


@settings(max_examples=200, deadline=timedelta(seconds=2))
@given(st.text(max_size=500))
def test_any_query_is_safe(query: str) -> None:
    for index in _INDEXES:
        hits = index.search(query, limit=5)
        assert len(hits) <= 5


_ENGINES = {False: Engine(load_pack(MINIPACK), use_fts=False)}
if fts5_available():
    _ENGINES[True] = Engine(load_pack(MINIPACK), use_fts=True)
_INDEXES = [engine.index for engine in _ENGINES.values()]
