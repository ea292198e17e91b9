"""Fixtures for the Qt-free domain tests."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from saferest.domain.engine import Engine
from saferest.domain.pack import load_pack

MINIPACK = Path(__file__).resolve().parents[1] / "data" / "minipack"


@pytest.fixture(scope="session")
def engine() -> Engine:
    return Engine(load_pack(MINIPACK))


@pytest.fixture
def pack_copy(tmp_path: Path) -> Path:
    """A writable copy of the mini pack, for tests that damage it."""
    target = tmp_path / "pack"
    shutil.copytree(MINIPACK, target)
    return target
