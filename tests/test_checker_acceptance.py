"""Issue #12's acceptance, on the shipped pack, through the command line a new user would use."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from saferest.__main__ import main


def _check(capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, Any]:
    assert main(["check", "--json", *args]) == 0
    data: dict[str, Any] = json.loads(capsys.readouterr().out)
    return data


def _sedative_load(data: dict[str, Any]) -> dict[str, Any]:
    [load] = [f for f in data["findings"] if f["kind"] == "list" and "zolpidem" in f["entries"]]
    return load


def test_kratom_ambien_and_gabapentin_make_one_load_naming_all_three(
    capsys: pytest.CaptureFixture[str],
) -> None:
    data = _check(capsys, "kratom 5g", "Ambien 10mg", "gabapentin 300mg")
    load = _sedative_load(data)
    assert set(load["entries"]) == {"kratom", "zolpidem", "gabapentin"}
    assert load["severity"] in {"unsafe", "dangerous"}
    assert load["lines"] == [0, 1, 2]
    assert load["sources"] and load["headline"] and load["why"] and load["advice"]


def test_adding_xanax_makes_the_load_dangerous_and_names_it(
    capsys: pytest.CaptureFixture[str],
) -> None:
    data = _check(capsys, "kratom 5g", "Ambien 10mg", "gabapentin 300mg", "Xanax")
    load = _sedative_load(data)
    assert load["severity"] == "dangerous"
    assert set(load["entries"]) == {"kratom", "zolpidem", "gabapentin", "alprazolam"}


def _saved_list(tmp_path: Path) -> Path:
    path = tmp_path / "list.json"
    path.write_text(
        json.dumps(
            {
                "format": "saferest.medication-list",
                "version": 2,
                "items": [
                    {"input": "phenelzine", "status": "stopped", "stopped_on": "2026-12-02"},
                    {"input": "sertraline"},
                ],
            }
        ),
        encoding="utf-8",
    )
    return path


def test_a_maoi_stopped_five_days_ago_is_flagged_with_sertraline(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = _check(capsys, "--on", "2026-12-07", "--file", str(_saved_list(tmp_path)))
    [pair] = [f for f in data["findings"] if f["entries"] == ["phenelzine", "sertraline"]]
    assert pair["severity"] == "dangerous"
    phenelzine = next(t for t in pair["time"] if t["entry"] == "phenelzine")
    assert phenelzine == {
        "entry": "phenelzine",
        "status": "stopped",
        "stopped_on": "2026-12-02",
        "days_since": 5,
        "effect_lasts_days": 14,
    }
    assert main(["check", "--on", "2026-12-07", "--file", str(_saved_list(tmp_path))]) == 0
    assert "stopped 5 days ago; its effect lasts about 14 days" in capsys.readouterr().out


def test_after_its_effect_the_maoi_is_listed_as_stopped_and_not_checked(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = _check(capsys, "--on", "2027-01-15", "--file", str(_saved_list(tmp_path)))
    assert data["findings"] == [] and data["no_known_interaction"] == []
    [stopped] = data["stopped_not_checked"]
    assert (stopped["entry"], stopped["days_since"]) == ("phenelzine", 44)
    assert data["resolved"][0]["status"] == "stopped"


def test_no_finding_repeats_a_sentence_in_its_why_or_advice(
    capsys: pytest.CaptureFixture[str],
) -> None:
    data = _check(
        capsys, "kratom 5g at night", "Ambien 10mg", "gabapentin 300mg", "Benadryl", "Percocet"
    )
    for finding in data["findings"]:
        for field in ("why", "advice"):
            said = [s for s in finding[field].split(". ") if s]
            assert len(said) == len(set(said)), (finding["entries"], field)


def test_every_existing_json_key_is_kept(capsys: pytest.CaptureFixture[str]) -> None:
    data = _check(capsys, "OxyContin", "Xanax", "Tylenol", "zzqqxx")
    assert set(data) >= {
        "data_version",
        "lang",
        "resolved",
        "unresolved",
        "interactions",
        "no_known_interaction",
        "checked_pairs",
        "findings",
    }
    pair = data["interactions"][0]
    assert set(pair) >= {
        "a",
        "b",
        "a_name",
        "b_name",
        "kind",
        "severity",
        "reliability",
        "rules",
        "mechanisms",
        "summary",
        "advice",
        "shown_in_english",
        "sources",
    }
    assert pair["kind"] in {"interaction", "duplicate"}
    finding = data["findings"][0]
    assert set(finding) >= {
        "entries",
        "kind",
        "severity",
        "reliability",
        "headline",
        "why",
        "advice",
        "notes",
        "time",
        "sources",
    }


def test_show_in_spanish_has_no_english_labels_around_spanish_text(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["show", "--lang", "es", "kratom"]) == 0
    out = capsys.readouterr().out
    for english in ("Claims and evidence", "Reviewed:", "Interactions", "Also called:", "with "):
        assert english not in out, english
    for spanish in ("Lo que se dice y la evidencia", "Revisado:", "Interacciones", "[PELIGROSO]"):
        assert spanish in out, spanish
