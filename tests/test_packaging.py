"""Packaging files that admins and app stores read: they must parse and say the right things."""

from __future__ import annotations

import configparser
import json
import struct
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from saferest.__main__ import main
from saferest.config import read_config

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"


def test_example_kiosk_config_is_valid_and_locked_down() -> None:
    config, problems = read_config(PACKAGING / "kiosk" / "kiosk.example.toml")
    assert problems == []
    assert config is not None and config.kiosk
    assert config.local_resources and config.local_resources[0].phone
    assert config.admin_pin_hash is None  # the admin must make their own with hash-pin


def test_validating_the_example_names_the_pin_hash_as_the_one_field_to_fill(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (PACKAGING / "kiosk" / "kiosk.example.toml").read_text(encoding="utf-8")
    assert "THE ONE FIELD YOU MUST FILL IN" in text
    installed = tmp_path / "kiosk.toml"  # as an admin installs it: writable by its owner only
    installed.write_text(text, encoding="utf-8")
    installed.chmod(0o644)
    assert main(["config", "validate", str(installed)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "1 problem(s):"
    assert "admin_pin_hash is not set" in lines[1]
    assert "the one field you must fill in" in lines[1] and "saferest admin hash-pin" in lines[1]


def test_desktop_entry_launches_the_saferest_command() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(PACKAGING / "linux" / "org.saferest.SafeRest.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Exec"] == "saferest"
    assert section["Icon"] == "org.saferest.SafeRest"
    assert section["Type"] == "Application"


def test_metainfo_names_the_desktop_file_and_licence() -> None:
    root = ET.parse(PACKAGING / "linux" / "org.saferest.SafeRest.metainfo.xml").getroot()
    assert root.findtext("id") == "org.saferest.SafeRest"
    assert root.findtext("launchable") == "org.saferest.SafeRest.desktop"
    assert root.findtext("project_license") == "GPL-3.0-or-later"


def test_bundle_spec_leaves_out_webengine_and_keeps_qml_for_kiosk_only() -> None:
    spec = (PACKAGING / "saferest.spec").read_text(encoding="utf-8")
    assert '"PySide6.QtWebEngineCore"' in spec
    assert 'if KIOSK:\n    HIDDEN += ["PySide6.QtQml"' in spec


def test_icons_exist_in_svg_and_png_sizes() -> None:
    icons = ROOT / "resources" / "icons"  # shipped in the package: the window icon uses them
    assert (icons / "saferest.svg").is_file()
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        assert (icons / f"saferest-{size}.png").stat().st_size > 100


def test_windows_icon_holds_every_size_up_to_256() -> None:
    data = (PACKAGING / "icons" / "saferest.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    sizes = {struct.unpack_from("<B", data, 6 + 16 * i)[0] or 256 for i in range(count)}
    assert sizes == {16, 24, 32, 48, 64, 128, 256}


def test_desktop_entry_matches_the_app_id_and_window_class() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(PACKAGING / "linux" / "org.saferest.SafeRest.desktop", encoding="utf-8")
    # Qt sets the X11 window class to the application name; Wayland uses the desktop file id.
    assert entry["Desktop Entry"]["StartupWMClass"] == "SafeRest"


def test_flatpak_manifest_has_no_network_and_no_file_access() -> None:
    manifest = json.loads(
        (PACKAGING / "linux" / "flatpak" / "org.saferest.SafeRest.json").read_text(encoding="utf-8")
    )
    assert manifest["id"] == "org.saferest.SafeRest"
    assert manifest["command"] == "saferest"
    assert manifest["runtime"] == "org.kde.Platform"
    args = manifest["finish-args"]
    assert not any(a.startswith(("--share=network", "--filesystem", "--device=all")) for a in args)
    assert {"--socket=wayland", "--socket=fallback-x11", "--share=ipc"} <= set(args)
