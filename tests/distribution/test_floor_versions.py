"""The floor-versions job installs exactly the oldest versions pyproject.toml allows."""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

import pytest
from check_floor_versions import floor_pins

ROOT = Path(__file__).resolve().parents[2]


def project(dependencies: list[str], test: list[str] | None = None) -> dict[str, object]:
    return {
        "project": {"dependencies": dependencies, "optional-dependencies": {"test": test or []}}
    }


def test_every_runtime_dependency_of_saferest_is_pinned_to_its_floor() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    pins = floor_pins(pyproject)
    assert "pydantic==2.6" in pins and "platformdirs==4" in pins and "rapidfuzz==3" in pins
    assert "PySide6-Essentials==6.8" in pins
    assert not any(p.startswith(("ruff", "mypy")) for p in pins)


def test_markers_choose_the_line_for_this_python() -> None:
    pins = floor_pins(
        project(
            [
                "qt>=6.8,!=6.12.0; python_version < '3.12'",
                "qt>=6.9; python_version >= '3.12'",
            ]
        )
    )
    assert pins == (["qt==6.8"] if sys.version_info < (3, 12) else ["qt==6.9"])


def test_a_dependency_without_a_floor_is_an_error() -> None:
    with pytest.raises(SystemExit, match="has no >= floor"):
        floor_pins(project(["anything"]))


def test_a_floor_the_specifier_excludes_is_an_error() -> None:
    with pytest.raises(SystemExit, match="excludes its own floor"):
        floor_pins(project(["qt>=6.8,!=6.8"]))
