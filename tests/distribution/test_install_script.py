"""install.sh and uninstall.sh from the Linux tarball, with a stand-in for the bundle.

The real bundle is installed the same way by `packaging/build_bundle.py` (run by CI), which
then runs `saferest --version` from a new login shell; these tests cover the script's logic
in seconds: per-user and prefix installs, PATH, menu entry and icon, upgrade, removal.
"""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from saferest import __version__

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"
APP_ID = "org.saferest.SafeRest"
pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux tarball")


@pytest.fixture
def unpacked(tmp_path: Path) -> Path:
    """An unpacked tarball whose app/saferest only answers --version."""
    from build_bundle import make_share

    stage = tmp_path / f"saferest-{__version__}-linux-x86_64"
    (stage / "app" / "_internal").mkdir(parents=True)
    program = stage / "app" / "saferest"
    program.write_text(f'#!/bin/sh\n[ "$1" = --version ] && echo "saferest {__version__}"\n')
    program.chmod(0o755)
    make_share(stage / "share")
    for script in ("install.sh", "uninstall.sh"):
        shutil.copy2(PACKAGING / "linux" / script, stage / script)
    (stage / "release.txt").write_text(f"version={__version__}\nglibc=2.17\n")
    return stage


@pytest.fixture
def home(tmp_path: Path) -> Path:
    folder = tmp_path / "home"
    folder.mkdir()
    return folder


def env_for(home: Path) -> dict[str, str]:
    return {"HOME": str(home), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}


def install(unpacked: Path, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["sh", str(unpacked / "install.sh"), "--quiet", *args],
        env=env_for(home),
        capture_output=True,
        text=True,
        timeout=120,
    )


def new_login_shell(home: Path, command: str) -> str:
    done = subprocess.run(
        ["bash", "-lc", command], env=env_for(home), capture_output=True, text=True, timeout=60
    )
    return done.stdout.strip()


def desktop_entry(path: Path) -> configparser.SectionProxy:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(path, encoding="utf-8")
    return entry["Desktop Entry"]


def test_per_user_install_puts_saferest_on_path_for_a_new_shell(unpacked: Path, home: Path) -> None:
    assert install(unpacked, home, "--user").returncode == 0
    assert new_login_shell(home, "saferest --version") == f"saferest {__version__}"


def test_the_menu_entry_starts_the_installed_program_and_finds_its_icon(
    unpacked: Path, home: Path
) -> None:
    install(unpacked, home, "--user")
    data = home / ".local" / "share"
    desktop = data / "applications" / f"{APP_ID}.desktop"
    entry = desktop_entry(desktop)
    assert entry["Exec"] == str(home / ".local" / "bin" / "saferest")
    assert os.access(entry["Exec"], os.X_OK)
    assert (data / "icons" / "hicolor" / "48x48" / "apps" / f"{entry['Icon']}.png").is_file()
    assert (data / "icons" / "hicolor" / "scalable" / "apps" / f"{entry['Icon']}.svg").is_file()
    assert (data / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    if shutil.which("desktop-file-validate"):
        subprocess.run(["desktop-file-validate", str(desktop)], check=True)


def test_man_page_and_completions_are_installed(unpacked: Path, home: Path) -> None:
    install(unpacked, home, "--user")
    data = home / ".local" / "share"
    assert (data / "man" / "man1" / "saferest.1").read_text().startswith(".TH SAFEREST 1")
    assert "saferest" in (data / "bash-completion" / "completions" / "saferest").read_text()
    assert (data / "zsh" / "site-functions" / "_saferest").read_text().startswith("#compdef")


def test_installing_again_replaces_the_previous_installation(unpacked: Path, home: Path) -> None:
    install(unpacked, home, "--user")
    again = install(unpacked, home, "--user")
    assert again.returncode == 0, again.stderr
    assert (home / ".profile").read_text().count("# >>> SafeRest >>>") == 1
    assert new_login_shell(home, "saferest --version") == f"saferest {__version__}"


def test_uninstall_removes_every_file_and_the_path_line(unpacked: Path, home: Path) -> None:
    (home / ".profile").write_text("# my own settings\n")
    install(unpacked, home, "--user")
    subprocess.run(
        ["sh", str(home / ".local" / "lib" / "saferest" / "uninstall.sh"), "--quiet"],
        env=env_for(home),
        check=True,
        timeout=60,
    )
    assert (home / ".profile").read_text() == "# my own settings\n"
    assert sorted(p.relative_to(home) for p in home.rglob("*") if p.is_file()) == [Path(".profile")]
    assert new_login_shell(home, "command -v saferest || echo gone") == "gone"


def test_a_prefix_install_keeps_everything_under_the_prefix(
    unpacked: Path, home: Path, tmp_path: Path
) -> None:
    prefix = tmp_path / "opt"
    assert install(unpacked, home, "--prefix", str(prefix), "--no-modify-path").returncode == 0
    assert (prefix / "bin" / "saferest").is_symlink()
    assert (prefix / "share" / "applications" / f"{APP_ID}.desktop").is_file()
    assert not (home / ".profile").exists()
    assert not (home / ".local").exists()


def test_a_system_older_than_the_bundle_needs_is_refused(unpacked: Path, home: Path) -> None:
    (unpacked / "release.txt").write_text(f"version={__version__}\nglibc=99.0\n")
    done = install(unpacked, home, "--user")
    assert done.returncode != 0
    assert "needs 99.0 or newer" in done.stderr
    assert not (home / ".local" / "bin").exists()
