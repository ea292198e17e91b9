"""`saferest data keygen|sign|verify|install|rollback|status` as an admin uses them."""

from __future__ import annotations

import json
import shutil
import stat
import subprocess
import zipfile
from pathlib import Path

import pytest
from tests.domain.releases import make_pack, rewrite, top

from saferest import config
from saferest.__main__ import main
from saferest.domain import active_pack, pack_install
from saferest.domain.pack import MANIFEST_NAME


@pytest.fixture
def shipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = make_pack(tmp_path / "shipped", "0.0.1")
    monkeypatch.setattr(active_pack, "default_data_dir", lambda: root)
    monkeypatch.setattr(pack_install, "default_data_dir", lambda: root)
    return root


@pytest.fixture
def keys(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    assert main(["data", "keygen", str(tmp_path / "keys"), "--no-password"]) == 0
    capsys.readouterr()
    return tmp_path / "keys"


def signed(tmp_path: Path, keys: Path, version: str) -> Path:
    pack = make_pack(tmp_path / f"pack-{version}", version)
    out = tmp_path / f"saferest-data-{version}.zip"
    key = str(keys / "saferest-data.key")
    assert main(["data", "sign", str(pack), "--key", key, "--out", str(out)]) == 0
    return out


def data_version(capsys: pytest.CaptureFixture[str]) -> str:
    capsys.readouterr()
    main(["check", "--json", "kratom"])
    return str(json.loads(capsys.readouterr().out)["data_version"])


def test_keygen_writes_a_private_secret_key_and_never_overwrites(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "keys"
    assert main(["data", "keygen", str(folder), "--no-password"]) == 0
    out = capsys.readouterr().out
    public = (folder / "saferest-data.pub").read_text()
    assert public.split()[5] in out  # the key id from "minisign public key <id>"
    assert stat.S_IMODE((folder / "saferest-data.key").stat().st_mode) == 0o600
    assert main(["data", "keygen", str(folder), "--no-password"]) == 2
    assert "never overwritten" in capsys.readouterr().err
    assert (folder / "saferest-data.pub").read_text() == public


def test_verify_refuses_an_unknown_key_and_accepts_it_with_keys(
    tmp_path: Path, keys: Path, shipped: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    archive = signed(tmp_path, keys, "1.0.0")
    capsys.readouterr()
    assert main(["data", "verify", str(archive)]) == 1
    assert "not trusted here" in capsys.readouterr().err
    assert main(["data", "verify", str(archive), "--keys", str(keys / "saferest-data.pub")]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"OK: {archive}: data pack 1.0.0")
    assert "trusted comment: saferest data pack 1.0.0" in out


def test_install_then_rollback_switches_the_pack_the_commands_use(
    tmp_path: Path, keys: Path, shipped: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    trust = ["--keys", str(keys / "saferest-data.pub")]
    assert main(["data", "install", str(signed(tmp_path, keys, "1.0.0")), *trust]) == 0
    assert main(["data", "install", str(signed(tmp_path, keys, "1.1.0")), *trust]) == 0
    assert "will use data pack 1.1.0" in capsys.readouterr().out
    assert data_version(capsys) == "1.1.0"
    assert main(["data", "rollback"]) == 0
    assert "will use data pack 1.0.0" in capsys.readouterr().out
    assert data_version(capsys) == "1.0.0"
    assert main(["data", "rollback"]) == 0
    assert data_version(capsys) == "0.0.1"
    assert main(["data", "rollback"]) == 1
    assert "nothing to roll back" in capsys.readouterr().err


def test_a_refused_install_says_nothing_changed(
    tmp_path: Path, keys: Path, shipped: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    trust = ["--keys", str(keys / "saferest-data.pub")]
    assert main(["data", "install", str(signed(tmp_path, keys, "1.0.0")), *trust]) == 0
    good = signed(tmp_path, keys, "1.1.0")
    name = f"{top(good)}/../outside.toml"
    bad = rewrite(good, tmp_path / "bad.zip", lambda m: [*m, (zipfile.ZipInfo(name), b"")])
    capsys.readouterr()
    assert main(["data", "install", str(bad), *trust]) == 1
    err = capsys.readouterr().err
    assert "leads out of the pack folder" in err and "Nothing was changed" in err
    assert data_version(capsys) == "1.0.0"


def test_older_packs_need_allow_downgrade(
    tmp_path: Path, keys: Path, shipped: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    trust = ["--keys", str(keys / "saferest-data.pub")]
    assert main(["data", "install", str(signed(tmp_path, keys, "2.0.0")), *trust]) == 0
    older = str(signed(tmp_path, keys, "1.0.0"))
    assert main(["data", "install", older, *trust]) == 1
    assert "--allow-downgrade" in capsys.readouterr().err
    assert main(["data", "install", older, *trust, "--allow-downgrade"]) == 0
    assert data_version(capsys) == "1.0.0"


def test_kiosk_toml_trusted_keys_are_trusted_without_keys(
    tmp_path: Path,
    keys: Path,
    shipped: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    line = (keys / "saferest-data.pub").read_text().splitlines()[1]
    kiosk_toml = tmp_path / "etc" / "kiosk.toml"
    kiosk_toml.parent.mkdir(mode=0o755)
    kiosk_toml.write_text(f'kiosk = true\ntrusted_keys = ["{line}"]\n')
    kiosk_toml.chmod(0o644)
    monkeypatch.setattr(config, "system_config_path", lambda: kiosk_toml)
    assert main(["data", "install", "--system", str(signed(tmp_path, keys, "1.0.0"))]) == 0
    assert "kiosks will use data pack 1.0.0" in capsys.readouterr().out
    assert main(["data", "status", "--system"]) == 0
    assert "1.0.0-" in capsys.readouterr().out


def test_sign_refuses_a_pack_with_problems(
    tmp_path: Path, keys: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pack = make_pack(tmp_path / "pack", "1.0.0")
    (pack / "pack.toml").write_text((pack / "pack.toml").read_text() + "\n# edited\n")
    out = tmp_path / "out.zip"
    key = str(keys / "saferest-data.key")
    assert main(["data", "sign", str(pack), "--key", key, "--out", str(out)]) == 1
    assert "SHA-256" in capsys.readouterr().err
    assert not out.exists()


def test_sign_refuses_a_version_that_is_not_dotted_numbers(
    tmp_path: Path, keys: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pack = make_pack(tmp_path / "pack", "spring-release")
    key = str(keys / "saferest-data.key")
    out = str(tmp_path / "out.zip")
    assert main(["data", "sign", str(pack), "--key", key, "--out", out]) == 1
    assert "numbers and dots" in capsys.readouterr().err


@pytest.mark.skipif(shutil.which("minisign") is None, reason="minisign is not installed")
def test_minisign_verifies_the_manifest_of_a_release(tmp_path: Path, keys: Path) -> None:
    archive = signed(tmp_path, keys, "1.0.0")
    with zipfile.ZipFile(archive) as zf:
        zf.extractall(tmp_path / "unpacked")
    folder = tmp_path / "unpacked" / top(archive)
    result = subprocess.run(
        ["minisign", "-Vm", MANIFEST_NAME, "-p", str(keys / "saferest-data.pub")],
        cwd=folder,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Trusted comment: saferest data pack 1.0.0" in result.stdout


def test_check_reports_name_the_pack_in_use_and_its_signing_key(
    tmp_path: Path, keys: Path, shipped: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    key_id = (keys / "saferest-data.pub").read_text().split()[5]
    trust = ["--keys", str(keys / "saferest-data.pub")]
    capsys.readouterr()
    main(["check", "kratom"])
    assert capsys.readouterr().out.splitlines()[-1] == (
        "Data version 0.0.1, reviewed 2026-12-07, signing key: none (shipped with the app)."
    )
    assert main(["data", "install", str(signed(tmp_path, keys, "1.0.0")), *trust]) == 0
    capsys.readouterr()
    main(["check", "--json", "kratom"])
    assert json.loads(capsys.readouterr().out)["data_pack"] == {
        "version": "1.0.0",
        "reviewed": "2026-12-07",
        "signing_key": key_id,
        "source": "installed",
    }
    main(["check", "--lang", "es", "kratom"])
    assert capsys.readouterr().out.splitlines()[-1] == (
        f"Datos: versión 1.0.0, revisados el 2026-12-07, clave de firma: {key_id}."
    )


def test_commands_warn_when_an_installed_pack_is_set_aside(
    tmp_path: Path, keys: Path, shipped: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    trust = ["--keys", str(keys / "saferest-data.pub")]
    assert main(["data", "install", str(signed(tmp_path, keys, "1.0.0")), *trust]) == 0
    current = pack_install.user_store().current()
    assert current is not None
    (current / "pack.toml").write_text("damaged on disk")
    assert data_version(capsys) == "0.0.1"
    main(["check", "kratom"])
    err = capsys.readouterr().err
    assert f"warning: installed data pack set aside: {current}" in err
