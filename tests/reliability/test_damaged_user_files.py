"""Damaged user files never crash or hang the app: each is moved aside with a notice, and what
can be kept is kept. Deep nesting once gave a traceback on every start (settings) and left the
app on its loading screen for ever (the list)."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from saferest.app import _choose_language, parse_args
from saferest.domain.limits import MAX_SAVED_LIST_BYTES, MAX_SETTINGS_BYTES
from saferest.storage.user_files import LIST_FILE, SETTINGS_FILE, UserFiles
from saferest.ui.main_window import MainWindow
from saferest.ui.widgets import NoticeBar

from .helpers import deep_json

GOOD_ITEM = {"input": "kratom"}


def list_document(items: object) -> str:
    return json.dumps({"format": "saferest.medication-list", "version": 2, "items": items})


DAMAGED_LISTS: dict[str, bytes] = {
    "syntax": b'{"format": "saferest.medication-list", "version": 2, "items": [',
    "types": list_document({"not": "a list"}).encode(),
    "depth": list_document([]).replace("[]", deep_json(100_000)).encode(),
    "encoding": b'{"format": "saferest.medication-list", "items": ["caf\xe9"]}',
    "not a SafeRest file": b"[1, 2, 3]",
    "huge number": b'{"format": "saferest.medication-list", "version": 1' + b"0" * 5000 + b"}",
}


@pytest.mark.parametrize("damage", DAMAGED_LISTS)
def test_a_damaged_list_is_moved_aside_not_raised(tmp_path: Path, damage: str) -> None:
    path = tmp_path / LIST_FILE
    path.write_bytes(DAMAGED_LISTS[damage])
    loaded = UserFiles(tmp_path).load_list()
    assert loaded.items == [] and loaded.damaged is not None
    assert loaded.damaged.moved_to.read_bytes() == DAMAGED_LISTS[damage]
    assert not path.exists()


def test_deeply_nested_settings_are_moved_aside_and_the_language_read_as_none(
    tmp_path: Path,
) -> None:
    (tmp_path / SETTINGS_FILE).write_text(deep_json(100_000))
    files = UserFiles(tmp_path)
    assert files.saved_language() == ""  # read before the window exists: no traceback
    options = parse_args(["--user-dir", str(tmp_path)])
    assert _choose_language(options, None)[1] == tmp_path
    loaded = files.load_settings()
    assert loaded.damaged is not None and "nested too deeply" in loaded.damaged.reason


def test_a_list_over_the_size_cap_is_not_parsed(tmp_path: Path) -> None:
    path = tmp_path / LIST_FILE
    with path.open("wb") as handle:
        handle.truncate(MAX_SAVED_LIST_BYTES + 1)
    loaded = UserFiles(tmp_path).load_list()
    assert loaded.damaged is not None and "too large" in loaded.damaged.reason


def test_settings_over_the_size_cap_are_not_parsed(tmp_path: Path) -> None:
    (tmp_path / SETTINGS_FILE).write_text(" " * (MAX_SETTINGS_BYTES + 1))
    loaded = UserFiles(tmp_path).load_settings()
    assert loaded.damaged is not None and "too large" in loaded.damaged.reason


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_in_place_of_the_list_does_not_hang(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / LIST_FILE)
    loaded = UserFiles(tmp_path).load_list()
    assert loaded.damaged is not None and "not a regular file" in loaded.damaged.reason


def test_a_folder_in_place_of_the_settings_is_moved_aside(tmp_path: Path) -> None:
    (tmp_path / SETTINGS_FILE).mkdir()
    loaded = UserFiles(tmp_path).load_settings()
    assert loaded.damaged is not None and loaded.damaged.moved_to.is_dir()


def test_an_unreadable_list_is_moved_aside_with_the_reason(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / LIST_FILE
    path.write_text(list_document([GOOD_ITEM]))
    if os.name == "posix" and os.geteuid() != 0:
        path.chmod(0)
    else:  # root reads everything: refuse the way the system would
        real_open = os.open

        def refuse(target: object, *args: object, **kwargs: object) -> int:
            if Path(str(target)) == path:
                raise PermissionError(13, "Permission denied", str(target))
            return real_open(target, *args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(os, "open", refuse)
    loaded = UserFiles(tmp_path).load_list()
    assert loaded.damaged is not None and "Permission denied" in loaded.damaged.reason


def test_one_unreadable_item_keeps_every_other(tmp_path: Path) -> None:
    items = [GOOD_ITEM, {"input": ["nested", ["deeper"]]}, {"input": "Xanax 1mg"}]
    (tmp_path / LIST_FILE).write_text(list_document(items))
    loaded = UserFiles(tmp_path).load_list()
    assert [item.text for item in loaded.items] == ["kratom", "Xanax 1mg"]
    assert loaded.skipped == 1 and loaded.copy is not None and loaded.copy.exists()


def test_the_window_starts_over_deeply_nested_files_and_says_so(
    qtbot: QtBot, make_window: Callable[..., MainWindow], user_dir: Path
) -> None:
    user_dir.mkdir(parents=True)
    (user_dir / LIST_FILE).write_text(list_document([]).replace("[]", deep_json(100_000)))
    (user_dir / SETTINGS_FILE).write_text(deep_json(100_000))
    window = make_window()
    assert window.isVisible() and window.session.medications.rowCount() == 0
    notices = [bar.text for bar in window.findChildren(NoticeBar)]
    assert any("saved medication list could not be read" in text for text in notices)
    assert any("display settings could not be read" in text for text in notices)
    window.checker.add_lines(["kratom"])  # and the new list is saved
    saved = json.loads((user_dir / LIST_FILE).read_text())
    assert [item["input"] for item in saved["items"]] == ["kratom"]
