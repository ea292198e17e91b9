"""Saved list and settings: versioned JSON, atomic writes, damaged files moved aside."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import pytest

from saferest.domain.limits import MAX_ITEM_CHARS
from saferest.domain.medication_list import ItemStatus, ListItem
from saferest.storage import atomic
from saferest.storage.atomic import atomic_write_text
from saferest.storage.user_files import (
    LIST_FILE,
    LIST_FORMAT,
    SETTINGS_FILE,
    Settings,
    UserFiles,
    default_user_dir,
)


def _items(*texts: str) -> list[ListItem]:
    return [ListItem(text) for text in texts]


def test_round_trip(tmp_path: Path) -> None:
    files = UserFiles(tmp_path)
    files.save_list(_items("Xanax 1mg", "kratom", "zzqqxx", "café ☕"))
    document = json.loads((tmp_path / LIST_FILE).read_text(encoding="utf-8"))
    assert document["format"] == LIST_FORMAT
    assert document["version"] == 2
    assert [i["input"] for i in document["items"]] == ["Xanax 1mg", "kratom", "zzqqxx", "café ☕"]
    loaded = UserFiles(tmp_path).load_list()
    assert loaded.items == _items("Xanax 1mg", "kratom", "zzqqxx", "café ☕")
    assert loaded.damaged is None


def test_status_stop_date_and_own_reading_survive_a_restart(tmp_path: Path) -> None:
    saved = [
        ListItem("Prozac", ItemStatus.STOPPED, dt.date(2026, 11, 20)),
        ListItem("ibuprofen as needed", ItemStatus.AS_NEEDED),
        ListItem("glass", reading=()),
        ListItem("ice", reading=("methamphetamine",)),
    ]
    UserFiles(tmp_path).save_list(saved)
    assert UserFiles(tmp_path).load_list().items == saved


def test_an_item_without_a_status_is_as_its_words_say_and_taking_is_kept_when_chosen(
    tmp_path: Path,
) -> None:
    saved = {
        "format": LIST_FORMAT,
        "version": 2,
        "items": [{"input": "stopped kratom"}, {"input": "stopped Xanax", "status": "taking"}],
    }
    (tmp_path / LIST_FILE).write_text(json.dumps(saved))
    loaded = UserFiles(tmp_path).load_list().items
    assert [(i.text, i.status) for i in loaded] == [
        ("stopped kratom", None),
        ("stopped Xanax", ItemStatus.TAKING),
    ]
    UserFiles(tmp_path).save_list(loaded)
    written = json.loads((tmp_path / LIST_FILE).read_text(encoding="utf-8"))["items"]
    assert written == saved["items"]


def test_a_version_1_list_still_loads(tmp_path: Path) -> None:
    old = {"format": LIST_FORMAT, "version": 1, "items": [{"input": "kratom"}, {"input": "Xanax"}]}
    (tmp_path / LIST_FILE).write_text(json.dumps(old))
    loaded = UserFiles(tmp_path).load_list()
    assert loaded.items == _items("kratom", "Xanax")
    assert loaded.damaged is None and loaded.skipped == 0


def test_an_item_of_the_longest_accepted_length_loads_again(tmp_path: Path) -> None:
    longest = "a" * MAX_ITEM_CHARS
    UserFiles(tmp_path).save_list(_items(longest, "kratom"))
    assert UserFiles(tmp_path).load_list().items == _items(longest, "kratom")


@pytest.mark.parametrize(
    "bad_item",
    [
        {"input": "x" * (MAX_ITEM_CHARS + 1)},
        {"input": 5},
        {"input": "Prozac", "status": "sometimes"},
        {"input": "Prozac", "status": "stopped", "stopped_on": "last week"},
        {"input": "Prozac", "stopped_on": "2026-11-20"},
        {"input": "ice", "reading": "methamphetamine"},
        "kratom",
    ],
)
def test_one_unreadable_item_keeps_every_readable_one(tmp_path: Path, bad_item: object) -> None:
    path = tmp_path / LIST_FILE
    document = {
        "format": LIST_FORMAT,
        "version": 2,
        "items": [{"input": "Xanax"}, bad_item, {"input": "kratom"}],
    }
    path.write_text(json.dumps(document))
    loaded = UserFiles(tmp_path).load_list()
    assert loaded.items == _items("Xanax", "kratom")
    assert loaded.skipped == 1
    assert loaded.damaged is None
    assert loaded.copy is not None and json.loads(loaded.copy.read_text()) == document


def test_missing_directory_is_created_and_missing_file_is_empty(tmp_path: Path) -> None:
    files = UserFiles(tmp_path / "a" / "b")
    assert files.load_list().items == []
    files.save_list(_items("kratom"))
    assert files.load_list().items == _items("kratom")


def test_none_root_never_writes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    files = UserFiles(None)
    assert not files.writable
    files.save_list(_items("kratom"))
    files.save_settings(Settings(font_scale=2.0))
    assert files.load_list().items == []
    assert files.load_settings().settings == Settings()
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "content",
    [
        b"{not json",
        b"\xff\xfe\x00garbage",
        b'{"format": "something-else", "version": 1, "items": []}',
        b'{"format": "saferest.medication-list", "version": 99, "items": []}',
        b'{"format": "saferest.medication-list", "version": 1}',
        b"[]",
    ],
)
def test_damaged_list_is_moved_aside(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / LIST_FILE
    path.write_bytes(content)
    loaded = UserFiles(tmp_path).load_list()
    assert loaded.items == []
    assert loaded.damaged is not None
    assert not path.exists()
    assert loaded.damaged.moved_to.read_bytes() == content
    assert ".damaged-" in loaded.damaged.moved_to.name
    # Two damaged files in the same second do not overwrite each other.
    path.write_bytes(content)
    again = UserFiles(tmp_path).load_list()
    assert again.damaged is not None and again.damaged.moved_to != loaded.damaged.moved_to
    assert again.damaged.moved_to.exists() and loaded.damaged.moved_to.exists()


def test_settings_round_trip_and_clamping(tmp_path: Path) -> None:
    files = UserFiles(tmp_path)
    files.save_settings(Settings(font_scale=2.0, geometry="AAAA"))
    assert files.load_settings().settings == Settings(font_scale=2.0, geometry="AAAA")
    document = json.loads((tmp_path / SETTINGS_FILE).read_text())
    document["font_scale"] = 1000
    (tmp_path / SETTINGS_FILE).write_text(json.dumps(document))
    assert files.load_settings().settings.font_scale == 4.0
    wrong_type = {"format": "saferest.settings", "version": 1, "font_scale": "big"}
    (tmp_path / SETTINGS_FILE).write_text(json.dumps(wrong_type))
    damaged = files.load_settings()
    assert damaged.damaged is not None and damaged.settings == Settings()


def test_atomic_write_failure_keeps_old_content(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "file.json"
    atomic_write_text(target, "old")

    def broken_replace(src: object, dst: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(atomic.os, "replace", broken_replace)
    with pytest.raises(OSError):
        atomic_write_text(target, "new")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["file.json"]


def test_atomic_write_fsyncs_before_replace(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    events: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace
    monkeypatch.setattr(atomic.os, "fsync", lambda fd: (events.append("fsync"), real_fsync(fd))[1])
    monkeypatch.setattr(
        atomic.os, "replace", lambda a, b: (events.append("replace"), real_replace(a, b))[1]
    )
    atomic_write_text(tmp_path / "x.json", "{}")
    assert events[0] == "fsync" and "replace" in events
    assert events.index("fsync") < events.index("replace")


def test_default_dir_is_platformdirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    if os.name == "posix":
        assert default_user_dir() == tmp_path / "SafeRest"


def test_language_choice_round_trip(tmp_path: Path) -> None:
    files = UserFiles(tmp_path)
    assert files.saved_language() == ""
    files.save_settings(Settings(font_scale=1.5, language="es"))
    assert files.load_settings().settings == Settings(font_scale=1.5, language="es")
    assert files.saved_language() == "es"
    document = json.loads((tmp_path / SETTINGS_FILE).read_text())
    assert document["language"] == "es"


def test_older_settings_without_language_still_load(tmp_path: Path) -> None:
    old = {"format": "saferest.settings", "version": 1, "font_scale": 1.25, "geometry": ""}
    (tmp_path / SETTINGS_FILE).write_text(json.dumps(old))
    files = UserFiles(tmp_path)
    assert files.saved_language() == ""
    assert files.load_settings().settings == Settings(font_scale=1.25)


@pytest.mark.parametrize("value", ["klingon!", "ES", "e", "../../etc"])
def test_a_strange_language_code_is_ignored(tmp_path: Path, value: str) -> None:
    document = {"format": "saferest.settings", "version": 1, "language": value}
    (tmp_path / SETTINGS_FILE).write_text(json.dumps(document))
    loaded = UserFiles(tmp_path).load_settings()
    assert loaded.damaged is None and loaded.settings.language == ""


def test_language_of_the_wrong_type_is_damage_but_peeking_has_no_side_effects(
    tmp_path: Path,
) -> None:
    document = {"format": "saferest.settings", "version": 1, "language": 7}
    path = tmp_path / SETTINGS_FILE
    path.write_text(json.dumps(document))
    files = UserFiles(tmp_path)
    assert files.saved_language() == ""
    assert path.exists()  # peeking never moves a file aside; loading does, and says so
    assert files.load_settings().damaged is not None
    assert not path.exists()


def test_no_root_has_no_saved_language(tmp_path: Path) -> None:
    assert UserFiles(None).saved_language() == ""


def test_emergency_country_and_list_notice_round_trip(tmp_path: Path) -> None:
    files = UserFiles(tmp_path)
    files.save_settings(Settings(emergency_country="US", list_location_told=True))
    assert files.load_settings().settings == Settings(
        emergency_country="US", list_location_told=True
    )


def test_older_settings_have_no_country_and_have_not_told_where_the_list_is(
    tmp_path: Path,
) -> None:
    old = {"format": "saferest.settings", "version": 1, "font_scale": 1.0, "language": "es"}
    (tmp_path / SETTINGS_FILE).write_text(json.dumps(old))
    settings = UserFiles(tmp_path).load_settings().settings
    assert (settings.emergency_country, settings.list_location_told) == ("", False)


@pytest.mark.parametrize("value", ["us", "USA", "../x", "Default"])
def test_a_strange_emergency_country_falls_back_to_the_systems(tmp_path: Path, value: str) -> None:
    document = {"format": "saferest.settings", "version": 1, "emergency_country": value}
    (tmp_path / SETTINGS_FILE).write_text(json.dumps(document))
    loaded = UserFiles(tmp_path).load_settings()
    assert loaded.damaged is None and loaded.settings.emergency_country == ""


def test_a_list_notice_flag_of_the_wrong_type_is_damage(tmp_path: Path) -> None:
    document = {"format": "saferest.settings", "version": 1, "list_location_told": "yes"}
    (tmp_path / SETTINGS_FILE).write_text(json.dumps(document))
    assert UserFiles(tmp_path).load_settings().damaged is not None


def test_conditions_are_saved_with_the_list_and_load_again(tmp_path: Path) -> None:
    UserFiles(tmp_path).save_list(_items("kratom"), ["sleep_apnoea", "pregnancy"])
    document = json.loads((tmp_path / LIST_FILE).read_text(encoding="utf-8"))
    assert document["version"] == 2 and document["conditions"] == ["sleep_apnoea", "pregnancy"]
    loaded = UserFiles(tmp_path).load_list()
    assert loaded.conditions == ["sleep_apnoea", "pregnancy"] and loaded.items == _items("kratom")


def test_a_list_without_conditions_is_written_as_before_and_still_loads(tmp_path: Path) -> None:
    """An older SafeRest reads the file: the version stays 2 and the key is simply absent."""
    UserFiles(tmp_path).save_list(_items("kratom"))
    document = json.loads((tmp_path / LIST_FILE).read_text(encoding="utf-8"))
    assert "conditions" not in document
    assert UserFiles(tmp_path).load_list().conditions == []


def test_unreadable_conditions_are_skipped_and_counted_never_the_whole_list(
    tmp_path: Path,
) -> None:
    document = {
        "format": LIST_FORMAT,
        "version": 2,
        "items": [{"input": "kratom"}],
        "conditions": ["pregnancy", 7, "Not An Id!", "pregnancy"],
    }
    (tmp_path / LIST_FILE).write_text(json.dumps(document), encoding="utf-8")
    loaded = UserFiles(tmp_path).load_list()
    assert loaded.conditions == ["pregnancy"] and loaded.skipped == 2
    assert loaded.items == _items("kratom") and loaded.damaged is None


def test_a_kiosk_writes_no_conditions(tmp_path: Path) -> None:
    UserFiles(None).save_list(_items("kratom"), ["pregnancy"])
    assert list(tmp_path.iterdir()) == []
