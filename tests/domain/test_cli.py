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


def test_show_text_gives_each_claims_verdict_before_its_evidence(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["show", *DATA, "kratom"]) == 0
    lines = capsys.readouterr().out.splitlines()
    claim = lines.index("* Claim: Kratom is a natural sleep aid.")
    assert lines[claim + 1] == "  [NOT SUPPORTED] Evidence: No evidence"


def test_show_text_gives_verdicts_in_spanish(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["show", *DATA, "--lang", "es", "kratom"]) == 0
    assert "  [NO RESPALDADA] Evidencia: Sin evidencia" in capsys.readouterr().out.splitlines()


def test_show_json_carries_each_claims_verdict(capsys: pytest.CaptureFixture[str]) -> None:
    code, data = _json(capsys, "show", "--json", *DATA, "kratom")
    assert code == 0
    assert isinstance(data, dict)
    assert [claim["verdict"] for claim in data["claims"]] == ["not_supported"]


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


def test_check_json_carries_each_items_status_and_lists_what_is_not_taken(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, data = _json(
        capsys, "check", "--json", *DATA, "Xanax as needed", "stopped kratom", "no OxyContin"
    )
    assert code == 0
    assert isinstance(data, dict)
    assert [(r["id"], r["status"], r["stopped_on"]) for r in data["resolved"]] == [
        ("alprazolam", "as_needed", None),
        ("kratom", "stopped", None),
    ]
    assert [(n["input"], n["id"]) for n in data["not_taken"]] == [("no OxyContin", "oxycodone")]
    # Stopped with no date and no lasting effect on record: past use, not current use.
    assert data["findings"] == [] and data["checked_pairs"] == 0
    assert [(s["entry"], s["days_since"]) for s in data["stopped_not_checked"]] == [
        ("kratom", None)
    ]


def test_check_reads_a_saved_list_with_the_persons_own_readings_and_statuses(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    saved = tmp_path / "medication-list.json"
    document = {
        "format": "saferest.medication-list",
        "version": 2,
        "items": [
            {"input": "xanaks 2mg", "reading": ["alprazolam"]},
            {"input": "my sleep stuff", "reading": []},
            {"input": "kratom", "status": "stopped", "stopped_on": "2026-11-20"},
            {"input": "OxyContin"},
        ],
    }
    saved.write_text(json.dumps(document), encoding="utf-8")
    code, data = _json(capsys, "check", "--json", *DATA, "--file", str(saved))
    assert code == 0
    assert isinstance(data, dict)
    assert [(r["id"], r["status"], r["stopped_on"], r["reading"]) for r in data["resolved"]] == [
        ("alprazolam", "taking", None, "corrected"),
        ("kratom", "stopped", "2026-11-20", "parsed"),
        ("oxycodone", "taking", None, "parsed"),
    ]
    assert [(u["input"], u["reason"]) for u in data["unresolved"]] == [
        ("my sleep stuff", "set_aside")
    ]
    [pair] = data["interactions"]
    assert {pair["a"], pair["b"]} == {"alprazolam", "oxycodone"}


def test_a_damaged_saved_list_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    saved = tmp_path / "medication-list.json"
    saved.write_text('{"format": "something else", "version": 1}', encoding="utf-8")
    assert main(["check", *DATA, "--file", str(saved)]) == 2
    assert "not a SafeRest file" in capsys.readouterr().err


def test_check_text_marks_stopped_and_not_taken_items(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", *DATA, "stopped kratom", "no Xanax", "OxyContin"]) == 0
    out = capsys.readouterr().out
    assert "'stopped kratom' -> Kratom [stopped]" in out
    assert "'no Xanax': not taken: alprazolam" in out
    assert "Kratom: stopped (no date given); if you stopped in the last few days, add when" in out


def test_check_text_lists_a_long_stopped_item_as_not_checked(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["check", *DATA, "--on", "2026-12-07", "stopped kratom 2026-11-01", "Xanax"]) == 0
    out = capsys.readouterr().out
    assert "'stopped kratom 2026-11-01' -> Kratom [stopped 2026-11-01]" in out
    assert "Stopped, not checked any more:\n  Kratom: stopped 36 days ago" in out


def _with_us_number(pack: Path) -> Path:
    from saferest.domain.pack import MANIFEST_NAME, build_manifest_text

    with (pack / "pack.toml").open("a", encoding="utf-8") as toml:
        toml.write(
            '\n[[emergency_number]]\ncountry = "US"\nname = "Emergency"\nnumber = "911"\n'
            'sources = ["fda-opioid-benzo-2016"]\n'
        )
    (pack / MANIFEST_NAME).write_text(build_manifest_text(pack, "test", "2026-11-21"))
    return pack


def test_check_names_one_emergency_number_for_the_country_asked(
    pack_copy: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    data = ["--data", str(_with_us_number(pack_copy))]
    assert main(["check", *data, "--country", "us", "kratom", "Xanax"]) == 0
    out = capsys.readouterr().out
    assert "In an emergency call 911." in out
    assert "112" not in out and "local emergency number" not in out


def test_check_takes_the_emergency_number_from_the_locale(
    pack_copy: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_TELEPHONE", raising=False)
    monkeypatch.delenv("LC_ADDRESS", raising=False)
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    code, data = _json(
        capsys, "check", "--json", "--data", str(_with_us_number(pack_copy)), "kratom"
    )
    assert code == 0 and isinstance(data, dict)
    assert data["emergency_number"] == {
        "number": "911",
        "name": "Emergency",
        "country": "US",
        "chosen_by": "locale",
    }


def test_a_country_without_a_number_warns_and_gives_the_general_one(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LC_ALL", "C")
    assert main(["check", *DATA, "--country", "FR", "kratom"]) == 0
    captured = capsys.readouterr()
    assert "no emergency number for country 'FR'" in captured.err
    assert "In an emergency call 112." in captured.out


def test_show_gives_the_emergency_number_with_first_aid(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LC_ALL", "C")
    assert main(["show", *DATA, "opioid_overdose"]) == 0
    assert "Emergency number: 112" in capsys.readouterr().out.splitlines()
