"""The command line: the JSON contract, exit codes, and hostile input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.domain.conftest import MINIPACK

from saferest import cli
from saferest.__main__ import main

DATA = ["--data", str(MINIPACK)]


def _json(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, object]:
    code = main([*args])
    return code, json.loads(capsys.readouterr().out)


def test_check_json_resolves_and_reports_pairs(capsys: pytest.CaptureFixture[str]) -> None:
    code, data = _json(capsys, "check", "--json", *DATA, "Xanax 1mg", "kratom powder 5g")
    assert code == 0
    assert isinstance(data, dict)
    assert [(r["input"], r["id"]) for r in data["resolved"]] == [
        ("Xanax 1mg", "alprazolam"),
        ("kratom powder 5g", "kratom"),
    ]
    [pair] = data["interactions"]
    assert {pair["a"], pair["b"]} == {"alprazolam", "kratom"}
    assert pair["severity"] in {"dangerous", "unsafe"}
    assert pair["sources"] and pair["sources"][0]["url"].startswith("https://")
    assert set(pair) >= {
        "a",
        "b",
        "severity",
        "reliability",
        "mechanisms",
        "summary",
        "advice",
        "sources",
    }


def test_check_json_lists_unknown_items_and_pairs_nothing_with_them(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, data = _json(capsys, "check", "--json", *DATA, "zzqqxx")
    assert code == 0
    assert isinstance(data, dict)
    assert data["unresolved"][0]["input"] == "zzqqxx"
    assert data["resolved"] == [] and data["interactions"] == []


def test_check_reads_a_file_one_item_per_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    listing = tmp_path / "list.txt"
    listing.write_text("Percocet\n\nXanax 0.5 mg\n", encoding="utf-8")
    code, data = _json(capsys, "check", "--json", *DATA, "--file", str(listing))
    assert code == 0
    assert isinstance(data, dict)
    assert [r["id"] for r in data["resolved"]] == ["percocet", "alprazolam"]
    assert data["resolved"][0]["ingredients"] == ["oxycodone", "acetaminophen"]


def test_check_text_output_says_unknown_is_not_safe(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", *DATA, "zzqqxx", "Tylenol", "Zoloft"]) == 0
    out = capsys.readouterr().out
    assert "NOT RECOGNISED" in out
    assert "not a promise" in out


def test_search_json_shape(capsys: pytest.CaptureFixture[str]) -> None:
    code, data = _json(capsys, "search", "--json", *DATA, "kratum")
    assert code == 0
    assert isinstance(data, list)
    assert data[0]["id"] == "kratom"
    assert set(data[0]) == {"id", "name", "kind", "score"}


def test_search_survives_query_syntax(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", *DATA, '"*NEAR(']) == 0


def test_show_by_name_and_unknown_name(capsys: pytest.CaptureFixture[str]) -> None:
    code, data = _json(capsys, "show", "--json", *DATA, "Xanax")
    assert code == 0
    assert isinstance(data, dict)
    assert data["id"] == "alprazolam"
    assert data["interaction_summary"]
    assert main(["show", *DATA, "zzqqxx"]) == 1


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", *DATA]) == 2
    assert main(["search"]) == 2
    assert main(["data", "frobnicate"]) == 2


def test_data_validate_passes_and_fails(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["data", "validate", str(MINIPACK)]) == 0
    assert main(["data", "validate", str(tmp_path / "missing")]) == 1


def test_damaged_pack_still_answers_but_exits_1(
    pack_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (pack_copy / "broken.toml").write_text("not = [valid")
    code = main(["check", "--json", "--data", str(pack_copy), "Xanax", "kratom"])
    captured = capsys.readouterr()
    assert code == 1
    assert "problem" in captured.err
    assert json.loads(captured.out)["interactions"]


def test_only_known_commands_go_to_the_cli() -> None:
    assert cli.is_cli_command(["check", "x"])
    assert not cli.is_cli_command(["--kiosk"])
    assert not cli.is_cli_command([])


def test_check_in_spanish_uses_spanish_text_and_marks_english_fallback(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, data = _json(capsys, "check", "--json", "--lang", "es", *DATA, "Ativan", "Xanax")
    assert code == 0 and isinstance(data, dict)
    [pair] = data["interactions"]
    assert pair["summary"] == "Dos depresores se suman."
    assert pair["shown_in_english"] is False
    assert main(["check", "--lang", "es", *DATA, "Percocet", "Tylenol"]) == 0
    out = capsys.readouterr().out
    assert "Tu lista:" in out and "(en inglés" in out
    assert "[PRECAUCIÓN]" in out


def test_the_same_pair_has_the_same_severity_in_both_languages(
    capsys: pytest.CaptureFixture[str],
) -> None:
    severities = []
    for lang in ("en", "es"):
        _, data = _json(capsys, "check", "--json", "--lang", lang, *DATA, "kratom", "Xanax")
        assert isinstance(data, dict)
        severities.append([(i["a"], i["b"], i["severity"]) for i in data["interactions"]])
    assert severities[0] == severities[1]


def test_spanish_names_are_used_for_display(capsys: pytest.CaptureFixture[str]) -> None:
    _, data = _json(capsys, "check", "--json", "--lang", "es", *DATA, "paracetamol")
    assert isinstance(data, dict)
    assert data["resolved"][0]["name"] == "paracetamol"
