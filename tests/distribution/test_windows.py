"""Windows: the parts that run in pure Python, tested on any system.

Not run here (no Windows machine): PyInstaller's Windows build, the Inno Setup compiler, the
icacls commands, and win_acl.read_security (the ctypes calls into advapi32).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from build_bundle import inno_command
from windows.version_resource import numbers, string_fields

from saferest import __version__, config, win_acl
from saferest.win_acl import (
    DELETE,
    FILE_APPEND_DATA,
    FILE_DELETE_CHILD,
    FILE_WRITE_DATA,
    INHERIT_ONLY,
    Ace,
    untrusted_writers,
)

ROOT = Path(__file__).resolve().parents[2]
ISS = (ROOT / "packaging" / "windows" / "saferest.iss").read_text(encoding="utf-8")
ADMINS, SYSTEM, USERS, EVERYONE = "S-1-5-32-544", "S-1-5-18", "S-1-5-32-545", "S-1-1-0"
FULL, READ_EXECUTE = 0x1F01FF, 0x1200A9


# -- version resource ------------------------------------------------------------------------


def test_version_resource_numbers_come_from_the_package_version() -> None:
    assert numbers("0.1.0") == (0, 1, 0, 0)
    assert numbers("2.10.3rc1") == (2, 10, 3, 0)
    assert numbers(__version__)[:3] == tuple(int(p) for p in __version__.split(".")[:3])


def test_version_resource_refuses_what_windows_cannot_show() -> None:
    with pytest.raises(ValueError):
        numbers("70000.0")
    with pytest.raises(ValueError):
        numbers("next")


def test_version_resource_strings_name_each_program() -> None:
    gui = string_fields("1.2.0", "saferest")
    cli = string_fields("1.2.0", "saferest-cli")
    assert gui["ProductVersion"] == gui["FileVersion"] == "1.2.0"
    assert (gui["OriginalFilename"], cli["OriginalFilename"]) == (
        "saferest.exe",
        "saferest-cli.exe",
    )


# -- the installer script --------------------------------------------------------------------


def test_installer_command_passes_the_version_and_flavour() -> None:
    iss = Path("saferest.iss")
    assert inno_command("1.2.0", False, iss) == ["iscc", "/DAppVersion=1.2.0", "saferest.iss"]
    assert "/DFlavour=kiosk" in inno_command("1.2.0", True, iss)


def test_installer_documents_silent_install_and_removal() -> None:
    assert "/VERYSILENT /SUPPRESSMSGBOXES /NORESTART" in ISS
    assert re.search(r"unins000\.exe\" /VERYSILENT", ISS)


def test_installer_locks_the_config_folder_to_administrators_and_system() -> None:
    icacls = [line for line in ISS.splitlines() if "icacls.exe" in line]
    assert any("/setowner *S-1-5-32-544" in line for line in icacls)
    grant = next(line for line in icacls if "/grant:r" in line)
    assert "/inheritance:r" in grant
    assert "*S-1-5-32-544:(OI)(CI)F" in grant and "*S-1-5-18:(OI)(CI)F" in grant
    assert "*S-1-5-32-545:(OI)(CI)RX" in grant


def test_installer_ships_both_programs_licences_and_the_app_id() -> None:
    assert 'Filename: "{app}\\saferest.exe"' in ISS
    assert "LicenseFile=..\\..\\LICENSE" in ISS
    assert "resources\\licences\\*.txt" in ISS
    assert 'AppUserModelID: "{#AppId}"' in ISS and '#define AppId "org.saferest.SafeRest"' in ISS


def test_the_spec_builds_a_windowed_and_a_console_program() -> None:
    spec = (ROOT / "packaging" / "saferest.spec").read_text(encoding="utf-8")
    assert "console=not WINDOWS" in spec
    assert 'name="saferest-cli",\n            console=True' in spec


# -- kiosk configuration access lists ----------------------------------------------------------


def allowed(sid: str, mask: int, flags: int = 0) -> Ace:
    return Ace(0, flags, mask, sid)


LOCKED = [allowed(ADMINS, FULL), allowed(SYSTEM, FULL), allowed(USERS, READ_EXECUTE)]


def test_a_folder_locked_as_the_installer_sets_it_is_trusted() -> None:
    assert untrusted_writers(ADMINS, LOCKED, folder=True) == []
    assert untrusted_writers(SYSTEM, LOCKED, folder=False) == []


def test_programdata_default_lets_users_add_files_so_it_is_refused() -> None:
    inherited = [*LOCKED, allowed(USERS, FILE_WRITE_DATA | FILE_APPEND_DATA)]
    assert untrusted_writers(ADMINS, inherited, folder=True) == ["Users"]


def test_deleting_others_files_in_the_folder_counts_as_writing() -> None:
    aces = [*LOCKED, allowed(EVERYONE, FILE_DELETE_CHILD)]
    assert untrusted_writers(ADMINS, aces, folder=True) == ["Everyone"]
    assert untrusted_writers(ADMINS, [*LOCKED, allowed(EVERYONE, DELETE)], folder=False) == [
        "Everyone"
    ]


def test_inherit_only_entries_do_not_apply_to_the_file_itself() -> None:
    aces = [*LOCKED, allowed("S-1-3-0", FULL, INHERIT_ONLY)]
    assert untrusted_writers(ADMINS, aces, folder=True) == []


def test_an_ordinary_owner_or_no_access_list_is_refused() -> None:
    user = "S-1-5-21-1-2-3-1001"
    assert untrusted_writers(user, LOCKED, folder=False) == [f"its owner {user}"]
    assert untrusted_writers(ADMINS, None, folder=False) == ["everyone (it has no access list)"]


def test_config_check_uses_the_access_lists_on_windows(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The hook in saferest.config, with the Windows API replaced by recorded access lists."""
    path = tmp_path / "SafeRest" / "kiosk.toml"
    lists = {path: (ADMINS, LOCKED), path.parent: (ADMINS, [*LOCKED, allowed(USERS, 0x2)])}
    monkeypatch.setattr(config.os, "name", "nt")
    monkeypatch.setattr(win_acl, "read_security", lambda target: lists[target])
    reason = config.writable_by_others(path)
    assert reason is not None and "can be changed by Users" in reason and "icacls" in reason
    lists[path.parent] = (ADMINS, LOCKED)
    assert config.writable_by_others(path) is None
