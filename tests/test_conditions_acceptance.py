"""Issue #18's acceptance, on the shipped pack, through the command line a new user would use."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from saferest.__main__ import main
from saferest.domain.medication_list import ListItem
from saferest.storage.user_files import UserFiles

DAY = ["--on", "2026-12-07"]


def _check(capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, Any]:
    assert main(["check", "--json", *DAY, *args]) == 0
    data: dict[str, Any] = json.loads(capsys.readouterr().out)
    return data


def _of_kind(data: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [f for f in data["findings"] if f["kind"] == kind]


def test_sleep_apnoea_with_kratom_and_ambien_has_findings_for_both_and_a_load_naming_it(
    capsys: pytest.CaptureFixture[str],
) -> None:
    data = _check(capsys, "--condition", "sleep apnea", "kratom 5g", "Ambien 10mg")
    conditions = _of_kind(data, "condition")
    assert sorted(f["entries"][0] for f in conditions) == ["kratom", "zolpidem"]
    assert all(f["conditions"] == ["sleep_apnoea"] and f["sources"] for f in conditions)
    [load] = _of_kind(data, "list")
    assert load["conditions"] == ["sleep_apnoea"] and load["condition_names"] == ["Sleep apnoea"]
    assert set(load["entries"]) == {"kratom", "zolpidem"}
    [pair] = _of_kind(data, "pair")
    ranks = ["low_risk", "caution", "unsafe", "dangerous"]
    others = [pair, *conditions]
    assert all(ranks.index(load["severity"]) > ranks.index(f["severity"]) for f in others)
    assert [(r["id"], r["kind"]) for r in data["resolved"]][-1] == ("sleep_apnoea", "condition")


def test_im_pregnant_typed_as_a_line_is_the_condition_and_flags_kratom_with_its_source(
    capsys: pytest.CaptureFixture[str],
) -> None:
    data = _check(capsys, "I'm pregnant", "kratom")
    assert {"input": "I'm pregnant", "id": "pregnancy", "kind": "condition"}.items() <= data[
        "resolved"
    ][0].items()
    [finding] = _of_kind(data, "condition")
    assert finding["entries"] == ["kratom"] and finding["conditions"] == ["pregnancy"]
    assert finding["severity"] in {"unsafe", "dangerous"}
    assert any(s["id"] == "kr-eldridge-2018" and s["url"] for s in finding["sources"])


def test_a_condition_that_names_no_condition_is_refused(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["check", "--condition", "Xanax", "kratom"]) == 2
    error = capsys.readouterr().err
    assert "'Xanax' is not a health condition SafeRest knows" in error
    assert "Sleep apnoea" in error and "Pregnancy" in error


def test_condition_lines_in_a_file_and_conditions_saved_by_the_app_are_read(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    text = tmp_path / "list.txt"
    text.write_text("kratom 5g\nembarazada\n", encoding="utf-8")
    data = _check(capsys, "--file", str(text))
    assert [c["id"] for c in data["conditions"]] == ["pregnancy"]
    UserFiles(tmp_path).save_list([ListItem("kratom")], ["sleep_apnoea"])
    data = _check(capsys, "--file", str(tmp_path / "medication-list.json"))
    assert data["conditions"] == [
        {"id": "sleep_apnoea", "name": "Sleep apnoea", "inputs": [], "chosen": True}
    ]
    assert [f["entries"] for f in _of_kind(data, "condition")] == [["kratom"]]


def test_the_text_output_tells_condition_findings_in_their_own_group_in_spanish(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["check", "--lang", "es", *DAY, "--condition", "embarazada", "kratom"]) == 0
    out = capsys.readouterr().out
    assert "Tus condiciones de salud: Embarazo" in out
    assert "Con tus condiciones de salud (1):" in out
    assert "Embarazo: Kratom" in out
    assert "Your health conditions" not in out
