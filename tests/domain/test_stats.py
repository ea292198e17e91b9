"""The content report (`saferest data stats`): its JSON shape and the figures of the mini pack."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.domain.conftest import MINIPACK
from tests.domain.test_pack import _edit, _reseal

from saferest.__main__ import main
from saferest.domain.pack import load_pack
from saferest.domain.stats import pack_stats


def _stats_json(capsys: pytest.CaptureFixture[str], root: Path) -> tuple[int, dict[str, object]]:
    code = main(["data", "stats", "--json", str(root)])
    return code, json.loads(capsys.readouterr().out)


def test_the_json_has_every_figure_of_the_report(capsys: pytest.CaptureFixture[str]) -> None:
    code, data = _stats_json(capsys, MINIPACK)
    assert code == 0
    assert set(data) == {
        "data_version",
        "problems",
        "counts",
        "medications_by_form",
        "rules_by_severity",
        "rules_by_reliability",
        "claims_by_verdict",
        "sources_per_rule",
        "rules_without_locator",
        "source_references",
        "texts",
        "translation_coverage",
        "oldest_review",
    }


def test_the_mini_pack_figures(capsys: pytest.CaptureFixture[str]) -> None:
    _, data = _stats_json(capsys, MINIPACK)
    assert data["counts"] == {
        "source": 2,
        "tag": 8,
        "class": 1,
        "substance": 1,
        "medication": 15,
        "rule": 12,
        "list_rule": 3,
        "lasting_effect": 3,
        "practice": 1,
        "emergency": 1,
        "emergency_number": 1,
        "search_topic": 0,
        "condition": 4,
    }
    assert data["medications_by_form"] == {"generic": 12, "combination": 3, "food": 0}
    assert data["rules_by_severity"] == {"dangerous": 2, "unsafe": 7, "caution": 3, "low_risk": 0}
    assert data["rules_by_reliability"] == {"proven": 7, "inferred": 5, "hypothetical": 0}
    assert data["claims_by_verdict"] == {
        "not_supported": 1,
        "partly_supported": 0,
        "supported": 0,
        "unknown": 0,
        "none": 0,
    }
    assert data["sources_per_rule"] == {"min": 1, "median": 1, "max": 1}
    assert data["rules_without_locator"] == 12
    assert data["source_references"] == {"total": 28, "with_locator": 0}
    assert data["oldest_review"] == {
        "date": "2026-11-21",
        "kind": "emergency",
        "id": "opioid_overdose",
    }


def test_translation_coverage_is_the_share_of_texts_with_each_language(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """95 texts with words (checker.toml's 28 and conditions.toml's 15 rule texts in English
    only); 15 in Spanish: a tag, the class, a name, one rule (3), a number, and the four
    conditions' names and meanings (8)."""
    _, data = _stats_json(capsys, MINIPACK)
    assert data["texts"] == 95
    assert data["translation_coverage"] == {"en": 100.0, "es": 15.7}


def test_coverage_is_rounded_down_so_100_means_complete() -> None:
    stats = pack_stats(load_pack(MINIPACK))
    assert stats.translation_coverage["en"] == 100.0
    assert 0 < stats.translation_coverage["es"] < 100.0


def test_a_rule_counts_as_located_only_when_every_source_has_a_locator(pack_copy: Path) -> None:
    _edit(
        pack_copy,
        'advice = "Tell the prescriber."\nsources = ["tanna-2022"]',
        'advice = "Tell the prescriber."\nsources = ["tanna-2022"]\n'
        'locators = { tanna-2022 = "Table 2" }',
    )
    _edit(
        pack_copy,
        'advice = "Avoid."\nsources = ["tanna-2022"]',
        'advice = "Avoid."\nsources = ["tanna-2022", "fda-opioid-benzo-2016"]\n'
        'locators = { tanna-2022 = "Results" }',
    )
    _reseal(pack_copy)
    pack = load_pack(pack_copy)
    assert pack.problems == []
    stats = pack_stats(pack)
    assert stats.rules_without_locator == 11
    assert (stats.source_references, stats.source_references_with_locator) == (29, 2)
    assert stats.sources_per_rule == {"min": 1, "median": 1, "max": 2}


def test_a_claim_without_a_verdict_is_a_problem_not_a_count(pack_copy: Path) -> None:
    _edit(pack_copy, 'verdict = "not_supported"\n', "")
    _reseal(pack_copy)
    pack = load_pack(pack_copy)
    assert any("verdict" in p.field for p in pack.problems)
    assert pack_stats(pack).claims_by_verdict.get("not_supported", 0) == 0


def test_the_text_report_reads_as_sentences(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["data", "stats", str(MINIPACK)]) == 0
    out = capsys.readouterr().out
    for line in (
        "Entries: 1 substances, 15 medications (generic 12, combination 3, food 0), "
        "1 sleep practices, 1 emergency topics",
        "Also: 4 health conditions, 12 rules, 3 list rules, 3 lasting-effect figures, 2 sources, "
        "8 tags, 1 classes, 0 search topics, 1 emergency numbers",
        "Rules by severity: dangerous 2, unsafe 7, caution 3, low risk 0",
        "Rules without a locator for every source they cite: 12 of 12",
        "Claims by verdict: not supported 1, partly supported 0, supported 0, unknown 0, none 0",
        "Translation coverage of 95 texts: en 100.0 %, es 15.7 %",
        "Oldest review: 2026-11-21 (emergency opioid_overdose)",
    ):
        assert line in out.splitlines(), line


def test_a_damaged_pack_still_reports_but_exits_1(
    pack_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _edit(pack_copy, 'severity = "dangerous"', 'severity = "deadly"')
    code, data = _stats_json(capsys, pack_copy)
    assert code == 1
    assert data["problems"] == 2  # the bad severity, and the edit the manifest did not expect
    assert data["counts"]["rule"] == 11
