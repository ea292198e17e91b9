"""The admin kiosk configuration: valid files apply, anything doubtful fails locked."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from saferest.__main__ import main
from saferest.config import KioskConfig, hash_pin, load_config, scrypt, verify_pin


def _write(tmp_path: Path, text: str, mode: int = 0o644) -> Path:
    path = tmp_path / "kiosk.toml"
    path.write_text(text, encoding="utf-8")
    path.chmod(mode)
    tmp_path.chmod(0o755)
    return path


def test_valid_file_is_applied(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        'clinic_name = "Harbour Clinic"\nidle_timeout_s = 2\nidle_warning_s = 1\n'
        '[[local_resources]]\nname = "Needle exchange"\nphone = "555 0100"\n',
    )
    loaded = load_config(path)
    assert loaded is not None and not loaded.refused
    assert loaded.config.clinic_name == "Harbour Clinic"
    assert loaded.config.idle_timeout_s == 2
    assert loaded.config.local_resources[0].phone == "555 0100"


def test_no_system_file_and_no_kiosk_flag_means_desktop_mode(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr("saferest.config.system_config_path", lambda: tmp_path / "none.toml")
    assert load_config() is None
    forced = load_config(force_kiosk=True)
    assert forced is not None and forced.config.kiosk and not forced.refused


@pytest.mark.parametrize(
    "text",
    ["kiosk = [", "idle_timeout_s = -5", "unknown_key = 1", 'admin_pin_hash = "plaintext-1234"'],
)
def test_broken_or_invalid_file_fails_locked_with_a_notice(tmp_path: Path, text: str) -> None:
    loaded = load_config(_write(tmp_path, text))
    assert loaded is not None and loaded.refused
    assert loaded.config == KioskConfig()
    assert loaded.config.kiosk is True


def test_world_writable_file_is_refused(tmp_path: Path) -> None:
    loaded = load_config(_write(tmp_path, "kiosk = false\n", mode=0o666))
    assert loaded is not None and loaded.refused
    assert "writable" in (loaded.notice or "")
    assert loaded.config.kiosk is True


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read any file")
def test_unreadable_file_fails_locked(tmp_path: Path) -> None:
    loaded = load_config(_write(tmp_path, "kiosk = false\n", mode=0o000))
    assert loaded is not None and loaded.refused and loaded.config.kiosk


def test_missing_explicit_file_fails_locked(tmp_path: Path) -> None:
    loaded = load_config(tmp_path / "absent.toml")
    assert loaded is not None and loaded.refused and loaded.config.kiosk


def test_pin_hash_verifies_only_the_right_pin() -> None:
    stored = hash_pin("482193")
    assert stored.startswith("scrypt$")
    assert verify_pin("482193", stored)
    assert not verify_pin("482194", stored)
    assert not verify_pin("482193", None)
    assert not verify_pin("482193", "scrypt$garbage")


def test_pin_hashes_are_standard_scrypt_so_older_hashes_still_verify() -> None:
    """A hash made by hashlib.scrypt (OpenSSL) before is checked the same way now."""
    hashlib_scrypt = getattr(hashlib, "scrypt", None)
    if hashlib_scrypt is None:
        pytest.skip("this Python's hashlib has no scrypt to compare with")
    salt = b"0123456789abcdef"
    expected = hashlib_scrypt(b"246810", salt=salt, n=2**14, r=8, p=1)
    assert scrypt(b"246810", salt, 2**14, 8, 1) == expected
    assert verify_pin("246810", hash_pin("246810", salt))


def test_same_pin_gets_a_different_salt_each_time() -> None:
    assert hash_pin("482193") != hash_pin("482193")


def test_short_pin_is_refused() -> None:
    with pytest.raises(ValueError):
        hash_pin("12")


def test_cli_hash_pin_and_config_validate(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO("246813\n"))
    assert main(["admin", "hash-pin", "--stdin"]) == 0
    stored = capsys.readouterr().out.strip()
    assert verify_pin("246813", stored)
    good = _write(tmp_path, f'clinic_name = "X"\nadmin_pin_hash = "{stored}"\n')
    assert main(["config", "validate", str(good)]) == 0
    bad = _write(tmp_path, "idle_timeout_s = 0\n")
    assert main(["config", "validate", str(bad)]) == 1
    assert "idle_timeout_s" in capsys.readouterr().out
