"""Shared test set-up: Qt runs offscreen unless a platform is chosen explicitly."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_pack_stores(
    monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """No test reads or writes the data packs really installed for this user or machine."""
    from saferest.domain import pack_install

    base = tmp_path_factory.mktemp("installed-packs")

    def user_packs_dir(user_dir: Path | None = None) -> Path:
        return user_dir / "packs" if user_dir is not None else base / "user"

    monkeypatch.setattr(pack_install, "user_packs_dir", user_packs_dir)
    monkeypatch.setattr(pack_install, "system_packs_dir", lambda: base / "system")
