"""Nothing silently dropped: a long line is read whole up to the one item limit, refused beyond.

The acceptance line names alprazolam first and oxycodone only after character 200; cutting it
there once showed one green row and lost a `dangerous` finding.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from saferest.__main__ import main
from saferest.domain.engine import Engine
from saferest.domain.limits import MAX_ITEM_CHARS
from saferest.domain.pack import load_pack
from saferest.storage.user_files import UserFiles
from saferest.ui.main_window import MainWindow

from .helpers import LONG_LINE, MINIPACK

TOO_LONG = LONG_LINE + " and kratom" * 6


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(load_pack(MINIPACK))


def test_the_acceptance_line_is_247_characters_with_the_opioid_after_200() -> None:
    assert len(LONG_LINE) == 247 and LONG_LINE.index("oxycodone") > 200
    assert len(TOO_LONG) > MAX_ITEM_CHARS


def test_the_engine_reads_the_whole_line_and_finds_the_dangerous_pair(engine: Engine) -> None:
    result = engine.check_lines([LONG_LINE])
    assert {item.entry_id for item in result.resolved} == {"alprazolam", "oxycodone"}
    assert "dangerous" in {f.severity.value for f in result.findings}


def test_a_line_over_the_limit_is_never_read_in_part(engine: Engine) -> None:
    [line] = engine.check_lines([TOO_LONG]).lines
    assert line.resolved == []
    assert [item.reason for item in line.unresolved] == ["too_long"]


def test_the_cli_reads_the_acceptance_line_whole(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--json", "--data", str(MINIPACK), LONG_LINE]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {item["id"] for item in data["resolved"]} == {"alprazolam", "oxycodone"}
    assert "dangerous" in {pair["severity"] for pair in data["interactions"]}


def test_the_cli_refuses_an_item_over_the_limit_with_a_usage_message(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["check", "--data", str(MINIPACK), "kratom", TOO_LONG]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert f"item 2 is {len(TOO_LONG)} characters long; the limit is 300" in captured.err


def test_a_list_file_line_over_the_limit_is_refused_whole(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    listing = tmp_path / "list.txt"
    listing.write_text(f"kratom\n{TOO_LONG}\n", encoding="utf-8")
    assert main(["check", "--data", str(MINIPACK), "--file", str(listing)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "line 2 of" in captured.err and "Nothing was checked" in captured.err


def test_the_window_checks_the_acceptance_line_whole(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window()
    window.tabs.setCurrentWidget(window.checker)
    qtbot.keyClicks(window.checker.entry, LONG_LINE)
    window.checker.entry.submit()
    assert window.session.medications.inputs() == [LONG_LINE]
    assert "dangerous" in {f.severity.value for f in window.session.result.findings}


def test_the_window_refuses_a_line_over_the_limit_with_a_notice(
    qtbot: QtBot, make_window: Callable[..., MainWindow], user_dir: Path
) -> None:
    window = make_window()
    window.checker.add_lines([TOO_LONG])
    assert window.session.medications.rowCount() == 0
    notices = [w.text() for w in window.checker.findChildren(QLabel) if "300" in w.text()]
    assert notices, "the person is told why the line was not added"
    assert UserFiles(user_dir).load_list().items == []
