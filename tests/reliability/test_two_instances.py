"""Two instances never lose data: the first window owns the saved files, a second one (in this
process or another) opens read-only and says so. Once two windows each saved the same list
and the last save won: 142 items of the other were lost."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from saferest.storage.user_files import LIST_FILE
from saferest.ui.instance_lock import LOCK_NAME
from saferest.ui.main_window import MainWindow
from saferest.ui.widgets import NoticeBar

HOLD_LOCK = """
import sys, time
from PySide6.QtCore import QLockFile
lock = QLockFile(sys.argv[1])
lock.setStaleLockTime(0)
assert lock.tryLock(0)
print("locked", flush=True)
sys.stdin.readline()
"""


def saved_inputs(user_dir: Path) -> list[str]:
    document = json.loads((user_dir / LIST_FILE).read_text(encoding="utf-8"))
    return [item["input"] for item in document["items"]]


def second_window_notice(window: MainWindow) -> str:
    bars = [bar.text for bar in window.findChildren(NoticeBar) if "already open" in bar.text]
    return bars[0] if bars else ""


def test_a_second_window_saves_nothing_and_says_so(
    qtbot: QtBot, make_window: Callable[..., MainWindow], user_dir: Path
) -> None:
    first = make_window()
    items = [f"item {n}" for n in range(142)]
    first.checker.add_lines(items)
    second = make_window()
    assert not second.files.writable and first.files.writable
    assert "saves nothing" in second_window_notice(second)
    assert second.session.medications.rowCount() == 142  # it shows the saved list

    second.session.medications.clear()  # what "Clear list" does once confirmed
    second.checker.add_lines(["kratom"])
    second.close()
    assert saved_inputs(user_dir) == items

    first.checker.add_lines(["Xanax 1mg"])
    assert saved_inputs(user_dir) == [*items, "Xanax 1mg"]


def test_after_the_first_window_closes_the_next_one_saves_again(
    qtbot: QtBot, make_window: Callable[..., MainWindow], user_dir: Path
) -> None:
    first = make_window()
    first.checker.add_lines(["kratom"])
    first.close()
    assert not (user_dir / LOCK_NAME).exists()
    again = make_window()
    assert again.files.writable and second_window_notice(again) == ""
    again.checker.add_lines(["Xanax 1mg"])
    assert saved_inputs(user_dir) == ["kratom", "Xanax 1mg"]


def test_a_window_while_another_process_runs_is_read_only(
    qtbot: QtBot, make_window: Callable[..., MainWindow], user_dir: Path
) -> None:
    user_dir.mkdir(parents=True)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(user_dir / LOCK_NAME)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        window = make_window()
        assert not window.files.writable and second_window_notice(window)
        window.checker.add_lines(["kratom"])
        assert not (user_dir / LIST_FILE).exists()
    finally:
        holder.communicate("\n", timeout=30)


def test_a_lock_left_by_a_crashed_process_is_taken_over(
    qtbot: QtBot, make_window: Callable[..., MainWindow], user_dir: Path
) -> None:
    user_dir.mkdir(parents=True)
    crash = HOLD_LOCK.replace("sys.stdin.readline()", "import os; os._exit(9)")
    subprocess.run([sys.executable, "-c", crash, str(user_dir / LOCK_NAME)], timeout=30)
    assert (user_dir / LOCK_NAME).exists()
    window = make_window()
    assert window.files.writable and second_window_notice(window) == ""
