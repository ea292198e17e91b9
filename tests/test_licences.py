"""Licences: the full GPL in LICENSE, and every third-party component's own text shipped."""

from __future__ import annotations

import importlib.metadata
import sys
from pathlib import Path

from saferest.licences import read_header, shipped_licences
from saferest.locations import resource_dir

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "packaging"))

from collect_licences import runtime_distributions  # noqa: E402


def test_licence_is_the_full_gpl_3() -> None:
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert "GNU GENERAL PUBLIC LICENSE" in text and "Version 3, 29 June 2007" in text
    assert "END OF TERMS AND CONDITIONS" in text and len(text) > 30_000


def test_every_runtime_dependency_has_its_licence_text_shipped() -> None:
    shipped = {path.stem for path in resource_dir("licences").glob("*.txt")}
    missing = set(runtime_distributions()) - shipped
    assert not missing, f"run packaging/collect_licences.py: {sorted(missing)}"


def test_each_licence_file_names_its_component_licence_and_source() -> None:
    for path in resource_dir("licences").glob("*.txt"):
        header = read_header(path)
        assert header.keys() >= {"Component", "Licence", "Source"}, path.name
        assert len(path.read_text(encoding="utf-8")) > 800, path.name


def test_qt_is_shipped_with_the_lgpl_3_text() -> None:
    text = (resource_dir("licences") / "pyside6-essentials.txt").read_text(encoding="utf-8")
    assert "Licence: LGPL-3.0-only" in text
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in text and "Version 3, 29 June 2007" in text


def test_saferest_is_listed_first_with_the_gpl() -> None:
    first = shipped_licences()[0]
    assert (first.component, first.expression) == ("SafeRest", "GPL-3.0-or-later")
    assert "GNU GENERAL PUBLIC LICENSE" in first.text()


def test_the_installed_distribution_carries_every_licence_file() -> None:
    """In CI the package is installed from its wheel, so this checks what the wheel ships."""
    dist = importlib.metadata.distribution("saferest")
    files = {str(f).replace("\\", "/") for f in dist.files or []}
    licences = {f.split(".dist-info/licenses/", 1)[1] for f in files if "/licenses/" in f}
    assert "LICENSE" in licences
    third_party = {Path(f).name for f in licences if f.startswith("resources/licences/")}
    expected = {p.name for p in (ROOT / "resources" / "licences").glob("*.txt")}
    assert expected and third_party == expected
    assert dist.metadata["License-Expression"] == "GPL-3.0-or-later"
