"""The compiled cache: built once per manifest, reused, rebuilt when stale or damaged."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.domain.conftest import MINIPACK

from saferest.domain.engine import Engine
from saferest.domain.pack import MANIFEST_NAME, build_manifest_text, load_pack


def _caches(cache_dir: Path) -> list[Path]:
    return sorted(cache_dir.glob("pack-*.sqlite"))


def test_first_load_writes_a_cache_and_the_second_reuses_it(
    pack_copy: Path, tmp_path: Path
) -> None:
    cache = tmp_path / "cache"
    first = Engine.load(pack_copy, cache_dir=cache)
    [path] = _caches(cache)
    stamp = path.stat().st_mtime_ns
    second = Engine.load(pack_copy, cache_dir=cache)
    assert _caches(cache) == [path] and path.stat().st_mtime_ns == stamp
    assert second.search("kratum")[0].entry_id == first.search("kratum")[0].entry_id == "kratom"
    result = second.check_lines(["Xanax", "kratom"])
    assert result.findings[0].severity.value == "unsafe"


def test_a_new_manifest_makes_a_new_cache_and_drops_the_old(
    pack_copy: Path, tmp_path: Path
) -> None:
    cache = tmp_path / "cache"
    Engine.load(pack_copy, cache_dir=cache)
    [old] = _caches(cache)
    pack_file = pack_copy / "pack.toml"
    pack_file.write_text(
        pack_file.read_text().replace(
            'misspellings = ["kratum"]', 'misspellings = ["kratum", "kratomm"]'
        )
    )
    (pack_copy / MANIFEST_NAME).write_text(build_manifest_text(pack_copy, "2", "2026-11-22"))
    engine = Engine.load(pack_copy, cache_dir=cache)
    [new] = _caches(cache)
    assert new != old
    assert engine.names.exact("kratomm") == ("kratom",)


def test_a_damaged_cache_is_rebuilt(pack_copy: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    Engine.load(pack_copy, cache_dir=cache)
    [path] = _caches(cache)
    path.write_bytes(b"this is not a database")
    engine = Engine.load(pack_copy, cache_dir=cache)
    assert engine.find("Xanax") is not None
    assert _caches(cache)[0].read_bytes()[:15] == b"SQLite format 3"


def test_a_pack_with_problems_is_never_cached(pack_copy: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    (pack_copy / "broken.toml").write_text("= nope")
    engine = Engine.load(pack_copy, cache_dir=cache)
    assert engine.pack.problems
    assert _caches(cache) == []


def test_compiled_pack_reads_like_the_source_pack(engine: Engine) -> None:
    pack = engine.pack
    assert "kratom" in pack.substances and "kratom" not in pack.medications
    assert pack.medications["percocet"].ingredients == ["oxycodone", "acetaminophen"]
    assert pack.entry_ingredients("percocet") == ["oxycodone", "acetaminophen"]
    assert pack.entry_tags("alprazolam") == {"benzodiazepine", "cns_depressant"}
    assert len(pack.rules) == 8 and pack.emergency_numbers["default"].number == {"en": "112"}
    assert len(pack.list_rules) == 3 and len(pack.lasting_effects) == 3
    assert list(pack.conditions) == ["sleep_apnoea", "pregnancy", "epilepsy", "age_65_plus"]
    assert len(pack.condition_rules) == 4  # kept apart from the rules between entries
    assert [e.id for e in pack.entries()][:2] == ["opioid_overdose", "kratom"]


def test_listing_gives_browse_rows_without_building_models(engine: Engine) -> None:
    rows = {row.id: row for row in engine.pack.listing()}
    assert rows["percocet"].form == "combination"
    assert rows["alprazolam"].classes == ("benzodiazepine",)
    assert rows["stimulus_control"].topic == "cbt_i"
    assert rows["acetaminophen"].name == {"en": "acetaminophen", "es": "paracetamol"}
    assert rows["kratom"].kind == "substance"


class _NoJsonFunctions:
    """A connection of an SQLite built without its JSON functions."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def execute(self, sql: str, *args: object) -> sqlite3.Cursor:
        if "json_each" in sql:
            raise sqlite3.OperationalError("no such table: json_each")
        return self._db.execute(sql, *args)


def test_completion_names_are_the_same_without_sqlite_json_functions() -> None:
    pack = Engine(load_pack(MINIPACK)).pack
    with_json = pack.completion_names("en")
    assert "Xanax" in with_json and "alprazolam" in with_json
    pack.db = _NoJsonFunctions(pack.db)  # type: ignore[assignment]
    assert pack.completion_names("en") == with_json
