"""`saferest check --qr-text` and `--qr FILE.png`: the take-home code from the command line."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.domain.conftest import MINIPACK
from tests.qr_decode import decode_rows

from saferest import config
from saferest.__main__ import main
from saferest.domain.engine import Engine
from saferest.domain.pack import load_pack
from saferest.domain.take_home import list_text, make_qr, qr_rows
from saferest.domain.take_home_adapt import list_take_home

DATA = ["--data", str(MINIPACK)]
ITEMS = ["Xanax 1mg", "kratom powder 5g", "zzqqxx"]


@pytest.fixture(autouse=True)
def desktop(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No admin config on this machine, and no locale country, unless a test sets one."""
    monkeypatch.setattr(config, "system_config_path", lambda: tmp_path / "none" / "kiosk.toml")
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)


def kiosk_machine(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, number: str = "") -> None:
    folder = tmp_path / "etc"
    folder.mkdir(mode=0o755)
    path = folder / "kiosk.toml"
    line = f'emergency_number = "{number}"\n' if number else ""
    path.write_text("kiosk = true\n" + line, encoding="utf-8")
    path.chmod(0o644)
    monkeypatch.setattr(config, "system_config_path", lambda: path)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_qr_text_prints_exactly_the_text_of_the_code(
    capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    assert main(["check", "--qr-text", "--lang", lang, *DATA, *ITEMS]) == 0
    printed = capsys.readouterr().out
    engine = Engine(load_pack(MINIPACK))
    expected = list_text(list_take_home(engine, engine.check_lines(ITEMS), lang)).text
    assert printed == expected + "\n"
    assert decode_rows(qr_rows(make_qr(expected))) == printed.removesuffix("\n")


def test_qr_text_uses_the_locale_countrys_number(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    assert main(["check", "--qr-text", *ITEMS]) == 0  # the shipped pack knows the US number
    assert "Emergency: 911" in capsys.readouterr().out


def test_qr_writes_a_png_and_still_prints_the_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    png = tmp_path / "my list.png"
    assert main(["check", "--qr", str(png), *DATA, *ITEMS]) == 0
    assert png.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    captured = capsys.readouterr()
    assert "Your list:" in captured.out
    assert f"wrote {png}" in captured.err


def test_qr_file_is_refused_when_the_admin_config_says_kiosk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    kiosk_machine(tmp_path, monkeypatch)
    png = tmp_path / "list.png"
    assert main(["check", "--qr", str(png), *DATA, *ITEMS]) == 2
    assert "kiosk mode" in capsys.readouterr().err
    assert not png.exists()
    assert list(tmp_path.glob("*.png")) == []


def test_qr_text_on_a_kiosk_machine_carries_the_clinics_number(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    kiosk_machine(tmp_path, monkeypatch, number="0800 123 456")
    assert main(["check", "--qr-text", *DATA, *ITEMS]) == 0
    assert "Emergency: 0800 123 456" in capsys.readouterr().out


def test_the_code_the_text_and_the_json_give_one_and_the_same_number(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    assert main(["check", "--qr-text", "--country", "US", *ITEMS]) == 0
    assert "Emergency: 911" in capsys.readouterr().out
    assert main(["check", "--country", "US", *ITEMS]) == 0
    assert "In an emergency call 911." in capsys.readouterr().out
    kiosk_machine(tmp_path, monkeypatch, number="0800 123 456")
    assert main(["check", "--json", "--country", "US", *DATA, *ITEMS]) == 0
    assert '"chosen_by": "clinic"' in capsys.readouterr().out
    assert main(["check", "--qr-text", "--country", "US", *DATA, *ITEMS]) == 0
    assert "Emergency: 0800 123 456" in capsys.readouterr().out


def test_qr_and_qr_text_together_are_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    png = tmp_path / "list.png"
    assert main(["check", "--qr-text", "--qr", str(png), *DATA, *ITEMS]) == 2
    assert not png.exists()


def test_qr_into_a_missing_folder_fails_with_a_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("", encoding="utf-8")
    assert main(["check", "--qr", str(blocked / "list.png"), *DATA, *ITEMS]) == 1
    assert "cannot write" in capsys.readouterr().err
