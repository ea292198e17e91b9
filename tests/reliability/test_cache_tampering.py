"""Nothing trusted that could be altered: the compiled cache is sealed and checked before use.

Editing severity rows of the cache once turned kratom + Xanax into LOW RISK while
`data validate` still said OK; a cache planted by another user in a kiosk's cache_dir was used.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from saferest.__main__ import main
from saferest.domain.compiled import cache_path, manifest_digest, seal_path
from saferest.domain.engine import Engine
from saferest.domain.models import Severity

from .helpers import MINIPACK

UNSAFE_OR_WORSE = {Severity.UNSAFE, Severity.DANGEROUS}


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    target = tmp_path / "pack"
    shutil.copytree(MINIPACK, target)
    return target


@pytest.fixture
def cache(tmp_path: Path) -> Path:
    folder = tmp_path / "cache"
    folder.mkdir(mode=0o700)
    return folder


def the_cache(pack: Path, cache: Path) -> Path:
    digest = manifest_digest(pack)
    assert digest is not None
    return cache_path(cache, digest)


def kratom_and_xanax(engine: Engine) -> set[Severity]:
    return {f.severity for f in engine.check_lines(["kratom", "Xanax"]).findings}


def lower_every_severity(path: Path) -> int:
    db = sqlite3.connect(path)
    changed = 0
    for rule_id, text in db.execute("SELECT id, json FROM rules").fetchall():
        rule = json.loads(text)
        rule["severity"] = "low_risk"
        db.execute("UPDATE rules SET json = ? WHERE id = ?", (json.dumps(rule), rule_id))
        changed += 1
    db.commit()
    db.close()
    return changed


def is_in_memory(engine: Engine) -> bool:
    db = engine.pack.db  # type: ignore[union-attr]
    return all(not row[2] for row in db.execute("PRAGMA database_list"))


def test_a_cache_with_edited_severities_is_rebuilt(pack: Path, cache: Path) -> None:
    assert kratom_and_xanax(Engine.load(pack, cache_dir=cache)) & UNSAFE_OR_WORSE
    path = the_cache(pack, cache)
    assert lower_every_severity(path) > 0

    engine = Engine.load(pack, cache_dir=cache)
    assert kratom_and_xanax(engine) & UNSAFE_OR_WORSE
    assert not is_in_memory(engine)  # a fresh, sealed cache replaced the edited one
    assert Engine.load(pack, cache_dir=cache).pack.problems == []


def test_data_validate_reports_an_edited_cache(
    pack: Path, cache: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    Engine.load(pack, cache_dir=cache)
    assert main(["data", "validate", str(pack), "--cache-dir", str(cache)]) == 0
    lower_every_severity(the_cache(pack, cache))
    capsys.readouterr()
    assert main(["data", "validate", str(pack), "--cache-dir", str(cache)]) == 1
    assert "does not match the digest in its seal" in capsys.readouterr().out


def test_a_cache_without_its_seal_is_rebuilt(pack: Path, cache: Path) -> None:
    Engine.load(pack, cache_dir=cache)
    path = the_cache(pack, cache)
    seal_path(path).unlink()
    lower_every_severity(path)
    assert kratom_and_xanax(Engine.load(pack, cache_dir=cache)) & UNSAFE_OR_WORSE
    assert seal_path(path).exists()


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_a_cache_folder_others_may_write_is_never_used(pack: Path, cache: Path) -> None:
    cache.chmod(0o777)
    engine = Engine.load(pack, cache_dir=cache)
    assert is_in_memory(engine) and list(cache.iterdir()) == []
    assert kratom_and_xanax(engine) & UNSAFE_OR_WORSE


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_a_planted_cache_file_writable_by_others_is_replaced(pack: Path, cache: Path) -> None:
    Engine.load(pack, cache_dir=cache)
    path = the_cache(pack, cache)
    lower_every_severity(path)
    path.chmod(0o666)  # as if another user had put it there for everyone to write
    engine = Engine.load(pack, cache_dir=cache)
    assert kratom_and_xanax(engine) & UNSAFE_OR_WORSE
    assert path.stat().st_mode & 0o077 == 0


@pytest.mark.skipif(
    os.name != "posix" or os.geteuid() != 0, reason="only root can give a file to another user"
)
def test_a_cache_owned_by_another_user_is_never_used(pack: Path, cache: Path) -> None:
    Engine.load(pack, cache_dir=cache)
    os.chown(cache, 12345, 12345)
    engine = Engine.load(pack, cache_dir=cache)
    assert is_in_memory(engine)
    assert kratom_and_xanax(engine) & UNSAFE_OR_WORSE
