"""One version number: the package's, read by the wheel, the installers, the metainfo, the
changelog and the About box."""

from __future__ import annotations

import importlib.metadata
import re
import sys
import tomllib
from pathlib import Path

from saferest import __version__

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "packaging"))

from release_info import changelog_releases, metainfo_releases, newest  # noqa: E402


def test_the_wheel_takes_its_version_from_the_package() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" not in project["project"]
    assert project["project"]["dynamic"] == ["version"]
    assert project["tool"]["hatch"]["version"]["path"] == "src/saferest/__init__.py"


def test_the_installed_distribution_has_the_package_version() -> None:
    assert importlib.metadata.version("saferest") == __version__


def test_the_newest_release_in_the_metainfo_is_this_version() -> None:
    assert newest(metainfo_releases())[0] == __version__


def test_changelog_and_metainfo_list_the_same_releases_with_the_same_dates() -> None:
    assert changelog_releases() == metainfo_releases()


def test_the_changelog_keeps_an_unreleased_section_at_the_top() -> None:
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    headings = re.findall(r"^## \[([^\]]+)\]", text, re.M)
    assert headings[0] == "Unreleased"
    assert headings[1] == __version__


def test_the_windows_installer_reads_the_version_from_the_built_program() -> None:
    script = (ROOT / "packaging" / "windows" / "saferest.iss").read_text(encoding="utf-8")
    assert re.search(r'#define AppVersion GetStringFileInfo\(.*"ProductVersion"\)', script)
    assert __version__ not in script


def test_no_other_file_writes_the_version_down() -> None:
    pattern = re.compile(r"""version\s*=\s*["']\d+\.\d+\.\d+["']""", re.IGNORECASE)
    checked = [
        ROOT / "pyproject.toml",
        ROOT / "packaging" / "saferest.spec",
        ROOT / "packaging" / "build_bundle.py",
        ROOT / "packaging" / "linux" / "flatpak" / "org.saferest.SafeRest.json",
    ]
    for path in checked:
        assert not pattern.search(path.read_text(encoding="utf-8")), path
