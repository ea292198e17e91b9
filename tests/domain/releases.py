"""Helpers for signed-release tests: throwaway keys, small packs, archives altered on purpose."""

from __future__ import annotations

import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path

from tests.domain.conftest import MINIPACK

from saferest.domain import minisign
from saferest.domain.pack import MANIFEST_NAME, build_manifest_text
from saferest.domain.pack_release import build_release
from saferest.domain.trusted_keys import TrustedKey

Member = tuple[zipfile.ZipInfo, bytes]


def make_pack(root: Path, version: str) -> Path:
    """A valid copy of the mini pack with its own data version."""
    shutil.copytree(MINIPACK, root)
    (root / MANIFEST_NAME).write_text(build_manifest_text(root, version, "2026-12-07"))
    return root


def trusted(key: minisign.SecretKey) -> list[TrustedKey]:
    return [TrustedKey(key.public_key(), "test")]


def release(tmp: Path, key: minisign.SecretKey, version: str) -> Path:
    """A signed archive of the mini pack at `version`."""
    pack = make_pack(tmp / f"pack-{version}", version)
    out = tmp / f"release-{version}.zip"
    build_release(pack, key, out)
    return out


def members(archive: Path) -> list[Member]:
    with zipfile.ZipFile(archive) as zf:
        return [(info, zf.read(info)) for info in zf.infolist()]


def rewrite(archive: Path, out: Path, edit: Callable[[list[Member]], list[Member]]) -> Path:
    """Copy an archive member by member, changed by `edit` (the signature stays as it was)."""
    with zipfile.ZipFile(out, "w") as zf:
        for info, data in edit(members(archive)):
            zf.writestr(info, data)
    return out


def top(archive: Path) -> str:
    return members(archive)[0][0].filename.split("/")[0]
