"""The data pack that ships with SafeRest: valid, complete, and answering the acceptance checks."""

from __future__ import annotations

import json

import pytest

from saferest.__main__ import main
from saferest.domain.engine import Engine
from saferest.domain.pack import default_data_dir, load_pack


@pytest.fixture(scope="module")
def shipped() -> Engine:
    return Engine(load_pack())


def test_pack_ships_inside_the_installed_package() -> None:
    root = default_data_dir()
    assert (root / "manifest.toml").is_file()
    assert (root / "tags.toml").is_file()


def test_shipped_pack_validates(shipped: Engine) -> None:
    assert [str(p) for p in shipped.pack.problems] == []


def test_xanax_with_kratom_is_unsafe_or_worse_with_a_source(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["check", "--json", "Xanax 1mg", "kratom powder 5g"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [r["id"] for r in data["resolved"]] == ["alprazolam", "kratom"]
    [pair] = [i for i in data["interactions"] if {i["a"], i["b"]} == {"alprazolam", "kratom"}]
    assert pair["severity"] in {"dangerous", "unsafe"}
    assert pair["sources"]


def test_gibberish_is_unresolved(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--json", "zzqqxx"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [u["input"] for u in data["unresolved"]] == ["zzqqxx"]
    assert data["interactions"] == []


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("kratum", "kratom"),
        ("xanex", "alprazolam"),
        ("seroquil", "quetiapine"),
        ("ambian", "zolpidem"),
    ],
)
def test_typos_put_the_right_entry_first(shipped: Engine, query: str, expected: str) -> None:
    assert shipped.search(query)[0].entry_id == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Zoloft 50mg daily", ["sertraline"]),
        ("seroquel 25 mg at night", ["quetiapine"]),
        ("kratom powder 5g", ["kratom"]),
        ("gabapentin 300mg TID", ["gabapentin"]),
    ],
)
def test_everyday_lines_resolve(shipped: Engine, line: str, expected: list[str]) -> None:
    parsed = shipped.parse(line)
    assert [r.entry_id for r in parsed.resolved] == expected
    assert parsed.unresolved == []


def test_tylenol_pm_expands_to_its_ingredients(shipped: Engine) -> None:
    [item] = shipped.parse("Tylenol PM").resolved
    assert set(shipped.ingredients(item.entry_id)) == {"acetaminophen", "diphenhydramine"}
